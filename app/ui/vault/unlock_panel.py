"""The unlock screen: the passphrase (Argon2id runs in a worker while a bar moves), a plain
sentence when it is wrong, and "Forgot it? Use the recovery key" to set a new passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import WrongPassphrase
from app.ui.kit.busy_indicator import BusyIndicator
from app.ui.kit.context import DEMO_PASSPHRASE, AppContext
from app.ui.kit.error_dialog import error_sentence
from app.ui.kit.look import centred_column, heading, hint, paragraph
from app.ui.kit.operation import Operation
from app.ui.vault.new_passphrase_fields import NewPassphraseFields


class UnlockPanel(QWidget):
    unlocked = Signal()
    # Right after `unlocked`, the passphrase that now opens the vault, for the one job that
    # needs it (the backup key file beside the backups); the panel keeps no copy.
    passphrase_accepted = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._build_passphrase_page())
        self._pages.addWidget(self._build_recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(centred_column(self._pages, self))
        self.show_passphrase_page()

    def _build_passphrase_page(self) -> QWidget:
        page = QWidget(self)
        self.title = heading(self.tr("Welcome back"), page, 1.8)
        self.passphrase = QLineEdit(page)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Your passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("&Unlock"), page)
        self.unlock_button.setDefault(True)
        self.message = QLabel(page)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Unlock message"))
        self.demo_note = hint("", page)
        self.busy = BusyIndicator(page)
        self.forgot_button = QPushButton(self.tr("&Forgot it? Use the recovery key"), page)
        self.forgot_button.setFlat(True)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        forgot = QHBoxLayout()
        forgot.addWidget(self.forgot_button)
        forgot.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.title)
        layout.addWidget(paragraph(self.tr("Your records are locked. Type your passphrase to "
                                           "open them."), page))
        layout.addWidget(self.demo_note)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addLayout(forgot)
        layout.addStretch(1)
        self.passphrase.returnPressed.connect(self._on_unlock_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.forgot_button.clicked.connect(self._on_forgot_clicked)
        return page

    def _build_recovery_page(self) -> QWidget:
        page = QWidget(self)
        self.recovery_key = QLineEdit(page)
        self.recovery_key.setPlaceholderText(self.tr("The key from your recovery sheet"))
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.new_passphrase = NewPassphraseFields(page)
        self.recover_button = QPushButton(self.tr("Set passphrase and &unlock"), page)
        self.recover_button.setEnabled(False)
        self.recover_button.setDefault(True)
        self.recovery_message = QLabel(page)
        self.recovery_message.setWordWrap(True)
        self.recovery_busy = BusyIndicator(page)
        back = QPushButton(self.tr("&Back"), page)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Use your recovery key"), page))
        layout.addWidget(paragraph(self.tr(
            "Type the recovery key from the sheet you stored when you made the vault (dashes "
            "and spaces don't matter), then choose a new passphrase. Your old passphrase will "
            "stop working."), page))
        layout.addWidget(self.recovery_key)
        layout.addWidget(self.new_passphrase)
        layout.addWidget(self.recovery_message)
        layout.addWidget(self.recovery_busy)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.recovery_key.textChanged.connect(self._on_recovery_input_changed)
        self.new_passphrase.changed.connect(self._on_recovery_input_changed)
        self.new_passphrase.second.returnPressed.connect(self._on_recover_clicked)
        self.recover_button.clicked.connect(self._on_recover_clicked)
        back.clicked.connect(self.show_passphrase_page)
        self._recovery_back = back
        return page

    # -- showing --------------------------------------------------------------------------
    def show_passphrase_page(self) -> None:
        self.recovery_key.clear()
        self.new_passphrase.clear()
        self.recovery_message.clear()
        self.message.clear()
        if self._ctx.is_demo:
            self.title.setText(self.tr("The demo practice"))
            self.demo_note.setText(self.tr(
                "Everyone in this practice is invented. Its passphrase is: {passphrase}"
            ).format(passphrase=DEMO_PASSPHRASE))
            self.demo_note.show()
        else:
            self.title.setText(self.tr("Welcome back"))
            self.demo_note.hide()
        self._pages.setCurrentIndex(0)
        self.passphrase.setFocus()

    def _on_forgot_clicked(self) -> None:
        self.passphrase.clear()
        self._pages.setCurrentIndex(1)
        self.recovery_key.setFocus()

    # -- unlocking ------------------------------------------------------------------------
    def _on_unlock_clicked(self) -> None:
        passphrase, vault = self.passphrase.text(), self._ctx.vault
        if not passphrase or self.busy.isVisible() or vault is None:
            return  # (no vault yet: the file is still being opened, a moment after start)
        self.message.clear()
        self._set_busy(self.busy, True, self.tr("Unlocking…"))
        Operation(self, lambda: vault.unlock(passphrase)) \
            .success(self._on_unlock_done) \
            .failure(self._on_unlock_failed) \
            .run()

    def _on_unlock_done(self, _result: object) -> None:
        self._set_busy(self.busy, False)
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        self.unlocked.emit()
        self.passphrase_accepted.emit(passphrase)

    def _on_unlock_failed(self, error: BaseException) -> None:
        self._set_busy(self.busy, False)
        if isinstance(error, WrongPassphrase):
            self.message.setText(self.tr("That passphrase does not open this vault. Check "
                                         "Caps Lock and try again."))
        else:
            self.message.setText(error_sentence(error))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _on_recovery_input_changed(self) -> None:
        ready = bool(self.recovery_key.text().strip()) and (
            self.new_passphrase.passphrase() is not None
        )
        self.recover_button.setEnabled(ready and not self.recovery_busy.isVisible())

    def _on_recover_clicked(self) -> None:
        key = self.recovery_key.text()
        new = self.new_passphrase.passphrase()
        vault, params = self._ctx.vault, self._ctx.kdf_params
        if not key.strip() or new is None or self.recovery_busy.isVisible() or vault is None:
            return
        self.recovery_message.clear()
        self._set_busy(self.recovery_busy, True, self.tr("Checking the key and setting your "
                                                         "new passphrase…"))
        Operation(self, lambda: vault.unlock_with_recovery_key(key, new, kdf_params=params)) \
            .success(self._on_recovered) \
            .failure(self._on_recovery_failed) \
            .run()

    def _on_recovered(self, _result: object) -> None:
        self._set_busy(self.recovery_busy, False)
        passphrase = self.new_passphrase.passphrase() or ""
        self.recovery_key.clear()
        self.new_passphrase.clear()
        self._pages.setCurrentIndex(0)
        self.unlocked.emit()
        if passphrase:
            self.passphrase_accepted.emit(passphrase)

    def _on_recovery_failed(self, error: BaseException) -> None:
        self._set_busy(self.recovery_busy, False)
        self.recovery_message.setText(error_sentence(error))
        self.recovery_key.setFocus()

    def _set_busy(self, indicator: BusyIndicator, busy: bool, sentence: str = "") -> None:
        if busy:
            indicator.start(sentence)
        else:
            indicator.stop()
        for widget in (self.passphrase, self.unlock_button, self.forgot_button,
                       self.recovery_key, self.new_passphrase, self._recovery_back):
            widget.setEnabled(not busy)
        self._on_recovery_input_changed()
