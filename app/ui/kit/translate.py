"""Qt's marker for text translated later, with the type it has.

``QT_TRANSLATE_NOOP(context, text)`` only marks ``text`` for lupdate and returns it unchanged (a
``str``); PySide6's stubs declare its result as ``object``. Import it from here so the marked
texts type-check as the strings they are; lupdate looks only at the name of the call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...  # noqa: N802 (Qt's name)
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
