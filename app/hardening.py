"""Process hardening, best effort (docs/design.md §3): no core dumps, and not dumpable.

A core dump of an unlocked app would write keys and client text to disk; "not dumpable" also stops
other processes of the same user from attaching a debugger to read memory. Where the platform
lacks a call, it is skipped silently: the app must still start.
"""

from __future__ import annotations

import ctypes
import sys

_PR_SET_DUMPABLE = 4


def harden_process() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass
