"""The practice's boundaries & transparency checklists: the built-in one (its wording can be
changed, and put back as it came) and the therapist's own. A client's checklist is a copy made
when it is started, so nothing edited here changes a checklist a client already has."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.checklists import TemplateDraft, TemplateItem, TemplateView
from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.confirm import confirm
from app.ui.kit.context import AppContext
from app.ui.kit.error_dialog import error_sentence
from app.ui.kit.look import hint, label_for


class TemplatesDialog(AppDialog):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent, ctx.settings, "checklist-templates-dialog")
        self._ctx = ctx
        self._templates: list[TemplateView] = []
        self._current: TemplateView | None = None  # None with a name typed: a new one
        self.setWindowTitle(self.tr("Checklist templates"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setWordWrap(True)  # a long name takes two lines rather than a scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self.tr("&New template"), self)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.topics = QTableWidget(0, 2, self)
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.setHorizontalHeaderLabels([self.tr("Topic"), self.tr("What it covers")])
        header = self.topics.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("M") * 16)
        self.topics.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.topics.setWordWrap(True)
        self.add_topic = QPushButton(self.tr("Add a &topic"), self)
        self.remove_topic = QPushButton(self.tr("&Remove the topic"), self)
        self.save_button = QPushButton(self.tr("&Save template"), self)
        self.reset_button = QPushButton(self.tr("Put the &original wording back"), self)
        self.delete_button = QPushButton(self.tr("&Delete template…"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        topic_buttons = QHBoxLayout()
        for button in (self.add_topic, self.remove_topic):
            topic_buttons.addWidget(button)
        topic_buttons.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.save_button, self.reset_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QVBoxLayout()
        name_row = QHBoxLayout()
        name_row.addWidget(label_for(self.tr("&Name"), self.name, self))
        name_row.addWidget(self.name, 1)
        right.addLayout(name_row)
        right.addWidget(self.topics, 1)
        right.addLayout(topic_buttons)
        right.addLayout(actions)
        right.addWidget(self.message)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        close = self.button_box(self.tr("&Close"))
        close.button(close.StandardButton.Cancel).hide()
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "A client's checklist is their own copy, made when it is started: changing a "
            "template here never changes a checklist a client already has."), self))
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(900, 560)
        self.list.currentRowChanged.connect(self._on_chosen)
        self.new_button.clicked.connect(self._on_new)
        self.add_topic.clicked.connect(lambda: self._add_row(TemplateItem("")))
        self.remove_topic.clicked.connect(self._on_remove_topic)
        self.save_button.clicked.connect(self._on_save)
        self.reset_button.clicked.connect(self._on_reset)
        self.delete_button.clicked.connect(self._on_delete)
        self._load()

    # -- loading and showing ------------------------------------------------------------------
    def _load(self, select: Any = None) -> None:
        checklists = self._ctx.services.checklists
        self._ctx.op(self, checklists.templates) \
            .success(lambda found: self._show_templates(found, select)).run()

    def _show_templates(self, templates: list[TemplateView], select: Any) -> None:
        self._templates = [t for t in templates if not t.damaged]
        self.list.blockSignals(True)
        self.list.clear()
        for template in self._templates:
            name = template.name + (self.tr(" (built in)") if template.builtin else "")
            self.list.addItem(QListWidgetItem(name))
        self.list.blockSignals(False)
        ids = [t.id for t in self._templates]
        self.list.setCurrentRow(ids.index(select) if select in ids else 0)
        self._on_chosen(self.list.currentRow())

    def _on_chosen(self, row: int) -> None:
        template = self._templates[row] if 0 <= row < len(self._templates) else None
        self._show(template)

    def _show(self, template: TemplateView | None) -> None:
        self._current = template
        self.name.setText(template.name if template else "")
        self.topics.setRowCount(0)
        for item in (template.items if template else ()):
            self._add_row(item)
        self.topics.resizeRowsToContents()  # every topic and its explanation whole
        self.reset_button.setVisible(template is not None and template.builtin)
        self.delete_button.setEnabled(template is not None and not template.builtin)
        self.message.clear()

    def _add_row(self, item: TemplateItem) -> None:
        row = self.topics.rowCount()
        self.topics.insertRow(row)
        topic = QTableWidgetItem(item.topic)
        self.topics.setItem(row, 0, topic)
        self.topics.setItem(row, 1, QTableWidgetItem(item.description))
        if not item.topic:  # a new one: ready to type
            self.topics.setCurrentCell(row, 0)
            self.topics.editItem(topic)

    def draft(self) -> TemplateDraft:
        items = []
        for row in range(self.topics.rowCount()):
            topic, about = (self.topics.item(row, c) for c in (0, 1))
            words = topic.text().strip() if topic else ""
            if words:
                items.append(TemplateItem(words, about.text().strip() if about else ""))
        return TemplateDraft(self.name.text().strip(), tuple(items))

    # -- changing -----------------------------------------------------------------------------
    def _on_new(self) -> None:
        self.list.clearSelection()
        self._show(None)
        self.name.setText(self.tr("My checklist"))
        self.name.selectAll()
        self.name.setFocus()

    def _on_remove_topic(self) -> None:
        row = self.topics.currentRow()
        if row >= 0:
            self.topics.removeRow(row)

    def _on_save(self) -> None:
        draft, current, checklists = self.draft(), self._current, self._ctx.services.checklists
        if current is None:
            def job() -> TemplateView:
                return checklists.create_template(draft)
        else:
            template_id = current.id

            def job() -> TemplateView:
                return checklists.update_template(template_id, draft)
        self._ctx.op(self, job).success(lambda saved: self._saved(saved)) \
            .failure(lambda error: self.message.setText(error_sentence(error))).run()

    def _saved(self, saved: TemplateView) -> None:
        self._load(saved.id)
        self.message.setText(self.tr("Saved."))

    def _on_reset(self) -> None:
        checklists = self._ctx.services.checklists
        self._ctx.op(self, checklists.reset_default).success(self._saved).run()

    def _on_delete(self) -> None:
        current = self._current
        if current is None or current.builtin:
            return
        checklists = self._ctx.services.checklists

        def delete() -> None:
            self._ctx.op(self, lambda: checklists.delete_template(current.id)) \
                .success(lambda _none: self._load()).run()

        confirm(self, self.tr("Delete template"),
                self.tr("Delete the template “{name}”? Clients' checklists made from it stay as "
                        "they are.").format(name=current.name),
                self.tr("Delete template"), delete, destructive=True)
