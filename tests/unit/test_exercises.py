"""Exercises between sessions and the client's report back."""

from datetime import datetime

import pytest

from app.errors import BadInput
from app.services.clients import ClientDraft
from app.services.exercises import ExerciseDraft
from app.services.sessions import SessionDraft
from tests.unit.sentinel_helpers import assert_one_sentence
from tests.unit.service_helpers import WORLDLY, reopened


@pytest.fixture
def client(vault):
    return vault.services.clients.create(ClientDraft("Robin"))


def test_a_exercise_round_trips_with_its_report_back(vault, vault_path, client):
    exercises = vault.services.exercises
    session = vault.services.sessions.create(client.id, SessionDraft(datetime(2026, 2, 1, 9)))
    made = exercises.create(client.id, ExerciseDraft(
        " Three good things ", instructions=WORLDLY, kind="self-reflection",
        frequency="every evening", session_id=session.id))
    assert (made.title, made.status, made.report_back) == ("Three good things", "active", "")
    reported = exercises.report_back(made.id, "Did it 5 of 7 nights 🙂")
    with reopened(vault, vault_path) as again:
        assert again.services.exercises.get(made.id) == reported
        assert again.services.exercises.get(made.id).instructions == WORLDLY


def test_exercises_list_active_first_and_filter_by_status(vault, client):
    exercises = vault.services.exercises
    done = exercises.create(client.id, ExerciseDraft("Body scan", kind="mindfulness"))
    paused = exercises.create(client.id, ExerciseDraft("Name the feeling",
                                                       kind="emotional regulation"))
    active = exercises.create(client.id, ExerciseDraft("Walk at lunch"))
    exercises.set_status(done.id, "done")
    exercises.set_status(paused.id, "paused")
    assert [p.id for p in exercises.list(client.id)] == [active.id, paused.id, done.id]
    assert [p.id for p in exercises.list(client.id, "active")] == [active.id]

    edited = exercises.update(active.id, ExerciseDraft("Walk at lunch, 10 minutes",
                                                       frequency="weekdays"))
    assert edited.title == "Walk at lunch, 10 minutes" and edited.status == "active"
    exercises.delete(done.id)
    assert done.id not in [p.id for p in exercises.list(client.id)]


@pytest.mark.parametrize("draft", [ExerciseDraft("  "), ExerciseDraft("x", kind="homework")])
def test_a_exercise_needs_a_title_and_a_known_kind(vault, client, draft):
    with pytest.raises(BadInput) as refused:
        vault.services.exercises.create(client.id, draft)
    assert_one_sentence(refused.value.message)
    assert vault.services.exercises.list(client.id) == []


def test_an_unknown_status_or_another_clients_session_is_refused(vault, client):
    exercises = vault.services.exercises
    made = exercises.create(client.id, ExerciseDraft("Walk"))
    with pytest.raises(BadInput):
        exercises.set_status(made.id, "finished")
    other = vault.services.clients.create(ClientDraft("Kim"))
    theirs = vault.services.sessions.create(other.id, SessionDraft(datetime(2026, 1, 5, 9)))
    with pytest.raises(BadInput):
        exercises.update(made.id, ExerciseDraft("Walk", session_id=theirs.id))
    assert exercises.get(made.id) == made
