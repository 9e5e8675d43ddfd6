"""Every handout kind, built by the real handouts service from a vault filled through the
services: each prints its sections and the client's own words (and nothing it should not), is a
valid PDF on embedded fonts whose metadata names no one, grows to more pages for large print or
a long history, and is logged exactly once per print or save."""

from __future__ import annotations

import io
import re
import subprocess
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from uuid import UUID, uuid4

import pypdf
import pytest

from app.errors import BadInput, NotFound
from app.services.agreements import AgreementDraft, GoalDraft, Signatures
from app.services.checklists import ItemDraft
from app.services.clients import ClientDraft
from app.services.exercises import ExerciseDraft
from app.services.feedback import FeedbackDraft
from app.services.handouts import (
    KIND_NAMES,
    Handout,
    HandoutKind,
    HandoutRequest,
    handout_kind,
)
from app.services.measures import DIFFICULTY_OPTIONS, GAD7, PHQ9, RESPONSE_OPTIONS, MeasureDraft
from app.services.profile import ProfileDraft
from app.services.registry import Services
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.unit.sentinel_helpers import assert_one_sentence
from tests.unit.test_handouts_fonts import embedded_fonts, pdftotext

DISPLAY_NAME = "Zoë Okonkwo-Lindqvist"
LEGAL_NAME = "Zoë Adaeze Okonkwo-Lindqvist"
THERAPIST = "Dr Ana Núñez"
CRISIS = "In a crisis, call 116 123, free, day or night."
# What each kind calls itself in the PDF's metadata (the kind of document, never a person).
META_TITLES = {
    HandoutKind.SESSION: "Session summary",
    HandoutKind.AGREEMENT: "Our goal agreement",
    HandoutKind.CHECKLIST: "Boundaries & transparency",
    HandoutKind.PRACTICES: "Practices until next time",
    HandoutKind.RECORD: "Your record",
    HandoutKind.PHQ9_FORM: "PHQ-9 questionnaire",
    HandoutKind.GAD7_FORM: "GAD-7 questionnaire",
}


# -- reading a PDF back ------------------------------------------------------------------------
def flat(value: str) -> str:
    """Whitespace collapsed, so a paragraph wrapped over several lines reads as one."""
    return " ".join(value.split())


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    """pypdf's text of every page, whitespace collapsed (the page footers stay in)."""
    return flat(" ".join(page_texts(pdf)))


def streams(pdf: bytes) -> list[bytes]:
    """Every stream of the file, inflated where it is Flate-compressed (all of reportlab's)."""
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        data = match.group(1)
        try:
            out.append(zlib.decompress(data))
        except zlib.error:
            out.append(data)
    return out


def byte_forms(value: str) -> list[bytes]:
    """How a text can sit in a PDF's bytes: UTF-8 or Latin-1 literal strings, UTF-16 (either
    order) and the hex strings of UTF-16BE that PDF text strings use."""
    utf16 = value.encode("utf-16-be")
    forms = [value.encode("utf-8"), utf16, value.encode("utf-16-le"), utf16.hex().encode(),
             utf16.hex().upper().encode()]
    try:
        forms.append(value.encode("latin-1"))
    except UnicodeEncodeError:
        pass
    return forms


def in_bytes(value: str, pdf: bytes) -> bool:
    """Whether ``value`` occurs in the raw file or in any inflated stream of it."""
    haystacks = [pdf, *streams(pdf)]
    return any(form in hay for form in byte_forms(value) for hay in haystacks)


def font_sizes(pdf: bytes, wanted: str, page: int = 0) -> list[float]:
    """The size each text run holding ``wanted`` is drawn at on ``page``."""
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if wanted in text:
            sizes.append(size * abs(tm[3]) * abs(cm[3]))

    pypdf.PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return sizes


def qpdf_check(pdf: bytes, folder: Path) -> subprocess.CompletedProcess[str]:
    path = folder / f"{uuid4().hex}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)


# -- a practice filled through the services ----------------------------------------------------
@dataclass
class Filled:
    """What `fill` wrote: the ids, and the words a handout should (or must not) print."""

    client_id: UUID
    first_session: UUID
    second_session: UUID
    goals: list[UUID]
    agreed_version: UUID
    draft_version: UUID
    checklist: UUID
    words: dict[str, str] = field(default_factory=dict)
    private: dict[str, str] = field(default_factory=dict)


GOAL_ONE = GoalDraft(
    "Sleep through the night more often", why_it_matters="I can think clearly at work",
    first_steps="No screens after ten", signs_of_progress="Waking up rested three days a week",
    review_date=date(2026, 6, 1),
    levels={2: "Rested every morning", 1: "Rested most mornings", 0: "Rested three mornings",
            -1: "Rested one morning", -2: "Never rested"})
GOAL_TWO = GoalDraft("Call my sister once a week", why_it_matters="We used to be close",
                     levels={0: "A call every Sunday", -2: "No calls at all"})


def fill(services: Services) -> Filled:
    """A client with a bit of everything: preferences; a signed, amended SOAP session and a
    draft one; two goals with their levels and ratings; an agreed agreement and a draft
    revision; the default checklist with statuses and a topic the client raised; feedback, a
    PHQ-9 and a GAD-7; practices active and paused. Private words go where handouts never
    look: the private notes and the feedback reflection."""
    s = services
    s.profile.update(ProfileDraft(therapist_name=THERAPIST, credentials="PhD",
                                  practice_name="Harbour Counselling",
                                  contact="12 Quay Street · ana@example.org",
                                  crisis_resources=CRISIS))
    client = s.clients.create(ClientDraft(
        DISPLAY_NAME, legal_name=LEGAL_NAME, pronouns="she/her", contact="zoe@example.org",
        start_date=date(2025, 11, 3),
        preferences={"pace": "One thing at a time, please", "what_helps": "Walking while we talk"}))
    private = {"first private note": "Privately I wonder about countertransference",
               "second private note": "Privately: supervision question about pacing",
               "therapist reflection": "Reflecting alone: I talked too much today"}
    first = s.sessions.create(client.id, SessionDraft(
        datetime(2026, 1, 12, 10, 0), duration_minutes=50, format="in person",
        fields={"subjective": "Slept badly all week", "objective": "Tired but engaged",
                "assessment": "Worry keeps sleep light", "plan": "Try box breathing nightly"},
        shared_summary="We mapped the week's worries together",
        private_note=private["first private note"]))
    s.sessions.sign(first.id, THERAPIST)
    s.sessions.amend(first.id, "The client phoned to add that the dog is called Biscuit")
    second = s.sessions.create(client.id, SessionDraft(
        datetime(2026, 2, 9, 16, 30), duration_minutes=60, format="online",
        fields={"subjective": "A calmer fortnight"},
        shared_summary="We practised the breathing and planned the call",
        private_note=private["second private note"]))
    one = s.agreements.add_goal(client.id, GOAL_ONE)
    two = s.agreements.add_goal(client.id, GOAL_TWO)
    agreed = s.agreements.start(client.id, AgreementDraft(
        client_commitments="I will try the breathing each night",
        therapist_commitments="I will send the worksheet by Friday"))
    s.agreements.agree(agreed.id, Signatures("Z. Okonkwo-L.", date(2026, 1, 12),
                                             "A. Núñez (typed)", date(2026, 1, 13)))
    draft = s.agreements.revise(agreed.id, "We added a weekly call to the sister")
    s.agreements.rate(one.id, 1, first.id)
    s.agreements.rate(one.id, 2, second.id)
    checklist = s.checklists.start(client.id)
    items = checklist.items
    s.checklists.update_item(items[0].id, ItemDraft(
        items[0].topic, items[0].description, status="agreed",
        note="Texts are fine for changing times", discussed_on=date(2026, 1, 12)))
    s.checklists.update_item(items[1].id, ItemDraft(
        items[1].topic, items[1].description, status="revisit", note="Ask about old notes"))
    s.checklists.update_item(items[2].id, ItemDraft(items[2].topic, items[2].description,
                                                    status="discussed"))
    s.checklists.add_item(checklist.id, ItemDraft(
        "Bringing my dog to sessions", status="discussed", raised_by="client",
        note="Only when the room is free"))
    s.feedback.record(client.id, FeedbackDraft(
        heard=9, mattered=8, fit=7, different_next_time="More time at the end to land",
        therapist_reflection=private["therapist reflection"], session_id=first.id))
    s.measures.record(client.id, MeasureDraft("PHQ-9", (1, 2, 0, 1, 3, 0, 1, 0, 0),
                                              difficulty=1, session_id=first.id))
    s.measures.record(client.id, MeasureDraft("GAD-7", (2, 2, 1, 1, 0, 0, 1),
                                              session_id=second.id))
    s.exercises.create(client.id, ExerciseDraft(
        "Box breathing", instructions="Breathe in for four, hold for four, out for four",
        kind="mindfulness", frequency="every night"))
    walk = s.exercises.create(client.id, ExerciseDraft(
        "Evening walk", instructions="Ten minutes round the block", frequency="most days"))
    s.exercises.report_back(walk.id, "It helped on the Tuesday")
    diary = s.exercises.create(client.id, ExerciseDraft("Worry diary",
                                                        instructions="Note worries at six"))
    s.exercises.set_status(diary.id, "paused")
    return Filled(client.id, first.id, second.id, [one.id, two.id], agreed.id, draft.id,
                  checklist.id, private=private)


@pytest.fixture
def filled(vault: Vault) -> Filled:
    return fill(vault.services)


def build(vault: Vault, kind: HandoutKind, client_id: UUID, *, session_id: UUID | None = None,
          large_print: bool = False) -> Handout:
    return vault.services.handouts.build(HandoutRequest(kind, client_id, session_id,
                                                        large_print))


# What each kind must print for the filled client: headings, then the client's words.
EXPECTED: dict[HandoutKind, list[str]] = {
    HandoutKind.SESSION: [
        "Session summary", f"For {DISPLAY_NAME} · 9 February 2026, 60 minutes, online",
        "What we worked on", "We practised the breathing and planned the call",
        "Until next time", "Box breathing · every night",
        "Breathe in for four, hold for four, out for four", "Evening walk · most days",
        "Your goals and how they are going", "Sleep through the night more often",
        "+2 · Much more than hoped: “Rested every morning” (9 February 2026)",
        "Call my sister once a week", "Not rated yet", "Next session",
        "We will agree on the next date together.", "If you need help before then", CRISIS,
    ],
    HandoutKind.AGREEMENT: [
        "Our goal agreement", f"Between {DISPLAY_NAME} and {THERAPIST} · version 2, a draft of",
        "This is a draft to talk over: nothing is agreed until we have both signed.",
        "What changed in this version", "We added a weekly call to the sister",
        "Your goals", "1. Sleep through the night more often", "Why it matters",
        "I can think clearly at work", "First steps", "No screens after ten",
        "How we will notice progress", "Waking up rested three days a week",
        "We will look at it again on 1 June 2026", "+2 · Much more than hoped",
        "Rested every morning", "-2 · Much less than hoped", "Never rested",
        "2. Call my sister once a week", "A call every Sunday", "What we each commit to",
        f"{DISPLAY_NAME} will", "I will try the breathing each night", f"{THERAPIST} will",
        "I will send the worksheet by Friday", "Signatures",
    ],
    HandoutKind.CHECKLIST: [
        "Boundaries & transparency", f"for {DISPLAY_NAME}", "Topic", "Where we are",
        "Raised by", "What stays between us, and when it can't", "☑ Agreed 12 January 2026",
        "Our note: Texts are fine for changing times", "☐ Come back to this",
        "Our note: Ask about old notes", "☐ Discussed", "☐ Not yet",
        "Bringing my dog to sessions", "Only when the room is free", THERAPIST, "you",
    ],
    HandoutKind.PRACTICES: [
        "Practices until next time", f"For {DISPLAY_NAME} · the week from",
        "Box breathing · every night", "Breathe in for four, hold for four, out for four",
        "Evening walk · most days", "Ten minutes round the block",
        "Tick a day when you did it",
    ],
    HandoutKind.RECORD: [
        "Your record", f"A copy of what this practice keeps about {DISPLAY_NAME}",
        "Your details", "Name", DISPLAY_NAME, "Full name", LEGAL_NAME, "Pronouns", "she/her",
        "Contact", "zoe@example.org", "Started on", "3 November 2025",
        "How you like to work", "Pace", "One thing at a time, please", "What helps",
        "Walking while we talk", "Sessions (2)", "Monday, 12 January 2026 at 10:00",
        "50 minutes, in person", "Shared with you", "We mapped the week's worries together",
        "Subjective", "Slept badly all week", "Objective", "Tired but engaged", "Assessment",
        "Worry keeps sleep light", "Plan", "Try box breathing nightly", "Added on",
        "The client phoned to add that the dog is called Biscuit",
        "Monday, 9 February 2026 at 16:30", "60 minutes, online · not yet signed",
        "We practised the breathing and planned the call", "A calmer fortnight",
        "Goal agreement, version 1", "version 1, agreed on", "Z. Okonkwo-L.",
        "A. Núñez (typed)", "12 January 2026", "13 January 2026",
        "Goal agreement, version 2", "We added a weekly call to the sister",
        "How your goals are going", "Boundaries & transparency: ",
        "Bringing my dog to sessions", "Your feedback on our sessions", "Each out of 10",
        "I felt heard and understood.", "Overall, this session was right for me.",
        "What could be different next time", "More time at the end to land",
        "Questionnaires", "PHQ-9", "1 2 0 1 3 0 1 0 0", "8 of 27", "mild",
        DIFFICULTY_OPTIONS[1], "GAD-7", "2 2 1 1 0 0 1", "7 of 21",
        "Practices between sessions", "Box breathing", "Worry diary", "Status: paused",
        "how it went: It helped on the Tuesday",
        "What has left the practice's records about you", "Nothing before this copy.",
    ],
    HandoutKind.PHQ9_FORM: [PHQ9.title, "Name", DISPLAY_NAME, "Date", PHQ9.stem, *PHQ9.items,
                            *RESPONSE_OPTIONS, PHQ9.difficulty_question, *DIFFICULTY_OPTIONS,
                            "For office coding", PHQ9.source],
    HandoutKind.GAD7_FORM: [GAD7.title, "Name", DISPLAY_NAME, "Date", GAD7.stem, *GAD7.items,
                            *RESPONSE_OPTIONS, GAD7.difficulty_question, *DIFFICULTY_OPTIONS,
                            "For office coding", GAD7.source],
}
# What a kind must leave out although the vault holds it.
ABSENT: dict[HandoutKind, list[str]] = {
    # A session summary is the shared summary only: never the note, nor another session's.
    HandoutKind.SESSION: ["Slept badly all week", "A calmer fortnight", "Biscuit",
                          "We mapped the week's worries together", "Worry diary"],
    HandoutKind.AGREEMENT: ["Z. Okonkwo-L.", "A. Núñez (typed)"],  # a draft is not signed
    HandoutKind.PRACTICES: ["Worry diary"],  # paused
    HandoutKind.RECORD: [],
}
# The first words of each kind's title at the top of page one.
PRINTED_TITLES = {**META_TITLES, HandoutKind.PHQ9_FORM: "Patient Health Questionnaire",
                  HandoutKind.GAD7_FORM: "Generalized Anxiety Disorder"}
HEADINGS: dict[HandoutKind, list[str]] = {
    HandoutKind.SESSION: ["What we worked on", "Until next time", "Next session",
                          "Your goals and how they are going"],
    HandoutKind.AGREEMENT: ["Your goals", "What we each commit to", "Signatures"],
    HandoutKind.CHECKLIST: ["Where we are"],
    HandoutKind.PRACTICES: ["Practices until next time"],
    HandoutKind.RECORD: ["Your details", "Sessions (2)", "Questionnaires",
                         "What has left the practice's records about you"],
    HandoutKind.PHQ9_FORM: [PHQ9.title],
    HandoutKind.GAD7_FORM: ["Generalized Anxiety Disorder 7-item scale"],
}


# -- what each kind prints ---------------------------------------------------------------------
@pytest.mark.parametrize("kind", list(HandoutKind), ids=str)
def test_each_kind_prints_its_sections_and_the_clients_words(vault, filled, kind):
    handout = build(vault, kind, filled.client_id)
    text = all_text(handout.pdf)
    missing = [want for want in EXPECTED[kind] if flat(want) not in text]
    assert not missing, f"{kind} lacks {missing}"
    leaked = [unwanted for unwanted in [*ABSENT.get(kind, []), *filled.private.values()]
              if flat(unwanted) in text]
    assert not leaked, f"{kind} prints {leaked}"
    # poppler reads the same headings from the text layer
    poppler = flat(pdftotext(handout.pdf))
    assert [h for h in HEADINGS[kind] if h not in poppler] == []
    assert handout.pages == len(page_texts(handout.pdf))
    assert f"Page {handout.pages} of {handout.pages}" in text
    assert handout.recipient == DISPLAY_NAME
    assert handout.what.startswith(KIND_NAMES[kind])


def test_a_session_summary_is_of_the_session_asked_for(vault, filled):
    text = all_text(build(vault, HandoutKind.SESSION, filled.client_id,
                          session_id=filled.first_session).pdf)
    assert "We mapped the week's worries together" in text
    assert "12 January 2026, 50 minutes, in person" in text
    assert "We practised the breathing" not in text
    latest = build(vault, HandoutKind.SESSION, filled.client_id)
    assert latest.what == "Session summary of 9 February 2026"
    assert latest.pdf == build(vault, HandoutKind.SESSION, filled.client_id,
                               session_id=filled.second_session).pdf


def test_a_session_summary_names_the_next_session_when_one_is_booked(vault, filled):
    vault.services.sessions.create(filled.client_id, SessionDraft(datetime(2099, 5, 6, 14, 30)))
    text = all_text(build(vault, HandoutKind.SESSION, filled.client_id,
                          session_id=filled.second_session).pdf)
    assert "Next session Wednesday, 6 May 2099 at 14:30" in text
    assert "We will agree on the next date together." not in text


def test_the_latest_session_is_the_latest_that_has_begun_not_one_booked_ahead(vault, filled):
    vault.services.sessions.create(filled.client_id, SessionDraft(datetime(2099, 5, 6, 14, 30)))
    latest = build(vault, HandoutKind.SESSION, filled.client_id)
    assert latest.what == "Session summary of 9 February 2026"
    assert "Next session Wednesday, 6 May 2099 at 14:30" in all_text(latest.pdf)


def test_an_agreed_agreement_prints_the_typed_signatures_once(vault, filled):
    vault.services.agreements.discard_draft(filled.draft_version)
    handout = build(vault, HandoutKind.AGREEMENT, filled.client_id)
    text = all_text(handout.pdf)
    assert handout.what == "Goal agreement, version 1"
    assert "version 1, agreed on" in text
    assert "This is a draft" not in text and "What changed in this version" not in text
    for typed in ("Z. Okonkwo-L.", "A. Núñez (typed)", "12 January 2026", "13 January 2026"):
        assert text.count(typed) == 1, typed
    assert "Call my sister once a week" in text


def test_a_draft_agreement_leaves_the_signature_lines_empty(vault, filled):
    pages = [flat(p) for p in page_texts(build(vault, HandoutKind.AGREEMENT,
                                               filled.client_id).pdf)]
    text = " ".join(pages)
    assert "a draft of" in text and "This is a draft to talk over" in text
    assert "Client Therapist" in text and text.count("Name Name") == 1
    assert "Date Date" in text


# -- the file itself ---------------------------------------------------------------------------
@pytest.mark.parametrize("large_print", [False, True], ids=["normal", "large"])
def test_every_kind_is_a_valid_pdf_on_embedded_fonts(vault, filled, tmp_path, large_print):
    for kind in HandoutKind:
        pdf = build(vault, kind, filled.client_id, large_print=large_print).pdf
        checked = qpdf_check(pdf, tmp_path)
        assert checked.returncode == 0, f"{kind}: {checked.stdout} {checked.stderr}"
        assert "No syntax or stream encoding errors" in checked.stdout
        fonts = embedded_fonts(pdf)
        assert fonts and set(fonts.values()) == {"yes"}, f"{kind}: {fonts}"


def test_the_metadata_names_the_kind_and_no_one(vault, filled):
    for kind in HandoutKind:
        pdf = build(vault, kind, filled.client_id).pdf
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        info = {key: str(value) for key, value in (reader.metadata or {}).items()}
        assert info["/Title"] == META_TITLES[kind]
        assert info["/Author"] == info["/Subject"] == info["/Keywords"] == ""
        assert reader.xmp_metadata is None
        for name in (DISPLAY_NAME, LEGAL_NAME, "Okonkwo", "Lindqvist"):
            assert all(name not in value for value in info.values()), (kind, name)
            # Text is drawn as glyph codes, so no name sits anywhere in the bytes either:
            # not in the metadata, the font resources, or (inflated) any stream.
            assert not in_bytes(name, pdf), (kind, name)
    # The same scan does find text that is stored as text: the metadata title.
    assert in_bytes("Session summary", build(vault, HandoutKind.SESSION, filled.client_id).pdf)


def test_large_print_is_bigger_type_over_more_pages(vault, filled):
    for kind in HandoutKind:
        normal = build(vault, kind, filled.client_id)
        large = build(vault, kind, filled.client_id, large_print=True)
        assert large.pages >= normal.pages, kind
        small_sizes, large_sizes = (font_sizes(h.pdf, PRINTED_TITLES[kind])
                                    for h in (normal, large))
        assert small_sizes and large_sizes, kind
        assert min(large_sizes) >= 1.35 * max(small_sizes), (kind, small_sizes, large_sizes)
        # the body and the footer grow too
        assert min(font_sizes(large.pdf, "Page 1 of")) > max(font_sizes(normal.pdf, "Page 1 of"))
        assert flat(EXPECTED[kind][-1]) in all_text(large.pdf)
    record = build(vault, HandoutKind.RECORD, filled.client_id)
    bigger = build(vault, HandoutKind.RECORD, filled.client_id, large_print=True)
    assert bigger.pages > record.pages


# -- long lists flow over pages ----------------------------------------------------------------
def test_a_forty_item_checklist_runs_over_pages_with_its_header_on_each(vault, filled):
    checklists = vault.services.checklists
    have = len(checklists.get(filled.checklist).items)
    topics = [f"Extra topic {n:02d} of forty" for n in range(have, 40)]
    for n, topic in enumerate(topics):
        checklists.add_item(filled.checklist, ItemDraft(
            topic, description=f"What topic {n} is about", note=f"Our words on topic {n}",
            status="agreed" if n % 2 else "not_yet", raised_by="client" if n % 3 else "therapist"))
    assert len(checklists.get(filled.checklist).items) == 40
    handout = build(vault, HandoutKind.CHECKLIST, filled.client_id)
    assert handout.pages > 1
    pages = [flat(p) for p in page_texts(handout.pdf)]
    text = " ".join(pages)
    missing = [t for t in topics if t not in text]
    missing += [f"Our words on topic {n}" for n in range(len(topics))
                if f"Our words on topic {n}" not in text]
    assert not missing
    assert all("Where we are" in page for page in pages[:-1])  # the header repeats
    assert "Client Therapist" in pages[-1]  # the lines to sign come last


def test_a_ten_goal_agreement_runs_over_pages(vault):
    s = vault.services
    client = s.clients.create(ClientDraft("Ten Goals"))
    titles = [f"Goal number {n} in my own words" for n in range(1, 11)]
    for n, title in enumerate(titles, start=1):
        s.agreements.add_goal(client.id, GoalDraft(
            title, why_it_matters=f"Reason {n} it matters", first_steps=f"First step {n}",
            signs_of_progress=f"Sign {n} of progress",
            levels={level: f"Goal {n} at level {level}" for level in (-2, -1, 0, 1, 2)}))
    s.agreements.start(client.id, AgreementDraft("I will keep at it", "I will check in"))
    handout = build(vault, HandoutKind.AGREEMENT, client.id)
    assert handout.pages > 1
    text = all_text(handout.pdf)
    for n, title in enumerate(titles, start=1):
        assert f"{n}. {title}" in text
        for want in (f"Reason {n} it matters", f"First step {n}", f"Sign {n} of progress",
                     *(f"Goal {n} at level {level}" for level in (-2, -1, 0, 1, 2))):
            assert want in text, want


def test_a_fifty_session_record_runs_over_pages(vault):
    s = vault.services
    client = s.clients.create(ClientDraft("Fifty Sessions"))
    for n in range(50):
        s.sessions.create(client.id, SessionDraft(
            datetime(2024, 1, 1, 9) .replace(day=1 + n % 28, month=1 + n // 28),
            fields={"plan": f"Plan for session {n:02d}"},
            shared_summary=f"Shared words of session {n:02d}"))
    handout = build(vault, HandoutKind.RECORD, client.id)
    assert handout.pages > 5
    text = all_text(handout.pdf)
    assert "Sessions (50)" in text
    for n in range(50):
        assert f"Shared words of session {n:02d}" in text
        assert f"Plan for session {n:02d}" in text
    # oldest first
    assert text.index("Shared words of session 00") < text.index("Shared words of session 49")


def test_client_words_longer_than_a_page_flow_on_in_tables(vault, filled):
    """A topic's note and description, a preference or a word of feedback can be longer than a
    page: its table row runs on over the next page instead of stopping the handout."""
    s = vault.services
    long_words = " ".join(f"word{n:04d}" for n in range(1500))
    client = s.clients.get(filled.client_id)
    s.clients.update(client.id, ClientDraft(
        client.display_name, legal_name=client.legal_name, pronouns=client.pronouns,
        contact=client.contact, start_date=client.start_date,
        preferences={**client.preferences, "what_doesnt": long_words}))
    s.checklists.add_item(filled.checklist, ItemDraft("A very long topic", note=long_words,
                                                      description=long_words))
    s.feedback.record(filled.client_id, FeedbackDraft(heard=3, different_next_time=long_words))
    for kind in (HandoutKind.CHECKLIST, HandoutKind.RECORD):
        handout = build(vault, kind, filled.client_id)
        text = all_text(handout.pdf)
        assert text.count("word0000") == (4 if kind is HandoutKind.RECORD else 2), kind
        assert text.count("word1499") == text.count("word0000"), kind
        assert handout.pages > 4


# -- the disclosure log --------------------------------------------------------------------------
def test_building_is_a_preview_and_each_log_is_one_entry(vault, filled):
    handouts, disclosures = vault.services.handouts, vault.services.disclosures
    for kind in HandoutKind:
        handout = build(vault, kind, filled.client_id)
        before = disclosures.list(filled.client_id)
        build(vault, kind, filled.client_id, large_print=True)
        assert disclosures.list(filled.client_id) == before  # building leaves no trace
        pages = "1 page" if handout.pages == 1 else f"{handout.pages} pages"
        for action in ("print", "handout"):
            entry = handouts.log(handout, action)
            after = disclosures.list(filled.client_id)
            assert len(after) == len(before) + 1
            assert entry in after
            assert entry.action == action and entry.client_id == filled.client_id
            assert entry.what == f"{handout.what} ({pages})"
            assert entry.recipient == DISPLAY_NAME
            before = after
    assert len(disclosures.list(filled.client_id)) == 2 * len(HandoutKind)
    everything = {entry.id for entry in disclosures.list()}
    assert everything == {entry.id for entry in disclosures.list(filled.client_id)}


def test_a_log_is_print_or_handout_only(vault, filled):
    handout = build(vault, HandoutKind.PHQ9_FORM, filled.client_id)
    with pytest.raises(BadInput) as refused:
        vault.services.handouts.log(handout, "email")
    assert_one_sentence(refused.value.message)
    assert vault.services.disclosures.list(filled.client_id) == []


def test_the_record_lists_what_left_before_it(vault, filled):
    handouts = vault.services.handouts
    summary = build(vault, HandoutKind.SESSION, filled.client_id)
    handouts.log(summary, "print")
    text = all_text(build(vault, HandoutKind.RECORD, filled.client_id).pdf)
    assert "Session summary of 9 February 2026 (1 page)" in text
    assert "Nothing before this copy." not in text


def test_saving_writes_the_pdf_privately_and_logs_it(vault, filled, tmp_path):
    handouts = vault.services.handouts
    handout = build(vault, HandoutKind.RECORD, filled.client_id)
    out = tmp_path / "record.pdf"
    out.write_bytes(b"an older file")
    out.chmod(0o644)
    entry = handouts.save(handout, out)
    assert out.read_bytes() == handout.pdf
    assert out.stat().st_mode & 0o777 == 0o600
    assert entry.action == "handout"
    assert vault.services.disclosures.list(filled.client_id) == [entry]
    with pytest.raises(BadInput) as refused:
        handouts.save(handout, tmp_path / "missing" / "record.pdf")
    assert_one_sentence(refused.value.message)
    assert not (tmp_path / "missing").exists()
    assert vault.services.disclosures.list(filled.client_id) == [entry]


# -- what cannot be built ------------------------------------------------------------------------
def test_a_session_of_another_client_is_not_found(vault, filled):
    other = vault.services.clients.create(ClientDraft("Someone Else"))
    theirs = vault.services.sessions.create(other.id, SessionDraft(datetime(2026, 1, 5, 9)))
    with pytest.raises(NotFound) as refused:
        build(vault, HandoutKind.SESSION, filled.client_id, session_id=theirs.id)
    assert_one_sentence(refused.value.message)
    with pytest.raises(NotFound):
        build(vault, HandoutKind.SESSION, other.id, session_id=filled.first_session)
    with pytest.raises(NotFound):
        build(vault, HandoutKind.SESSION, filled.client_id, session_id=uuid4())
    with pytest.raises(NotFound):
        build(vault, HandoutKind.RECORD, uuid4())


@pytest.mark.parametrize("kind", [HandoutKind.SESSION, HandoutKind.AGREEMENT,
                                  HandoutKind.CHECKLIST], ids=str)
def test_nothing_to_print_is_one_sentence(vault, kind):
    client = vault.services.clients.create(ClientDraft("New Client"))
    with pytest.raises(BadInput) as refused:
        build(vault, kind, client.id)
    assert_one_sentence(refused.value.message)
    assert "New Client" not in refused.value.message
    assert vault.services.disclosures.list(client.id) == []


def test_a_new_client_still_gets_practices_forms_and_a_record(vault):
    client = vault.services.clients.create(ClientDraft("New Client"))
    for kind, words in ((HandoutKind.PRACTICES, "No practices are planned at the moment."),
                        (HandoutKind.RECORD, "No sessions yet."),
                        (HandoutKind.PHQ9_FORM, PHQ9.items[-1]),
                        (HandoutKind.GAD7_FORM, GAD7.items[-1])):
        assert words in all_text(build(vault, kind, client.id).pdf), kind


def test_an_unknown_kind_is_refused_naming_the_kinds():
    for value in ("bogus", "Session", "phq9", ""):
        with pytest.raises(BadInput) as refused:
            handout_kind(value)
        assert_one_sentence(refused.value.message)
        for kind in HandoutKind:
            assert kind.value in refused.value.message
    assert [handout_kind(k.value) for k in HandoutKind] == list(HandoutKind)
