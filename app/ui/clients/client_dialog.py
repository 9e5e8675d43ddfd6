"""Add a client or edit their details, including "How I like to work" in their own words."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.clients import PREFERENCE_TOPICS, ClientDraft, ClientView
from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.context import AppContext
from app.ui.kit.dates import date_format
from app.ui.kit.error_dialog import show_error
from app.ui.kit.look import hint


class ClientDialog(AppDialog):
    saved = Signal(object)  # the ClientView, as saved

    def __init__(self, ctx: AppContext, client: ClientView | None, parent: QWidget) -> None:
        super().__init__(parent, ctx.settings, "client-dialog")
        self._ctx = ctx
        self._client = client
        self.setWindowTitle(self.tr("New client") if client is None
                            else self.tr("Client details"))
        self.display_name = QLineEdit(self)
        self.display_name.setAccessibleName(self.tr("Name shown in the list"))
        self.legal_name = QLineEdit(self)
        self.legal_name.setAccessibleName(self.tr("Legal name"))
        self.pronouns = QLineEdit(self)
        self.pronouns.setAccessibleName(self.tr("Pronouns"))
        self.contact = QPlainTextEdit(self)
        self.contact.setAccessibleName(self.tr("Contact"))
        self.contact.setTabChangesFocus(True)
        self.contact.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.start_date = QDateEdit(self)
        self.start_date.setCalendarPopup(True)
        self.start_date.setAccessibleName(self.tr("Start date"))
        self.start_date.setDisplayFormat(date_format())
        details = QWidget(self)
        form = QFormLayout(details)
        form.addRow(self.tr("&Name in the list"), self.display_name)
        form.addRow(self.tr("&Legal name"), self.legal_name)
        form.addRow(self.tr("&Pronouns"), self.pronouns)
        form.addRow(self.tr("C&ontact"), self.contact)
        form.addRow(self.tr("&Started"), self.start_date)
        form.addRow("", hint(self.tr("Only the name in the list is needed; it can be a first "
                                     "name or initials."), details))
        preferences = QWidget(self)
        pref_form = QFormLayout(preferences)
        pref_form.addRow(hint(self.tr("In the client's own words: how they would like the work "
                                      "to go."), preferences))
        self.preferences: dict[str, QPlainTextEdit] = {}
        for key, label in PREFERENCE_TOPICS:
            edit = QPlainTextEdit(preferences)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(label)
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
            self.preferences[key] = edit
            pref_form.addRow(QLabel(label, preferences))
            pref_form.addRow(edit)
        tabs = QTabWidget(self)
        tabs.setAccessibleName(self.tr("Client details"))
        tabs.addTab(details, self.tr("Details"))
        tabs.addTab(preferences, self.tr("How I like to work"))
        self.buttons = self.button_box(self.tr("Add client") if client is None
                                       else self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.buttons)
        self._fill(client)
        self.display_name.setFocus()

    def _fill(self, client: Any | None) -> None:
        today = date.today()
        start = client.start_date if client is not None and client.start_date else today
        self.start_date.setDate(QDate(start.year, start.month, start.day))
        if client is None:
            return
        self.display_name.setText(client.display_name)
        self.legal_name.setText(client.legal_name)
        self.pronouns.setText(client.pronouns)
        self.contact.setPlainText(client.contact)
        for key, edit in self.preferences.items():
            edit.setPlainText(client.preferences.get(key, ""))

    def draft(self) -> ClientDraft:
        day = self.start_date.date()
        return ClientDraft(
            display_name=self.display_name.text().strip(),
            legal_name=self.legal_name.text().strip(),
            pronouns=self.pronouns.text().strip(),
            contact=self.contact.toPlainText().strip(),
            start_date=date(day.year(), day.month(), day.day()),
            preferences={k: e.toPlainText().strip() for k, e in self.preferences.items()},
        )

    def _on_accept_requested(self) -> None:
        draft = self.draft()
        clients = self._ctx.services.clients
        if self._client is None:
            def job() -> Any:
                return clients.create(draft)
        else:
            client_id = self._client.id

            def job() -> Any:
                return clients.update(client_id, draft)
        self.buttons.setEnabled(False)
        self._ctx.op(self, job).success(self._on_saved).failure(self._on_failed).run()

    def _on_saved(self, client: ClientView) -> None:
        self.saved.emit(client)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)
