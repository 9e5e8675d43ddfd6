"""The therapist's own journal: reflections, supervision notes and self-care check-ins. Private
to the therapist, never part of a client's record. Entries save themselves as you write."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Change, RecordKind
from app.services.journal import CHECKIN_TOPICS, KINDS, JournalDraft, JournalView
from app.ui.journal.prompts import PROMPTS, prompt_text
from app.ui.kit.autosave import Autosave
from app.ui.kit.confirm import confirm
from app.ui.kit.context import AppContext
from app.ui.kit.dates import long_date
from app.ui.kit.events import touches
from app.ui.kit.labels import choice_label
from app.ui.kit.look import heading, hint, label_for
from app.ui.kit.record_list import RECORD_ROLE, RecordList
from app.ui.kit.save_job import HasId, SaveJob

NOT_RATED = -1


class _EntryRef:
    """The id of the entry being written. A save job sets it on the worker the moment a new
    entry is created, so a second save queued right behind it edits the same entry."""

    __slots__ = ("id",)

    def __init__(self, entry_id: UUID | None = None) -> None:
        self.id = entry_id


def save_entry(services: Any, entry: HasId, draft: JournalDraft) -> JournalView:
    """The panel's save (named, so that a save kept over a lock can be made again); a new
    entry's id is set on `entry` at once."""
    view = services.journal.save(draft, entry.id)
    entry.id = view.id
    return view


class JournalPanel(QWidget):
    def __init__(self, ctx: AppContext, entries: list[JournalView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ref = _EntryRef()
        self._loading = False
        self.kind_labels = {kind: choice_label("journal kind", kind) for kind in KINDS}
        self.autosave = Autosave(self._save_job, self, ctx.op)
        self._build()
        self.autosave.state_changed.connect(self.saved_state.setText)
        self.autosave.saved.connect(self._on_saved)
        self.set_entries(entries)
        self._show_entry(None)
        ctx.events.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.entries = RecordList(self.tr("Journal entries"), self)
        self.entries.setWordWrap(True)  # a long title takes two lines rather than an "…"
        self.entries.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.entries.setSpacing(0)  # Qt sizes wrapped items without the spacing: lines are cut
        self.entries.setAlternatingRowColors(True)  # so entries of several lines stay apart
        self.new_button = QPushButton(self.tr("&New entry"), self)
        self.new_button.setAccessibleDescription(
            self.tr("Start a new entry; choose its kind beside the title"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Your journal"), left, 1.3))
        left_layout.addWidget(hint(self.tr("Only you see this. It is never part of a client's "
                                           "record."), left))
        left_layout.addWidget(self.entries, 1)
        self.prompt_button = QPushButton(self.tr("From a &prompt"), self)
        self.prompt_button.setAccessibleDescription(
            self.tr("Start a new entry from a question to reflect on"))
        self.prompts = QMenu(self.prompt_button)
        for kind, source in PROMPTS:
            action = self.prompts.addAction(prompt_text(source))
            action.triggered.connect(
                lambda _checked=False, k=kind, t=source: self.new_from_prompt(k, prompt_text(t)))
        self.prompt_button.setMenu(self.prompts)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.prompt_button)
        row.addStretch(1)
        left_layout.addLayout(row)

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of entry"))
        for kind in KINDS:
            self.kind.addItem(self.kind_labels[kind], kind)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Entry"))
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(self.tr("Write here; the entry saves itself as you go."))
        self.checkin_box = QGroupBox(self.tr("Check-in: 0 is not at all, 10 is very much"), self)
        checkin_form = QFormLayout(self.checkin_box)
        checkin_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.checkin: dict[str, QSpinBox] = {}
        for key, _words in CHECKIN_TOPICS:
            statement = choice_label("check-in topic", key)
            spin = QSpinBox(self.checkin_box)
            spin.setRange(NOT_RATED, 10)
            spin.setSpecialValueText(self.tr("—"))
            spin.setAccessibleName(statement)
            spin.valueChanged.connect(self._on_edited)
            checkin_form.addRow(label_for(statement, spin, self.checkin_box), spin)
            self.checkin[key] = spin
        self.saved_state = QLabel(self)
        self.delete_button = QPushButton(self.tr("Delete entry…"), self)
        top = QHBoxLayout()  # as in the session editor: labelled fields in one row
        top.addWidget(label_for(self.tr("&Kind"), self.kind, self))
        top.addWidget(self.kind)
        top.addWidget(label_for(self.tr("&Title"), self.title, self))
        top.addWidget(self.title, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_state, 1)
        bottom.addWidget(self.delete_button)
        self.editor = QWidget(self)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(top)
        editor_layout.addWidget(self.checkin_box)
        editor_layout.addWidget(self.body, 1)
        editor_layout.addLayout(bottom)
        widest = max(self.kind_labels.values(), key=self.entries.fontMetrics().horizontalAdvance)
        left.setMinimumWidth(self.entries.fontMetrics().horizontalAdvance(
            f"{long_date(datetime(2026, 9, 30))} · {widest}") + 48)  # a first line whole
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([max(280, left.minimumWidth()), 720])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.entries.currentItemChanged.connect(self._on_current_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.title.textChanged.connect(self._on_edited)
        self.body.textChanged.connect(self._on_edited)
        self.delete_button.clicked.connect(self._on_delete_clicked)

    # -- the list -------------------------------------------------------------------------
    def _line(self, entry: JournalView) -> str:
        if entry.damaged:
            return self.tr("{day} · damaged entry").format(day=long_date(entry.created_at))
        title = entry.title or entry.body.strip().split("\n")[0][:60] or self.tr("(untitled)")
        kind = self.kind_labels.get(entry.kind, entry.kind)
        return f"{long_date(entry.created_at)} · {kind}\n{title}"

    def set_entries(self, entries: list[JournalView]) -> None:
        """Show the list; the entry being written stays chosen (and its editor untouched)."""
        self.entries.show_records(entries, self._line, self._ref.id)

    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        if touches(changes, None, {RecordKind.JOURNAL}):
            journal = self._ctx.services.journal
            self._ctx.op(self, journal.list).success(self.set_entries).run()

    def current_entry_id(self) -> UUID | None:
        return self._ref.id

    def select(self, entry_id: UUID) -> bool:
        item = self.entries.item_of(entry_id)
        if item is not None:
            self.entries.setCurrentItem(item)
        return item is not None

    # -- one entry ------------------------------------------------------------------------
    def _show_entry(self, entry: JournalView | None, kind: str = "reflection") -> None:
        self._loading = True
        try:
            self.autosave.reset()
            self._ref = _EntryRef(None if entry is None else entry.id)
            shown = entry if entry is not None and not entry.damaged else None
            kind = shown.kind if shown is not None else kind
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
            self.title.setText(shown.title if shown else "")
            self.body.setPlainText(shown.body if shown else "")
            self.body.document().clearUndoRedoStacks()
            for key, spin in self.checkin.items():
                spin.setValue((shown.checkin.get(key, NOT_RATED)) if shown else NOT_RATED)
            self.checkin_box.setVisible(kind == "self-care")
            self.saved_state.setText("" if entry is None else self.tr("Saved"))
            self.delete_button.setEnabled(entry is not None)
        finally:
            self._loading = False

    def _on_current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self.autosave.save_now()
        self._show_entry(None if current is None else self.entries.record(current))

    def _on_new_clicked(self) -> None:
        self.autosave.save_now()
        self.entries.forget_current()
        self._show_entry(None, self.kind.currentData() or "reflection")
        self.saved_state.setText(self.tr("A new entry saves itself as you write."))
        self.title.setFocus()

    def new_from_prompt(self, kind: str, prompt: str) -> None:
        """A new entry of `kind`, titled with the prompt, ready to write in."""
        self._on_new_clicked()
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.title.setText(prompt)
        self.body.setFocus()

    def _on_kind_changed(self, _index: int) -> None:
        self.checkin_box.setVisible(self.kind.currentData() == "self-care")
        self._on_edited()

    def _on_edited(self) -> None:
        if self._loading:
            return
        self.autosave.touch()

    def draft(self) -> JournalDraft:
        kind = self.kind.currentData()
        checkin = ({key: spin.value() for key, spin in self.checkin.items()
                    if spin.value() != NOT_RATED} if kind == "self-care" else {})
        return JournalDraft(kind=kind, title=self.title.text(), body=self.body.toPlainText(),
                            checkin=checkin)

    def _save_job(self) -> SaveJob | None:
        draft = self.draft()
        if not (draft.title.strip() or draft.body.strip() or draft.checkin):
            return None  # nothing written yet (an empty entry is not saved)
        return SaveJob(self._ctx.services, save_entry, draft, self._ref)

    def offer(self, entry_id: UUID | None, draft: JournalDraft) -> None:
        """Typing a lock could not save, shown again unsaved: in its entry, or in a new one if
        it was never saved (it saves with the next change)."""
        if entry_id is None or not self.select(entry_id):
            self._on_new_clicked()
        self._loading = True
        try:
            self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
            self.title.setText(draft.title)
            self.body.setPlainText(draft.body)
            for key, spin in self.checkin.items():
                spin.setValue(draft.checkin.get(key, NOT_RATED))
            self.checkin_box.setVisible(draft.kind == "self-care")
        finally:
            self._loading = False
        self.autosave.mark_unsaved()

    def pending_save(self):
        return self.autosave.pending_job()

    def _on_saved(self, view: JournalView) -> None:
        item = self.entries.item_of(view.id)
        if item is None:
            with self.entries.quietly():
                item = self.entries.new_item(view, self._line(view), 0)
                if self._ref.id == view.id:
                    self.entries.setCurrentItem(item)
        item.setData(RECORD_ROLE, view)
        item.setText(self._line(view))
        if self._ref.id == view.id:
            self.delete_button.setEnabled(True)

    def _on_delete_clicked(self) -> None:
        entry_id = self._ref.id
        if entry_id is None:
            return
        confirm(self, self.tr("Delete entry"),
                self.tr("Delete this journal entry? This cannot be undone."),
                self.tr("Delete entry"), lambda: self._delete(entry_id), destructive=True)

    def _delete(self, entry_id: UUID) -> None:
        journal = self._ctx.services.journal
        self.autosave.reset()
        self._ctx.op(self, lambda: journal.delete(entry_id)) \
            .success(lambda _r: self._on_deleted(entry_id)).run()

    def _on_deleted(self, entry_id: UUID) -> None:
        item = self.entries.item_of(entry_id)
        if item is not None:
            with self.entries.quietly():
                self.entries.takeItem(self.entries.row(item))
            self.entries.forget_current()
        if self._ref.id == entry_id:
            self._show_entry(None)
