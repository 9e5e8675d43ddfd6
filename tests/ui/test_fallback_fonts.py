"""Names in other scripts and emoji draw with the fonts the app ships, even on a machine that
has no font for them (this one has no emoji or CJK font): no empty boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from app.ui.kit.fonts import install_fallback_fonts

NAMES = "Ana 🌿 مرحبا שלום 李 田中さん 김민준 Ελληνικά Кириллица Åsa 🙂 ❤"


def missing_glyphs(text: str, font: QFont) -> int:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return sum(1 for run in layout.glyphRuns() for glyph in run.glyphIndexes() if glyph == 0)


def test_every_script_and_emoji_has_a_glyph(qapp: QApplication) -> None:
    families = install_fallback_fonts(qapp)
    assert "Noto Emoji" in families and install_fallback_fonts(qapp) == families
    bold = QFont(qapp.font())
    bold.setBold(True)
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    for font in (qapp.font(), bold, fixed):
        assert missing_glyphs(NAMES, font) == 0
