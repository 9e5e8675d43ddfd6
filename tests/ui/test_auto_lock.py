"""Locking by itself after a quiet spell: any input restarts the count."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import add_client, create_vault


def test_the_app_locks_itself_when_idle(qtbot, window, ctx):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Marguerite")
    window.idle.set_timeout_ms(300)
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked, timeout=3000)
    assert window.workspace is None
    assert window.unlock_panel.isVisible()


def test_input_restarts_the_idle_count(qtbot, window, ctx):
    create_vault(qtbot, window)
    window.idle.set_timeout_ms(1000)
    search_box = window.workspace.client_list.search
    for _ in range(10):  # 10 x 150 ms of typing: longer than the timeout, never idle for it
        qtbot.wait(150)
        qtbot.keyClick(search_box, Qt.Key.Key_A)
        assert ctx.vault.is_unlocked
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked, timeout=3000)


def test_the_auto_lock_setting_is_applied_at_once(qtbot, window, ctx):
    create_vault(qtbot, window)
    window.settings_action.trigger()
    window.workspace.settings.auto_lock.setValue(12)
    assert window.idle.timeout_ms == 12 * 60_000
    assert ctx.settings.auto_lock_minutes == 12


def test_ctrl_l_locks(qtbot, window, ctx):
    create_vault(qtbot, window)
    qtbot.keyClick(window.workspace.client_list.search, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)


def test_ctrl_l_in_a_dialog_locks_and_closes_it(qtbot, window, ctx):
    from PySide6.QtWidgets import QApplication

    create_vault(qtbot, window)
    add_client(qtbot, window, "Marguerite")
    dialog = window.workspace.open_search()
    qtbot.keyClicks(dialog.query, "Marguerite")
    dialog.search_now()
    assert dialog.results.count() == 1
    dialog.activateWindow()  # as a window manager does for a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.query, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    qtbot.wait(50)
    assert not [w for w in QApplication.topLevelWidgets()
                if w.objectName() == "search-dialog"]
