"""Restoring a backup into a NEW vault: the vault is created under a temporary name, filled with
every record of the archive (sealed with the new vault's keys) in one transaction, and appears
at its name only when complete.

The archive is opened as `app.services.backup_check` opens it for verifying, and mapped to the
models by `app.services.backup_tables`, the mapping that writing a backup uses.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import Engine, delete, insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.backup.errors import BackupDamaged, BackupTooNew
from app.backup.keys import BackupKey
from app.backup.manifest import DamagedRecord, Manifest
from app.backup.reader import BackupReader, Progress
from app.crypto import kdf
from app.crypto.envelope import wipe
from app.crypto.keyring import KeyRing
from app.errors import BadInput, VaultExists
from app.models import ALL_MODELS, Client, ClientKey, VaultMeta
from app.models.record_index import listed
from app.models.row_seal import SEAL_COLUMN, associated_data
from app.services.backup_tables import (
    BATCH,
    FORMER_NAMES,
    KEYS_TABLES,
    SHAPES,
    TABLES,
    TABLES_BY_NAME,
    BackupTable,
    Resealer,
)
from app.services.database import Database
from app.services.record_lists import owner_column, rebuild
from app.services.vault import Vault

__all__ = ["RestoreReport", "restore_backup"]


@dataclass(frozen=True, slots=True)
class RestoreReport:
    path: Path
    records: int
    made_at: datetime
    recovery_key: str  # the NEW vault's recovery key: show it once, like after creating a vault
    backup_key_kept: bool  # False when opened with someone else's key: the vault has a new one
    damaged: tuple[DamagedRecord, ...]
    authenticated: bool  # as in VerifyReport: False when nothing could confirm who made it
    # The restored vault, open and unlocked (``open_vault=True``): the caller closes it.
    vault: Vault | None = None


def _check_restorable(manifest: Manifest) -> None:
    """Refuse, before anything is created, an archive whose records this version cannot
    store without losing some of them."""
    listed = {part.table for part in manifest.parts}
    if any(old in listed and new in listed for old, new in FORMER_NAMES.items()):
        raise BackupDamaged("This backup lists the same kind of records twice.")
    for part in manifest.parts:
        table = TABLES_BY_NAME.get(part.table)
        if table is None:
            if part.table in KEYS_TABLES:
                continue
            raise BackupTooNew(
                "This backup holds kinds of records this version of Reciprocal does not know "
                "(it was made by a newer version); please update Reciprocal to restore it."
            )
        for name, kind in part.fields.items():
            if name not in table.fields:
                raise BackupTooNew(
                    "This backup holds details this version of Reciprocal does not know (it "
                    "was made by a newer version); please update Reciprocal to restore it."
                )
            if table.fields[name] != kind:
                raise BackupDamaged(
                    f"The '{part.table}' records in this backup are not stored the way "
                    "Reciprocal stores them."
                )


def _publish(temp: Path, target: Path) -> None:
    """Put the finished vault at ``target`` without ever replacing a file that appeared there
    meanwhile (a hard link fails if the name exists; folders without links are checked)."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise VaultExists(f"{target} already exists; choose a new file name for the vault.") from None
    except OSError:
        if target.exists():
            raise VaultExists(
                f"{target} already exists; choose a new file name for the vault."
            ) from None
        os.replace(temp, target)
    else:
        temp.unlink()


def restore_backup(path: Path | str, key: BackupKey, target: Path | str, passphrase: str, *,
                   kdf_params: kdf.KdfParams | None = None,
                   progress: Progress | None = None,
                   open_vault: bool = False) -> RestoreReport:
    """Restore a backup into a NEW vault at ``target`` (an existing file is refused and left
    untouched) protected by ``passphrase``. The vault is built under a temporary name and
    appears at ``target`` only when complete. ``kdf_params`` None = calibrate for this computer.
    ``progress(0, total)`` comes once the backup has opened, before the new vault is made.
    Opened with the backup's own key, a missing or wrong seal is damage (nothing is restored);
    so is, opened with the practice's own key (``key.own``), a backup that names another
    practice's key. Opened with another key (a custodian's) it restores, and the report says
    that nothing confirmed who made the backup. ``open_vault``: the report holds the restored
    vault, open and unlocked with the key made for it (one key derivation in all, not a second
    one to unlock it)."""
    path = Path(path).expanduser().absolute()
    target = Path(target).expanduser().absolute()
    if target.exists():
        raise VaultExists(f"{target} already exists; choose a new file name for the vault.")
    if not target.parent.is_dir():
        raise BadInput(f"The folder {target.parent} does not exist.")
    if not os.access(target.parent, os.W_OK):
        raise BadInput(f"Reciprocal cannot write to the folder {target.parent}.")
    if not passphrase:
        raise BadInput("The passphrase cannot be empty.")
    with BackupReader.open(path, list(key.identities), shapes=SHAPES, own=key.own) as reader:
        _check_restorable(reader.manifest)
        if progress is not None:
            progress(0, reader.manifest.total_records)  # opened: the slow part starts
        temp = target.with_name(f".{target.name}.restoring-{secrets.token_hex(4)}")
        dek: bytearray | None = None
        try:
            vault, recovery_key = Vault.create(temp, passphrase, kdf_params=kdf_params)
            with vault:
                database = vault.fresh_database()
                with _building(database.engine):
                    records, kept, written = _fill(database, reader, key, progress)
                    # the lists of which records exist, for the new vault
                    rebuild(database, written.by_owner(), written.tables)
                if open_vault:
                    dek = vault.handover_key()
            _publish(temp, target)
        except BaseException:
            if dek is not None:
                wipe(dek)
            raise
        finally:
            for leftover in ("", "-wal", "-shm", ".lock", ".partial", ".partial-wal",
                             ".partial-shm"):
                Path(f"{temp}{leftover}").unlink(missing_ok=True)
        manifest = reader.manifest
        authenticated = reader.authenticated
    opened = Vault.open_created(target, dek) if dek is not None else None
    return RestoreReport(target, records, manifest.created_at, recovery_key, kept,
                         manifest.damaged, authenticated, opened)


# -- filling the new vault ---------------------------------------------------------------
@contextmanager
def _building(engine: Engine) -> Iterator[None]:
    """While the new vault, not yet at its name, is filled in one large transaction: its
    rollback journal in memory, so every page is written once rather than to the write-ahead
    log and then again into the file (half the bytes written); WAL afterwards, as always
    (app/services/database.py). Nothing in it is plaintext, and a crash leaves only a partial
    file that is never used. Were another connection open, SQLite would keep WAL: slower, no
    harm."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=MEMORY")
    try:
        yield
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")


class _Written:
    """The rows a restore inserted in bulk, as the record lists name them (`rebuild`): by
    table, id and seal as stored, under their owner's id as stored."""

    def __init__(self) -> None:
        self.tables: set[str] = set()
        self._rows: dict[str | None, list[tuple[str, str, bytes | None]]] = {}

    def add(self, table: BackupTable, columns: Sequence[Any]) -> Callable[[Sequence[Any]], None]:
        """The function noting one row of ``table`` as inserted into ``columns``."""
        self.tables.add(table.name)
        names = [c.name for c in columns]
        at_id, at_seal = names.index("id"), names.index(SEAL_COLUMN)
        owner = owner_column(table.model)
        at_owner = names.index(owner) if owner in names else None
        rows, name = self._rows, table.name

        def note(row: Sequence[Any]) -> None:
            key = None if at_owner is None else row[at_owner]
            rows.setdefault(key, []).append((name, row[at_id], row[at_seal]))
        return note

    def by_owner(self) -> dict[UUID | None, list[tuple[str, str, bytes | None]]]:
        return {None if owner is None else UUID(owner): rows
                for owner, rows in self._rows.items()}


def _fill(db: Database, reader: BackupReader, key: BackupKey,
          progress: Progress | None) -> tuple[int, bool, _Written]:
    """Replace everything but the keys with the archive's records, in one transaction
    (a damaged part rolls all of it back). Returns (records, backup key kept, the rows
    inserted in bulk)."""
    keyring = db.keyring
    assert keyring is not None
    manifest = reader.manifest
    total, done = manifest.total_records, 0
    resealer = Resealer(keyring, db.engine.dialect)
    written = _Written()
    try:
        with db.begin() as s:
            for model in reversed(ALL_MODELS):
                if model.__tablename__ not in KEYS_TABLES:
                    s.execute(delete(model))
            for table in TABLES:
                # An older backup lists a renamed table under its former name.
                names = (table.name, *(old for old, new in FORMER_NAMES.items()
                                       if new == table.name))
                part = next((p for p in map(manifest.part, names) if p is not None), None)
                if part is None:
                    continue
                if table.name in KEYS_TABLES:
                    done += sum(1 for _ in reader.records(part, decode=False))  # checked, not copied
                    continue
                records = reader.records(part, decode=False)
                for count in _insert_part(s, table, part.fields, records, keyring, resealer,
                                          written):
                    done += count
                    if progress is not None:
                        progress(done, total)
            for part in manifest.parts:
                if part.table not in TABLES_BY_NAME:  # listed by an older version: check it too
                    done += sum(1 for _ in reader.records(part, decode=False))
            kept = _adopt_backup_key(s, keyring.vault_id, manifest, key)
    except IntegrityError:
        raise BackupDamaged(
            "The backup's records do not fit together (one refers to a record that is not "
            "there), so nothing was restored."
        ) from None
    return done, kept, written


def _insert_part(s: Session, table: BackupTable, fields: Iterable[str],
                 records: Iterator[dict[str, Any]], keyring: KeyRing,
                 resealer: Resealer, written: _Written) -> Iterator[int]:
    """Insert one part in batches (a client's new key is made before their first row is
    sealed), each row noted in ``written`` if it is on the record lists; yields how many
    rows each batch inserted.

    Values are sealed and converted by `Resealer` (SQLAlchemy's own type conversion), then go
    in one DB-API executemany per batch: building Core parameters row by row costs as much
    again as SQLite's work. A field missing from an older backup is left to the database, as
    a migration leaves it for existing rows.
    """
    conn = s.connection()
    quote = conn.dialect.identifier_preparer.quote
    wanted = {*fields, SEAL_COLUMN}
    columns = [c for c in table.model.__table__.columns if c.name in wanted]
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    new_keys: list[dict[str, Any]] = []
    if table.model is Client:
        records = _with_new_keys(records, keyring, resealer, new_keys)
    note = written.add(table, columns) if listed(table.model) else None
    batch: list[tuple[Any, ...]] = []
    for row in resealer.rows(table, columns, records):
        batch.append(row)
        if note is not None:
            note(row)
        if len(batch) >= BATCH:
            conn.exec_driver_sql(sql, batch)
            yield len(batch)
            batch = []
    if batch:
        conn.exec_driver_sql(sql, batch)
        yield len(batch)
    if new_keys:
        s.execute(insert(ClientKey.__table__), new_keys)


def _with_new_keys(records: Iterator[dict[str, Any]], keyring: KeyRing, resealer: Resealer,
                   new_keys: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The client records, each client's new key made (and its row sealed) before theirs."""
    for record in records:
        client_id = resealer.uuid(record["id"])
        key_id = uuid4()
        key_row: dict[str, Any] = {"id": key_id, "client_id": client_id,
                                   "wrapped": keyring.new_client_key(client_id)}
        key_row[SEAL_COLUMN] = keyring.seal(
            keyring.vault_id, b"", associated_data(ClientKey, key_id, key_row))
        new_keys.append(key_row)
        yield record


def _adopt_backup_key(s: Session, vault_id: UUID, manifest: Manifest, key: BackupKey) -> bool:
    """Keep the original vault's backup identity when the key that opened the archive is it,
    so old backups and their backup-key.age keep working with the restored vault."""
    secret = key.secret_for(manifest.backup_recipient)
    if secret is None:
        return False
    meta = s.get(VaultMeta, vault_id)
    assert meta is not None
    meta.backup_identity = secret
    meta.backup_recipient = manifest.backup_recipient
    return True
