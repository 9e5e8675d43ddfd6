"""Which records exist: a sealed list per client (and one for the practice as a whole) of the
id and seal of every row it owns, kept up to date in the same transaction as every write.

A row's own seal (app/models/row_seal.py) shows that what is there is as written; it cannot
show that something is missing. The record index can: a session, an amendment, a measure or a
disclosure entry deleted from the file — or replaced by an older version of itself — no longer
matches its client's list. The list is sealed with the client's key (the practice's with the
data key), so it is erased with the client, and rebuilt only by the vault itself
(`rebuild`): after sealing a vault from before row seals, and after a restore.

Who owns a row: a client row belongs to the practice's list (so a client deleted with all
their records is missed there); any other row to its client's list if it has a client, else
to the practice's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID

from sqlalchemy import ForeignKey, event, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.crypto.keyring import KeyRing
from app.models.base import Base, encrypted_json
from app.models.shapes import TEXT, MapOf

PENDING = "record_index_pending"  # session info: owner -> {(table, row id hex): tag or None}
_TAG_HEX = 16  # characters of a row seal's tag kept in the list (8 bytes)

Entries = dict[str, dict[str, str]]  # table -> {row id hex: seal tag hex}


class RecordIndex(Base):
    __tablename__ = "record_index"
    __label__ = "record list"
    __listed__ = False

    client_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )

    entries = encrypted_json(MapOf(TEXT, MapOf(TEXT, TEXT)))

    def key_id(self, keyring: KeyRing) -> UUID:
        return self.client_id if self.client_id is not None else keyring.vault_id


def seal_tag(seal: bytes | None) -> str:
    return "" if seal is None else bytes(seal[-8:]).hex()[:_TAG_HEX]


def owner_of(model: type[Base], client_id: Any) -> UUID | None:
    """The client whose list a row of `model` belongs to (None: the practice's list)."""
    if model.__tablename__ == "client":
        return None
    return client_id if isinstance(client_id, UUID) else None


def _note(session: Session, target: Base, tag: str | None) -> None:
    model = type(target)
    if not listed(model):
        return
    owner = owner_of(model, getattr(target, "client_id", None))
    pending = session.info.setdefault(PENDING, {})
    pending.setdefault(owner, {})[(model.__tablename__, target.id.hex)] = tag


@event.listens_for(Base, "after_insert", propagate=True)
@event.listens_for(Base, "after_update", propagate=True)
def _note_written(_mapper: Any, _connection: Any, target: Base) -> None:
    session = Session.object_session(target)
    if session is not None:
        _note(session, target, seal_tag(target.row_seal))


@event.listens_for(Base, "after_delete", propagate=True)
def _note_deleted(_mapper: Any, _connection: Any, target: Base) -> None:
    session = Session.object_session(target)
    if session is not None:
        _note(session, target, None)


@event.listens_for(Session, "after_flush_postexec")
def _update_lists(session: Session, _context: Any) -> None:
    """Apply this flush's writes to the owners' lists (flushed in the same commit)."""
    pending = session.info.pop(PENDING, None)
    if not pending:
        return
    with session.no_autoflush:
        for owner, changes in pending.items():
            forget_or_update(session, owner, changes)


def listed(model: type[Base]) -> bool:
    """Whether rows of `model` are on the lists: all but the lists themselves and the
    vault's write counter (`__listed__ = False`)."""
    return getattr(model, "__listed__", True)


def list_of(session: Session, owner: UUID | None) -> RecordIndex | None:
    where = (RecordIndex.client_id.is_(None) if owner is None
             else RecordIndex.client_id == owner)
    return session.scalars(select(RecordIndex).where(where)).first()


def forget_or_update(session: Session, owner: UUID | None,
                     changes: dict[tuple[str, str], str | None]) -> None:
    """Set (tag) or remove (None) entries of one owner's list, creating the list if needed."""
    index = list_of(session, owner)
    if index is None:
        index = RecordIndex(client_id=owner, entries={})
        session.add(index)
    entries: Entries = {table: dict(rows) for table, rows in (index.entries or {}).items()}
    for (table, row_id), tag in changes.items():
        if tag is None:
            entries.get(table, {}).pop(row_id, None)
        else:
            entries.setdefault(table, {})[row_id] = tag
    index.entries = {table: rows for table, rows in entries.items() if rows}


def entries_from(rows: Iterable[tuple[str, str, bytes | None]]) -> Entries:
    """A list's entries from (table, row id as stored: 32 hex digits, row seal) triples."""
    entries: Entries = {}
    for table, row_id, seal in rows:
        entries.setdefault(table, {})[row_id] = seal_tag(seal)
    return entries
