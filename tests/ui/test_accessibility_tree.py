"""What a screen reader is told, read from the accessibility tree itself (the QAccessible
interfaces Qt hands to AT-SPI), not from the widgets: every interactive control on each main
screen has a name to speak. A combo box counts as named only through a label pointing to it:
on Linux Qt reports a combo box's current value as its name and ignores setAccessibleName, so
without a buddy label it is announced as "Reflection, combo box"."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import LEFT, add_client, create_vault, new_session, open_dialog, unlock

Role = QAccessible.Role

INTERACTIVE = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
    Role.SpinBox, Role.Slider, Role.Dial, Role.List, Role.Table, Role.Tree, Role.PageTab,
    Role.MenuItem, Role.ButtonMenu, Role.ButtonDropDown, Role.Link, Role.HotkeyField,
}  # scroll bars are left out: the keyboard never reaches them, and they are said by role

pytestmark = pytest.mark.usefixtures("no_windows_left_open")


@pytest.fixture(autouse=True)
def accessibility_on():
    """The offscreen platform has no screen reader to switch the tree on; this does."""
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def _labels(iface) -> str:
    return " ".join(label.text(QAccessible.Text.Name).strip()
                    for label, _ in iface.relations(QAccessible.Relation.Label)).strip()


def spoken_name(iface) -> str:
    """The name a screen reader says before the control's role and value."""
    if iface.role() == Role.ComboBox and sys.platform.startswith("linux"):
        return _labels(iface)  # the Name Qt reports here is the current value
    return iface.text(QAccessible.Text.Name).strip() or _labels(iface)


def _describe(iface, path: list[str]) -> str:
    obj = iface.object()
    what = type(obj).__name__ if obj is not None else "item"
    name = obj.objectName() if isinstance(obj, QWidget) and obj.objectName() else ""
    value = iface.text(QAccessible.Text.Value)
    return (f"{iface.role().name} ({what}{' ' + name if name else ''})"
            f"{' value ' + repr(value[:30]) if value else ''} in {' > '.join(path[-3:])}")


def unnamed(root: QWidget) -> tuple[list[str], int]:
    """Every visible interactive (or focusable) element under `root` with nothing to say, and
    how many interactive elements there were."""
    missing: list[str] = []
    seen = 0

    def walk(iface, path: list[str]) -> None:
        nonlocal seen
        if iface is None or not iface.isValid():
            return
        state = iface.state()
        if state.invisible or state.offscreen:
            return
        role = iface.role()
        if role in INTERACTIVE or state.focusable:
            seen += 1
            if not spoken_name(iface):
                missing.append(_describe(iface, path))
        here = path + [f"{role.name}:{iface.text(QAccessible.Text.Name)[:20]}"]
        for i in range(iface.childCount()):
            walk(iface.child(i), here)

    walk(QAccessible.queryAccessibleInterface(root), [])
    return missing, seen


def _check(root: QWidget, screen: str, found: dict[str, list[str]]) -> None:
    QApplication.processEvents()
    offenders, seen = unnamed(root)
    assert seen >= 2, f"{screen}: the accessibility tree shows almost nothing ({seen})"
    if offenders:
        found[screen] = offenders


def _report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{screen}:\n  " + "\n  ".join(items) for screen, items in found.items())


def test_every_control_on_the_vault_screens_has_a_spoken_name(qtbot, window):
    found: dict[str, list[str]] = {}
    _check(window, "welcome", found)
    qtbot.mouseClick(window.welcome.create_button, LEFT)
    _check(window, "create vault", found)
    create_vault_from_page(qtbot, window)
    window.lock()
    _check(window, "unlock", found)
    unlock(qtbot, window)
    assert not found, _report(found)


def create_vault_from_page(qtbot, window) -> None:
    """The create page is already open: fill it in and continue into the workspace."""
    from tests.conftest import PASSPHRASE

    welcome = window.welcome
    qtbot.keyClicks(welcome.passphrase_fields.first, PASSPHRASE)
    qtbot.keyClicks(welcome.passphrase_fields.second, PASSPHRASE)
    qtbot.mouseClick(welcome.make_button, LEFT)
    qtbot.waitUntil(lambda: bool(welcome.recovery_label.text()))
    welcome.stored_check.setChecked(True)
    qtbot.mouseClick(welcome.continue_button, LEFT)
    qtbot.waitUntil(lambda: window.workspace is not None)


def test_every_control_in_the_workspace_has_a_spoken_name(qtbot, window):
    found: dict[str, list[str]] = {}
    create_vault(qtbot, window)
    _check(window, "no clients", found)
    window.new_client_action.trigger()
    _check(open_dialog("client-dialog"), "client dialog", found)
    open_dialog("client-dialog").reject()
    add_client(qtbot, window, "Ana Lima")
    qtbot.keyClicks(window.workspace.client_list.search, "An")  # shows the clear button
    _check(window, "client list, filtered", found)
    window.workspace.client_list.search.clear()
    client = window.workspace.client
    for index in range(client.tabs.count()):
        client.tabs.setCurrentIndex(index)
        _check(window, f"client tab {client.tabs.tabText(index)!r}", found)
    editor = new_session(qtbot, window)
    qtbot.wait(20)  # the template's fields are shown on the next turn of the event loop
    _check(window, "session editor, draft", found)
    qtbot.keyClicks(editor.shared_summary, "we planned the letter")
    qtbot.mouseClick(editor.sign_button, LEFT)
    dialog = open_dialog("sign-dialog")
    _check(dialog, "sign dialog", found)
    qtbot.keyClicks(dialog.name, "Dr Ana Lima")
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: editor.saved_state.text() == "Signed and locked")
    _check(window, "session editor, signed", found)

    window.journal_action.trigger()
    journal = window.workspace.journal
    qtbot.mouseClick(journal.new_button, LEFT)
    qtbot.keyClicks(journal.title, "After the long Thursday")
    qtbot.waitUntil(lambda: journal.entries.count() == 1, timeout=5000)
    _check(window, "journal, reflection", found)
    journal.kind.setCurrentIndex(journal.kind.findData("self-care"))
    qtbot.mouseClick(journal.new_button, LEFT)
    assert journal.checkin_box.isVisible()
    _check(window, "journal, self-care check-in", found)
    window.settings_action.trigger()
    _check(window, "settings", found)

    window.clients_action.trigger()
    for menu in (action.menu() for action in window.menuBar().actions()):
        menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitUntil(menu.isVisible)
        _check(menu, f"menu {menu.title()!r}", found)
        menu.hide()
    window.search_action.trigger()
    search = open_dialog("search-dialog")
    qtbot.keyClicks(search.query, "letter")
    qtbot.waitUntil(lambda: search.results.count() > 0, timeout=3000)
    _check(search, "search", found)
    search.reject()
    assert not found, _report(found)


def test_every_control_in_the_backup_dialogs_has_a_spoken_name(qtbot, window, ctx, usb):
    from app.ui.kit.settings import BACKUP_FOLDER

    found: dict[str, list[str]] = {}
    ctx.settings.set(BACKUP_FOLDER, str(usb))
    create_vault(qtbot, window)
    for action, name in ((window.verify_action, "verify-dialog"),
                         (window.restore_action, "restore-dialog"),
                         (window.change_passphrase_action, "change-passphrase-dialog")):
        action.trigger()
        dialog = open_dialog(name)
        _check(dialog, name, found)
        dialog.reject()
    assert not found, _report(found)
