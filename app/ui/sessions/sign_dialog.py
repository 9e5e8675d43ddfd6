"""Sign and lock a session note with a typed name: says plainly what signing means first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.context import AppContext
from app.ui.kit.look import paragraph


class SignDialog(AppDialog):
    signed_as = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget, name: str = "") -> None:
        super().__init__(parent, ctx.settings, "sign-dialog")
        self.setWindowTitle(self.tr("Sign and lock"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Your name, as signature"))
        self.name.setText(name)
        self.buttons = self.button_box(self.tr("Sign and lock"))
        form = QFormLayout()
        form.addRow(self.tr("Your &name"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Signing locks this note as it is now. After that it cannot be changed; anything "
            "to add or correct is kept as a dated amendment beside it."), self))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._on_name_changed)
        self._on_name_changed(self.name.text())
        self.name.setFocus()

    def _on_name_changed(self, text: str) -> None:
        self.accept_button.setEnabled(bool(text.strip()))

    def _on_accept_requested(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        self.signed_as.emit(name)
        self.accept()
