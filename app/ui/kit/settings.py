"""Every preference of this computer's app, declared once with its default (Picard's options).

Only preferences live here: never a secret, never client data. What belongs to the practice
(therapist's name, retention years, handout paper size) lives in the vault's profile instead, so
the command line and printed handouts see the same values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from app.ui.kit.translate import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    default: Any
    label: str  # source text in the "Settings" context; shown through `words()`

    def words(self) -> str:
        """The label in the app's language."""
        return QCoreApplication.translate("Settings", self.label)


AUTO_LOCK_MINUTES = Option("security/auto_lock_minutes", 5,
                           QT_TRANSLATE_NOOP("Settings", "Lock after this many idle minutes"))
BACKUP_FOLDER = Option("backup/folder", "", QT_TRANSLATE_NOOP("Settings", "Backup folder"))
BACKUP_KEEP = Option("backup/keep", 10, QT_TRANSLATE_NOOP("Settings", "Backups to keep"))
BACKUP_ON_QUIT = Option("backup/on_quit", False,
                        QT_TRANSLATE_NOOP("Settings", "Back up when I quit"))
# "" follows the system's language (app/ui/kit/language.py).
LANGUAGE = Option("interface/language", "", QT_TRANSLATE_NOOP("Settings", "Language of the app"))
LAST_VAULT_PATH = Option("vault/last_path", "", QT_TRANSLATE_NOOP("Settings", "Last vault opened"))
NOTE_TEMPLATE = Option("notes/template", "SOAP",
                       QT_TRANSLATE_NOOP("Settings", "Template for new session notes"))

OPTIONS: tuple[Option, ...] = (AUTO_LOCK_MINUTES, BACKUP_FOLDER, BACKUP_KEEP, BACKUP_ON_QUIT,
                               LANGUAGE, LAST_VAULT_PATH, NOTE_TEMPLATE)

MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 120
MIN_BACKUPS_KEPT = 1
MAX_BACKUPS_KEPT = 100


class Settings:
    """Typed access to `QSettings`. Tests pass a `QSettings` on a temporary ini file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def location(self) -> str:
        """The file (or, on Windows, the registry key) these settings are kept in."""
        return self._store.fileName()

    def get(self, option: Option) -> Any:
        value = self._store.value(option.key, option.default)
        kind = type(option.default)
        if kind is bool and isinstance(value, str):  # an ini file stores "true"/"false"
            return value.strip().lower() in ("true", "1", "yes")
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

    @property
    def backups_kept(self) -> int:
        keep = self.get(BACKUP_KEEP)
        return min(max(keep, MIN_BACKUPS_KEPT), MAX_BACKUPS_KEPT)

    def geometry(self, name: str) -> QByteArray | None:
        """A window's saved geometry (not a preference the user edits, so not an Option)."""
        value = self._store.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, geometry: QByteArray) -> None:
        self._store.setValue(f"geometry/{name}", geometry)
