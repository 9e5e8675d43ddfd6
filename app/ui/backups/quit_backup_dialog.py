"""The small window shown while the backup on quit is written.

Everything typed is already saved when it opens, so a failed backup loses nothing: it then
shows the one sentence and lets the therapist quit anyway or stay, never trapping them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.busy_indicator import BusyIndicator
from app.ui.kit.look import paragraph
from app.ui.kit.settings import Settings


class QuitBackupDialog(AppDialog):
    decided = Signal(bool)  # True: quit now; False: stay open

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent, settings, "backup-on-quit-dialog")
        self.setWindowTitle(self.tr("Backing up"))
        self.busy = BusyIndicator(self)
        self.message = paragraph("", self)
        self.message.setAccessibleName(self.tr("Backup message"))
        self.message.hide()
        self.buttons = QDialogButtonBox(self)
        self.quit_button = QPushButton(self.tr("&Quit without a backup"), self)
        self.stay_button = QPushButton(self.tr("&Stay open"), self)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.stay_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.quit_button.clicked.connect(lambda: self._decide(True))
        self.stay_button.clicked.connect(lambda: self._decide(False))
        self.busy.start(self.tr("Backing up your practice before Reciprocal closes…"))
        self.setMinimumWidth(440)
        self.adjustSize()

    def progress(self, done: int, total: int) -> None:
        self.busy.progress(done, total)

    def failed(self, sentence: str) -> None:
        """Say what went wrong; the records themselves are saved."""
        self.busy.stop()
        self.message.setText(self.tr("{problem} Everything you wrote is saved in your vault; "
                                     "only this backup was not made.").format(problem=sentence))
        self.message.show()
        self.buttons.show()
        self.adjustSize()
        self.quit_button.setDefault(True)
        self.quit_button.setFocus()

    def _decide(self, quit_now: bool) -> None:
        self.decided.emit(quit_now)
        self.done(self.DialogCode.Accepted if quit_now else self.DialogCode.Rejected)

    def reject(self) -> None:
        """Esc or the window's close button: nothing while the backup runs; after a failure,
        stay open."""
        if self.buttons.isVisible():
            self._decide(False)
