"""Session feedback, the client's voice: four ratings from 0 to 10 in our own wording, what
could be different next time, and the therapist's reflection on it.

The wording is the app's own; licensed instruments (ORS/SRS, WAI, CORE) are not copied.
A client may leave a rating out; a feedback record needs at least one rating or some words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import BadInput
from app.models import Feedback
from app.services.changes import Changed, RecordKind, ignore_change
from app.services.database import Database
from app.services.values import (
    get_row,
    moment,
    optional_rating,
    require_client,
    text,
    views,
)

# (field, the statement the client rates from 0 "not at all" to 10 "completely")
RATINGS: tuple[tuple[str, str], ...] = (
    ("heard", "I felt heard and understood."),
    ("mattered", "We worked on what mattered to me."),
    ("fit", "The way we worked suited me."),
    ("overall", "Overall, this session was right for me."),
)
DIFFERENT_NEXT_TIME = "What could be different next time?"
GIVEN_BY_CLIENT = "client"


@dataclass(frozen=True, slots=True)
class FeedbackDraft:
    heard: int | None = None
    mattered: int | None = None
    fit: int | None = None
    overall: int | None = None
    different_next_time: str = ""
    therapist_reflection: str = ""
    session_id: UUID | None = None
    given_at: datetime | None = None  # default: the session's start, else now
    given_by: str | None = None  # GIVEN_BY_CLIENT: the client gave it alone, in hand-over


@dataclass(frozen=True, slots=True)
class FeedbackView:
    id: UUID
    client_id: UUID
    session_id: UUID | None
    given_at: datetime
    heard: int | None = None
    mattered: int | None = None
    fit: int | None = None
    overall: int | None = None
    different_next_time: str = ""
    therapist_reflection: str = ""
    damaged: bool = False
    given_by: str | None = None


def _validate(draft: FeedbackDraft) -> None:
    scores = [optional_rating(getattr(draft, name), 0, 10, f"The rating \"{statement}\"")
              for name, statement in RATINGS]
    if all(v is None for v in scores) and not draft.different_next_time.strip():
        raise BadInput("Feedback needs at least one rating or a few words from the client.")
    if draft.given_by not in (None, GIVEN_BY_CLIENT):
        raise BadInput("Feedback is given by the client, alone or with the therapist.")


def _view(row: Feedback) -> FeedbackView:
    return FeedbackView(row.id, row.client_id, row.session_id, row.given_at, row.heard,
                        row.mattered, row.fit, row.overall, text(row.different_next_time),
                        text(row.therapist_reflection), given_by=row.given_by)


def _damaged(row: Feedback) -> FeedbackView:
    return FeedbackView(row.id, row.client_id, row.session_id, row.given_at, damaged=True)


def latest_feedback_view(s: Session, client_id: UUID) -> FeedbackView | None:
    row = s.scalars(select(Feedback).where(Feedback.client_id == client_id)
                    .order_by(Feedback.given_at.desc()).limit(1)).first()
    return None if row is None else views([row], _view, _damaged)[0]


class FeedbackLog:
    def __init__(self, db: Database, changed: Changed = ignore_change) -> None:
        self._db = db
        self._changed = changed

    def record(self, client_id: UUID, draft: FeedbackDraft) -> FeedbackView:
        _validate(draft)
        with self._db.begin() as s:
            require_client(s, client_id)
            row = Feedback(client_id=client_id, session_id=draft.session_id)
            self._apply(s, row, draft)
            s.add(row)
            s.flush()
            view = _view(row)
        self._changed(client_id, RecordKind.FEEDBACK)
        return view

    def update(self, feedback_id: UUID, draft: FeedbackDraft) -> FeedbackView:
        """Correct the feedback or add the therapist's reflection later."""
        _validate(draft)
        with self._db.begin() as s:
            row = self._row(s, feedback_id)
            kept = row.given_at if row.session_id == draft.session_id else None
            row.session_id = draft.session_id
            self._apply(s, row, draft, kept)
            s.flush()
            view = _view(row)
        self._changed(view.client_id, RecordKind.FEEDBACK)
        return view

    @staticmethod
    def _apply(s: Session, row: Feedback, draft: FeedbackDraft,
               kept: datetime | None = None) -> None:
        row.given_at = moment(s, row.client_id, draft.session_id, draft.given_at or kept)
        row.heard = draft.heard
        row.mattered = draft.mattered
        row.fit = draft.fit
        row.overall = draft.overall
        row.different_next_time = draft.different_next_time
        row.therapist_reflection = draft.therapist_reflection
        row.given_by = draft.given_by

    @staticmethod
    def _row(s: Session, feedback_id: UUID) -> Feedback:
        return get_row(s, Feedback, feedback_id, "That feedback is not in this vault.")

    def get(self, feedback_id: UUID) -> FeedbackView:
        with self._db.begin() as s:
            return _view(self._row(s, feedback_id))

    def list(self, client_id: UUID) -> list[FeedbackView]:
        """Newest first; a damaged record is listed as damaged."""
        with self._db.begin() as s:
            rows = s.scalars(select(Feedback).where(Feedback.client_id == client_id)
                             .order_by(Feedback.given_at.desc()))
            return views(rows, _view, _damaged)

    def latest(self, client_id: UUID) -> FeedbackView | None:
        with self._db.begin() as s:
            return latest_feedback_view(s, client_id)

    def delete(self, feedback_id: UUID) -> None:
        with self._db.begin() as s:
            row = self._row(s, feedback_id)
            client_id = row.client_id
            s.delete(row)
        self._changed(client_id, RecordKind.FEEDBACK)
