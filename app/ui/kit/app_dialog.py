"""The base of every dialog: remembers its size and place, and handles Esc and Enter the same
way everywhere (Esc cancels; Enter presses the dialog's main button, except inside a multi-line
text field, where it starts a new line).

Dialogs are opened with ``open()``/``show()``, never ``exec()``: no nested event loop, so a lock
can close them safely at any moment; and the window's app-wide shortcuts (Ctrl+L) are added to
every dialog, since a window-modal dialog would otherwise block them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.ui.kit.settings import Settings


class AppDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings, name: str) -> None:
        super().__init__(parent)
        self._settings = settings
        self._name = name
        self._restored = False
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.finished.connect(self._on_finished)
        if parent is not None:  # app-wide keys (Ctrl+L locks) work here too, modal or not
            self.addActions([a for a in parent.window().actions()
                             if a.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut])

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        geometry = self._settings.geometry(self._name)
        if geometry is not None and not self._restored:
            self.restoreGeometry(geometry)
        self._restored = True
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._remember()
        super().closeEvent(event)

    def _on_finished(self, _result: int) -> None:
        self._remember()

    def _remember(self) -> None:
        self._settings.set_geometry(self._name, self.saveGeometry())

    def button_box(self, accept_text: str) -> QDialogButtonBox:
        """OK/Cancel with the dialog's own word on OK, made the default button for Enter."""
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(accept_text)
        ok.setDefault(True)
        self.accept_button = ok
        box.accepted.connect(self._on_accept_requested)
        box.rejected.connect(self.reject)
        return box

    def _on_accept_requested(self) -> None:
        """Subclasses validate here before accepting."""
        self.accept()
