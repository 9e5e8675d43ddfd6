"""Help → About: the version, where this computer keeps the vault, the settings and the
backups, and the licences of what the app is built from — the bundled fonts and the main
libraries, read from the installed packages' own metadata where they state it."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app import __version__
from app.paths import data_dir
from app.resources import resource_path
from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.context import AppContext
from app.ui.kit.settings import BACKUP_FOLDER
from app.ui.kit.translate import QT_TRANSLATE_NOOP

# (distribution, what it does here); the licence comes from the package's metadata. Names of
# libraries, fonts and licences are names, shown as they are; what they do here is translated.
LIBRARIES = (
    ("PySide6_Essentials", QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python: the windows")),
    ("shiboken6", QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python's bindings")),
    ("SQLAlchemy", QT_TRANSLATE_NOOP("AboutDialog", "the database layer")),
    ("alembic", QT_TRANSLATE_NOOP("AboutDialog", "schema migrations")),
    ("cryptography", QT_TRANSLATE_NOOP("AboutDialog", "AES-GCM, key wrapping")),
    ("pyrage", QT_TRANSLATE_NOOP("AboutDialog", "age encryption of backups (rage)")),
    ("reportlab", QT_TRANSLATE_NOOP("AboutDialog", "PDF handouts")),
    ("rl_accel", QT_TRANSLATE_NOOP("AboutDialog", "reportlab's speed-ups")),
    ("uharfbuzz", QT_TRANSLATE_NOOP("AboutDialog", "text shaping in handouts")),
    ("python-bidi", QT_TRANSLATE_NOOP("AboutDialog", "right-to-left text in handouts")),
    ("pillow", QT_TRANSLATE_NOOP("AboutDialog", "images in handouts")),
    ("zxcvbn", QT_TRANSLATE_NOOP("AboutDialog", "passphrase strength")),
    ("platformdirs", QT_TRANSLATE_NOOP("AboutDialog", "where files live")),
)
# Only for packages whose metadata names no licence (checked against the project's own files).
STATED_ELSEWHERE = {
    "pyrage": QT_TRANSLATE_NOOP("AboutDialog", "MIT (the pyrage project's LICENSE)")}
NOT_STATED = QT_TRANSLATE_NOOP("AboutDialog", "not stated")
FONTS = (
    ("DejaVu Sans, DejaVu Sans Mono",
     QT_TRANSLATE_NOOP("AboutDialog", "Bitstream Vera / DejaVu licence (free)"),
     "DejaVu-LICENSE.txt"),
    (QT_TRANSLATE_NOOP("AboutDialog",
                       "Noto Sans Arabic, Hebrew, SC, KR (a Hangul subset), Noto Emoji"),
     "SIL Open Font License 1.1", "Noto-LICENSE.txt"),
)


def licence_of(distribution: str) -> tuple[str, str]:
    """(version, licence) as the installed package states it, or in the app's language when
    it states none; "" when it is not installed."""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return "", ""

    def field(name: str) -> str:
        return str((meta.get_all(name) or [""])[0] or "")

    stated = field("License-Expression") or field("License").split("\n")[0]
    stated = stated.split(" (see")[0].split(", Copyright")[0].strip()
    if not stated:
        classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or []
                       if c.startswith("License ::")]
        stated = ", ".join(classifiers) or QCoreApplication.translate(
            "AboutDialog", STATED_ELSEWHERE.get(distribution, NOT_STATED))
    return field("Version"), stated


class AboutDialog(AppDialog):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent, ctx.settings, "about-dialog")
        self.setWindowTitle(self.tr("About Reciprocal"))
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("About Reciprocal"))
        self.text.setHtml(self._html(ctx))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.resize(680, 620)

    def _html(self, ctx: AppContext) -> str:
        backups = ctx.settings.get(BACKUP_FOLDER) or self.tr(
            "not chosen yet (Settings, or the first Back up now, asks for a folder)")
        places = [
            (self.tr("This vault"), str(ctx.vault_path)),
            (self.tr("New vaults and the demo"), str(data_dir())),
            (self.tr("Settings of this computer"), ctx.settings.location()),
            (self.tr("Backups"), str(backups)),
        ]
        rows = "".join(f"<tr><td>{escape(what)}</td><td><code>{escape(where)}</code></td></tr>"
                       for what, where in places)
        fonts = "".join(
            f"<tr><td>{escape(self.tr(names))}</td><td>{escape(self.tr(licence))}: "
            f"<code>{escape(str(resource_path('fonts', file)))}</code></td></tr>"
            for names, licence, file in FONTS)
        through = self.tr("{licence} (through PySide6 {version})").format(
            licence="LGPL-3.0-only", version=pyside_version)
        libraries = [("Qt", qVersion(), through, self.tr("the toolkit"))]
        for name, role in LIBRARIES:
            version, licence = licence_of(name)
            if version:
                libraries.append((name, version, licence, self.tr(role)))
        libs = "".join(f"<tr><td>{escape(n)} {escape(v)}</td><td>{escape(lic)}</td>"
                       f"<td>{escape(role)}</td></tr>" for n, v, lic, role in libraries)
        intro = self.tr("An offline, encrypted practice companion for therapists. Your records "
                        "stay on this computer; nothing is ever sent anywhere.")
        age = self.tr("Backups are files in the age format (age-encryption.org/v1); the age "
                      "tool opens them without this app.")
        places_title, fonts_title = self.tr("Where things are"), self.tr("Fonts")
        libraries_title = self.tr("Libraries")
        return (
            f"<h2>Reciprocal {escape(__version__)}</h2><p>{escape(intro)}</p>"
            f"<h3>{escape(places_title)}</h3><table cellpadding='3'>{rows}</table>"
            f"<h3>{escape(fonts_title)}</h3><table cellpadding='3'>{fonts}</table>"
            f"<h3>{escape(libraries_title)}</h3><table cellpadding='3'>{libs}</table>"
            f"<p>{escape(age)}</p>"
        )
