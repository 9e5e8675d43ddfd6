"""Help → User guide: the shipped ``docs/user-guide.md`` (``app.resources.user_guide_path``)
rendered offline by Qt's own Markdown reader, with a find box (Ctrl+F, Enter for the next match).
Screenshots are left out: the wheel and the frozen app do not carry them, and the words alone
say what to do."""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.resources import user_guide_path
from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.settings import Settings

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")


def guide_markdown() -> str:
    """The guide's Markdown without its pictures (or one sentence if it is missing)."""
    try:
        text = user_guide_path().read_text(encoding="utf-8")
    except OSError:
        return "# Reciprocal user guide\n\nThe guide is missing from this installation."
    return _IMAGE.sub("", text)


class UserGuideDialog(AppDialog):
    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent, settings, "user-guide-dialog")
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # offline: links to other documents go nowhere
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setMarkdown(guide_markdown())
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Find in the guide"))
        self.find_box.setAccessibleName(self.tr("Find in the guide"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self._on_find_next)
        self.find_state = QLabel(self)
        self.find_state.setAccessibleName(self.tr("Find result"))
        find_label = QLabel(self.tr("&Find:"), self)
        find_label.setBuddy(self.find_box)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self._on_find_requested)
        row = QHBoxLayout()
        row.addWidget(find_label)
        row.addWidget(self.find_box, 1)
        row.addWidget(self.find_state)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(close)
        self.resize(760, 640)
        self.browser.setFocus()

    def _on_find_requested(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def _on_find_next(self) -> None:
        """The next match after the cursor, wrapping round to the top once."""
        words = self.find_box.text()
        if not words:
            self.find_state.clear()
            return
        found = self.browser.find(words)
        if not found:  # from the top again
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(words, QTextDocument.FindFlag(0))
        self.find_state.setText("" if found else self.tr("Not found"))
