"""Change the passphrase: the current one, then the new one twice with the strength meter.

The data key is rewrapped on the database worker (the key derivation is slow on purpose); no
record is re-encrypted. Then the backup key file beside the backups is rewritten with the new
passphrase, since the old one would no longer match what the therapist remembers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.busy_indicator import BusyIndicator
from app.ui.kit.context import AppContext
from app.ui.kit.error_dialog import error_sentence
from app.ui.kit.look import label_for, paragraph
from app.ui.kit.operation import Operation
from app.ui.vault.new_passphrase_fields import NewPassphraseFields

NO_BACKUPS, KEY_RENEWED, KEY_LATER, KEY_FAILED = "no backups", "renewed", "later", "failed"


class ChangePassphraseDialog(AppDialog):
    changed = Signal(str)  # one sentence saying what happened, backup key included

    def __init__(self, ctx: AppContext, backup_folder: Path | None, parent: QWidget) -> None:
        """`backup_folder`: where the backup key file is rewritten (None: no backups here)."""
        super().__init__(parent, ctx.settings, "change-passphrase-dialog")
        self._ctx = ctx
        self._folder = backup_folder
        self.setWindowTitle(self.tr("Change your passphrase"))
        self.current = QLineEdit(self)
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new = NewPassphraseFields(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.busy = BusyIndicator(self)
        buttons = self.button_box(self.tr("&Change passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Your records stay as they are; only the lock on them changes. Your recovery sheet "
            "stays valid."), self))
        layout.addSpacing(6)
        layout.addWidget(label_for(self.tr("Your c&urrent passphrase:"), self.current, self))
        layout.addWidget(self.current)
        layout.addSpacing(6)
        layout.addWidget(label_for(self.tr("Your &new passphrase, twice:"), self.new.first,
                                   self))
        layout.addWidget(self.new)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self.new.changed.connect(self._on_input_changed)
        self.current.textChanged.connect(self._on_input_changed)
        ctx.events.vault_locked.connect(self._on_vault_locked)
        self.resize(520, self.sizeHint().height())
        self._on_input_changed()
        self.current.setFocus()

    def _on_input_changed(self) -> None:
        self.accept_button.setEnabled(bool(self.current.text()) and self.new.passphrase()
                                      is not None and not self.busy.isVisible())

    def _on_accept_requested(self) -> None:
        current, new = self.current.text(), self.new.passphrase()
        vault, folder = self._ctx.vault, self._folder
        if not current or new is None or vault is None or self.busy.isVisible():
            return

        def change() -> tuple[str, BaseException | None]:
            vault.change_passphrase(current, new)
            if folder is None:
                return NO_BACKUPS, None
            if not folder.is_dir():
                return KEY_LATER, None
            try:  # the passphrase is changed either way; say if the key file could not follow
                vault.services.backups.write_backup_key(folder, new)
            except Exception as error:
                return KEY_FAILED, error
            return KEY_RENEWED, None

        self.message.clear()
        self.busy.start(self.tr("Changing your passphrase…"))
        self._set_enabled(False)
        Operation(self, change).success(self._on_changed).failure(self._on_failed).run()

    def _set_enabled(self, enabled: bool) -> None:
        self.current.setEnabled(enabled)
        self.new.setEnabled(enabled)
        self._on_input_changed()

    def _on_changed(self, result: tuple[str, BaseException | None]) -> None:
        outcome, key_error = result
        self.busy.stop()
        if outcome == KEY_FAILED:
            assert key_error is not None
            text = self.tr("Your passphrase is changed. The backup key beside your backups "
                           "could not be renewed: {problem}").format(
                               problem=error_sentence(key_error))
        elif outcome == KEY_LATER:
            text = self.tr("Your passphrase is changed. The backup key beside your backups "
                           "will be renewed the next time you unlock with the backup folder "
                           "available.")
        elif outcome == KEY_RENEWED:
            text = self.tr("Your passphrase is changed, and the backup key beside your backups "
                           "now opens with it.")
        else:
            text = self.tr("Your passphrase is changed.")
        self._clear()
        self.changed.emit(text)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.busy.stop()
        self._set_enabled(True)
        self.message.setText(error_sentence(error))
        self.current.selectAll()
        self.current.setFocus()

    def _clear(self) -> None:
        self.current.clear()
        self.new.clear()

    def _on_vault_locked(self) -> None:
        self._clear()
        self.done(self.DialogCode.Rejected)

    def reject(self) -> None:
        if not self.busy.isVisible():
            self._clear()
            super().reject()
