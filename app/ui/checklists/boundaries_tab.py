"""The client's boundaries and transparency checklists: each topic, where it stands, who
raised it and what was said."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.services.checklists import STATUS_LABELS
from app.ui.kit.record_tab import Page, RecordTab, day


class BoundariesTab(RecordTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Boundaries and transparency"), parent)

    def later_note(self) -> str:
        return self.tr("Walking through the checklist together and updating it comes in a "
                       "later update of Reciprocal. Here you can see where each topic stands.")

    def render(self, record: Any) -> Page:
        page = Page()
        if not record.checklists:
            page.muted(self.tr("No checklist started for this client yet."))
        raised_by = {"client": self.tr("client"), "therapist": self.tr("therapist")}
        for checklist in record.checklists:
            page.heading(checklist.title or self.tr("Checklist"))
            page.table(
                [self.tr("Topic"), self.tr("Where it stands"), self.tr("Raised by"),
                 self.tr("Date"), self.tr("Note")],
                [[self.tr("(damaged record)"), "", "", "", ""] if item.damaged else
                 [item.topic, STATUS_LABELS.get(item.status, item.status),
                  raised_by.get(item.raised_by, item.raised_by), day(item.discussed_on),
                  item.note] for item in checklist.items],
            )
        return page
