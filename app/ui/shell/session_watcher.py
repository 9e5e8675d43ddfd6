"""Asks for a lock when the computer is about to sleep or the desktop session's screen locks.

It listens over D-Bus (Qt's own module, no extra dependency) for logind's
`org.freedesktop.login1.Manager.PrepareForSleep(true)` on the system bus and for the
screensaver's `ActiveChanged(true)` on the session bus, under both the freedesktop name (KDE,
Xfce, …) and GNOME's. Where there is no bus (Windows, macOS, a bare container) nothing is
connected and nothing fails; the idle timer, which counts time asleep, still locks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1",
          "org.freedesktop.login1.Manager", "PrepareForSleep")
# Any sender, any path: KDE emits on /ScreenSaver and /org/freedesktop/ScreenSaver.
SCREENSAVERS = (("", "", "org.freedesktop.ScreenSaver", "ActiveChanged"),
                ("", "", "org.gnome.ScreenSaver", "ActiveChanged"))


class SessionWatcher(QObject):
    should_lock = Signal()

    def __init__(self, parent: QObject | None = None, *, system_bus: Any = None,
                 session_bus: Any = None) -> None:
        """Listens on the computer's buses, or on the connections given (tests use a private
        bus)."""
        super().__init__(parent)
        self.listening: list[str] = []  # what is connected, for tests and for curiosity
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus
            return
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        if system.isConnected() and self._listen(system, LOGIND, "on_prepare_for_sleep"):
            self.listening.append(LOGIND[2])
        if session.isConnected():
            for match in SCREENSAVERS:
                if self._listen(session, match, "on_screensaver_active"):
                    self.listening.append(match[2])

    def _listen(self, bus: Any, match: tuple[str, str, str, str], slot: str) -> bool:
        service, path, interface, name = match
        # The stubs say bytes; PySide6 takes the str that SLOT() makes (and refuses bytes).
        return bool(bus.connect(service, path, interface, name, self, SLOT(f"{slot}(bool)")))

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        """logind: true just before suspend or hibernation, false on waking."""
        if going_to_sleep:
            self.should_lock.emit()

    @Slot(bool)
    def on_screensaver_active(self, active: bool) -> None:
        """The screensaver started (the session's screen locks or blanks), or stopped."""
        if active:
            self.should_lock.emit()
