"""Practices agreed between sessions, and what the client reported back."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.ui.kit.record_tab import Page, RecordTab, day


class PracticesTab(RecordTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Practices"), parent)

    def later_note(self) -> str:
        return self.tr("Agreeing practices and noting how they went comes in a later update of "
                       "Reciprocal. Here you can see what is recorded.")

    def render(self, record: Any) -> Page:
        page = Page()
        if not record.practices:
            page.muted(self.tr("No practices agreed yet."))
        status = {"active": self.tr("current"), "paused": self.tr("paused"),
                  "done": self.tr("done")}
        for practice in record.practices:
            if practice.damaged:
                page.muted(self.tr("A damaged practice record cannot be shown."))
                continue
            facts = ", ".join(f for f in (practice.kind, practice.frequency,
                                          status.get(practice.status, practice.status)) if f)
            page.heading(practice.title)
            page.muted(self.tr("{facts} · agreed {day}").format(facts=facts,
                                                               day=day(practice.created_at)))
            if practice.instructions:
                page.text(practice.instructions)
            if practice.report_back:
                page.labelled(self.tr("How it went, in their words"), practice.report_back)
        return page
