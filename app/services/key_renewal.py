"""Renewing every key of a vault (``rotate-keys``): for when a copy of the vault file, its
passphrase or its backup key may have been taken.

A passphrase change only rewraps the data key, so an old copy of the file opened with the old
passphrase still yields the key that opens every later copy. Renewal instead makes a new data
key, a new key for every client and a new backup identity, and re-encrypts every record: each
row's envelope (its fields and seal), each client's wrapped key, the record lists and the
vault's own key record.

All of it happens in ONE SQLite transaction, so the file is at every moment either wholly the
old vault or wholly the new one: a crash or kill -9 part-way leaves the old vault as it was
(SQLite rolls the unfinished transaction back when the file is next opened). The rows are read
and written as plain column values through the mapping that backup and restore use
(`app.services.backup_tables`), which applies each model's own keys and associated data; a
record that does not open is refused before anything is written, since re-encrypting it would
seal its damage as sound.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any, NoReturn
from uuid import UUID

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from app.crypto.envelope import NONCE_LENGTH, TAG_LENGTH, VERSION, InvalidTag
from app.crypto.errors import DecryptionFailed
from app.crypto.keyring import KeyRing
from app.errors import IntegrityFailure
from app.models import KEYRING, Base, ClientKey, RecordIndex, VaultMeta, WriteCounter
from app.models.base import ROWS_SEALED
from app.models.row_seal import (
    SEAL_COLUMN,
    associated_data,
    envelope,
    envelope_columns,
    open_row,
    seal_checker,
    seal_writer,
    sealed_columns,
)
from app.services import record_lists
from app.services.backup_tables import TABLES, BackupTable, made_uuid, shown_id
from app.services.database import translate_db_error

__all__ = ["renew_records"]

Progress = Callable[[int, int], None]
_BATCH = 500  # rows re-encrypted between two progress reports
_NONCES_AT_ONCE = 4096  # nonces drawn from the OS in one call


def renew_records(engine: Engine, old: KeyRing, new: KeyRing, meta: Mapping[str, Any],
                  progress: Progress | None = None) -> int:
    """Re-encrypt every record from the `old` keys to the `new` ones (which hold only the new
    data key: client keys are made here) and write `meta` — the new key record: salt and
    settings, both wraps of the new data key, the new backup identity (plain, sealed here) and
    recipient — in one transaction. Returns how many records were renewed. Raises
    IntegrityFailure, with nothing changed, if any record does not open with the old keys."""
    try:
        _refuse_missing(engine, old)
        with Session(engine, info={KEYRING: new, ROWS_SEALED: True}) as s, s.begin():
            conn = s.connection()
            quote = conn.dialect.identifier_preparer.quote
            tables = [t for t in TABLES if t.model is not VaultMeta]
            total = sum(s.scalar(select(func.count()).select_from(t.model)) or 0
                        for t in tables) + 1
            done = 0
            _renew_client_keys(s, old, new)
            renewer = _Renewer(old, new)
            written: dict[UUID | None, list[record_lists.Row]] = {}
            for table in tables:
                columns = [*table.encrypted, SEAL_COLUMN]
                sql = (f"UPDATE {quote(table.name)} SET "
                       f"{', '.join(f'{quote(c)} = ?' for c in columns)} WHERE id = ?")
                rows = conn.execute(select(*table.read_columns)).all()
                for start in range(0, len(rows), _BATCH):
                    batch = rows[start:start + _BATCH]
                    conn.exec_driver_sql(sql, renewer.renewed(table, batch, written))
                    done += len(batch)
                    if progress is not None:
                        progress(done, total)
                del rows
            _write_key_record(s, old, new, meta)
            _count_the_renewal(s, old, new)
            s.execute(RecordIndex.__table__.delete())
            # Every list holds the rows' seals: made again, under the new key, from the seals
            # just written (the tables renewed here are not read back).
            record_lists.rebuild_lists(s, written, [t.name for t in tables])
            done += 1
            if progress is not None:
                progress(done, total)
    except (OperationalError, DatabaseError) as exc:  # a full disk, a read-only file
        raise translate_db_error(exc) from exc
    return done


class _Renewer:
    """Moves rows from the old keys to the new ones, a batch at a time, with the work arranged
    for a whole vault (as `BackupTable.export` checks one): each row's envelope opened by the
    load's own one-call check (`seal_checker`) with the old key and sealed again with the new
    one over the same associated data (written by the load's own code, `seal_writer`), its
    plaintext as it is; keys looked up once per owner, a UUID made once per id, nonces drawn
    from the OS in bulk (each still random and used once)."""

    def __init__(self, old: KeyRing, new: KeyRing) -> None:
        self._old, self._new = old, new
        self._uuids: dict[str, UUID] = {}
        self._keys: dict[Any, tuple[Any, bytes, Any, bytes]] = {}
        self._nonces, self._at = b"", 0

    def _key(self, table: BackupTable, row: Sequence[Any]) -> tuple[Any, bytes, Any, bytes]:
        """(old cipher, old key id, new cipher, new envelope prefix) of a row's key, by the
        model's own rule; raises DecryptionFailed when the old key is not held."""
        key_id = table.key_id(table.exported(row[:len(table.fields)]), self._old)
        old_aead, old_id = self._old.opener(key_id)
        new_aead, new_id = self._new.opener(key_id)
        return old_aead, old_id, new_aead, bytes([VERSION]) + new_id

    def renewed(self, table: BackupTable, rows: Sequence[Sequence[Any]],
                written: dict[UUID | None, list[record_lists.Row]]) -> list[tuple[Any, ...]]:
        """Each of `rows` (read through ``table.read_columns``) as the values of its UPDATE:
        its encrypted columns (in ``table.encrypted`` order) and seal under the new keys, then
        its id as stored; each row's id and new seal added to its owner's list in `written`.
        A row whose envelope does not open with the old keys, or that carries a damaged
        field, is refused (re-encrypting it would seal its damage as sound)."""
        model = table.model
        names = list(table.fields)
        at = {name: i for i, name in enumerate(names)}
        in_seal = sealed_columns(model)
        seal_at = [at[name] for _key, name, _kind in in_seal]
        uuid_in_seal = [j for j, (_key, _name, kind) in enumerate(in_seal) if kind == "uuid"]
        in_envelope = envelope_columns(model)
        # For each column of the UPDATE, its place in the envelope (its bounds k, k + 1).
        places = [(at[name], in_envelope.index(name)) for name in table.encrypted]
        check_seal, write_seal = seal_checker(model), seal_writer(model)
        owner_field = model.__key_owner__
        simple = model.key_id is Base.key_id  # the key is the owner's (else asked per row)
        owner_at = at[owner_field] if simple and owner_field is not None else None
        list_owner = record_lists.owner_column(model)
        list_owner_at = at[list_owner] if list_owner is not None else None
        keys, key_of, uuids = self._keys, self._key, self._uuids
        table_name = table.name
        nonces, at_nonce = self._nonces, self._at
        out = []
        for row in rows:
            row_id = row[0]
            try:
                if simple:
                    owner = None if owner_at is None else row[owner_at]
                    key = keys.get(owner)
                    if key is None:
                        key = keys[owner] = key_of(table, row)
                else:
                    key = key_of(table, row)
                old_aead, old_id, new_aead, prefix = key
                uuid_id = uuids.get(row_id) or made_uuid(uuids, row_id)
                sealed = [row[i] for i in seal_at]
                for u in uuid_in_seal:
                    value = sealed[u]
                    if value is not None:
                        sealed[u] = uuids.get(value) or made_uuid(uuids, value)
                plaintext, bounds = check_seal((uuid_id, *sealed, row[-1]), old_aead, old_id)
                header = bounds[0]
                if header and any(plaintext[:header]):
                    raise DecryptionFailed("a field is damaged")
                if at_nonce >= len(nonces):
                    nonces, at_nonce = os.urandom(NONCE_LENGTH * _NONCES_AT_ONCE), 0
                nonce = nonces[at_nonce:at_nonce + NONCE_LENGTH]
                at_nonce += NONCE_LENGTH
                ciphertext = new_aead.encrypt(nonce, plaintext, write_seal(uuid_id, sealed))
                row_seal = prefix + nonce + ciphertext[:header] + ciphertext[-TAG_LENGTH:]
                fields = [None if row[i] is None else ciphertext[bounds[k]:bounds[k + 1]]
                          for i, k in places]
            except (InvalidTag, DecryptionFailed, ValueError, TypeError):
                _refuse(model, shown_id(row_id))
            out.append((*fields, row_seal, row_id))
            owner_id = None if list_owner_at is None else row[list_owner_at]
            list_owner_id = None if owner_id is None else uuids[owner_id]  # (in the seal)
            mine = written.get(list_owner_id)
            if mine is None:
                mine = written[list_owner_id] = []
            mine.append((table_name, row_id, row_seal))
        self._nonces, self._at = nonces, at_nonce
        return out


def _open_seal(aead: Any, key_id: bytes, model: type[Base], row_id: UUID | str,
               values: Mapping[str, Any], blob: bytes | None) -> bytes:
    """The plaintext of the row's envelope `blob` over exactly `values` (by column name);
    raises DecryptionFailed unless it opens."""
    if blob is None:
        raise DecryptionFailed("the row has no seal")
    fields = [values[name] or b"" for name in envelope_columns(model)]
    return open_row(aead, key_id, blob, fields, associated_data(model, row_id, values))


def _refuse(model: type[Base], row_id: object) -> NoReturn:
    raise IntegrityFailure(
        "A record does not open with the vault's keys, so no key was renewed; run a check and "
        "restore the damaged record from a backup first.",
        ((model.__label__, str(row_id)),),
    )


def _refuse_missing(engine: Engine, old: KeyRing) -> None:
    """Refuse to renew while a record list disagrees with the file (a record deleted, added
    or replaced behind the vault's back): the lists are made again from the file, which would
    make such a change look sound."""
    with Session(engine, info={KEYRING: old, ROWS_SEALED: True}) as s:
        for _owner, problems in record_lists.all_problems(s):
            for problem in problems:
                raise IntegrityFailure(
                    "A record is missing or was changed, so no key was renewed; run a check "
                    "and restore the vault from a backup first.",
                    ((problem.kind, problem.id),),
                )


def _renew_client_keys(s: Session, old: KeyRing, new: KeyRing) -> None:
    """A new key for every client, wrapped by the new data key, each row sealed again."""
    table = ClientKey.__table__
    dek = old.opener(old.vault_id)
    for row in s.execute(select(table)).mappings().all():
        values = dict(row)
        try:
            _open_seal(*dek, ClientKey, values["id"], values, values.pop(SEAL_COLUMN))
        except DecryptionFailed:
            _refuse(ClientKey, values["id"])
        if not old.has_key(values["client_id"]):
            _refuse(ClientKey, values["id"])
        values["wrapped"] = new.new_client_key(values["client_id"])
        seal = new.seal(new.vault_id, b"", associated_data(ClientKey, values["id"], values))
        s.execute(table.update().where(table.c.id == values["id"])
                  .values(wrapped=values["wrapped"], row_seal=seal))


def _count_the_renewal(s: Session, old: KeyRing, new: KeyRing) -> None:
    """The write counter, one higher, sealed under the new data key (a vault whose counter
    is missing starts one; a damaged one is refused like any damaged record)."""
    table = WriteCounter.__table__
    row = s.execute(select(table).where(table.c.id == new.vault_id)).mappings().first()
    values: dict[str, Any] = {"id": new.vault_id, "count": 0}
    if row is not None:
        values = dict(row)
        try:
            _open_seal(*old.opener(old.vault_id), WriteCounter, new.vault_id, values,
                       values.pop(SEAL_COLUMN))
        except DecryptionFailed:
            _refuse(WriteCounter, new.vault_id)
    values["count"] += 1
    values[SEAL_COLUMN] = new.seal(new.vault_id, b"",
                                   associated_data(WriteCounter, new.vault_id, values))
    s.execute(table.delete().where(table.c.id == new.vault_id))
    s.execute(table.insert().values(**values))


def _write_key_record(s: Session, old: KeyRing, new: KeyRing, meta: Mapping[str, Any]) -> None:
    """The vault's key record with the new wraps and backup identity, sealed under the new
    data key (as `VaultMeta`'s own seal would be written)."""
    table = VaultMeta.__table__
    values = dict(s.execute(select(table)).mappings().one())
    try:
        _open_seal(*old.opener(old.vault_id), VaultMeta, values["id"], values,
                   values.pop(SEAL_COLUMN))
    except DecryptionFailed:
        _refuse(VaultMeta, values["id"])
    values.update(meta)
    names = envelope_columns(VaultMeta)  # all in `meta`: the backup identity is its one field
    plain = [getattr(VaultMeta, name).encode(meta[name]) for name in names]
    values.update(zip(names, plain, strict=True))  # (the lengths go into the seal)
    values[SEAL_COLUMN], stretches, _bounds, _plaintext = envelope(
        partial(new.seal, new.vault_id), associated_data(VaultMeta, values["id"], values), plain)
    values.update(zip(names, stretches, strict=True))
    row_id = values.pop("id")
    s.execute(table.update().where(table.c.id == row_id).values(**values))
