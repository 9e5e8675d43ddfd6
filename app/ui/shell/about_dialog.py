"""Help → About: the version, where this computer keeps the vault, the settings and the
backups, and the licences of what the app is built from — the bundled fonts and the main
libraries, read from the installed packages' own metadata where they state it."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app import __version__
from app.paths import data_dir
from app.resources import resource_path
from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.context import AppContext
from app.ui.kit.settings import BACKUP_FOLDER

# (distribution, what it does here); the licence comes from the package's metadata.
LIBRARIES = (
    ("PySide6_Essentials", "Qt for Python: the windows"),
    ("shiboken6", "Qt for Python's bindings"),
    ("SQLAlchemy", "the database layer"),
    ("alembic", "schema migrations"),
    ("cryptography", "AES-GCM, key wrapping"),
    ("pyrage", "age encryption of backups (rage)"),
    ("reportlab", "PDF handouts"),
    ("rl_accel", "reportlab's speed-ups"),
    ("uharfbuzz", "text shaping in handouts"),
    ("python-bidi", "right-to-left text in handouts"),
    ("pillow", "images in handouts"),
    ("zxcvbn", "passphrase strength"),
    ("platformdirs", "where files live"),
)
# Only for packages whose metadata names no licence (checked against the project's own files).
STATED_ELSEWHERE = {"pyrage": "MIT (the pyrage project's LICENSE)"}
FONTS = (
    ("DejaVu Sans, DejaVu Sans Mono", "Bitstream Vera / DejaVu licence (free)",
     "DejaVu-LICENSE.txt"),
    ("Noto Sans Arabic, Hebrew, SC, KR (a Hangul subset), Noto Emoji",
     "SIL Open Font License 1.1", "Noto-LICENSE.txt"),
)


def licence_of(distribution: str) -> tuple[str, str]:
    """(version, licence) as the installed package states it; "" when it is not installed."""
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
        stated = ", ".join(classifiers) or STATED_ELSEWHERE.get(distribution, "not stated")
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
            f"<tr><td>{escape(names)}</td><td>{escape(licence)}: "
            f"<code>{escape(str(resource_path('fonts', file)))}</code></td></tr>"
            for names, licence, file in FONTS)
        libraries = [("Qt", qVersion(), "LGPL-3.0-only (through PySide6 " + pyside_version + ")",
                      self.tr("the toolkit"))]
        for name, role in LIBRARIES:
            version, licence = licence_of(name)
            if version:
                libraries.append((name, version, licence, role))
        libs = "".join(f"<tr><td>{escape(n)} {escape(v)}</td><td>{escape(lic)}</td>"
                       f"<td>{escape(role)}</td></tr>" for n, v, lic, role in libraries)
        intro = self.tr("An offline, encrypted practice companion for therapists. Your records "
                        "stay on this computer; nothing is ever sent anywhere.")
        age = self.tr("Backups are files in the age format (age-encryption.org/v1); the age "
                      "tool opens them without this app.")
        return (
            f"<h2>Reciprocal {escape(__version__)}</h2><p>{escape(intro)}</p>"
            f"<h3>{escape(self.tr('Where things are'))}</h3><table cellpadding='3'>{rows}</table>"
            f"<h3>{escape(self.tr('Fonts'))}</h3><table cellpadding='3'>{fonts}</table>"
            f"<h3>{escape(self.tr('Libraries'))}</h3><table cellpadding='3'>{libs}</table>"
            f"<p>{escape(age)}</p>"
        )
