"""PHQ-9 and GAD-7: exact wording, scoring, severity bands, recording, and the item 9 flag."""

from datetime import date, datetime

import pytest

from app.errors import BadInput, NotAllowed
from app.services.clients import ClientDraft
from app.services.measures import INSTRUMENTS, MeasureDraft, score
from app.services.sessions import SessionDraft
from tests.unit.sentinel_helpers import assert_one_sentence
from tests.unit.service_helpers import WORLDLY, damage, reopened

OPTIONS = ("Not at all", "Several days", "More than half the days", "Nearly every day")


@pytest.fixture
def client(vault):
    return vault.services.clients.create(ClientDraft("Robin"))


def answers_totalling(code: str, total: int) -> tuple[int, ...]:
    """Answers for `code` adding up to `total`, filled from the first item (item 9 stays 0
    for PHQ-9 totals up to 24)."""
    out = []
    left = total
    for _ in INSTRUMENTS[code].items:
        out.append(min(3, left))
        left -= out[-1]
    assert left == 0
    return tuple(out)


def test_the_phq9_reads_exactly_as_published():
    phq9 = INSTRUMENTS["PHQ-9"]
    assert phq9.stem == ("Over the last 2 weeks, how often have you been bothered by any of the "
                         "following problems?")
    assert len(phq9.items) == 9
    assert phq9.items[0] == "Little interest or pleasure in doing things"
    assert phq9.items[5] == ("Feeling bad about yourself — or that you are a failure or have let "
                             "yourself or your family down")
    assert phq9.items[7] == (
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual")
    assert phq9.items[8] == ("Thoughts that you would be better off dead or of hurting yourself "
                             "in some way")
    assert phq9.difficulty_question.startswith("If you checked off any problems, how difficult")
    assert phq9.max_score == 27


def test_the_gad7_reads_exactly_as_published_without_the_not_at_all_sure_misprint():
    gad7 = INSTRUMENTS["GAD-7"]
    assert gad7.stem == ("Over the last 2 weeks, how often have you been bothered by the "
                         "following problems?")
    assert gad7.items == (
        "Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid, as if something awful might happen",
    )
    assert gad7.max_score == 21
    for instrument in INSTRUMENTS.values():
        assert instrument.options == OPTIONS
        assert instrument.difficulty_options == (
            "Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult")
        everything = " ".join((instrument.stem, *instrument.items, *instrument.options))
        assert "not at all sure" not in everything.lower()


PHQ9_EDGES = [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
              (14, "moderate"), (15, "moderately severe"), (19, "moderately severe"),
              (20, "severe"), (24, "severe")]
GAD7_EDGES = [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
              (14, "moderate"), (15, "severe"), (21, "severe")]


@pytest.mark.parametrize(("code", "total", "band"),
                         [("PHQ-9", t, b) for t, b in PHQ9_EDGES]
                         + [("GAD-7", t, b) for t, b in GAD7_EDGES])
def test_severity_bands_at_their_edges(code, total, band):
    assert score(code, answers_totalling(code, total)) == (total, band)


def test_the_highest_phq9_total_is_severe():
    assert score("PHQ-9", (3,) * 9) == (27, "severe")


@pytest.mark.parametrize(("code", "answers"), [
    ("PHQ-9", (0,) * 8),
    ("PHQ-9", (0,) * 10),
    ("GAD-7", (0, 0, 0, 4, 0, 0, 0)),
    ("GAD-7", (0, 0, 0, -1, 0, 0, 0)),
    ("GAD-7", (0, 0, 0, True, 0, 0, 0)),
    ("BDI-II", (0,) * 21),
])
def test_incomplete_or_impossible_answers_are_refused(vault, client, code, answers):
    with pytest.raises(BadInput) as refused:
        vault.services.measures.record(client.id, MeasureDraft(code, answers))
    assert_one_sentence(refused.value.message)
    assert vault.services.measures.list(client.id) == []


def test_a_bad_difficulty_answer_or_mode_is_refused(vault, client):
    for draft in (MeasureDraft("GAD-7", (0,) * 7, difficulty=4),
                  MeasureDraft("GAD-7", (0,) * 7, mode="by email")):
        with pytest.raises(BadInput):
            vault.services.measures.record(client.id, draft)


def test_measures_round_trip_and_list_oldest_first(vault, vault_path, client):
    measures = vault.services.measures
    session = vault.services.sessions.create(client.id, SessionDraft(datetime(2026, 2, 1, 9)))
    later = measures.record(client.id, MeasureDraft(
        "GAD-7", (1, 2, 3, 0, 1, 2, 3), difficulty=2, mode="on paper", comment=WORLDLY,
        taken_at=datetime(2026, 3, 1, 10)))
    earlier = measures.record(client.id, MeasureDraft("PHQ-9", (1,) * 9,
                                                      session_id=session.id))
    assert earlier.taken_at == datetime(2026, 2, 1, 9)  # dated like its session
    assert (later.total, later.severity, later.difficulty) == (12, "moderate", 2)
    with reopened(vault, vault_path) as again:
        listed = again.services.measures.list(client.id)
        assert listed == [earlier, later]
        assert listed[1].comment == WORLDLY and listed[1].mode == "on paper"
        assert again.services.measures.list(client.id, "GAD-7") == [later]


def test_item_9_above_zero_is_flagged_until_a_followup_is_recorded(vault, vault_path, client):
    measures = vault.services.measures
    calm = measures.record(client.id, MeasureDraft("PHQ-9", (2,) * 8 + (0,)))
    assert not calm.needs_followup and measures.flags(client.id) == []

    worrying = measures.record(client.id, MeasureDraft("PHQ-9", (0,) * 8 + (1,)))
    assert worrying.needs_followup
    with reopened(vault, vault_path) as again:  # the flag is stored, not remembered
        measures = again.services.measures
        flags = measures.flags(client.id)
        assert [(f.measure_id, f.answer, f.answer_label) for f in flags] == [
            (worrying.id, 1, "Several days")]

        with pytest.raises(BadInput):
            measures.record_followup(worrying.id, "   ")
        assert measures.flags(client.id) != []

        done = measures.record_followup(worrying.id, "Safety plan made together " + WORLDLY,
                                        on=date(2026, 3, 2))
        assert not done.needs_followup
        assert done.followup.on == date(2026, 3, 2) and done.followup.note.endswith(WORLDLY)
        assert measures.flags(client.id) == []

        with pytest.raises(NotAllowed) as again_refused:
            measures.record_followup(worrying.id, "twice")
        assert_one_sentence(again_refused.value.message)
        with pytest.raises(NotAllowed):
            measures.record_followup(calm.id, "nothing to follow")


def test_gad7_never_raises_the_item_9_flag(vault, client):
    view = vault.services.measures.record(client.id, MeasureDraft("GAD-7", (3,) * 7))
    assert not view.needs_followup and vault.services.measures.flags(client.id) == []


def test_a_damaged_questionnaire_is_listed_and_flagged_since_it_cannot_be_shown_safe(
        vault, vault_path, client):
    measures = vault.services.measures
    fine = measures.record(client.id, MeasureDraft("GAD-7", (1,) * 7))
    broken = measures.record(client.id, MeasureDraft("PHQ-9", (0,) * 9))
    vault.close()
    damage(vault_path, "measure", "answers", broken.id)
    with reopened(vault, vault_path) as again:
        measures = again.services.measures
        assert [(m.id, m.damaged) for m in measures.list(client.id)] == [
            (fine.id, False), (broken.id, True)]
        assert [(f.measure_id, f.damaged) for f in measures.flags(client.id)] == [
            (broken.id, True)]
        measures.record_followup(broken.id, "Checked the paper form: all answers were 0.")
        assert measures.flags(client.id) == []


def test_the_client_list_marks_a_client_until_item_9_is_followed_up(vault):
    from app.services.clients import ClientDraft
    from app.services.measures import MeasureDraft

    flagged = vault.services.clients.create(ClientDraft("Ana"))
    calm = vault.services.clients.create(ClientDraft("Bea"))
    vault.services.measures.record(calm.id, MeasureDraft("PHQ-9", (1,) * 8 + (0,)))
    made = vault.services.measures.record(flagged.id, MeasureDraft("PHQ-9", (0,) * 8 + (2,)))
    marks = {c.display_name: c.needs_followup for c in vault.services.clients.list()}
    assert marks == {"Ana": True, "Bea": False}
    vault.services.measures.record_followup(made.id, "Talked it through together.")
    assert not any(c.needs_followup for c in vault.services.clients.list())
