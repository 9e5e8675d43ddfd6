"""Backups in a folder: their names, finding them, and keeping only the newest N of a vault.

Only files named exactly like ours are ever listed or removed:
``reciprocal-backup-XXXXXXXX-YYYYmmdd-HHMMSS.age``, where ``XXXXXXXX`` is the start of the vault
id (with ``-2``, ``-3``… when several are made within a second), or an earlier version's
``reciprocal-backup-YYYYmmdd-HHMMSS.age``. Keeping the newest N counts and removes only the
backups named after that vault, so two practices backing up into one folder never delete each
other's backups; an earlier version's backups, which name no vault, are never removed (nothing
says whose they are). Anything else in the folder is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from uuid import UUID

PREFIX = "reciprocal-backup-"
SUFFIX = ".age"
DEFAULT_KEEP = 10
_NAME = re.compile(
    r"reciprocal-backup-(?:([0-9a-f]{8})-)?(\d{8}-\d{6})(?:-([2-9]|[1-9]\d{1,3}))?\.age\Z")


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    made_at: datetime  # from the name: local time when the backup was made
    sequence: int  # 1, or 2, 3… for later backups within the same second
    vault: str | None  # the start of the vault id (`vault_tag`); None: an earlier version's


def vault_tag(vault_id: UUID) -> str:
    """How a backup's name says whose it is: the first 8 hex digits of the vault id."""
    return vault_id.hex[:8]


def backup_name(made_at: datetime, sequence: int = 1, vault: str | None = None) -> str:
    stamp = made_at.strftime("%Y%m%d-%H%M%S")
    owner = "" if vault is None else f"{vault}-"
    return f"{PREFIX}{owner}{stamp}{'' if sequence == 1 else f'-{sequence}'}{SUFFIX}"


def parse_name(name: str) -> tuple[datetime, int, str | None] | None:
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match.group(2), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return made_at, int(match.group(3) or 1), match.group(1)


def list_backups(folder: Path) -> list[BackupFile]:
    """Our backups in ``folder``, oldest first; an unreadable or missing folder has none."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        parsed = parse_name(entry.name)
        if parsed is not None and entry.is_file():
            found.append(BackupFile(entry, *parsed))
    return sorted(found, key=lambda b: (b.made_at, b.sequence))


def next_backup_path(folder: Path, made_at: datetime, vault: str | None = None) -> Path:
    """A name for a new backup of ``vault`` that does not collide with one already there."""
    sequence = 1
    while (path := folder / backup_name(made_at, sequence, vault)).exists():
        sequence += 1
    return path


def rotate(folder: Path, keep: int = DEFAULT_KEEP, *, vault: str,
           protect: Path | None = None) -> list[Path]:
    """Remove all but the newest ``keep`` backups of ``vault`` (`vault_tag`; at least one is
    always kept); returns what was removed. Other vaults' backups, and an earlier version's
    (which name no vault), are never touched. ``protect`` (the backup just written) is never
    removed, even when a clock that ran ahead named older files as if they were newer."""
    backups = [b for b in list_backups(folder)
               if b.vault == vault and (protect is None or b.path != protect)]
    keep_others = max(1, keep) - (protect is not None)
    removed = []
    for old in backups[: max(0, len(backups) - keep_others)]:
        try:
            old.path.unlink()
        except OSError:
            continue  # gone already, or not ours to remove: the new backup still stands
        removed.append(old.path)
    return removed
