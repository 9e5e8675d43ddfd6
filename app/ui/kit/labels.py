"""One label on screen for every stored value of a fixed list of choices, translated.

Values are stored as short, stable words ("not_yet", "in person", "moderately severe"); people
read these labels instead. A value missing here is shown as stored, so a new value is visible
rather than hidden — `tests/ui/test_labels.py` checks that every list the services declare has
a label for each of its values.

The services also declare the words that go with some of their keys (a goal's levels of
progress, the feedback statements, the "How I like to work" topics, the self-care check-in,
the fields of each note template): those words are English, for handouts and the command line.
The screens show the same words through the catalogue, from the lists below, keyed the same way
(the same test checks they are the services' words, key for key).
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
    # Statements the client rates 0–10 (app.services.feedback.RATINGS).
    "feedback statement": {
        "heard": QT_TRANSLATE_NOOP("Labels", "I felt heard and understood."),
        "mattered": QT_TRANSLATE_NOOP("Labels", "We worked on what mattered to me."),
        "fit": QT_TRANSLATE_NOOP("Labels", "The way we worked suited me."),
        "overall": QT_TRANSLATE_NOOP("Labels", "Overall, this session was right for me."),
    },
    # "How I like to work" (app.services.clients.PREFERENCE_TOPICS), in the client's voice.
    "preference topic": {
        "pace": QT_TRANSLATE_NOOP("Labels", "Pace"),
        "directness": QT_TRANSLATE_NOOP("Labels", "How direct I'd like you to be"),
        "practices": QT_TRANSLATE_NOOP("Labels", "Exercises between sessions, or not"),
        "language": QT_TRANSLATE_NOOP("Labels", "Language and words that suit me"),
        "what_helps": QT_TRANSLATE_NOOP("Labels", "What helps"),
        "what_doesnt": QT_TRANSLATE_NOOP("Labels", "What doesn't help"),
    },
    # The therapist's self-care check-in (app.services.journal.CHECKIN_TOPICS).
    "check-in topic": {
        "rest": QT_TRANSLATE_NOOP("Labels", "I'm getting enough rest and sleep"),
        "energy": QT_TRANSLATE_NOOP("Labels", "I have energy for my work"),
        "mood": QT_TRANSLATE_NOOP("Labels", "My mood has been good"),
        "connection": QT_TRANSLATE_NOOP("Labels", "I feel connected to people outside work"),
        "workload": QT_TRANSLATE_NOOP("Labels", "My workload feels manageable"),
        "enjoyment": QT_TRANSLATE_NOOP("Labels", "I make time for things I enjoy"),
    },
    # Every field of every note template (app.services.sessions.TEMPLATES), by its key.
    "note field": {
        "subjective": QT_TRANSLATE_NOOP("Labels", "Subjective"),
        "objective": QT_TRANSLATE_NOOP("Labels", "Objective"),
        "assessment": QT_TRANSLATE_NOOP("Labels", "Assessment"),
        "plan": QT_TRANSLATE_NOOP("Labels", "Plan"),
        "data": QT_TRANSLATE_NOOP("Labels", "Data"),
        "behavior": QT_TRANSLATE_NOOP("Labels", "Behaviour"),
        "intervention": QT_TRANSLATE_NOOP("Labels", "Intervention"),
        "response": QT_TRANSLATE_NOOP("Labels", "Response"),
        "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    },
}

# Plain words for each Goal Attainment Scaling level (app.services.agreements.GAS_LABELS).
GAS_WORDS: dict[int, str] = {
    -2: QT_TRANSLATE_NOOP("Labels", "Much less than hoped"),
    -1: QT_TRANSLATE_NOOP("Labels", "Somewhat less than hoped"),
    0: QT_TRANSLATE_NOOP("Labels", "What we hoped for"),
    1: QT_TRANSLATE_NOOP("Labels", "Somewhat more than hoped"),
    2: QT_TRANSLATE_NOOP("Labels", "Much more than hoped"),
}
# The feedback's open question (app.services.feedback.DIFFERENT_NEXT_TIME).
DIFFERENT_NEXT_TIME = QT_TRANSLATE_NOOP("Labels", "What could be different next time?")


def choice_label(choice: str, value: str) -> str:
    """The words shown for `value` of the list `choice` (the value itself if unknown)."""
    text = CHOICES[choice].get(value)
    return value if text is None else QCoreApplication.translate(_C, text)


def gas_words(level: int) -> str:
    """The plain words for a level of progress, −2 to +2 ("" for a level that is not one)."""
    text = GAS_WORDS.get(level)
    return "" if text is None else QCoreApplication.translate(_C, text)


def gas_level(level: int) -> str:
    """A level of progress as it is shown: its sign and number, then its words ("+1 Somewhat
    more than hoped")."""
    return f"{level:+d} {gas_words(level)}"


def different_next_time() -> str:
    """The feedback's open question, in the app's language."""
    return QCoreApplication.translate(_C, DIFFERENT_NEXT_TIME)
