"""Find bundled resources the same way in a checkout, an installed wheel and a PyInstaller build.

Everything the app reads at run time lives in the package, under ``app/data/`` (fonts with their
licences, the default checklist template, icons), so a wheel, an sdist and a frozen build carry it
without special cases. The one exception is the user guide: it is written where the docs are,
``docs/user-guide.md``, and the wheel (``setup.py``) and ``build.spec`` copy it to
``app/data/help/user-guide.md``; a checkout reads it where it is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
USER_GUIDE = ("help", "user-guide.md")


def data_root() -> Path:
    """``app/data`` of the installed package, or of the frozen app (``sys._MEIPASS``)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "app" / "data"
    return _PACKAGE / "data"


def resource_path(*parts: str) -> Path:
    """Path of a file under ``app/data/``: ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return data_root().joinpath(*parts)


def user_guide_path() -> Path:
    """The Markdown user guide: shipped under ``app/data/help/``, or ``docs/`` in a checkout."""
    shipped = resource_path(*USER_GUIDE)
    if shipped.is_file():
        return shipped
    return _PACKAGE.parent / "docs" / "user-guide.md"
