"""One object that re-broadcasts what changed, so views refresh themselves (STYLE.md §6).

Services return what they changed; the widget that asked emits it here; every interested view
listens. Payloads are the services' frozen dataclasses (or ids), never ORM objects.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    client_saved = Signal(object)  # ClientView
    session_saved = Signal(object)  # SessionView
    session_deleted = Signal(object)  # session id
    profile_saved = Signal(object)  # practice profile view
    settings_changed = Signal(str)  # the option key
    vault_unlocked = Signal()
    vault_locked = Signal()
    backup_made = Signal(object)  # BackupResult (paths, sizes, counts: no client content)
    backup_requested = Signal()  # "Back up now" pressed somewhere other than the menu
    passphrase_change_requested = Signal()
