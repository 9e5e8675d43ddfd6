"""Renewing every key of a vault (``rotate-keys``): for when a copy of the vault file, its
passphrase or its backup key may have been taken.

A passphrase change only rewraps the data key, so an old copy of the file opened with the old
passphrase still yields the key that opens every later copy. Renewal instead makes a new data
key, a new key for every client and a new backup identity, and re-encrypts every record: each
encrypted field, each row's seal, each client's wrapped key, the record lists and the vault's
own key record.

All of it happens in ONE SQLite transaction, so the file is at every moment either wholly the
old vault or wholly the new one: a crash or kill -9 part-way leaves the old vault as it was
(SQLite rolls the unfinished transaction back when the file is next opened). The rows are read
and written as plain column values through the mapping that backup and restore use
(`app.services.backup_tables`), which applies each model's own keys and associated data; a
record that does not open is refused before anything is written, since re-encrypting it would
seal its damage as sound.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, NoReturn
from uuid import UUID

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from app.crypto.envelope import field_ad, open_sealed_fast, seal
from app.crypto.errors import DecryptionFailed
from app.crypto.keyring import KeyRing
from app.errors import IntegrityFailure
from app.models import KEYRING, Base, ClientKey, RecordIndex, VaultMeta, WriteCounter
from app.models.base import ROWS_SEALED
from app.models.row_seal import SEAL_COLUMN, associated_data
from app.services import record_lists
from app.services.backup_tables import TABLES, BackupTable, dashed_id
from app.services.database import translate_db_error

__all__ = ["renew_records"]

Progress = Callable[[int, int], None]
_BATCH = 500  # rows re-encrypted between two progress reports


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
            for table in tables:
                columns = [*table.encrypted, SEAL_COLUMN]
                sql = (f"UPDATE {quote(table.name)} SET "
                       f"{', '.join(f'{quote(c)} = ?' for c in columns)} WHERE id = ?")
                for batch in _batches(s, table):
                    conn.exec_driver_sql(sql, [_renewed(table, row, old, new, columns)
                                               for row in batch])
                    done += len(batch)
                    if progress is not None:
                        progress(done, total)
            _write_key_record(s, old, new, meta)
            _count_the_renewal(s, old, new)
            s.execute(RecordIndex.__table__.delete())
            record_lists.rebuild_lists(s)  # every list holds the rows' seals: made again, under the new key
            done += 1
            if progress is not None:
                progress(done, total)
    except (OperationalError, DatabaseError) as exc:  # a full disk, a read-only file
        raise translate_db_error(exc) from exc
    return done


def _batches(s: Session, table: BackupTable) -> Iterator[Sequence[Any]]:
    rows = s.execute(select(*table.export_columns, table.model.__table__.c.row_seal)).all()
    for start in range(0, len(rows), _BATCH):
        yield rows[start:start + _BATCH]


def _renewed(table: BackupTable, row: Sequence[Any], old: KeyRing, new: KeyRing,
             columns: list[str]) -> tuple[Any, ...]:
    """One row's encrypted fields and seal under the new keys, then its id (as stored).

    The fields are moved from one key to the other as bytes (their associated data is the
    same under both keys); the old seal is checked first, so a row changed behind the
    vault's back is refused rather than sealed again as sound."""
    values = dict(zip(table.fields, row[:-1], strict=True))  # ids as stored: 32 hex digits
    model, row_id = table.model, dashed_id(values["id"])
    key_id = table.key_id(values, old)
    try:
        old_aead, old_id = old.opener(key_id)
        _open_seal(old_aead, old_id, model, row_id, values, row[-1])
        new_aead, new_id = new.opener(key_id)
        for name in table.encrypted:
            blob = values[name]
            if blob is not None:
                ad = field_ad(table.ad_name, name, row_id)
                values[name] = seal(new_aead, key_id,
                                    open_sealed_fast(old_aead, old_id, blob, ad), ad)
        values[SEAL_COLUMN] = seal(new_aead, key_id, b"",
                                   associated_data(model, row_id, values))
    except (DecryptionFailed, ValueError, TypeError):
        _refuse(model, row_id)
    return (*(values[c] for c in columns), values["id"])


def _open_seal(aead: Any, key_id: bytes, model: type[Base], row_id: UUID | str,
               values: Mapping[str, Any], blob: bytes | None) -> None:
    """Raise DecryptionFailed unless `blob` is the row's seal over exactly `values`."""
    if blob is None:
        raise DecryptionFailed("the row has no seal")
    open_sealed_fast(aead, key_id, blob, associated_data(model, row_id, values))


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
    identity = meta["backup_identity"]
    values.update({k: v for k, v in meta.items() if k != "backup_identity"})
    values["backup_identity"] = new.seal(
        new.vault_id, VaultMeta.backup_identity.encode(identity),
        field_ad(VaultMeta.__ad_table__, "backup_identity", values["id"]))
    values[SEAL_COLUMN] = new.seal(new.vault_id, b"",
                                   associated_data(VaultMeta, values["id"], values))
    row_id = values.pop("id")
    s.execute(table.update().where(table.c.id == row_id).values(**values))
