"""Exercises agreed between sessions (what, how, how often) and the client's report back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import BadInput
from app.models import Exercise
from app.services.changes import Changed, RecordKind, ignore_change
from app.services.database import Database
from app.services.values import (
    check_session,
    get_row,
    one_of,
    require_client,
    text,
    views,
)

KINDS = ("self-reflection", "mindfulness", "emotional regulation", "other")
STATUSES = ("active", "paused", "done")


@dataclass(frozen=True, slots=True)
class ExerciseDraft:
    title: str
    instructions: str = ""
    kind: str = "other"
    frequency: str = ""  # in words: "every morning", "twice a week"
    session_id: UUID | None = None  # the session where it was agreed


@dataclass(frozen=True, slots=True)
class ExerciseView:
    id: UUID
    client_id: UUID
    session_id: UUID | None
    status: str
    created_at: datetime
    updated_at: datetime
    title: str = ""
    instructions: str = ""
    kind: str = ""
    frequency: str = ""
    report_back: str = ""
    damaged: bool = False


def _validate(draft: ExerciseDraft) -> None:
    if not draft.title.strip():
        raise BadInput("Please give the exercise a short title.")
    one_of(draft.kind, KINDS, "The kind of exercise")


def _view(row: Exercise) -> ExerciseView:
    return ExerciseView(row.id, row.client_id, row.session_id, row.status, row.created_at,
                        row.updated_at, text(row.title), text(row.instructions), text(row.kind),
                        text(row.frequency), text(row.report_back))


def _damaged(row: Exercise) -> ExerciseView:
    return ExerciseView(row.id, row.client_id, row.session_id, row.status, row.created_at,
                        row.updated_at, damaged=True)


def exercise_views(s: Session, client_id: UUID, status: str | None = None) -> list[ExerciseView]:
    """Active first, then paused, then done; newest first within each."""
    query = select(Exercise).where(Exercise.client_id == client_id)
    if status is not None:
        query = query.where(Exercise.status == status)
    found = views(s.scalars(query.order_by(Exercise.created_at.desc())), _view, _damaged)
    order = {name: i for i, name in enumerate(STATUSES)}
    return sorted(found, key=lambda p: order.get(p.status, len(order)))


class Exercises:
    def __init__(self, db: Database, changed: Changed = ignore_change) -> None:
        self._db = db
        self._changed = changed

    def create(self, client_id: UUID, draft: ExerciseDraft) -> ExerciseView:
        _validate(draft)
        with self._db.begin() as s:
            require_client(s, client_id)
            check_session(s, client_id, draft.session_id)
            row = Exercise(client_id=client_id, status="active", report_back="")
            self._apply(row, draft)
            s.add(row)
            s.flush()
            view = _view(row)
        self._changed(client_id, RecordKind.EXERCISE)
        return view

    def update(self, exercise_id: UUID, draft: ExerciseDraft) -> ExerciseView:
        _validate(draft)
        with self._db.begin() as s:
            row = self._row(s, exercise_id)
            check_session(s, row.client_id, draft.session_id)
            self._apply(row, draft)
            s.flush()
            view = _view(row)
        self._changed(view.client_id, RecordKind.EXERCISE)
        return view

    @staticmethod
    def _apply(row: Exercise, draft: ExerciseDraft) -> None:
        row.session_id = draft.session_id
        row.title = draft.title.strip()
        row.instructions = draft.instructions
        row.kind = draft.kind
        row.frequency = draft.frequency.strip()

    @staticmethod
    def _row(s: Session, exercise_id: UUID) -> Exercise:
        return get_row(s, Exercise, exercise_id, "That exercise is not in this vault.")

    def set_status(self, exercise_id: UUID, status: str) -> ExerciseView:
        one_of(status, STATUSES, "A exercise's status")
        with self._db.begin() as s:
            row = self._row(s, exercise_id)
            row.status = status
            s.flush()
            view = _view(row)
        self._changed(view.client_id, RecordKind.EXERCISE)
        return view

    def report_back(self, exercise_id: UUID, report: str) -> ExerciseView:
        """The client's own account of how the exercise went (replaces the previous one)."""
        with self._db.begin() as s:
            row = self._row(s, exercise_id)
            row.report_back = report
            s.flush()
            view = _view(row)
        self._changed(view.client_id, RecordKind.EXERCISE)
        return view

    def get(self, exercise_id: UUID) -> ExerciseView:
        with self._db.begin() as s:
            return _view(self._row(s, exercise_id))

    def list(self, client_id: UUID, status: str | None = None) -> list[ExerciseView]:
        if status is not None:
            one_of(status, STATUSES, "A exercise's status")
        with self._db.begin() as s:
            return exercise_views(s, client_id, status)

    def delete(self, exercise_id: UUID) -> None:
        with self._db.begin() as s:
            row = self._row(s, exercise_id)
            client_id = row.client_id
            s.delete(row)
        self._changed(client_id, RecordKind.EXERCISE)
