"""Locks after a quiet spell, as KeePassXC does: an application-wide event filter restarts a
timer on any keyboard, mouse, wheel or touch input in any window of the app.

A QTimer does not run while the computer is suspended, so a laptop closed for an hour would wake
up with the count where it was. The watcher therefore also notes when the last input came on a
clock that keeps counting through suspend (`boot_clock`), and checks it on a short tick and
whenever the app becomes active again: once more than the timeout has passed on that clock, it
reports `idle` whatever the QTimer thinks.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Shortcut,
    }
)

TICK_MS = 5_000  # how soon after waking the suspended time is noticed, at the latest


def boot_clock() -> float:
    """Seconds on a clock that counts time spent suspended: CLOCK_BOOTTIME on Linux; elsewhere
    `time.monotonic()` (whether that one counts sleep depends on the system)."""
    if hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.monotonic()


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None, *,
                 clock: Callable[[], float] = boot_clock, tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self.clock = clock  # tests put a clock here that they move forward themselves
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._on_timeout)
        self.tick = QTimer(self)  # the short periodic check
        self.tick.setInterval(tick_ms)
        self.tick.timeout.connect(self.check)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._on_application_state_changed)

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        self._last_input = self.clock()
        self._timer.start()
        self.tick.start()

    def stop(self) -> None:
        self._timer.stop()
        self.tick.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def check(self) -> None:
        """Report `idle` if the timeout has passed on the boot-time clock (time suspended
        included), even though the QTimer has not fired."""
        if self.active and (self.clock() - self._last_input) * 1000 >= self.timeout_ms:
            self._on_timeout()

    def _on_timeout(self) -> None:
        self.stop()
        self.idle.emit()

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if self._timer.isActive() and event.type() in _INPUT_EVENTS:
            self._last_input = self.clock()
            self._timer.start()
        return False
