"""UI fixtures: the real main window on a temporary vault path, cheap Argon2 parameters injected
through the app context (the product's own parameters are untouched), settings in a temporary
ini file, and database/CPU jobs run synchronously (Picard's FakeThreadPool) where a test needs
determinism. The test about the event loop during unlock uses real thread pools instead."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRunnable, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.kit import background, language
from app.ui.kit.context import AppContext
from app.ui.kit.settings import Settings
from app.ui.shell.main_window import MainWindow
from tests.conftest import CHEAP_KDF, PASSPHRASE

LEFT = Qt.MouseButton.LeftButton


class FakeThreadPool:
    """Runs each job at once on the calling (UI) thread."""

    def start(self, runnable: QRunnable, priority: int = 0) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 (Qt's name)
        return True


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    """Screens speak English, as on an English system (with its plural forms), whatever this
    machine's locale; a test of another language installs it and this puts English back."""
    language.install("en", QLocale("en_GB"))


@pytest.fixture
def sync_jobs() -> Iterator[None]:
    pool = FakeThreadPool()
    background.use_pools(db=pool, cpu=pool)
    yield
    background.use_pools()


@pytest.fixture
def real_jobs() -> Iterator[None]:
    background.use_pools()
    yield
    background.wait_until_idle()
    background.use_pools()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("RECIPROCAL_HOME", str(folder))
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ctx(home: Path, settings: Settings) -> AppContext:
    from app.paths import default_vault_path

    return AppContext(default_vault_path(), settings, kdf_params=CHEAP_KDF)


def _open_window(qtbot, ctx: AppContext) -> Iterator[MainWindow]:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.start()
    yield win
    win.close()


@pytest.fixture
def window(qtbot, ctx: AppContext, sync_jobs) -> Iterator[MainWindow]:
    """The main window, its jobs run synchronously."""
    yield from _open_window(qtbot, ctx)


@pytest.fixture(params=["jobs in order on the UI thread", "jobs on worker threads"])
def any_window(request, qtbot, ctx: AppContext) -> Iterator[MainWindow]:
    """The main window twice: once deterministic, once with the real thread pools."""
    request.getfixturevalue("sync_jobs" if request.param.endswith("UI thread") else "real_jobs")
    yield from _open_window(qtbot, ctx)


def create_vault(qtbot, win: MainWindow, passphrase: str = PASSPHRASE) -> str:
    """Go through the welcome screen; returns the recovery key that was shown."""
    welcome = win.welcome
    assert welcome is not None
    qtbot.mouseClick(welcome.create_button, LEFT)
    qtbot.keyClicks(welcome.passphrase_fields.first, passphrase)
    qtbot.keyClicks(welcome.passphrase_fields.second, passphrase)
    qtbot.mouseClick(welcome.make_button, LEFT)
    qtbot.waitUntil(lambda: bool(welcome.recovery_label.text()))
    recovery = welcome.recovery_key
    welcome.stored_check.setChecked(True)
    qtbot.mouseClick(welcome.continue_button, LEFT)
    qtbot.waitUntil(lambda: win.workspace is not None)
    return recovery


def unlock(qtbot, win: MainWindow, passphrase: str = PASSPHRASE) -> None:
    panel = win.unlock_panel
    panel.passphrase.clear()
    qtbot.keyClicks(panel.passphrase, passphrase)
    qtbot.mouseClick(panel.unlock_button, LEFT)
    qtbot.waitUntil(lambda: win.workspace is not None)


def add_client(qtbot, win: MainWindow, name: str, **fields: str):
    win.new_client_action.trigger()
    dialog = open_dialog("client-dialog")
    qtbot.keyClicks(dialog.display_name, name)
    for key, text in fields.items():
        dialog.preferences[key].setPlainText(text)
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: win.workspace.client.client_id is not None
                    and win.workspace.client.name.text() == name)
    return win.workspace.client.client_id


def new_session(qtbot, win: MainWindow):
    client = win.workspace.client
    client.tabs.setCurrentWidget(client.sessions)
    before = client.sessions.list.count()
    qtbot.mouseClick(client.sessions.new_button, LEFT)
    qtbot.waitUntil(lambda: client.sessions.list.count() == before + 1
                    and client.sessions.editor.session_id is not None)
    return client.sessions.editor


def wait_saved(qtbot, editor) -> None:
    try:
        qtbot.waitUntil(lambda: editor.saved_state.text().startswith("Saved"), timeout=5000)
    except Exception:
        raise AssertionError(editor.saved_state.text()) from None


def open_dialog(name: str) -> QWidget:
    """The visible top-level window (dialog) with this object name."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    raise AssertionError(f"no open {name}")


@pytest.fixture
def no_windows_left_open(qtbot) -> Iterator[None]:
    """Dialogs left open by a test would be found by the next one."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()
            widget.deleteLater()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    """A backup folder, as on a USB stick."""
    folder = tmp_path / "usb stick"
    folder.mkdir()
    return folder
