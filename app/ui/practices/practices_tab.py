"""Practices agreed between sessions, and what the client reported back."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.practices import PracticeView
from app.ui.kit.dates import long_date
from app.ui.kit.labels import choice_label
from app.ui.kit.record_tab import Page, RecordTab


class PracticesTab(RecordTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Practices"), parent)

    def later_note(self) -> str:
        return self.tr("Agreeing practices and noting how they went comes in a later update of "
                       "Reciprocal. Here you can see what is recorded.")

    def render(self, practices: list[PracticeView]) -> Page:
        page = Page()
        if not practices:
            page.muted(self.tr("No practices agreed yet."))
        for practice in practices:
            if practice.damaged:
                page.muted(self.tr("A damaged practice record cannot be shown."))
                continue
            facts = " · ".join(f for f in (choice_label("practice kind", practice.kind),
                                           practice.frequency,
                                           choice_label("practice status", practice.status)) if f)
            page.heading(practice.title)
            page.muted(self.tr("{facts} · agreed {day}").format(facts=facts,
                                                               day=long_date(practice.created_at)))
            if practice.instructions:
                page.text(practice.instructions)
            if practice.report_back:
                page.labelled(self.tr("How it went, in their words"), practice.report_back)
        return page
