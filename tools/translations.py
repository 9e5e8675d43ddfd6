"""Refresh every translation catalogue from the source: `make translations`.

The app's screens use Qt's own toolchain: `pyside6-lupdate` collects every `tr()` text of
`app/ui` into `app/data/translations/reciprocal_<lang>.ts` (translations already made are kept;
texts no longer in the code are dropped), and `pyside6-lrelease` builds the `.qm` files the app
loads. English has a catalogue of its plural forms only ("%n record(s)" → "1 record").

Handouts are built without Qt (docs/design.md §5), so their fixed text goes through Python's
`gettext` instead: Babel collects the `_()` / `N_()` texts of `app/handouts` and
`app/services/handouts.py` into `app/data/translations/handouts/<lang>/LC_MESSAGES/handouts.po`
and compiles the `.mo` files. Both kinds of compiled file are committed, so a checkout runs as
it is; `tests/unit/test_translations_current.py` fails when they are out of date.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "app" / "data" / "translations"
LANGUAGES = ("pt", "es", "de", "fr")
# Qt's names for them: European Portuguese for `pt` (its plural rules are those of `pt_PT`).
QT_LANGUAGES = {"en": "en", "pt": "pt_PT", "es": "es", "de": "de", "fr": "fr"}
BIN = Path(sys.executable).parent


def ui_sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "app" / "ui").rglob("*.py"))


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"reciprocal_{language}.ts"


def lupdate(language: str, *extra: str) -> None:
    subprocess.run([str(BIN / "pyside6-lupdate"), *ui_sources(), "-locations", "none",
                    "-no-obsolete", "-source-language", "en",
                    "-target-language", QT_LANGUAGES[language], *extra,
                    "-ts", str(ts_file(language))],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def lrelease(ts: Path, qm: Path) -> str:
    """Build `qm` from `ts`; lrelease's report (how many texts were translated)."""
    done = subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)],
                          cwd=ROOT, check=True, capture_output=True, text=True)
    return done.stdout


def refresh_ui(language: str) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate(language, *(("-pluralonly",) if language == "en" else ()))
    print(lrelease(ts_file(language), ts_file(language).with_suffix(".qm")).strip())


def main(argv: list[str]) -> int:
    """`translations.py` refreshes every language; `translations.py pt` only Portuguese."""
    for language in argv or ("en", *LANGUAGES):
        refresh_ui(language)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
