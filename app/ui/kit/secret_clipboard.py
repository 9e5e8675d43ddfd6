"""Copy a secret (the recovery key) so that it does not linger: clipboard managers are told it
is a password (KDE's and others' hint), and it is cleared after 30 s if it is still there."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtWidgets import QApplication

CLEAR_AFTER_MS = 30_000
SECRET_HINT = "x-kde-passwordManagerHint"


class SecretClipboard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)

    def copy(self, secret: str) -> None:
        data = QMimeData()
        data.setText(secret)
        data.setData(SECRET_HINT, b"secret")
        QApplication.clipboard().setMimeData(data)
        self._copied = secret
        self._timer.start()

    def clear(self) -> None:
        """Empty the clipboard only if it still holds our secret (not something copied since)."""
        self._timer.stop()
        clipboard = QApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
