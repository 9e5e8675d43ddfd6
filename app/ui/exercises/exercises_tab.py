"""Exercises agreed between sessions, and what the client reported back: agreed here (from
the library or in the therapist's and client's own words), changed, paused or done, and noted
at the next session."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.services.exercises import ExerciseView
from app.ui.exercises.exercise_dialog import ExerciseDialog, ExerciseForm
from app.ui.kit.context import AppContext
from app.ui.kit.dates import long_date
from app.ui.kit.labels import choice_label
from app.ui.kit.record_tab import Page, RecordTab

CHANGE = "exercise:"  # a link to change one exercise: this, then its id


class ExercisesTab(RecordTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Exercises between sessions"), parent)
        self._ctx = ctx
        self._exercises: dict[str, ExerciseView] = {}
        self.add_button = QPushButton(self.tr("&Agree an exercise…"), self)
        self.add_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.indexOf(self.view), row)
        self.add_button.clicked.connect(lambda: self.open_exercise(None))

    def show_record(self, client_id: UUID, data: list[ExerciseView]) -> None:
        self._exercises = {str(e.id): e for e in data if not e.damaged}
        self.add_button.setEnabled(True)
        super().show_record(client_id, data)

    def clear(self) -> None:
        self._exercises = {}
        self.add_button.setEnabled(False)
        super().clear()

    def page_for(self, exercises: list[ExerciseView]) -> Page:
        page = Page()
        if not exercises:
            page.muted(self.tr("No exercises agreed yet. Agree one with the client: from the "
                               "library, or in your own words."))
        for exercise in exercises:
            if exercise.damaged:
                page.muted(self.tr("A damaged exercise record cannot be shown."))
                continue
            facts = " · ".join(f for f in (choice_label("exercise kind", exercise.kind),
                                           exercise.frequency,
                                           choice_label("exercise status", exercise.status)) if f)
            page.heading(exercise.title)
            page.muted(self.tr("{facts} · agreed {day}").format(facts=facts,
                                                               day=long_date(exercise.created_at)))
            if exercise.instructions:
                page.text(exercise.instructions)
            if exercise.report_back:
                page.labelled(self.tr("How it went, in their words"), exercise.report_back)
            page.link(CHANGE + str(exercise.id),
                      self.tr("Note how it went, or change “{title}”…").format(
                          title=exercise.title))
        return page

    def on_link(self, address: str) -> None:
        exercise = self._exercises.get(address.removeprefix(CHANGE))
        if address.startswith(CHANGE) and exercise is not None:
            self.open_exercise(exercise)

    def open_exercise(self, exercise: ExerciseView | None) -> ExerciseDialog | None:
        if self._client_id is None:
            return None
        dialog = ExerciseDialog(self._ctx, self._client_id, exercise, self)
        dialog.open()
        return dialog

    def reopen(self, form: ExerciseForm) -> ExerciseDialog:
        """A form that a lock kept, in its dialog again."""
        dialog = ExerciseDialog(self._ctx, form.client_id,
                                self._exercises.get(str(form.exercise_id)), self, form)
        dialog.open()
        return dialog
