"""Choose a backup file and the key that opens it, for restoring or verifying.

Three ways to open a backup (docs/design.md §4): the backup key file with the passphrase (found
automatically beside the backup: each vault's ``backup-key-XXXXXXXX-YYYYYY.age``, or an earlier version's
``backup-key.age``; when several vaults back up into one folder, each of their files is tried),
the backup key typed from the recovery sheet, or a plain age identity file (a records
custodian's, say). The first two are the practice's own key, so a backup made by anyone else is
refused with them. Reading the key is slow when it is passphrase-protected (scrypt), so
`key_job()` hands back a job for a worker rather than the key. (This module loads the services:
the window imports it only when a restore or verify starts.)
"""

from __future__ import annotations

from collections.abc import Callable
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
    QVBoxLayout,
    QWidget,
)

from app.errors import BadInput
from app.services.backup_check import (
    backup_key_files,
    backup_key_from_text,
    is_protected_key_file,
    read_identity_file,
    read_key_files,
)
from app.ui.kit.look import hint, label_for

KEY_FILE, RECOVERY_SHEET, IDENTITY_FILE = 0, 1, 2

KeyJob = Callable[[], tuple[Any, str | None]]  # (BackupKey, passphrase that opened it or None)


class BackupKeyPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backup_file = self._path_field(self.tr("Backup file"))
        self.backup_browse = QPushButton(self.tr("C&hoose…"), self)
        self.backup_browse.setAccessibleName(self.tr("Choose the backup file"))
        self.found = hint("", self)
        self.key_file_choice = QRadioButton(
            self.tr("With the &backup key file and my passphrase"), self)
        self._found: list[Path] = []  # the backup key files beside the backup, as found
        self.key_file = self._path_field(self.tr("Backup key file"))
        self.key_file_browse = QPushButton(self.tr("Choo&se…"), self)
        self.key_file_browse.setAccessibleName(self.tr("Choose the backup key file"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase for the backup key file"))
        self.sheet_choice = QRadioButton(self.tr("With the backup key from my &recovery sheet"),
                                         self)
        self.key_text = QLineEdit(self)
        self.key_text.setPlaceholderText("AGE-SECRET-KEY-1…")
        self.key_text.setAccessibleName(self.tr("Backup key from the recovery sheet"))
        self.identity_choice = QRadioButton(
            self.tr("With an age &identity file (for example your records custodian's)"), self)
        self.identity_file = self._path_field(self.tr("Identity file"))
        self.identity_browse = QPushButton(self.tr("Choos&e…"), self)
        self.identity_browse.setAccessibleName(self.tr("Choose the identity file"))
        self.choices = QButtonGroup(self)
        for index, button in enumerate((self.key_file_choice, self.sheet_choice,
                                        self.identity_choice)):
            self.choices.addButton(button, index)
        self.key_file_choice.setChecked(True)

        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_file, 1)
        backup_row.addWidget(self.backup_browse)
        key_file_row = QHBoxLayout()
        key_file_row.addWidget(self.key_file, 1)
        key_file_row.addWidget(self.key_file_browse)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity_file, 1)
        identity_row.addWidget(self.identity_browse)
        self._key_file_box = self._indented(
            (label_for(self.tr("Key &file"), self.key_file), key_file_row),
            (self.tr("&Passphrase"), self.passphrase))
        self._sheet_box = self._indented((self.tr("Backup &key"), self.key_text))
        self._identity_box = self._indented(
            (label_for(self.tr("I&dentity file"), self.identity_file), identity_row))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(label_for(self.tr("Back&up file"), self.backup_file, self), backup_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.found)
        layout.addSpacing(6)
        layout.addWidget(hint(self.tr("Open it with:"), self))
        for choice, box in ((self.key_file_choice, self._key_file_box),
                            (self.sheet_choice, self._sheet_box),
                            (self.identity_choice, self._identity_box)):
            layout.addWidget(choice)
            layout.addWidget(box)

        self.backup_browse.clicked.connect(self._on_backup_browse_clicked)
        self.key_file_browse.clicked.connect(
            lambda: self._browse(self.key_file, self.tr("Choose the backup key file"),
                                 self.tr("Backup keys (backup-key*.age);;All files (*)")))
        self.identity_browse.clicked.connect(
            lambda: self._browse(self.identity_file, self.tr("Choose an age identity file"),
                                 self.tr("All files (*)")))
        self.backup_file.editingFinished.connect(self._on_backup_file_edited)
        self.choices.idToggled.connect(self._on_choice_toggled)
        for field in (self.backup_file, self.key_file, self.passphrase, self.key_text,
                      self.identity_file):
            field.textChanged.connect(self.changed)
        self._on_choice_toggled(KEY_FILE, True)

    def _path_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setAccessibleName(name)
        return field

    def _indented(self, *rows: tuple[str | QLabel, Any]) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        form.setContentsMargins(24, 0, 0, 6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in rows:
            if isinstance(label, QLabel):
                label.setParent(box)
            form.addRow(label, field)
        return box

    # -- choosing files -------------------------------------------------------------------
    def _browse(self, field: QLineEdit, title: str, filters: str) -> None:
        dialog = QFileDialog(self, title)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(filters)
        if field.text():
            dialog.setDirectory(str(Path(field.text()).parent))
        elif self.backup_file.text():
            dialog.setDirectory(str(Path(self.backup_file.text()).parent))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(field.setText)
        dialog.open()

    def _on_backup_browse_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the backup to open"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Reciprocal backups (*.age);;All files (*)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.set_backup_file(Path(name)))
        dialog.open()

    def set_backup_file(self, path: Path) -> None:
        self.backup_file.setText(str(path))
        self._on_backup_file_edited()

    def _on_backup_file_edited(self) -> None:
        """Look for the backup key files beside the backup and offer them."""
        text = self.backup_file.text().strip()
        self._found = []
        if not text:
            self.found.clear()
            return
        found = backup_key_files(Path(text).expanduser().parent)
        if found:
            self._found = found
            self.key_file.setText(str(found[0]))
            self.key_file_choice.setChecked(True)
            if len(found) == 1:
                self.found.setText(self.tr("Found {name} beside the backup: type the "
                                           "passphrase that protects it.").format(
                                               name=found[0].name))
            else:
                self.found.setText(self.tr(
                    "Found {count} backup key files beside the backup, one for each practice "
                    "backed up there: type your passphrase and Reciprocal tries each of "
                    "them.").format(count=len(found)))
            self.passphrase.setFocus()
        else:
            self.found.setText(self.tr("There is no backup key file beside this backup. Choose "
                                       "it, or use the backup key on your recovery sheet."))

    def _on_choice_toggled(self, choice: int, checked: bool) -> None:
        if not checked:
            return
        for index, box in enumerate((self._key_file_box, self._sheet_box,
                                     self._identity_box)):
            box.setEnabled(index == choice)
        self.changed.emit()

    # -- the key --------------------------------------------------------------------------
    def backup_path(self) -> Path | None:
        text = self.backup_file.text().strip()
        return Path(text).expanduser() if text else None

    def is_ready(self) -> bool:
        if self.backup_path() is None:
            return False
        choice = self.choices.checkedId()
        if choice == KEY_FILE:
            return bool(self.key_file.text().strip() and self.passphrase.text())
        if choice == RECOVERY_SHEET:
            return bool(self.key_text.text().strip())
        return bool(self.identity_file.text().strip())

    def key_job(self) -> KeyJob:
        """The job that reads the chosen key (run it on a worker: a protected key file takes a
        second). It returns the key and, for a backup key file, the passphrase that opened
        it."""
        choice = self.choices.checkedId()
        if choice == RECOVERY_SHEET:
            text = self.key_text.text()

            def from_sheet() -> tuple[Any, str | None]:
                return backup_key_from_text(text), None

            return from_sheet
        if choice == KEY_FILE:
            path, passphrase = Path(self.key_file.text().strip()).expanduser(), \
                self.passphrase.text()
            # The files found beside the backup, when the first of them is still the one chosen.
            found = list(self._found) if self._found[:1] == [path] else [path]

            def from_key_file() -> tuple[Any, str | None]:
                if len(found) > 1:
                    return read_key_files(found, passphrase), passphrase
                if not is_protected_key_file(path):  # a plain identity file picked here
                    return read_identity_file(path), None
                return read_identity_file(path, passphrase), passphrase

            return from_key_file
        identity = Path(self.identity_file.text().strip()).expanduser()
        protected_message = self.tr(
            "{name} is protected by a passphrase: choose it under \"With the backup key file "
            "and my passphrase\" and type the passphrase there.").format(name=identity.name)

        def from_identity_file() -> tuple[Any, str | None]:
            if is_protected_key_file(identity):
                raise BadInput(protected_message)
            return read_identity_file(identity), None

        return from_identity_file

    def clear_secrets(self) -> None:
        self.passphrase.clear()
        self.key_text.clear()
