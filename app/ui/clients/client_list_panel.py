"""The left column: find a client by typing, filter by status, add a new one."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.clients.client_list_model import CLIENT_ROLE, ClientFilter, ClientListModel
from app.ui.kit.look import label_for


class ClientListPanel(QWidget):
    client_chosen = Signal(object)  # ClientView
    new_client_requested = Signal()

    def __init__(self, clients: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filtering = False
        self.model = ClientListModel(clients, self)
        self.filter = ClientFilter(self)
        self.filter.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a client"))
        self.search.setAccessibleName(self.tr("Find a client by name"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):  # the clear button's icon
            button.setAccessibleName(self.tr("Clear the name"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Show clients who are"))
        for text, value in ((self.tr("Active"), "active"), (self.tr("Paused"), "paused"),
                            (self.tr("Closed"), "closed"), (self.tr("All clients"), None)):
            self.status.addItem(text, value)
        self.list = QListView(self)
        self.list.setModel(self.filter)
        self.list.setAccessibleName(self.tr("Clients"))
        self.list.setWordWrap(True)  # a long name takes two lines rather than an "…"
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        line = self.list.fontMetrics().height()  # a safety flag's sign, the size of the name
        self.list.setIconSize(QSize(line, line))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(self.tr("&New client…"), self)
        self.new_button.setAccessibleDescription(self.tr("Add a client to your practice"))
        filters = QHBoxLayout()
        filters.addWidget(label_for(self.tr("Sho&w"), self.status, self))
        filters.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.new_button)
        self.search.textChanged.connect(self._on_search_changed)
        self.search.returnPressed.connect(self._on_search_entered)
        self.status.currentIndexChanged.connect(self._on_status_changed)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.new_button.clicked.connect(self.new_client_requested)
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.list)
        self.setTabOrder(self.list, self.new_button)
        self._update_empty_note()

    def _quietly(self, change) -> None:
        """Filtering moves Qt's current row; that must not open another client. The open
        client stays highlighted while it is in view; otherwise nothing is."""
        current = self.current_client_id()
        self._filtering = True
        try:
            change()
            self.list.selectionModel().clear()
        finally:
            self._filtering = False
        if current is not None:
            self.select(current, notify=False, widen=False)
        self._update_empty_note()

    def _on_search_changed(self, text: str) -> None:
        self._quietly(lambda: self.filter.set_text(text))

    def _on_search_entered(self) -> None:
        """Enter in the search box opens the first match."""
        if self.filter.rowCount() == 0:
            return
        client = self.filter.index(0, 0).data(CLIENT_ROLE)
        self.select(client.id, notify=False)
        self.client_chosen.emit(client)
        self.list.setFocus()

    def _on_status_changed(self, _index: int) -> None:
        self._quietly(lambda: self.filter.set_status(self.status.currentData()))

    def _on_current_changed(self, current, _previous) -> None:
        if self._filtering:
            return
        client = current.data(CLIENT_ROLE) if current.isValid() else None
        if client is not None:
            self.client_chosen.emit(client)

    def _update_empty_note(self) -> None:
        if self.filter.rowCount() > 0:
            self.empty_note.hide()
            return
        if self.model.rowCount() == 0:
            self.empty_note.setText(self.tr("No clients yet. Add your first with New client."))
        else:
            self.empty_note.setText(self.tr("No client matches."))
        self.empty_note.show()

    def mark_followups(self, flagged: set[Any]) -> None:
        """Mark the clients whose PHQ-9 item 9 answer is not yet followed up."""
        self.model.mark_followups(flagged)

    def set_clients(self, clients: list[Any]) -> None:
        self._quietly(lambda: self.model.set_clients(clients))

    def upsert(self, client: Any) -> None:
        """Show a saved client in its place (sorted by name), keeping the current one."""
        self._quietly(lambda: self.model.upsert(client))

    def current_client_id(self) -> UUID | None:
        client = self.list.currentIndex().data(CLIENT_ROLE)
        return None if client is None else client.id

    def select(self, client_id: UUID, *, notify: bool = True, widen: bool = True) -> bool:
        """Make `client_id` current; if the search or status filter hides it, clear them
        (`widen`) or leave nothing highlighted."""
        row = self.model.row_of(client_id)
        if row < 0:
            return False
        source = self.model.index(row, 0)
        index = self.filter.mapFromSource(source)
        if not index.isValid() and not widen:
            return False
        if not index.isValid():
            self.search.clear()
            self.status.setCurrentIndex(self.status.count() - 1)  # all clients
            index = self.filter.mapFromSource(source)
        self._filtering = not notify
        try:
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._filtering = False
        self.list.scrollTo(index)
        return True
