"""Unlocking: a plain sentence for a wrong passphrase, the recovery-key way back in, and a
second window on the same vault told plainly that it is busy."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.vault import Vault
from app.ui.shell.main_window import MainWindow
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.conftest import LEFT, unlock

NEW_PASSPHRASE = "another calm meadow river"


@pytest.fixture
def existing(ctx):
    """A vault already on disk (made earlier), so the app starts on the unlock screen."""
    ctx.vault_path.parent.mkdir(parents=True)
    vault, recovery = Vault.create(ctx.vault_path, PASSPHRASE, kdf_params=CHEAP_KDF)
    vault.close()
    return recovery


@pytest.fixture
def locked_window(qtbot, ctx, existing, sync_jobs):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.start()
    yield win
    win.close()


def test_the_unlock_screen_shows_when_a_vault_exists(locked_window):
    assert locked_window.unlock_panel.isVisible()
    assert locked_window.welcome is None
    assert not locked_window.search_action.isEnabled()
    assert not locked_window.toolbar.isVisible()


def test_a_wrong_passphrase_gets_a_plain_sentence(qtbot, locked_window, ctx):
    panel = locked_window.unlock_panel
    qtbot.keyClicks(panel.passphrase, "not the one")
    qtbot.keyClick(panel.passphrase, "\r")
    assert panel.message.text() == ("That passphrase does not open this vault. Check Caps Lock "
                                    "and try again.")
    assert not ctx.vault.is_unlocked
    assert locked_window.workspace is None
    unlock(qtbot, locked_window)
    assert ctx.vault.is_unlocked
    assert panel.message.text() == ""


def test_the_recovery_key_sets_a_new_passphrase(qtbot, locked_window, ctx, existing):
    panel = locked_window.unlock_panel
    qtbot.mouseClick(panel.forgot_button, LEFT)
    qtbot.keyClicks(panel.recovery_key, existing.lower().replace("-", " "))
    qtbot.keyClicks(panel.new_passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(panel.new_passphrase.second, NEW_PASSPHRASE)
    assert panel.recover_button.isEnabled()
    qtbot.mouseClick(panel.recover_button, LEFT)
    qtbot.waitUntil(lambda: locked_window.workspace is not None)

    locked_window.lock()
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.mouseClick(panel.unlock_button, LEFT)
    assert "does not open" in panel.message.text()  # the old passphrase stopped working
    unlock(qtbot, locked_window, NEW_PASSPHRASE)


def test_a_wrong_recovery_key_is_refused_plainly(qtbot, locked_window, ctx):
    panel = locked_window.unlock_panel
    qtbot.mouseClick(panel.forgot_button, LEFT)
    qtbot.keyClicks(panel.recovery_key, "0000-0000-0000")
    qtbot.keyClicks(panel.new_passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(panel.new_passphrase.second, NEW_PASSPHRASE)
    qtbot.mouseClick(panel.recover_button, LEFT)
    assert panel.recovery_message.text()
    assert "Traceback" not in panel.recovery_message.text()
    assert not ctx.vault.is_unlocked


def test_a_second_window_on_the_same_vault_is_told_it_is_busy(qtbot, ctx, existing, sync_jobs):
    holder = Vault.open(ctx.vault_path)
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.show()
        win.start()
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        assert [b.text() for b in boxes] == [
            "This vault is already open in another Reciprocal window or program; close it "
            "there first."]
        assert not win.unlock_panel.isEnabled()
        with qtbot.waitSignal(win.must_quit) as quitting:
            boxes[0].close()
        assert quitting.args == [4]
    finally:
        holder.close()

