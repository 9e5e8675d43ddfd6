"""Backups of the whole practice: write (from an unlocked vault), verify, and restore into a new
vault. The archive format lives in `app.backup`; this module maps the vault's models to it.

The mapping is generic: every model in ALL_MODELS becomes one part, every column one field
(encrypted attributes decrypted, plaintext columns as they are; a JSON field's declared shape is
checked when a backup is read), so a new table or column is backed up without touching this
file. Only key material stays behind (see `NOT_BACKED_UP`):
a restored vault gets new keys, so wrapped keys would be useless in a backup and would only give
someone who opens it something to guess the passphrase against.
"""

from __future__ import annotations

import functools
import os
import re
import secrets
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from pyrage import x25519
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    TypeDecorator,
    Uuid,
    delete,
    func,
    insert,
    select,
    type_coerce,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import __version__
from app.backup.atomic import write_atomically
from app.backup.encryption import looks_like_age, parse_recipient
from app.backup.errors import BackupDamaged, BackupTooNew
from app.backup.keys import (
    BACKUP_KEY_NAME,
    BackupKey,
    identity_file_text,
    is_protected_key_file,
    parse_identities,
    protect_identity,
    read_identity_file,
)
from app.backup.manifest import DamagedRecord, Manifest
from app.backup.reader import BackupReader, Progress, Shapes
from app.backup.rotation import DEFAULT_KEEP, BackupFile, list_backups, next_backup_path, rotate
from app.backup.writer import ArchiveHeader, ArchiveWriter
from app.crypto import kdf
from app.crypto.backup_identity import recipient_of
from app.crypto.envelope import field_ad, open_sealed_fast
from app.crypto.errors import DecryptionFailed
from app.crypto.keyring import KeyRing
from app.errors import BadInput, IntegrityFailure, VaultExists
from app.models import ALL_MODELS, Base, Client, ClientKey, PracticeProfile, VaultMeta
from app.models import schema as migrations
from app.models.base import Encrypted
from app.models.shapes import Shape
from app.services.database import Database
from app.services.disclosures import Disclosures
from app.services.passphrase import check_passphrase

__all__ = [
    "BACKUP_KEY_NAME",
    "DEFAULT_KEEP",
    "REMINDER_DAYS",
    "BackupFile",
    "BackupKey",
    "BackupResult",
    "Backups",
    "RestoreReport",
    "VerifyReport",
    "backup_key_from_text",
    "is_protected_key_file",
    "list_backups",
    "read_identity_file",
    "restore_backup",
    "verify_backup",
]

REMINDER_DAYS = 7

# Key material: never written to a backup. None = the whole table.
NOT_BACKED_UP: dict[str, frozenset[str] | None] = {
    "client_key": None,
    "vault_meta": frozenset({
        "kdf_salt", "kdf_memory_kib", "kdf_iterations", "kdf_lanes",
        "dek_by_passphrase", "dek_by_recovery", "backup_identity",
    }),
}
# Restored by making new keys, not by copying rows.
_KEYS_TABLES = {VaultMeta.__tablename__, ClientKey.__tablename__}
_BATCH = 1000


# -- the generic mapping: model <-> part -----------------------------------------------------
def _column_kind(column: Any) -> str:
    column_type = column.type
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    for sql_type, kind in ((Uuid, "uuid"), (DateTime, "datetime"), (Date, "date"),
                           (Boolean, "boolean"), (Integer, "integer"), (String, "text"),
                           (LargeBinary, "bytes")):
        if isinstance(column_type, sql_type):
            return kind
    raise TypeError(f"no backup kind for {column.table.name}.{column.name} ({column.type!r})")


_HEX_ID = re.compile("[0-9a-f]{32}")


@functools.lru_cache(maxsize=4096)
def _uuid_of(text: str) -> UUID:
    return UUID(text)


def _dashed(hex_id: str) -> str:
    """SQLAlchemy stores a Uuid on SQLite as 32 hex digits; the archive uses the usual form."""
    if not _HEX_ID.fullmatch(hex_id):
        return str(UUID(hex_id))  # anything unusual goes the slow, validating way
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


class _Table:
    """One model as one part: its fields (name -> kind, id first), and its encrypted fields
    opened and sealed in bulk.

    A whole-vault export or restore through ORM objects costs several seconds; this works on
    plain column values instead, yet applies the model's own rules: its ``key_id`` (called on a
    stand-in holding the row's values), `field_ad`, and its attributes' codecs. AES-GCM makes a
    mismatch impossible to miss: a field sealed or opened with another key or AD fails its tag.
    """

    def __init__(self, model: type[Base]) -> None:
        table = model.__table__
        left_out = NOT_BACKED_UP.get(table.name) or frozenset()
        self.model = model
        self.name: str = table.name
        self.fields: dict[str, str] = {"id": "uuid"}
        self.encrypted: dict[str, Encrypted[Any]] = {}
        self.shapes: dict[str, Shape] = {}  # what each JSON field must hold when read back
        for column in table.columns:
            if column.name in self.fields or column.name in left_out:
                continue
            if column.name in model.__encrypted__:
                descriptor = getattr(model, column.name)
                assert isinstance(descriptor, Encrypted)
                self.encrypted[column.name] = descriptor
                self.fields[column.name] = descriptor.codec
                if descriptor.shape is not None:
                    self.shapes[column.name] = descriptor.shape
            else:
                self.fields[column.name] = _column_kind(column)
        self.uuid_fields = [name for name, kind in self.fields.items() if kind == "uuid"]
        # Exporting reads ids as their stored hex text: building and formatting ~400,000 UUID
        # objects would cost a third of a whole-practice backup.
        self.export_columns = [
            type_coerce(table.c[name], String) if kind == "uuid" else table.c[name]
            for name, kind in self.fields.items()
        ]
        self._values = type(f"{model.__name__}Values", (), {"__key_owner__": model.__key_owner__})

    def key_id(self, values: dict[str, Any], keyring: KeyRing) -> UUID:
        """The key that seals this row, by the model's own rule (ids may be text on export)."""
        stand_in = self._values()
        stand_in.__dict__.update(values)
        key_id = self.model.key_id(stand_in, keyring)  # type: ignore[arg-type]
        return key_id if isinstance(key_id, UUID) else _uuid_of(key_id)

    def exported(self, row: Sequence[Any]) -> dict[str, Any]:
        """A row read through `export_columns`, ids as canonical text (``8-4-4-4-12``)."""
        values = dict(zip(self.fields, row, strict=True))
        for name in self.uuid_fields:
            hex_id = values[name]
            if hex_id is not None:
                values[name] = _dashed(hex_id)
        return values

    def opened(self, values: dict[str, Any], keyring: KeyRing,
               damaged: list[DamagedRecord]) -> dict[str, Any]:
        """A row's column values with its encrypted fields decrypted. A field that fails its
        integrity check becomes None and the record is listed as damaged (the rest of the
        backup is still made)."""
        try:
            aead, key_id_bytes = keyring.opener(self.key_id(values, keyring))
        except DecryptionFailed:
            aead = None  # no key for this record: every field it has is lost
        lost = []
        for name, descriptor in self.encrypted.items():
            blob = values[name]
            if blob is None:
                continue
            try:
                if aead is None:
                    raise DecryptionFailed("no key for this record")
                ad = field_ad(self.name, name, values["id"])
                values[name] = descriptor.decode(open_sealed_fast(aead, key_id_bytes, blob, ad))
            except (DecryptionFailed, ValueError):
                values[name] = None
                lost.append(name)
        if lost:
            damaged.append(DamagedRecord(self.name, str(values["id"]), tuple(lost)))
        return values

    def sealed(self, record: dict[str, Any], keyring: KeyRing) -> dict[str, Any]:
        """A record's values ready to insert: encrypted fields sealed with the new vault's
        keys, bound to this table, column and row."""
        key_id = self.key_id(record, keyring)
        if not keyring.has_key(key_id):
            raise BackupDamaged(
                f"A '{self.name}' record belongs to a client who is not in the backup."
            )
        for name, descriptor in self.encrypted.items():
            value = record.get(name)
            if value is not None:
                ad = field_ad(self.name, name, record["id"])
                record[name] = keyring.seal(key_id, descriptor.encode(value), ad)
        return record


TABLES: tuple[_Table, ...] = tuple(
    _Table(m) for m in ALL_MODELS
    if not (m.__tablename__ in NOT_BACKED_UP and NOT_BACKED_UP[m.__tablename__] is None)
)
_BY_NAME = {t.name: t for t in TABLES}
SHAPES: Shapes = {t.name: t.shapes for t in TABLES}


# -- results --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    made_at: datetime
    records: int
    size_bytes: int
    recipients: tuple[str, ...]  # the vault's backup key first, then any extra people
    damaged: tuple[DamagedRecord, ...]  # records whose unreadable fields are empty in it
    removed: tuple[Path, ...] = ()  # older backups removed by rotation


@dataclass(frozen=True, slots=True)
class VerifyReport:
    path: Path
    format_version: str
    app_version: str
    made_at: datetime
    vault_id: UUID
    records: int
    parts: tuple[tuple[str, int], ...]  # (table, records)
    damaged: tuple[DamagedRecord, ...]
    # True: opened with the backup's own key and its seal checked, so this practice's Reciprocal
    # made it and nothing changed since. False: opened with another key (a custodian's), which
    # cannot tell who made it.
    authenticated: bool


@dataclass(frozen=True, slots=True)
class RestoreReport:
    path: Path
    records: int
    made_at: datetime
    recovery_key: str  # the NEW vault's recovery key: show it once, like after creating a vault
    backup_key_kept: bool  # False when opened with someone else's key: the vault has a new one
    damaged: tuple[DamagedRecord, ...]
    authenticated: bool  # as in VerifyReport: False when nothing could confirm who made it


def _recipients(own: str, *extra: Iterable[str]) -> list[x25519.Recipient]:
    """The vault's own backup key, always first, then the extra people, without repeats."""
    seen: list[str] = []
    for key in (own, *(k.strip() for group in extra for k in group)):
        if key and key not in seen:
            seen.append(key)
    return [parse_recipient(k) for k in seen]


def _profile_recipients(profile: PracticeProfile | None) -> list[str]:
    """The extra recipients from Settings (the profile service stores a list of age keys)."""
    stored = profile.backup_recipients if profile is not None else None
    return [k for k in stored if isinstance(k, str)] if isinstance(stored, list) else []


def _describe_recipients(recipients: Sequence[x25519.Recipient], own: str) -> str:
    others = [str(r) for r in recipients if str(r) != own]
    text = f"the practice's own backup key ({own})"
    return text if not others else f"{text} and {', '.join(others)}"


# -- writing (needs the unlocked vault) -----------------------------------------------------
class Backups:
    """Backups of this (unlocked) vault. Slow work: run it off the UI thread."""

    def __init__(self, db: Database, disclosures: Disclosures) -> None:
        self._db = db
        self._disclosures = disclosures

    def _vault_path(self) -> Path:
        return Path(self._db.engine.url.database or "").absolute()

    def _check_target(self, out: Path) -> None:
        vault = self._vault_path().resolve()
        if out.resolve() in {vault, *(vault.with_name(vault.name + s)
                                      for s in ("-wal", "-shm", ".lock"))}:
            raise BadInput("A backup cannot be written over the vault or its working files.")
        if out.is_dir():
            raise BadInput(f"{out} is a folder; give a file name for the backup.")
        if not out.parent.is_dir():
            raise BadInput(f"The folder {out.parent} does not exist.")
        if out.exists():
            try:
                with out.open("rb") as handle:
                    head = handle.read(64)
            except OSError:
                head = b""
            if not looks_like_age(head):
                raise BadInput(
                    f"{out} already exists and is not a backup; choose another file name."
                )

    def write(self, out: Path | str, *, extra_recipients: Iterable[str] = (),
              progress: Progress | None = None) -> BackupResult:
        """Write a backup of every record to ``out`` (atomically: complete or not there),
        encrypted to the vault's backup key, the profile's extra recipients and
        ``extra_recipients``, and log it in the disclosure log."""
        out = Path(out).expanduser().absolute()
        self._check_target(out)
        extra = list(extra_recipients)
        for key in extra:
            parse_recipient(key)
        writer: ArchiveWriter | None = None
        try:
            with self._db.begin() as s:  # one read transaction: a consistent snapshot
                meta = s.scalars(select(VaultMeta)).one()
                profile = s.scalars(select(PracticeProfile)).first()
                # The plaintext column could be rewritten by anyone who can write the file;
                # the identity is sealed and bound to the vault, so the recipient comes from it.
                identity = meta.backup_identity
                if not identity or recipient_of(identity) != meta.backup_recipient:
                    raise IntegrityFailure(
                        "The vault's backup key record has been changed, so no backup was "
                        "written; run a check and restore from a backup if needed.",
                        (("vault settings", str(meta.id)),),
                    )
                own = meta.backup_recipient
                recipients = _recipients(own, _profile_recipients(profile), extra)
                header = ArchiveHeader(
                    app_version=__version__,
                    created_at=datetime.now().astimezone().replace(microsecond=0),
                    vault_id=meta.id,
                    backup_recipient=own,
                    schema_revision=migrations.current_revision(s.connection()) or "",
                )
                writer = ArchiveWriter(header)
                manifest = self._write_parts(s, writer, progress, identity)
            writer.encrypt_to(out, recipients)
        finally:
            if writer is not None:
                writer.discard()
        size = out.stat().st_size
        self._disclosures.log(
            "backup",
            f"Encrypted backup of the whole practice ({manifest.total_records} records), "
            f"file {out.name}",
            f"Whoever holds {_describe_recipients(recipients, own)}",
        )
        return BackupResult(out, header.created_at.replace(tzinfo=None), manifest.total_records,
                            size, tuple(str(r) for r in recipients), manifest.damaged)

    def _write_parts(self, s: Session, writer: ArchiveWriter, progress: Progress | None,
                     identity: str) -> Manifest:
        keyring = self._db.keyring
        assert keyring is not None
        conn = s.connection()
        total = sum(s.scalar(select(func.count()).select_from(t.model)) or 0 for t in TABLES)
        done = 0
        damaged: list[DamagedRecord] = []

        def rows(table: _Table) -> Iterator[dict[str, Any]]:
            nonlocal done
            query = select(*table.export_columns).order_by(table.export_columns[0])
            for row in conn.execute(query.execution_options(yield_per=_BATCH)):
                yield table.opened(table.exported(row), keyring, damaged)
                done += 1
                if progress is not None and done % _BATCH == 0:
                    progress(done, total)

        for table in TABLES:
            writer.add_part(table.name, table.fields, rows(table))
        if progress is not None:
            progress(done, total)
        return writer.finish(damaged, identity=identity)

    def write_to_folder(self, folder: Path | str, *, keep: int = DEFAULT_KEEP,
                        progress: Progress | None = None) -> BackupResult:
        """Write ``reciprocal-backup-YYYYmmdd-HHMMSS.age`` into ``folder``, then keep only the
        newest ``keep`` backups there. Extra recipients come from the practice profile."""
        folder = Path(folder).expanduser().absolute()
        if not folder.is_dir():
            raise BadInput(f"The backup folder {folder} does not exist (is the drive plugged in?).")
        result = self.write(next_backup_path(folder, datetime.now()), progress=progress)
        removed = rotate(folder, keep, protect=result.path)
        return BackupResult(result.path, result.made_at, result.records, result.size_bytes,
                            result.recipients, result.damaged, tuple(removed))

    def write_backup_key(self, folder: Path | str, passphrase: str) -> Path:
        """Write ``backup-key.age`` into ``folder``: the vault's backup identity, protected by
        the vault's passphrase, so a backup opens with the passphrase alone (or with
        ``age -d -i backup-key.age``). Call it after unlocking and after a passphrase change.
        Raises WrongPassphrase if ``passphrase`` is not the vault's."""
        folder = Path(folder).expanduser().absolute()
        if not folder.is_dir():
            raise BadInput(f"The backup folder {folder} does not exist.")
        with self._db.begin() as s:
            meta = s.scalars(select(VaultMeta)).one()
            _check_passphrase(meta, passphrase)
            text = identity_file_text(meta.backup_identity or "", meta.id, datetime.now())
        data = protect_identity(text, passphrase)
        path = folder / BACKUP_KEY_NAME
        write_atomically(path, lambda handle: handle.write(data), what="backup key")
        return path

    def backup_key_current(self, folder: Path | str) -> bool:
        """True when ``folder`` holds a ``backup-key.age`` written since the passphrase last
        changed, so it opens with today's passphrase; False when it is missing or older. Lets
        the app rewrite it only when needed (writing costs a second of scrypt). The change is
        stored to the second, so a file from that same second counts as older."""
        path = Path(folder).expanduser() / BACKUP_KEY_NAME
        with self._db.begin() as s:
            changed = s.scalars(select(VaultMeta.passphrase_changed_at)).one()
        try:
            written = datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            return False
        return written >= changed + timedelta(seconds=1)

    def last_backup_at(self) -> datetime | None:
        """When the last backup was made, from the disclosure log (so it is known even when
        the backup drive is not plugged in)."""
        made = [d.at for d in self._disclosures.list() if d.action == "backup" and not d.damaged]
        return max(made, default=None)

    def reminder_due(self, today: date | None = None) -> bool:
        """True when there is no backup yet or the last is older than REMINDER_DAYS."""
        last = self.last_backup_at()
        today = today or date.today()
        return last is None or last.date() < today - timedelta(days=REMINDER_DAYS)

    # -- restoring into this vault (only ever a brand-new one: see restore_backup) ---------
    def _fill(self, reader: BackupReader, key: BackupKey,
              progress: Progress | None) -> tuple[int, bool]:
        """Replace everything but the keys with the archive's records, in one transaction
        (a damaged part rolls all of it back). Returns (records, backup key kept)."""
        keyring = self._db.keyring
        assert keyring is not None
        manifest = reader.manifest
        total, done = manifest.total_records, 0
        try:
            with self._db.begin() as s:
                for model in reversed(ALL_MODELS):
                    if model.__tablename__ not in _KEYS_TABLES:
                        s.execute(delete(model))
                for table in TABLES:
                    part = manifest.part(table.name)
                    if part is None:
                        continue
                    if table.name in _KEYS_TABLES:
                        done += sum(1 for _ in reader.records(part, decode=False))  # checked, not copied
                        continue
                    for count in _insert_part(s, table, part.fields, reader.records(part), keyring):
                        done += count
                        if progress is not None:
                            progress(done, total)
                for part in manifest.parts:
                    if part.table not in _BY_NAME:  # listed by an older version: check it too
                        done += sum(1 for _ in reader.records(part, decode=False))
                kept = _adopt_backup_key(s, keyring.vault_id, manifest, key)
        except IntegrityError:
            raise BackupDamaged(
                "The backup's records do not fit together (one refers to a record that is not "
                "there), so nothing was restored."
            ) from None
        return done, kept


def _insert_part(s: Session, table: _Table, fields: Iterable[str],
                 records: Iterator[dict[str, Any]], keyring: KeyRing) -> Iterator[int]:
    """Insert one part in batches (a client's new key is made before their first row is
    sealed); yields how many rows each batch inserted.

    Values go through SQLAlchemy's own type conversion, then one DB-API executemany per batch:
    building Core parameters row by row costs as much again as SQLite's work. A field missing
    from an older backup is left to the database, as a migration leaves it for existing rows.
    """
    conn = s.connection()
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    columns = [c for c in table.model.__table__.columns if c.name in set(fields)]
    names = [c.name for c in columns]
    convert = [None if isinstance(c.type, LargeBinary)  # the DB-API takes bytes as they are
               else c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    batch: list[tuple[Any, ...]] = []
    new_keys: list[dict[str, Any]] = []
    for record in records:
        if table.model is Client:
            new_keys.append({"id": uuid4(), "client_id": record["id"],
                             "wrapped": keyring.new_client_key(record["id"])})
        row = table.sealed(record, keyring)
        batch.append(tuple(
            v if (v := row[n]) is None or f is None else f(v)
            for n, f in zip(names, convert, strict=True)
        ))
        if len(batch) >= _BATCH:
            conn.exec_driver_sql(sql, batch)
            yield len(batch)
            batch = []
    if batch:
        conn.exec_driver_sql(sql, batch)
        yield len(batch)
    if new_keys:
        s.execute(insert(ClientKey.__table__), new_keys)


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


def _check_passphrase(meta: VaultMeta, passphrase: str) -> None:
    params = kdf.KdfParams(meta.kdf_memory_kib, meta.kdf_iterations, meta.kdf_lanes)
    check_passphrase(passphrase, meta.id, meta.kdf_salt, params, meta.dek_by_passphrase)


# -- verifying and restoring (no vault needed) ----------------------------------------------
def backup_key_from_text(text: str) -> BackupKey:
    """A backup key typed or pasted from the recovery sheet (``AGE-SECRET-KEY-1…``)."""
    return BackupKey(parse_identities(text), protected=False)


def verify_backup(path: Path | str, key: BackupKey,
                  progress: Progress | None = None) -> VerifyReport:
    """Decrypt and check every byte, hash, count and record of a backup (and its seal, when
    ``key`` is the backup's own); touches no vault. Raises a BackupError subclass (exit 1, 2
    or 3) naming what is wrong."""
    path = Path(path).expanduser().absolute()
    with BackupReader.open(path, list(key.identities), shapes=SHAPES) as reader:
        records = reader.verify(progress)
        m = reader.manifest
        authenticated = reader.authenticated
    return VerifyReport(path, m.version, m.app_version, m.created_at, m.vault_id, records,
                        tuple((p.table, p.records) for p in m.parts), m.damaged, authenticated)


def _check_restorable(manifest: Manifest) -> None:
    """Refuse, before anything is created, an archive whose records this version cannot
    store without losing some of them."""
    for part in manifest.parts:
        table = _BY_NAME.get(part.table)
        if table is None:
            if part.table in _KEYS_TABLES:
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
                   progress: Progress | None = None) -> RestoreReport:
    """Restore a backup into a NEW vault at ``target`` (an existing file is refused and left
    untouched) protected by ``passphrase``. The vault is built under a temporary name and
    appears at ``target`` only when complete. ``kdf_params`` None = calibrate for this computer.
    ``progress(0, total)`` comes once the backup has opened, before the new vault is made.
    Opened with the backup's own key, a missing or wrong seal is damage (nothing is restored);
    opened with another key (a custodian's) it restores, and the report says that nothing
    confirmed who made the backup."""
    from app.services.vault import Vault  # the vault module imports the service registry

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
    with BackupReader.open(path, list(key.identities), shapes=SHAPES) as reader:
        _check_restorable(reader.manifest)
        if progress is not None:
            progress(0, reader.manifest.total_records)  # opened: the slow part starts
        temp = target.with_name(f".{target.name}.restoring-{secrets.token_hex(4)}")
        try:
            vault, recovery_key = Vault.create(temp, passphrase, kdf_params=kdf_params)
            with vault:
                records, kept = vault.services.backups._fill(reader, key, progress)
            _publish(temp, target)
        finally:
            for leftover in ("", "-wal", "-shm", ".lock", ".partial", ".partial-wal",
                             ".partial-shm"):
                Path(f"{temp}{leftover}").unlink(missing_ok=True)
        manifest = reader.manifest
        authenticated = reader.authenticated
    return RestoreReport(target, records, manifest.created_at, recovery_key, kept,
                         manifest.damaged, authenticated)

