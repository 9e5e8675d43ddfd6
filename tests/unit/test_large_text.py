"""Text comes back exactly as typed: a 1 MB note, emoji of every shape, right-to-left scripts with
their bidi controls, and whitespace the therapist put there on purpose."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.errors import BadInput
from app.models import JournalEntry
from app.services.clients import ClientDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.sentinel_helpers import assert_one_sentence

ONE_MB = 1024 * 1024
EMOJI = (
    "🙂 👩‍👩‍👧‍👦 (family, joined) 👍🏽 (skin tone) 🇳🇿 (flag) ❤️ (variation selector) "
    "🫶 1️⃣ 🏳️‍🌈 — and astral CJK 𠀀𪜀"
)
RLM, LRM, RLE, PDF, RLI, LRI, PDI = "\u200f", "\u200e", "\u202b", "\u202c", "\u2067", "\u2066", "\u2069"
RIGHT_TO_LEFT = (
    f"{RLI}مرحبا، كيف حالك اليوم؟{PDI} said the client; "
    f"{RLE}שלום, אני מרגיש טוב יותר{PDF}{RLM} — "
    f"mixed: {LRI}CBT{PDI} {RLM}טיפול{LRM} 3 פעמים בשבוע, "
    "Arabic digits ١٢٣ and harakat مُعَلِّمَة"
)
AWKWARD = "  leading spaces\r\nCRLF line\n\ttab\u00a0nbsp\u200bzero-width\nLine two\u2028sep  \n"


def _one_mb_note() -> str:
    """Exactly 1 MiB of UTF-8 mixing ASCII, accents, CJK, emoji and RTL."""
    chunk = f"Session reflection: Ångström ñandú 日本語 {EMOJI} {RIGHT_TO_LEFT}\n"
    text = chunk * (ONE_MB // len(chunk.encode()))
    text += "x" * (ONE_MB - len(text.encode()))
    assert len(text.encode()) == ONE_MB
    return text


@pytest.mark.parametrize("reopen", [False, True], ids=["same session", "after reopening"])
def test_large_and_unusual_text_round_trips_exactly(vault, vault_path, reopen):
    big = _one_mb_note()
    client = vault.services.clients.create(
        ClientDraft(f"Layla {RLI}ليلى{PDI}{RLM}", pronouns="she/her 🙂",
                    contact=RIGHT_TO_LEFT, preferences={"what_helps": EMOJI, "pace": AWKWARD})
    )
    session = vault.services.sessions.create(
        client.id,
        SessionDraft(datetime(2026, 4, 5, 16), template="free", fields={"note": big},
                     shared_summary=RIGHT_TO_LEFT + EMOJI, private_note=big[::-1] + AWKWARD),
    )
    with vault._database().begin() as s:
        entry = JournalEntry(title=EMOJI, body=big, kind=AWKWARD, checkin={RIGHT_TO_LEFT: EMOJI})
        s.add(entry)

    if reopen:
        vault.close()
        vault = Vault.open(vault_path)
        vault.unlock(PASSPHRASE)
    try:
        got = vault.services.sessions.get(session.id)
        assert got.fields["note"] == big
        assert got.shared_summary == RIGHT_TO_LEFT + EMOJI
        assert vault.services.sessions.private_note(session.id) == big[::-1] + AWKWARD
        view = vault.services.clients.get(client.id)
        assert view.display_name == f"Layla {RLI}ليلى{PDI}{RLM}"
        assert view.contact == RIGHT_TO_LEFT
        assert view.pronouns == "she/her 🙂"
        assert view.preferences == {"what_helps": EMOJI, "pace": AWKWARD}
        with vault._database().begin() as s:
            row = s.get(JournalEntry, entry.id)
            assert (row.title, row.body, row.kind) == (EMOJI, big, AWKWARD)
            assert row.checkin == {RIGHT_TO_LEFT: EMOJI}
        assert vault.check().ok
    finally:
        vault.close()


@pytest.mark.parametrize("broken", ["bad \ud800 half", "\udfff"])
def test_half_an_emoji_is_refused_clearly_and_nothing_is_saved(vault, broken):
    """A lone surrogate has no UTF-8 form: it must be refused with a sentence, never stored as
    something else and never escape as a raw UnicodeEncodeError."""
    client = vault.services.clients.create(ClientDraft("Ana"))
    with pytest.raises(BadInput) as exc:
        vault.services.sessions.create(
            client.id, SessionDraft(datetime(2026, 4, 5, 16), shared_summary=broken)
        )
    assert_one_sentence(str(exc.value))
    with pytest.raises(BadInput):
        vault.services.clients.update(client.id, ClientDraft("Ana", preferences={"pace": broken}))
    assert vault.services.sessions.list(client.id) == []
    assert vault.services.clients.get(client.id).preferences == {}
