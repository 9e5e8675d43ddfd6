"""The language of the app's screens: the system's when we have it, else English, or the one
chosen in Settings.

Translations are Qt's own: `app/data/translations/reciprocal_<lang>.qm` (built by
`make translations` from the `.ts` catalogues) and Qt's `qtbase_<lang>.qm` for its standard
dialogs. English loads a catalogue too: it holds the plural forms ("%n record(s)" → "1 record").
Dates and numbers follow the same choice through `QLocale.setDefault`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.languages import HOME_LOCALES, LANGUAGES
from app.resources import resource_path

# Qt ships its dialogs' words for Brazilian Portuguese only: closer than English for Portugal.
_QT_CATALOGUE = {"pt": "qtbase_pt_BR"}

_installed: list[QTranslator] = []


def system_language(system: QLocale | None = None) -> str:
    """The system's language if the app speaks it, else English."""
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in LANGUAGES else "en"


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    """What the screens speak: Settings' choice, or the system's ("" in Settings)."""
    return setting if setting in LANGUAGES else system_language(system)


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and numbers: the system's own if it is of that language (a
    Brazilian system keeps its own dates in Portuguese), else the language's home country."""
    system = system or QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(HOME_LOCALES[language])


def install(language: str, system: QLocale | None = None) -> None:
    """Make `language` the one the app's texts, Qt's dialogs, dates and numbers use; the
    previous choice's catalogues are removed. Widgets made afterwards speak it."""
    app = QCoreApplication.instance()
    assert app is not None, "make the application first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    catalogues = [(f"reciprocal_{language}", str(resource_path("translations")))]
    if language != "en":
        catalogues.append((_QT_CATALOGUE.get(language, f"qtbase_{language}"),
                           QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(language, system))
