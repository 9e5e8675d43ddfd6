"""Opening and checking a backup without any vault: the keys that open one (``backup-key.age``
and its passphrase, an age identity file, the key typed from the recovery sheet) and
`verify_backup`.

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
    is_protected_key_file,
    parse_identities,
    read_identity_file,
)
from app.backup.manifest import DamagedRecord
from app.backup.reader import BackupReader, Progress
from app.services.backup_tables import SHAPES

__all__ = [
    "BACKUP_KEY_NAME",
    "BackupKey",
    "VerifyReport",
    "backup_key_from_text",
    "is_protected_key_file",
    "read_identity_file",
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
