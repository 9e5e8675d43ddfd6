"""Ask for the passphrase once, to put the vault's backup key file (``backup-key-XXXXXXXX-YYYYYY.age``)
beside the backups.

The app never keeps the passphrase, so when a backup lands in a folder without a current key
file (a new folder, a new USB stick) this asks for it: the backup itself never needed it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import WrongPassphrase
from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.busy_indicator import BusyIndicator
from app.ui.kit.context import AppContext
from app.ui.kit.error_dialog import error_sentence
from app.ui.kit.look import paragraph
from app.ui.kit.operation import Operation


class BackupKeyDialog(AppDialog):
    key_written = Signal(object)  # the Path of the backup key file

    def __init__(self, ctx: AppContext, folder: Path, parent: QWidget) -> None:
        super().__init__(parent, ctx.settings, "backup-key-dialog")
        self._ctx = ctx
        self._folder = folder
        self.setWindowTitle(self.tr("Your backup key"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.busy = BusyIndicator(self)
        buttons = self.button_box(self.tr("&Write the backup key"))
        buttons.button(buttons.StandardButton.Cancel).setText(self.tr("Not now"))
        form = QFormLayout()
        form.addRow(self.tr("Your &passphrase"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Your backup is written. Beside it, Reciprocal keeps your backup key in a file of "
            "this practice's own (its name starts with backup-key-), locked with your "
            "passphrase, so that your passphrase alone opens these backups on a new computer. "
            "Type your passphrase once to write it there."),
            self))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())
        self.passphrase.setFocus()
        ctx.events.vault_locked.connect(self._on_vault_locked)

    def _on_accept_requested(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase or self.busy.isVisible():
            return
        backups, folder = self._ctx.services.backups, self._folder
        self.message.clear()
        self.busy.start(self.tr("Locking the backup key with your passphrase…"))
        self.accept_button.setEnabled(False)
        Operation(self, lambda: backups.write_backup_key(folder, passphrase)) \
            .success(self._on_written) \
            .failure(self._on_failed) \
            .run()

    def _on_written(self, path: Path) -> None:
        self.busy.stop()
        self.passphrase.clear()
        self.key_written.emit(path)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.busy.stop()
        self.accept_button.setEnabled(True)
        if isinstance(error, WrongPassphrase):
            self.message.setText(self.tr("That passphrase does not open this vault. Check Caps "
                                         "Lock and try again."))
        else:
            self.message.setText(error_sentence(error))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _on_vault_locked(self) -> None:
        self.passphrase.clear()
        self.done(self.DialogCode.Rejected)

    def reject(self) -> None:
        if not self.busy.isVisible():  # the key is being written: let it finish
            super().reject()
