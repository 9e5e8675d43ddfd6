"""The first-run screen: create a vault (passphrase, then the recovery key shown once),
explore a demo practice of invented people, or restore from a backup (the window opens the
restore dialog on `restore_requested`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.kit.busy_indicator import BusyIndicator
from app.ui.kit.context import DEMO_PASSPHRASE, AppContext
from app.ui.kit.error_dialog import show_error
from app.ui.kit.language import chosen_language
from app.ui.kit.look import centred_column, heading, hint, paragraph
from app.ui.kit.operation import Operation
from app.ui.kit.settings import LANGUAGE
from app.ui.vault.new_passphrase_fields import NewPassphraseFields
from app.ui.vault.recovery_key_page import RecoveryKeyPage
from app.ui.vault.recovery_sheet_output import paper_for_locale

DEMO_CLIENTS = 12
DEMO_SESSIONS = 12
DEMO_SEED = 7


class WelcomePanel(QWidget):
    vault_created = Signal(object)  # the new, unlocked Vault
    demo_ready = Signal()  # the demo vault file exists at ctx.demo_path
    restore_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._build_choice_page())
        self._pages.addWidget(self._build_passphrase_page())
        self._pages.addWidget(self._build_recovery_page())
        self._pages.addWidget(self._build_demo_page())
        layout = QVBoxLayout(self)
        layout.addWidget(centred_column(self._pages, self))

    # -- pages ----------------------------------------------------------------------------
    def _build_choice_page(self) -> QWidget:
        page = QWidget(self)
        self.create_button = QPushButton(self.tr("&Create my vault"), page)
        self.create_button.setDefault(True)
        self.create_button.setAccessibleDescription(
            self.tr("Start your own practice records, protected by a passphrase.")
        )
        self.demo_button = QPushButton(self.tr("&Explore a demo practice"), page)
        self.demo_button.setAccessibleDescription(
            self.tr("Open a practice of invented clients to try the app.")
        )
        self.restore_button = QPushButton(self.tr("&Restore from a backup"), page)
        self.restore_button.setAccessibleDescription(
            self.tr("Bring back your records from a backup file, for example on a new computer.")
        )
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Welcome to Reciprocal"), page, 1.8))
        layout.addWidget(paragraph(self.tr(
            "Your practice records stay on this computer, encrypted with a passphrase only you "
            "know. Nothing is ever sent anywhere."), page))
        layout.addSpacing(12)
        for button, explanation in (
            (self.create_button, self.tr("Set a passphrase and start with an empty practice.")),
            (self.demo_button, self.tr("Look around a practice of invented clients first; "
                                       "your own vault can come later.")),
            (self.restore_button, self.tr("On a new computer: bring back your practice from a "
                                          "backup file.")),
        ):
            button.setMinimumHeight(36)
            layout.addWidget(button)
            note = hint(explanation, page)
            layout.addWidget(note)
            layout.addSpacing(6)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.demo_button.clicked.connect(self._on_demo_clicked)
        layout.addStretch(1)
        self.restore_button.clicked.connect(self.restore_requested)
        return page

    def _build_passphrase_page(self) -> QWidget:
        page = QWidget(self)
        self.passphrase_fields = NewPassphraseFields(page)
        self.make_button = QPushButton(self.tr("Create my &vault"), page)
        self.make_button.setEnabled(False)
        self.make_button.setDefault(True)
        back = QPushButton(self.tr("&Back"), page)
        self.create_busy = BusyIndicator(page)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.make_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Choose a passphrase"), page))
        layout.addWidget(paragraph(self.tr(
            "Your passphrase unlocks the vault each day. Choose one you can remember without "
            "writing it down: four or five unusual words in a row work well."), page))
        layout.addWidget(self.passphrase_fields)
        layout.addWidget(self.create_busy)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.passphrase_fields.changed.connect(self._on_passphrase_changed)
        self.passphrase_fields.second.returnPressed.connect(self._on_make_clicked)
        self.make_button.clicked.connect(self._on_make_clicked)
        back.clicked.connect(self._on_back_clicked)
        self._back_button = back
        return page

    def _build_recovery_page(self) -> QWidget:
        page = RecoveryKeyPage(
            self.tr("Your recovery key"),
            self.tr("If you ever forget your passphrase, this key is the only way back into "
                    "your records. It is shown only this once. Print it or write it down, and "
                    "keep it somewhere safe away from this computer."),
            paper_for_locale(), self)
        self.recovery_page = page
        # The page's parts, by the names the tests and the screenshot tool use.
        self.recovery_label = page.label
        self.copy_button = page.copy_button
        self.print_button = page.print_button
        self.save_sheet_button = page.save_sheet_button
        self.stored_check = page.stored_check
        self.continue_button = page.continue_button
        self.copied_note = page.note
        self._clipboard = page.clipboard
        page.confirmed.connect(self.vault_created)
        return page

    def _build_demo_page(self) -> QWidget:
        page = QWidget(self)
        self.demo_busy = BusyIndicator(page)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("A demo practice"), page))
        layout.addWidget(paragraph(self.tr(
            "Making a practice of {clients} invented clients with a few months of sessions "
            "each. Everything in it is made up, so explore freely.").format(
                clients=DEMO_CLIENTS), page))
        layout.addWidget(self.demo_busy)
        layout.addStretch(1)
        return page

    # -- creating a vault -----------------------------------------------------------------
    def _on_create_clicked(self) -> None:
        self._pages.setCurrentIndex(1)
        self.passphrase_fields.first.setFocus()

    def _on_back_clicked(self) -> None:
        self.passphrase_fields.clear()
        self._pages.setCurrentIndex(0)
        self.create_button.setFocus()

    def _on_passphrase_changed(self) -> None:
        self.make_button.setEnabled(self.passphrase_fields.passphrase() is not None)

    def _on_make_clicked(self) -> None:
        passphrase = self.passphrase_fields.passphrase()
        if passphrase is None or self.create_busy.isVisible():
            return
        self._set_creating(True)
        path, params = self._ctx.vault_path, self._ctx.kdf_params
        # The practice's handouts start in the app's language, on this computer's paper.
        language, paper = chosen_language(self._ctx.settings.get(LANGUAGE)), paper_for_locale()

        def create() -> tuple[Any, str]:
            from app.services.vault import Vault

            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            return Vault.create(path, passphrase, kdf_params=params, language=language,
                                paper_size=paper)

        Operation(self, create) \
            .success(self._on_vault_made) \
            .failure(self._on_create_failed) \
            .run()

    def _set_creating(self, busy: bool) -> None:
        if busy:
            self.create_busy.start(self.tr(
                "Setting up your vault. Making the key takes a few seconds on purpose: it is "
                "what makes guessing your passphrase slow."))
        else:
            self.create_busy.stop()
        for widget in (self.passphrase_fields, self.make_button, self._back_button):
            widget.setEnabled(not busy)
        if not busy:
            self._on_passphrase_changed()

    def _on_vault_made(self, result: tuple[Any, str]) -> None:
        vault, recovery = result
        self._set_creating(False)
        self.passphrase_fields.clear()
        self._pages.setCurrentIndex(2)
        self.recovery_page.show_key(vault, recovery)

    def _on_create_failed(self, error: BaseException) -> None:
        self._set_creating(False)
        show_error(self, error)

    @property
    def recovery_key(self) -> str:
        """The key on screen (empty once the therapist has continued)."""
        return self.recovery_page.recovery_key

    def save_sheet_to(self, path: Path) -> None:
        """Write the recovery sheet to `path` (the Save dialog's choice)."""
        self.recovery_page.save_sheet_to(path)

    def print_sheet_to(self, printer: Any) -> None:
        """Print the recovery sheet on `printer` (the Print dialog's choice)."""
        self.recovery_page.print_sheet_to(printer)

    # -- the demo -------------------------------------------------------------------------
    def _on_demo_clicked(self) -> None:
        if self._ctx.demo_path.exists():
            self.demo_ready.emit()
            return
        self._pages.setCurrentIndex(3)
        self.demo_busy.start(self.tr("Inventing clients and their sessions…"))
        path, params = self._ctx.demo_path, self._ctx.kdf_params

        def build(report) -> None:
            from app.demo import build_demo

            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            build_demo(path, DEMO_PASSPHRASE, clients=DEMO_CLIENTS, sessions=DEMO_SESSIONS,
                       seed=DEMO_SEED, kdf_params=params, progress=report)

        Operation(self, build) \
            .success(self._on_demo_built) \
            .failure(self._on_demo_failed) \
            .progress(self.demo_busy.progress) \
            .run()

    def _on_demo_built(self, _result: object) -> None:
        self.demo_busy.stop()
        self._pages.setCurrentIndex(0)
        self.demo_ready.emit()

    def _on_demo_failed(self, error: BaseException) -> None:
        self.demo_busy.stop()
        self._pages.setCurrentIndex(0)
        show_error(self, error)
