"""The one way the UI runs work (Anki's ``QueryOp``/``CollectionOp``): an operation with a
job, what to do on success, on failure and with progress.

    Operation(self, lambda: services.sessions.sign(session_id, name)) \\
        .success(self._on_signed).run()

Failure shows the one plain sentence by default (`show_error` on the asking widget's window);
a caller that must also undo something on screen passes its own `failure`. An operation made
by `AppContext.op()` runs on the database worker and, when the job returns or fails, announces
the changes the services recorded while it ran — *(client, kind)* pairs on
`AppEvents.changed`, emitted from the worker and so queued to the UI thread ahead of the
result — so every view that shows those records refreshes itself, even when the asking widget
is gone by then. Its own callbacks are dropped with the asking widget (see `background`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.ui.kit.background import LOW_PRIORITY, ProgressFn, run_in_background
from app.ui.kit.error_dialog import show_error

Changes = tuple[Any, ...]  # app.services.changes.Change, loaded with the services


class Operation:
    def __init__(self, parent: QObject, job: Callable[..., Any], *,
                 kind: Literal["db", "cpu"] = "db",
                 take_changes: Callable[[], Changes] | None = None,
                 announce: Callable[[Changes], None] | None = None) -> None:
        self._parent = parent
        self._job = job
        self._kind = kind
        self._take_changes = take_changes
        self._announce = announce
        self._on_success: Callable[[Any], object] = lambda _result: None
        self._on_failure: Callable[[BaseException], None] = self._show_error
        self._progress: ProgressFn | None = None
        self._priority = 0

    def success(self, handler: Callable[[Any], object]) -> Operation:
        self._on_success = handler
        return self

    def failure(self, handler: Callable[[BaseException], None]) -> Operation:
        """Replace the default (the error's sentence in a message box)."""
        self._on_failure = handler
        return self

    def progress(self, handler: ProgressFn) -> Operation:
        """The job is then called with one argument, `report(done, total)`."""
        self._progress = handler
        return self

    def low_priority(self) -> Operation:
        """Run once no other job waits (a check after unlock that nobody is waiting for), so
        that whatever the therapist asks for meanwhile goes first; see `run_in_background`."""
        self._priority = LOW_PRIORITY
        return self

    def run(self) -> None:
        job, take, announce = self._job, self._take_changes, self._announce
        if take is not None and announce is not None:
            def job_with_changes(*args: Any) -> Any:
                try:
                    return self._job(*args)
                finally:
                    changes = take()
                    if changes:  # queued to the UI thread ahead of the result below
                        announce(changes)
            job = job_with_changes
        run_in_background(self._parent, job, self._on_success, self._on_failure,
                          self._progress, kind=self._kind, priority=self._priority)

    def _show_error(self, error: BaseException) -> None:
        parent = self._parent
        show_error(parent.window() if isinstance(parent, QWidget) else None, error)
