"""A client's sessions: the list (newest first) beside the note editor."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import IntegrityFailure
from app.services.sessions import SessionDraft, SessionSummary, SessionView
from app.ui.kit.context import AppContext
from app.ui.kit.dates import session_moment
from app.ui.kit.error_dialog import show_error
from app.ui.kit.labels import choice_label
from app.ui.kit.look import hint
from app.ui.kit.record_list import RecordList
from app.ui.kit.settings import NOTE_TEMPLATE
from app.ui.sessions.session_editor import SessionEditor, template_label


def session_line(summary: SessionSummary) -> str:
    """Two short lines: when, then the template and whether it is signed."""
    when = session_moment(summary.starts_at)
    if summary.damaged:
        return f"{when}\n" + QCoreApplication.translate("Sessions", "damaged")
    state = choice_label("session status", summary.status)
    return f"{when}\n{template_label(summary.template)} · {state}"


def _next_slot(now: datetime) -> datetime:
    """The session starts now, rounded down to five minutes."""
    return now.replace(minute=now.minute - now.minute % 5, second=0, microsecond=0)


class SessionsTab(QWidget):
    """The list of a client's sessions beside the note editor; the editor shows only once a
    session is chosen, and until then the page says what to do."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client_id: UUID | None = None
        self.list = RecordList(self.tr("Sessions"), self)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(2)
        self.new_button = QPushButton(self.tr("New &session"), self)
        self.new_button.setAccessibleDescription(self.tr("Start a note for a new session"))
        self.editor = SessionEditor(ctx, self)
        self.nothing_chosen = hint("", self)
        self.nothing_chosen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._right = QStackedWidget(self)
        self._right.addWidget(self.nothing_chosen)
        self._right.addWidget(self.editor)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        left_layout.addLayout(row)
        left.setMinimumWidth(self.list.fontMetrics().horizontalAdvance(
            session_moment(datetime(2026, 12, 30, 23, 55))) + 48)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self._right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.editor.cleared.connect(self._show_nothing_chosen)
        self._show_nothing_chosen()

    def show_record(self, client_id: UUID, sessions: list[SessionSummary]) -> None:
        """Show a client's sessions. For the client already shown (a refresh after a change)
        the chosen session and its editor stay as they are."""
        if client_id != self._client_id:
            self.editor.save_now()
            self._client_id = client_id
            self.editor.clear()
        current = self.current_session_id()
        self.list.show_records(sessions, session_line, current)
        if current is not None and self.list.currentItem() is None:
            self.editor.clear()  # it was deleted
        self._show_nothing_chosen()

    def clear(self) -> None:
        self._client_id = None
        self.list.clear()
        self.editor.clear()

    def current_session_id(self) -> UUID | None:
        return self.list.current_id()

    def _show_nothing_chosen(self) -> None:
        if self.editor.session_id is not None:
            self._right.setCurrentWidget(self.editor)
            return
        if self.list.count() == 0:
            text = self.tr("No sessions yet. Press New session to start the first note.")
        else:
            text = self.tr("Choose a session on the left to read or write its note, or press "
                           "New session.")
        self.nothing_chosen.setText(text)
        self._right.setCurrentWidget(self.nothing_chosen)

    def select(self, session_id: UUID) -> bool:
        item = self.list.item_of(session_id)
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
        summary = self.list.record(current)
        if summary.damaged:
            self.editor.clear()
            show_error(self, IntegrityFailure(
                self.tr("This note is damaged and cannot be shown; the rest of the record is "
                        "fine. Restore it from a backup.")))
            return
        self._open(summary.id)

    def _open(self, session_id: UUID) -> None:
        sessions = self._ctx.services.sessions

        def load() -> tuple[SessionView, str]:
            return sessions.get(session_id), sessions.private_note(session_id)

        self._ctx.op(self, load).success(self._on_loaded).run()

    def _on_loaded(self, result: tuple[SessionView, str]) -> None:
        view, private = result
        current = self.list.currentItem()
        if current is not None and self.list.record(current).id == view.id:
            self.editor.load(view, private)
            self._show_nothing_chosen()

    def _on_new_clicked(self) -> None:
        if self._client_id is None:
            return
        self.editor.save_now()
        template = self._ctx.settings.get(NOTE_TEMPLATE)
        draft = SessionDraft(starts_at=_next_slot(datetime.now()), template=template)
        sessions, client_id = self._ctx.services.sessions, self._client_id
        self._ctx.op(self, lambda: sessions.create(client_id, draft)) \
            .success(self._on_created).run()

    def _on_created(self, view: SessionView) -> None:
        if view.client_id != self._client_id:
            return
        self._place(view)
        self.select(view.id)
        self.editor.setFocus()

    def _place(self, view: SessionView) -> None:
        """Put a new session in the list where it belongs (newest first, as everywhere), if
        the refresh that its change brings has not already."""
        if self.list.item_of(view.id) is not None:
            return
        key = (view.starts_at, view.id)
        row = 0
        while row < self.list.count():
            other = self.list.record(self.list.item(row))
            if (other.starts_at, other.id) < key:
                break
            row += 1
        summary = SessionSummary(view.id, view.client_id, view.starts_at, view.status,
                                 view.template, view.format)
        with self.list.quietly():
            self.list.new_item(summary, session_line(summary), row)
