"""The therapist's own journal: reflection, supervision notes, self-care. Private."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, encrypted_json, encrypted_text, now
from app.models.shapes import TEXT, MapOf, Whole


class JournalEntry(Base):
    __tablename__ = "journal_entry"
    __label__ = "journal entry"
    __key_owner__ = None

    created_at: Mapped[datetime] = mapped_column(default=now, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)

    kind = encrypted_text()  # reflection | supervision | self-care
    title = encrypted_text()
    body = encrypted_text()
    checkin = encrypted_json(MapOf(TEXT, Whole(0, 10)))  # self-care check-in ratings by topic
