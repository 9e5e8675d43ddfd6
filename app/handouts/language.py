"""The language a handout speaks: its fixed words (headings, labels, instructions), its dates
and its numbers — never the client's or therapist's own words, which are printed as written.

Handouts are built without Qt (docs/design.md §5), so their words go through Python's `gettext`:
`app/data/translations/handouts/<lang>/LC_MESSAGES/handouts.mo`, made by `make translations`
from the `.po` catalogues (tools/translations.py). Dates and numbers come from CLDR through
Babel, the same locale data (CLDR) Qt uses on screen.

The language is that of the handout being built, set around the build with `speaking()`: a
context variable, so two handouts built at once on two threads keep their own.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from functools import cache

from babel import Locale
from babel.dates import format_date, format_time

from app.languages import HOME_LOCALES, LANGUAGES
from app.resources import resource_path

DOMAIN = "handouts"


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, str(resource_path("translations", "handouts")),
                               languages=[language])


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(HOME_LOCALES[language])


_current: ContextVar[str] = ContextVar("handout_language", default="en")


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Build what follows in `language` (one of app.languages.LANGUAGES)."""
    if language not in LANGUAGES:
        raise ValueError(f"no handouts in {language!r}")
    token = _current.set(language)
    try:
        yield
    finally:
        _current.reset(token)


def _(message: str) -> str:
    """`message` in the handout's language (itself in English)."""
    return _catalogue(_current.get()).gettext(message)


def n_(singular: str, plural: str, count: int) -> str:
    """The form for `count` ("1 page" / "3 pages") in the handout's language."""
    return _catalogue(_current.get()).ngettext(singular, plural, count)


def N_(message: str) -> str:  # noqa: N802 (gettext's name, which the extractor looks for)
    """Marks a text kept in a table for translation where it is printed, through `_()`."""
    return message


def day(value: date) -> str:
    """"4 March 2026", "4 de março de 2026", "4. März 2026"."""
    return format_date(value, "long", locale=_locale(_current.get()))


def weekday_and_day(value: date) -> str:
    """"Wednesday, 4 March 2026"."""
    return format_date(value, "full", locale=_locale(_current.get()))


def clock(value: datetime) -> str:
    return format_time(value, "short", locale=_locale(_current.get()))


def week_column(value: date) -> tuple[str, str]:
    """A day heading a narrow column, in two lines: ("Wed", "4 Mar"), ("mer.", "4 mars")."""
    locale = _locale(_current.get())
    return format_date(value, "EEE", locale=locale), format_date(value, "d MMM", locale=locale)

