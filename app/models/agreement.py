"""Goals in the client's own words, versioned goal agreements, and goal progress ratings."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, encrypted_json, encrypted_text, now
from app.models.shapes import (
    GAS_LEVELS,
    GAS_WEIGHT,
    TEXT,
    UUID_TEXT,
    Fields,
    ListOf,
    Nullable,
    Whole,
)


class Goal(Base):
    __tablename__ = "goal"
    __label__ = "goal"

    client_id: Mapped[UUID] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(10), default="active")  # active | achieved | retired
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)

    title = encrypted_text()  # in the client's own words
    why_it_matters = encrypted_text()
    first_steps = encrypted_text()
    signs_of_progress = encrypted_text()
    review_date = encrypted_text()  # ISO date
    levels = encrypted_json(GAS_LEVELS)  # {"-2": words, ..., "2": words}: the client's words per level
    weight = encrypted_json(GAS_WEIGHT)  # how much the goal counts in the GAS T-score (empty: 1)


# One goal as it stood when the agreement was made (written by the agreements service).
GOAL_SNAPSHOT = Fields.of(
    goal_id=UUID_TEXT, title=TEXT, why_it_matters=TEXT, first_steps=TEXT,
    signs_of_progress=TEXT, review_date=Nullable(TEXT), levels=GAS_LEVELS,
)


class AgreementVersion(Base):
    """One version of the goal agreement. A revision adds a version; old ones are kept."""

    __tablename__ = "agreement_version"
    __label__ = "goal agreement"

    client_id: Mapped[UUID] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    status: Mapped[str] = mapped_column(String(10), default="draft")  # draft | agreed
    created_at: Mapped[datetime] = mapped_column(default=now)
    agreed_at: Mapped[datetime | None]

    goals = encrypted_json(ListOf(GOAL_SNAPSHOT))  # the goals as agreed, with their ids
    client_commitments = encrypted_text()
    therapist_commitments = encrypted_text()
    client_signature = encrypted_text()  # typed name
    client_signed_on = encrypted_text()  # ISO date
    therapist_signature = encrypted_text()
    therapist_signed_on = encrypted_text()
    revision_note = encrypted_text()


class GoalRating(Base):
    """Goal Attainment Scaling: one rating (-2…+2) of one goal, usually at a session."""

    __tablename__ = "goal_rating"
    __label__ = "goal rating"

    client_id: Mapped[UUID] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[UUID] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("therapy_session.id", ondelete="SET NULL"), index=True
    )
    rated_at: Mapped[datetime] = mapped_column(default=now)

    score = encrypted_json(Whole(-2, 2))
    comment = encrypted_text()
