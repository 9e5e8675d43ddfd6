"""The history of a goal agreement: what changed between two versions, goal by goal and word
by word."""

from __future__ import annotations

from datetime import date

from app.services.agreement_history import ADDED, KEPT, REMOVED, Words, compare, word_changes
from app.services.agreements import AgreementDraft, GoalDraft, Signatures
from app.services.clients import ClientDraft


def test_word_changes_show_what_went_and_what_came():
    assert word_changes("sleep through the night", "sleep through most nights") == (
        Words(KEPT, "sleep through"), Words(REMOVED, "the night"),
        Words(ADDED, "most nights"))
    assert word_changes("", "new words") == (Words(ADDED, "new words"),)


def test_two_versions_compared_goal_by_goal(vault):
    services = vault.services
    client = services.clients.create(ClientDraft("Ana"))
    sleep = services.agreements.add_goal(client.id, GoalDraft(
        "Sleep through the night", levels={2: "every night"}))
    walks = services.agreements.add_goal(client.id, GoalDraft("Walk weekly"))
    first = services.agreements.start(client.id, AgreementDraft("keep a sleep log", ""))
    signed = Signatures("Ana", date.today(), "Dr. Lee", date.today())
    first = services.agreements.agree(first.id, signed)
    draft = services.agreements.revise(first.id)
    services.agreements.edit_goal(sleep.id, GoalDraft(
        "Sleep through most nights", levels={2: "every night", 1: "most nights"}))
    services.agreements.retire_goal(walks.id)
    services.agreements.add_goal(client.id, GoalDraft("Call my sister"))
    second = services.agreements.save_draft(draft.id, AgreementDraft(
        "keep a sleep log and note dreams", "send the log template"))
    changes = compare(first, second)
    by_title = {g.title: g for g in changes.goals}
    assert by_title["Call my sister"].how == ADDED
    assert by_title["Walk weekly"].how == REMOVED
    reworded = by_title["Sleep through most nights"]
    assert reworded.how == KEPT
    parts = {p.part: p.words for p in reworded.parts}
    assert parts["title"] == (Words(KEPT, "Sleep through"), Words(REMOVED, "the night"),
                              Words(ADDED, "most nights"))
    assert parts["level +1"] == (Words(ADDED, "most nights"),)
    assert "level +2" not in parts  # unchanged
    commitments = {p.part: p.words for p in changes.commitments}
    assert commitments["client_commitments"][-1] == Words(ADDED, "and note dreams")
    assert compare(second, second).unchanged


def test_a_long_unusual_commitment_is_kept_exactly_and_compared_in_words(vault):
    services = vault.services
    client = services.clients.create(ClientDraft("Ana"))
    services.agreements.add_goal(client.id, GoalDraft("שינה טובה יותר 🌙"))
    long_words = ("Ich schlafe besser 🙂 لكي أنام " * 400)[:10_000]
    first = services.agreements.start(client.id, AgreementDraft(long_words, "— ✓"))
    assert services.agreements.get(first.id).client_commitments == long_words
    agreed = services.agreements.agree(first.id, Signatures("Zoë", date.today(), "Dr. Lee",
                                                           date.today()))
    second = services.agreements.save_draft(services.agreements.revise(agreed.id).id,
                                            AgreementDraft(long_words + " 🙏", "— ✓"))
    [change] = compare(agreed, second).commitments
    assert change.part == "client_commitments" and change.words[-1] == Words(ADDED, "🙏")
