"""Session feedback in the client's voice: ratings 0-10, their words, the therapist's reflection."""

from datetime import datetime

import pytest

from app.errors import BadInput
from app.services.clients import ClientDraft
from app.services.feedback import FeedbackDraft
from app.services.sessions import SessionDraft
from tests.unit.sentinel_helpers import assert_one_sentence
from tests.unit.service_helpers import WORLDLY, damage, reopened


@pytest.fixture
def client(vault):
    return vault.services.clients.create(ClientDraft("Robin"))


def test_feedback_round_trips_and_lists_newest_first(vault, vault_path, client):
    log = vault.services.feedback
    session = vault.services.sessions.create(client.id, SessionDraft(datetime(2026, 2, 1, 9)))
    first = log.record(client.id, FeedbackDraft(7, 8, 6, 7, different_next_time=WORLDLY,
                                                session_id=session.id))
    assert first.given_at == datetime(2026, 2, 1, 9)  # dated like its session
    second = log.record(client.id, FeedbackDraft(heard=10, overall=9,
                                                 given_at=datetime(2026, 2, 8, 10)))
    assert (second.mattered, second.fit) == (None, None)  # a rating may be left out
    with reopened(vault, vault_path) as again:
        assert again.services.feedback.list(client.id) == [second, first]
        assert again.services.feedback.latest(client.id) == second
        assert again.services.feedback.get(first.id).different_next_time == WORLDLY


def test_the_therapists_reflection_is_added_later_and_the_date_kept(vault, client):
    log = vault.services.feedback
    given = log.record(client.id, FeedbackDraft(5, 5, 5, 5, given_at=datetime(2026, 1, 3, 9)))
    reflected = log.update(given.id, FeedbackDraft(5, 5, 5, 5, therapist_reflection=WORLDLY))
    assert reflected.therapist_reflection == WORLDLY
    assert reflected.given_at == datetime(2026, 1, 3, 9)
    log.delete(given.id)
    assert log.list(client.id) == [] and log.latest(client.id) is None


@pytest.mark.parametrize("draft", [
    FeedbackDraft(heard=11),
    FeedbackDraft(mattered=-1),
    FeedbackDraft(fit=True),
    FeedbackDraft(overall=7.5),
    FeedbackDraft(),
    FeedbackDraft(different_next_time="   "),
])
def test_ratings_outside_0_to_10_or_empty_feedback_are_refused(vault, client, draft):
    with pytest.raises(BadInput) as refused:
        vault.services.feedback.record(client.id, draft)
    assert_one_sentence(refused.value.message)
    assert vault.services.feedback.list(client.id) == []


def test_words_alone_are_enough(vault, client):
    only_words = vault.services.feedback.record(
        client.id, FeedbackDraft(different_next_time="more silence, please"))
    assert only_words.overall is None


def test_feedback_for_another_clients_session_is_refused(vault, client):
    other = vault.services.clients.create(ClientDraft("Kim"))
    theirs = vault.services.sessions.create(other.id, SessionDraft(datetime(2026, 1, 5, 9)))
    with pytest.raises(BadInput):
        vault.services.feedback.record(client.id, FeedbackDraft(overall=5, session_id=theirs.id))


def test_damaged_feedback_is_listed_as_damaged(vault, vault_path, client):
    log = vault.services.feedback
    old = log.record(client.id, FeedbackDraft(overall=3, given_at=datetime(2026, 1, 1, 9)))
    new = log.record(client.id, FeedbackDraft(overall=9, given_at=datetime(2026, 1, 8, 9)))
    vault.close()
    damage(vault_path, "feedback", "overall", new.id)
    with reopened(vault, vault_path) as again:
        listed = again.services.feedback.list(client.id)
        assert [(f.id, f.damaged, f.overall) for f in listed] == [
            (new.id, True, None), (old.id, False, 3)]
