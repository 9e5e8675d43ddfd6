"""The client's voice after a session: their ratings and words, and the therapist's reflection."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, encrypted_json, encrypted_text, now
from app.models.shapes import Whole

RATING = Whole(0, 10)


class Feedback(Base):
    __tablename__ = "feedback"
    __label__ = "session feedback"

    client_id: Mapped[UUID] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("therapy_session.id", ondelete="SET NULL"), index=True
    )
    given_at: Mapped[datetime] = mapped_column(default=now)
    given_by: Mapped[str | None] = mapped_column(String(10))  # "client": alone, in hand-over

    heard = encrypted_json(RATING)  # 0-10: I felt heard and understood
    mattered = encrypted_json(RATING)  # 0-10: we worked on what mattered to me
    fit = encrypted_json(RATING)  # 0-10: the way we worked suited me
    overall = encrypted_json(RATING)  # 0-10: overall, this session was right for me
    different_next_time = encrypted_text()
    therapist_reflection = encrypted_text()
