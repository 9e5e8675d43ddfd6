"""Change the passphrase: the current one, then the new one twice with the strength meter, and
optionally renew every key.

By default the data key is rewrapped on the database worker (the key derivation is slow on
purpose); no record is re-encrypted. With "Also renew every key" every record is encrypted again
under new keys, with progress (`Vault.renew_keys`), and the dialog then shows the new recovery
key once, like after creating a vault. Either way the backup key file beside the backups is
then rewritten with the new passphrase (after a renewal: the new backup key, under a new name,
the old file left for the older backups).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.busy_indicator import BusyIndicator
from app.ui.kit.context import AppContext
from app.ui.kit.error_dialog import error_sentence
from app.ui.kit.look import hint, label_for, paragraph
from app.ui.kit.operation import Operation
from app.ui.vault.new_passphrase_fields import NewPassphraseFields
from app.ui.vault.recovery_key_page import RecoveryKeyPage

NO_BACKUPS, KEY_RENEWED, KEY_LATER, KEY_FAILED = "no backups", "renewed", "later", "failed"


@dataclass(frozen=True, slots=True)
class Changed:
    outcome: str  # what became of the backup key file: one of the four above
    key_error: BaseException | None  # why it could not be rewritten (KEY_FAILED)
    recovery_key: str | None  # the new recovery key, after renewing every key


class ChangePassphraseDialog(AppDialog):
    changed = Signal(str)  # one sentence saying what happened, backup key included

    def __init__(self, ctx: AppContext, backup_folder: Path | None, parent: QWidget) -> None:
        """`backup_folder`: where the backup key file is rewritten (None: no backups here)."""
        super().__init__(parent, ctx.settings, "change-passphrase-dialog")
        self._ctx = ctx
        self._folder = backup_folder
        self.setWindowTitle(self.tr("Change your passphrase"))
        self._renewed_text = ""  # what to say once the new recovery key is stored
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_form())
        self.recovery_page = RecoveryKeyPage(
            self.tr("Your new recovery key"),
            self.tr("Every record is now locked with new keys, so your old recovery key no "
                    "longer opens this vault. This new one is shown only this once: print a "
                    "new recovery sheet and keep it somewhere safe, away from this computer. "
                    "Keep your old sheet too: it still opens the backups made before today."),
            None, self)
        self.recovery_page.confirmed.connect(self._on_recovery_stored)
        self.pages.addWidget(self.recovery_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        ctx.events.vault_locked.connect(self._on_vault_locked)
        self.resize(560, self.sizeHint().height())
        self._on_input_changed()
        self.current.setFocus()

    def _build_form(self) -> QWidget:
        form = QWidget(self)
        self.current = QLineEdit(form)
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new = NewPassphraseFields(form)
        self.renew = QCheckBox(self.tr("Also &renew every key"), form)
        self.renew.setAccessibleDescription(self.tr(
            "Do this if a copy of your vault or backup key may have been taken."))
        self.message = QLabel(form)
        self.message.setWordWrap(True)
        self.busy = BusyIndicator(form)
        buttons = self.button_box(self.tr("&Change passphrase"))
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = paragraph("", form)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(label_for(self.tr("Your c&urrent passphrase:"), self.current, form))
        layout.addWidget(self.current)
        layout.addSpacing(6)
        layout.addWidget(label_for(self.tr("Your &new passphrase, twice:"), self.new.first,
                                   form))
        layout.addWidget(self.new)
        layout.addWidget(self.renew)
        layout.addWidget(hint(self.tr(
            "Do this if a copy of your vault or backup key may have been taken. Every record "
            "is locked again with new keys, and you get a new recovery key to store. Backups "
            "made before stay readable with the old backup key and recovery sheet."), form))
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self.new.changed.connect(self._on_input_changed)
        self.current.textChanged.connect(self._on_input_changed)
        self.renew.toggled.connect(self._on_renew_toggled)
        self._on_renew_toggled(False)
        return form

    def _on_renew_toggled(self, renew: bool) -> None:
        if renew:
            self.intro.setText(self.tr(
                "Your records stay as they are, locked again with new keys. You will get a new "
                "recovery key to store."))
            self.accept_button.setText(self.tr("&Change and renew keys"))
        else:
            self.intro.setText(self.tr(
                "Your records stay as they are; only the lock on them changes. Your recovery "
                "sheet stays valid."))
            self.accept_button.setText(self.tr("&Change passphrase"))

    def _on_input_changed(self) -> None:
        self.accept_button.setEnabled(bool(self.current.text()) and self.new.passphrase()
                                      is not None and not self.busy.isVisible())

    def _on_accept_requested(self) -> None:
        current, new = self.current.text(), self.new.passphrase()
        vault, folder, renew = self._ctx.vault, self._folder, self.renew.isChecked()
        if not current or new is None or vault is None or self.busy.isVisible():
            return

        def change(report: Callable[[int, int], None]) -> Changed:
            recovery_key = None
            if renew:
                recovery_key = vault.renew_keys(current, new, progress=report).recovery_key
            else:
                vault.change_passphrase(current, new)
            if folder is None:
                return Changed(NO_BACKUPS, None, recovery_key)
            if not folder.is_dir():
                return Changed(KEY_LATER, None, recovery_key)
            try:  # the passphrase is changed either way; say if the key file could not follow
                vault.services.backups.write_backup_key(folder, new)
            except Exception as error:
                return Changed(KEY_FAILED, error, recovery_key)
            return Changed(KEY_RENEWED, None, recovery_key)

        self.message.clear()
        self.busy.start(self.tr("Locking every record with new keys…") if renew
                        else self.tr("Changing your passphrase…"))
        self._set_enabled(False)
        Operation(self, change).progress(self.busy.progress).success(self._on_changed) \
            .failure(self._on_failed).run()

    def _set_enabled(self, enabled: bool) -> None:
        self.current.setEnabled(enabled)
        self.new.setEnabled(enabled)
        self.renew.setEnabled(enabled)
        self._on_input_changed()

    def _on_changed(self, result: Changed) -> None:
        outcome, key_error = result.outcome, result.key_error
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
        if result.recovery_key is None:
            self.changed.emit(text)
            self.accept()
            return
        self._renewed_text = self.tr("Every key is renewed.") + " " + text
        self.recovery_page.show_key(self._ctx.vault, result.recovery_key)
        self.pages.setCurrentWidget(self.recovery_page)
        self.recovery_page.continue_button.setDefault(True)

    def _on_recovery_stored(self, _vault: object) -> None:
        self.changed.emit(self._renewed_text)
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
        self.recovery_page.forget()  # never left on screen; renewing again gives another
        self.done(self.DialogCode.Rejected)

    def reject(self) -> None:
        """Esc cancels, but not while the keys change, nor before the new recovery key is
        stored (it is shown only this once)."""
        if not self.busy.isVisible() and self.pages.currentWidget() is not self.recovery_page:
            self._clear()
            super().reject()
