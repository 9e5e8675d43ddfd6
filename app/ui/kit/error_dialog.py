"""Errors shown to the therapist: one plain sentence, nothing else.

Our own errors carry a sentence written for people (`ReciprocalError.message`, never client
content). Anything else may hold client text in its message or in a traceback's local
variables, so it is shown as a generic sentence and logged by its type name only.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import ReciprocalError

log = logging.getLogger("reciprocal.ui")


def error_sentence(error: BaseException) -> str:
    if isinstance(error, ReciprocalError):  # in the screens' language when it is a fixed one
        return QCoreApplication.translate("ServiceMessages", error.message)
    log.error("unexpected error: %s", type(error).__name__)
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong, so that last step did not finish. "
        "What you saved before is safe; please try again.",
    )


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Show the sentence in a window-modal message box (no nested event loop)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Reciprocal"))
    box.setText(error_sentence(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(QCoreApplication.translate("Errors", "Error message"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
