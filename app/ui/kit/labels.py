"""One label on screen for every stored value of a fixed list of choices, translated.

Values are stored as short, stable words ("not_yet", "in person", "moderately severe"); people
read these labels instead. A value missing here is shown as stored, so a new value is visible
rather than hidden — `tests/ui/test_labels.py` checks that every list the services declare has
a label for each of its values.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.kit.translate import QT_TRANSLATE_NOOP

_C = "Labels"

CHOICES: dict[str, dict[str, str]] = {
    "client status": {
        "active": QT_TRANSLATE_NOOP("Labels", "Active"),
        "paused": QT_TRANSLATE_NOOP("Labels", "Paused"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    "session format": {
        "in person": QT_TRANSLATE_NOOP("Labels", "In person"),
        "online": QT_TRANSLATE_NOOP("Labels", "Online"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    },
    "session status": {
        "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
        "signed": QT_TRANSLATE_NOOP("Labels", "Signed"),
    },
    "goal status": {
        "active": QT_TRANSLATE_NOOP("Labels", "Working on it"),
        "achieved": QT_TRANSLATE_NOOP("Labels", "Achieved"),
        "retired": QT_TRANSLATE_NOOP("Labels", "Set aside"),
    },
    "checklist status": {
        "not_yet": QT_TRANSLATE_NOOP("Labels", "Not yet"),
        "discussed": QT_TRANSLATE_NOOP("Labels", "Discussed"),
        "agreed": QT_TRANSLATE_NOOP("Labels", "Agreed"),
        "revisit": QT_TRANSLATE_NOOP("Labels", "Come back to this"),
    },
    "raised by": {
        "client": QT_TRANSLATE_NOOP("Labels", "Client"),
        "therapist": QT_TRANSLATE_NOOP("Labels", "Therapist"),
    },
    "exercise kind": {
        "self-reflection": QT_TRANSLATE_NOOP("Labels", "Self-reflection"),
        "mindfulness": QT_TRANSLATE_NOOP("Labels", "Mindfulness"),
        "emotional regulation": QT_TRANSLATE_NOOP("Labels", "Emotional regulation"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "exercise status": {
        "active": QT_TRANSLATE_NOOP("Labels", "Current"),
        "paused": QT_TRANSLATE_NOOP("Labels", "Paused"),
        "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    },
    "severity": {
        "minimal": QT_TRANSLATE_NOOP("Labels", "Minimal"),
        "mild": QT_TRANSLATE_NOOP("Labels", "Mild"),
        "moderate": QT_TRANSLATE_NOOP("Labels", "Moderate"),
        "moderately severe": QT_TRANSLATE_NOOP("Labels", "Moderately severe"),
        "severe": QT_TRANSLATE_NOOP("Labels", "Severe"),
    },
    "measure mode": {
        "in session": QT_TRANSLATE_NOOP("Labels", "In session"),
        "on paper": QT_TRANSLATE_NOOP("Labels", "On paper"),
        "by the client": QT_TRANSLATE_NOOP("Labels", "By the client, on their own"),
    },
    "disclosure action": {
        "export": QT_TRANSLATE_NOOP("Labels", "Exported"),
        "print": QT_TRANSLATE_NOOP("Labels", "Printed"),
        "handout": QT_TRANSLATE_NOOP("Labels", "Saved as a PDF"),
        "backup": QT_TRANSLATE_NOOP("Labels", "Backup"),
    },
    "journal kind": {
        "reflection": QT_TRANSLATE_NOOP("Labels", "Reflection"),
        "supervision": QT_TRANSLATE_NOOP("Labels", "Supervision"),
        "self-care": QT_TRANSLATE_NOOP("Labels", "Self-care check-in"),
    },
}


def choice_label(choice: str, value: str) -> str:
    """The words shown for `value` of the list `choice` (the value itself if unknown)."""
    text = CHOICES[choice].get(value)
    return value if text is None else QCoreApplication.translate(_C, text)
