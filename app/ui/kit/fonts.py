"""Fonts shipped with the app (app/data/fonts/README.md) as Qt's fallbacks, so that a name in
a script the system has no font for, or an emoji on a machine without an emoji font, still
draws instead of showing an empty box."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

# In fallback order: scripts first, emoji last.
FALLBACK_FONT_FILES = (
    "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
    "NotoSansSC-Regular.ttf", "NotoSansKR-Hangul-Regular.ttf",
    "NotoEmoji-Regular.ttf",
)
EMOJI_FAMILY = "Noto Emoji"
_INSTALLED = "reciprocal_fallback_families"


def install_fallback_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts and make them the fallbacks of the interface and fixed fonts.
    The monochrome Noto Emoji becomes the emoji font only where the system has none of its own
    (a colour one is kept). Safe to call twice; returns the bundled families in order."""
    installed = app.property(_INSTALLED)
    if installed:
        return list(installed)
    families: list[str] = []
    system_has_emoji = any("emoji" in family.lower() for family in QFontDatabase.families())
    for filename in FALLBACK_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", filename)))
        if font_id == -1:
            logging.getLogger("reciprocal.ui").warning("could not load font %s", filename)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if EMOJI_FAMILY in families and not system_has_emoji:
        QFontDatabase.addApplicationEmojiFontFamily(EMOJI_FAMILY)
    # Substitutions cover widgets that name a family themselves; the family list on the
    # application font covers every widget that inherits it. The resolved family is used:
    # "Sans Serif" is only an alias, and a list starting with it would skip to Noto for Latin.
    ui_family = QFontInfo(app.font()).family()
    fixed = QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)).family()
    for base in dict.fromkeys((ui_family, fixed)):
        QFont.insertSubstitutions(base, [f for f in families if f != base])
    font = app.font()
    font.setFamilies([ui_family, *families])
    app.setFont(font)
    app.setProperty(_INSTALLED, families)
    return families
