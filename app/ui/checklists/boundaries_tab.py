"""The client's boundaries and transparency checklists: each topic, where it stands, who
raised it and what was said."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.checklists import ChecklistView
from app.ui.kit.dates import long_date
from app.ui.kit.labels import choice_label
from app.ui.kit.record_tab import Page, RecordTab


class BoundariesTab(RecordTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Boundaries and transparency"), parent)

    def later_note(self) -> str:
        return self.tr("Walking through the checklist together and updating it comes in a "
                       "later update of Reciprocal. Here you can see where each topic stands.")

    def page_for(self, checklists: list[ChecklistView]) -> Page:
        page = Page()
        if not checklists:
            page.muted(self.tr("No checklist started for this client yet."))
        for checklist in checklists:
            page.heading(checklist.title or self.tr("Checklist"))
            page.table(
                [self.tr("Topic"), self.tr("Where it stands"), self.tr("Raised by"),
                 self.tr("Date"), self.tr("Note")],
                [[self.tr("(damaged record)"), "", "", "", ""] if item.damaged else
                 [item.topic, choice_label("checklist status", item.status),
                  choice_label("raised by", item.raised_by), long_date(item.discussed_on),
                  item.note] for item in checklist.items],
            )
        return page
