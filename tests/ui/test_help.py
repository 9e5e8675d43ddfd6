"""Help → User guide shows the shipped guide offline, findable with Ctrl+F and closed by Esc;
Help → About shows the version, where the vault lives and the licences of what the app is
built from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import __version__
from app.ui.shell.about_dialog import licence_of
from app.ui.shell.user_guide_dialog import guide_markdown
from tests.ui.conftest import open_dialog


def _closed(name: str) -> bool:
    return not any(w.objectName() == name and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_the_user_guide_opens_from_the_help_menu_with_its_headings(qtbot, window):
    assert window.user_guide_action in window.menuBar().actions()[-1].menu().actions()
    window.user_guide_action.trigger()
    dialog = open_dialog("user-guide-dialog")
    assert dialog.browser.accessibleName() == "User guide"
    assert dialog.find_box.accessibleName() == "Find in the guide"
    document = dialog.browser.document()
    headings = {}
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            headings[block.text()] = block.blockFormat().headingLevel()
        block = block.next()
    assert headings["Reciprocal user guide"] == 1
    assert headings["Unlocking and locking"] == 2
    assert headings["Help and About"] == 2
    assert "![" not in guide_markdown()  # the screenshots are not shipped
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _closed("user-guide-dialog"))


def test_ctrl_f_finds_words_in_the_guide(qtbot, window):
    window.user_guide_action.trigger()
    dialog = open_dialog("user-guide-dialog")
    dialog.activateWindow()  # as a window manager does for a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.find_box.hasFocus()
    qtbot.keyClicks(dialog.find_box, "recovery key")
    qtbot.keyClick(dialog.find_box, Qt.Key.Key_Return)
    assert dialog.browser.textCursor().selectedText().lower() == "recovery key"
    assert dialog.isVisible()  # Enter finds; it does not close the guide
    dialog.find_box.setText("no such words anywhere in the guide")
    qtbot.keyClick(dialog.find_box, Qt.Key.Key_Return)
    assert dialog.find_state.text() == "Not found"
    dialog.close()


def test_about_shows_the_version_the_vault_path_and_licences(qtbot, window, ctx):
    window.about_action.trigger()
    dialog = open_dialog("about-dialog")
    assert dialog.text.accessibleName() == "About Reciprocal"
    text = dialog.text.toPlainText()
    assert f"Reciprocal {__version__}" in text
    assert str(ctx.vault_path) in text
    assert ctx.settings.location() in text
    assert "SIL Open Font License 1.1" in text and "DejaVu-LICENSE.txt" in text
    for library in ("SQLAlchemy", "cryptography", "reportlab", "pyrage", "uharfbuzz",
                    "python-bidi", "zxcvbn", "LGPL"):
        assert library in text, library
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _closed("about-dialog"))


def test_licences_come_from_the_installed_packages_metadata():
    assert licence_of("SQLAlchemy")[1] == "MIT"
    assert "Apache-2.0" in licence_of("cryptography")[1]
    assert licence_of("reportlab")[1].startswith("BSD")
    assert "LGPL" in licence_of("PySide6_Essentials")[1]
    assert licence_of("no-such-package-here") == ("", "")
