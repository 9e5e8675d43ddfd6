"""Search (Ctrl+K) finds a note by a word in its private note or its shared summary, and
opens it in place; the arrow keys move through the results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import add_client, create_vault, new_session, open_dialog, wait_saved


def _search(qtbot, window, words: str):
    window.activateWindow()  # a window manager does this when a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.workspace.client_list.search, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog("search-dialog")
    qtbot.keyClicks(dialog.query, words)
    qtbot.waitUntil(lambda: dialog.results.count() > 0 or "Nothing" in dialog.state.text(),
                    timeout=3000)
    return dialog


def _write_two_notes(qtbot, window):
    add_client(qtbot, window, "Marguerite")
    first = new_session(qtbot, window)
    first_id = first.session_id
    qtbot.keyClicks(first.private_note, "the albatross again")
    qtbot.keyClicks(first.shared_summary, "we practised the breathing over tea")
    wait_saved(qtbot, first)
    add_client(qtbot, window, "Oskar")
    second = new_session(qtbot, window)
    qtbot.keyClicks(second.shared_summary, "a calm lantern evening with tea")
    wait_saved(qtbot, second)
    return first_id, second.session_id


def test_search_finds_a_private_word_and_opens_the_note(qtbot, any_window, ctx):
    window = any_window
    create_vault(qtbot, window)
    first_id, _ = _write_two_notes(qtbot, window)
    dialog = _search(qtbot, window, "albatross")
    assert dialog.results.count() == 1
    result = dialog.results.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert result.field == "private_note"
    assert "albatross" in result.snippet
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    client = window.workspace.client
    qtbot.waitUntil(lambda: client.sessions.editor.session_id == first_id)
    assert client.name.text() == "Marguerite"
    assert client.tabs.currentWidget() is client.sessions
    assert client.sessions.editor.private_note.toPlainText() == "the albatross again"


def test_search_finds_a_shared_word_and_arrows_choose_among_results(qtbot, window, ctx):
    create_vault(qtbot, window)
    first_id, second_id = _write_two_notes(qtbot, window)
    dialog = _search(qtbot, window, "lantern")
    assert dialog.results.count() == 1
    assert dialog.results.item(0).data(Qt.ItemDataRole.UserRole + 1).field == "shared_summary"
    dialog.query.clear()
    qtbot.keyClicks(dialog.query, "tea")  # in both shared summaries
    dialog.search_now()
    qtbot.waitUntil(lambda: dialog.results.count() == 2)
    assert dialog.results.currentRow() == 0
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 1
    chosen = dialog.results.currentItem().data(Qt.ItemDataRole.UserRole + 1).record_id
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.client.sessions.editor.session_id == chosen)
    assert chosen in (first_id, second_id)


def test_nothing_found_is_said_plainly(qtbot, window):
    create_vault(qtbot, window)
    dialog = _search(qtbot, window, "zeppelin")
    assert dialog.results.count() == 0
    assert dialog.state.text() == "Nothing matches all of those words."


def test_the_index_is_built_in_the_background_after_unlocking(qtbot, any_window, ctx):
    from tests.ui.conftest import unlock

    window = any_window
    create_vault(qtbot, window)
    add_client(qtbot, window, "Ana Lima")
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_panel.isVisible() and not ctx.vault.is_unlocked,
                    timeout=20000)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    qtbot.waitUntil(lambda: ctx.services.search.is_built, timeout=20000)  # no search asked


def test_an_answer_from_part_of_the_index_is_asked_again_as_the_index_grows(qtbot, window, ctx):
    """Right after unlock the dialog answers from the part of the index read so far and says
    more may follow; it asks again when it hears the index grew (not on a timer), each time
    the index has doubled since, and shows the whole answer once the last batch is read."""
    from datetime import datetime

    from app.services.clients import ClientDraft
    from app.services.sessions import SessionDraft

    create_vault(qtbot, window)
    services = ctx.services
    for day in range(1, 41):  # the index in parts: the journal, then these 40 clients
        client = services.clients.create(ClientDraft(f"Client {day}"))
        services.sessions.create(client.id, SessionDraft(datetime(2026, 1, 1, day % 24),
                                                         shared_summary="moss on stones"))
    search, grew = services.search, ctx.events.search_index_grew
    search.invalidate()
    assert search.prepare_some() == (4, 41)  # as the app's first job after unlock does
    dialog = window.workspace.open_search()
    dialog.query.setText("moss")
    dialog.search_now()
    assert dialog.results.count() == 3
    assert dialog.state.text() == "Still reading your records: more may follow."

    def read_a_batch() -> None:  # as the app's next job does; the app then says it grew
        grew.emit(*search.prepare_some())

    read_a_batch()  # 14 of 41 parts: more than twice the 4 searched, so asked again
    assert dialog.results.count() == 13
    read_a_batch()  # 24: less than twice 14, what is shown stays
    assert dialog.results.count() == 13
    assert dialog.state.text() == "Still reading your records: more may follow."
    read_a_batch()  # 34
    assert dialog.results.count() == 33
    read_a_batch()  # 41 of 41: the whole answer
    assert dialog.results.count() == 40
    assert dialog.state.text() == "40 results. Enter opens the highlighted one."
