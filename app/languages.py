"""The languages Reciprocal speaks, on screen and in handouts: one list for both, so a language
the screens offer is one a client's handouts can be printed in too.

`pt` is European Portuguese. Each is named in its own words: a person looking for their
language reads it in that language.
"""

from __future__ import annotations

LANGUAGES: dict[str, str] = {
    "en": "English",
    "pt": "Português (Portugal)",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
}

# The country whose conventions (dates, numbers) a language follows when nothing says more.
HOME_LOCALES: dict[str, str] = {"en": "en_GB", "pt": "pt_PT", "es": "es_ES", "de": "de_DE",
                                "fr": "fr_FR"}


def language_of(code: str) -> str:
    """The language we speak for a code such as "pt-PT", "de_AT" or "en" ("en" if none)."""
    base = code.replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else "en"
