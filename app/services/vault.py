"""Vault lifecycle: create, open, unlock (passphrase or recovery key), lock, change passphrase,
check every record, close.

A `Vault` holds the single-process lock from `open()` to `close()`; between `unlock()` and
`lock()` it also holds the keys and exposes the use-case services (`vault.clients`, …). Locking
wipes the keys and drops every service, so nothing decrypted outlives a lock.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from uuid import UUID, uuid4

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from app.backup.atomic import fsync_folder
from app.crypto import kdf
from app.crypto.backup_identity import new_backup_identity, recipient_of
from app.crypto.envelope import new_key, wipe
from app.crypto.errors import BadRecoveryKey, DecryptionFailed
from app.crypto.keyring import KeyRing, unwrap_key, wrap_ad, wrap_key
from app.crypto.recovery import format_recovery_key, new_recovery_key, parse_recovery_key
from app.errors import (
    BadInput,
    IntegrityFailure,
    NotAllowed,
    NotAVault,
    VaultExists,
    VaultLocked,
    WrongKey,
)
from app.models import ALL_MODELS, Base, ClientKey, PracticeProfile, VaultMeta, WriteCounter
from app.models import schema as migrations
from app.services import record_lists, seen_writes
from app.services.database import Database, make_engine, translate_db_error
from app.services.key_renewal import renew_records
from app.services.passphrase import (
    ROWS_SEALED_MARK,
    SCHEMA_SET_BACK,
    check_passphrase,
    unlock_data_key,
    wrap_data_key,
)
from app.services.registry import Services
from app.services.row_seals import ENVELOPED_SINCE, SEALED_SINCE, convert_to_envelopes
from app.services.vault_lock import VaultLock, refuse_hard_links

COUNTED_SINCE = "0005"  # the schema revision that added the write counter
OLDER_COPY = (
    "This vault file is older than the one this computer last opened: it holds fewer saves. "
    "If you did not put back an older copy yourself, someone may have replaced it; compare it "
    "with your latest backup before you go on."
)

# What loading raises when a stored plaintext value cannot become a date, number or UUID
# (app/models/checked_types.py turns most of these into IntegrityFailure).
_UNCONVERTIBLE = (ValueError, TypeError, OverflowError, IntegrityFailure)


@dataclass(frozen=True, slots=True)
class DamagedRecord:
    kind: str
    id: str


@dataclass(frozen=True, slots=True)
class CheckReport:
    records_checked: int
    damaged: tuple[DamagedRecord, ...]

    @property
    def ok(self) -> bool:
        return not self.damaged


@dataclass(frozen=True, slots=True)
class KeysRenewed:
    recovery_key: str  # the NEW recovery key: show it once, like after creating a vault
    records: int


@dataclass(frozen=True, slots=True)
class _Meta:
    vault_id: UUID
    salt: bytes
    params: kdf.KdfParams
    dek_by_passphrase: bytes
    dek_by_recovery: bytes
    revision: str | None  # the schema revision the file says it is at


def _recovery_ad(vault_id: UUID) -> bytes:
    """The recovery wrap's associated data: the vault, and that its rows are sealed."""
    return _unsealed_recovery_ad(vault_id) + ROWS_SEALED_MARK


def _unsealed_recovery_ad(vault_id: UUID) -> bytes:
    """The recovery wrap's associated data before the rows-sealed mark was bound into it."""
    return wrap_ad("recovery", vault_id)


def _refuse_set_back(meta: _Meta) -> None:
    """A wrap with the rows-sealed mark in a file whose schema is from before row seals: the
    seals were taken away, and sealing again at this unlock would accept any tampering."""
    if (meta.revision or "") < SEALED_SINCE:
        raise IntegrityFailure(SCHEMA_SET_BACK, (("vault settings", str(meta.vault_id)),))


def _check_vault_path(path: Path) -> None:
    if path.is_dir():
        raise NotAVault(f"{path} is a folder, not a vault file.")
    if not path.exists():
        raise BadInput(f"There is no vault at {path}.")
    if not os.access(path, os.R_OK):
        raise BadInput(f"The vault file {path} cannot be read (check its permissions).")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise BadInput(
            f"The vault file {path} is read-only; Reciprocal needs to be able to save to it."
        )


def _loadable_rows(s: Session, model: type[Base]) -> tuple[list[Base], list[str]]:
    """Every row of `model` that loads, and the ids of those that do not: a tampered plaintext
    column (a date or id that is not one) fails while it is converted, and must be reported as
    a damaged record rather than stop the check."""
    try:
        return list(s.scalars(select(model))), []
    except _UNCONVERTIBLE:
        pass
    rows: list[Base] = []
    unreadable: list[str] = []
    for (raw_id,) in s.execute(text(f'SELECT id FROM "{model.__tablename__}"')):
        try:
            row = s.get(model, UUID(str(raw_id)))
        except _UNCONVERTIBLE:
            row = None
        if row is None:
            unreadable.append(str(raw_id))
        else:
            rows.append(row)
    return rows, unreadable


def _check_file_header(path: Path) -> None:
    """Look at the file before SQLite does: SQLite would write a new database into an empty
    file, and notices a cut-off file only when it reaches the missing pages."""
    with path.open("rb") as f:
        header = f.read(100)
    if not header.startswith(b"SQLite format 3\x00"):
        raise NotAVault("This file is not a Reciprocal vault.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is current unless a write-ahead log still holds pages.
    wal = path.with_name(path.name + "-wal")
    wal_pending = wal.exists() and wal.stat().st_size > 0
    size_known = len(header) == 100 and pages > 0 and header[24:28] == header[92:96]
    if len(header) < 100 or (
        size_known and not wal_pending and path.stat().st_size < pages * page_size
    ):
        raise IntegrityFailure(
            "The vault file is damaged (truncated or corrupted); restore it from a backup.",
            (("database file", "structure"),),
        )


def _recipient_matches(meta: VaultMeta) -> bool:
    """The plaintext backup recipient must be the public half of the sealed identity: anyone
    who can write the file could otherwise point every future backup at their own key."""
    try:
        return recipient_of(meta.backup_identity or "") == meta.backup_recipient
    except Exception:  # pyrage's IdentityError: a malformed identity is damage too
        return False


class Vault:
    """An open vault file. Use `Vault.open(path)` or `Vault.create(path, passphrase)`."""

    def __init__(self, path: Path, lock: VaultLock, engine: Engine, meta: _Meta) -> None:
        self.path = path
        self._lock: VaultLock | None = lock
        self._engine = engine
        self._meta = meta
        self._db: Database | None = None
        self._services: Services | None = None
        self._fresh = False  # made by `create` and not locked since: see `fresh_database`
        # Set at unlock: the file holds fewer saves than this computer has seen of it.
        self.older_than_seen = False

    # -- opening and creating -------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str) -> Vault:
        """Take the vault's lock and read its (plaintext) key-wrapping metadata; no writes.

        A symbolic link opens the file it points to, under that file's lock (see vault_lock)."""
        path = Path(os.path.realpath(Path(path).expanduser()))
        _check_vault_path(path)
        lock = VaultLock.acquire(path)
        try:
            refuse_hard_links(path)  # after locking: a link made meanwhile is seen too
            _check_file_header(path)
            meta = cls._read_meta(path)
        except BaseException:
            lock.release()
            raise
        return cls(path, lock, make_engine(path), meta)

    @staticmethod
    def _read_meta(path: Path) -> _Meta:
        """Read the key record over a bare connection: the engine's pragmas (WAL mode) would
        rewrite the header of a database that turns out not to be a vault."""
        try:
            with closing(sqlite3.connect(path, timeout=5)) as conn:
                tables = {
                    name
                    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
                if "vault_meta" not in tables:
                    raise NotAVault("This file is not a Reciprocal vault.")
                versions = (
                    conn.execute("SELECT version_num FROM alembic_version").fetchall()
                    if "alembic_version" in tables
                    else []
                )
                revision = versions[0][0] if len(versions) == 1 else None
                row = conn.execute(
                    "SELECT id, kdf_salt, kdf_memory_kib, kdf_iterations, kdf_lanes, "
                    "dek_by_passphrase, dek_by_recovery FROM vault_meta"
                ).fetchall()
        except sqlite3.Error as exc:
            raise translate_db_error(exc) from exc
        if revision not in migrations.known_revisions():
            raise BadInput(
                "This vault was saved by a newer version of Reciprocal; please update the app."
            )
        if len(row) != 1:
            raise IntegrityFailure(
                "The vault's key record is missing or duplicated; restore it from a backup.",
                (("vault settings", "meta"),),
            )
        vid, salt, memory, iterations, lanes, by_pass, by_recovery = row[0]
        try:
            vault_id = UUID(str(vid).replace("-", "")) if not isinstance(vid, UUID) else vid
        except ValueError as exc:
            raise IntegrityFailure(
                "The vault's key record is damaged; restore it from a backup.",
                (("vault settings", str(vid)),),
            ) from exc
        # The salt and Argon2id settings are checked when a passphrase is tried
        # (app/services/passphrase.py), not here: the recovery key needs neither, so a vault
        # whose settings were tampered with can still be recovered (with new settings).
        return _Meta(vault_id, salt, kdf.KdfParams(memory, iterations, lanes), by_pass,
                     by_recovery, revision)

    @classmethod
    def create(
        cls, path: Path | str, passphrase: str, *, kdf_params: kdf.KdfParams | None = None,
        language: str = "en", paper_size: str = "A4",
    ) -> tuple[Vault, str]:
        """Make a new vault and leave it unlocked. Returns it and the recovery key, formatted
        for showing once. The file appears only when complete (built beside it, then renamed).
        `language` and `paper_size` start the practice profile (its handouts' language and
        paper), as the computer it is made on suggests; both can be changed in Settings."""
        path = Path(path).expanduser().absolute()
        if path.exists():
            raise VaultExists(f"{path} already exists; choose a new file name for the vault.")
        if not passphrase:
            raise BadInput("The passphrase cannot be empty.")
        if not path.parent.is_dir():
            raise BadInput(f"The folder {path.parent} does not exist.")
        params = kdf_params or kdf.calibrate()
        vault_id = uuid4()
        dek = new_key()
        salt, by_passphrase = wrap_data_key(passphrase, vault_id, dek, params)
        recovery = new_recovery_key()
        partial = path.with_name(path.name + ".partial")
        for leftover in (partial, partial.with_name(partial.name + "-wal")):
            leftover.unlink(missing_ok=True)
        engine = make_engine(partial)
        try:
            with engine.begin() as conn:
                migrations.upgrade(conn)
            keyring = KeyRing(vault_id, bytearray(dek))
            identity, recipient = new_backup_identity()
            db = Database(engine, keyring)
            with db.begin() as s:
                meta = VaultMeta(
                    id=vault_id,
                    kdf_salt=salt,
                    kdf_memory_kib=params.memory_kib,
                    kdf_iterations=params.iterations,
                    kdf_lanes=params.lanes,
                    dek_by_passphrase=by_passphrase,
                    dek_by_recovery=wrap_key(recovery, vault_id, dek, _recovery_ad(vault_id)),
                    backup_recipient=recipient,
                )
                meta.backup_identity = identity
                s.add(meta)
                s.add(PracticeProfile(backup_recipients=[], locale=language,
                                      paper_size=paper_size))
                s.add(WriteCounter(id=vault_id, count=0))
            db.close()
            keyring.wipe()
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            engine.dispose()
            os.chmod(partial, 0o600)  # SQLite gives its WAL the same mode
            os.replace(partial, path)
            fsync_folder(path.parent)
        except BaseException:
            engine.dispose()
            for leftover in (partial, partial.with_name(partial.name + "-wal"),
                             partial.with_name(partial.name + "-shm")):
                leftover.unlink(missing_ok=True)
            raise
        recovery_text = format_recovery_key(recovery)
        wipe(recovery)
        vault = cls.open(path)
        vault._start(dek)
        vault._fresh = True
        return vault, recovery_text

    # -- unlocking ------------------------------------------------------------------------
    @property
    def vault_id(self) -> UUID:
        return self._meta.vault_id

    @property
    def kdf_params(self) -> kdf.KdfParams:
        return self._meta.params

    @property
    def is_unlocked(self) -> bool:
        return self._services is not None

    def unlock(self, passphrase: str) -> None:
        """Derive the key (slow by design: run off the UI thread) and unlock.

        Raises WrongPassphrase and leaves the file untouched if the passphrase is wrong, and
        IntegrityFailure if the stored key settings are below the floor or above the bounds."""
        self._require_open()
        m = self._meta
        opened = unlock_data_key(passphrase, m.vault_id, m.salt, m.params, m.dek_by_passphrase)
        if opened.rows_sealed:
            try:
                _refuse_set_back(m)
            except IntegrityFailure:
                wipe(opened.dek)
                raise
        self._start(opened.dek)
        if opened.upgraded_wrap is not None:  # made before the settings or the mark were bound
            self._store_passphrase_wrap(m.salt, m.params, opened.upgraded_wrap, changed=False)

    def unlock_with_recovery_key(self, recovery_text: str, new_passphrase: str,
                                 *, kdf_params: kdf.KdfParams | None = None) -> None:
        """Open with the recovery key and set a new passphrase (the old one stops working),
        with freshly calibrated settings (``kdf_params`` only in tests): never the stored ones,
        which may be why the passphrase failed."""
        self._require_open()
        if not new_passphrase:
            raise BadInput("The new passphrase cannot be empty.")
        kdf.normalize_passphrase(new_passphrase)  # a broken character fails before anything opens
        try:
            recovery = parse_recovery_key(recovery_text)
        except BadRecoveryKey as exc:
            raise WrongKey(str(exc)) from exc
        try:
            dek, marked = self._open_recovery_wrap(recovery)
            if marked:
                _refuse_set_back(self._meta)
            self._start(dek)
            try:
                self._set_passphrase(new_passphrase, kdf_params or kdf.calibrate())
                if not marked:  # made before the mark: wrap it again, with the mark
                    self._store_recovery_wrap(
                        wrap_key(recovery, self.vault_id, dek, _recovery_ad(self.vault_id)))
            except BaseException:
                self.lock()  # half-done recovery must not leave the vault open on the old one
                raise
        finally:
            wipe(recovery)

    def _open_recovery_wrap(self, recovery: bytearray) -> tuple[bytearray, bool]:
        """The data key from the recovery wrap, and whether the wrap has the rows-sealed mark."""
        for ad, marked in ((_recovery_ad(self.vault_id), True),
                           (_unsealed_recovery_ad(self.vault_id), False)):
            try:
                return unwrap_key(recovery, self.vault_id, self._meta.dek_by_recovery, ad), marked
            except DecryptionFailed:
                continue
        raise WrongKey("That recovery key does not belong to this vault.")

    def _store_recovery_wrap(self, wrapped: bytes) -> None:
        with self._database().begin() as s:
            meta = s.get(VaultMeta, self.vault_id)
            assert meta is not None
            meta.dek_by_recovery = wrapped
        m = self._meta
        self._meta = replace(m, dek_by_recovery=wrapped)

    def change_passphrase(self, current: str, new: str,
                          *, kdf_params: kdf.KdfParams | None = None) -> None:
        """Rewrap the data key under a new passphrase with freshly calibrated settings
        (``kdf_params`` only in tests); no record is re-encrypted."""
        self._require_unlocked()
        if not new:
            raise BadInput("The new passphrase cannot be empty.")
        m = self._meta
        check_passphrase(current, m.vault_id, m.salt, m.params, m.dek_by_passphrase,
                         wrong="The current passphrase is not right.")
        self._set_passphrase(new, kdf_params or kdf.calibrate())

    def renew_keys(self, current: str, new_passphrase: str | None = None, *,
                   kdf_params: kdf.KdfParams | None = None,
                   progress: Callable[[int, int], None] | None = None) -> KeysRenewed:
        """Re-encrypt every record under a new data key and new client keys, with a new backup
        identity and a new recovery key (app/services/key_renewal.py), protected by
        ``new_passphrase`` or, if None, the current one, with freshly calibrated settings
        (``kdf_params`` only in tests and benchmarks). All or nothing: if it fails or the
        process dies part-way, the vault stays as it was. Returns the NEW recovery key,
        formatted for showing once: the old one, old copies of the file and the old backup
        key no longer open anything written from now on (old backups still open with the
        backup key or recovery sheet they were made with). Raises IntegrityFailure, with
        nothing changed, while any record is damaged or missing."""
        self._require_unlocked()
        if new_passphrase is not None and not new_passphrase:
            raise BadInput("The new passphrase cannot be empty.")
        m = self._meta
        check_passphrase(current, m.vault_id, m.salt, m.params, m.dek_by_passphrase,
                         wrong="The current passphrase is not right.")
        params = kdf_params or kdf.calibrate()
        keyring = KeyRing(self.vault_id, new_key())
        recovery = new_recovery_key()
        try:
            salt, by_passphrase = wrap_data_key(new_passphrase or current, self.vault_id,
                                                keyring.dek, params)
            by_recovery = wrap_key(recovery, self.vault_id, keyring.dek,
                                   _recovery_ad(self.vault_id))
            identity, recipient = new_backup_identity()
            meta: dict[str, object] = {
                "kdf_salt": salt, "kdf_memory_kib": params.memory_kib,
                "kdf_iterations": params.iterations, "kdf_lanes": params.lanes,
                "dek_by_passphrase": by_passphrase, "dek_by_recovery": by_recovery,
                "backup_identity": identity, "backup_recipient": recipient,
            }
            if new_passphrase is not None:
                meta["passphrase_changed_at"] = datetime.now().replace(microsecond=0)
            db = self._database()
            old = db.keyring
            assert old is not None
            records = renew_records(self._engine, old, keyring, meta, progress)
        except BaseException:
            keyring.wipe()
            wipe(recovery)
            raise
        db.use_keyring(keyring)
        old.wipe()
        self._meta = replace(self._meta, salt=salt, params=params,
                             dek_by_passphrase=by_passphrase, dek_by_recovery=by_recovery)
        # The replaced pages were zeroed by secure_delete; move the new ones out of the
        # write-ahead log now, so no old copy waits there for a later checkpoint.
        with self._engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        renewed = KeysRenewed(format_recovery_key(recovery), records)
        wipe(recovery)
        return renewed

    def _set_passphrase(self, passphrase: str, params: kdf.KdfParams) -> None:
        db = self._database()
        assert db.keyring is not None
        salt, wrapped = wrap_data_key(passphrase, self.vault_id, db.keyring.dek, params)
        self._store_passphrase_wrap(salt, params, wrapped, changed=True)

    def _store_passphrase_wrap(self, salt: bytes, params: kdf.KdfParams, wrapped: bytes,
                               *, changed: bool) -> None:
        """Write the passphrase wrap with its salt and settings (`changed`: a new passphrase)."""
        with self._database().begin() as s:
            meta = s.get(VaultMeta, self.vault_id)
            assert meta is not None
            meta.kdf_salt = salt
            meta.kdf_memory_kib = params.memory_kib
            meta.kdf_iterations = params.iterations
            meta.kdf_lanes = params.lanes
            meta.dek_by_passphrase = wrapped
            if changed:
                meta.passphrase_changed_at = datetime.now().replace(microsecond=0)
        self._meta = replace(self._meta, salt=salt, params=params, dek_by_passphrase=wrapped)

    def _start(self, dek: bytearray) -> None:
        """Load the client keys, then migrate if needed (after a copy of the file)."""
        self.lock()  # never two keyrings: a second unlock replaces (and wipes) the first
        before = self._outdated_revision()
        keyring = KeyRing(self.vault_id, dek)
        db = Database(self._engine, keyring)
        with db.begin() as s:  # (two columns every revision has)
            for client_id, wrapped in s.execute(select(ClientKey.client_id, ClientKey.wrapped)):
                try:
                    keyring.load_client_key(client_id, wrapped)
                except (DecryptionFailed, TypeError):
                    pass  # that client's records report as damaged; the rest opens
        if before is not None:
            try:
                self._migrate(keyring, before)
            except BaseException:
                keyring.wipe()
                raise
            self._meta = replace(self._meta, revision=migrations.head_revision())
        if before is not None and before < COUNTED_SINCE:  # made before writes were counted
            with db.begin() as s:  # (the conversion above may have started it)
                if s.get(WriteCounter, self.vault_id) is None:
                    s.add(WriteCounter(id=self.vault_id, count=0))
        self._db = db
        self._services = Services(db)
        count = self.write_count()
        self.older_than_seen = count is not None and count < seen_writes.last_seen(self.vault_id)
        if count is not None and not self.older_than_seen:
            seen_writes.remember(self.vault_id, count)

    def write_count(self) -> int | None:
        """How many times the vault has been written (None when its counter is missing or
        damaged: `check` reports that)."""
        try:
            with self._database().begin() as s:
                counter = s.get(WriteCounter, self.vault_id)
                if counter is None:
                    return None
                counter.opener()  # checks its seal
                return counter.count
        except IntegrityFailure:
            return None

    def keep_this_copy(self) -> None:
        """The therapist says this older copy is the one they meant to use: count from it."""
        count = self.write_count()
        if count is not None:
            seen_writes.remember(self.vault_id, count, even_if_lower=True)
        self.older_than_seen = False

    def _outdated_revision(self) -> str | None:
        """The revision the schema is at ("" before any), or None when it is current."""
        try:
            with self._engine.connect() as conn:
                current = migrations.current_revision(conn)
        except (OperationalError, DatabaseError) as exc:
            raise translate_db_error(exc) from exc
        return None if current == migrations.head_revision() else current or ""

    def _migrate(self, keyring: KeyRing, before: str) -> None:
        """Bring the vault up to date from revision `before`, after a copy of the file: the
        schema and, from before row envelopes, the conversion of every row
        (`convert_to_envelopes`), in ONE transaction, so a crash or a failure part-way leaves
        the vault as it was, to be migrated again at the next unlock."""
        try:
            self._engine.dispose()
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            head = migrations.head_revision()
            copy = self.path.with_name(f"{self.path.name}.pre-{head}-{stamp}.bak")
            copy.touch(mode=0o600)  # ciphertext only, but nobody else's to read
            with closing(sqlite3.connect(self.path)) as src, closing(sqlite3.connect(copy)) as dst:
                src.backup(dst)
        except sqlite3.Error as exc:
            raise translate_db_error(exc) from exc
        with Database(self._engine, keyring, rows_sealed=False).begin() as s:
            migrations.upgrade(s.connection())
            if before < ENVELOPED_SINCE:  # one envelope per field
                convert_to_envelopes(s, keyring, before)

    # -- using ----------------------------------------------------------------------------
    def _require_open(self) -> None:
        if self._lock is None:
            raise VaultLocked("The vault is closed.")

    def _require_unlocked(self) -> None:
        if self._services is None:
            raise VaultLocked("The vault is locked.")

    def _database(self) -> Database:
        self._require_unlocked()
        assert self._db is not None
        return self._db

    @property
    def services(self) -> Services:
        """The use cases; raises VaultLocked while locked."""
        self._require_unlocked()
        assert self._services is not None
        return self._services

    def fresh_database(self) -> Database:
        """The unit of work of a vault that `create` has just made, for the two use cases that
        fill a new vault in bulk before anyone has used it: restoring a backup
        (`app.services.restore`) and the demo practice (`app.services.bulk`). Everything else
        goes through `services`. Raises NotAllowed for a vault that was opened rather than
        created, or that has been locked since."""
        if not self._fresh:
            raise NotAllowed("Only a vault that was just created can be filled in bulk.")
        return self._database()

    def handover_key(self) -> bytearray:
        """A copy of the data key of a vault that `create` has just made (and a restore
        filled), for `open_created` once the file is at its final name: the vault then gets
        one key derivation, at `create`, rather than a second one to unlock it. The caller
        passes it on or wipes it. Raises NotAllowed for a vault that was opened rather than
        created, or that has been locked since."""
        keyring = self.fresh_database().keyring
        assert keyring is not None
        return bytearray(keyring.dek)

    @classmethod
    def open_created(cls, path: Path | str, dek: bytearray) -> Vault:
        """Open the vault at ``path`` unlocked with ``dek``, the `handover_key` of the vault
        made there (built under another name and then moved, as a restore does). The key must
        open the vault's own sealed records, or IntegrityFailure is raised and nothing stays
        open. ``dek`` is held by the vault from then on (wiped at lock), or wiped on failure."""
        try:
            vault = cls.open(path)
        except BaseException:
            wipe(dek)
            raise
        try:
            vault._start(dek)
            vault.backup_identity()  # sealed under the data key: the key is this vault's
        except BaseException:
            wipe(dek)
            vault.close()
            raise
        return vault

    def backup_identity(self) -> str:
        """The vault's age identity (``AGE-SECRET-KEY-1…``): for the recovery sheet and
        ``backup-key.age``. Treat it as secret as the recovery key."""
        with self._database().begin() as s:
            meta = s.get(VaultMeta, self.vault_id)
            if meta is None or not meta.backup_identity:
                raise IntegrityFailure("The vault's backup key is missing; restore from a backup.")
            return meta.backup_identity

    def check(self) -> CheckReport:
        """Decrypt and verify every record; list the damaged ones (never stops at the first)."""
        db = self._database()
        damaged: list[DamagedRecord] = []
        checked = 0
        with self._engine.connect() as conn:
            try:
                problems = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            except (OperationalError, DatabaseError) as exc:
                raise translate_db_error(exc) from exc
        if problems != ["ok"]:
            damaged.append(DamagedRecord("database file", "structure"))
        with db.begin() as s:
            for model in ALL_MODELS:
                rows, unreadable = _loadable_rows(s, model)
                checked += len(unreadable)
                damaged += (DamagedRecord(model.__label__, row_id) for row_id in unreadable)
                for row in rows:
                    checked += 1
                    try:
                        row.opener()  # checks the row's seal: every stored value, as written
                    except IntegrityFailure:
                        damaged.append(DamagedRecord(row.__label__, str(row.id)))
                        continue
                    if isinstance(row, ClientKey):
                        assert db.keyring is not None
                        if not db.keyring.has_key(row.client_id):
                            damaged.append(DamagedRecord(row.__label__, str(row.id)))
                        continue
                    try:
                        for name in model.__encrypted__:
                            getattr(row, name)
                        if isinstance(row, VaultMeta) and not _recipient_matches(row):
                            raise row.damaged()
                    except IntegrityFailure:
                        damaged.append(DamagedRecord(row.__label__, str(row.id)))
            listed = {(d.kind, d.id) for d in damaged}
            damaged += (d for d in self._missing(s) if (d.kind, d.id) not in listed)
        return CheckReport(checked, tuple(damaged))

    def _missing(self, s: Session) -> list[DamagedRecord]:
        """What the sealed record lists say was deleted, added or replaced, and a missing
        write counter."""
        found = [DamagedRecord(p.kind, p.id)
                 for _owner, problems in record_lists.all_problems(s) for p in problems]
        if s.get(WriteCounter, self.vault_id) is None:
            found.append(DamagedRecord(WriteCounter.__label__, str(self.vault_id)))
        return found

    def missing_records(self) -> tuple[DamagedRecord, ...]:
        """Records deleted, added or replaced behind the vault's back, by the sealed lists
        (what `check` reports besides damaged fields; a fraction of its cost: no field is
        decrypted). For the app to look at after unlocking, off the UI thread."""
        with self._database().begin() as s:
            return tuple(self._missing(s))

    def lock(self) -> None:
        """Wipe the keys and drop every service; the file lock is kept. The writes made since
        unlocking are remembered first (unless this copy is older than one seen here)."""
        if self._services is not None and not self.older_than_seen:
            count = self.write_count()
            if count is not None:
                seen_writes.remember(self.vault_id, count)
        if self._services is not None:
            self._services.close()
        if self._db is not None:
            keyring = self._db.keyring
            self._db.close()
            if keyring is not None:
                keyring.wipe()
        self._db = None
        self._services = None
        self._fresh = False
        self._engine.dispose()

    def close(self) -> None:
        """Lock and release the file lock (other processes may then open the vault)."""
        self.lock()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
