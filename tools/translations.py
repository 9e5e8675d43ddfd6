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

import ast
import io
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "app" / "data" / "translations"
LANGUAGES = ("pt", "es", "de", "fr")
LANGUAGE_NAMES = {"pt": "European Portuguese", "es": "Spanish", "de": "German", "fr": "French"}
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


# The services' sentences (`BadInput("…")` and the app's other errors) reach the screens through
# `error_sentence`, which looks each up in the "ServiceMessages" context: lupdate sees them in a
# module this tool writes, as Qt marks texts kept elsewhere (QT_TRANSLATE_NOOP). A sentence made
# with an f-string (a file name in it) is shown as it is.
MESSAGE_SOURCES = ("app/services", "app/backup", "app/crypto", "app/models", "app/handouts",
                   "app/errors.py")
MESSAGES_MODULE = ROOT / "app" / "ui" / "kit" / "service_messages.py"
_ERRORS = {"ReciprocalError", "BadInput", "NotAVault", "VaultExists", "WrongPassphrase",
           "WrongKey", "IntegrityFailure", "VaultBusy", "VaultLocked", "NotFound", "NotAllowed",
           "BackupError", "DiskFull"}


def service_messages() -> list[str]:
    """Every fixed sentence given to one of the app's errors outside the UI, sorted."""
    found: set[str] = set()
    for name in MESSAGE_SOURCES:
        path = ROOT / name
        for source in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and node.args
                        and getattr(node.func, "id", getattr(node.func, "attr", "")) in _ERRORS
                        and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    found.add(node.args[0].value)
    return sorted(found)


def messages_module() -> str:
    lines = "".join(f"    QT_TRANSLATE_NOOP(\"ServiceMessages\", {text!r}),\n"
                    for text in service_messages())
    return ('"""Made by `make translations` (tools/translations.py); not edited by hand.\n\n'
            "Every fixed sentence the services raise, marked for lupdate, so that\n"
            '`error_sentence` can show it in the screens\' language."""\n\n'
            "from __future__ import annotations\n\n"
            "from app.ui.kit.translate import QT_TRANSLATE_NOOP\n\n"
            f"MESSAGES = (\n{lines})\n")


def refresh_ui(language: str) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate(language, *(("-pluralonly",) if language == "en" else ()))
    print(lrelease(ts_file(language), ts_file(language).with_suffix(".qm")).strip())


HANDOUTS = TRANSLATIONS / "handouts"
HANDOUT_SOURCES = ("app/handouts", "app/services/handouts.py")
KEYWORDS = {"_": None, "N_": None, "n_": (1, 2)}
# Catalogues carry this date rather than today's, so refreshing an unchanged one changes nothing.
STAMP = datetime(2026, 12, 1)


def handout_sources() -> list[Path]:
    found: list[Path] = []
    for name in HANDOUT_SOURCES:
        path = ROOT / name
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


def handout_template() -> Catalog:
    """Every fixed text of the handouts: the `_()`, `N_()` and `n_()` texts of their code and
    the words of the services' tables they print."""
    from app.services.handouts import vocabulary

    template = Catalog(project="Reciprocal handouts", creation_date=STAMP)
    for path in handout_sources():
        for line, message, _comments, _context in extract_from_file("python", path,
                                                                     keywords=KEYWORDS):
            template.add(message, locations=[(str(path.relative_to(ROOT)), line)])
    for word in vocabulary():
        template.add(word, locations=[("app/services/handouts.py", 0)])
    return template


def po_file(language: str) -> Path:
    return HANDOUTS / language / "LC_MESSAGES" / "handouts.po"


def compiled(catalogue: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalogue)
    return out.getvalue()


def refresh_handouts(language: str, template: Catalog) -> None:
    path = po_file(language)
    if path.exists():
        with path.open("rb") as existing:
            catalogue = read_po(existing, locale=QT_LANGUAGES[language])
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        catalogue = Catalog(locale=QT_LANGUAGES[language], project="Reciprocal handouts",
                            creation_date=STAMP, revision_date=STAMP)
    catalogue.update(template, no_fuzzy_matching=True)
    catalogue.obsolete.clear()
    catalogue.fuzzy = False
    catalogue.header_comment = (f"# The fixed words of Reciprocal's handouts in "
                                f"{LANGUAGE_NAMES[language]}.\n# Key terms: docs/translating.md")
    with path.open("wb") as out:
        write_po(out, catalogue, width=100, include_lineno=False, sort_output=True)
    path.with_suffix(".mo").write_bytes(compiled(catalogue))
    untranslated = sum(1 for m in catalogue if m.id and not all(
        m.string if isinstance(m.string, tuple) else (m.string,)))
    print(f"handouts ({language}): {len(catalogue) - 1} texts, {untranslated} untranslated")


def main(argv: list[str]) -> int:
    """`translations.py` refreshes every language; `translations.py pt` only Portuguese."""
    template = handout_template()
    MESSAGES_MODULE.write_text(messages_module(), encoding="utf-8")
    for language in argv or ("en", *LANGUAGES):
        refresh_ui(language)
        if language != "en":
            refresh_handouts(language, template)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
