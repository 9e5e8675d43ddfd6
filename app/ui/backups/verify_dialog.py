"""Verify a backup: decrypt it and check every byte, hash, count and record, without touching
any vault, then say in a sentence or two what it holds (or what is wrong with it)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.backup_check import Progress, VerifyReport, verify_backup
from app.ui.backups.backup_key_picker import BackupKeyPicker
from app.ui.backups.backup_status import when
from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.busy_indicator import BusyIndicator
from app.ui.kit.error_dialog import error_sentence
from app.ui.kit.events import AppEvents
from app.ui.kit.look import heading, paragraph
from app.ui.kit.operation import Operation
from app.ui.kit.settings import Settings


class VerifyDialog(AppDialog):
    def __init__(self, settings: Settings, events: AppEvents, parent: QWidget) -> None:
        super().__init__(parent, settings, "verify-dialog")
        self.setWindowTitle(self.tr("Verify a backup"))
        self.picker = BackupKeyPicker(self)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Verification result"))
        self.busy = BusyIndicator(self)
        self.verify_button = QPushButton(self.tr("&Verify"), self)
        self.verify_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Verify a backup"), self))
        layout.addWidget(paragraph(self.tr(
            "Check that a backup is whole and that its key opens it: every record is read and "
            "every checksum compared. Your vault is not touched."), self))
        layout.addWidget(self.picker)
        layout.addWidget(self.outcome)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.picker.changed.connect(self._on_changed)
        self.verify_button.clicked.connect(self._on_verify_clicked)
        self.picker.passphrase.returnPressed.connect(self._on_verify_clicked)
        buttons.rejected.connect(self.reject)
        self.resize(600, 480)
        self._on_changed()
        events.vault_locked.connect(self.picker.clear_secrets)  # nothing secret on screen

    def _on_changed(self) -> None:
        self.verify_button.setEnabled(self.picker.is_ready() and not self.busy.isVisible())

    def _on_verify_clicked(self) -> None:
        path = self.picker.backup_path()
        if path is None or not self.picker.is_ready() or self.busy.isVisible():
            return
        read_key = self.picker.key_job()

        def verify(report: Progress) -> VerifyReport:
            key, _passphrase = read_key()
            return verify_backup(path, key, progress=report)

        self.outcome.clear()
        self.busy.start(self.tr("Checking every record of the backup…"))
        self.picker.setEnabled(False)
        self._on_changed()
        Operation(self, verify, kind="cpu") \
            .success(self._on_verified) \
            .failure(self._on_failed) \
            .progress(self.busy.progress) \
            .run()

    def _done(self, text: str) -> None:
        self.busy.stop()
        self.picker.setEnabled(True)
        self.outcome.setText(text)
        self._on_changed()

    def _on_verified(self, report: VerifyReport) -> None:
        text = self.tr("This backup is whole: %n record(s), made on {made} by Reciprocal "
                       "{version}.", "", report.records).format(made=when(report.made_at),
                                                                 version=report.app_version)
        if report.damaged:
            text += " " + self.tr("When it was made, some records were already damaged in "
                                  "the vault (damaged records: {count}); their unreadable parts "
                                  "are empty in it.").format(
                                      count=len(report.damaged))
        if not report.authenticated:
            text += " " + self.tr("Who made this backup cannot be confirmed with this key; "
                                  "only the practice's own backup key can confirm it.")
        self._done(text)

    def _on_failed(self, error: BaseException) -> None:
        self._done(error_sentence(error))

    def reject(self) -> None:
        self.picker.clear_secrets()
        super().reject()
