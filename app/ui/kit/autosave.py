"""Saving typing without a Save button: 1.5 s after the last change, or at once when asked (on
switching, signing, locking, quitting). Every request with unsaved typing queues a save at once,
even while another is running: the single database worker runs them in order, so the last one
holds the latest text and nothing typed is dropped when the editor moves on to other content.
The label text says where things stand ("Saved 10:42").

The owner supplies `make_job`, which captures what is on screen *now* as plain data and returns
the job to run on the database worker (or None when there is nothing to save), and `op`, which
makes the operation that runs it (`AppContext.op`, so every save announces what it changed).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.ui.kit.dates import clock
from app.ui.kit.error_dialog import show_error
from app.ui.kit.operation import Operation

AUTOSAVE_DELAY_MS = 1500

Job = Callable[[], Any]


class Autosave(QObject):
    saved = Signal(object)  # what the job returned
    state_changed = Signal(str)  # a sentence for the saved-state label

    def __init__(self, make_job: Callable[[], Job | None], parent: QWidget,
                 op: Callable[[QObject, Job], Operation],
                 delay_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self._make_job = make_job
        self._op = op
        self._parent = parent
        self._dirty = False
        self._revision = 0
        self._generation = 0
        self._in_flight = 0  # saves of the current content queued and not yet reported
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)

    def reset(self) -> None:
        """New content was loaded: nothing to save, and late results of earlier saves only
        report `saved`, without touching the state of what is shown now."""
        self._timer.stop()
        self._dirty = False
        self._generation += 1
        self._in_flight = 0

    def touch(self) -> None:
        self._dirty = True
        self._revision += 1
        self.state_changed.emit(self.tr("Editing…"))
        self._timer.start()

    def mark_unsaved(self) -> None:
        """What the editor shows now was put back unsaved (a save before a lock failed): it
        saves with the next change or `save_now`, and a lock or quit takes it; nothing retries
        by itself meanwhile (the failure has just been told)."""
        self._timer.stop()
        self._dirty = True
        self._revision += 1
        self.state_changed.emit(self.tr("Not saved yet — your text is still here"))

    def pending_job(self) -> Job | None:
        """The job that would save unsaved changes now (lock and quit run it themselves)."""
        return self._make_job() if self._dirty else None

    def save_now(self) -> None:
        self._timer.stop()
        job = self.pending_job()
        if job is None:
            return
        self._in_flight += 1
        revision, generation = self._revision, self._generation
        self.state_changed.emit(self.tr("Saving…"))
        self._op(self, job) \
            .success(lambda result: self._on_saved(result, revision, generation)) \
            .failure(lambda error: self._on_failed(error, generation)).run()

    def _on_saved(self, result: Any, revision: int, generation: int) -> None:
        self.saved.emit(result)
        if generation != self._generation:
            return
        self._in_flight -= 1
        if revision == self._revision:
            self._dirty = False
        if not self._dirty and not self._in_flight:
            self.state_changed.emit(self.tr("Saved {time}").format(
                time=clock(datetime.now())))

    def _on_failed(self, error: BaseException, generation: int) -> None:
        if generation == self._generation:
            self._in_flight -= 1
            self.state_changed.emit(self.tr("Not saved yet — your text is still here"))
        show_error(self._parent, error)
