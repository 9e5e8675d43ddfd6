"""One topic of a client's boundaries & transparency checklist, walked through together:
where it stands (not yet / discussed / agreed / come back to this), who raised it, what was
said, and when. Also a topic of the client's own, added to their checklist only. Kept through a
lock like every record dialog."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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

from app.services.checklists import RAISED_BY, STATUSES, ChecklistItemView, ItemDraft
from app.ui.kit.context import AppContext
from app.ui.kit.labels import choice_label
from app.ui.kit.look import hint
from app.ui.kit.record_dialog import RecordDialog, create_or_update


@dataclass(frozen=True, slots=True)
class ItemForm:
    client_id: UUID
    checklist_id: UUID
    item_id: UUID | None  # None: a topic added to this client's checklist
    draft: ItemDraft


def save_item_form(services: Any, record: Any, form: ItemForm) -> ChecklistItemView:
    checklists = services.checklists
    return create_or_update(record, form.item_id,
                            lambda: checklists.add_item(form.checklist_id, form.draft),
                            lambda item_id: checklists.update_item(item_id, form.draft))


class ItemDialog(RecordDialog):
    save_form = save_item_form

    def __init__(self, ctx: AppContext, client_id: UUID, checklist_id: UUID,
                 item: ChecklistItemView | None, parent: QWidget,
                 form: ItemForm | None = None) -> None:
        super().__init__(ctx, parent, "checklist-item-dialog")
        self._client_id, self._checklist_id, self._item = client_id, checklist_id, item
        self._description = ""  # a template topic's explanation, kept as it is
        self._discussed_on: date | None = None
        self._item_id = item.id if item is not None else (form.item_id if form else None)
        new = self._item_id is None
        self.setWindowTitle(self.tr("A topic of our own") if new else self.tr("Topic"))
        self.topic = QLineEdit(self)
        self.topic.setAccessibleName(self.tr("Topic"))
        self.about = hint("", self)
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem(choice_label("checklist status", status), status)
        self.raised_by = QComboBox(self)
        for who in RAISED_BY:
            self.raised_by.addItem(choice_label("raised by", who), who)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("What was said or agreed"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = self.button_box(self.tr("&Add topic") if new else self.tr("&Save"))
        fields = QFormLayout()
        fields.addRow(self.tr("&Topic"), self.topic)
        fields.addRow("", self.about)
        fields.addRow(self.tr("&Where it stands"), self.status)
        fields.addRow(self.tr("&Raised by"), self.raised_by)
        fields.addRow(self.tr("&What was said"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(hint(self.tr("The date is noted for you when the topic has been talked "
                                      "about."), self))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if item is not None:
            self._fill(ItemDraft(item.topic, item.description, item.status, item.raised_by,
                                 item.note, item.discussed_on))
        else:
            self.raised_by.setCurrentIndex(max(0, self.raised_by.findData("client")))
        if form is not None:
            self._fill(form.draft)
        self.resize(560, self.sizeHint().height())
        (self.topic if new else self.status).setFocus()

    def _fill(self, draft: ItemDraft) -> None:
        self.topic.setText(draft.topic)
        self._description = draft.description
        self._discussed_on = draft.discussed_on
        self.about.setText(draft.description)
        self.about.setVisible(bool(draft.description))
        self.status.setCurrentIndex(max(0, self.status.findData(draft.status)))
        self.raised_by.setCurrentIndex(max(0, self.raised_by.findData(draft.raised_by)))
        self.note.setPlainText(draft.note)

    def typed(self) -> ItemForm:
        draft = ItemDraft(self.topic.text().strip(), self._description,
                          self.status.currentData(), self.raised_by.currentData(),
                          self.note.toPlainText().strip(),
                          self._discussed_on)
        return ItemForm(self._client_id, self._checklist_id, self._item_id, draft)

    def form(self) -> ItemForm | None:
        form = self.typed()
        if self._item is not None:
            i, d = self._item, form.draft
            same = (d.topic, d.status, d.raised_by, d.note) == (i.topic, i.status, i.raised_by,
                                                                i.note)
            return None if same else form
        return form if (form.draft.topic or form.draft.note) else None

