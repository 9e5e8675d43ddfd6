"""Add a client or edit their details, including "How I like to work" in their own words and
the language their handouts are printed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.languages import LANGUAGES
from app.services.clients import PREFERENCE_TOPICS, ClientDraft, ClientView
from app.ui.kit.context import AppContext
from app.ui.kit.dates import date_format
from app.ui.kit.error_dialog import show_error
from app.ui.kit.labels import choice_label
from app.ui.kit.look import hint
from app.ui.kit.record_dialog import RecordDialog, create_or_update


@dataclass(frozen=True, slots=True)
class ClientForm:
    """What the dialog holds, for keeping it through a lock (`client_id` None: a new client)."""

    client_id: UUID | None
    draft: ClientDraft


def save_client_form(services: Any, record: Any, form: ClientForm) -> ClientView:
    """Add the client, or save their details. `record` (a kept save's) remembers a client
    added by an earlier run of this save, so running it again edits them."""
    return create_or_update(record, form.client_id, lambda: services.clients.create(form.draft),
                            lambda client_id: services.clients.update(client_id, form.draft))


class ClientDialog(RecordDialog):
    saved = Signal(object)  # the ClientView, as saved
    save_form = save_client_form

    def __init__(self, ctx: AppContext, client: ClientView | None, parent: QWidget,
                 form: ClientForm | None = None) -> None:
        super().__init__(ctx, parent, "client-dialog")
        self._client = client
        self._client_id = client.id if client is not None else (
            form.client_id if form is not None else None)
        self.setWindowTitle(self.tr("New client") if self._client_id is None
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
        self.handout_language = QComboBox(self)
        self.handout_language.setAccessibleName(self.tr("Language of this client's handouts"))
        self.handout_language.addItem(self.tr("The practice's language (Settings)"), "")
        for code, name in LANGUAGES.items():
            self.handout_language.addItem(name, code)
        details = QWidget(self)
        fields = QFormLayout(details)
        fields.addRow(self.tr("&Name in the list"), self.display_name)
        fields.addRow(self.tr("&Legal name"), self.legal_name)
        fields.addRow(self.tr("&Pronouns"), self.pronouns)
        fields.addRow(self.tr("C&ontact"), self.contact)
        fields.addRow(self.tr("&Started"), self.start_date)
        fields.addRow(self.tr("&Handouts in"), self.handout_language)
        fields.addRow("", hint(self.tr("Only the name in the list is needed; it can be a first "
                                     "name or initials."), details))
        preferences = QWidget(self)
        pref_form = QFormLayout(preferences)
        pref_form.addRow(hint(self.tr("In the client's own words: how they would like the work "
                                      "to go."), preferences))
        self.preferences: dict[str, QPlainTextEdit] = {}
        for key, _words in PREFERENCE_TOPICS:
            label = choice_label("preference topic", key)
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
        self.buttons = self.button_box(self.tr("Add client") if self._client_id is None
                                       else self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.buttons)
        self._fill(client)
        if form is not None:
            self._fill_draft(form.draft)
        self.display_name.setFocus()

    def _fill_draft(self, draft: ClientDraft) -> None:
        self.display_name.setText(draft.display_name)
        self.legal_name.setText(draft.legal_name)
        self.pronouns.setText(draft.pronouns)
        self.contact.setPlainText(draft.contact)
        if draft.start_date is not None:
            day = draft.start_date
            self.start_date.setDate(QDate(day.year, day.month, day.day))
        for key, edit in self.preferences.items():
            edit.setPlainText(draft.preferences.get(key, ""))
        self._choose_language(draft.handout_language)

    def _choose_language(self, code: str) -> None:
        self.handout_language.setCurrentIndex(max(0, self.handout_language.findData(code)))

    def form(self) -> ClientForm | None:
        draft = self.draft()
        if self._client is not None:
            before = self._client
            unchanged = (draft.display_name, draft.legal_name, draft.pronouns, draft.contact,
                         {k: v for k, v in draft.preferences.items() if v},
                         draft.handout_language) == (
                before.display_name, before.legal_name, before.pronouns, before.contact,
                {k: v for k, v in before.preferences.items() if v}, before.handout_language)
            return None if unchanged else ClientForm(self._client_id, draft)
        typed = draft.display_name or draft.legal_name or draft.pronouns or draft.contact \
            or any(draft.preferences.values())
        return ClientForm(self._client_id, draft) if typed else None

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
        self._choose_language(client.handout_language)

    def draft(self) -> ClientDraft:
        day = self.start_date.date()
        return ClientDraft(
            display_name=self.display_name.text().strip(),
            legal_name=self.legal_name.text().strip(),
            pronouns=self.pronouns.text().strip(),
            contact=self.contact.toPlainText().strip(),
            start_date=date(day.year(), day.month(), day.day()),
            preferences={k: e.toPlainText().strip() for k, e in self.preferences.items()},
            handout_language=self.handout_language.currentData(),
        )

    def typed(self) -> ClientForm:
        return ClientForm(self._client_id, self.draft())

    def _on_saved(self, client: ClientView) -> None:
        self.saved.emit(client)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)  # (this dialog has no line of its own for a message)
