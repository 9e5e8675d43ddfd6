"""Many signal emissions and event-loop spins from Python never crash the app (PySide6 6.12 on
Python 3.11 drops a reference to True per emit and to None per processEvents;
app/ui/kit/refcount_guard.py keeps them alive)."""

from __future__ import annotations

import subprocess
import sys


def test_a_hundred_thousand_emits_do_not_crash():
    script = (
        "import app.ui\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "class A(QObject):\n"
        "    s = Signal(str)\n"
        "a = A()\n"
        "for _ in range(100_000):\n"
        "    a.s.emit('x')\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"


def test_a_hundred_thousand_event_loop_spins_do_not_crash():
    script = (
        "import app.ui\n"
        "from PySide6.QtWidgets import QApplication\n"
        "a = QApplication([])\n"
        "for _ in range(100_000):\n"
        "    a.processEvents()\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
