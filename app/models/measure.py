"""Standard measures (PHQ-9, GAD-7): the answers, and the follow-up of a PHQ-9 item 9 flag."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, encrypted_json, encrypted_text, now
from app.models.shapes import TEXT, Fields, ListOf, Whole


class Measure(Base):
    __tablename__ = "measure"
    __label__ = "measure"

    client_id: Mapped[UUID] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("therapy_session.id", ondelete="SET NULL"), index=True
    )
    taken_at: Mapped[datetime] = mapped_column(default=now)

    instrument = encrypted_text()  # PHQ-9 | GAD-7 (which one was given is itself clinical)
    answers = encrypted_json(ListOf(Whole(0, 3)))  # 0-3 per item, then the difficulty if answered
    mode = encrypted_text()  # in session | on paper
    followup = encrypted_json(Fields.of(on=TEXT, note=TEXT))  # {on: ISO date, note}: item 9 followed up
    comment = encrypted_text()
