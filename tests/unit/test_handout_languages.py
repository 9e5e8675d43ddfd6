"""Handouts in the client's language: each kind's fixed words, dates and the services' words for
stored values in Portuguese, Spanish, German and French — and none of the English ones; the
client's own words exactly as written; the client's language by default, the practice's when
they have none, one asked for to override both; questionnaires in English with a notice, as no
official translation is bundled."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from babel.dates import format_date
from bidi.algorithm import get_display

from app.errors import BadInput
from app.handouts.language import _, n_, speaking
from app.languages import HOME_LOCALES
from app.services.checklists import default_template_items, default_template_name
from app.services.clients import ClientDraft
from app.services.handouts import HandoutKind, HandoutRequest, render
from app.services.profile import ProfileDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.handouts.test_writing import lines
from tests.unit.test_handouts_kinds import Filled, all_text, fill, flat
from tools.translations import LANGUAGES, handout_template

KINDS = (HandoutKind.SESSION, HandoutKind.AGREEMENT, HandoutKind.CHECKLIST,
         HandoutKind.PRACTICES, HandoutKind.RECORD)
# Headings each kind prints for the filled client (English source texts).
HEADINGS: dict[HandoutKind, tuple[str, ...]] = {
    HandoutKind.SESSION: ("Session summary", "What we worked on", "Until next time",
                          "Your goals and how they are going", "Next session",
                          "If you need help before then"),
    HandoutKind.AGREEMENT: ("Our goal agreement", "Your goals", "Why it matters",
                            "What we each commit to", "Signatures"),
    HandoutKind.CHECKLIST: ("Boundaries & transparency", "Topic", "Where we are", "Raised by"),
    HandoutKind.PRACTICES: ("Practices until next time",
                            "Tick a day when you did it; jot a word about how it went "
                            "underneath."),
    HandoutKind.RECORD: ("Your record", "Your details", "How you like to work",
                         "How your goals are going", "Your feedback on our sessions",
                         "Questionnaires", "Practices between sessions",
                         "What has left the practice's records about you"),
}
# The client's own words, which no language changes.
CLIENT_WORDS: dict[HandoutKind, tuple[str, ...]] = {
    HandoutKind.SESSION: ("We practised the breathing and planned the call",),
    HandoutKind.AGREEMENT: ("Sleep through the night more often", "I can think clearly at work"),
    HandoutKind.CHECKLIST: ("Bringing my dog to sessions",),
    HandoutKind.PRACTICES: ("Box breathing", "Ten minutes round the block"),
    HandoutKind.RECORD: ("One thing at a time, please", "More time at the end to land"),
}


def english_fixed_texts() -> list[str]:
    """The handouts' English sentences and headings of more than one word, without the
    placeholders: those a translated handout must not print."""
    texts = []
    for message in handout_template():
        source = message.id if isinstance(message.id, str) else message.id[0]
        for piece in re.split(r"\{[^}]*\}", source):
            piece = piece.strip(" ·,:()")
            if len(piece.split()) > 1:
                texts.append(piece)
    return texts


ENGLISH = english_fixed_texts()


def make(vault: Vault, kind: HandoutKind, client_id, language: str | None = None,
         session_id=None) -> str:
    handouts = vault.services.handouts
    prepared = handouts.prepare(HandoutRequest(kind, client_id, session_id, language=language))
    return flat(all_text(render(prepared).pdf))


@pytest.fixture
def filled(vault: Vault) -> Filled:
    return fill(vault.services)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_speaks_the_language_and_no_english(vault, filled, kind, language):
    printed = make(vault, kind, filled.client_id, language)
    with speaking(language):
        headings = [_(h) for h in HEADINGS[kind]]
    missing = [h for h in headings if flat(h) not in printed]
    assert not missing, f"{language} {kind}: {missing}"
    english = [t for t in ENGLISH if re.search(rf"\b{re.escape(flat(t))}\b", printed)]
    assert not english, f"English in the {language} {kind}: {english}"
    for words in CLIENT_WORDS[kind]:
        assert flat(words) in printed  # never translated


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_levels_and_formats_are_in_the_language(vault, filled, language):
    printed = make(vault, HandoutKind.SESSION, filled.client_id, language,
                   session_id=filled.second_session)
    locale = HOME_LOCALES[language]
    assert flat(format_date(date(2026, 2, 9), "long", locale=locale)) in printed
    with speaking(language):
        assert flat(_("Much more than hoped")) in printed
        assert flat(_("online")) in printed
        assert flat(n_("{count} minute", "{count} minutes", 60).format(count=60)) in printed
    assert "February" not in printed


def test_a_client_s_own_language_is_the_default_and_one_asked_for_overrides_it(vault, filled):
    s = vault.services
    client = s.clients.get(filled.client_id)
    s.clients.update(client.id, ClientDraft(client.display_name, preferences=client.preferences,
                                            handout_language="es"))
    with speaking("es"):
        spanish = _("What we worked on")
    with speaking("de"):
        german = _("What we worked on")
    assert flat(spanish) in make(vault, HandoutKind.SESSION, client.id)
    assert flat(german) in make(vault, HandoutKind.SESSION, client.id, "de")
    assert s.clients.get(client.id).handout_language == "es"


def test_without_a_language_of_their_own_a_client_gets_the_practice_s(vault, filled):
    s = vault.services
    profile = s.profile.get()
    s.profile.update(ProfileDraft(therapist_name=profile.therapist_name, locale="fr"))
    with speaking("fr"):
        french = _("Our goal agreement")
    assert flat(french) in make(vault, HandoutKind.AGREEMENT, filled.client_id)


def test_the_disclosure_log_names_the_language_a_handout_left_in(vault, filled):
    handouts = vault.services.handouts
    handout = handouts.build(HandoutRequest(HandoutKind.CHECKLIST, filled.client_id,
                                            language="pt"))
    entry = handouts.log(handout, "print")
    assert entry.what == (f"Boundaries & transparency agreement, Português (Portugal) "
                          f"({handout.pages} pages)")


@pytest.mark.parametrize("kind", (HandoutKind.PHQ9_FORM, HandoutKind.GAD7_FORM))
def test_questionnaires_print_in_english_and_say_so(vault, filled, kind):
    prepared = vault.services.handouts.prepare(HandoutRequest(kind, filled.client_id,
                                                              language="es"))
    assert prepared.language == "en"
    assert prepared.form_in_english == "es"
    assert "prints in English" in prepared.notice and "Español" in prepared.notice
    printed = flat(all_text(render(prepared).pdf))
    assert "Over the last 2 weeks" in printed
    english = vault.services.handouts.prepare(HandoutRequest(kind, filled.client_id,
                                                             language="en"))
    assert english.notice == ""


def test_an_unknown_language_is_refused_in_one_sentence(vault, filled):
    with pytest.raises(BadInput, match="one of: en, pt, es, de, fr"):
        vault.services.handouts.prepare(HandoutRequest(HandoutKind.SESSION, filled.client_id,
                                                       language="xx"))
    with pytest.raises(BadInput):
        vault.services.clients.create(ClientDraft("Rui", handout_language="pt_BR"))


def test_a_right_to_left_name_reads_correctly_inside_a_portuguese_handout(vault):
    name = "רות כהן"
    s = vault.services
    client = s.clients.create(ClientDraft(name, handout_language="pt"))
    s.sessions.create(client.id, SessionDraft(datetime(2026, 2, 9, 16, 30), duration_minutes=60,
                                              format="online", shared_summary="Falámos do sono"))
    handout = s.handouts.build(HandoutRequest(HandoutKind.SESSION, client.id))
    printed = [flat(line) for line in lines(handout.pdf)]  # left to right, as drawn
    with speaking("pt"):
        when = _("{day}, {minutes}, {format}").format(
            day="9 de fevereiro de 2026", format=_("online"),
            minutes=n_("{count} minute", "{count} minutes", 60).format(count=60))
        wanted = _("For {name} · {when}").format(name=get_display(name), when=when)
    assert flat(wanted) in printed, printed[:8]


def test_a_client_in_another_language_starts_from_the_built_in_topics_in_theirs(vault):
    s = vault.services
    english = s.checklists.start(s.clients.create(ClientDraft("Ann")).id)
    german = s.checklists.start(s.clients.create(ClientDraft("Jonas", handout_language="de")).id)
    assert english.title == default_template_name()
    assert german.title == default_template_name("de") != english.title
    assert [i.topic for i in german.items] == [
        t["topic"] for t in default_template_items("de")]
    assert len(german.items) == len(english.items)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_built_in_topics_ship_whole_in_each_language(language):
    english, translated = default_template_items(), default_template_items(language)
    assert len(translated) == len(english)
    assert all(t["topic"].strip() and t["description"].strip() for t in translated)
    assert not {t["description"] for t in translated} & {t["description"] for t in english}
