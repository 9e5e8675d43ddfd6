"""Checking the sealed record lists against what is in the file, and rebuilding them.

`missing_records` compares one owner's list (app/models/record_index.py) with the rows really
there: a row in the list but not in the file was deleted; a row in the file but not in the list
was added behind the vault's back; a row whose seal differs from the list's was replaced by
another version of itself. Each is reported as a damaged record, by kind and id.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from app.errors import IntegrityFailure
from app.models import ALL_MODELS, Base, Client
from app.models.record_index import RecordIndex, entries_from, list_of
from app.services.database import Database

_BY_TABLE: dict[str, type[Base]] = {m.__tablename__: m for m in ALL_MODELS}


@dataclass(frozen=True, slots=True)
class ListedProblem:
    kind: str  # the record's label ("session note")
    id: str
    what: str  # "missing", "not on the list" or "replaced"


def _rows(s: Session, owner: UUID | None) -> list[tuple[str, str, bytes | None]]:
    """(table, id as stored, seal) of every row that belongs to `owner`'s list. Ids are read
    as the text SQLite holds, so a row whose id was overwritten with garbage is still seen."""
    out: list[tuple[str, str, bytes | None]] = []
    for model in ALL_MODELS:
        if model is RecordIndex:
            continue
        columns = model.__table__.c
        query = select(type_coerce(columns.id, String), columns.row_seal)
        has_client = "client_id" in columns
        if model is Client:
            if owner is not None:
                continue
        elif owner is None:
            if has_client:
                query = query.where(columns.client_id.is_(None))
        elif has_client:
            query = query.where(columns.client_id == owner)
        else:
            continue
        out += ((model.__tablename__, str(row_id), seal) for row_id, seal in s.execute(query))
    return out


def _shown(row_id: str) -> str:
    try:
        return str(UUID(row_id))
    except ValueError:
        return row_id


def missing_records(s: Session, owner: UUID | None) -> list[ListedProblem]:
    """Differences between `owner`'s sealed list and the file (empty when they agree). A list
    that is itself damaged or missing makes every row of the owner unconfirmed."""
    found = entries_from(_rows(s, owner))
    index = list_of(s, owner)
    try:
        listed = index.entries if index is not None else None
    except IntegrityFailure:
        listed = None
    if listed is None:  # the list itself is damaged (named by its own id) or gone
        where = str(index.id) if index is not None else str(owner or "the practice's")
        return [ListedProblem(RecordIndex.__label__, where, "missing")]
    problems = []
    for table in sorted(set(found) | set(listed)):
        label = _BY_TABLE[table].__label__ if table in _BY_TABLE else table
        have, want = found.get(table, {}), listed.get(table, {})
        for row_id in sorted(set(want) - set(have)):
            problems.append(ListedProblem(label, _shown(row_id), "missing"))
        for row_id in sorted(set(have) - set(want)):
            problems.append(ListedProblem(label, _shown(row_id), "not on the list"))
        for row_id in sorted(set(have) & set(want)):
            if have[row_id] != want[row_id]:
                problems.append(ListedProblem(label, _shown(row_id), "replaced"))
    return problems


def owners(s: Session) -> list[UUID | None]:
    """The practice (None) and every client with a list or rows."""
    ids = set(s.scalars(select(Client.id))) | {
        i for i in s.scalars(select(RecordIndex.client_id)) if i is not None}
    return [None, *sorted(ids)]


def rebuild(db: Database) -> None:
    """Make every owner's list from the rows in the file as they are (after sealing a vault
    from before row seals, and after a restore): the file is trusted at that moment."""
    with db.begin() as s:
        for index in s.scalars(select(RecordIndex)).all():
            s.delete(index)
        s.flush()
        for owner in owners(s):
            s.add(RecordIndex(client_id=owner, entries=entries_from(_rows(s, owner))))
