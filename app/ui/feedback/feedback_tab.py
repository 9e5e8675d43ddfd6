"""The client's voice over time: their session feedback, and PHQ-9 / GAD-7 scores with the
published severity bands."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.services.feedback import RATINGS, FeedbackView
from app.services.measures import MeasureView
from app.ui.kit.dates import long_date
from app.ui.kit.labels import choice_label
from app.ui.kit.record_tab import Page, RecordTab


class FeedbackTab(RecordTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Feedback and measures"), parent)

    def later_note(self) -> str:
        return self.tr("Recording feedback and questionnaires, and charts over time, come in a "
                       "later update of Reciprocal. Here you can see what is recorded.")

    def page_for(self, data: tuple[list[FeedbackView], list[MeasureView]]) -> Page:
        feedback, measures = data
        page = Page().heading(self.tr("Session feedback (0–10)"))
        if not feedback:
            page.muted(self.tr("No feedback recorded yet."))
        else:
            short = {"heard": self.tr("Heard"), "mattered": self.tr("What mattered"),
                     "fit": self.tr("Fit"), "overall": self.tr("Overall")}
            page.table(
                [self.tr("Date"), *(short[key] for key, _ in RATINGS),
                 self.tr("What could be different")],
                [[long_date(f.given_at), self.tr("(damaged record)"), "", "", "", ""] if f.damaged
                 else [long_date(f.given_at), *(self._score(getattr(f, key)) for key, _ in RATINGS),
                       f.different_next_time] for f in feedback],
            )
        page.heading(self.tr("Questionnaires"))
        if not measures:
            page.muted(self.tr("No PHQ-9 or GAD-7 recorded yet."))
        else:
            page.table(
                [self.tr("Date"), self.tr("Questionnaire"), self.tr("Score"),
                 self.tr("Severity"), self.tr("Follow-up")],
                [[long_date(m.taken_at), self.tr("(damaged record)"), "", "", ""] if m.damaged
                 else [long_date(m.taken_at), m.instrument, m.total, choice_label("severity", m.severity),
                       self._followup(m)] for m in reversed(measures)],
            )
        return page

    @staticmethod
    def _score(value: int | None) -> str:
        return "" if value is None else str(value)

    def _followup(self, measure: Any) -> str:
        if measure.needs_followup:
            return self.tr("Item 9 needs a follow-up")
        if measure.followup is not None:
            return measure.followup.note or self.tr("Followed up")
        return ""
