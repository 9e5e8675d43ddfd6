"""A client's sessions: the list (newest first) beside the note editor."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import IntegrityFailure
from app.services.sessions import SessionDraft, SessionSummary
from app.ui.kit.background import run_in_background
from app.ui.kit.error_dialog import show_error
from app.ui.sessions.session_editor import SessionEditor, template_label
from app.ui.shell.context import AppContext
from app.ui.shell.settings import NOTE_TEMPLATE

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


def session_line(summary: Any) -> str:
    """Two short lines: when, then the template and whether it is signed."""
    when = f"{summary.starts_at:%a %d %b %Y, %H:%M}"
    if summary.damaged:
        return f"{when}\n" + QCoreApplication.translate("Sessions", "damaged")
    state = (QCoreApplication.translate("Sessions", "signed") if summary.status == "signed"
             else QCoreApplication.translate("Sessions", "draft"))
    return f"{when}\n{template_label(summary.template)} · {state}"


def _next_slot(now: datetime) -> datetime:
    """The session starts now, rounded down to five minutes."""
    return now.replace(minute=now.minute - now.minute % 5, second=0, microsecond=0)


class SessionsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client_id: UUID | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Sessions"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(2)
        self.new_button = QPushButton(self.tr("New &session"), self)
        self.new_button.setAccessibleDescription(self.tr("Start a note for a new session"))
        self.editor = SessionEditor(ctx, self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        left_layout.addLayout(row)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 790])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        ctx.events.session_saved.connect(self._on_session_saved)
        ctx.events.session_deleted.connect(self._on_session_deleted)

    def show_sessions(self, client_id: UUID, sessions: list[Any]) -> None:
        self.editor.save_now()
        self._client_id = client_id
        self.list.blockSignals(True)
        self.list.clear()
        for summary in sessions:
            self._add_item(summary)
        self.list.blockSignals(False)
        self.editor.clear()

    def clear(self) -> None:
        self._client_id = None
        self.list.clear()
        self.editor.clear()

    def _add_item(self, summary: Any, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(session_line(summary))
        item.setData(SESSION_ROLE, summary)
        if row is None:
            self.list.addItem(item)
        else:
            self.list.insertItem(row, item)
        return item

    def _item_of(self, session_id: UUID) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(SESSION_ROLE).id == session_id:
                return item
        return None

    def select(self, session_id: UUID) -> bool:
        item = self._item_of(session_id)
        if item is None:
            return False
        if self.list.currentItem() is item:
            self._open(session_id)
        else:
            self.list.setCurrentItem(item)
        return True

    def _on_current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self.editor.save_now()
        if current is None:
            self.editor.clear()
            return
        summary = current.data(SESSION_ROLE)
        if summary.damaged:
            self.editor.clear()
            show_error(self, IntegrityFailure(
                self.tr("This note is damaged and cannot be shown; the rest of the record is "
                        "fine. Restore it from a backup.")))
            return
        self._open(summary.id)

    def _open(self, session_id: UUID) -> None:
        sessions = self._ctx.services.sessions

        def load() -> tuple[Any, str]:
            return sessions.get(session_id), sessions.private_note(session_id)

        run_in_background(self, load, self._on_loaded, lambda error: show_error(self, error))

    def _on_loaded(self, result: tuple[Any, str]) -> None:
        view, private = result
        current = self.list.currentItem()
        if current is not None and current.data(SESSION_ROLE).id == view.id:
            self.editor.load(view, private)

    def _on_new_clicked(self) -> None:
        if self._client_id is None:
            return
        self.editor.save_now()
        template = self._ctx.settings.get(NOTE_TEMPLATE)
        draft = SessionDraft(starts_at=_next_slot(datetime.now()), template=template)
        sessions, client_id = self._ctx.services.sessions, self._client_id
        run_in_background(self, lambda: sessions.create(client_id, draft), self._on_created,
                          lambda error: show_error(self, error))

    def _on_created(self, view: Any) -> None:
        if view.client_id != self._client_id:
            return
        self._place(view)
        self.select(view.id)
        self.editor.setFocus()

    def _place(self, view: Any) -> None:
        """Put a session in the list where its date belongs (newest first)."""
        existing = self._item_of(view.id)
        if existing is not None:
            self.list.blockSignals(True)
            self.list.takeItem(self.list.row(existing))
            self.list.blockSignals(False)
        row = 0
        while (row < self.list.count()
               and self.list.item(row).data(SESSION_ROLE).starts_at > view.starts_at):
            row += 1
        summary = SessionSummary(view.id, view.client_id, view.starts_at, view.status, view.template,
                           view.format)
        item = self._add_item(summary, row)
        if existing is not None:
            self.list.blockSignals(True)
            self.list.setCurrentItem(item)
            self.list.blockSignals(False)

    def _on_session_saved(self, view: Any) -> None:
        if view.client_id == self._client_id:
            self._place(view)

    def _on_session_deleted(self, session_id: UUID) -> None:
        item = self._item_of(session_id)
        if item is not None:
            self.list.blockSignals(True)
            self.list.takeItem(self.list.row(item))
            self.list.setCurrentItem(None)
            self.list.blockSignals(False)
