"""The handouts' catalogues: every fixed text of the handouts, in every language, translated
faithfully (the same `{placeholders}`), current with the code, and compiled as committed."""

from __future__ import annotations

import re

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from app.handouts.language import _, speaking
from app.services.checklists import STATUS_LABELS
from app.services.exercises import STATUSES as EXERCISE_STATUSES
from app.services.handouts import _BAND_WORDS, _EXERCISE_STATUS_WORDS, _FORMAT_WORDS, vocabulary
from app.services.measures import INSTRUMENTS
from app.services.sessions import FORMATS
from tools.translations import LANGUAGES, compiled, handout_template, po_file

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def catalogue(language: str) -> Catalog:
    with po_file(language).open("rb") as source:
        return read_po(source)


def ids(catalogue: Catalog) -> set[object]:
    return {message.id for message in catalogue if message.id}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_handout_text_is_translated_with_its_placeholders(language):
    wrong = []
    for message in catalogue(language):
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        for form in forms:
            if not form.strip():
                wrong.append(f"{sources[0]!r}: untranslated")
            elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(sources[-1])):
                wrong.append(f"{sources[0]!r}: placeholders")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogues_hold_every_text_of_the_code_and_are_compiled(language):
    template = handout_template()
    assert ids(catalogue(language)) == ids(template), "run `make translations`"
    assert compiled(catalogue(language)) == po_file(language).with_suffix(".mo").read_bytes(), (
        "run `make translations`")


def test_the_services_words_handouts_print_are_all_in_the_catalogues():
    template = ids(handout_template())
    assert set(vocabulary()) <= template
    assert set(STATUS_LABELS.values()) <= set(vocabulary())
    assert set(_FORMAT_WORDS) == set(FORMATS)
    assert set(_EXERCISE_STATUS_WORDS) == set(EXERCISE_STATUSES)
    bands = {band.label for instrument in INSTRUMENTS.values() for band in instrument.bands}
    assert bands == set(_BAND_WORDS)


def test_english_is_the_texts_themselves():
    with speaking("en"):
        assert _("What we worked on") == "What we worked on"
    with speaking("pt"):
        assert _("What we worked on") != "What we worked on"
