"""The client's voice over time: their session feedback, and PHQ-9 / GAD-7 scores on the
published severity bands — recorded here, charted, and listed in full.

A PHQ-9 whose item 9 was answered above "Not at all" stays flagged at the top of this tab (as on
the Overview and in the client list) until the therapist records how it was followed up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.feedback import GIVEN_BY_CLIENT, RATINGS, FeedbackView
from app.services.measures import GAD7, INSTRUMENTS, PHQ9, Instrument, MeasureFlag, MeasureView
from app.ui.feedback.charts import (
    describe_feedback,
    describe_measures,
    draw_feedback,
    draw_measures,
    rating_names,
)
from app.ui.feedback.feedback_dialog import FeedbackDialog, FeedbackForm
from app.ui.feedback.followup_dialog import FollowupDialog, FollowupForm
from app.ui.feedback.measure_dialog import MeasureDialog, MeasureForm
from app.ui.kit.charts import chart_view, describe
from app.ui.kit.context import AppContext
from app.ui.kit.dates import long_date
from app.ui.kit.labels import choice_label
from app.ui.kit.record_dialog import RecordDialog
from app.ui.kit.record_tab import Page, RecordTab


@dataclass(frozen=True, slots=True)
class FeedbackData:
    feedback: list[FeedbackView]
    measures: list[MeasureView]  # oldest first
    flags: list[MeasureFlag]  # PHQ-9 item 9 answers not yet followed up


class _Tables(RecordTab):
    """Every feedback and questionnaire, in words."""

    def page_for(self, data: FeedbackData) -> Page:
        page = Page().heading(self.tr("Session feedback (0–10)"))
        if not data.feedback:
            page.muted(self.tr("No feedback recorded yet."))
        else:
            names = rating_names()
            page.table(
                [self.tr("Date"), *(names[key] for key, _ in RATINGS),
                 self.tr("What could be different"), self.tr("Your reflection")],
                [[long_date(f.given_at), self.tr("(damaged record)"), "", "", "", "", ""]
                 if f.damaged else
                 [self._when(f), *(self._score(getattr(f, key)) for key, _ in RATINGS),
                  f.different_next_time, f.therapist_reflection] for f in data.feedback],
            )
        page.heading(self.tr("Questionnaires"))
        if not data.measures:
            page.muted(self.tr("No PHQ-9 or GAD-7 recorded yet."))
        else:
            page.table(
                [self.tr("Date"), self.tr("Questionnaire"), self.tr("Score"),
                 self.tr("Severity"), self.tr("Filled in"), self.tr("Follow-up")],
                [[long_date(m.taken_at), self.tr("(damaged record)"), "", "", "", ""]
                 if m.damaged else
                 [long_date(m.taken_at), m.instrument, m.total,
                  choice_label("severity", m.severity), choice_label("measure mode", m.mode),
                  self._followup(m)] for m in reversed(data.measures)],
            )
        return page

    def _when(self, feedback: FeedbackView) -> str:
        """The date, and whether the client gave it alone (in hand-over mode)."""
        if feedback.given_by == GIVEN_BY_CLIENT:
            return self.tr("{day} (by the client)").format(day=long_date(feedback.given_at))
        return long_date(feedback.given_at)

    @staticmethod
    def _score(value: int | None) -> str:
        return "" if value is None else str(value)

    def _followup(self, measure: Any) -> str:
        if measure.needs_followup:
            return self.tr("Item 9 needs a follow-up")
        if measure.followup is not None:
            return measure.followup.note or self.tr("Followed up")
        return ""


class FeedbackTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client_id: UUID | None = None
        self._data = FeedbackData([], [], [])
        self.feedback_button = QPushButton(self.tr("Record session &feedback…"), self)
        self.phq9_button = QPushButton(self.tr("Record a PHQ-&9…"), self)
        self.gad7_button = QPushButton(self.tr("Record a GAD-&7…"), self)
        self.chart_choice = QComboBox(self)
        self.chart_choice.setAccessibleName(self.tr("Chart to show"))
        self.chart_choice.addItem(self.tr("PHQ-9 over time"), PHQ9.code)
        self.chart_choice.addItem(self.tr("GAD-7 over time"), GAD7.code)
        self.chart_choice.addItem(self.tr("Session feedback over time"), "feedback")
        actions = QHBoxLayout()
        for button in (self.feedback_button, self.phq9_button, self.gad7_button):
            actions.addWidget(button)
        actions.addStretch(1)
        chooser = QHBoxLayout()  # a row of its own: at a large font one row would not fit
        chooser.addStretch(1)
        chart_label = QLabel(self.tr("C&hart:"), self)
        chart_label.setBuddy(self.chart_choice)
        chooser.addWidget(chart_label)
        chooser.addWidget(self.chart_choice)
        self.flags = QVBoxLayout()
        self.chart = chart_view(self, self.tr("Chart of questionnaires and feedback"))
        self.chart.setMinimumHeight(230)
        self.tables = _Tables(self.tr("Feedback and questionnaires"), self)
        charted = QWidget(self)
        charted_layout = QVBoxLayout(charted)
        charted_layout.setContentsMargins(0, 0, 0, 0)
        charted_layout.addLayout(chooser)
        charted_layout.addWidget(self.chart, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(charted)
        split.addWidget(self.tables)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(self.flags)
        layout.addWidget(split, 1)
        self.feedback_button.clicked.connect(self.open_feedback)
        self.phq9_button.clicked.connect(lambda: self.open_measure(PHQ9))
        self.gad7_button.clicked.connect(lambda: self.open_measure(GAD7))
        self.chart_choice.currentIndexChanged.connect(self._draw_chart)
        self._set_enabled(False)

    # -- the record -------------------------------------------------------------------------
    def show_record(self, client_id: UUID, data: FeedbackData) -> None:
        first_look = client_id != self._client_id
        self._client_id, self._data = client_id, data
        self._set_enabled(True)
        self._show_flags(data.flags)
        if first_look:  # the chart most worth a look: a flagged or latest questionnaire
            with QSignalBlocker(self.chart_choice):  # drawn once, just below
                self.chart_choice.setCurrentIndex(self._best_chart(data))
        self._draw_chart()
        self.tables.show_record(client_id, data)

    def clear(self) -> None:
        self._client_id, self._data = None, FeedbackData([], [], [])
        self._set_enabled(False)
        self._show_flags([])
        self._draw_chart()
        self.tables.clear()

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.feedback_button, self.phq9_button, self.gad7_button):
            button.setEnabled(enabled)

    @staticmethod
    def _best_chart(data: FeedbackData) -> int:
        readable = [m for m in data.measures if not m.damaged]
        if readable:
            return 0 if readable[-1].instrument == PHQ9.code else 1
        return 2 if data.feedback else 0

    def _draw_chart(self) -> None:
        choice = self.chart_choice.currentData()
        if choice == "feedback":
            draw_feedback(self.chart.chart(), self._data.feedback)
            words = describe_feedback(self._data.feedback)
        else:
            instrument = PHQ9 if choice == PHQ9.code else GAD7
            draw_measures(self.chart.chart(), instrument, self._data.measures)
            words = describe_measures(instrument, self._data.measures)
        describe(self.chart, words)

    def _show_flags(self, flags: list[MeasureFlag]) -> None:
        while self.flags.count():
            item = self.flags.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        for flag in flags:
            self.flags.addWidget(self._flag_row(flag))

    def _flag_row(self, flag: MeasureFlag) -> QWidget:
        row = QFrame(self)
        row.setObjectName("safety-flag")
        row.setStyleSheet("#safety-flag { border: 2px solid #c0392b; }")
        if flag.damaged:
            words = self.tr("A PHQ-9 from {day} is damaged and cannot be read; check item 9 with "
                            "the client and record a follow-up.").format(
                                day=long_date(flag.taken_at))
        else:
            words = self.tr("PHQ-9 on {day}: item 9 was answered “{answer}”. No follow-up is "
                            "recorded yet.").format(day=long_date(flag.taken_at),
                                                    answer=flag.answer_label)
        text = QLabel(words, row)
        text.setWordWrap(True)
        text.setStyleSheet("color: #c0392b; font-weight: bold;")
        button = QPushButton(self.tr("Record the follow-up…"), row)
        button.setAccessibleDescription(words)
        button.clicked.connect(lambda: self.open_followup(flag))
        layout = QHBoxLayout(row)
        layout.addWidget(text, 1)
        layout.addWidget(button)
        return row

    # -- recording --------------------------------------------------------------------------
    def open_measure(self, instrument: Instrument) -> MeasureDialog | None:
        if self._client_id is None:
            return None
        dialog = MeasureDialog(self._ctx, self._client_id, instrument, self)
        dialog.accepted.connect(lambda: self._show_chart(instrument.code))
        dialog.open()
        return dialog

    def open_feedback(self) -> FeedbackDialog | None:
        if self._client_id is None:
            return None
        dialog = FeedbackDialog(self._ctx, self._client_id, self)
        dialog.accepted.connect(lambda: self._show_chart("feedback"))
        dialog.open()
        return dialog

    def _show_chart(self, choice: str) -> None:
        """After recording: the chart of what was just recorded."""
        self.chart_choice.setCurrentIndex(self.chart_choice.findData(choice))

    def open_followup(self, flag: MeasureFlag) -> FollowupDialog:
        dialog = FollowupDialog(self._ctx, flag, self)
        dialog.open()
        return dialog

    def reopen(self, form: MeasureForm | FeedbackForm | FollowupForm) -> RecordDialog:
        """A form that a lock kept, in its dialog again (unsaved until the therapist saves)."""
        dialog: RecordDialog
        if isinstance(form, MeasureForm):
            dialog = MeasureDialog(self._ctx, form.client_id, INSTRUMENTS[form.instrument],
                                   self, form)
            dialog.accepted.connect(lambda: self._show_chart(form.instrument))
        elif isinstance(form, FeedbackForm):
            dialog = FeedbackDialog(self._ctx, form.client_id, self, form)
        else:
            dialog = FollowupDialog(self._ctx, form.flag, self, form)
        dialog.open()
        return dialog
