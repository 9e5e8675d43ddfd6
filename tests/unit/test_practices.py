"""Practices between sessions and the client's report back."""

from datetime import datetime

import pytest

from app.errors import BadInput
from app.services.clients import ClientDraft
from app.services.practices import PracticeDraft
from app.services.sessions import SessionDraft
from tests.unit.sentinel_helpers import assert_one_sentence
from tests.unit.service_helpers import WORLDLY, reopened


@pytest.fixture
def client(vault):
    return vault.services.clients.create(ClientDraft("Robin"))


def test_a_practice_round_trips_with_its_report_back(vault, vault_path, client):
    practices = vault.services.practices
    session = vault.services.sessions.create(client.id, SessionDraft(datetime(2026, 2, 1, 9)))
    made = practices.create(client.id, PracticeDraft(
        " Three good things ", instructions=WORLDLY, kind="self-reflection",
        frequency="every evening", session_id=session.id))
    assert (made.title, made.status, made.report_back) == ("Three good things", "active", "")
    reported = practices.report_back(made.id, "Did it 5 of 7 nights 🙂")
    with reopened(vault, vault_path) as again:
        assert again.services.practices.get(made.id) == reported
        assert again.services.practices.get(made.id).instructions == WORLDLY


def test_practices_list_active_first_and_filter_by_status(vault, client):
    practices = vault.services.practices
    done = practices.create(client.id, PracticeDraft("Body scan", kind="mindfulness"))
    paused = practices.create(client.id, PracticeDraft("Name the feeling",
                                                       kind="emotional regulation"))
    active = practices.create(client.id, PracticeDraft("Walk at lunch"))
    practices.set_status(done.id, "done")
    practices.set_status(paused.id, "paused")
    assert [p.id for p in practices.list(client.id)] == [active.id, paused.id, done.id]
    assert [p.id for p in practices.list(client.id, "active")] == [active.id]

    edited = practices.update(active.id, PracticeDraft("Walk at lunch, 10 minutes",
                                                       frequency="weekdays"))
    assert edited.title == "Walk at lunch, 10 minutes" and edited.status == "active"
    practices.delete(done.id)
    assert done.id not in [p.id for p in practices.list(client.id)]


@pytest.mark.parametrize("draft", [PracticeDraft("  "), PracticeDraft("x", kind="homework")])
def test_a_practice_needs_a_title_and_a_known_kind(vault, client, draft):
    with pytest.raises(BadInput) as refused:
        vault.services.practices.create(client.id, draft)
    assert_one_sentence(refused.value.message)
    assert vault.services.practices.list(client.id) == []


def test_an_unknown_status_or_another_clients_session_is_refused(vault, client):
    practices = vault.services.practices
    made = practices.create(client.id, PracticeDraft("Walk"))
    with pytest.raises(BadInput):
        practices.set_status(made.id, "finished")
    other = vault.services.clients.create(ClientDraft("Kim"))
    theirs = vault.services.sessions.create(other.id, SessionDraft(datetime(2026, 1, 5, 9)))
    with pytest.raises(BadInput):
        practices.update(made.id, PracticeDraft("Walk", session_id=theirs.id))
    assert practices.get(made.id) == made
