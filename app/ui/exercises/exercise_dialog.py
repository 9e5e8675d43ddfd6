"""Agree an exercise between sessions with the client — from the library or in your own words —
or change one: its kind, how often, whether it is current, paused or done, and how it went in
the client's words. Kept through a lock like every record dialog."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.exercises import KINDS, STATUSES, ExerciseDraft, ExerciseView
from app.ui.exercises.library import LIBRARY
from app.ui.kit.context import AppContext
from app.ui.kit.labels import choice_label
from app.ui.kit.record_dialog import RecordDialog, create_or_update

OWN = -1  # "in your own words", in the library chooser


@dataclass(frozen=True, slots=True)
class ExerciseForm:
    client_id: UUID
    exercise_id: UUID | None  # None: a new exercise
    draft: ExerciseDraft
    status: str
    report_back: str


def save_exercise_form(services: Any, record: Any, form: ExerciseForm) -> ExerciseView:
    """Create or change the exercise, then its status and the client's report back. `record`
    (a kept save's) remembers one created by an earlier run, which a second run changes."""
    exercises = services.exercises
    view = create_or_update(record, form.exercise_id,
                            lambda: exercises.create(form.client_id, form.draft),
                            lambda exercise_id: exercises.update(exercise_id, form.draft))
    if form.status != view.status:
        view = exercises.set_status(view.id, form.status)
    if form.report_back != view.report_back:
        view = exercises.report_back(view.id, form.report_back)
    return view


class ExerciseDialog(RecordDialog):
    save_form = save_exercise_form

    def __init__(self, ctx: AppContext, client_id: UUID, exercise: ExerciseView | None,
                 parent: QWidget, form: ExerciseForm | None = None) -> None:
        super().__init__(ctx, parent, "exercise-dialog")
        self._client_id = client_id
        self._exercise = exercise
        self._exercise_id = exercise.id if exercise is not None else (
            form.exercise_id if form is not None else None)
        new = self._exercise_id is None
        self.setWindowTitle(self.tr("Agree an exercise") if new else self.tr("Exercise"))
        self.start_from = QComboBox(self)
        self.start_from.addItem(self.tr("My own words"), OWN)
        for number, item in enumerate(LIBRARY):
            self.start_from.addItem(item.words()[0], number)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(choice_label("exercise kind", kind), kind)
        self.frequency = QLineEdit(self)
        self.frequency.setAccessibleName(self.tr("How often"))
        self.frequency.setPlaceholderText(self.tr("for example: every evening"))
        self.instructions = QPlainTextEdit(self)
        self.instructions.setTabChangesFocus(True)
        self.instructions.setAccessibleName(self.tr("What to do"))
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem(choice_label("exercise status", status), status)
        self.report = QPlainTextEdit(self)
        self.report.setTabChangesFocus(True)
        self.report.setAccessibleName(self.tr("How it went, in the client's words"))
        for edit, lines in ((self.instructions, 4), (self.report, 3)):
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = self.button_box(self.tr("&Agree") if new else self.tr("&Save"))
        fields = QFormLayout()
        if new:
            fields.addRow(self.tr("&Start from"), self.start_from)
        fields.addRow(self.tr("&Title"), self.title)
        fields.addRow(self.tr("&Kind"), self.kind)
        fields.addRow(self.tr("How &often"), self.frequency)
        fields.addRow(self.tr("&What to do"), self.instructions)
        if not new:
            fields.addRow(self.tr("St&atus"), self.status)
            fields.addRow(self.tr("How it &went\n(their words)"), self.report)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.start_from.setVisible(new)
        self.status.setVisible(not new)
        self.report.setVisible(not new)
        self.start_from.currentIndexChanged.connect(self._on_start_from)
        if exercise is not None:
            self._fill(ExerciseDraft(exercise.title, exercise.instructions, exercise.kind,
                                     exercise.frequency, exercise.session_id),
                       exercise.status, exercise.report_back)
        if form is not None:
            self._fill(form.draft, form.status, form.report_back)
        self.resize(560, self.sizeHint().height())
        (self.start_from if new else self.title).setFocus()

    def _fill(self, draft: ExerciseDraft, status: str, report: str) -> None:
        self.title.setText(draft.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
        self.frequency.setText(draft.frequency)
        self.instructions.setPlainText(draft.instructions)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.report.setPlainText(report)

    def _on_start_from(self) -> None:
        number = self.start_from.currentData()
        if number == OWN:
            return
        item = LIBRARY[number]
        title, instructions, frequency = item.words()
        self._fill(ExerciseDraft(title, instructions, item.kind, frequency), "active", "")

    def typed(self) -> ExerciseForm:
        session_id = self._exercise.session_id if self._exercise is not None else None
        draft = ExerciseDraft(self.title.text().strip(), self.instructions.toPlainText().strip(),
                              self.kind.currentData(), self.frequency.text().strip(), session_id)
        return ExerciseForm(self._client_id, self._exercise_id, draft,
                            self.status.currentData(), self.report.toPlainText().strip())

    def form(self) -> ExerciseForm | None:
        form = self.typed()
        if self._exercise is not None:
            before = self._exercise
            same = (form.draft.title, form.draft.instructions, form.draft.kind,
                    form.draft.frequency, form.status, form.report_back) == (
                before.title, before.instructions, before.kind, before.frequency,
                before.status, before.report_back)
            return None if same else form
        return form if (form.draft.title or form.draft.instructions) else None

