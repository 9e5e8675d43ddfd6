"""Everything a client's workspace shows, gathered in one job on the database worker so that
every tab is ready the moment the client opens (DESIGN.md §7: under 0.1 s with 50 sessions).
The session notes themselves are not decrypted here, only listed; a note loads when chosen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID


@dataclass(frozen=True, slots=True)
class ClientRecord:
    overview: Any  # ClientOverview: the client, goals, agreement, open items, flags, …
    sessions: list[Any]  # SessionSummary, newest first
    agreements: list[Any]  # AgreementView, every version
    ratings: list[Any]  # RatingView, oldest first
    checklists: list[Any]  # ChecklistView
    feedback: list[Any]  # FeedbackView
    measures: list[Any]  # MeasureView
    practices: list[Any]  # PracticeView

    @property
    def client(self) -> Any:
        return self.overview.client


def load_client_record(services: Any, client_id: UUID) -> ClientRecord:
    """Runs on the database worker."""
    return ClientRecord(
        overview=services.overview.get(client_id),
        sessions=services.sessions.list(client_id),
        agreements=services.agreements.versions(client_id),
        ratings=services.agreements.ratings(client_id),
        checklists=services.checklists.list(client_id),
        feedback=services.feedback.list(client_id),
        measures=services.measures.list(client_id),
        practices=services.practices.list(client_id),
    )
