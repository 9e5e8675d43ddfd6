"""Exercises agreed between sessions, and the client's report back."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, encrypted_text, now


class Exercise(Base):
    __tablename__ = "exercise"
    # Until revision 0003 this table was called "practice" (a word that now means only the
    # therapist's practice). Every field sealed since then is bound to that name in its
    # associated data, so the AD keeps it: renaming the table re-encrypts nothing.
    __ad_table__ = "practice"
    __label__ = "between-session exercise"

    client_id: Mapped[UUID] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("therapy_session.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(10), default="active")  # active | paused | done
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)

    title = encrypted_text()
    instructions = encrypted_text()
    kind = encrypted_text()  # self-reflection | mindfulness | emotional regulation | other
    frequency = encrypted_text()
    report_back = encrypted_text()
