"""First run: the welcome screen creates a vault, shows the recovery key once, and opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_vault


def test_a_vault_is_created_through_the_welcome_screen(qtbot, window, ctx):
    assert window.welcome is not None and window.welcome.isVisible()
    assert not window.welcome.restore_button.isVisible()  # until backups land
    recovery = create_vault(qtbot, window)

    assert ctx.vault_path.exists()
    assert ctx.vault is not None and ctx.vault.is_unlocked
    assert len(recovery.split("-")) == 14
    assert window.welcome.recovery_label.text() == ""  # shown once, then gone
    assert window.windowTitle() == "Reciprocal"
