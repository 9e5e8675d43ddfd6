"""A small library of exercises between sessions, in our own words, to start from: the
therapist adapts each one with the client. Choosing one copies its words into the client's
exercise, where they can be changed; the library itself never changes a client's record."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.ui.kit.translate import QT_TRANSLATE_NOOP

_C = "ExerciseLibrary"


@dataclass(frozen=True, slots=True)
class LibraryExercise:
    kind: str  # one of app.services.exercises.KINDS
    title: str  # source texts; shown and copied through `words()`
    instructions: str
    frequency: str

    def words(self) -> tuple[str, str, str]:
        """Title, instructions and frequency in the app's language."""
        return tuple(QCoreApplication.translate(_C, text)  # type: ignore[return-value]
                     for text in (self.title, self.instructions, self.frequency))


LIBRARY: tuple[LibraryExercise, ...] = (
    LibraryExercise(
        "mindfulness", QT_TRANSLATE_NOOP("ExerciseLibrary", "Slow breathing"),
        QT_TRANSLATE_NOOP("ExerciseLibrary", "Breathe in through your nose to a count of four, and out "
                              "through your mouth to a count of six. Ten breaths like this. "
                              "Notice how you feel before and after."),
        QT_TRANSLATE_NOOP("ExerciseLibrary", "twice a day")),
    LibraryExercise(
        "self-reflection", QT_TRANSLATE_NOOP("ExerciseLibrary", "Three lines before bed"),
        QT_TRANSLATE_NOOP("ExerciseLibrary", "Write three lines: something that happened today, how you felt "
                              "about it, and one thing you would like to remember."),
        QT_TRANSLATE_NOOP("ExerciseLibrary", "every evening")),
    LibraryExercise(
        "mindfulness", QT_TRANSLATE_NOOP("ExerciseLibrary", "Noticing the body"),
        QT_TRANSLATE_NOOP("ExerciseLibrary", "Once a day, pause and notice where in your body you feel "
                              "tension, warmth or ease. Just notice; there is nothing to "
                              "change."),
        QT_TRANSLATE_NOOP("ExerciseLibrary", "once a day")),
    LibraryExercise(
        "emotional regulation", QT_TRANSLATE_NOOP("ExerciseLibrary", "A kind pause"),
        QT_TRANSLATE_NOOP("ExerciseLibrary", "When you notice you are being hard on yourself, pause, put a "
                              "hand on your chest, and say to yourself what you would say to a "
                              "good friend in the same place."),
        QT_TRANSLATE_NOOP("ExerciseLibrary", "when it comes up")),
    LibraryExercise(
        "self-reflection", QT_TRANSLATE_NOOP("ExerciseLibrary", "What matters to me"),
        QT_TRANSLATE_NOOP("ExerciseLibrary", "Choose one thing that matters to you — kindness, honesty, play, "
                              "or another. Notice one small moment this week when you acted "
                              "on it, and jot it down."),
        QT_TRANSLATE_NOOP("ExerciseLibrary", "this week")),
    LibraryExercise(
        "emotional regulation", QT_TRANSLATE_NOOP("ExerciseLibrary", "Grounding: 5-4-3-2-1"),
        QT_TRANSLATE_NOOP("ExerciseLibrary", "When feelings run high, name five things you can see, four you "
                              "can touch, three you can hear, two you can smell and one you "
                              "can taste."),
        QT_TRANSLATE_NOOP("ExerciseLibrary", "when it comes up")),
)
