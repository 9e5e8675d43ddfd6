"""What changed, reported by every service after each write, so that every screen showing it
can refresh itself and the search index rebuilds just that part.

A change is *(client id or None, kind of record)*: ids and kinds only, never client text, so
changes may travel anywhere (a Qt signal, a log line in a test). Writes run on one database
worker, one after another; the caller that ran a write takes the changes it caused with
`ChangeLog.take()` and hands them on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID


class RecordKind(StrEnum):
    """Kinds of record a change can be about (the values are also the search result kinds)."""

    CLIENT = "client"
    SESSION = "session"
    GOAL = "goal"
    AGREEMENT = "agreement"
    RATING = "rating"
    CHECKLIST = "checklist"
    CHECKLIST_TEMPLATE = "checklist template"
    FEEDBACK = "feedback"
    MEASURE = "measure"
    EXERCISE = "exercise"
    JOURNAL = "journal"
    PROFILE = "profile"


@dataclass(frozen=True, slots=True)
class Change:
    client_id: UUID | None  # None: practice-wide (journal, profile, checklist templates)
    kind: RecordKind


# A service calls this after a write it committed.
Changed = Callable[[UUID | None, RecordKind], None]


def ignore_change(_client_id: UUID | None, _kind: RecordKind) -> None:
    """The hook for a service used on its own (a script, a test of that service)."""


class ChangeLog:
    """Collects changes until someone takes them; tells `on_change` of each one at once."""

    def __init__(self, on_change: Changed = ignore_change) -> None:
        self._on_change = on_change
        self._lock = threading.Lock()
        self._pending: dict[Change, None] = {}  # ordered and without repeats

    def record(self, client_id: UUID | None, kind: RecordKind) -> None:
        self._on_change(client_id, kind)
        with self._lock:
            self._pending[Change(client_id, kind)] = None

    def take(self) -> tuple[Change, ...]:
        """Every change recorded since the last call, oldest first, each once."""
        with self._lock:
            changes, self._pending = tuple(self._pending), {}
        return changes
