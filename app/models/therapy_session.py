"""A therapy session: the templated note and shared summary, the private process note in its
own table (psychotherapy notes: never printed, never exported), and dated amendments."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, encrypted_json, encrypted_text, now
from app.models.shapes import TEXT, MapOf, Whole


class TherapySession(Base):  # "Session" is SQLAlchemy's word
    __tablename__ = "therapy_session"
    __label__ = "session note"

    client_id: Mapped[UUID] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(10), default="draft")  # draft | signed
    signed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)

    duration_minutes = encrypted_json(Whole(1, 24 * 60))
    format = encrypted_text()  # in person | online | phone
    template = encrypted_text()  # SOAP | DAP | BIRP | free
    note = encrypted_json(MapOf(TEXT, TEXT))  # {field name: text} for the template's fields
    shared_summary = encrypted_text()
    signed_by = encrypted_text()


class PrivateNote(Base):
    """The therapist's private process note for one session. Excluded from every handout and
    from the client's record export (HIPAA §164.501, §164.524(a)(1)(i))."""

    __tablename__ = "private_note"
    __label__ = "private note"

    session_id: Mapped[UUID] = mapped_column(
        ForeignKey("therapy_session.id", ondelete="CASCADE"), unique=True
    )
    client_id: Mapped[UUID] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)

    text = encrypted_text()


class SessionAmendment(Base):
    """A dated addition to a signed note; signed notes are never changed in place."""

    __tablename__ = "session_amendment"
    __label__ = "note amendment"

    session_id: Mapped[UUID] = mapped_column(
        ForeignKey("therapy_session.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[UUID] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=now)

    text = encrypted_text()
