"""A guard against reference-counting bugs in PySide6 6.12 on Python 3.11: every
`Signal.emit()` called from Python drops one reference to `True` (seen here: a script dies
with "bool_dealloc" after ~2,000 emits; the app after ~12,000 keystrokes in a note), and every
`processEvents()` one to `None` ("none_dealloc" after a few tens of thousands: waits that
spin the event loop, in tests and tools). Python 3.12 and later make `True`, `False` and
`None` immortal, so the bugs cannot bite there; on older CPythons their reference counts are
raised far beyond what any session could drop, once, when the UI package is first imported. Remove this when PySide6 is fixed (tests/ui/test_refcount_guard.py
shows whether it still is)."""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # emits a session may make before anything could reach zero


def pin_booleans() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for value in (True, False, None):
        ctypes.c_ssize_t.from_address(id(value)).value += _HEADROOM
