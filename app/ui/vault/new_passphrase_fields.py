"""A new passphrase typed twice, with the strength meter: used when creating a vault and when
setting a new passphrase with the recovery key."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.ui.vault.strength_meter import StrengthMeter


class NewPassphraseFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("New passphrase, again"))
        self.meter = StrengthMeter(self)
        self.mismatch = QLabel(self)
        self.mismatch.setWordWrap(True)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.tr("&Passphrase"), self.first)
        layout.addRow("", self.meter)
        layout.addRow(self.tr("&Again"), self.second)
        layout.addRow("", self.mismatch)
        self.first.textChanged.connect(self._on_text_changed)
        self.second.textChanged.connect(self._on_text_changed)
        self.setTabOrder(self.first, self.second)

    def passphrase(self) -> str | None:
        """The passphrase when it is strong enough and typed the same twice, else None."""
        text = self.first.text()
        if text and self.meter.acceptable and text == self.second.text():
            return text
        return None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _on_text_changed(self) -> None:
        self.meter.rate(self.first.text())
        typed_both = bool(self.second.text())
        same = self.first.text() == self.second.text()
        self.mismatch.setText(
            "" if same or not typed_both else self.tr("The two passphrases are not the same yet.")
        )
        self.changed.emit()
