"""Checking the sealed record lists against what is in the file, and rebuilding them.

`all_problems` compares each owner's list (app/models/record_index.py) with the rows really
there: a row in the list but not in the file was deleted; a row in the file but not in the list
was added behind the vault's back; a row whose seal differs from the list's was replaced by
another version of itself. Each is reported as a damaged record, by kind and id.
"""

from __future__ import annotations

import struct
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import String, literal, select, type_coerce
from sqlalchemy.orm import Session

from app.errors import IntegrityFailure
from app.models import ALL_MODELS, Base, Client
from app.models.record_index import (
    Entries,
    RecordIndex,
    entries_from,
    listed,
    seal_tag,
)
from app.services.database import Database

_BY_TABLE: dict[str, type[Base]] = {m.__tablename__: m for m in ALL_MODELS}
_LISTED = tuple(m for m in ALL_MODELS if listed(m))  # the tables whose rows are on lists
_Listed = tuple[int, str, bytes | None, object]  # a row of `_listed_rows`


@dataclass(frozen=True, slots=True)
class ListedProblem:
    kind: str  # the record's label ("session note")
    id: str
    what: str  # "missing", "not on the list" or "replaced"


Row = tuple[str, str, bytes | None]  # (table, id as stored, seal)


def owner_column(model: type[Base]) -> str | None:
    """The column naming the client whose list a row of `model` is on (None: every row is on
    the practice's list, as clients themselves are)."""
    return "client_id" if "client_id" in model.__table__.c else None


def _listed_rows(s: Session, skip: Collection[str] = ()) -> Iterator[_Listed]:
    """Every row that belongs on a list, as (its table's place in `_LISTED`, its id, its seal,
    its owner): a client's id, or None for the practice (clients themselves, and rows with no
    client). Read in one query per table (but those in `skip`); ids as the text SQLite holds,
    so a row whose id was overwritten with garbage is still seen (and a row whose client id is
    garbage falls under no real owner)."""
    owners: dict[str | None, object] = {None: None}
    for number, model in enumerate(_LISTED):
        if model.__tablename__ in skip:
            continue
        columns = model.__table__.c
        owner_name = owner_column(model)
        client = (type_coerce(columns[owner_name], String) if owner_name is not None
                  else literal(None, String))
        for row_id, seal, owner_text in s.execute(
                select(type_coerce(columns.id, String), columns.row_seal, client)):
            owner = owners.get(owner_text)
            if owner is None and owner_text is not None:
                try:
                    owner = owners[owner_text] = UUID(owner_text)
                except ValueError:
                    owner = owners[owner_text] = owner_text
            yield number, str(row_id), seal, owner


def _rows_by_owner(s: Session, skip: Collection[str] = ()) -> dict[object, list[Row]]:
    """`_listed_rows` grouped by owner, each row as (table, id, seal)."""
    out: dict[object, list[Row]] = {}
    for number, row_id, seal, owner in _listed_rows(s, skip):
        mine = out.get(owner)
        if mine is None:
            mine = out[owner] = []
        mine.append((_LISTED[number].__tablename__, row_id, seal))
    return out


def _shown(row_id: str) -> str:
    try:
        return str(UUID(row_id))
    except ValueError:
        return row_id


# A row in `_packed_rows`: its table's number, its seal's tag (`seal_tag`: hex digits, as
# many as a tag keeps at most, padded with NULs) and its id's length; the id follows.
_PACKED = struct.Struct(f"<H{len(seal_tag(bytes(64)))}sI")


def _packed_rows(s: Session) -> dict[object, bytearray]:
    """What `_rows_by_owner` reads, packed: for each owner one bytearray of (table, the row
    seal's tag, id as stored) records, not a tuple, a str and a bytes for each row. Every row
    of the demo practice at once was ~15 MB of those, the most the app made at once after
    unlocking (when this check runs), and the memory such a peak takes stays with the process;
    packed, 3.5 MB in one block per owner. `_unpacked` gives one owner's rows back as entries."""
    out: dict[object, bytearray] = {}
    pack = _PACKED.pack
    for number, row_id, seal, owner in _listed_rows(s):
        key = row_id.encode("utf-8", "surrogatepass")
        packed = out.get(owner)
        if packed is None:
            packed = out[owner] = bytearray()
        packed += pack(number, seal_tag(seal).encode(), len(key))
        packed += key
    return out


def _unpacked(packed: bytes | bytearray) -> Entries:
    """One owner's packed rows as a list's entries (`entries_from` of them)."""
    entries: Entries = {}
    data, at, head, unpack = bytes(packed), 0, _PACKED.size, _PACKED.unpack_from
    while at < len(data):
        number, tag, length = unpack(data, at)
        at += head + length
        entries.setdefault(_LISTED[number].__tablename__, {})[
            data[at - length:at].decode("utf-8", "surrogatepass")] = tag.rstrip(b"\0").decode()
    return entries


def all_problems(s: Session) -> Iterator[tuple[UUID | None, list[ListedProblem]]]:
    """Every owner (`owners`) with the differences between their list and the file."""
    packed = _packed_rows(s)
    lists: dict[UUID | None, RecordIndex] = {}
    for index in s.scalars(select(RecordIndex)):  # every list in one query, not one each
        lists.setdefault(index.client_id, index)  # (the first, as `list_of` finds it)
    for owner in owners(s):
        yield owner, _differences(lists.get(owner), owner, _unpacked(packed.pop(owner, b"")))


def _differences(index: RecordIndex | None, owner: UUID | None,
                 found: Entries) -> list[ListedProblem]:
    """Differences between `owner`'s sealed list, `index`, and `found`, the entries of the
    owner's rows in the file (empty when they agree). A list that is itself damaged or missing
    makes every row of the owner unconfirmed."""
    try:
        listed = index.entries if index is not None else None
    except IntegrityFailure:
        listed = None
    if listed is None:  # the list itself is damaged (named by its own id) or gone
        where = str(index.id) if index is not None else str(owner or "the practice's")
        return [ListedProblem(RecordIndex.__label__, where, "missing")]
    if found == listed:  # the usual case: every row as listed (one comparison in C)
        return []
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


def rebuild(db: Database, written: Mapping[UUID | None, list[Row]] | None = None,
            tables: Collection[str] = ()) -> None:
    """Make every owner's list from the rows in the file as they are (after sealing a vault
    from before row seals, and after a restore): the file is trusted at that moment.
    `written`: the rows of `tables`, by owner, as the caller has just written them and will
    not change again (a restore's), so those tables are not read back."""
    with db.begin() as s:
        for index in s.scalars(select(RecordIndex)).all():
            s.delete(index)
        s.flush()
        rebuild_lists(s, written, tables)


def rebuild_lists(s: Session, written: Mapping[UUID | None, list[Row]] | None = None,
                  tables: Collection[str] = ()) -> None:
    """Write every owner's list from the rows as they are, in `s` (which holds no list);
    `written` and `tables` as in `rebuild`."""
    rows = _rows_by_owner(s, tables)
    for owner, more in (written or {}).items():
        rows.setdefault(owner, []).extend(more)
    for owner in owners(s):
        s.add(RecordIndex(client_id=owner, entries=entries_from(rows.get(owner, []))))
