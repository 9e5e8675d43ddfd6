"""Locking when the computer sleeps or the screen locks, and an idle count that includes the time
spent asleep (a QTimer stands still during suspend; the boot-time clock does not)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.ui.shell.idle_watcher import IdleWatcher, boot_clock
from app.ui.shell.session_watcher import SessionWatcher
from tests.ui.conftest import add_client, create_vault


class FakeClock:
    """A boot-time clock the test moves forward, as a suspended laptop's would jump."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_boot_clock_moves():
    assert boot_clock() <= boot_clock()


def test_the_tick_notices_time_spent_asleep(qtbot):
    owner = QLineEdit()
    qtbot.addWidget(owner)
    clock = FakeClock()
    watcher = IdleWatcher(60_000, owner, clock=clock)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    assert watcher.tick.isActive() and watcher.tick.interval() <= 5_000
    clock.now += 30
    watcher.tick.timeout.emit()  # the tick, by hand
    assert not fired
    clock.now += 31  # asleep: the QTimer counted none of it
    watcher.tick.timeout.emit()
    assert fired
    assert not watcher.active and not watcher.tick.isActive()


def test_input_restarts_the_boot_time_count(qtbot):
    box = QLineEdit()
    qtbot.addWidget(box)
    clock = FakeClock()
    watcher = IdleWatcher(60_000, box, clock=clock)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    clock.now += 50
    qtbot.keyClick(box, Qt.Key.Key_A)
    clock.now += 50  # 100 s since start, 50 since the key
    watcher.check()
    assert not fired
    clock.now += 11
    watcher.check()
    assert fired


@pytest.fixture
def private_bus():
    """A D-Bus daemon of the test's own, as a QDBusConnection."""
    from PySide6.QtDBus import QDBusConnection

    if shutil.which("dbus-daemon") is None:
        pytest.skip("no dbus-daemon on this computer")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        bus = QDBusConnection.connectToBus(address, f"reciprocal-test-{daemon.pid}")
        assert bus.isConnected(), bus.lastError().message()
        yield bus
        QDBusConnection.disconnectFromBus(f"reciprocal-test-{daemon.pid}")
    finally:
        daemon.terminate()
        daemon.wait(5)


def _emit(bus, path: str, interface: str, name: str, value: bool) -> None:
    from PySide6.QtDBus import QDBusMessage

    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments([value])
    assert bus.send(message)


@pytest.mark.parametrize("interface, path", [
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
])
def test_the_screensavers_d_bus_signal_asks_for_a_lock(qtbot, private_bus, interface, path):
    watcher = SessionWatcher(system_bus=private_bus, session_bus=private_bus)
    assert interface in watcher.listening
    with qtbot.waitSignal(watcher.should_lock, timeout=5000):
        _emit(private_bus, path, interface, "ActiveChanged", True)


def test_loginds_d_bus_signal_asks_for_a_lock(qtbot, private_bus):
    assert private_bus.registerService("org.freedesktop.login1")  # only logind on a real bus
    watcher = SessionWatcher(system_bus=private_bus, session_bus=private_bus)
    assert "org.freedesktop.login1.Manager" in watcher.listening
    with qtbot.assertNotEmitted(watcher.should_lock, wait=300):
        _emit(private_bus, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
              "PrepareForSleep", False)  # waking
    with qtbot.waitSignal(watcher.should_lock, timeout=5000):
        _emit(private_bus, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
              "PrepareForSleep", True)


def test_without_any_bus_nothing_fails(qtbot):
    from PySide6.QtDBus import QDBusConnection

    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "reciprocal-no-bus")
    assert not nowhere.isConnected()
    watcher = SessionWatcher(system_bus=nowhere, session_bus=nowhere)
    assert watcher.listening == []
    QDBusConnection.disconnectFromBus("reciprocal-no-bus")


def test_going_to_sleep_locks_an_unlocked_window(qtbot, window, ctx):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Marguerite")
    window.session_watcher.on_prepare_for_sleep(False)  # waking up: nothing to do
    assert ctx.vault.is_unlocked
    window.session_watcher.on_prepare_for_sleep(True)  # the slot logind's signal calls
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    assert window.workspace is None
    assert window.unlock_panel.isVisible()


def test_the_screen_locking_locks_the_window(qtbot, window, ctx):
    create_vault(qtbot, window)
    window.session_watcher.on_screensaver_active(False)
    assert ctx.vault.is_unlocked
    window.session_watcher.on_screensaver_active(True)  # the screensaver's ActiveChanged
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    assert window.workspace is None


def test_a_signal_while_locked_changes_nothing(qtbot, window, ctx):
    create_vault(qtbot, window)
    window.lock()
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    window.session_watcher.on_prepare_for_sleep(True)
    assert window.unlock_panel.isVisible()


def test_waking_after_the_timeout_locks_though_the_timer_did_not_fire(qtbot, window, ctx):
    create_vault(qtbot, window)
    clock = FakeClock()
    window.idle.clock = clock
    window.idle.set_timeout_ms(60_000)
    window.idle.start()
    clock.now += 59  # asleep for less than the timeout
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert ctx.vault.is_unlocked
    clock.now += 2  # a minute and a second, of which the QTimer counted almost nothing
    assert window.idle.active  # the QTimer still waits
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    assert window.workspace is None
