"""Record the client's feedback on a session: four ratings from 0 ("not at all") to 10
("completely") in the app's own wording, what could be different next time in their words,
and the therapist's reflection on it. A rating the client leaves out stays "not rated"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from uuid import UUID

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.feedback import RATINGS, FeedbackDraft
from app.ui.kit.context import AppContext
from app.ui.kit.dates import date_format
from app.ui.kit.labels import choice_label, different_next_time
from app.ui.kit.look import hint
from app.ui.kit.record_dialog import RecordDialog

NOT_RATED = -1


@dataclass(frozen=True, slots=True)
class FeedbackForm:
    """What the dialog holds, for keeping it through a lock."""

    client_id: UUID
    draft: FeedbackDraft


def save_feedback_form(services: Any, _record: Any, form: FeedbackForm) -> Any:
    return services.feedback.record(form.client_id, form.draft)


class FeedbackDialog(RecordDialog):
    save_form = save_feedback_form

    def __init__(self, ctx: AppContext, client_id: UUID, parent: QWidget,
                 form: FeedbackForm | None = None) -> None:
        super().__init__(ctx, parent, "feedback-dialog")
        self._client_id = client_id
        self.setWindowTitle(self.tr("Session feedback"))
        self.given_on = QDateEdit(self)
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat(date_format())
        self.given_on.setAccessibleName(self.tr("Date"))
        today = date.today()
        self.given_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.given_on.setDate(QDate(today.year, today.month, today.day))
        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        fields.addRow(self.tr("&Date"), self.given_on)
        fields.addRow(hint(self.tr("Each from 0 (not at all) to 10 (completely); leave any the "
                                 "client prefers not to rate as “not rated”."), self))
        self.ratings: dict[str, QSpinBox] = {}
        for key, _words in RATINGS:
            statement = choice_label("feedback statement", key)
            box = QSpinBox(self)
            box.setRange(NOT_RATED, 10)
            box.setSpecialValueText(self.tr("not rated"))
            box.setValue(NOT_RATED)
            box.setAccessibleName(statement)
            self.ratings[key] = box
            label = QLabel(statement, self)
            label.setWordWrap(True)
            label.setBuddy(box)
            fields.addRow(label, box)
        self.different = QPlainTextEdit(self)
        self.different.setTabChangesFocus(True)
        self.different.setAccessibleName(different_next_time())
        self.reflection = QPlainTextEdit(self)
        self.reflection.setTabChangesFocus(True)
        self.reflection.setAccessibleName(self.tr("Your reflection on it"))
        for edit in (self.different, self.reflection):
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        different_label = QLabel(self.tr("{question} (in the client's words)").format(
            question=different_next_time()), self)
        different_label.setWordWrap(True)
        different_label.setBuddy(self.different)
        reflection_label = QLabel(self.tr("Your &reflection on it (for your record):"), self)
        reflection_label.setBuddy(self.reflection)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = self.button_box(self.tr("&Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(different_label)
        layout.addWidget(self.different)
        layout.addWidget(reflection_label)
        layout.addWidget(self.reflection)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        if form is not None:
            self._fill(form.draft)
        self.ratings[RATINGS[0][0]].setFocus()

    def _fill(self, draft: FeedbackDraft) -> None:
        for key, box in self.ratings.items():
            value = getattr(draft, key)
            box.setValue(NOT_RATED if value is None else value)
        self.different.setPlainText(draft.different_next_time)
        self.reflection.setPlainText(draft.therapist_reflection)
        if draft.given_at is not None:
            day = draft.given_at.date()
            self.given_on.setDate(QDate(day.year, day.month, day.day))

    def form(self) -> FeedbackForm | None:
        draft = self.typed().draft
        typed = (any(getattr(draft, key) is not None for key, _ in RATINGS)
                 or draft.different_next_time or draft.therapist_reflection)
        return FeedbackForm(self._client_id, draft) if typed else None

    def draft(self) -> FeedbackDraft:
        day = self.given_on.date()
        given_on = date(day.year(), day.month(), day.day())
        given_at = datetime.now() if given_on == date.today() else datetime.combine(
            given_on, time(12, 0))
        scores = {key: (None if box.value() == NOT_RATED else box.value())
                  for key, box in self.ratings.items()}
        return FeedbackDraft(heard=scores["heard"], mattered=scores["mattered"],
                             fit=scores["fit"], overall=scores["overall"],
                             different_next_time=self.different.toPlainText().strip(),
                             therapist_reflection=self.reflection.toPlainText().strip(),
                             given_at=given_at.replace(microsecond=0))

    def typed(self) -> FeedbackForm:
        return FeedbackForm(self._client_id, self.draft())

