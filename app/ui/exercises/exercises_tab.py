"""Exercises agreed between sessions, and what the client reported back."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.exercises import ExerciseView
from app.ui.kit.dates import long_date
from app.ui.kit.labels import choice_label
from app.ui.kit.record_tab import Page, RecordTab


class ExercisesTab(RecordTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Exercises between sessions"), parent)

    def later_note(self) -> str:
        return self.tr("Agreeing exercises and noting how they went comes in a later update of "
                       "Reciprocal. Here you can see what is recorded.")

    def page_for(self, exercises: list[ExerciseView]) -> Page:
        page = Page()
        if not exercises:
            page.muted(self.tr("No exercises agreed yet."))
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
        return page
