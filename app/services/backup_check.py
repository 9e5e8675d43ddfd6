"""Opening and checking a backup without any vault: the keys that open one (a backup key file,
``backup-key-XXXXXXXX-YYYYYY.age`` or an earlier version's ``backup-key.age``, and its passphrase; an age
identity file; the key typed from the recovery sheet), who made a backup (`backup_origin`), and
`verify_backup`.

Who made a backup: opened with the practice's own key (`BackupKey.own`), a backup that names
another practice's key, or whose seal does not verify, is refused (exit 3). Opened with another
key (a records custodian's) it opens, and `authenticated` is False: nothing confirms its origin.

Restoring (`app.services.restore`) opens a backup the same way; writing one is
`app.services.backup`. Nothing here needs an unlocked vault, so it imports no vault either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from uuid import UUID

from app.backup.keys import (
    BACKUP_KEY_NAME,
    BackupKey,
    backup_key_files,
    backup_key_name,
    is_protected_key_file,
    parse_identities,
    read_identity_file,
    read_key_files,
)
from app.backup.manifest import DamagedRecord
from app.backup.reader import BackupReader, Progress
from app.services.backup_tables import SHAPES

__all__ = [
    "BACKUP_KEY_NAME",
    "BackupKey",
    "BackupOrigin",
    "Progress",
    "VerifyReport",
    "backup_key_files",
    "backup_key_from_text",
    "backup_key_name",
    "backup_origin",
    "is_protected_key_file",
    "read_identity_file",
    "read_key_files",
    "verify_backup",
]


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
class BackupOrigin:
    """Who made a backup, as far as the key that opened it can tell (`backup_origin`)."""

    made_at: datetime
    vault_id: UUID
    authenticated: bool  # as in VerifyReport


def backup_key_from_text(text: str) -> BackupKey:
    """The practice's own backup key (``AGE-SECRET-KEY-1…``): typed or pasted from the recovery
    sheet, or an unlocked vault's `Vault.backup_identity()`. A backup it opens must be that
    practice's, sealed by it."""
    return BackupKey(parse_identities(text), protected=False, own=True)


def backup_origin(path: Path | str, key: BackupKey) -> BackupOrigin:
    """Open a backup far enough to know who made it (decrypted, table of contents and seal
    checked; no record read), so the app can ask before restoring one whose origin cannot be
    confirmed. Raises what `verify_backup` raises, another practice's backup opened with our
    own key included (exit 3)."""
    path = Path(path).expanduser().absolute()
    with BackupReader.open(path, list(key.identities), shapes=SHAPES, own=key.own) as reader:
        m = reader.manifest
        return BackupOrigin(m.created_at, m.vault_id, reader.authenticated)


def verify_backup(path: Path | str, key: BackupKey,
                  progress: Progress | None = None) -> VerifyReport:
    """Decrypt and check every byte, hash, count and record of a backup (and its seal, when
    ``key`` is the backup's own); touches no vault. Raises a BackupError subclass (exit 1, 2
    or 3) naming what is wrong — with the practice's own key, also when the backup names
    another practice or its seal does not verify."""
    path = Path(path).expanduser().absolute()
    with BackupReader.open(path, list(key.identities), shapes=SHAPES, own=key.own) as reader:
        records = reader.verify(progress)
        m = reader.manifest
        authenticated = reader.authenticated
    return VerifyReport(path, m.version, m.app_version, m.created_at, m.vault_id, records,
                        tuple((p.table, p.records) for p in m.parts), m.damaged, authenticated)
