"""Goals in the client's words, versioned goal agreements, and goal ratings over time."""

from datetime import date, datetime, timedelta

import pytest

from app.errors import BadInput, NotAllowed
from app.services.agreements import AgreementDraft, GoalDraft, Signatures
from app.services.clients import ClientDraft
from app.services.sessions import SessionDraft
from tests.unit.sentinel_helpers import assert_one_sentence
from tests.unit.service_helpers import WORLDLY, damage, reopened

SIGNED = Signatures("Robin Q.", date(2026, 1, 10), "Dr Sam Lee", date(2026, 1, 10))


@pytest.fixture
def client(vault):
    return vault.services.clients.create(ClientDraft("Robin"))


@pytest.fixture
def goal(vault, client):
    return vault.services.agreements.add_goal(client.id, GoalDraft(
        "Feel calmer on the bus to work", why_it_matters=WORLDLY, first_steps="breathe out long",
        signs_of_progress="I read on the bus", review_date=date(2026, 6, 1),
        levels={-2: "I get off early", 0: "I stay on, tense", 2: "I enjoy the ride"}))


def test_a_goal_keeps_the_clients_words(vault, vault_path, client, goal):
    assert goal.levels == {-2: "I get off early", 0: "I stay on, tense", 2: "I enjoy the ride"}
    with reopened(vault, vault_path) as again:
        stored = again.services.agreements.goal(goal.id)
        assert stored == goal
        assert stored.why_it_matters == WORLDLY and stored.review_date == date(2026, 6, 1)


@pytest.mark.parametrize("draft", [GoalDraft("  "), GoalDraft("ok", levels={3: "too far"})])
def test_a_goal_without_words_or_with_a_level_off_the_scale_is_refused(vault, client, draft):
    with pytest.raises(BadInput) as refused:
        vault.services.agreements.add_goal(client.id, draft)
    assert_one_sentence(refused.value.message)
    assert vault.services.agreements.goals(client.id) == []


def test_goals_are_edited_reordered_and_retired(vault, client, goal):
    agreements = vault.services.agreements
    second = agreements.add_goal(client.id, GoalDraft("Call my sister"))
    third = agreements.add_goal(client.id, GoalDraft("Sleep before midnight"))
    assert [g.id for g in agreements.goals(client.id)] == [goal.id, second.id, third.id]

    agreements.reorder_goals(client.id, [third.id, goal.id])
    assert [g.id for g in agreements.goals(client.id)] == [third.id, goal.id, second.id]

    edited = agreements.edit_goal(second.id, GoalDraft("Call my sister on Sundays"))
    assert edited.title == "Call my sister on Sundays" and edited.position == 2

    agreements.retire_goal(goal.id)
    assert [g.id for g in agreements.goals(client.id)] == [third.id, second.id]
    everything = agreements.goals(client.id, include_retired=True)
    assert [(g.id, g.status) for g in everything] == [
        (third.id, "active"), (goal.id, "retired"), (second.id, "active")]


def test_reordering_refuses_another_clients_goal_or_a_repeat(vault, client, goal):
    other = vault.services.clients.create(ClientDraft("Kim"))
    theirs = vault.services.agreements.add_goal(other.id, GoalDraft("Theirs"))
    for order in ([theirs.id, goal.id], [goal.id, goal.id]):
        with pytest.raises(BadInput):
            vault.services.agreements.reorder_goals(client.id, order)


def test_an_agreement_goes_from_draft_to_agreed_with_both_signatures(vault, vault_path, client,
                                                                      goal):
    agreements = vault.services.agreements
    draft = agreements.start(client.id, AgreementDraft("come on time", "reply within 2 days"))
    assert (draft.version, draft.status, draft.agreed) == (1, "draft", False)
    assert [g.title for g in draft.goals] == [goal.title]

    draft = agreements.save_draft(draft.id, AgreementDraft(WORLDLY, "reply within a day"))
    agreed = agreements.agree(draft.id, SIGNED)
    assert agreed.agreed and agreed.agreed_at is not None
    assert (agreed.client_signature, agreed.client_signed_on) == ("Robin Q.", date(2026, 1, 10))
    assert (agreed.therapist_signature, agreed.therapist_signed_on) == (
        "Dr Sam Lee", date(2026, 1, 10))
    with reopened(vault, vault_path) as again:
        assert again.services.agreements.latest(client.id) == agreed
        assert again.services.agreements.get(agreed.id).client_commitments == WORLDLY


@pytest.mark.parametrize("signed", [
    Signatures("", date(2026, 1, 1), "Dr Lee", date(2026, 1, 1)),
    Signatures("Robin", date(2026, 1, 1), "  ", date(2026, 1, 1)),
    Signatures("Robin", date.today() + timedelta(days=1), "Dr Lee", date.today()),
])
def test_agreeing_needs_both_names_and_no_future_date(vault, client, goal, signed):
    draft = vault.services.agreements.start(client.id, AgreementDraft())
    with pytest.raises(BadInput) as refused:
        vault.services.agreements.agree(draft.id, signed)
    assert_one_sentence(refused.value.message)
    assert vault.services.agreements.get(draft.id).status == "draft"


def test_agreeing_needs_a_goal(vault, client):
    draft = vault.services.agreements.start(client.id, AgreementDraft())
    with pytest.raises(BadInput):
        vault.services.agreements.agree(draft.id, SIGNED)


def test_a_signed_agreement_cannot_be_edited_in_place(vault, client, goal):
    agreements = vault.services.agreements
    agreed = agreements.agree(agreements.start(client.id, AgreementDraft("a", "b")).id, SIGNED)
    for attempt in (lambda: agreements.save_draft(agreed.id, AgreementDraft("changed", "b")),
                    lambda: agreements.agree(agreed.id, SIGNED),
                    lambda: agreements.discard_draft(agreed.id)):
        with pytest.raises(NotAllowed) as refused:
            attempt()
        assert_one_sentence(refused.value.message)
    assert agreements.get(agreed.id) == agreed


def test_revising_makes_a_new_version_and_keeps_every_earlier_one(vault, vault_path, client,
                                                                  goal):
    agreements = vault.services.agreements
    v1 = agreements.agree(agreements.start(client.id, AgreementDraft("a", "b")).id, SIGNED)
    agreements.edit_goal(goal.id, GoalDraft("Enjoy the bus to work"))
    added = agreements.add_goal(client.id, GoalDraft("Swim once a week"))

    v2 = agreements.revise(v1.id, "after three months")
    assert (v2.version, v2.status, v2.revision_note) == (2, "draft", "after three months")
    assert (v2.client_commitments, v2.therapist_commitments) == ("a", "b")
    assert v2.client_signature == "" and v2.client_signed_on is None
    assert [g.title for g in v2.goals] == ["Enjoy the bus to work", "Swim once a week"]
    assert [g.goal_id for g in v2.goals] == [goal.id, added.id]

    with pytest.raises(NotAllowed):
        agreements.revise(v2.id)  # a draft is edited, not revised
    v2 = agreements.agree(v2.id, SIGNED)
    with pytest.raises(NotAllowed):
        agreements.revise(v1.id)  # only the newest version is revised
    with pytest.raises(NotAllowed):
        agreements.start(client.id, AgreementDraft())

    with reopened(vault, vault_path) as again:
        versions = again.services.agreements.versions(client.id)
        assert [v.version for v in versions] == [2, 1]
        assert versions[1] == v1  # the signed first version, unchanged
        assert [g.title for g in versions[1].goals] == ["Feel calmer on the bus to work"]
        assert versions[1].goals[0].levels == goal.levels


def test_a_retired_goal_leaves_new_versions_but_stays_in_old_ones(vault, client, goal):
    agreements = vault.services.agreements
    v1 = agreements.agree(agreements.start(client.id, AgreementDraft()).id, SIGNED)
    agreements.add_goal(client.id, GoalDraft("Another"))
    agreements.retire_goal(goal.id)
    v2 = agreements.revise(v1.id)
    assert [g.title for g in v2.goals] == ["Another"]
    assert [g.goal_id for g in agreements.get(v1.id).goals] == [goal.id]


def test_a_discarded_draft_revision_leaves_the_agreed_version_latest(vault, client, goal):
    agreements = vault.services.agreements
    v1 = agreements.agree(agreements.start(client.id, AgreementDraft()).id, SIGNED)
    agreements.discard_draft(agreements.revise(v1.id).id)
    assert agreements.latest(client.id) == v1


def test_goal_ratings_run_from_minus_two_to_plus_two(vault, goal):
    for bad in (3, -3, True, 1.5, "2"):
        with pytest.raises(BadInput) as refused:
            vault.services.agreements.rate(goal.id, bad)
        assert_one_sentence(refused.value.message)
    assert vault.services.agreements.ratings(goal.client_id) == []


def test_one_rating_per_goal_per_session_dated_like_the_session(vault, client, goal):
    agreements = vault.services.agreements
    sessions = [vault.services.sessions.create(client.id, SessionDraft(datetime(2026, 1, d, 9)))
                for d in (5, 12, 19)]
    agreements.rate(goal.id, -2, sessions[0].id)
    agreements.rate(goal.id, 0, sessions[1].id, comment="stayed on, tense")
    agreements.rate(goal.id, 1, sessions[1].id, comment=WORLDLY)  # corrected, not added
    agreements.rate(goal.id, 2, sessions[2].id)

    ratings = agreements.ratings(client.id)
    assert [(r.rated_at.day, r.score) for r in ratings] == [(5, -2), (12, 1), (19, 2)]
    assert ratings[1].comment == WORLDLY
    assert [r.level_words for r in ratings] == ["I get off early", "", "I enjoy the ride"]

    series = agreements.series(client.id)
    assert [(s.goal_id, s.title) for s in series] == [(goal.id, goal.title)]
    assert [p[1] for p in series[0].points] == [-2, 1, 2]


def test_a_rating_for_another_clients_session_is_refused(vault, goal):
    other = vault.services.clients.create(ClientDraft("Kim"))
    theirs = vault.services.sessions.create(other.id, SessionDraft(datetime(2026, 1, 5, 9)))
    with pytest.raises(BadInput):
        vault.services.agreements.rate(goal.id, 1, theirs.id)


def test_a_damaged_version_is_listed_as_damaged(vault, vault_path, client, goal):
    agreements = vault.services.agreements
    v1 = agreements.agree(agreements.start(client.id, AgreementDraft()).id, SIGNED)
    v2 = agreements.revise(v1.id, "more goals")
    vault.close()
    damage(vault_path, "agreement_version", "goals", v1.id)
    with reopened(vault, vault_path) as again:
        versions = again.services.agreements.versions(client.id)
        assert [(v.id, v.damaged) for v in versions] == [(v2.id, False), (v1.id, True)]
        assert versions[1].status == "agreed" and versions[0].revision_note == "more goals"
