"""What the client's Overview tab shows before a session, in one call and one transaction:
the client, their goals and the agreement's status, open checklist items, the last feedback,
active exercises between sessions, PHQ-9 item 9 flags still to follow up, and when the last session was.

Built to be quick: sortable facts (dates, statuses) are filtered in SQL on indexed plaintext
columns, so only the few rows shown are decrypted — never the session notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import func, select

from app.models import TherapySession
from app.services.agreements import AgreementView, GoalView, goal_views, latest_agreement_view
from app.services.checklists import ChecklistItemView, open_item_views
from app.services.clients import ClientView, client_view
from app.services.database import Database
from app.services.exercises import ExerciseView, exercise_views
from app.services.feedback import FeedbackView, latest_feedback_view
from app.services.measures import MeasureFlag, flag_views
from app.services.values import require_client


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
            )
