"""A guard against PySide6 keeping the source of every module in memory. Once PySide6 is
imported, its import hook asks of each module imported after it whether its source mentions
"PySide6" (for `from __feature__ import ...`, which this app never uses), and finds out with
`inspect.getsource`: that reads the file through `linecache`, which keeps every line of it for
good. In the GUI that was the source of ~600 modules (SQLAlchemy's, the standard library's, the
app's): ~260,000 lines, 21 MB of the 133 MB the window took before unlocking, and held from
then on (PySide6 6.12; seen with `tracemalloc`, linecache.py holding the most memory of all).

`keep_no_sources` makes the hook answer the same question by reading the file itself, without
caching it, and empties what the cache got before then (it is only a cache: a traceback, if
one is ever printed, reads its lines again). Where PySide6 works otherwise (no such hook, or a
module without a plain source file) its own answer is kept."""

from __future__ import annotations

import linecache
import sys
from types import ModuleType
from typing import Any

_MARK = "_reciprocal_reads_the_file"


def _mentions_pyside(upstream: Any) -> Any:
    def mentions(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(upstream(module))

    setattr(mentions, _MARK, True)
    return mentions


def keep_no_sources() -> None:
    import PySide6  # noqa: F401  (loads the hook, if this PySide6 has it)

    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if callable(upstream) and not getattr(upstream, _MARK, False):
        feature._mod_uses_pyside = _mentions_pyside(upstream)  # type: ignore[union-attr]
    linecache.clearcache()
