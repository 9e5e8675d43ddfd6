"""One calm line in the status bar about backups: the reminder when the last backup is old (with
a "Back up now" button), a progress bar while one is written, and where the last one went.

It never shows client content: only dates, sizes and the backup folder.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.ui.kit.dates import clock, long_date

MAX_PATH_CHARS = 40


def short_path(path: str, limit: int = MAX_PATH_CHARS) -> str:
    """A long folder shortened in the middle (``/media/usb/…/Backups``), the rest kept."""
    if len(path) <= limit:
        return path
    keep = (limit - 1) // 2
    return f"{path[:keep]}…{path[-keep:]}"


def when(moment: datetime) -> str:
    """Like "3 May 2025 at 14:02", in the system locale's style."""
    return QCoreApplication.translate("BackupStatus", "{day} at {time}").format(
        day=long_date(moment), time=clock(moment))


def format_size(size_bytes: int) -> str:
    if size_bytes < 1_000_000:
        return f"{max(1, round(size_bytes / 1000))} KB"
    return f"{size_bytes / 1_000_000:.1f} MB"


class BackupStatus(QWidget):
    backup_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Backup status"))
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(160)
        self.bar.setMaximumHeight(12)
        self.bar.setAccessibleName(self.tr("Backing up"))
        self.button = QPushButton(self.tr("Back up now"), self)
        self.button.setAccessibleDescription(
            self.tr("Write a backup of your whole practice into your backup folder."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.backup_requested)
        self.clear()

    def clear(self) -> None:
        self.label.clear()
        self.bar.hide()
        self.button.hide()
        self.hide()

    def show_reminder(self, last: datetime | None, today: date | None = None) -> None:
        if last is None:
            text = self.tr("You haven't made a backup yet.")
        else:
            days = ((today or date.today()) - last.date()).days
            text = self.tr("Your last backup was %n day(s) ago.", "", days)
        self._show(text, button=True)

    def show_progress(self) -> None:
        self.bar.setRange(0, 0)  # endless until the first report
        self._show(self.tr("Backing up…"), bar=True)

    def progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def show_result(self, text: str, detail: str = "") -> None:
        self._show(text)
        self.label.setToolTip(detail)

    def _show(self, text: str, *, bar: bool = False, button: bool = False) -> None:
        self.label.setText(text)
        self.label.setToolTip("")
        self.bar.setVisible(bar)
        self.button.setVisible(button)
        self.show()
