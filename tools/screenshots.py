"""Screenshots of the real app on a demo practice, for the README and the user guide.

    python -m tools.screenshots docs/screenshots      (what `make screenshots` runs)

Runs the actual main window (offscreen, or under Xvfb) on a fresh demo vault in a temporary
folder with temporary settings, walks through the main screens the way a therapist would, and
writes one PNG per screen. Nothing here touches the user's own vault or settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget  # noqa: E402

SIZE = (1280, 800)
SMALL = (1024, 700)
PASSPHRASE = "screenshots of an invented practice"


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("the app did not reach the screen to photograph")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    """Let layouts, deferred shows and repaints happen before a grab."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def grab(window: QWidget, out: Path, name: str, dialog: QWidget | None = None) -> None:
    """The window, with `dialog` painted over its centre when there is one."""
    settle()
    picture = window.grab()
    if dialog is not None:
        over = dialog.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))  # the window behind, dimmed
        painter.drawPixmap((picture.width() - over.width()) // 2,
                           (picture.height() - over.height()) // 3, over)
        painter.end()
    path = out / f"{name}.png"
    picture.save(str(path))
    print(f"wrote {path}")


def _new_window(folder: Path, vault_name: str):
    from app.crypto.kdf import FLOOR
    from app.ui.kit.context import AppContext
    from app.ui.shell.main_window import MainWindow
    from app.ui.kit.settings import Settings

    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(folder / vault_name, settings, kdf_params=FLOOR)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    window.start()
    return ctx, window


def _rich_client(ctx) -> object:
    """A client with goals, feedback, exercises and open checklist topics to show."""
    services = ctx.services
    best, best_score = None, -1
    for client in services.clients.list(status="active"):
        overview = services.overview.get(client.id)
        score = (len(overview.goals) + len(overview.active_exercises) + len(overview.open_items)
                 + (overview.last_feedback is not None) + 3 * bool(overview.client.preferences)
                 + (overview.agreement is not None and overview.agreement.agreed))
        if score > best_score:
            best, best_score = client, score
    return best


def _draft_note(ctx) -> tuple[object, object]:
    """A client's newest session still in draft (the editor at its most useful)."""
    services = ctx.services
    for client in services.clients.list(status="active"):
        for summary in services.sessions.list(client.id):
            if summary.status == "draft":
                return client, summary
    client = services.clients.list()[0]
    return client, services.sessions.list(client.id)[0]


def _dialogs(ctx, window, client_workspace, client_id, out: Path) -> None:
    """Each record editor, opened on the demo client's own records."""
    services = ctx.services
    goals = client_workspace.view("goals")
    [goal, *_] = services.agreements.goals(client_id)
    shots = [("goal-dialog", lambda: goals.open_goal(goal))]
    if len(services.agreements.versions(client_id)) > 1:
        shots.append(("agreement-history", goals.open_history))
    checklists = services.checklists.list(client_id)
    if checklists and checklists[0].items:
        item = checklists[0].items[1]
        shots.append(("checklist-topic", lambda: client_workspace.view("checklists").open_item(
            checklists[0].id, item)))
    exercises = services.exercises.list(client_id)
    if exercises:
        shots.append(("exercise-dialog",
                      lambda: client_workspace.view("exercises").open_exercise(exercises[0])))
    shots.append(("feedback-dialog", client_workspace.view("feedback").open_feedback))
    for name, open_dialog in shots:
        dialog = open_dialog()
        grab(window, out, name, dialog)
        dialog.reject()


def _pdf_pages(pdf: bytes, out: Path, stem: str, pages: int = 1) -> None:
    """The PDF's first `pages` pages as PNGs, rendered with QtPdf at 100 dpi onto white."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    for page in range(pages):
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * 100 / 72), round(points.height() * 100 / 72))
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, document.render(page, size))
        painter.end()
        path = out / f"{stem}{'' if page == 0 else f'-page{page + 1}'}.png"
        image.save(str(path))
        print(f"wrote {path}")
    document.close()


def _handout_pages(ctx, client_id, out: Path) -> None:
    """Each kind of handout for the demo client, first page as a PNG (and the record's second):
    what docs/handouts shows in the README."""
    from app.services.handouts import HandoutKind, HandoutRequest

    out.mkdir(parents=True, exist_ok=True)
    for kind in HandoutKind:
        handout = ctx.services.handouts.build(HandoutRequest(kind, client_id))
        _pdf_pages(handout.pdf, out, kind.value, 2 if kind is HandoutKind.RECORD else 1)


def _in_other_languages(folder: Path, client_id, out: Path) -> None:
    """The app in Portuguese (its main screens on `client_id`) and that client's goal agreement
    in each language: docs/screenshots/pt-*.png and agreement-<lang>.png."""
    from app.languages import LANGUAGES
    from app.services.handouts import HandoutKind, HandoutRequest
    from app.ui.kit import language

    language.install("pt")
    ctx, window = _new_window(folder, "practice.vault")
    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.unlock_button.click()
    wait_until(lambda: window.workspace is not None)
    workspace = window.workspace
    for tab, name in (("overview", "pt-client-overview"), ("sessions", "pt-sessions"),
                      ("goals", "pt-goals"), ("checklists", "pt-boundaries")):
        workspace.open_client(client_id, tab)
        wait_until(lambda: workspace.client.client_id == client_id)
        settle(0.6)
        grab(window, out, name)
    for code in LANGUAGES:
        if code != "en":
            handout = ctx.services.handouts.build(HandoutRequest(HandoutKind.AGREEMENT,
                                                                 client_id, language=code))
            _pdf_pages(handout.pdf, out, f"agreement-{code}")
    window.close()
    language.install("en")


def take(out: Path) -> None:
    from app.crypto.kdf import FLOOR
    from app.demo import build_demo
    from app.services.measures import PHQ9
    from app.ui.shell.app import make_application

    app = make_application([sys.argv[0]])
    app.setStyle("Fusion")  # the same look on every machine that runs this
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="reciprocal-shots-") as temp:
        folder = Path(temp)
        _, window = _new_window(folder / "empty", "practice.vault")
        grab(window, out, "welcome")
        welcome = window.welcome
        welcome.create_button.click()
        welcome.passphrase_fields.first.setText(PASSPHRASE)
        welcome.passphrase_fields.second.setText(PASSPHRASE)
        grab(window, out, "create-vault")
        welcome.make_button.click()
        wait_until(lambda: bool(welcome.recovery_label.text()))
        grab(window, out, "recovery-key")
        window.close()

        (folder / "demo").mkdir()
        build_demo(folder / "demo" / "practice.vault", PASSPHRASE, clients=12, sessions=12,
                   seed=11, kdf_params=FLOOR)
        ctx, window = _new_window(folder / "demo", "practice.vault")
        grab(window, out, "unlock")

        window.unlock_panel.passphrase.setText(PASSPHRASE)
        window.unlock_panel.unlock_button.click()
        wait_until(lambda: window.workspace is not None)
        workspace = window.workspace
        client = _rich_client(ctx)
        workspace.open_client(client.id)
        wait_until(lambda: workspace.client.client_id == client.id)
        grab(window, out, "client-overview")

        workspace.open_client(client.id, "goals")
        settle()
        grab(window, out, "goals-and-agreement")

        workspace.open_client(client.id, "feedback")
        settle()
        grab(window, out, "feedback-measures")
        dialog = workspace.client.view("feedback").open_measure(PHQ9)
        grab(window, out, "record-phq9", dialog)
        dialog.reject()

        workspace.open_client(client.id, "exercises")
        settle()
        grab(window, out, "exercises")

        workspace.open_client(client.id, "checklists")
        settle()
        grab(window, out, "boundaries-checklist")
        _dialogs(ctx, window, workspace.client, client.id, out)
        preview = workspace.client.open_handout("agreement")
        wait_until(lambda: preview.handout is not None)
        settle(0.6)
        grab(window, out, "handout-preview", preview)
        preview.reject()
        _handout_pages(ctx, client.id, out.parent / "handouts")

        writer, draft = _draft_note(ctx)
        workspace.open_client(writer.id, "sessions", draft.id)
        wait_until(lambda: workspace.client.sessions.editor.session_id == draft.id)
        grab(window, out, "session-editor")
        signed = next(s for s in ctx.services.sessions.list(writer.id) if s.status == "signed")
        workspace.open_client(writer.id, "sessions", signed.id)
        wait_until(lambda: workspace.client.sessions.editor.session_id == signed.id)
        grab(window, out, "signed-note")

        window.resize(*SMALL)  # a small laptop screen: every list still readable
        workspace.open_client(client.id, "overview")
        settle()
        grab(window, out, "client-overview-1024x700")
        workspace.open_client(writer.id, "sessions", draft.id)
        wait_until(lambda: workspace.client.sessions.editor.session_id == draft.id)
        grab(window, out, "session-editor-1024x700")
        window.resize(*SIZE)

        dialog = workspace.open_search()
        dialog.query.setText("sleep")
        dialog.search_now()
        wait_until(lambda: dialog.results.count() > 0)
        grab(window, out, "search", dialog)
        dialog.close()

        window.journal_action.trigger()
        workspace.journal.entries.setCurrentRow(0)
        grab(window, out, "journal")
        window.settings_action.trigger()
        grab(window, out, "settings")
        templates = workspace.settings.open_templates()
        wait_until(lambda: templates.list.count() > 0)
        grab(window, out, "checklist-templates", templates)
        templates.reject()
        settings = workspace.settings
        settings.backup_folder.setText("/media/usb/Reciprocal backups")
        scroll = settings.findChild(QScrollArea)
        group = settings.backup_folder.parentWidget()  # the Backups box, at the top
        scroll.verticalScrollBar().setValue(group.mapTo(scroll.widget(), QPoint(0, 0)).y() - 30)
        grab(window, out, "backup-settings")
        usb = folder / "usb"
        usb.mkdir()
        ctx.services.backups.write_to_folder(usb)
        ctx.services.backups.write_backup_key(usb, PASSPHRASE)

        window.clients_action.trigger()
        workspace.open_client(client.id, "overview")
        settle()
        workspace.client._on_handover("feedback")  # the client's screen; then the lock screen
        wait_until(lambda: window.handover is not None)
        handover = window.handover
        handover.resize(*SIZE)
        settle()
        handover.grab().save(str(out / "handover.png"))
        print(f"wrote {out / 'handover.png'}")
        handover.stop.click()
        wait_until(lambda: not ctx.vault.is_unlocked)
        window.close()

        _, window = _new_window(folder / "new computer", "practice.vault")
        window.welcome.restore_button.click()
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if w.objectName() == "restore-dialog" and w.isVisible())
        dialog.picker.set_backup_file(next(usb.glob("reciprocal-backup-*.age")))
        dialog.picker.passphrase.setText(PASSPHRASE)
        grab(window, out, "restore", dialog)
        dialog.hide()
        window.close()
        _in_other_languages(folder / "demo", client.id, out)


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    take(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
