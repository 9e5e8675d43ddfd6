"""Asking before something that cannot be undone or that loses what is on screen: the safe
choice (Cancel) is the default button, so Enter or Esc never does the harm by accident. The box
is window-modal and opened, not executed, so a lock can close it at any moment."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, question: str, action: str,
            on_confirmed: Callable[[], object], *, destructive: bool = False) -> QMessageBox:
    """Ask `question`; call `on_confirmed` only if the therapist presses the `action` button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Cancel, parent)
    role = (QMessageBox.ButtonRole.DestructiveRole if destructive
            else QMessageBox.ButtonRole.AcceptRole)
    chosen = box.addButton(action, role)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.setAccessibleName(title)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: button is chosen and on_confirmed())
    box.open()
    return box
