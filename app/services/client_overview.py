"""What the client's Overview tab shows before a session, in one call and one transaction:
the client, their goals and the agreement's status, open checklist items, the last feedback,
the latest PHQ-9 and GAD-7, active exercises between sessions, PHQ-9 item 9 flags still to
follow up, the last session's plan and shared summary, and when the last session was.

Built to be quick: sortable facts (dates, statuses) are filtered in SQL on indexed plaintext
columns, so only the few rows shown are decrypted — never the session notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import IntegrityFailure
from app.models import TherapySession
from app.services.agreements import AgreementView, GoalView, goal_views, latest_agreement_view
from app.services.checklists import ChecklistItemView, open_item_views
from app.services.clients import ClientView, client_view
from app.services.database import Database
from app.services.exercises import ExerciseView, exercise_views
from app.services.feedback import FeedbackView, latest_feedback_view
from app.services.measures import MeasureFlag, MeasureView, flag_views, latest_measure_views
from app.services.values import require_client


@dataclass(frozen=True, slots=True)
class LastSession:
    starts_at: datetime
    plan: str  # the note's plan, where its template has one
    shared_summary: str
    damaged: bool = False


@dataclass(frozen=True, slots=True)
class ClientOverview:
    client: ClientView
    goals: tuple[GoalView, ...]
    agreement: AgreementView | None  # the latest version, draft or agreed
    open_items: tuple[ChecklistItemView, ...]
    last_feedback: FeedbackView | None
    active_exercises: tuple[ExerciseView, ...]
    flags: tuple[MeasureFlag, ...]  # PHQ-9 item 9 answers not yet followed up
    latest_session: datetime | None
    session_count: int
    last_session: LastSession | None = None  # the latest one that has taken place
    latest_measures: tuple[MeasureView, ...] = ()  # the newest readable one of each kind

    @property
    def agreement_status(self) -> str:
        """"none", "draft" or "agreed", for a one-word badge."""
        return "none" if self.agreement is None else self.agreement.status


class ClientOverviews:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, client_id: UUID) -> ClientOverview:
        with self._db.begin() as s:
            client = client_view(require_client(s, client_id))
            latest, count = s.execute(
                select(func.max(TherapySession.starts_at), func.count(TherapySession.id))
                .where(TherapySession.client_id == client_id)
            ).one()
            return ClientOverview(
                client=client,
                goals=tuple(goal_views(s, client_id)),
                agreement=latest_agreement_view(s, client_id),
                open_items=tuple(open_item_views(s, client_id)),
                last_feedback=latest_feedback_view(s, client_id),
                active_exercises=tuple(exercise_views(s, client_id, "active")),
                flags=tuple(flag_views(s, client_id)),
                latest_session=latest,
                session_count=count,
                last_session=_last_session(s, client_id),
                latest_measures=tuple(latest_measure_views(s, client_id)),
            )


def _last_session(s: Session, client_id: UUID) -> LastSession | None:
    """The latest session that has begun (a planned one ahead is not "last time")."""
    row = s.scalars(select(TherapySession)
                    .where(TherapySession.client_id == client_id,
                           TherapySession.starts_at <= datetime.now())
                    .order_by(TherapySession.starts_at.desc()).limit(1)).first()
    if row is None:
        return None
    try:
        fields = row.note or {}
        return LastSession(row.starts_at, str(fields.get("plan", "") or ""),
                           row.shared_summary or "")
    except IntegrityFailure:
        return LastSession(row.starts_at, "", "", damaged=True)
