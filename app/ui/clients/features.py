"""The record features of a client's workspace, declared once each: the tab's title, the view
that shows it, what it loads, which kinds of record it shows (a change to one of them refreshes
it; a search result of one of them opens it).

Adding a feature tab is one `RecordFeature` in `FEATURES`; the workspace, navigation from
search, refreshing after changes and coming back after a lock all follow from it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.changes import RecordKind
from app.ui.checklists.boundaries_tab import BoundariesTab
from app.ui.clients.overview_tab import OverviewTab
from app.ui.exercises.exercises_tab import ExercisesTab
from app.ui.feedback.feedback_tab import FeedbackData, FeedbackTab
from app.ui.goals.goals_tab import GoalsData, GoalsTab
from app.ui.kit.context import AppContext
from app.ui.kit.translate import QT_TRANSLATE_NOOP
from app.ui.sessions.sessions_tab import SessionsTab

if TYPE_CHECKING:
    from app.services.registry import Services

K = RecordKind


class RecordView(Protocol):
    """What a feature's tab offers the workspace."""

    def show_record(self, client_id: UUID, data: Any) -> None: ...
    def clear(self) -> None: ...


@dataclass(frozen=True, slots=True)
class RecordFeature:
    key: str
    title: str  # source text; shown through `label()`
    kinds: frozenset[RecordKind]
    make_view: Callable[[AppContext, QWidget], QWidget]
    load: Callable[[Services, UUID], Any]

    def label(self) -> str:
        return QCoreApplication.translate("RecordFeature", self.title)


FEATURES: tuple[RecordFeature, ...] = (
    RecordFeature("overview", QT_TRANSLATE_NOOP("RecordFeature", "&Overview"),
                  frozenset(K), OverviewTab,
                  lambda services, client_id: services.overview.get(client_id)),
    RecordFeature("sessions", QT_TRANSLATE_NOOP("RecordFeature", "&Sessions"),
                  frozenset({K.SESSION}), SessionsTab,
                  lambda services, client_id: services.sessions.list(client_id)),
    RecordFeature("goals", QT_TRANSLATE_NOOP("RecordFeature", "&Goals && agreement"),
                  frozenset({K.GOAL, K.AGREEMENT, K.RATING}), GoalsTab,
                  lambda services, client_id: GoalsData(
                      services.agreements.goals(client_id),
                      services.agreements.versions(client_id),
                      services.agreements.ratings(client_id),
                      services.profile.get().therapist_name)),
    RecordFeature("checklists",
                  QT_TRANSLATE_NOOP("RecordFeature", "&Boundaries && transparency"),
                  frozenset({K.CHECKLIST}), BoundariesTab,
                  lambda services, client_id: services.checklists.list(client_id)),
    RecordFeature("feedback", QT_TRANSLATE_NOOP("RecordFeature", "&Feedback && measures"),
                  frozenset({K.FEEDBACK, K.MEASURE}), FeedbackTab,
                  lambda services, client_id: FeedbackData(services.feedback.list(client_id),
                                                           services.measures.list(client_id),
                                                           services.measures.flags(client_id))),
    RecordFeature("exercises", QT_TRANSLATE_NOOP("RecordFeature", "E&xercises"),
                  frozenset({K.EXERCISE}), ExercisesTab,
                  lambda services, client_id: services.exercises.list(client_id)),
)

# Search results of these kinds open the feature that shows them.
_SEARCH_KINDS = {"checklist item": K.CHECKLIST}


def feature_for(kind: str) -> RecordFeature:
    """The feature that shows records of `kind` (the overview for anything else)."""
    wanted = _SEARCH_KINDS.get(kind, kind)
    for feature in FEATURES[1:]:
        if wanted in feature.kinds:
            return feature
    return FEATURES[0]
