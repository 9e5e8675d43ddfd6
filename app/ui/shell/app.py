"""Starting the desktop app: the window first, everything heavy after it shows.

Only PySide6 and the app's light UI modules load before the window is on screen; SQLAlchemy,
the services and reportlab load once it is (docs/design.md §7: a visible window in under 0.3 s).
Unexpected exceptions reaching the event loop are shown as one generic sentence and logged by
type name only: a traceback's text or local variables could hold client data.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStackedWidget

from app.resources import resource_path
from app.ui.kit import language
from app.ui.kit.context import AppContext
from app.ui.kit.error_dialog import show_error
from app.ui.kit.fonts import install_fallback_fonts
from app.ui.kit.settings import LANGUAGE, LAST_VAULT_PATH, Settings
from app.ui.shell.main_window import MainWindow

APP_NAME = "Reciprocal"
# A packaging check (`make dist-test`), not a feature: N ms after start, print which screen is
# shown and whether the vault file was opened, then close the window as Quit would (exit 0).
SELF_TEST_VARIABLE = "RECIPROCAL_SELFTEST_QUIT_AFTER_MS"


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "reciprocal.svg")))


def make_application(argv: list[str] | None = None,
                     settings: Settings | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("reciprocal")
    app.setWindowIcon(app_icon())
    install_fallback_fonts(app)
    language.install(language.chosen_language((settings or Settings()).get(LANGUAGE)))
    return app


def _install_excepthook(window: MainWindow) -> None:
    log = logging.getLogger("reciprocal.ui")

    def hook(kind: type[BaseException], error: BaseException, _tb: TracebackType | None) -> None:
        log.error("unexpected error in the interface: %s", kind.__name__)
        show_error(window, error)

    sys.excepthook = hook


def _vault_to_open(settings: Settings) -> Path:
    """The vault opened last (a restored practice may live elsewhere), if it is still there;
    else the default place."""
    from app.paths import default_vault_path

    last = settings.get(LAST_VAULT_PATH)
    if last and Path(last).is_file():
        return Path(last)
    return default_vault_path()


def run_gui(vault_path: Path | None = None, *, kdf_params: Any = None) -> int:
    """Show the window (welcome or unlock), then run until it closes. Returns the exit code."""
    app = make_application()
    settings = Settings()
    if vault_path is None:
        vault_path = _vault_to_open(settings)
    ctx = AppContext(vault_path, settings, kdf_params=kdf_params)
    window = MainWindow(ctx)
    window.must_quit.connect(app.exit)
    window.start_when_painted()
    window.show()
    _install_excepthook(window)
    if os.environ.get(SELF_TEST_VARIABLE, "").isdigit():
        QTimer.singleShot(int(os.environ[SELF_TEST_VARIABLE]), lambda: _end_self_test(window, ctx))
    return app.exec()


def _end_self_test(window: MainWindow, ctx: AppContext) -> None:
    shown = window.centralWidget()
    current = shown.currentWidget() if isinstance(shown, QStackedWidget) else shown
    if sys.stdout is not None:  # None in a windowed (console=False) build on Windows
        print(f"self-test: {type(current).__name__} shown, vault file "
              f"{'open' if ctx.vault is not None else 'not open'}", flush=True)
    window.close()
