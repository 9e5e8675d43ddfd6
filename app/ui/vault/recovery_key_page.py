"""A vault's recovery key, shown once: after creating a vault and after restoring one.

Copy (cleared from the clipboard after 30 s), Print or save the recovery sheet, and an explicit
"I have stored it" before Continue. The page holds the new, unlocked vault until then (the sheet
is built from it) and forgets the key when the therapist continues.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.kit.look import heading, hint, paragraph
from app.ui.kit.secret_clipboard import SecretClipboard
from app.ui.vault.recovery_sheet_output import RecoverySheetOutput


class RecoveryKeyPage(QWidget):
    confirmed = Signal(object)  # the vault, once "I have stored it" is ticked and Continue pressed

    def __init__(self, title: str, explanation: str, paper: str | None = None,
                 parent: QWidget | None = None) -> None:
        """`paper` None = the practice profile's paper size (a restored practice has one)."""
        super().__init__(parent)
        self._vault: Any = None
        self.recovery_key = ""  # shown once, forgotten on Continue
        self.clipboard = SecretClipboard(self)
        self.label = QLabel(self)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        mono.setWeight(QFont.Weight.DemiBold)
        self.label.setFont(mono)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Your recovery key"))
        self.label.setFrameShape(QLabel.Shape.StyledPanel)
        self.label.setMargin(12)
        self.copy_button = QPushButton(self.tr("C&opy"), self)
        self.copy_button.setAccessibleDescription(
            self.tr("Copies the key; it is cleared from the clipboard after 30 seconds.")
        )
        self.print_button = QPushButton(self.tr("&Print recovery sheet…"), self)
        self.save_sheet_button = QPushButton(self.tr("&Save recovery sheet as PDF…"), self)
        self.stored_check = QCheckBox(self.tr("I have stored my recovery key somewhere safe"),
                                      self)
        self.continue_button = QPushButton(self.tr("Con&tinue"), self)
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        self.note = hint("", self)
        self.detail = paragraph("", self)  # what else to know (after a restore: what came back)
        self.detail.setAccessibleName(self.tr("About this vault"))
        self.detail.hide()
        actions = QHBoxLayout()
        for button in (self.copy_button, self.print_button, self.save_sheet_button):
            actions.addWidget(button)
        actions.addStretch(1)
        finish = QHBoxLayout()
        finish.addStretch(1)
        finish.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self))
        layout.addWidget(paragraph(explanation, self))
        layout.addWidget(self.detail)
        layout.addWidget(self.label)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        layout.addWidget(self.stored_check)
        layout.addLayout(finish)
        layout.addStretch(1)
        self._sheet = RecoverySheetOutput(self, paper)
        self._sheet.done.connect(self.note.setText)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.print_button.clicked.connect(
            lambda: self._sheet.print_sheet(self._vault, self.recovery_key))
        self.save_sheet_button.clicked.connect(
            lambda: self._sheet.save_sheet(self._vault, self.recovery_key))
        self.stored_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._on_continue_clicked)

    def show_key(self, vault: Any, recovery_key: str, detail: str = "") -> None:
        """Show `recovery_key` of the open, unlocked `vault`, in two lines of groups."""
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self._vault = vault
        self.recovery_key = recovery_key
        groups = recovery_key.split("-")
        half = (len(groups) + 1) // 2  # never broken inside a group
        self.label.setText("-".join(groups[:half]) + "\n" + "-".join(groups[half:]))
        self.stored_check.setChecked(False)
        self.note.clear()
        self.copy_button.setFocus()

    def save_sheet_to(self, path: Path) -> None:
        """Write the recovery sheet to `path` (the Save dialog's choice)."""
        self._sheet.save_to(self._vault, self.recovery_key, path)

    def print_sheet_to(self, printer: Any) -> None:
        """Print the recovery sheet on `printer` (the Print dialog's choice)."""
        self._sheet.print_to(self._vault, self.recovery_key, printer)

    def _on_copy_clicked(self) -> None:
        self.clipboard.copy(self.recovery_key)
        self.note.setText(self.tr("Copied. The clipboard will be emptied in 30 seconds."))

    def _on_continue_clicked(self) -> None:
        if not self.stored_check.isChecked() or self._vault is None:
            return
        vault = self._vault
        self.forget()
        self.confirmed.emit(vault)

    def forget(self) -> None:
        """Clear the key from the screen, the clipboard and this page (on Continue, on lock)."""
        self.clipboard.clear()
        self.label.clear()
        self.recovery_key = ""
        self.note.clear()
        self.detail.clear()
        self._vault = None
