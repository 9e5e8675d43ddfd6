"""The one way the UI runs slow work (Anki's ``QueryOp``, Picard's ``run_task``).

Database jobs go to a pool with a single thread, so they run one after another in the order they
were asked for: a save queued before a lock is written before the keys are wiped. CPU jobs that
touch no database (building a PDF) go to a second pool. Results come back on the UI thread
through a relay object parented to the widget that asked: when that widget is deleted (the
workspace is torn down on lock), its pending callbacks are dropped with it, so nothing can put
client data back on screen after a lock.

Tests swap in a synchronous pool with `use_pools()` (Picard's ``FakeThreadPool``) where
determinism matters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

ProgressFn = Callable[[int, int], None]


LOW_PRIORITY = -1  # queued behind every job of the usual priority asked for before it starts


class Pool(Protocol):
    def start(self, runnable: QRunnable, priority: int = 0) -> None: ...
    def waitForDone(self, msecs: int = -1) -> bool: ...


_pools: dict[str, Pool] = {}


def _pool(kind: str) -> Pool:
    if kind not in _pools:
        pool = QThreadPool()
        pool.setMaxThreadCount(1 if kind == "db" else 2)
        _pools[kind] = pool
    return _pools[kind]


def use_pools(db: Pool | None = None, cpu: Pool | None = None) -> None:
    """Replace the pools (tests); `None` goes back to real thread pools."""
    for kind, pool in (("db", db), ("cpu", cpu)):
        _pools.pop(kind, None)
        if pool is not None:
            _pools[kind] = pool


def wait_until_idle(msecs: int = -1) -> bool:
    """Block until every queued job has finished (used on quit, before the vault closes)."""
    return all(pool.waitForDone(msecs) for pool in list(_pools.values()))


class _Emitter(QObject):
    """Lives as long as the job; signals cross to the UI thread through queued connections."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Relay(QObject):
    """Parented to the asking widget: dies with it, taking the callbacks along."""

    def __init__(self, parent: QObject, on_done: Callable[[Any], object],
                 on_error: Callable[[BaseException], None],
                 progress: ProgressFn | None) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self._progress = progress
        self.emitter: _Emitter | None = None

    @Slot(object)
    def deliver(self, result: object) -> None:
        self._on_done(result)
        self.deleteLater()

    @Slot(object)
    def fail(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self._on_error(error)
        self.deleteLater()

    @Slot(int, int)
    def report(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(done, total)


_running: set[_Job] = set()


class _Job(QRunnable):
    def __init__(self, job: Callable[..., Any], emitter: _Emitter, wants_progress: bool) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._job = job
        self._emitter = emitter
        self._wants_progress = wants_progress

    def run(self) -> None:
        try:
            if self._wants_progress:
                result = self._job(self._emitter.progressed.emit)
            else:
                result = self._job()
        except Exception as exc:  # handed to on_error; never printed (could hold client data)
            self._emit(self._emitter.failed, exc)
        else:
            self._emit(self._emitter.done, result)
        finally:
            _running.discard(self)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down
            pass


def run_in_background(
    parent: QObject,
    job: Callable[..., Any],
    on_done: Callable[[Any], object],
    on_error: Callable[[BaseException], None],
    progress: ProgressFn | None = None,
    *,
    kind: str = "db",
    priority: int = 0,
) -> None:
    """Run `job` off the UI thread; call `on_done(result)` or `on_error(exc)` on the UI thread.

    With `progress`, the job is called with one argument, `report(done, total)`, and each report
    reaches `progress` on the UI thread. `kind` is ``"db"`` (serialized) or ``"cpu"``. A job of
    `LOW_PRIORITY` waits until no job of the usual priority is queued: only for a read that
    nothing asked for after it depends on (a check after unlock), since it may run after them.
    """
    relay = _Relay(parent, on_done, on_error, progress)
    emitter = _Emitter()
    emitter.done.connect(relay.deliver)
    emitter.failed.connect(relay.fail)
    emitter.progressed.connect(relay.report)
    relay.emitter = emitter  # freed on the UI thread, with the relay
    runnable = _Job(job, emitter, progress is not None)
    _running.add(runnable)
    _pool(kind).start(runnable, priority)
