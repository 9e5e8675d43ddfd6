"""The client's boundaries and transparency checklists, walked through together: each topic,
where it stands, who raised it and what was said; a checklist started from the practice's
template (the client's copy: changing the template later never rewrites it) and topics of the
client's own."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from app.services.checklists import ChecklistItemView, ChecklistView, TemplateView
from app.ui.checklists.item_dialog import ItemDialog, ItemForm
from app.ui.kit.context import AppContext
from app.ui.kit.dates import long_date
from app.ui.kit.error_dialog import show_error
from app.ui.kit.labels import choice_label
from app.ui.kit.record_tab import Link, Page, RecordTab

TOPIC, ADD = "topic:", "add-topic:"  # links: these, then an item's or a checklist's id


class BoundariesTab(RecordTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Boundaries and transparency"), parent)
        self._ctx = ctx
        self._items: dict[str, tuple[UUID, ChecklistItemView]] = {}
        self._checklists: set[str] = set()
        self.start_button = QPushButton(self.tr("&Start a checklist"), self)
        self.start_button.setAccessibleDescription(
            self.tr("A new checklist for this client, from the practice's template"))
        self.start_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.indexOf(self.view), row)
        self.start_button.clicked.connect(self._on_start_clicked)

    def later_note(self) -> str:
        return self.tr("Choose a topic to note where it stands. The practice's templates are "
                       "edited in Settings.")

    def show_record(self, client_id: UUID, data: list[ChecklistView]) -> None:
        self._items = {str(i.id): (c.id, i) for c in data for i in c.items if not i.damaged}
        self._checklists = {str(c.id) for c in data}
        self.start_button.setEnabled(True)
        super().show_record(client_id, data)

    def clear(self) -> None:
        self._items, self._checklists = {}, set()
        self.start_button.setEnabled(False)
        super().clear()

    def page_for(self, checklists: list[ChecklistView]) -> Page:
        page = Page()
        if not checklists:
            page.muted(self.tr("No checklist started for this client yet. Start one to walk "
                               "through what they have a right to know, over the first "
                               "sessions."))
        for checklist in checklists:
            page.heading(checklist.title or self.tr("Checklist"))
            page.table(
                [self.tr("Topic"), self.tr("Where it stands"), self.tr("Raised by"),
                 self.tr("Date"), self.tr("Note")],
                [[self.tr("(damaged record)"), "", "", "", ""] if item.damaged else
                 [Link(TOPIC + str(item.id), item.topic),
                  choice_label("checklist status", item.status),
                  choice_label("raised by", item.raised_by), long_date(item.discussed_on),
                  item.note] for item in checklist.items],
            )
            page.link(ADD + str(checklist.id), self.tr("Add a topic of our own…"))
        return page

    def on_link(self, address: str) -> None:
        if address.startswith(TOPIC) and address.removeprefix(TOPIC) in self._items:
            checklist_id, item = self._items[address.removeprefix(TOPIC)]
            self.open_item(checklist_id, item)
        elif address.startswith(ADD) and address.removeprefix(ADD) in self._checklists:
            self.open_item(UUID(address.removeprefix(ADD)), None)

    def open_item(self, checklist_id: UUID,
                  item: ChecklistItemView | None) -> ItemDialog | None:
        if self._client_id is None:
            return None
        dialog = ItemDialog(self._ctx, self._client_id, checklist_id, item, self)
        dialog.open()
        return dialog

    def reopen(self, form: ItemForm) -> ItemDialog:
        """A form that a lock kept, in its dialog again."""
        kept = self._items.get(str(form.item_id))
        dialog = ItemDialog(self._ctx, form.client_id, form.checklist_id,
                            kept[1] if kept else None, self, form)
        dialog.open()
        return dialog

    def _on_start_clicked(self) -> None:
        """From the only template at once; with several, the therapist chooses."""
        checklists = self._ctx.services.checklists
        self._ctx.op(self, checklists.templates).success(self._offer_templates).run()

    def _offer_templates(self, templates: list[TemplateView]) -> None:
        usable = [t for t in templates if not t.damaged]
        if len(usable) <= 1:
            self.start_from(usable[0].id if usable else None)
            return
        self.templates_menu = QMenu(self)
        for template in usable:
            action = self.templates_menu.addAction(template.name)
            action.triggered.connect(lambda _checked=False, t=template.id: self.start_from(t))
        self.templates_menu.popup(self.start_button.mapToGlobal(
            self.start_button.rect().bottomLeft()))

    def start_from(self, template_id: UUID | None) -> None:
        client_id, checklists = self._client_id, self._ctx.services.checklists
        if client_id is None:
            return
        self.start_button.setEnabled(False)
        self._ctx.op(self, lambda: checklists.start(client_id, template_id)) \
            .success(lambda _view: self.start_button.setEnabled(True)) \
            .failure(self._on_failed).run()

    def _on_failed(self, error: BaseException) -> None:
        self.start_button.setEnabled(True)
        show_error(self, error)
