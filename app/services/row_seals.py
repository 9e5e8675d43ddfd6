"""Sealing the rows of a vault made before row seals, and writing its record lists (once,
right after the schema migration that adds them), and the revision from which every row must
carry a seal.

The seals are written with plain UPDATE statements, not through the ORM: sealing must not
touch anything else of the row (an ORM update would also move its "updated" time).
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, select, update

from app.crypto.envelope import open_sealed_fast
from app.crypto.errors import DecryptionFailed
from app.crypto.keyring import KeyRing
from app.models import ALL_MODELS
from app.models.record_index import forget_or_update, list_of, owner_of, seal_tag
from app.models.row_seal import SEAL_COLUMN, associated_data, associated_data_before, row_values
from app.services.database import Database
from app.services.record_lists import rebuild

SEALED_SINCE = "0004"  # the schema revision that added row seals
SLIPS_REPAIRED_SINCE = "0009"  # the revision from which no row has a slipped "updated" time
# How far back a slipped "updated" time is looked for: the slip was one clock tick (a second)
# between two readings microseconds apart; a minute also covers a machine paused between them.
_LONGEST_SLIP = 60


def seal_existing_rows(db: Database) -> int:
    """Seal every row that has no seal yet, in one transaction, then write every owner's list
    of records; returns how many rows were sealed. Rows whose
    fields no longer open are sealed as they are: `check` still reports them (their fields'
    own tags fail), and sealing them does not make them readable."""
    keyring = db.keyring
    assert keyring is not None
    sealed = 0
    with db.begin() as s:
        for model in ALL_MODELS:
            rows = s.scalars(select(model).where(model.row_seal.is_(None))).all()
            table = model.__table__
            # An UPDATE would move "updated" times (their onupdate): keep them as they are.
            kept = [c.name for c in table.columns if c.onupdate is not None]
            for row in rows:
                values = row_values(row)
                s.execute(update(table).where(table.c.id == row.id).values(
                    row_seal=row.new_seal(keyring), **{name: values[name] for name in kept}))
                sealed += 1
    rebuild(db)
    return sealed


# Columns added to tables whose rows were already sealed: the revision that added them, and
# the columns by table. A row sealed before that revision was sealed without them.
ADDED_SINCE: dict[str, dict[str, tuple[str, ...]]] = {
    "0006": {"goal": ("weight",), "feedback": ("given_by",)},
    "0007": {"practice_profile": ("logo",)},
    "0008": {"client": ("handout_language",)},
}
_BY_TABLE = {m.__tablename__: m for m in ALL_MODELS}


def reseal_added_columns(db: Database, before: str) -> int:
    """After migrations that added columns to sealed tables (from revision `before`): check each
    row of those tables as it was sealed — without the new columns, which must still be empty —
    and seal it again over every column, its entry on its owner's record list following; one
    transaction. A row whose "updated" time slipped (`repair_slipped_times`) is sealed again
    with the time its old seal vouches for. A row whose old seal does not check is left as it
    is, so `check` reports it (sealing it again would make a change made behind the vault's
    back look sound). Returns how many rows were sealed again."""
    added: dict[str, set[str]] = {}
    for revision, tables in ADDED_SINCE.items():
        if before < revision:
            for name, new in tables.items():
                added.setdefault(name, set()).update(new)
    keyring = db.keyring
    assert keyring is not None
    resealed = 0
    with db.begin() as s:
        conn = s.connection()
        lists: dict[UUID | None, dict[tuple[str, str], tuple[str, str]]] = {}
        for table_name, columns in added.items():
            model = _BY_TABLE[table_name]
            sealed = model.__table__
            for row in conn.execute(select(sealed)).mappings().all():
                values = dict(row)
                old_seal = values.pop(SEAL_COLUMN)
                key_owner = model.__key_owner__
                key_id = keyring.vault_id if key_owner is None else values[key_owner]
                try:
                    aead, key_bytes = keyring.opener(key_id)
                    if old_seal is None or any(values.get(c) is not None for c in columns):
                        raise DecryptionFailed("not as sealed before the columns were added")
                except DecryptionFailed:
                    continue
                as_sealed = _as_sealed(model, values, old_seal, aead, key_bytes, columns)
                if as_sealed is None:
                    continue
                values = as_sealed
                new_seal = keyring.seal(key_id, b"", associated_data(model, values["id"], values))
                # Only the seal changes: an UPDATE would also move "updated" times (their
                # onupdate), which the new seal covers as they are.
                kept = {c.name: values[c.name] for c in sealed.columns if c.onupdate is not None}
                conn.execute(sealed.update().where(sealed.c.id == values["id"])
                             .values(row_seal=new_seal, **kept))
                lists.setdefault(owner_of(model, values.get("client_id")), {})[
                    (table_name, values["id"].hex)] = (seal_tag(old_seal), seal_tag(new_seal))
                resealed += 1
        for owner, changes in lists.items():
            index = list_of(s, owner)
            listed = index.entries if index is not None else None
            if listed is None:
                continue  # no list, or a damaged one: `check` says so
            follows: dict[tuple[str, str], str | None] = {
                key: after for key, (was, after) in changes.items()
                if listed.get(key[0], {}).get(key[1]) == was}  # only entries as they were
            if follows:
                forget_or_update(s, owner, follows)
    return resealed


def repair_slipped_times(db: Database) -> int:
    """Put back the "updated" time a row was sealed with where an earlier version wrote it a
    second later (a save in the same second as the row's stored time, with the clock ticking
    during the write: fixed in 7a8c0db), so the row reads again; one transaction, once, at the
    first unlock after the upgrade (revision 0009). Only a time the row's own seal vouches for
    is written back: every other value was already proven as sealed, so nothing a change
    behind the vault's back made is accepted. Seals and record lists do not change. Returns how
    many rows were repaired."""
    keyring = db.keyring
    assert keyring is not None
    repaired = 0
    with db.begin() as s:
        conn = s.connection()
        for model in ALL_MODELS:
            slipping = _slipping_columns(model)
            if not slipping:
                continue
            for row_id, fixed in _slipped_rows(conn, model, keyring):
                table = model.__table__
                conn.execute(table.update().where(table.c.id == row_id)
                             .values(**{name: fixed[name] for name in slipping}))
                repaired += 1
    return repaired


def _slipped_rows(conn: Connection, model: Any,
                  keyring: KeyRing) -> Iterator[tuple[UUID, dict[str, Any]]]:
    """(row id, values as sealed) of each row of `model` whose seal fails as stored
    but checks with an earlier "updated" time."""
    table = model.__table__
    for row in conn.execute(select(table)).mappings().all():  # all read before any is written
        values = dict(row)
        seal = values.pop(SEAL_COLUMN)
        owner = model.__key_owner__
        key_id = keyring.vault_id if owner is None else values[owner]
        try:
            aead, key_bytes = keyring.opener(key_id)
        except DecryptionFailed:
            continue  # an erased or damaged key: `check` reports its rows

        sealed = _as_sealed(model, values, seal, aead, key_bytes)
        if sealed is not None and sealed is not values:
            yield values["id"], sealed


def _as_sealed(model: Any, values: dict[str, Any], seal: Any, aead: AESGCM,
               key_bytes: bytes, added: Collection[str] = ()) -> dict[str, Any] | None:
    """`values` as `seal` (what the file holds, whatever its type) vouches for them, sealed
    before the columns `added` were added: as stored (`values` itself), or with one "updated"
    time up to `_LONGEST_SLIP` seconds earlier; None when none checks."""
    for candidate in itertools.chain((values,), _slips(model, values)):
        try:
            open_sealed_fast(aead, key_bytes, seal,
                             associated_data_before(model, candidate["id"], candidate, added))
        except (DecryptionFailed, ValueError, TypeError):
            continue
        return candidate
    return None


def _slips(model: Any, values: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """`values` with one "updated" time 1, 2, ... `_LONGEST_SLIP` seconds earlier."""
    for name in _slipping_columns(model):
        stored = values.get(name)
        if not isinstance(stored, datetime):
            continue
        for seconds in range(1, _LONGEST_SLIP + 1):
            yield {**values, name: stored - timedelta(seconds=seconds)}


def _slipping_columns(model: Any) -> tuple[str, ...]:
    """The columns an update sets to the time of writing (their onupdate): the ones that
    could slip."""
    return tuple(c.name for c in model.__table__.columns if c.onupdate is not None)
