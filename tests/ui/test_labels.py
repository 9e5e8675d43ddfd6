"""Every value of every fixed list the services declare has its own words on screen."""

from __future__ import annotations

from app.services import (
    agreements,
    checklists,
    clients,
    disclosures,
    exercises,
    feedback,
    journal,
    measures,
    sessions,
)
from app.ui.kit.labels import (
    CHOICES,
    DIFFERENT_NEXT_TIME,
    GAS_WORDS,
    choice_label,
    different_next_time,
    gas_level,
    gas_words,
)

# The words the services declare beside their keys (English, for handouts and the command
# line); the screens show the same words, translated, from app.ui.kit.labels.
WORDS = {
    "feedback statement": dict(feedback.RATINGS),
    "preference topic": dict(clients.PREFERENCE_TOPICS),
    "check-in topic": dict(journal.CHECKIN_TOPICS),
    "note field": {key: words for fields in sessions.TEMPLATES.values() for key, words in fields},
}

DECLARED = {
    "client status": clients.STATUSES,
    "session format": sessions.FORMATS,
    "goal status": agreements.GOAL_STATUSES,
    "checklist status": checklists.STATUSES,
    "raised by": checklists.RAISED_BY,
    "exercise kind": exercises.KINDS,
    "exercise status": exercises.STATUSES,
    "severity": tuple({band.label for instrument in measures.INSTRUMENTS.values()
                       for band in instrument.bands}),
    "measure mode": measures.MODES,
    "journal kind": journal.KINDS,
    "disclosure action": disclosures.ACTIONS,
    **{choice: tuple(words) for choice, words in WORDS.items()},
}


def test_every_declared_value_has_a_label_that_is_not_the_raw_value():
    for choice, values in DECLARED.items():
        assert set(CHOICES[choice]) == set(values), choice
        for value in values:
            shown = choice_label(choice, value)
            assert shown and shown != value and shown[0].isupper(), (choice, value)


def test_an_unknown_value_is_shown_as_stored():
    assert choice_label("client status", "someday") == "someday"


def test_the_words_beside_the_services_keys_are_the_services_own():
    for choice, words in WORDS.items():
        assert CHOICES[choice] == words, choice
    assert GAS_WORDS == agreements.GAS_LABELS
    assert DIFFERENT_NEXT_TIME == feedback.DIFFERENT_NEXT_TIME


def test_every_level_of_progress_has_its_words():
    for level in agreements.GAS_LEVELS:
        assert gas_words(level) == agreements.GAS_LABELS[level]
        assert gas_level(level) == f"{level:+d} {agreements.GAS_LABELS[level]}"
    assert gas_words(7) == ""
    assert different_next_time() == "What could be different next time?"
