"""A plaintext twin of every session note: the same rows and columns in a SQLite file written
with the same pragmas, loaded with the same ORM; what the encrypted load is divided by."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import JSON, Engine, String, Text, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from app.models import TherapySession
from app.services.database import make_engine
from app.services.vault import Vault

NOTE_FIELDS = ("duration_minutes", "format", "template", "note", "shared_summary", "signed_by")
# What a reader of "the notes" needs: the templated note and the shared summary.
NOTE_TEXT_FIELDS = ("note", "shared_summary")


class _PlainBase(DeclarativeBase):
    pass


class PlainSession(_PlainBase):
    """The plaintext twin of TherapySession: same rows, same columns, no encryption."""

    __tablename__ = "therapy_session"
    id: Mapped[UUID] = mapped_column(primary_key=True)
    client_id: Mapped[UUID] = mapped_column(index=True)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(10))
    signed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    duration_minutes: Mapped[Any] = mapped_column(JSON)
    format: Mapped[str] = mapped_column(Text)
    template: Mapped[str] = mapped_column(Text)
    note: Mapped[Any] = mapped_column(JSON)
    shared_summary: Mapped[str] = mapped_column(Text)
    signed_by: Mapped[str] = mapped_column(Text)


def read_all(session: Session, model: type, fields: tuple[str, ...]) -> int:
    """Load every note with the ORM and touch the fields (decrypting where encrypted)."""
    size = 0
    row: Any
    for row in session.scalars(select(model)):
        for name in fields:
            value = getattr(row, name)
            size += len(value) if isinstance(value, str | dict) else 1
    return size


def plain_twin(vault: Vault, folder: Path) -> Engine:
    engine = make_engine(folder / "plain.sqlite")
    _PlainBase.metadata.create_all(engine)
    with vault._database().begin() as s, Session(engine) as plain:
        plain.add_all(
            PlainSession(id=r.id, client_id=r.client_id, starts_at=r.starts_at,
                         status=r.status, signed_at=r.signed_at, created_at=r.created_at,
                         updated_at=r.updated_at,
                         **{name: getattr(r, name) for name in NOTE_FIELDS})
            for r in s.scalars(select(TherapySession))
        )
        plain.commit()
    return engine
