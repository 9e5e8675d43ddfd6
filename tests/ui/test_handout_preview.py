"""Handouts in the app: Han&dout… (or Ctrl+P) previews the tab's handout from memory; large
print rebuilds it; Save as PDF… and Print… each add one disclosure entry once done; nothing is
logged for a preview; a lock closes the preview."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import pypdf
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.services.exercises import ExerciseDraft
from app.services.sessions import SessionDraft
from app.ui.handouts.kinds import KIND_TITLES
from app.ui.kit.background import wait_until_idle
from tests.ui.conftest import LEFT, add_client, create_vault, new_session, open_dialog, unlock
from tests.ui.test_accessibility import _unnamed

pytestmark = pytest.mark.usefixtures("no_windows_left_open")

SUMMARY = "We practised slowing the breath — Zoë's idea 🙂"


def _client_with_a_session(qtbot, window, ctx):
    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, "Zoe Lima")
    services = ctx.services
    services.sessions.create(client_id, SessionDraft(
        starts_at=datetime.now() - timedelta(hours=2), shared_summary=SUMMARY,
        private_note="PRIVATE-SENTINEL-7731"))
    services.exercises.create(client_id, ExerciseDraft("Three slow breaths",
                                                       "Before each meal.", "mindfulness"))
    window.workspace.open_client(client_id, "sessions")
    return client_id


def _preview(qtbot, window):
    window.handout_action.trigger()  # Ctrl+P
    preview = open_dialog("handout-preview")
    qtbot.waitUntil(lambda: preview.handout is not None and preview.print_button.isEnabled())
    return preview


def test_ctrl_p_previews_the_session_summary_and_logs_nothing(qtbot, window, ctx):
    client_id = _client_with_a_session(qtbot, window, ctx)
    preview = _preview(qtbot, window)
    assert _unnamed(preview) == []
    assert preview.handout.request.kind == "session"
    assert preview.document.pageCount() == preview.handout.pages >= 1
    text = "".join(page.extract_text() for page in
                   pypdf.PdfReader(io.BytesIO(preview.handout.pdf)).pages)
    assert "Three slow breaths" in text and "Zoe Lima" in text
    assert "PRIVATE-SENTINEL-7731" not in text
    assert "page" in preview.status.text() and "A4" in preview.status.text()
    assert ctx.services.disclosures.list(client_id) == []  # a preview is not a disclosure
    preview.reject()


def test_typing_of_a_moment_ago_is_on_the_handout(qtbot, window, ctx):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Ana Lima")
    editor = new_session(qtbot, window)
    qtbot.keyClicks(editor.shared_summary, "we planned the letter to her sister")
    window.handout_action.trigger()  # at once: the autosave has not fired yet
    preview = open_dialog("handout-preview")
    qtbot.waitUntil(lambda: preview.handout is not None)
    text = "".join(page.extract_text() for page in
                   pypdf.PdfReader(io.BytesIO(preview.handout.pdf)).pages)
    assert "we planned the letter to her sister" in text
    preview.reject()


def test_large_print_rebuilds_with_more_pages(qtbot, window, ctx):
    client_id = _client_with_a_session(qtbot, window, ctx)
    for days in range(1, 6):
        ctx.services.sessions.create(client_id, SessionDraft(
            starts_at=datetime.now() - timedelta(days=7 * days), shared_summary=SUMMARY * 8))
    window.workspace.client.open_handout("record")
    preview = open_dialog("handout-preview")
    qtbot.waitUntil(lambda: preview.handout is not None)
    normal = preview.handout.pages
    qtbot.mouseClick(preview.large_print, LEFT,
                     pos=QPoint(8, preview.large_print.height() // 2))  # on the box itself
    qtbot.waitUntil(lambda: preview.handout.request.large_print and preview.print_button.isEnabled())
    assert preview.handout.pages > normal
    assert ctx.services.disclosures.list(client_id) == []
    preview.reject()


def test_save_as_pdf_writes_the_file_owner_only_and_logs_it_once(qtbot, window, ctx, tmp_path):
    client_id = _client_with_a_session(qtbot, window, ctx)
    preview = _preview(qtbot, window)
    out = tmp_path / "summary.pdf"
    preview.save_to(out)
    qtbot.waitUntil(lambda: "Saved to" in preview.status.text())
    assert out.read_bytes() == preview.handout.pdf
    assert out.stat().st_mode & 0o777 == 0o600
    [entry] = ctx.services.disclosures.list(client_id)
    assert entry.action == "handout" and entry.what.startswith("Session summary of ")
    assert entry.recipient == "Zoe Lima"
    preview.reject()


def test_print_to_a_pdf_file_saves_the_handout_itself_and_logs_it_once(qtbot, window, ctx,
                                                                       tmp_path):
    client_id = _client_with_a_session(qtbot, window, ctx)
    preview = _preview(qtbot, window)
    printer = preview.printer()
    assert printer.docName() == "Session summary"  # the queue shows the kind, never the client
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    preview.print_to(printer)  # "Print to file": the pages themselves, with their text
    qtbot.waitUntil(lambda: "Saved to" in preview.status.text())
    assert out.read_bytes() == preview.handout.pdf and out.stat().st_mode & 0o777 == 0o600
    [entry] = ctx.services.disclosures.list(client_id)
    assert entry.action == "handout"
    preview.reject()


def _printer_for_pages(preview, out, first: int, last: int) -> QPrinter:
    printer = preview.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setFromTo(first, last)  # a page range: drawn page by page, as for a printer
    return printer


def test_printing_pages_goes_through_qprinter_and_logs_it_once(qtbot, window, ctx, tmp_path):
    client_id = _client_with_a_session(qtbot, window, ctx)
    preview = _preview(qtbot, window)
    out = tmp_path / "printed.pdf"
    preview.print_to(_printer_for_pages(preview, out, 1, 1))
    qtbot.waitUntil(lambda: "printer" in preview.status.text(), timeout=20000)
    assert len(pypdf.PdfReader(out).pages) == 1
    [entry] = ctx.services.disclosures.list(client_id)
    assert entry.action == "print"
    preview.reject()


@pytest.mark.parametrize("then", ["closed", "locked"])
def test_a_print_is_logged_once_even_if_the_preview_closes_or_the_vault_locks(
        qtbot, any_window, ctx, tmp_path, then):
    window = any_window
    client_id = _client_with_a_session(qtbot, window, ctx)
    for days in range(1, 8):
        ctx.services.sessions.create(client_id, SessionDraft(
            starts_at=datetime.now() - timedelta(days=7 * days), shared_summary=SUMMARY * 20))
    window.workspace.client.open_handout("record")
    preview = open_dialog("handout-preview")
    qtbot.waitUntil(lambda: preview.handout is not None and preview.print_button.isEnabled(),
                    timeout=20000)
    pages = preview.handout.pages
    preview.print_to(_printer_for_pages(preview, tmp_path / "printed.pdf", 1, pages))
    if then == "closed":
        preview.reject()  # at once, while the pages are still being drawn
        wait_until_idle(20000)
    else:
        window.lock()
        qtbot.waitUntil(lambda: not ctx.vault.is_unlocked, timeout=20000)
        wait_until_idle(20000)
        unlock(qtbot, window)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    [entry] = ctx.services.disclosures.list(client_id)
    assert entry.action == "print" and f"({pages} pages)" in entry.what


def test_every_kind_is_offered_and_a_missing_one_says_why(qtbot, window, ctx):
    _client_with_a_session(qtbot, window, ctx)
    workspace = window.workspace.client
    assert [a.text() for a in workspace.handout_menu.actions()] == [
        "Session summary", "Goal agreement", "Boundaries & transparency agreement",
        "Practices sheet", "PHQ-9 form (blank)", "GAD-7 form (blank)", "The client's record"]
    from app.services.handouts import KIND_NAMES

    assert {kind.value: name for kind, name in KIND_NAMES.items()} == KIND_TITLES  # one name
    workspace.handout_menu.actions()[1].trigger()  # no agreement yet
    preview = open_dialog("handout-preview")
    qtbot.waitUntil(lambda: "no goal agreement yet" in preview.status.text())
    assert not preview.print_button.isEnabled() and not preview.save_button.isEnabled()
    preview.reject()


def test_the_handout_follows_the_tab(qtbot, window, ctx):
    _client_with_a_session(qtbot, window, ctx)
    workspace = window.workspace.client
    workspace.show_feature("exercises")
    qtbot.mouseClick(workspace.handout_button, LEFT, pos=QPoint(10, 10))  # not the arrow
    preview = open_dialog("handout-preview")
    qtbot.waitUntil(lambda: preview.handout is not None)
    assert preview.handout.request.kind == "practices"
    preview.reject()


def test_a_lock_closes_the_preview(qtbot, window, ctx):
    _client_with_a_session(qtbot, window, ctx)
    _preview(qtbot, window)
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_panel.isVisible())
    assert not [w for w in QApplication.topLevelWidgets()
                if w.objectName() == "handout-preview" and w.isVisible()]
    assert not window.handout_action.isEnabled()
