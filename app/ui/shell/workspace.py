"""Everything shown while the vault is unlocked: clients (list and workspace), the journal and
settings. The main window builds one after each unlock and deletes it on lock, with every
widget, model and dialog inside it, so no client text outlives a lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from app.services.changes import Change, RecordKind
from app.services.clients import ClientView
from app.services.journal import JournalDraft, JournalView
from app.services.profile import ProfileDraft, ProfileView
from app.services.search import SearchResult
from app.services.sessions import SessionDraft
from app.ui.checklists.item_dialog import ItemForm
from app.ui.clients.client_dialog import ClientDialog, ClientForm
from app.ui.clients.client_list_panel import ClientListPanel
from app.ui.clients.client_workspace import ClientWorkspace
from app.ui.clients.features import feature_for
from app.ui.exercises.exercise_dialog import ExerciseForm
from app.ui.feedback.feedback_dialog import FeedbackForm
from app.ui.feedback.followup_dialog import FollowupForm
from app.ui.feedback.measure_dialog import MeasureForm
from app.ui.goals.agreement_dialogs import CommitmentsForm, SignForm
from app.ui.goals.goal_dialogs import GoalForm, RatingForm
from app.ui.journal.journal_panel import JournalPanel
from app.ui.kit.context import AppContext
from app.ui.kit.record_dialog import RecordDialog
from app.ui.search.search_dialog import SearchDialog
from app.ui.shell.sections import CLIENTS, JOURNAL, SETTINGS
from app.ui.shell.settings_panel import SettingsPanel

if TYPE_CHECKING:
    from app.services.registry import Services

# The forms of record dialogs that a lock may keep (app/ui/kit/record_dialog.py).
RECORD_FORMS = (CommitmentsForm, ExerciseForm, FeedbackForm, FollowupForm, GoalForm, ItemForm,
                MeasureForm, RatingForm, SignForm)


@dataclass(frozen=True, slots=True)
class WorkspaceStart:
    """What the workspace shows first, loaded in one job right after unlocking."""

    clients: list[ClientView]
    profile: ProfileView
    journal: list[JournalView]


def load_workspace_start(services: Services) -> WorkspaceStart:
    """Runs on the database worker. The client list comes without its follow-up marks, which
    open every questionnaire: the workspace asks for them as soon as it shows."""
    return WorkspaceStart(services.clients.list(flags=False), services.profile.get(),
                          services.journal.list())


@dataclass(frozen=True, slots=True)
class Location:
    """Where the therapist was (ids only, no client text), to come back to after unlocking."""

    section: int = CLIENTS
    client_id: UUID | None = None
    feature: str | None = None  # the key of the client's tab (a RecordFeature)
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
        ctx.events.changed.connect(self._on_changed)
        ctx.op(self, ctx.services.clients.flagged).success(self.client_list.mark_followups).run()

    # -- navigation -----------------------------------------------------------------------
    def show_section(self, section: int) -> None:
        if section != CLIENTS:
            self.client.sessions.editor.save_now()
        if section != JOURNAL:
            self.journal.autosave.save_now()
        if section != SETTINGS:
            self.settings.autosave.save_now()
        self.sections.setCurrentIndex(section)
        self.section_changed.emit(section)
        focus = {CLIENTS: self.client_list.search, JOURNAL: self.journal.entries,
                 SETTINGS: self.settings.therapist_name}[section]
        focus.setFocus()

    @property
    def section(self) -> int:
        return self.sections.currentIndex()

    def _on_client_chosen(self, client: ClientView) -> None:
        self.client.open_client(client.id)

    def open_client(self, client_id: UUID, feature: str | None = None,
                    session_id: UUID | None = None) -> None:
        self.show_section(CLIENTS)
        self.client_list.select(client_id, notify=False)
        self.client.open_client(client_id, feature, session_id)

    def new_client(self) -> None:
        self.show_section(CLIENTS)
        dialog = ClientDialog(self._ctx, None, self)
        dialog.saved.connect(self._on_client_added)
        dialog.open()

    def _on_client_added(self, client: ClientView) -> None:
        self.client_list.upsert(client)
        self.open_client(client.id)

    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        kinds = {change.kind for change in changes}
        services = self._ctx.services
        if kinds & {RecordKind.CLIENT, RecordKind.MEASURE}:  # names, status, safety flags
            self._ctx.op(self, services.clients.list).success(self.client_list.set_clients).run()
        if RecordKind.PROFILE in kinds:
            self._ctx.op(self, services.profile.get).success(self._on_profile_loaded).run()

    def _on_profile_loaded(self, profile: ProfileView) -> None:
        self.client.sessions.editor.set_signer(profile.therapist_name)

    # -- search ---------------------------------------------------------------------------
    def open_search(self) -> SearchDialog:
        dialog = SearchDialog(self._ctx, self.client_list.model.name_of, self)
        dialog.result_chosen.connect(self._on_search_result)
        dialog.open()
        return dialog

    def _on_search_result(self, result: SearchResult) -> None:
        if result.kind == "journal":
            self.show_section(JOURNAL)
            self.journal.select(result.record_id)
            return
        if result.client_id is None:
            return
        session_id = result.record_id if result.kind == "session" else None
        self.open_client(result.client_id, feature_for(result.kind).key, session_id)

    # -- locking and quitting -------------------------------------------------------------
    def location(self) -> Location:
        return Location(self.section, self.client.client_id, self.client.current_feature(),
                        self.client.current_session_id(), self.journal.current_entry_id())

    def restore(self, where: Location) -> None:
        if where.client_id is not None and self.client_list.model.row_of(where.client_id) >= 0:
            self.client_list.select(where.client_id, notify=False)
            self.client.open_client(where.client_id, where.feature, where.session_id)
        if where.journal_entry is not None:
            self.journal.select(where.journal_entry)
        self.show_section(where.section)

    def offer(self, record_id: UUID | None, draft: Any) -> None:
        """Put typing that a lock could not save back in its editor, unsaved."""
        if isinstance(draft, SessionDraft) and record_id is not None:
            self.client.sessions.editor.offer(record_id, draft)
        elif isinstance(draft, JournalDraft):
            self.journal.offer(record_id, draft)
        elif isinstance(draft, ProfileDraft):
            self.settings.offer(draft)
        elif isinstance(draft, ClientForm):
            self.show_section(CLIENTS)
            dialog = ClientDialog(self._ctx, None, self, draft)
            if draft.client_id is None:
                dialog.saved.connect(self._on_client_added)
            dialog.open()
        elif isinstance(draft, RECORD_FORMS):
            self.client_list.select(draft.client_id, notify=False)
            self.client.reopen_form(draft)

    def save_now(self) -> None:
        self.client.sessions.editor.save_now()
        self.journal.autosave.save_now()
        self.settings.autosave.save_now()

    def pending_saves(self) -> list[Callable[[], Any]]:
        """Jobs saving whatever is typed but not yet saved (quit runs them)."""
        jobs = (self.client.pending_save(), self.client.sessions.editor.offered_save(),
                self.journal.pending_save(), self.settings.pending_save(),
                *(dialog.pending_save() for dialog in self.findChildren(RecordDialog)))
        return [job for job in jobs if job is not None]

    def take_pending_saves(self) -> list[Callable[[], Any]]:
        """The same jobs, handed over for good (lock): no autosave runs after this."""
        jobs = self.pending_saves()
        self.client.sessions.editor.offered_save(take=True)
        self.client.sessions.editor.autosave.reset()
        self.journal.autosave.reset()
        self.settings.autosave.reset()
        return jobs
