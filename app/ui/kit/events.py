"""One object that re-broadcasts what changed, so views refresh themselves (STYLE.md §6).

Record changes arrive as *(client id or None, kind)* on `changed`, announced by every
operation made with `AppContext.op()`; each view checks whether a change touches what it shows
(`touches`) and reloads it. Payloads are ids, kinds and the services' frozen dataclasses, never
ORM objects and never client text on their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    changed = Signal(object)  # tuple[Change, ...]: what one operation changed (ids, kinds)
    settings_changed = Signal(str)  # the option key
    vault_unlocked = Signal()
    vault_locked = Signal()
    search_index_grew = Signal(int, int)  # parts of the search index read, of how many (a
    #                                       failed build: 0, 0; the next search reads the rest)
    backup_made = Signal(object)  # BackupResult (paths, sizes, counts: no client content)
    backup_requested = Signal()  # "Back up now" pressed somewhere other than the menu
    passphrase_change_requested = Signal()


def touches(changes: Iterable[Any], client_id: UUID | None,
            kinds: Iterable[str] | None = None) -> bool:
    """Whether any change is about `client_id` (and, if given, one of `kinds`)."""
    wanted = None if kinds is None else set(kinds)
    return any(change.client_id == client_id and (wanted is None or change.kind in wanted)
               for change in changes)


def kinds_changed(changes: Iterable[Any], client_id: UUID | None) -> set[str]:
    """The kinds of record changed for `client_id`."""
    return {str(change.kind) for change in changes if change.client_id == client_id}
