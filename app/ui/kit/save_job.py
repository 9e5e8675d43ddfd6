"""A save of typed text as plain data: which save (a module-level function), which record,
which draft (a frozen dataclass from the services).

Editors hand these to `Autosave`; they run like any other job. Because nothing in one is a
closure, a save that fails just before a lock can be kept sealed while the vault is locked and
rebuilt on the new services after unlock (`app/ui/shell/kept_typing.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol
from uuid import UUID


class HasId(Protocol):
    """The record a save writes. A save that creates the record sets `id` on the worker, so a
    second save queued right behind it edits the same record."""

    id: UUID | None


class RecordRef:
    __slots__ = ("id",)

    def __init__(self, record_id: UUID | None = None) -> None:
        self.id = record_id


# (services, record, draft) -> what the service returned. Module-level, so it is named, not held.
Save = Callable[[Any, HasId, Any], Any]


class SaveJob:
    __slots__ = ("draft", "record", "save", "services")

    def __init__(self, services: Any, save: Save, draft: Any,
                 record: HasId | None = None) -> None:
        self.services = services
        self.save = save
        self.draft = draft
        self.record: HasId = record if record is not None else RecordRef()

    def __call__(self) -> Any:
        return self.save(self.services, self.record, self.draft)

    @property
    def record_id(self) -> UUID | None:
        return self.record.id
