"""The first-run screen: create a vault (passphrase, then the recovery key shown once), or
explore a demo practice of invented people.

"Restore from a backup" is built but hidden: the backup feature calls `offer_restore()` and
listens to `restore_requested`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.background import run_in_background
from app.ui.busy_indicator import BusyIndicator
from app.ui.context import DEMO_PASSPHRASE, AppContext
from app.ui.error_dialog import show_error
from app.ui.look import centred_column, heading, hint, paragraph
from app.ui.new_passphrase_fields import NewPassphraseFields
from app.ui.recovery_sheet_output import RecoverySheetOutput
from app.ui.secret_clipboard import SecretClipboard

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
        self._new_vault: Any = None
        self.recovery_key = ""  # shown once, forgotten on Continue
        self._clipboard = SecretClipboard(self)
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
        self.restore_button.setVisible(False)
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
            (self.restore_button, self.tr("Bring back your records from a backup file.")),
        ):
            button.setMinimumHeight(36)
            layout.addWidget(button)
            note = hint(explanation, page)
            layout.addWidget(note)
            layout.addSpacing(6)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.demo_button.clicked.connect(self._on_demo_clicked)
        layout.addStretch(1)
        self._restore_hint = note  # the last one
        self._restore_hint.setVisible(False)
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
        page = QWidget(self)
        self.recovery_label = QLabel(page)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        mono.setWeight(QFont.Weight.DemiBold)
        self.recovery_label.setFont(mono)
        self.recovery_label.setWordWrap(True)
        self.recovery_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recovery_label.setAccessibleName(self.tr("Your recovery key"))
        self.recovery_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.recovery_label.setMargin(12)
        self.copy_button = QPushButton(self.tr("C&opy"), page)
        self.copy_button.setAccessibleDescription(
            self.tr("Copies the key; it is cleared from the clipboard after 30 seconds.")
        )
        self.print_button = QPushButton(self.tr("&Print recovery sheet…"), page)
        self.save_sheet_button = QPushButton(self.tr("&Save recovery sheet as PDF…"), page)
        self.stored_check = QCheckBox(self.tr("I have stored my recovery key somewhere safe"),
                                      page)
        self.continue_button = QPushButton(self.tr("Con&tinue"), page)
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        self.copied_note = hint("", page)
        actions = QHBoxLayout()
        for button in (self.copy_button, self.print_button, self.save_sheet_button):
            actions.addWidget(button)
        actions.addStretch(1)
        finish = QHBoxLayout()
        finish.addStretch(1)
        finish.addWidget(self.continue_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Your recovery key"), page))
        layout.addWidget(paragraph(self.tr(
            "If you ever forget your passphrase, this key is the only way back into your "
            "records. It is shown only this once. Print it or write it down, and keep it "
            "somewhere safe away from this computer."), page))
        layout.addWidget(self.recovery_label)
        layout.addLayout(actions)
        layout.addWidget(self.copied_note)
        layout.addWidget(self.stored_check)
        layout.addLayout(finish)
        layout.addStretch(1)
        self._sheet = RecoverySheetOutput(self)
        self._sheet.done.connect(self.copied_note.setText)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_sheet_button.clicked.connect(self._on_save_sheet_clicked)
        self.stored_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._on_continue_clicked)
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

    def offer_restore(self) -> None:
        self.restore_button.setVisible(True)
        self._restore_hint.setVisible(True)

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

        def create() -> tuple[Any, str]:
            from app.services.vault import Vault

            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            return Vault.create(path, passphrase, kdf_params=params)

        run_in_background(self, create, self._on_vault_made, self._on_create_failed)

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
        self._new_vault, recovery = result
        self._set_creating(False)
        self.passphrase_fields.clear()
        self.recovery_key = recovery
        groups = recovery.split("-")
        half = (len(groups) + 1) // 2  # two lines of groups, never broken inside a group
        self.recovery_label.setText("-".join(groups[:half]) + "\n" + "-".join(groups[half:]))
        self._pages.setCurrentIndex(2)
        self.copy_button.setFocus()

    def _on_create_failed(self, error: BaseException) -> None:
        self._set_creating(False)
        show_error(self, error)

    def _on_copy_clicked(self) -> None:
        self._clipboard.copy(self.recovery_key)
        self.copied_note.setText(self.tr("Copied. The clipboard will be emptied in 30 seconds."))

    def _on_print_clicked(self) -> None:
        self._sheet.print_sheet(self._new_vault, self.recovery_key)

    def _on_save_sheet_clicked(self) -> None:
        self._sheet.save_sheet(self._new_vault, self.recovery_key)

    def save_sheet_to(self, path: Path) -> None:
        """Write the recovery sheet to `path` (the Save dialog's choice)."""
        self._sheet.save_to(self._new_vault, self.recovery_key, path)

    def print_sheet_to(self, printer: Any) -> None:
        """Print the recovery sheet on `printer` (the Print dialog's choice)."""
        self._sheet.print_to(self._new_vault, self.recovery_key, printer)

    def _on_continue_clicked(self) -> None:
        if not self.stored_check.isChecked() or self._new_vault is None:
            return
        self._clipboard.clear()
        self.recovery_label.clear()
        self.recovery_key = ""
        self.copied_note.clear()
        vault, self._new_vault = self._new_vault, None
        self.vault_created.emit(vault)

    # -- the demo -------------------------------------------------------------------------
    def _on_demo_clicked(self) -> None:
        if self._ctx.demo_path.exists():
            self.demo_ready.emit()
            return
        self._pages.setCurrentIndex(3)
        self.demo_busy.start(self.tr("Inventing clients and their sessions…"))
        path, params = self._ctx.demo_path, self._ctx.kdf_params

        def build(report) -> None:
            from app.services.demo import build_demo

            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            build_demo(path, DEMO_PASSPHRASE, clients=DEMO_CLIENTS, sessions=DEMO_SESSIONS,
                       seed=DEMO_SEED, kdf_params=params, progress=report)

        run_in_background(self, build, self._on_demo_built, self._on_demo_failed,
                          progress=self.demo_busy.progress)

    def _on_demo_built(self, _result: object) -> None:
        self.demo_busy.stop()
        self._pages.setCurrentIndex(0)
        self.demo_ready.emit()

    def _on_demo_failed(self, error: BaseException) -> None:
        self.demo_busy.stop()
        self._pages.setCurrentIndex(0)
        show_error(self, error)
