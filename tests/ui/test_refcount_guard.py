"""Many signal emissions and event-loop spins from Python never crash the app (PySide6 6.12 on
Python 3.11 drops a reference to True per emit and to None per processEvents;
app/ui/kit/refcount_guard.py keeps them alive)."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Each script does what drops a reference 100,000 times, after importing the UI package.
LOOPS = {
    "signal emits (True)": ("from PySide6.QtCore import QObject, Signal\n"
                            "class A(QObject):\n"
                            "    s = Signal(str)\n"
                            "a = A()\n"
                            "for _ in range(100_000):\n"
                            "    a.s.emit('x')\n"),
    "event loop spins (None)": ("from PySide6.QtWidgets import QApplication\n"
                                "a = QApplication([])\n"
                                "for _ in range(100_000):\n"
                                "    a.processEvents()\n"),
}


@pytest.mark.parametrize("loop", LOOPS.values(), ids=list(LOOPS))
def test_a_hundred_thousand_drops_do_not_crash(loop):
    script = "import app.ui\n" + loop + "print('ok')\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
