"""The interface never freezes while Argon2id runs: with the real thread pools and the product's
floor parameters (64 MiB, t=3, p=4), a 10 ms timer keeps firing during the unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from app.crypto.kdf import FLOOR
from app.services.vault import Vault
from app.ui.shell.main_window import MainWindow
from tests.conftest import PASSPHRASE


def test_the_event_loop_keeps_turning_while_the_key_is_derived(qtbot, ctx, real_jobs):
    ctx.vault_path.parent.mkdir(parents=True)
    Vault.create(ctx.vault_path, PASSPHRASE, kdf_params=FLOOR)[0].close()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    panel = window.unlock_panel
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)

    timer.start()
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    assert panel.busy.isVisible()  # the click returned before the key was derived
    ticks_at_click = len(ticks)
    qtbot.waitUntil(lambda: ctx.vault.is_unlocked, timeout=20_000)
    ticks_during_unlock = len(ticks) - ticks_at_click
    timer.stop()

    assert ticks_at_click == 0
    assert ticks_during_unlock >= 3, ticks_during_unlock
    qtbot.waitUntil(lambda: window.workspace is not None)
    window.close()
