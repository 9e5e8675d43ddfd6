"""Bringing the rows of a vault from an earlier version to row envelopes (revision 0010): once,
at the first unlock after the schema migrations, since it needs the keys.

Each row is checked as the version that wrote it sealed it — a seal over its plain values and
its fields' GCM tags (revisions 0004 to 0008), without the columns added to its table since
(`ADDED_SINCE`); no seal at all before 0004 — and each field opened from its own envelope, then
the row is written again as one envelope (app/models/row_seal.py) and its entry on its owner's
record list follows. A row whose old seal does not check keeps its old form, so it reads as
damaged and `check` reports it: converting it would make a change made behind the vault's back
look sound. A field that does not open is carried into the new envelope as it was stored,
marked damaged, so the rest of its record stays readable.

Rows are written with plain UPDATE statements, not through the ORM: converting must not touch
anything else of the row (an ORM update would also move its "updated" time).
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator, Sequence
from datetime import datetime, timedelta
from functools import partial
from typing import Any
from uuid import UUID

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, Table, bindparam, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from app.crypto.envelope import field_ad, open_sealed_fast
from app.crypto.errors import DecryptionFailed
from app.crypto.keyring import KeyRing
from app.errors import IntegrityFailure
from app.models import ALL_MODELS, RecordIndex
from app.models.base import Base
from app.models.record_index import forget_or_update, list_of, owner_of, seal_tag
from app.models.row_seal import (
    SEAL_COLUMN,
    associated_data,
    envelope,
    envelope_columns,
    legacy_associated_data,
)
from app.services.record_lists import rebuild_lists

SEALED_SINCE = "0004"  # the schema revision that added row seals
ENVELOPED_SINCE = "0010"  # the revision from which every row is one envelope
# How far back a slipped "updated" time is looked for (`_as_sealed`): the slip was one clock
# tick (a second) between two readings microseconds apart; a minute also covers a machine
# paused between them.
_LONGEST_SLIP = 60

# Columns added to tables whose rows were already sealed: the revision that added them, and
# the columns by table. A row sealed before that revision was sealed without them.
ADDED_SINCE: dict[str, dict[str, tuple[str, ...]]] = {
    "0006": {"goal": ("weight",), "feedback": ("given_by",)},
    "0007": {"practice_profile": ("logo",)},
    "0008": {"client": ("handout_language",)},
}


def convert_to_envelopes(s: Session, keyring: KeyRing, before: str) -> int:
    """Write every row of a vault from revision `before` (< `ENVELOPED_SINCE`) as one
    envelope, in `s`'s transaction (the schema already migrated in it), as the module
    docstring says; returns how many rows were converted. The record lists follow each
    converted row; a vault from before row seals has none yet, and gets them. A row that
    cannot be read or checked is left as it is (never an exception: the vault must open)."""
    added: dict[str, set[str]] = {}
    for revision, tables in ADDED_SINCE.items():
        if before < revision:
            for name, new in tables.items():
                added.setdefault(name, set()).update(new)
    sealed = before >= SEALED_SINCE
    conn = s.connection()
    lists: dict[UUID | None, dict[tuple[str, str], tuple[str, str]]] = {}
    converted = 0
    for model in ALL_MODELS:
        table = model.__table__
        new_columns = added.get(table.name, set())
        fields = envelope_columns(model)
        kept = [c.name for c in table.columns if c.onupdate is not None]
        written = []
        for values in _stored_rows(conn, table):  # all read before any is written
            old_seal = values.pop(SEAL_COLUMN)
            key_id = model.key_id_of(values, keyring)
            try:
                aead, key_bytes = keyring.opener(key_id)
            except DecryptionFailed:
                continue  # an erased or damaged key: `check` reports its rows
            if sealed:
                if any(values.get(c) is not None for c in new_columns):
                    continue  # not as sealed before the columns were added
                as_sealed = _as_sealed(model, values, old_seal, aead, key_bytes, new_columns)
                if as_sealed is None:
                    continue
                values = as_sealed
            try:
                plain, damaged = _opened_fields(model, values, fields, aead, key_bytes)
                ad = associated_data(model, values["id"], {
                    **values, **dict(zip(fields, plain, strict=True))})
            except (ValueError, TypeError):
                continue  # (a value of a row from before seals that is not of its kind)
            new_seal, stretches, _bounds, _plain = envelope(
                partial(keyring.seal, key_id), ad, plain, damaged)
            written.append({"_id": values["id"], "_row_seal": new_seal,
                            **{f"_{name}": values[name] for name in kept},
                            **{f"_{name}": stretch
                               for name, stretch in zip(fields, stretches, strict=True)}})
            if sealed:
                lists.setdefault(owner_of(model, values.get("client_id")), {})[
                    (table.name, values["id"].hex)] = (seal_tag(old_seal), seal_tag(new_seal))
        if written:  # one statement for the table's rows (executemany)
            conn.execute(table.update().where(table.c.id == bindparam("_id")).values({
                name: bindparam(f"_{name}") for name in (SEAL_COLUMN, *kept, *fields)}),
                written)
            converted += len(written)
    if sealed:
        _follow(s, lists)
    else:  # the first lists, from the rows as they are now
        s.execute(RecordIndex.__table__.delete())
        rebuild_lists(s)
    return converted


def _stored_rows(conn: Connection, table: Table) -> list[dict[str, Any]]:
    """Every row of `table` by column name, each value as its column's type reads it; a row
    with a value that type cannot read (a date that is no date: changed behind the vault's
    back) is left out, where reading it through the types would stop the whole read."""
    columns = list(table.columns)
    raw = conn.execute(select(*(type_coerce(c, NullType()).label(c.name) for c in columns)))
    readers = [(c.name, c.type.dialect_impl(conn.dialect).result_processor(conn.dialect, None))
               for c in columns]
    rows = []
    for row in raw.all():
        try:
            rows.append({name: value if read is None or value is None else read(value)
                         for (name, read), value in zip(readers, row, strict=True)})
        except (IntegrityFailure, ValueError, TypeError):
            continue
    return rows


def _opened_fields(model: type[Base], values: dict[str, Any], fields: Sequence[str], aead: AESGCM,
                   key_bytes: bytes) -> tuple[list[bytes | None], bytes]:
    """Each of `fields` of a row before revision 0010 opened from its own envelope (None when
    empty), and the new envelope's header: empty, or one byte per field, 1 where the field no
    longer opens and is carried as it was stored."""
    plain: list[bytes | None] = []
    damaged = bytearray(len(fields))
    for i, name in enumerate(fields):
        blob = values[name]
        if blob is None:
            plain.append(None)
            continue
        try:
            plain.append(open_sealed_fast(aead, key_bytes, blob, field_ad(
                model.__ad_table__, name, values["id"])))
        except DecryptionFailed:
            plain.append(bytes(blob) if isinstance(blob, bytes) else b"")
            damaged[i] = 1
    return plain, bytes(damaged) if any(damaged) else b""


def _follow(s: Session, lists: dict[UUID | None, dict[tuple[str, str], tuple[str, str]]]) -> None:
    """Move each owner's list entries from the rows' old seals to their new ones; only entries
    as they were (a list that disagrees with a row keeps saying so)."""
    for owner, changes in lists.items():
        try:
            index = list_of(s, owner)
            listed = index.entries if index is not None else None
        except IntegrityFailure:
            listed = None
        if listed is None:
            continue  # no list, or a damaged one: `check` says so
        follows: dict[tuple[str, str], str | None] = {
            key: after for key, (was, after) in changes.items()
            if listed.get(key[0], {}).get(key[1]) == was}
        if follows:
            forget_or_update(s, owner, follows)


def _as_sealed(model: type[Base], values: dict[str, Any], seal: Any, aead: AESGCM,
               key_bytes: bytes, added: Collection[str]) -> dict[str, Any] | None:
    """`values` as their old seal (what the file holds, whatever its type) vouches for them,
    sealed before the columns `added` were added: as stored (`values` itself), or with one
    "updated" time up to `_LONGEST_SLIP` seconds earlier, which versions before 7a8c0db could
    write (a save in the same second as the stored time, the clock ticking during the write:
    the row read as damaged, its data intact); None when none checks. Only a value the seal
    vouches for is ever taken."""
    for candidate in itertools.chain((values,), _slips(model, values)):
        try:
            open_sealed_fast(aead, key_bytes, seal,
                             legacy_associated_data(model, candidate["id"], candidate, added))
        except (DecryptionFailed, ValueError, TypeError):
            continue
        return candidate
    return None


def _slips(model: type[Base], values: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """`values` with one "updated" time 1, 2, ... `_LONGEST_SLIP` seconds earlier: the
    columns an update sets to the time of writing (their onupdate)."""
    for column in model.__table__.columns:
        stored = values.get(column.name)
        if column.onupdate is None or not isinstance(stored, datetime):
            continue
        for seconds in range(1, _LONGEST_SLIP + 1):
            yield {**values, column.name: stored - timedelta(seconds=seconds)}
