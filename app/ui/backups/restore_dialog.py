"""Restore from a backup, into a NEW vault: the backup and its key, where the restored practice
goes and its passphrase, a progress bar, then the new vault's recovery key shown once (the
same page as after creating a vault).

The restore never touches an open vault or any existing file: a path that exists is refused
(and left exactly as it was). The restored vault is handed over open and unlocked.

Who made the backup is known before anything is restored: "Next" opens the backup with the key
(`backup_origin`). With the practice's own key, another practice's backup, or one whose seal does
not verify, is refused there. With another key (a records custodian's) nothing can confirm who
made it: the target page says so, and Restore asks first, Cancel being the default.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import VaultExists
from app.paths import default_vault_path
from app.services.backup_check import BackupOrigin, backup_origin
from app.ui.backups.backup_key_picker import BackupKeyPicker
from app.ui.backups.backup_status import when
from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.busy_indicator import BusyIndicator
from app.ui.kit.confirm import confirm
from app.ui.kit.context import AppContext
from app.ui.kit.error_dialog import error_sentence
from app.ui.kit.look import heading, hint, label_for, paragraph
from app.ui.kit.operation import Operation
from app.ui.vault.new_passphrase_fields import NewPassphraseFields
from app.ui.vault.recovery_key_page import RecoveryKeyPage

SOURCE, TARGET, RESTORING, RECOVERY = range(4)


def free_vault_path(preferred: Path) -> Path:
    """`preferred` if nothing is there yet, else the first free "…-restored" name beside it."""
    if not preferred.exists():
        return preferred
    number = 1
    while True:
        suffix = "-restored" if number == 1 else f"-restored-{number}"
        candidate = preferred.with_name(f"{preferred.stem}{suffix}{preferred.suffix}")
        if not candidate.exists():
            return candidate
        number += 1


class RestoreDialog(AppDialog):
    restored = Signal(object, str)  # the restored, unlocked Vault; its passphrase

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent, ctx.settings, "restore-dialog")
        self._ctx = ctx
        self._key: Any = None
        self._opened_with: str | None = None  # the passphrase that opened the key file
        self._origin: BackupOrigin | None = None  # who made the backup, as far as the key tells
        self._passphrase = ""  # the restored vault's, until it is handed over
        self._vault: Any = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_source_page())
        self.pages.addWidget(self._build_target_page())
        self.pages.addWidget(self._build_restoring_page())
        self.pages.addWidget(self._build_recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(620, 500)
        self._show_page(SOURCE)
        self._hidden_by_lock = False
        ctx.events.vault_locked.connect(self._on_vault_locked)
        ctx.events.vault_unlocked.connect(self._on_vault_unlocked)

    # -- pages ----------------------------------------------------------------------------
    def _build_source_page(self) -> QWidget:
        page = QWidget(self)
        self.picker = BackupKeyPicker(page)
        self.source_message = QLabel(page)
        self.source_message.setWordWrap(True)
        self.source_busy = BusyIndicator(page)
        self.next_button = QPushButton(self.tr("&Next"), page)
        cancel = QPushButton(self.tr("Cancel"), page)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Restore from a backup"), page))
        layout.addWidget(paragraph(self.tr(
            "Choose a backup file (its name starts with reciprocal-backup-) and how to open "
            "it. Reciprocal makes a new vault from it; it never changes an existing one."),
            page))
        layout.addWidget(self.picker)
        layout.addWidget(self.source_message)
        layout.addWidget(self.source_busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.picker.changed.connect(self._on_source_changed)
        self.picker.passphrase.returnPressed.connect(self._on_next_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        cancel.clicked.connect(self.reject)
        self._source_cancel = cancel
        self._on_source_changed()
        return page

    def _build_target_page(self) -> QWidget:
        page = QWidget(self)
        self.target = QLineEdit(str(free_vault_path(default_vault_path())), page)
        self.target.setAccessibleName(self.tr("Where to keep the restored practice"))
        browse = QPushButton(self.tr("C&hoose…"), page)
        browse.setAccessibleName(self.tr("Choose where to keep the restored practice"))
        self.keep_choice = QRadioButton(self.tr("&Keep the passphrase that opened "
                                                "the backup key file"), page)
        self.new_choice = QRadioButton(self.tr("Choose a &new passphrase"), page)
        choices = QButtonGroup(page)
        choices.addButton(self.keep_choice)
        choices.addButton(self.new_choice)
        self.new_passphrase = NewPassphraseFields(page)
        self.origin_note = QLabel(self.tr(
            "Reciprocal cannot confirm who made this backup: it opened with a key that is not "
            "the practice's own backup key, and anyone who knows the practice's public key "
            "could have made it. Restore it only if you trust where it came from."), page)
        self.origin_note.setWordWrap(True)
        self.origin_note.hide()
        self.target_message = QLabel(page)
        self.target_message.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore"), page)
        back = QPushButton(self.tr("&Back"), page)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(label_for(self.tr("&Vault file"), self.target, page), where)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("The restored practice"), page))
        layout.addWidget(paragraph(self.tr(
            "Where should the restored practice live on this computer? The suggested place is "
            "where Reciprocal looks first. A file that already exists is never replaced."),
            page))
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(hint(self.tr("Its passphrase:"), page))
        layout.addWidget(self.keep_choice)
        layout.addWidget(self.new_choice)
        layout.addWidget(self.new_passphrase)
        layout.addWidget(self.origin_note)
        layout.addWidget(self.target_message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        browse.clicked.connect(self._on_target_browse_clicked)
        back.clicked.connect(lambda: self._show_page(SOURCE))
        self.keep_choice.toggled.connect(self._on_target_changed)
        self.new_passphrase.changed.connect(self._on_target_changed)
        self.new_passphrase.second.returnPressed.connect(self._on_restore_clicked)
        self.target.textChanged.connect(self._on_target_changed)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        return page

    def _build_restoring_page(self) -> QWidget:
        page = QWidget(self)
        self.restore_busy = BusyIndicator(page)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Restoring your practice"), page))
        layout.addWidget(self.restore_busy)
        layout.addStretch(1)
        return page

    def _build_recovery_page(self) -> QWidget:
        self.recovery_page = RecoveryKeyPage(
            self.tr("Your new recovery key"),
            self.tr("The restored practice has its own recovery key; the one on your old "
                    "recovery sheet does not open it. It is shown only this once: print a new "
                    "recovery sheet and keep it somewhere safe, away from this computer."),
            None, self)
        self.recovery_page.confirmed.connect(self._on_recovery_confirmed)
        return self.recovery_page

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        if page == SOURCE:
            self.next_button.setDefault(True)
            self.picker.backup_file.setFocus()
        elif page == TARGET:
            self.restore_button.setDefault(True)
            self.target.setFocus()
        elif page == RECOVERY:
            self.recovery_page.continue_button.setDefault(True)

    # -- the backup and its key -----------------------------------------------------------
    def _on_source_changed(self) -> None:
        self.next_button.setEnabled(self.picker.is_ready() and not self.source_busy.isVisible())

    def _on_next_clicked(self) -> None:
        if not self.picker.is_ready() or self.source_busy.isVisible():
            return
        backup = self.picker.backup_path()
        assert backup is not None
        if not backup.is_file():
            self.source_message.setText(self.tr("There is no backup file at {path}.").format(
                path=backup))
            return
        self.source_message.clear()
        self._set_source_busy(True)
        read_key = self.picker.key_job()

        def open_backup() -> tuple[Any, str | None, BackupOrigin]:
            key, passphrase = read_key()
            return key, passphrase, backup_origin(backup, key)

        Operation(self, open_backup, kind="cpu") \
            .success(self._on_key_read) \
            .failure(self._on_key_failed) \
            .run()

    def _set_source_busy(self, busy: bool) -> None:
        if busy:
            self.source_busy.start(self.tr("Opening the key and the backup…"))
        else:
            self.source_busy.stop()
        self.picker.setEnabled(not busy)
        self._on_source_changed()

    def _on_key_read(self, result: tuple[Any, str | None, BackupOrigin]) -> None:
        self._set_source_busy(False)
        self._key, self._opened_with, self._origin = result
        self.origin_note.setVisible(not self._origin.authenticated)
        can_keep = self._opened_with is not None
        self.keep_choice.setEnabled(can_keep)
        (self.keep_choice if can_keep else self.new_choice).setChecked(True)
        self._on_target_changed()
        self._show_page(TARGET)

    def _on_key_failed(self, error: BaseException) -> None:
        self._set_source_busy(False)
        self._key = self._origin = None
        self.source_message.setText(error_sentence(error))

    # -- where, and the passphrase --------------------------------------------------------
    def _on_target_browse_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Where to keep the restored practice"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)  # refused below
        dialog.setNameFilter(self.tr("Reciprocal vaults (*.vault)"))
        dialog.setDefaultSuffix("vault")
        dialog.selectFile(self.target.text())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.target.setText)
        dialog.open()

    def target_path(self) -> Path:
        return Path(self.target.text().strip()).expanduser().absolute()

    def _new_passphrase(self) -> str | None:
        if self.keep_choice.isChecked():
            return self._opened_with
        return self.new_passphrase.passphrase()

    def _on_target_changed(self) -> None:
        self.new_passphrase.setVisible(self.new_choice.isChecked())
        self.target_message.clear()
        self.restore_button.setEnabled(bool(self.target.text().strip())
                                       and self._new_passphrase() is not None)

    def _on_restore_clicked(self) -> None:
        passphrase = self._new_passphrase()
        target = self.target_path()
        backup = self.picker.backup_path()
        if passphrase is None or backup is None or self._key is None:
            return
        if target.exists():
            self.target_message.setText(self.tr(
                "{path} already exists; choose a new file name for the restored practice."
            ).format(path=target))
            return
        if self._origin is not None and not self._origin.authenticated:
            confirm(self, self.tr("Restore a backup of unconfirmed origin?"), self.tr(
                "Reciprocal cannot confirm who made this backup: the key that opened it is not "
                "the practice's own backup key. Anyone who knows the practice's public key "
                "could have made it and put invented records in it. Restore it anyway?"),
                self.tr("Restore &anyway"),
                lambda: self._start_restore(passphrase, target, backup))
            return
        self._start_restore(passphrase, target, backup)

    def _start_restore(self, passphrase: str, target: Path, backup: Path) -> None:
        if self.page != TARGET or self._key is None:
            return  # left meanwhile (Back, or a lock)
        self._passphrase = passphrase
        key, params = self._key, self._ctx.kdf_params
        own_folder = target.parent == default_vault_path().parent

        def restore(report) -> tuple[Any, Any]:
            from app.services.restore import restore_backup

            if own_folder:  # Reciprocal's own data folder: made on first use
                target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            # Opened with the key made for it: one passphrase derivation, not a second to unlock.
            result = restore_backup(backup, key, target, passphrase, kdf_params=params,
                                    progress=report, open_vault=True)
            return result, result.vault

        self.restore_busy.start(self.tr(
            "Opening the backup and making the new vault's key. This takes a few seconds on "
            "purpose: it is what makes guessing the passphrase slow."))
        self._show_page(RESTORING)
        Operation(self, restore, kind="cpu") \
            .success(self._on_restored) \
            .failure(self._on_restore_failed) \
            .progress(self._on_progress) \
            .run()

    def _on_progress(self, done: int, total: int) -> None:
        if done == 0:  # the backup opened; the new vault's key is being made
            text = self.tr("The backup opened. Making the new vault's key…")
        else:
            text = self.tr("Restoring {done} of %n record(s)…", "", total).format(done=done)
        self.restore_busy.label.setText(text)
        self.restore_busy.progress(done, total)

    def _on_restored(self, result: tuple[Any, Any]) -> None:
        report, self._vault = result
        self.restore_busy.stop()
        self.picker.clear_secrets()
        self.new_passphrase.clear()
        lines = [self.tr("Restored %n record(s) from the backup made on {made}, into {path}.",
                         "", report.records).format(made=when(report.made_at),
                                                    path=report.path)]
        if not report.authenticated:
            lines.append(self.tr("Who made this backup cannot be confirmed with this key; only "
                                 "the practice's own backup key can confirm it."))
        if not report.backup_key_kept:
            lines.append(self.tr("It was opened with another person's key, so the restored "
                                 "practice has a new backup key, printed on the new recovery "
                                 "sheet."))
        if report.damaged:
            lines.append(self.tr("Some records were already damaged when the backup was "
                                 "made (damaged records: {count}); their unreadable parts are "
                                 "empty.").format(
                                     count=len(report.damaged)))
        self._show_page(RECOVERY)
        self.recovery_page.show_key(self._vault, report.recovery_key, " ".join(lines))

    def _on_restore_failed(self, error: BaseException) -> None:
        self.restore_busy.stop()
        self._passphrase = ""
        if isinstance(error, VaultExists):
            self._show_page(TARGET)
            self.target_message.setText(error_sentence(error))
        else:
            self._show_page(SOURCE)
            self.source_message.setText(error_sentence(error))

    def _on_recovery_confirmed(self, vault: Any) -> None:
        passphrase, self._passphrase = self._passphrase, ""
        self._vault = None
        self.restored.emit(vault, passphrase)
        self.accept()

    # -- locking (a restore started from the File menu while a practice was open) ----------
    def _on_vault_locked(self) -> None:
        """Out of sight while locked (it may show a recovery key); back after unlocking, so a
        key shown only once is not lost."""
        if self.isVisible():
            self._hidden_by_lock = True
            self.hide()

    def _on_vault_unlocked(self) -> None:
        if self._hidden_by_lock:
            self._hidden_by_lock = False
            self.show()

    # -- leaving --------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc: leaves before the restore starts; not while it runs, and not before the new
        recovery key has been acknowledged (it is shown only once)."""
        if self.pages.currentIndex() in (SOURCE, TARGET) and not self.source_busy.isVisible():
            self.picker.clear_secrets()
            self.new_passphrase.clear()
            super().reject()

    @property
    def page(self) -> int:
        return self.pages.currentIndex()
