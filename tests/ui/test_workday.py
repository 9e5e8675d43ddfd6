"""A day's work: add a client, write a note that saves itself, lock (nothing of the client stays
in any widget), unlock, and find everything where it was."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from tests.ui.conftest import add_client, create_vault, new_session, unlock, wait_saved

SECRETS = ("Marguerite", "quietly furious", "lighthouse dream", "harbour walk",
           "slow and gentle pace")


def _model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    texts = []
    flat = isinstance(model, QAbstractListModel)  # its column/child methods are private
    columns = 1 if flat else max(model.columnCount(parent), 1)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = index.data(role)
                if value is not None:
                    texts.append(str(value))
            if not flat and model.hasChildren(index):
                texts.extend(_model_texts(model, index))
    return texts


def visible_texts() -> list[str]:
    """Every string held by any widget or item model in the application."""
    texts = []
    for widget in QApplication.allWidgets():
        texts.append(widget.windowTitle())
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
            texts.append(widget.toHtml())
        elif isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(_model_texts(widget.model()))
    return texts


def holds_secret() -> list[str]:
    return [s for s in SECRETS if any(s in text for text in visible_texts())]


def test_write_lock_unlock_and_find_it_again(qtbot, any_window, ctx):
    window = any_window
    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, "Marguerite", pace="slow and gentle pace")
    editor = new_session(qtbot, window)
    session_id = editor.session_id
    qtbot.keyClicks(editor._field_edits["subjective"], "quietly furious")
    qtbot.keyClicks(editor.shared_summary, "harbour walk")
    qtbot.keyClicks(editor.private_note, "lighthouse dream")
    assert editor.saved_state.text() == "Editing…"
    wait_saved(qtbot, editor)

    saved = ctx.services.sessions.get(session_id)
    assert saved.fields["subjective"] == "quietly furious"
    assert saved.shared_summary == "harbour walk"
    assert ctx.services.sessions.private_note(session_id) == "lighthouse dream"
    assert holds_secret()  # the test can see client text while unlocked

    window.lock_action.trigger()
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    qtbot.wait(50)  # deferred deletion of the workspace
    assert window.workspace is None
    assert holds_secret() == []
    assert window.unlock_panel.isVisible()

    unlock(qtbot, window)
    client = window.workspace.client
    qtbot.waitUntil(lambda: client.sessions.editor.session_id == session_id)
    assert client.client_id == client_id
    assert client.tabs.currentWidget() is client.sessions
    assert client.sessions.editor._field_edits["subjective"].toPlainText() == "quietly furious"
    assert client.sessions.editor.private_note.toPlainText() == "lighthouse dream"


def test_typing_not_yet_saved_is_saved_by_locking(qtbot, window, ctx):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Marguerite")
    editor = new_session(qtbot, window)
    session_id = editor.session_id
    qtbot.keyClicks(editor.private_note, "lighthouse dream")
    assert editor.saved_state.text() == "Editing…"  # the autosave has not run yet

    window.lock()
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    unlock(qtbot, window)
    assert ctx.services.sessions.private_note(session_id) == "lighthouse dream"


def test_switching_sessions_saves_at_once(qtbot, window, ctx):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Marguerite")
    editor = new_session(qtbot, window)
    first = editor.session_id
    qtbot.keyClicks(editor.shared_summary, "harbour walk")
    new_session(qtbot, window)
    assert editor.session_id != first
    assert ctx.services.sessions.get(first).shared_summary == "harbour walk"


def test_quitting_saves_typing_and_closes_the_vault(qtbot, window, ctx):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Marguerite")
    editor = new_session(qtbot, window)
    session_id = editor.session_id
    qtbot.keyClicks(editor.shared_summary, "harbour walk")
    vault_path = ctx.vault.path
    window.close()
    assert ctx.vault is None

    from app.services.vault import Vault
    from tests.conftest import PASSPHRASE

    with Vault.open(vault_path) as reopened:  # the file lock was released
        reopened.unlock(PASSPHRASE)
        assert reopened.services.sessions.get(session_id).shared_summary == "harbour walk"
