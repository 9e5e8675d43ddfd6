"""One client's workspace: their name and status, and a tab per record feature (`FEATURES`).

Everything the tabs show is loaded in one job when the client opens, so every tab is ready at
once. After that the workspace listens to the app's changes: a change to this client reloads
just the features that show that kind of record (the Overview shows every kind), so what is on
screen is current without switching clients."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFound
from app.services.changes import Change
from app.services.clients import STATUSES, ClientView
from app.ui.checklists.item_dialog import ItemForm
from app.ui.clients.client_dialog import ClientDialog
from app.ui.clients.client_list_model import status_label
from app.ui.clients.client_record import ClientRecord, load_client_record
from app.ui.clients.erase_dialog import EraseClientDialog
from app.ui.clients.features import FEATURES, RecordFeature, RecordView
from app.ui.clients.handover import FEEDBACK, GOALS, PREFERENCES
from app.ui.clients.handover import kinds as handover_kinds
from app.ui.exercises.exercise_dialog import ExerciseForm
from app.ui.goals.agreement_dialogs import CommitmentsForm, SignForm
from app.ui.goals.goal_dialogs import GoalForm, RatingForm
from app.ui.handouts.kinds import KIND_TITLES, TAB_HANDOUTS, kind_title
from app.ui.kit.confirm import confirm
from app.ui.kit.context import AppContext
from app.ui.kit.dates import long_date
from app.ui.kit.error_dialog import show_error
from app.ui.kit.events import kinds_changed
from app.ui.kit.look import heading, hint, label_for
from app.ui.sessions.sessions_tab import SessionsTab

if TYPE_CHECKING:
    from app.ui.handouts.preview_dialog import HandoutPreview


class ClientWorkspace(QWidget):
    # The therapist hands the screen to the client: (client id, what they fill in).
    handover_requested = Signal(object, str)
    opened = Signal(object)  # the ClientRecord, once every tab shows it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client: ClientView | None = None
        self._wanted: tuple[UUID, str | None, UUID | None] | None = None
        self.name = heading("", self, 1.6)
        self.name.setWordWrap(True)  # a long name at a large font wraps, the buttons stay
        self.details = hint("", self)
        self.edit_button = QPushButton(self.tr("&Edit details…"), self)
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        status_label_widget = label_for(self.tr("S&tatus"), self.status, self)
        status_label_widget.setMinimumHeight(self.status.sizeHint().height())  # level with it
        # Rarely needed and not undoable: kept in a small menu, out of the everyday buttons' way.
        self.more_menu = QMenu(self)
        self.handover_menu = self.more_menu.addMenu(self.tr("&Hand over to the client"))
        labels = {FEEDBACK: self.tr("Session &feedback"), GOALS: self.tr("Their &goals"),
                  PREFERENCES: self.tr("How I like to &work")}
        for kind in handover_kinds():
            action = self.handover_menu.addAction(labels.get(kind, kind))
            action.triggered.connect(lambda _checked=False, k=kind: self._on_handover(k))
        self.more_menu.addSeparator()
        self.erase_action = self.more_menu.addAction(self.tr("&Erase for good…"))
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("&More"))
        self.more_button.setAccessibleName(self.tr("More actions for this client"))
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setMenu(self.more_menu)
        # Handouts: the button makes the one for the tab on show; its menu offers every kind.
        self.handout_menu = QMenu(self)
        for kind in KIND_TITLES:
            action = self.handout_menu.addAction(kind_title(kind))
            action.triggered.connect(lambda _checked=False, k=kind: self.open_handout(k))
        self.handout_button = QToolButton(self)
        self.handout_button.setText(self.tr("Han&dout…"))
        self.handout_button.setAccessibleName(self.tr("Handout for this client"))
        self.handout_button.setToolTip(self.tr("Preview, print or save a handout of what this "
                                               "tab shows (Ctrl+P); the arrow offers every kind"))
        self.handout_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.handout_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.handout_button.setMenu(self.handout_menu)
        self.handout_button.clicked.connect(lambda: self.open_handout())
        # Two rows, so a small screen at a large font still has room: the name with what to
        # do with the client, the details with how they are recorded.
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.handout_button)
        actions.addWidget(self.more_button)
        record = QHBoxLayout()
        record.addStretch(1)
        record.addWidget(self.edit_button)
        record.addWidget(status_label_widget)
        record.addWidget(self.status)
        header = QGridLayout()
        header.addWidget(self.name, 0, 0)
        header.addLayout(actions, 0, 1, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.details, 1, 0)
        header.addLayout(record, 1, 1)
        header.setColumnStretch(0, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Client record"))

        self.views: dict[str, QWidget] = {}
        for feature in FEATURES:
            view = feature.make_view(ctx, self)
            self.views[feature.key] = view
            self.tabs.addTab(view, feature.label())
        sessions = self.views["sessions"]
        assert isinstance(sessions, SessionsTab)
        self.sessions = sessions
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
        self.status.activated.connect(self._on_status_chosen)
        self.erase_action.triggered.connect(self._on_erase_chosen)
        ctx.events.changed.connect(self._on_changed)

    @property
    def client_id(self) -> UUID | None:
        return None if self._client is None else self._client.id

    def view(self, key: str) -> QWidget:
        return self.views[key]

    def current_feature(self) -> str:
        return FEATURES[self.tabs.currentIndex()].key

    def show_feature(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.views[key])

    def open_client(self, client_id: UUID, feature: str | None = None,
                    session_id: UUID | None = None) -> None:
        """Load and show a client; then show `feature` and open `session_id` if given."""
        self.sessions.editor.save_now()
        self._wanted = (client_id, feature, session_id)
        services = self._ctx.services
        self._ctx.op(self, lambda: load_client_record(services, client_id, FEATURES)) \
            .success(self._on_loaded) \
            .failure(lambda error: self._on_load_failed(client_id, error)).run()

    def _on_load_failed(self, client_id: UUID, error: BaseException) -> None:
        """A client erased meanwhile (or a search result of one) clears the workspace rather
        than showing an error: there is nothing left to show."""
        if self._wanted is None or self._wanted[0] != client_id:
            return  # another client was chosen meanwhile
        self._wanted = None
        if isinstance(error, NotFound):
            self.clear()
        else:
            show_error(self.window(), error)

    def _on_loaded(self, record: ClientRecord) -> None:
        if self._wanted is None or self._wanted[0] != record.client_id:
            return  # another client was chosen meanwhile
        _, feature, session_id = self._wanted
        self._wanted = None
        same_client = self.client_id == record.client_id
        self._show_parts(record)
        self._pages.setCurrentIndex(1)
        if feature is not None:
            self.show_feature(feature)
        elif not same_client:
            self.tabs.setCurrentIndex(0)
        if session_id is not None:
            self.sessions.select(session_id)
        self.opened.emit(record)

    def _show_parts(self, record: ClientRecord) -> None:
        if record.client is not None:
            self._show_client(record.client)
        for key, data in record.parts.items():
            view: RecordView = self.views[key]  # type: ignore[assignment]
            view.show_record(record.client_id, data)

    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        client_id = self.client_id
        if client_id is None or self._wanted is not None:
            return  # nothing shown, or a full load is on its way
        kinds = kinds_changed(changes, client_id)
        if not kinds:
            return
        stale = [f for f in FEATURES if kinds & f.kinds]
        self._refresh(client_id, stale)

    def _refresh(self, client_id: UUID, features: list[RecordFeature]) -> None:
        services = self._ctx.services

        def shown(record: ClientRecord) -> None:
            if self.client_id == record.client_id and self._wanted is None:
                self._show_parts(record)

        def failed(error: BaseException) -> None:
            if self.client_id != client_id:
                return  # another client is shown by now
            if isinstance(error, NotFound):  # erased: it leaves the list too
                self.clear()
            else:
                show_error(self.window(), error)

        self._ctx.op(self, lambda: load_client_record(services, client_id, features)) \
            .success(shown).failure(failed).run()

    def _show_client(self, client: ClientView) -> None:
        self._client = client
        self.name.setText(client.display_name)
        facts = [client.pronouns, status_label(client.status)]
        if client.start_date:
            facts.append(self.tr("since {day}").format(day=long_date(client.start_date)))
        self.details.setText(" · ".join(f for f in facts if f))
        self.status.setCurrentIndex(max(0, self.status.findData(client.status)))

    def clear(self) -> None:
        self._client = None
        self._wanted = None
        self.name.clear()
        self.details.clear()
        for view in self.views.values():
            view.clear()  # type: ignore[attr-defined]
        self._pages.setCurrentIndex(0)

    def pending_save(self):
        return self.sessions.editor.pending_save()

    def reopen_form(self, form: Any) -> None:
        """A dialog's form that a lock kept: the client, on the tab that records it, with the
        dialog open again as it was."""
        key = ("exercises" if isinstance(form, ExerciseForm)
               else "goals" if isinstance(form, GoalForm | RatingForm | CommitmentsForm
                                          | SignForm)
               else "checklists" if isinstance(form, ItemForm) else "feedback")
        self.open_client(form.client_id, key)
        self.views[key].reopen(form)  # type: ignore[attr-defined]

    def open_handout(self, kind: str | None = None) -> HandoutPreview | None:
        """Preview a handout for the client on show: ``kind``, or the one that goes with the
        current tab (the session on show for the sessions tab)."""
        if self._client is None or self._client.damaged:
            return None
        from app.ui.handouts.preview_dialog import HandoutPreview  # loads QtPdf when first used

        kind = kind or TAB_HANDOUTS.get(self.current_feature(), "session")
        session_id = self.current_session_id() if kind == "session" else None
        # What was typed a moment ago belongs on the handout: its save is queued on the
        # database worker ahead of the build.
        self.sessions.editor.save_now()
        preview = HandoutPreview(self._ctx, self._client.id, kind, self, session_id)
        preview.open()
        return preview

    def current_session_id(self) -> UUID | None:
        return self.sessions.editor.session_id

    def _on_handover(self, kind: str) -> None:
        if self._client is not None and not self._client.damaged:
            self.handover_requested.emit(self._client.id, kind)

    def _on_edit_clicked(self) -> None:
        if self._client is not None:
            ClientDialog(self._ctx, self._client, self).open()

    def _on_erase_chosen(self) -> None:
        if self._client is None:
            return
        self.sessions.editor.save_now()  # queued ahead of the erasure, as on any switch
        EraseClientDialog(self._ctx, self._client, self).open()

    # -- status: active, paused, closed -------------------------------------------------------
    def _on_status_chosen(self, index: int) -> None:
        status = self.status.itemData(index)
        if self._client is None or status == self._client.status:
            return
        if status != "closed":
            self._set_status(status)
            return
        self.status.setCurrentIndex(self.status.findData(self._client.status))  # until confirmed
        confirm(self, self.tr("Close client"),
                self.tr("Close {name}'s record? It stays in the vault and you can reopen it "
                        "at any time.").format(name=self._client.display_name),
                self.tr("Close client"), lambda: self._set_status("closed"))

    def _set_status(self, status: str) -> None:
        if self._client is None:
            return
        clients, client_id = self._ctx.services.clients, self._client.id
        self._ctx.op(self, lambda: clients.set_status(client_id, status)).run()
