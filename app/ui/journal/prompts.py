"""Prompts of our own for the therapist's journal, each with the kind of entry it starts: a
place for the therapist's own reflection, as the reciprocal relationship asks. Optional; an
entry started from one is an ordinary entry (private, searchable, never in a client document)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.kit.translate import QT_TRANSLATE_NOOP

_C = "JournalPrompts"

PROMPTS: tuple[tuple[str, str], ...] = (
    ("reflection", QT_TRANSLATE_NOOP("JournalPrompts", "What did I learn from a client this week?")),
    ("reflection", QT_TRANSLATE_NOOP("JournalPrompts", "Where did my own reactions show in a session, and "
                                         "what might they be telling me?")),
    ("reflection", QT_TRANSLATE_NOOP("JournalPrompts", "Which moment with a client stays with me, and why?")),
    ("self-care", QT_TRANSLATE_NOOP("JournalPrompts", "How are my boundaries, my rest and my energy?")),
    ("supervision", QT_TRANSLATE_NOOP("JournalPrompts", "What do I want to bring to supervision?")),
)


def prompt_text(source: str) -> str:
    return QCoreApplication.translate(_C, source)
