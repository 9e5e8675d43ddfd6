"""One client's workspace: their name and status, and the tabs of their record. Everything the
tabs show is loaded in one job (`load_client_record`) so every tab is ready when the client
opens."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.checklists.boundaries_tab import BoundariesTab
from app.ui.clients.client_dialog import ClientDialog
from app.ui.clients.client_list_model import status_label
from app.ui.clients.client_record import ClientRecord, load_client_record
from app.ui.clients.overview_tab import OverviewTab
from app.ui.feedback.feedback_tab import FeedbackTab
from app.ui.goals.goals_tab import GoalsTab
from app.ui.kit.background import run_in_background
from app.ui.kit.error_dialog import show_error
from app.ui.kit.look import heading, hint
from app.ui.practices.practices_tab import PracticesTab
from app.ui.sessions.sessions_tab import SessionsTab
from app.ui.shell.context import AppContext

OVERVIEW, SESSIONS = 0, 1


class ClientWorkspace(QWidget):
    opened = Signal(object)  # the ClientRecord, once every tab shows it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client: Any = None
        self._wanted: tuple[UUID, int | None, UUID | None] | None = None
        self.name = heading("", self, 1.6)
        self.details = hint("", self)
        self.edit_button = QPushButton(self.tr("&Edit details…"), self)
        self.status_button = QPushButton(self)
        header = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.name)
        names.addWidget(self.details)
        header.addLayout(names, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.status_button, 0, Qt.AlignmentFlag.AlignTop)
        self.overview = OverviewTab(self)
        self.sessions = SessionsTab(ctx, self)
        self.goals = GoalsTab(self)
        self.boundaries = BoundariesTab(self)
        self.feedback = FeedbackTab(self)
        self.practices = PracticesTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Client record"))
        for widget, title in ((self.overview, self.tr("&Overview")),
                              (self.sessions, self.tr("&Sessions")),
                              (self.goals, self.tr("&Goals && agreement")),
                              (self.boundaries, self.tr("&Boundaries && transparency")),
                              (self.feedback, self.tr("&Feedback && measures")),
                              (self.practices, self.tr("&Practices"))):
            self.tabs.addTab(widget, title)
        self._record_tabs = (self.overview, self.goals, self.boundaries, self.feedback,
                             self.practices)
        client_page = QWidget(self)
        client_layout = QVBoxLayout(client_page)
        client_layout.setContentsMargins(0, 0, 0, 0)
        client_layout.addLayout(header)
        client_layout.addWidget(self.tabs, 1)
        self.empty = hint(self.tr("Choose a client on the left, or add one with New client "
                                  "(Ctrl+N)."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.empty)
        self._pages.addWidget(client_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.status_button.clicked.connect(self._on_status_clicked)
        ctx.events.client_saved.connect(self._on_client_saved)

    @property
    def client_id(self) -> UUID | None:
        return None if self._client is None else self._client.id

    def open_client(self, client_id: UUID, tab: int | None = None,
                    session_id: UUID | None = None) -> None:
        """Load and show a client; then show `tab` and open `session_id` if given."""
        self.sessions.editor.save_now()
        self._wanted = (client_id, tab, session_id)
        services = self._ctx.services
        run_in_background(self, lambda: load_client_record(services, client_id),
                          self._on_loaded, lambda error: show_error(self, error))

    def _on_loaded(self, record: ClientRecord) -> None:
        if self._wanted is None or self._wanted[0] != record.client.id:
            return  # another client was chosen meanwhile
        _, tab, session_id = self._wanted
        self._wanted = None
        same_client = self.client_id == record.client.id
        self._show_client(record.client)
        for widget in self._record_tabs:
            widget.show_record(record)
        self.sessions.show_sessions(record.client.id, record.sessions)
        self._pages.setCurrentIndex(1)
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
        elif not same_client:
            self.tabs.setCurrentIndex(OVERVIEW)
        if session_id is not None:
            self.sessions.select(session_id)
        self.opened.emit(record)

    def _show_client(self, client: Any) -> None:
        self._client = client
        self.name.setText(client.display_name)
        facts = [client.pronouns, status_label(client.status)]
        if client.start_date:
            facts.append(self.tr("since {day}").format(day=f"{client.start_date:%d %b %Y}"))
        self.details.setText(" · ".join(f for f in facts if f))
        closed = client.status == "closed"
        self.status_button.setText(self.tr("&Reopen") if closed else self.tr("&Close client…"))

    def clear(self) -> None:
        self._client = None
        self._wanted = None
        self.name.clear()
        self.details.clear()
        for widget in self._record_tabs:
            widget.clear()
        self.sessions.clear()
        self._pages.setCurrentIndex(0)

    def pending_save(self):
        return self.sessions.editor.pending_save()

    def current_session_id(self) -> UUID | None:
        return self.sessions.editor.session_id

    def _on_edit_clicked(self) -> None:
        if self._client is not None:
            ClientDialog(self._ctx, self._client, self).open()

    def _on_status_clicked(self) -> None:
        if self._client is None:
            return
        if self._client.status == "closed":
            self._set_status("active")
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close client"),
                          self.tr("Close {name}'s record? It stays in the vault and you can "
                                  "reopen it at any time.").format(name=self._client.display_name),
                          QMessageBox.StandardButton.Cancel, self)
        close = box.addButton(self.tr("Close client"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: button is close and self._set_status("closed"))
        box.open()

    def _set_status(self, status: str) -> None:
        clients, client_id = self._ctx.services.clients, self._client.id
        run_in_background(self, lambda: clients.set_status(client_id, status),
                          self._ctx.events.client_saved.emit,
                          lambda error: show_error(self, error))

    def _on_client_saved(self, client: Any) -> None:
        if self._client is not None and client.id == self._client.id:
            self.open_client(client.id, self.tabs.currentIndex(), self.current_session_id())
