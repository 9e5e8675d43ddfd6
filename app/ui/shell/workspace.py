"""Everything shown while the vault is unlocked: clients (list and workspace), the journal and
settings. The main window builds one after each unlock and deletes it on lock, with every
widget, model and dialog inside it, so no client text outlives a lock."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from app.ui.clients.client_dialog import ClientDialog
from app.ui.clients.client_list_panel import ClientListPanel
from app.ui.clients.client_workspace import ClientWorkspace
from app.ui.journal.journal_panel import JournalPanel
from app.ui.search.search_dialog import SearchDialog
from app.ui.shell.context import AppContext
from app.ui.shell.sections import CLIENTS, JOURNAL, SETTINGS
from app.ui.shell.settings_panel import SettingsPanel

# Where each kind of search result lives in a client's workspace (tab index).
_TAB_OF_KIND = {"client": 0, "session": 1, "goal": 2, "agreement": 2, "checklist item": 3,
                "feedback": 4, "measure": 4, "practice": 5}


@dataclass(frozen=True, slots=True)
class WorkspaceStart:
    """What the workspace shows first, loaded in one job right after unlocking."""

    clients: list[Any]
    profile: Any
    journal: list[Any]


def load_workspace_start(services: Any) -> WorkspaceStart:
    """Runs on the database worker."""
    return WorkspaceStart(services.clients.list(), services.profile.get(),
                          services.journal.list())


@dataclass(frozen=True, slots=True)
class Location:
    """Where the therapist was (ids only, no client text), to come back to after unlocking."""

    section: int = CLIENTS
    client_id: UUID | None = None
    tab: int | None = None
    session_id: UUID | None = None
    journal_entry: UUID | None = None


class Workspace(QWidget):
    section_changed = Signal(int)

    def __init__(self, ctx: AppContext, start: WorkspaceStart,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.client_list = ClientListPanel(start.clients, self)
        self.client = ClientWorkspace(ctx, self)
        self.journal = JournalPanel(ctx, start.journal, self)
        self.settings = SettingsPanel(ctx, start.profile, self)
        clients_page = QSplitter(self)
        clients_page.addWidget(self.client_list)
        clients_page.addWidget(self.client)
        clients_page.setStretchFactor(1, 1)
        clients_page.setSizes([260, 940])
        clients_page.setChildrenCollapsible(False)
        self.sections = QStackedWidget(self)
        self.sections.addWidget(clients_page)
        self.sections.addWidget(self.journal)
        self.sections.addWidget(self.settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.sections)
        self.client_list.client_chosen.connect(self._on_client_chosen)
        self.client_list.new_client_requested.connect(self.new_client)
        self.client.sessions.editor.set_signer(start.profile.therapist_name)
        ctx.events.client_saved.connect(self._on_client_saved)
        ctx.events.profile_saved.connect(self._on_profile_saved)

    # -- navigation -----------------------------------------------------------------------
    def show_section(self, section: int) -> None:
        if section != CLIENTS:
            self.client.sessions.editor.save_now()
        if section != JOURNAL:
            self.journal.autosave.save_now()
        self.sections.setCurrentIndex(section)
        self.section_changed.emit(section)
        focus = {CLIENTS: self.client_list.search, JOURNAL: self.journal.entries,
                 SETTINGS: self.settings.therapist_name}[section]
        focus.setFocus()

    @property
    def section(self) -> int:
        return self.sections.currentIndex()

    def _on_client_chosen(self, client: Any) -> None:
        self.client.open_client(client.id)

    def open_client(self, client_id: UUID, tab: int | None = None,
                    session_id: UUID | None = None) -> None:
        self.show_section(CLIENTS)
        self.client_list.select(client_id, notify=False)
        self.client.open_client(client_id, tab, session_id)

    def new_client(self) -> None:
        self.show_section(CLIENTS)
        dialog = ClientDialog(self._ctx, None, self)
        dialog.open()

    def _on_client_saved(self, client: Any) -> None:
        known = self.client_list.model.row_of(client.id) >= 0
        self.client_list.upsert(client)
        if not known:
            self.open_client(client.id)

    def _on_profile_saved(self, profile: Any) -> None:
        self.client.sessions.editor.set_signer(profile.therapist_name)

    # -- search ---------------------------------------------------------------------------
    def open_search(self) -> SearchDialog:
        dialog = SearchDialog(self._ctx, self.client_list.model.name_of, self)
        dialog.result_chosen.connect(self._on_search_result)
        dialog.open()
        return dialog

    def _on_search_result(self, result: Any) -> None:
        if result.kind == "journal":
            self.show_section(JOURNAL)
            self.journal.select(result.record_id)
            return
        if result.client_id is None:
            return
        session_id = result.record_id if result.kind == "session" else None
        self.open_client(result.client_id, _TAB_OF_KIND.get(result.kind, 0), session_id)

    # -- locking and quitting -------------------------------------------------------------
    def location(self) -> Location:
        return Location(self.section, self.client.client_id, self.client.tabs.currentIndex(),
                        self.client.current_session_id(), self.journal.current_entry_id())

    def restore(self, where: Location) -> None:
        if where.client_id is not None and self.client_list.model.row_of(where.client_id) >= 0:
            self.client_list.select(where.client_id, notify=False)
            self.client.open_client(where.client_id, where.tab, where.session_id)
        if where.journal_entry is not None:
            self.journal.select(where.journal_entry)
        self.show_section(where.section)

    def save_now(self) -> None:
        self.client.sessions.editor.save_now()
        self.journal.autosave.save_now()

    def pending_saves(self) -> list[Any]:
        """Jobs saving whatever is typed but not yet saved (quit runs them)."""
        jobs = (self.client.pending_save(), self.journal.pending_save())
        return [job for job in jobs if job is not None]

    def take_pending_saves(self) -> list[Any]:
        """The same jobs, handed over for good (lock): no autosave runs after this."""
        jobs = self.pending_saves()
        self.client.sessions.editor.autosave.reset()
        self.journal.autosave.reset()
        return jobs
