"""The privacy property of handouts: what the therapist keeps for themselves — private process
notes, the reflection on a client's feedback, the journal — never reaches a handout, in its text
layer nor anywhere in its bytes (inflated streams included), for any kind, any client, normal or
large print. Neither does another client's record.

The base is a small demo practice (its own private notes, reflections and journal are needles
too) plus unique sentinels written through the services; positive controls make sure the same
scan does find words that are meant to be printed."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.demo import build_demo
from app.services.feedback import FeedbackDraft
from app.services.handouts import HandoutKind, HandoutRequest
from app.services.journal import KINDS as JOURNAL_KINDS
from app.services.journal import JournalDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.test_handouts_fonts import pdftotext
from tests.unit.test_handouts_kinds import all_text, flat, in_bytes

DEMO_CLIENTS, DEMO_SESSIONS = 3, 4
BUILDABLE = list(HandoutKind)
SENTINEL_PREFIX = "SNTL"  # the demo gives every client each kind of record


@dataclass
class Planted:
    """Sentinels by where they were hidden, and per client the words meant to be printed."""

    hidden: dict[str, str] = field(default_factory=dict)  # sentinel -> where it was put
    shown: dict[UUID, list[str]] = field(default_factory=dict)  # client -> its printed words
    sessions: dict[UUID, list[UUID]] = field(default_factory=dict)


def sentinel() -> str:
    """A word that occurs nowhere else, by chance or by design."""
    return f"{SENTINEL_PREFIX}{secrets.token_hex(6)}"


def plant(vault: Vault) -> Planted:
    """For every client: a signed session with a private note and an amendment, a draft with a
    private note, feedback with a reflection; and journal entries, sentinels in title and body."""
    s = vault.services
    planted = Planted()
    start = datetime.now().replace(microsecond=0) - timedelta(days=400)
    for n, client in enumerate(s.clients.list()):
        shown = planted.shown.setdefault(client.id, [])

        def hide(where: str, n: int = n) -> str:
            token = sentinel()
            planted.hidden[token] = f"{where} of client {n}"
            return token

        summary, amendment, words = (f"SHOWN{secrets.token_hex(6)}" for _ in range(3))
        shown += [summary, amendment, words]
        signed = s.sessions.create(client.id, SessionDraft(
            start + timedelta(days=n), fields={"plan": "Keep going"},
            shared_summary=f"What we did: {summary}",
            private_note=f"{hide('private note')} about the signed session"))
        s.sessions.sign(signed.id, "Dr Demo")
        s.sessions.amend(signed.id, f"Added: {amendment}")
        draft = s.sessions.create(client.id, SessionDraft(
            start + timedelta(days=n, hours=3), shared_summary="A draft, shared part",
            private_note=f"Privately\n{hide('private note')}\n<b>not markup</b> & more"))
        s.feedback.record(client.id, FeedbackDraft(
            heard=7, different_next_time=f"Slower, {words}", session_id=signed.id,
            therapist_reflection=f"{hide('therapist reflection')}: I rushed"))
        planted.sessions[client.id] = [listed.id for listed in s.sessions.list(client.id)]
        assert {signed.id, draft.id} <= set(planted.sessions[client.id])
    for kind in JOURNAL_KINDS:
        title, body = sentinel(), sentinel()
        planted.hidden[title] = f"journal title ({kind})"
        planted.hidden[body] = f"journal body ({kind})"
        s.journal.save(JournalDraft(kind=kind, title=f"On {title}",
                                    body=f"Thinking about it.\n{body} and more"))
    return planted


def demo_private_words(vault: Vault) -> dict[str, str]:
    """The demo's own private notes, feedback reflections and journal entries, by where."""
    s = vault.services
    found: dict[str, str] = {}
    for client in s.clients.list():
        for summary in s.sessions.list(client.id):
            note = s.sessions.private_note(summary.id)
            if note.strip():
                found[note] = f"a demo private note of {client.id}"
        for entry in s.feedback.list(client.id):
            if entry.therapist_reflection.strip():
                found[entry.therapist_reflection] = f"a demo reflection of {client.id}"
    for entry in s.journal.list():
        found[entry.body] = "a demo journal body"
        found[entry.title] = "a demo journal title"
    return {words: where for words, where in found.items() if len(words.strip()) >= 25}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sentinel-demo")
    with pytest.MonkeyPatch.context() as patch:  # never this computer's own settings folder
        patch.setenv("RECIPROCAL_HOME", str(folder / "home"))
        path = folder / "demo.vault"
        build_demo(path, PASSPHRASE, clients=DEMO_CLIENTS, sessions=DEMO_SESSIONS,
                   kdf_params=CHEAP_KDF)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Vault]:
    """An unlocked copy of the small demo practice, for this test alone."""
    path = tmp_path / "demo.vault"
    path.write_bytes(demo_file.read_bytes())
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
        yield vault


def leaks(pdf: bytes, needles: dict[str, str], *, poppler: bool = True) -> list[str]:
    """Where each needle found in the PDF's text layer (pypdf and, if asked, poppler) was put;
    and, if any sentinel at all sits in its bytes or inflated streams, that too."""
    texts = [all_text(pdf)]
    if poppler:
        texts.append(flat(pdftotext(pdf)))
    found = [where for needle, where in needles.items()
             if any(flat(needle) in text for text in texts)]
    # Text is drawn as glyph codes, so words in the bytes could only be metadata or other
    # strings: one scan for the common prefix covers every sentinel, in every encoding.
    if in_bytes(SENTINEL_PREFIX, pdf):
        found.append("a sentinel in the file's bytes")
    return found


def test_no_private_words_reach_any_handout_of_any_client(demo):
    planted = plant(demo)
    demo_words = demo_private_words(demo)
    assert len(demo_words) >= DEMO_CLIENTS  # the demo writes private notes and a journal
    hidden = {**planted.hidden, **demo_words}
    assert len(planted.hidden) == 3 * DEMO_CLIENTS + 2 * len(JOURNAL_KINDS)
    handouts = demo.services.handouts
    built = 0
    for client_id, shown in planted.shown.items():
        others = {w: f"another client's words ({w})" for other, words in planted.shown.items()
                  if other != client_id for w in words}
        requests = [HandoutRequest(kind, client_id, large_print=large)
                    for kind in BUILDABLE for large in (False, True)]
        requests += [HandoutRequest(HandoutKind.SESSION, client_id, session_id)
                     for session_id in planted.sessions[client_id]]
        for request in requests:
            pdf = handouts.build(request).pdf
            built += 1
            assert not leaks(pdf, hidden, poppler=not request.large_print), request
            assert not leaks(pdf, others, poppler=False), request
        # Positive control: the record prints this client's shared words (summary, amendment,
        # feedback), and the scan finds them.
        record = handouts.build(HandoutRequest(HandoutKind.RECORD, client_id)).pdf
        assert all(word in all_text(record) for word in shown)
        assert set(leaks(record, {w: w for w in shown})) == set(shown)
    assert built == DEMO_CLIENTS * 2 * len(BUILDABLE) + sum(map(len, planted.sessions.values()))


def test_the_logged_handouts_keep_the_private_words_out_too(demo):
    """The record lists what left before it; logging changes nothing about the property."""
    planted = plant(demo)
    handouts = demo.services.handouts
    client_id = next(iter(planted.shown))
    for kind in BUILDABLE:
        handouts.log(handouts.build(HandoutRequest(kind, client_id)), "handout")
    record = handouts.build(HandoutRequest(HandoutKind.RECORD, client_id)).pdf
    assert "Session summary of" in all_text(record)
    assert not leaks(record, planted.hidden)


PRIVATE_TEXT = st.lists(st.sampled_from(
    [*"abcxyz ÅñЖש日🙂<>&;'\"\n\t/\\", "<b>", "</para>", "&amp;", "<br/>", "\u202e"]),
    max_size=12).map("".join)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(around=st.tuples(PRIVATE_TEXT, PRIVATE_TEXT),
       where=st.sampled_from(["signed private note", "draft private note", "reflection",
                              "journal"]),
       kind=st.sampled_from(BUILDABLE), large_print=st.booleans())
def test_private_text_of_any_shape_stays_out(vault_for_examples, around, where, kind,
                                             large_print):
    """Whatever a private note, reflection or journal entry holds — markup, quotes, escapes,
    line breaks, other scripts — the sentinel inside it never shows on any kind of handout.
    (One vault for all examples: each adds its own records.)"""
    vault, client_id = vault_for_examples
    s = vault.services
    token = sentinel()
    private = f"{around[0]}{token}{around[1]}"
    at = datetime(2025, 1, 1, 9) + timedelta(hours=len(s.sessions.list(client_id)))
    if where == "journal":
        s.journal.save(JournalDraft(title=private, body=private))
    elif where == "reflection":
        s.feedback.record(client_id, FeedbackDraft(heard=5, therapist_reflection=private))
    else:
        session = s.sessions.create(client_id, SessionDraft(at, shared_summary="Shared words",
                                                            private_note=private))
        if where == "signed private note":
            s.sessions.sign(session.id, "Dr Demo")
            s.sessions.amend(session.id, "An amendment, part of the record")
    pdf = s.handouts.build(HandoutRequest(kind, client_id, large_print=large_print)).pdf
    assert not leaks(pdf, {token: where}, poppler=False)


@pytest.fixture
def vault_for_examples(demo) -> tuple[Vault, UUID]:
    return demo, demo.services.clients.list()[0].id
