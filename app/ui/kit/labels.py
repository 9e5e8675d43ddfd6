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
        "active": QT_TRANSLATE_NOOP(_C, "Active"),
        "paused": QT_TRANSLATE_NOOP(_C, "Paused"),
        "closed": QT_TRANSLATE_NOOP(_C, "Closed"),
    },
    "session format": {
        "in person": QT_TRANSLATE_NOOP(_C, "In person"),
        "online": QT_TRANSLATE_NOOP(_C, "Online"),
        "phone": QT_TRANSLATE_NOOP(_C, "Phone"),
    },
    "session status": {
        "draft": QT_TRANSLATE_NOOP(_C, "Draft"),
        "signed": QT_TRANSLATE_NOOP(_C, "Signed"),
    },
    "goal status": {
        "active": QT_TRANSLATE_NOOP(_C, "Working on it"),
        "achieved": QT_TRANSLATE_NOOP(_C, "Achieved"),
        "retired": QT_TRANSLATE_NOOP(_C, "Set aside"),
    },
    "checklist status": {
        "not_yet": QT_TRANSLATE_NOOP(_C, "Not yet"),
        "discussed": QT_TRANSLATE_NOOP(_C, "Discussed"),
        "agreed": QT_TRANSLATE_NOOP(_C, "Agreed"),
        "revisit": QT_TRANSLATE_NOOP(_C, "Come back to this"),
    },
    "raised by": {
        "client": QT_TRANSLATE_NOOP(_C, "Client"),
        "therapist": QT_TRANSLATE_NOOP(_C, "Therapist"),
    },
    "exercise kind": {
        "self-reflection": QT_TRANSLATE_NOOP(_C, "Self-reflection"),
        "mindfulness": QT_TRANSLATE_NOOP(_C, "Mindfulness"),
        "emotional regulation": QT_TRANSLATE_NOOP(_C, "Emotional regulation"),
        "other": QT_TRANSLATE_NOOP(_C, "Other"),
    },
    "exercise status": {
        "active": QT_TRANSLATE_NOOP(_C, "Current"),
        "paused": QT_TRANSLATE_NOOP(_C, "Paused"),
        "done": QT_TRANSLATE_NOOP(_C, "Done"),
    },
    "severity": {
        "minimal": QT_TRANSLATE_NOOP(_C, "Minimal"),
        "mild": QT_TRANSLATE_NOOP(_C, "Mild"),
        "moderate": QT_TRANSLATE_NOOP(_C, "Moderate"),
        "moderately severe": QT_TRANSLATE_NOOP(_C, "Moderately severe"),
        "severe": QT_TRANSLATE_NOOP(_C, "Severe"),
    },
    "measure mode": {
        "in session": QT_TRANSLATE_NOOP(_C, "In session"),
        "on paper": QT_TRANSLATE_NOOP(_C, "On paper"),
        "by the client": QT_TRANSLATE_NOOP(_C, "By the client, on their own"),
    },
    "disclosure action": {
        "export": QT_TRANSLATE_NOOP(_C, "Exported"),
        "print": QT_TRANSLATE_NOOP(_C, "Printed"),
        "handout": QT_TRANSLATE_NOOP(_C, "Saved as a PDF"),
        "backup": QT_TRANSLATE_NOOP(_C, "Backup"),
    },
    "journal kind": {
        "reflection": QT_TRANSLATE_NOOP(_C, "Reflection"),
        "supervision": QT_TRANSLATE_NOOP(_C, "Supervision"),
        "self-care": QT_TRANSLATE_NOOP(_C, "Self-care check-in"),
    },
}


def choice_label(choice: str, value: str) -> str:
    """The words shown for `value` of the list `choice` (the value itself if unknown)."""
    text = CHOICES[choice].get(value)
    return value if text is None else QCoreApplication.translate(_C, text)
