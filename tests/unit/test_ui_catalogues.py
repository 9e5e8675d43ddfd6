"""Every screen text is translated, completely and faithfully, in every language the app ships.

Read from the `.ts` catalogues themselves (what `make translations` keeps up to date): a
translation must exist, be finished, and keep what the code fills in or acts on — every
`{placeholder}`, the `%n` of a plural, HTML tags and one keyboard accelerator (`&`) where the
English has one. The `.qm` files loaded by the app must be those `lrelease` builds from them.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools.translations import (
    LANGUAGES,
    MESSAGES_MODULE,
    QT_LANGUAGES,
    ROOT,
    TRANSLATIONS,
    messages_module,
    service_messages,
    ts_file,
    ui_sources,
)

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?=\w)")


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source text, <message>) for every text of a language's catalogue."""
    return messages_of(ts_file(language))


def messages_of(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(context.findtext("name", ""), message.findtext("source", ""), message)
            for context in root.iter("context") for message in context.iter("message")]


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def problems(source: str, message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    found = []
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        found.append(f"not finished ({translation.get('type')})")
    for text in forms(message):
        if not text.strip():
            found.append("empty")
            continue
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            found.append(f"placeholders {PLACEHOLDER.findall(text)}")
        if ("%n" in source) != ("%n" in text):
            found.append("%n")
        if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
            found.append("HTML tags")
        if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
            found.append("keyboard accelerator (&)")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_faithfully(language: str) -> None:
    wrong = [f"{context}: {source[:60]!r}: {', '.join(found)}"
             for context, source, message in messages(language)
             if (found := problems(source, message))]
    assert not wrong, f"{len(wrong)} texts in {language}:\n" + "\n".join(wrong[:40])


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_for_its_language(language: str) -> None:
    root = ET.parse(ts_file(language)).getroot()
    assert root.get("language") == QT_LANGUAGES[language]
    assert len(messages(language)) > 800


def test_english_has_every_plural_in_both_forms() -> None:
    plurals = [(source, message) for _c, source, message in messages("en")]
    assert plurals, "the code has plurals; English needs its catalogue of them"
    for source, message in plurals:
        assert not problems(source, message), source
        one, many = forms(message)
        assert "(s)" not in one + many, source


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_compiled_catalogue_is_current(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"{language}.qm"
    report = subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lrelease"), str(ts_file(language)),
         "-qm", str(built)], check=True, capture_output=True, text=True).stdout
    assert "0 unfinished" in report and "untranslated" not in report, report
    assert built.read_bytes() == (TRANSLATIONS / f"reciprocal_{language}.qm").read_bytes(), (
        "run `make translations`")


def test_catalogues_hold_every_text_of_the_code(tmp_path: Path) -> None:
    """A text added to the code and not yet collected by `make translations` would show in
    English on a translated screen."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), *ui_sources(),
                    "-locations", "none", "-ts", str(fresh)],
                   cwd=ROOT, check=True, capture_output=True)
    wanted = {(c, s) for c, s, _m in messages_of(fresh)}
    for language in LANGUAGES:
        held = {(c, s) for c, s, _m in messages(language)}
        assert wanted == held, f"{language}: run `make translations`"


def test_the_services_sentences_are_collected_for_the_screens():
    """`error_sentence` translates the services' fixed sentences through this module."""
    assert MESSAGES_MODULE.read_text(encoding="utf-8") == messages_module(), (
        "run `make translations`")
    assert "Please give the client a name to show in the list." in service_messages()
