"""The client list as a Qt model, and the filter behind "search as you type" and the status
choice. Everything is in memory (a practice has hundreds of clients, not millions), so filtering
never touches the database."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from app.services.clients import ClientView
from app.ui.kit.labels import choice_label

CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex



def status_label(status: str) -> str:
    return choice_label("client status", status)


def followup_note() -> str:
    """What the warning sign beside a client's name means (read out by a screen reader)."""
    return QCoreApplication.translate("ClientList", "PHQ-9 item 9 needs a follow-up")


def _shown_name(client: ClientView) -> str:
    if client.status == "active":
        return client.display_name
    return f"{client.display_name} · {status_label(client.status)}"


class ClientListModel(QAbstractListModel):
    def __init__(self, clients: list[ClientView] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clients: list[ClientView] = list(clients or [])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's API)
        return 0 if parent.isValid() else len(self._clients)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        client = self._clients[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown_name(client)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _shown_name(client) + (f" · {followup_note()}" if client.needs_followup
                                          else "")
        if role == Qt.ItemDataRole.DecorationRole and client.needs_followup:
            return QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and client.needs_followup:
            return followup_note()
        if role == CLIENT_ROLE:
            return client
        return None

    def set_clients(self, clients: list[ClientView]) -> None:
        self.beginResetModel()
        self._clients = list(clients)
        self.endResetModel()

    def mark_followups(self, flagged: set[UUID]) -> None:
        """The follow-up marks, arriving after the list (they take longer to work out)."""
        marked = [replace(c, needs_followup=c.id in flagged) for c in self._clients]
        changed = [row for row, (old, new) in enumerate(zip(self._clients, marked, strict=True))
                   if old.needs_followup != new.needs_followup]
        self._clients = marked
        for row in changed:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def clear(self) -> None:
        self.set_clients([])

    def upsert(self, client: ClientView) -> None:
        """Put a saved client in place (or add it), keeping the list sorted by name."""
        others = [c for c in self._clients if c.id != client.id]
        self.set_clients(sorted([*others, client],
                                key=lambda c: (c.damaged, c.display_name.casefold(), str(c.id))))

    def name_of(self, client_id: UUID) -> str:
        row = self.row_of(client_id)
        return "" if row < 0 else self._clients[row].display_name

    def row_of(self, client_id: UUID) -> int:
        for row, client in enumerate(self._clients):
            if client.id == client_id:
                return row
        return -1


class ClientFilter(QSortFilterProxyModel):
    """Matches a typed word anywhere in the name (ignoring case) and the chosen status."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status: str | None = "active"

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        client = model.data(model.index(source_row, 0, source_parent), CLIENT_ROLE)
        if client is None:
            return False
        if self._status is not None and client.status != self._status:
            return False
        if not self._text:
            return True
        names = f"{client.display_name} {client.legal_name}".casefold()
        return all(word in names for word in self._text.split())
