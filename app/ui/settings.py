"""Every preference of this computer's app, declared once with its default (Picard's options).

Only preferences live here: never a secret, never client data. What belongs to the practice
(therapist's name, retention years, handout paper size) lives in the vault's profile instead, so
the command line and printed handouts see the same values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    default: Any
    label: str


AUTO_LOCK_MINUTES = Option("security/auto_lock_minutes", 5, "Lock after this many idle minutes")
BACKUP_FOLDER = Option("backup/folder", "", "Backup folder")
LAST_VAULT_PATH = Option("vault/last_path", "", "Last vault opened")
NOTE_TEMPLATE = Option("notes/template", "SOAP", "Template for new session notes")

OPTIONS: tuple[Option, ...] = (AUTO_LOCK_MINUTES, BACKUP_FOLDER, LAST_VAULT_PATH, NOTE_TEMPLATE)

MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 120


class Settings:
    """Typed access to `QSettings`. Tests pass a `QSettings` on a temporary ini file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def get(self, option: Option) -> Any:
        value = self._store.value(option.key, option.default)
        kind = type(option.default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option, value: Any) -> None:
        self._store.setValue(option.key, value)
        self._store.sync()

    @property
    def auto_lock_minutes(self) -> int:
        minutes = self.get(AUTO_LOCK_MINUTES)
        return min(max(minutes, MIN_AUTO_LOCK_MINUTES), MAX_AUTO_LOCK_MINUTES)

    def geometry(self, name: str) -> QByteArray | None:
        """A window's saved geometry (not a preference the user edits, so not an Option)."""
        value = self._store.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, geometry: QByteArray) -> None:
        self._store.setValue(f"geometry/{name}", geometry)
