"""The therapist's own journal: reflections, supervision notes and self-care check-ins. Private
to the therapist: sealed with the vault's data key and never part of any client's record."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import BadInput
from app.models import JournalEntry
from app.models.base import now
from app.services.changes import Changed, RecordKind, ignore_change
from app.services.database import Database
from app.services.values import get_row, one_of, rating, text, views

KINDS = ("reflection", "supervision", "self-care")
# Suggested self-care check-in topics, each rated 0 (not at all) to 10 (very much); the
# therapist may add their own.
CHECKIN_TOPICS: tuple[tuple[str, str], ...] = (
    ("rest", "I'm getting enough rest and sleep"),
    ("energy", "I have energy for my work"),
    ("mood", "My mood has been good"),
    ("connection", "I feel connected to people outside work"),
    ("workload", "My workload feels manageable"),
    ("enjoyment", "I make time for things I enjoy"),
)


@dataclass(frozen=True, slots=True)
class JournalDraft:
    kind: str = "reflection"
    title: str = ""
    body: str = ""
    checkin: dict[str, int] = field(default_factory=dict)
    written_at: datetime | None = None  # default: now for a new entry, unchanged on edit


@dataclass(frozen=True, slots=True)
class JournalView:
    id: UUID
    created_at: datetime
    updated_at: datetime
    kind: str = ""
    title: str = ""
    body: str = ""
    checkin: dict[str, int] = field(default_factory=dict)
    damaged: bool = False


def _validate(draft: JournalDraft) -> dict[str, int]:
    one_of(draft.kind, KINDS, "A journal entry's kind")
    checkin: dict[str, int] = {}
    for topic, value in draft.checkin.items():
        if not topic.strip():
            raise BadInput("Each check-in rating needs a topic.")
        checkin[topic.strip()] = rating(value, 0, 10, "A check-in rating")
    if not (draft.title.strip() or draft.body.strip() or checkin):
        raise BadInput("The entry is empty, so there is nothing to save.")
    return checkin


def _view(row: JournalEntry) -> JournalView:
    return JournalView(row.id, row.created_at, row.updated_at, text(row.kind), text(row.title),
                       text(row.body), {str(k): int(v) for k, v in (row.checkin or {}).items()})


def _damaged(row: JournalEntry) -> JournalView:
    return JournalView(row.id, row.created_at, row.updated_at, damaged=True)


class Journal:
    def __init__(self, db: Database, changed: Changed = ignore_change) -> None:
        self._db = db
        self._changed = changed

    def list(self, kind: str | None = None) -> list[JournalView]:
        """Newest first; damaged entries are listed as damaged (and kept when filtering)."""
        if kind is not None:
            one_of(kind, KINDS, "A journal entry's kind")
        with self._db.begin() as s:
            rows = s.scalars(select(JournalEntry).order_by(JournalEntry.created_at.desc()))
            found = views(rows, _view, _damaged)
        return [e for e in found if kind is None or e.damaged or e.kind == kind]

    def get(self, entry_id: UUID) -> JournalView:
        with self._db.begin() as s:
            return _view(self._row(s, entry_id))

    @staticmethod
    def _row(s: Session, entry_id: UUID) -> JournalEntry:
        return get_row(s, JournalEntry, entry_id, "That journal entry is not in this vault.")

    def save(self, draft: JournalDraft, entry_id: UUID | None = None) -> JournalView:
        """Write a new entry, or replace the words of an existing one."""
        checkin = _validate(draft)
        with self._db.begin() as s:
            if entry_id is None:
                row = JournalEntry(created_at=(draft.written_at or now()).replace(microsecond=0))
                s.add(row)
            else:
                row = self._row(s, entry_id)
                if draft.written_at is not None:
                    row.created_at = draft.written_at.replace(microsecond=0)
            row.kind = draft.kind
            row.title = draft.title.strip()
            row.body = draft.body
            row.checkin = checkin
            s.flush()
            view = _view(row)
        self._changed(None, RecordKind.JOURNAL)
        return view

    def delete(self, entry_id: UUID) -> None:
        with self._db.begin() as s:
            s.delete(self._row(s, entry_id))
        self._changed(None, RecordKind.JOURNAL)
