"""At 1024×700 — a small laptop screen — every list shows its entries whole: no date or name is
cut short with "…", in the client list, a client's sessions, the journal and search results,
at the usual font size and at a large one."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget, QStyle

from app.services.clients import ClientDraft, ClientView
from app.services.journal import JournalDraft
from app.services.sessions import SessionDraft
from app.ui.search.search_dialog import HTML_ROLE
from tests.ui.conftest import _open_window, create_vault, open_dialog

pytestmark = pytest.mark.usefixtures("no_windows_left_open")

SMALL = (1024, 700)
LAYOUT_MS = 250  # a list with wrapping items lays them out again 100 ms after a resize
LONG_NAME = "Maximiliane Wojciechowska-Oberhauser"


@pytest.fixture(params=[None, 16], ids=["usual font", "16 pt font"])
def large_font_window(request, qtbot, ctx, sync_jobs):
    """The main window built with the application font at this point size."""
    app = QApplication.instance()
    before = QFont(app.font())
    if request.param is not None:
        font = QFont(before)
        font.setPointSize(request.param)
        app.setFont(font)
    try:
        yield from _open_window(qtbot, ctx)
    finally:
        app.setFont(before)


def _cut_lines(view: QAbstractItemView, indexes: list[QModelIndex]) -> list[str]:
    """Each item line wider than the room its item has in the view (Qt would elide it)."""
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
                  + 1)
    room = view.viewport().width()
    cut = []
    for index in indexes:
        rect = view.visualRect(index)
        width = min(rect.width(), room - rect.left()) - margin
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if view.wordWrap():  # lines may wrap, but each word must fit, and every line show
            flags = Qt.TextFlag.TextWordWrap
            need = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).size()
        else:
            need = metrics.boundingRect(QRect(0, 0, 10_000, 10_000), 0, text).size()
        if need.width() > width or need.height() > rect.height():
            cut.append(f"{text!r} needs {need.width()}x{need.height()}px, has "
                       f"{width}x{rect.height()}")
    return cut


def _items(view: QAbstractItemView) -> list[QModelIndex]:
    model = view.model()
    return [model.index(row, 0) for row in range(model.rowCount())]


def _cut_results(view: QListWidget) -> list[str]:
    """Search results are rich text wrapped to the view: each must fit its row."""
    cut = []
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        doc = QTextDocument()
        doc.setDefaultFont(view.font())
        doc.setHtml(item.data(HTML_ROLE))
        doc.setTextWidth(rect.width() - 8)
        if doc.idealWidth() > rect.width() - 8 or rect.right() > view.viewport().width():
            cut.append(f"result {row} needs {doc.idealWidth():.0f}px, has {rect.width() - 8}")
        if doc.size().height() > rect.height():
            cut.append(f"result {row} needs {doc.size().height():.0f}px high, "
                       f"has {rect.height()}")
    return cut


def _practice(ctx) -> list[ClientView]:
    """Clients with long names, one with many sessions, and a full journal."""
    services = ctx.services
    clients = [services.clients.create(ClientDraft(display_name=name))
               for name in (LONG_NAME, "Ana Lima", "Oskar Brennan-Fitzgerald")]
    services.clients.set_status(clients[2].id, "paused")
    start = datetime(2026, 12, 1, 23, 25)  # the list's widest dates: "Tue 29 Dec 2026, 23:25"
    for week in range(20):  # enough for the list to scroll
        services.sessions.create(clients[0].id, SessionDraft(
            starts_at=start + timedelta(days=7 * week), template=("SOAP", "BIRP")[week % 2],
            shared_summary="we practised the breathing exercise over tea"))
    for day in range(12):
        services.journal.save(JournalDraft(
            kind=("reflection", "supervision", "self-care")[day % 3],
            title="After the long Wednesday with three new referrals",
            written_at=datetime(2026, 9, 23 + day % 7, 18, 0)))
    return clients


def _outside(widgets, container) -> list[str]:
    """Each widget not wholly inside `container`, or squeezed below its own minimum width."""
    return [f"{type(w).__name__} at {w.geometry()}" for w in widgets
            if w.width() < w.minimumSizeHint().width()
            or not container.rect().contains(w.geometry().translated(
                w.parentWidget().mapTo(container, w.parentWidget().rect().topLeft())))]


def test_every_list_is_readable_at_1024_by_700(qtbot, large_font_window, ctx, tmp_path):
    window = large_font_window
    create_vault(qtbot, window)
    clients = _practice(ctx)
    window.resize(*SMALL)
    window.workspace.client_list.set_clients(ctx.services.clients.list())
    window.workspace.client_list.status.setCurrentIndex(3)  # all clients
    window.workspace.open_client(clients[0].id, "sessions")
    sessions = window.workspace.client.sessions
    qtbot.waitUntil(lambda: sessions.list.count() == 20)
    sessions.list.setCurrentRow(0)
    qtbot.wait(LAYOUT_MS)
    assert (window.width(), window.height()) == SMALL  # nothing makes the window wider
    window.grab().save(str(tmp_path / "sessions-1024.png"))
    editor = sessions.editor
    found = {"session editor": _outside((editor.starts_at, editor.duration, editor.format,
                                         editor.template, editor.sign_button), editor),
             "client list": _cut_lines(window.workspace.client_list.list,
                                       _items(window.workspace.client_list.list)),
             "sessions": _cut_lines(sessions.list, _items(sessions.list))}

    window.journal_action.trigger()
    journal = window.workspace.journal
    qtbot.waitUntil(lambda: journal.entries.count() == 12)
    qtbot.wait(LAYOUT_MS)
    window.grab().save(str(tmp_path / "journal-1024.png"))
    found["journal"] = _cut_lines(journal.entries, _items(journal.entries))

    window.clients_action.trigger()
    window.search_action.trigger()
    search = open_dialog("search-dialog")
    qtbot.keyClicks(search.query, "breathing")
    qtbot.waitUntil(lambda: search.results.count() > 0, timeout=3000)
    qtbot.wait(LAYOUT_MS)
    search.grab().save(str(tmp_path / "search-1024.png"))
    found["search results"] = _cut_results(search.results)
    search.reject()
    found = {where: cut for where, cut in found.items() if cut}
    assert not found, "\n".join(f"{where}: {cut}" for where, cut in found.items())
