"""Every keyboard shortcut, read from the window's own actions so the list never drifts from
what the keys do, plus the keys that work inside lists and dialogs."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.settings import Settings


class ShortcutsDialog(AppDialog):
    def __init__(self, settings: Settings, actions: Iterable[QAction], parent: QWidget) -> None:
        super().__init__(parent, settings, "shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(action.text().replace("&", "").rstrip("…"),
                 ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                           for s in action.shortcuts()))
                for action in actions if action.shortcuts()]
        rows += [
            (self.tr("Move between fields"), self.tr("Tab, Shift+Tab")),
            (self.tr("Move through a list or search results"), self.tr("Up, Down")),
            (self.tr("Open the chosen search result"), self.tr("Enter")),
            (self.tr("Next or previous tab of a client"), self.tr("Ctrl+Tab, Ctrl+Shift+Tab")),
            (self.tr("Go to a labelled field or button"), self.tr("Alt + underlined letter")),
            (self.tr("Close a dialog without saving"), self.tr("Esc")),
        ]
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, (what, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(what))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table = table
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(560, 480)
