"""Find bundled resources the same way in a checkout, an installed wheel and a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (``sys._MEIPASS`` when frozen by PyInstaller)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        base = Path(frozen_root) / "resources"
    else:
        packaged = Path(__file__).resolve().parent / "resources"
        base = packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "resources"
    return base.joinpath(*parts)
