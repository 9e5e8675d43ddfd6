"""The disclosure log, read only: every export, print, handout and backup — when, what, for
whom, about which client — newest first, narrowed by client and by dates. Nothing here can
change an entry (the service only ever adds them)."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.disclosures import DisclosureView
from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.context import AppContext
from app.ui.kit.dates import date_format, moment
from app.ui.kit.error_dialog import error_sentence
from app.ui.kit.labels import choice_label
from app.ui.kit.look import hint, label_for

EVERYONE, PRACTICE = "everyone", "practice"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DisclosureLogDialog(AppDialog):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent, ctx.settings, "disclosure-log-dialog")
        self._ctx = ctx
        self._entries: list[DisclosureView] = []
        self._names: dict[UUID, str] = {}
        self.setWindowTitle(self.tr("Disclosure log"))
        self.client = QComboBox(self)
        self.client.setAccessibleName(self.tr("About"))
        self.since = QDateEdit(self)
        self.until = QDateEdit(self)
        for edit, name in ((self.since, self.tr("From")), (self.until, self.tr("Until"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setAccessibleName(name)
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Disclosures"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What happened"),
                                              self.tr("What"), self.tr("For whom"),
                                              self.tr("About")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self)
        filters = QHBoxLayout()
        filters.addWidget(label_for(self.tr("&About:"), self.client, self))
        filters.addWidget(self.client, 1)
        filters.addWidget(label_for(self.tr("&From:"), self.since, self))
        filters.addWidget(self.since)
        filters.addWidget(label_for(self.tr("&Until:"), self.until, self))
        filters.addWidget(self.until)
        buttons = self.button_box(self.tr("&Close"))
        buttons.button(buttons.StandardButton.Cancel).hide()
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "Everything that has left Reciprocal: exports, printouts, handouts and backups. "
            "Entries are added by the app and can never be changed."), self))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(880, 520)
        self.client.currentIndexChanged.connect(self._show)
        self.since.dateChanged.connect(self._show)
        self.until.dateChanged.connect(self._show)
        services = ctx.services
        ctx.op(self, lambda: (services.disclosures.list(), services.clients.list())) \
            .success(self._on_loaded).failure(lambda e: self.count.setText(error_sentence(e))) \
            .run()

    def _on_loaded(self, loaded: tuple[list[DisclosureView], list[Any]]) -> None:
        self._entries, clients = loaded
        self._names = {c.id: c.display_name for c in clients}
        self.client.blockSignals(True)
        self.client.addItem(self.tr("Everyone"), EVERYONE)
        self.client.addItem(self.tr("The whole practice (backups)"), PRACTICE)
        for client in clients:
            self.client.addItem(client.display_name, client.id)
        self.client.blockSignals(False)
        days = [e.at.date() for e in self._entries] or [date.today()]
        for edit, day in ((self.since, min(days)), (self.until, max(max(days), date.today()))):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self._show()

    def shown(self) -> list[DisclosureView]:
        """The entries the filters let through, newest first."""
        about = self.client.currentData()
        since, until = (date(d.year(), d.month(), d.day())
                        for d in (self.since.date(), self.until.date()))
        return [e for e in self._entries
                if since <= e.at.date() <= until
                and (about == EVERYONE or (about == PRACTICE and e.client_id is None)
                     or e.client_id == about)]

    def _show(self) -> None:
        rows = self.shown()
        self.table.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            about = (self.tr("The whole practice") if entry.client_id is None
                     else self._names.get(entry.client_id, self.tr("(erased or unknown)")))
            cells = ([moment(entry.at), self.tr("(damaged entry)"), "", "", about]
                     if entry.damaged else
                     [moment(entry.at), choice_label("disclosure action", entry.action),
                      entry.what, entry.recipient, about])
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.count.setText(self.tr("{shown} of %n entry(s) shown.", "", len(self._entries)).format(
            shown=len(rows)))

