"""The database worker's order: jobs run one after another as asked for, except that a job of
low priority (a check after unlock that nobody waits for) lets those asked for after it, while
it waited, go first. Real worker threads."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from app.ui.kit import background
from app.ui.kit.operation import Operation


def test_a_low_priority_job_waits_behind_those_asked_for_after_it(qtbot, real_jobs):
    owner = QWidget()
    qtbot.addWidget(owner)
    gate, ran = threading.Event(), []
    Operation(owner, lambda: gate.wait(5)).run()  # the worker is busy
    Operation(owner, lambda: ran.append("check after unlock")).low_priority().run()
    Operation(owner, lambda: ran.append("search")).run()
    Operation(owner, lambda: ran.append("open a client")).run()
    gate.set()
    background.wait_until_idle()
    assert ran == ["search", "open a client", "check after unlock"]
