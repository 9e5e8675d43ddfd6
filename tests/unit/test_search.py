"""Search across the practice: what it finds, its snippets, matching rules, and an index that
follows every change and is gone once the vault locks."""

import heapq
import re
import sys
import threading
import unicodedata
from datetime import date, datetime
from uuid import uuid4

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import VaultLocked
from app.services.agreements import GoalDraft
from app.services.checklists import ItemDraft
from app.services.clients import ClientDraft
from app.services.exercises import ExerciseDraft
from app.services.feedback import FeedbackDraft
from app.services.journal import JournalDraft
from app.services.search import (
    BATCH_CLIENTS,
    FIRST_BATCH_CLIENTS,
    WHITESPACE,
    _best,
    _count,
    _folded_to_match,
    _newest_first,
    _Part,
    _Record,
    fold,
    fold_with_origins,
    parse_query,
)
from app.services.sessions import SessionDraft
from tests.conftest import PASSPHRASE
from tests.unit.service_helpers import WORLDLY, damage, reopened


@pytest.fixture
def robin(vault):
    return vault.services.clients.create(ClientDraft("Robin"))


def note(day: int, summary: str = "", private: str = "", **fields: str) -> SessionDraft:
    return SessionDraft(datetime(2026, 3, day, 10), fields=fields, shared_summary=summary,
                        private_note=private)


def highlighted(result) -> str:
    start, end = result.highlight
    return result.snippet[start:end]


def test_finds_a_word_in_a_private_note_a_shared_summary_and_the_journal(vault, robin):
    s = vault.services
    session = s.sessions.create(robin.id, note(
        4, summary="We practised the breathing exercise together.",
        private="I noticed my own impatience when she spoke of her father."))
    entry = s.journal.save(JournalDraft("supervision", "Ask about impatience",
                                        "Where does my impatience with silence come from?"))

    private = s.search.search("father")
    assert [(r.kind, r.record_id, r.client_id, r.field) for r in private] == [
        ("session", session.id, robin.id, "private_note")]
    assert private[0].title == ""  # a session has no words of its own: named by kind and date
    assert private[0].date.date() == date(2026, 3, 4)
    assert highlighted(private[0]) == "father"
    assert private[0].snippet.endswith("her father.")

    summary = s.search.search("breathing")
    assert [(r.record_id, r.field) for r in summary] == [(session.id, "shared_summary")]
    assert highlighted(summary[0]) == "breathing"

    both = s.search.search("impatience")
    assert {(r.kind, r.record_id, r.client_id) for r in both} == {
        ("session", session.id, robin.id), ("journal", entry.id, None)}
    assert both[0].kind == "journal"  # three matches, one of them in its title, beat one
    assert all(highlighted(r).lower() == "impatience" for r in both)


def test_searches_goals_checklists_exercises_feedback_and_clients(vault, robin):
    s = vault.services
    goal = s.agreements.add_goal(robin.id, GoalDraft("Swim in the lake", first_steps="kelp"))
    item = s.checklists.start(robin.id).items[0]
    s.checklists.update_item(item.id, ItemDraft(item.topic, note="asked about kelp", status="agreed"))
    exercise = s.exercises.create(robin.id, ExerciseDraft("Walk", instructions="kelp forest"))
    feedback = s.feedback.record(robin.id, FeedbackDraft(different_next_time="less kelp"))
    client = s.clients.update(robin.id, ClientDraft("Robin", preferences={"what_helps": "kelp"}))

    found = {(r.kind, r.record_id, r.field) for r in s.search.search("kelp")}
    assert found == {("goal", goal.id, "first_steps"), ("checklist item", item.id, "note"),
                     ("exercise", exercise.id, "instructions"),
                     ("feedback", feedback.id, "different_next_time"),
                     ("client", client.id, "preferences.what_helps")}


def test_matching_ignores_case_and_accents_both_ways(vault, robin):
    s = vault.services
    composed = s.sessions.create(robin.id, note(1, summary="Zoë went to the Café Ångström"))
    decomposed = s.sessions.create(
        robin.id, note(2, summary=unicodedata.normalize("NFD", "Chloë drank café au lait")))
    plain = s.sessions.create(robin.id, note(3, summary="ZOE and CAFE, shouted"))
    assert {r.record_id for r in s.search.search("zoe")} == {composed.id, plain.id}
    assert {r.record_id for r in s.search.search("CAFÉ")} == {composed.id, decomposed.id,
                                                                plain.id}
    assert {r.record_id for r in s.search.search("angstrom")} == {composed.id}
    [result] = s.search.search("chloe")
    assert unicodedata.normalize("NFC", highlighted(result)) == "Chloë"


def test_a_highlight_points_at_the_original_text_when_folding_changes_its_length(vault, robin):
    s = vault.services
    s.sessions.create(robin.id, note(1, summary="ﬁrst we walked down the Straße together"))
    [street] = s.search.search("strasse")
    assert highlighted(street) == "Straße"
    [ligature] = s.search.search("first")
    assert highlighted(ligature) == "ﬁrst"


def test_right_to_left_text_and_emoji_are_found(vault, robin):
    s = vault.services
    session = s.sessions.create(robin.id, note(1, summary=WORLDLY))
    assert [r.record_id for r in s.search.search("بالعالم")] == [session.id]
    assert [r.record_id for r in s.search.search("שלום")] == [session.id]
    assert [r.record_id for r in s.search.search("🌱")] == [session.id]


def test_every_word_must_appear_and_a_quoted_phrase_as_written(vault, robin):
    s = vault.services
    one = s.sessions.create(robin.id, note(1, summary="She slept better this week.",
                                           private="Mother visited."))
    two = s.sessions.create(robin.id, note(2, summary="Better days; she slept\nlonger."))
    assert {r.record_id for r in s.search.search("slept better")} == {one.id, two.id}
    assert {r.record_id for r in s.search.search('"slept better"')} == {one.id}
    assert {r.record_id for r in s.search.search('"slept longer"')} == {two.id}
    # words may be in different fields of one record
    assert {r.record_id for r in s.search.search("mother better")} == {one.id}
    assert s.search.search("mother longer") == []
    assert s.search.search('  "" ') == []


def test_results_are_ordered_by_relevance_then_newest_and_capped(vault, robin):
    s = vault.services
    once_old = s.sessions.create(robin.id, note(1, summary="tea"))
    once_new = s.sessions.create(robin.id, note(9, summary="tea"))
    thrice = s.sessions.create(robin.id, note(5, summary="tea, tea and more tea"))
    results = s.search.search("tea")
    assert [r.record_id for r in results] == [thrice.id, once_new.id, once_old.id]
    assert [r.record_id for r in s.search.search("tea", limit=2)] == [thrice.id, once_new.id]


def test_search_within_one_client(vault, robin):
    s = vault.services
    kim = s.clients.create(ClientDraft("Kim"))
    mine = s.sessions.create(robin.id, note(1, summary="garden"))
    s.sessions.create(kim.id, note(1, summary="garden"))
    assert [r.record_id for r in s.search.search("garden", client_id=robin.id)] == [mine.id]
    assert len(s.search.search("garden")) == 2


def test_a_long_note_gives_a_short_snippet_with_ellipses(vault, robin):
    s = vault.services
    long_text = "word " * 200 + "needle in the haystack " + "word " * 200
    s.sessions.create(robin.id, note(1, private=long_text))
    [result] = s.search.search("needle")
    assert result.snippet.startswith("…") and result.snippet.endswith("…")
    assert len(result.snippet) < 160
    assert highlighted(result) == "needle"


def test_the_index_follows_every_change(vault, robin):
    s = vault.services
    session = s.sessions.create(robin.id, note(1, summary="first draft"))
    assert s.search.search("revised") == []
    assert s.search.is_built

    s.sessions.save(session.id, note(1, summary="revised summary", private="quiet hope"))
    assert [r.record_id for r in s.search.search("revised")] == [session.id]
    assert s.search.search("draft") == []
    assert [r.field for r in s.search.search("hope")] == ["private_note"]

    s.sessions.sign(session.id, "Dr Lee")
    s.sessions.amend(session.id, "Added later: the cat")
    assert [r.field for r in s.search.search("cat")] == ["amendment"]

    entry = s.journal.save(JournalDraft("reflection", "", "a quiet hope of my own"))
    assert {r.kind for r in s.search.search("hope")} == {"session", "journal"}
    s.journal.delete(entry.id)
    assert {r.kind for r in s.search.search("hope")} == {"session"}

    s.clients.erase(robin.id, before_retention_ends=True)
    assert s.search.search("hope") == [] and s.search.search("robin") == []


def test_a_damaged_record_is_left_out_and_the_rest_is_found(vault, vault_path, robin):
    s = vault.services
    broken = s.sessions.create(robin.id, note(1, summary="river one"))
    fine = s.sessions.create(robin.id, note(2, summary="river two"))
    vault.close()
    damage(vault_path, "therapy_session", "shared_summary", broken.id)
    with reopened(vault, vault_path) as again:
        assert [r.record_id for r in again.services.search.search("river")] == [fine.id]


def test_locking_clears_the_index_and_unlocking_builds_a_new_one(vault, robin):
    vault.services.sessions.create(robin.id, note(1, private="lighthouse"))
    search = vault.services.search
    assert len(search.search("lighthouse")) == 1 and search.is_built

    vault.lock()
    assert not search.is_built
    with pytest.raises(VaultLocked):
        search.search("lighthouse")

    vault.unlock(PASSPHRASE)
    assert vault.services.search is not search
    assert len(vault.services.search.search("lighthouse")) == 1


def test_queries_fold_and_ignore_punctuation_at_word_edges():
    assert fold("ÉCOLE Straße") == "ecole strasse"
    assert [t.probe for t in parse_query('Zoë, "Slept  Better" (café)')] == [
        "zoe", "better", "cafe"]
    assert [t.probe for t in parse_query('"unclosed phrase')] == ["unclosed"]
    assert [t.probe for t in parse_query("tea tea TEA")] == ["tea"]


@given(st.text())
def test_folding_character_by_character_equals_folding_the_whole_text(text):
    """What lets a match in folded text be traced back to the original for its snippet."""
    folded, origins = fold_with_origins(text)
    assert folded == fold(text)
    assert len(origins) == len(folded)
    assert list(origins) == sorted(origins) and all(0 <= i < len(text) for i in origins)


def test_a_practice_larger_than_one_batch_is_found_whole_and_by_client(vault):
    s = vault.services
    clients = [s.clients.create(ClientDraft(f"Client {n}")) for n in range(BATCH_CLIENTS + 3)]
    sessions = {c.id: s.sessions.create(c.id, note(2, summary="an orchard of plums")).id
                for c in clients}
    assert {r.record_id for r in s.search.search("plums")} == set(sessions.values())
    last = clients[-1].id
    assert [r.record_id for r in s.search.search("plums", client_id=last)] == [sessions[last]]


def test_a_search_during_the_background_build_finds_part_then_all(vault):
    s = vault.services
    for n in range(2 * BATCH_CLIENTS + 1):
        client = s.clients.create(ClientDraft(f"Client {n}"))
        s.sessions.create(client.id, note(3, summary="moss on the stones"))
    everything = {r.record_id for r in s.search.search("moss")}
    s.search.invalidate()
    builder = threading.Thread(target=s.search.prepare)
    builder.start()
    while True:  # whatever is found meanwhile is a part of the whole answer
        found = {r.record_id for r in s.search.search("moss")}
        assert found <= everything
        if s.search.is_built:
            break
    builder.join()
    assert {r.record_id for r in s.search.search("moss")} == everything


def test_a_change_during_the_background_build_is_found(vault, robin):
    s = vault.services
    session = s.sessions.create(robin.id, note(1, summary="before"))
    s.search.invalidate()
    builder = threading.Thread(target=s.search.prepare)
    builder.start()
    s.sessions.save(session.id, note(1, summary="after the storm"))
    builder.join()
    assert [r.record_id for r in s.search.search("storm")] == [session.id]
    assert s.search.search("before") == []


def test_a_result_is_read_back_for_its_snippet_and_left_out_if_damaged_since(vault, vault_path,
                                                                              robin):
    s = vault.services
    broken = s.sessions.create(robin.id, note(1, summary="heron one"))
    fine = s.sessions.create(robin.id, note(2, summary="heron two"))
    assert len(s.search.search("heron")) == 2  # indexed while both were sound
    damage(vault_path, "therapy_session", "shared_summary", broken.id)
    [result] = s.search.search("heron")
    assert (result.record_id, result.snippet) == (fine.id, "heron two")


def test_a_build_a_batch_at_a_time_reads_the_clients_seen_last_first(vault):
    """The app's build after unlock: one batch per call, the first small and of the clients
    whose sessions are latest; a search meanwhile answers from what was read, without reading
    the rest itself; the answer from every part once the last batch is read."""
    s = vault.services
    everyone = FIRST_BATCH_CLIENTS + BATCH_CLIENTS + 2
    sessions = []  # oldest first
    for day in range(1, everyone + 1):
        client = s.clients.create(ClientDraft(f"Client {day}"))
        sessions.append(s.sessions.create(client.id, note(day, summary="moss on the stones")).id)
    s.clients.create(ClientDraft("No sessions yet"))
    s.search.invalidate()
    parts = everyone + 2  # the journal, every client
    assert s.search.prepare_some() == (FIRST_BATCH_CLIENTS, parts)
    latest = set(sessions[-(FIRST_BATCH_CLIENTS - 1):])  # the journal is read first
    assert {r.record_id for r in s.search.search("moss")} == latest
    assert not s.search.is_built
    assert s.search.prepare_some() == (FIRST_BATCH_CLIENTS + BATCH_CLIENTS, parts)
    assert s.search.prepare_some() == (parts, parts)
    assert s.search.is_built
    assert {r.record_id for r in s.search.search("moss")} == set(sessions)


# -- the index's compact parts: the same counts as the folded text of each record would give ---
def _part(*texts: str, titles: tuple[str, ...] = ()) -> _Part:
    """A part of one record per text (and a title field on the first `len(titles)`)."""
    records = []
    for n, text in enumerate(texts):
        record = _Record("session", uuid4(), None, "", datetime(2026, 1, 1, n % 24))
        if n < len(titles):
            record.fields.append(("title", titles[n], 3))
        record.fields.append(("note", text, 1))
        records.append(record)
    return _Part.of(None, records)


def _counts(part: _Part, term) -> dict[int, int]:
    return {i: score for score, hit, i in part.hits(term) if hit is part}


@given(st.lists(st.tuples(st.integers(1, 4), st.integers(0, 3)), max_size=40),
       st.integers(-1, 45))
def test_the_best_hits_are_the_largest_by_score_then_newest_then_id(scored, limit):
    """`_best` skips the hits scoring below the limit-th best score: the same hits, in the same
    order, as ranking all of them."""
    part = _part(*("text" for _ in scored))
    hits = [(score, part, i) for i, (score, _) in enumerate(scored)]
    part.dates[:] = [datetime(2026, 1, 1, hour) for _, hour in scored]  # ties on date too
    assert _best(hits, limit) == heapq.nlargest(limit, hits, key=_newest_first)


def test_the_whitespace_between_phrase_words_is_what_a_str_pattern_calls_whitespace():
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert "".join(c for c in everything if c.isspace()) == WHITESPACE
    assert "".join(re.findall(r"\s", everything)) == WHITESPACE


def test_a_phrase_running_from_one_record_into_the_next_is_no_match():
    part = _part("we walked through ", "the night was long", "through the night again")
    [phrase] = parse_query('"through the night"')
    assert _counts(part, phrase) == {2: 1}
    assert [part.count(phrase, i) for i in range(3)] == [0, 0, 1]


def test_a_match_in_a_title_counts_three_times():
    part = _part("river river", "a river", titles=("River walk",))
    [word] = parse_query("river")
    assert _counts(part, word) == {0: 2 + 3, 1: 1}


_WORDS = st.sampled_from(["a", "tea", "Zoë", "zoe", "ÉCOLE", "straße", "ss", "😀", "ﬁ", "’",
                          "שלום", "x\x00y", "\u0301", "the", "night"])
_SPACES_OF_TEXT = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u2028", "\u3000", "\x1c",
                                   "", "-", "\x85"])


@given(st.lists(st.tuples(_WORDS, _SPACES_OF_TEXT), max_size=12), _WORDS)
def test_a_snippet_folds_its_text_up_to_the_same_first_match_as_folding_all_of_it(pieces, word):
    text = "".join(w + s for w, s in pieces)
    for term in parse_query(word):
        folded, origins = _folded_to_match(text, term)
        whole, whole_origins = fold_with_origins(text)
        assert whole.startswith(folded) and list(origins) == list(whole_origins[:len(folded)])
        assert folded.find(term.probe) == whole.find(term.probe)


@given(st.lists(st.lists(st.tuples(_WORDS, _SPACES_OF_TEXT), max_size=12), min_size=1,
                max_size=6),
       st.lists(_WORDS, min_size=1, max_size=3), st.booleans())
def test_a_part_counts_every_term_as_the_folded_text_of_each_record_would(records, words,
                                                                           quoted):
    texts = ["".join(w + s for w, s in record) or "-" for record in records]
    part = _part(*texts)
    query = " ".join(words)
    for term in parse_query(f'"{query}"' if quoted else query):
        expected = {i: n for i in range(len(texts))
                    if (n := _count(term, part.folded(i)))}
        assert part.folded(0) == fold(texts[0].replace("\x00", " "))
        assert _counts(part, term) == expected
        assert [part.count(term, i) for i in range(len(texts))] == [
            expected.get(i, 0) for i in range(len(texts))]
