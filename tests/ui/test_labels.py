"""Every value of every fixed list the services declare has its own words on screen."""

from __future__ import annotations

from app.services import (
    agreements,
    checklists,
    clients,
    disclosures,
    exercises,
    journal,
    measures,
    sessions,
)
from app.ui.kit.labels import CHOICES, choice_label

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
}


def test_every_declared_value_has_a_label_that_is_not_the_raw_value():
    for choice, values in DECLARED.items():
        assert set(CHOICES[choice]) == set(values), choice
        for value in values:
            shown = choice_label(choice, value)
            assert shown and shown != value and shown[0].isupper(), (choice, value)


def test_an_unknown_value_is_shown_as_stored():
    assert choice_label("client status", "someday") == "someday"
