"""The few visual touches the app adds to the system's own style, derived from the current
palette so they read well in light and dark mode alike: headings, quiet hints, a centred
column for the welcome and unlock screens, and the tint that marks private text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

COLUMN_WIDTH = 560


def heading(text: str, parent: QWidget | None = None, scale: float = 1.5) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # client names are shown as typed
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """Secondary text: the palette's placeholder colour, never a fixed grey."""
    label = paragraph(text, parent)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText,
                     palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def label_for(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """A form label whose Alt + underlined letter moves to `buddy`. (A form row whose field is
    a layout gets no buddy by itself, and would show the "&" as it is.)"""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def centred_column(content: QWidget, parent: QWidget | None = None) -> QWidget:
    """`content` in a column of readable width, centred in whatever space there is."""
    outer = QWidget(parent)
    row = QHBoxLayout()
    row.addStretch(1)
    content.setMaximumWidth(COLUMN_WIDTH)
    content.setMinimumWidth(min(COLUMN_WIDTH, 420))
    row.addWidget(content, 4)
    row.addStretch(1)
    column = QVBoxLayout(outer)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(2)
    return outer


def is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _tint(light: QColor, dark: QColor) -> QColor:
    """The text-field colour blended with a hue chosen for the light or dark palette."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    hue, weight = (dark, 0.35) if is_dark() else (light, 0.4)
    return QColor(
        round(base.red() * (1 - weight) + hue.red() * weight),
        round(base.green() * (1 - weight) + hue.green() * weight),
        round(base.blue() * (1 - weight) + hue.blue() * weight),
    )


def private_tint() -> QColor:
    """Warm: private text looks different at a glance."""
    return _tint(QColor(255, 200, 120), QColor(130, 75, 0))


def shared_tint() -> QColor:
    """Cool: text the client will read."""
    return _tint(QColor(160, 210, 255), QColor(0, 75, 130))
