"""Nothing typed is lost on lock: when the save before a lock fails (a full disk), the lock still
happens, the typing is kept only as ciphertext in memory, and after the next unlock it is saved —
or, if saving fails again, put back in its editor, unsaved."""

from __future__ import annotations

import gc
from datetime import datetime
from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtWidgets import QApplication

from app.crypto.errors import DecryptionFailed
from app.errors import DiskFull
from app.services.journal import Journal, JournalDraft
from app.services.sessions import SessionDraft, Sessions
from app.ui.kit.save_job import RecordRef, SaveJob
from app.ui.sessions.session_editor import save_session
from app.ui.shell.kept_typing import KeptTyping
from tests.ui.conftest import add_client, create_vault, new_session, open_dialog, unlock

SENTINEL = "Kestrel-7781 said the quiet part out loud"
FULL = "The disk is full, so the last change was not saved."


def _refuse(*_args, **_kwargs):
    raise DiskFull(FULL)


def _no_plaintext_draft_left() -> None:
    """No draft or save job holding the sentinel is reachable once the vault is locked."""
    gc.collect()
    for obj in gc.get_objects():
        if isinstance(obj, SessionDraft | JournalDraft):
            assert SENTINEL not in repr(obj), "a plaintext draft survived the lock"
        elif isinstance(obj, SaveJob):
            assert SENTINEL not in repr(obj.draft), "a save job survived the lock"


def _lock_with_saves_failing(qtbot, window, ctx, monkeypatch, cls, method="save") -> None:
    monkeypatch.setattr(cls, method, _refuse)
    window.lock()
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    qtbot.wait(20)  # the workspace's deferred deletion
    assert window.workspace is None
    assert len(window._kept) == 1
    assert SENTINEL.encode() not in window._kept[0].sealed
    assert SENTINEL.encode("utf-16-le") not in window._kept[0].sealed
    _no_plaintext_draft_left()


def _message() -> str:
    return open_dialog("kept-typing-box").text()


def test_a_note_a_failed_save_could_not_keep_is_saved_after_unlock(qtbot, window, ctx,
                                                                   monkeypatch):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Marguerite")
    editor = new_session(qtbot, window)
    session_id = editor.session_id
    editor.private_note.setPlainText(SENTINEL)  # typed, not saved yet
    _lock_with_saves_failing(qtbot, window, ctx, monkeypatch, Sessions)
    monkeypatch.undo()  # the disk has room again
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: "it is saved now" in _message())
    assert _message() == ("What you were typing when the vault locked could not be saved "
                          "then; it is saved now.")
    assert ctx.services.sessions.private_note(session_id) == SENTINEL
    assert window._kept == []
    qtbot.waitUntil(lambda: window.workspace.client.sessions.editor.session_id == session_id)
    assert window.workspace.client.sessions.editor.private_note.toPlainText() == SENTINEL


def test_a_note_that_fails_again_is_back_in_its_editor(qtbot, window, ctx, monkeypatch):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Marguerite")
    editor = new_session(qtbot, window)
    session_id = editor.session_id
    editor.private_note.setPlainText(SENTINEL)
    _lock_with_saves_failing(qtbot, window, ctx, monkeypatch, Sessions)
    unlock(qtbot, window)  # the disk is still full
    editor = window.workspace.client.sessions.editor
    qtbot.waitUntil(lambda: editor.session_id == session_id
                    and editor.private_note.toPlainText() == SENTINEL)
    assert _message().startswith(FULL + " What you were typing when the vault locked is back")
    assert editor.saved_state.text() == "Not saved yet — your text is still here"
    assert ctx.services.sessions.private_note(session_id) == ""
    monkeypatch.undo()
    window.save_action.trigger()
    qtbot.waitUntil(lambda: editor.saved_state.text().startswith("Saved"))
    assert ctx.services.sessions.private_note(session_id) == SENTINEL


def test_a_new_journal_entry_that_could_not_be_saved_is_saved_after_unlock(
        qtbot, window, ctx, monkeypatch):
    create_vault(qtbot, window)
    window.journal_action.trigger()
    journal = window.workspace.journal
    journal.new_button.click()
    journal.title.setText("After supervision")
    journal.body.setPlainText(SENTINEL)
    _lock_with_saves_failing(qtbot, window, ctx, monkeypatch, Journal)
    monkeypatch.undo()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: "it is saved now" in _message())
    [entry] = ctx.services.journal.list()
    assert (entry.title, entry.body) == ("After supervision", SENTINEL)


def test_quitting_while_typing_is_kept_asks_first(qtbot, window, ctx, monkeypatch):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Marguerite")
    new_session(qtbot, window).private_note.setPlainText(SENTINEL)
    _lock_with_saves_failing(qtbot, window, ctx, monkeypatch, Sessions)
    monkeypatch.undo()
    assert not window.close()  # the first Quit says what would be lost
    assert "unlock to save it" in _message()
    assert window.isVisible()


def test_kept_typing_opens_once_and_wipes_its_key():
    draft = SessionDraft(starts_at=datetime(2026, 3, 2, 9, 0), private_note=SENTINEL)
    kept = KeptTyping([SaveJob(object(), save_session, draft, RecordRef(uuid4()))],
                      Path("practice.vault"))
    del draft
    assert SENTINEL.encode() not in kept.sealed
    [job] = kept.open("the services after unlock")
    assert job.draft.private_note == SENTINEL
    assert job.services == "the services after unlock"
    assert bytes(kept._key) == bytes(32)  # wiped
    with pytest.raises(DecryptionFailed):  # the key and ciphertext are gone: once only
        kept.open("again")


def test_typing_a_failed_save_could_not_keep_survives_a_switch_to_another_vault(
        qtbot, window, ctx, monkeypatch, tmp_path):
    from app.services.vault import Vault
    from tests.conftest import CHEAP_KDF, PASSPHRASE

    create_vault(qtbot, window)
    add_client(qtbot, window, "Marguerite")
    editor = new_session(qtbot, window)
    session_id, first = editor.session_id, ctx.vault.path
    editor.private_note.setPlainText(SENTINEL)  # typed, not saved yet
    other, _recovery = Vault.create(tmp_path / "other.vault", PASSPHRASE, kdf_params=CHEAP_KDF)
    monkeypatch.setattr(Sessions, "save", _refuse)
    window.switch_to(other, PASSPHRASE)  # e.g. continuing into a restored practice
    qtbot.waitUntil(lambda: "comes back when you open that vault" in _message())
    assert [k.vault_path for k in window._kept] == [first]
    assert SENTINEL.encode() not in window._kept[0].sealed
    open_dialog("kept-typing-box").accept()
    monkeypatch.undo()
    window.lock()
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    back = Vault.open(first)
    back.unlock(PASSPHRASE)
    window.switch_to(back, PASSPHRASE)
    qtbot.waitUntil(lambda: window._kept == [])
    assert ctx.services.sessions.private_note(session_id) == SENTINEL


def test_a_half_answered_questionnaire_open_at_a_lock_comes_back_and_feedback_is_saved(
        qtbot, window, ctx):
    from app.services.measures import PHQ9

    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, "Marguerite")
    workspace = window.workspace.client
    workspace.show_feature("feedback")
    tab = workspace.view("feedback")
    qtbot.waitUntil(lambda: tab.phq9_button.isEnabled())
    feedback = tab.open_feedback()
    feedback.ratings["heard"].setValue(8)
    feedback.different.setPlainText(SENTINEL)
    dialog = tab.open_measure(PHQ9)
    for question, answer in zip(dialog.questions[:3], (1, 2, 3), strict=True):
        question.buttons[answer].click()
    dialog.comment.setPlainText("Filled in together, slowly.")
    window.lock()
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    assert len(window._kept) == 1  # the questionnaire cannot be saved half done: kept, sealed
    assert SENTINEL.encode() not in window._kept[0].sealed
    unlock(qtbot, window)
    [saved] = ctx.services.feedback.list(client_id)  # the complete feedback was saved at the lock
    assert (saved.heard, saved.different_next_time) == (8, SENTINEL)
    again = open_dialog("measure-dialog")
    assert again.answers() == [1, 2, 3, None, None, None, None, None, None]
    assert again.comment.toPlainText() == "Filled in together, slowly."
    boxes = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == "kept-typing-box" and w.isVisible()]
    assert any("not answered yet" in box.text() for box in boxes), [b.text() for b in boxes]
    assert ctx.services.measures.list(client_id) == []
    again.reject()
    for box in boxes:
        box.accept()


def test_a_new_clients_details_open_at_a_lock_are_saved_then_and_not_lost(qtbot, window, ctx):
    create_vault(qtbot, window)
    window.new_client_action.trigger()
    dialog = open_dialog("client-dialog")
    qtbot.keyClicks(dialog.display_name, "Kestrel N.")
    dialog.preferences["pace"].setPlainText(SENTINEL)
    window.lock()
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    assert window._kept == []  # a complete form: saved at the lock
    unlock(qtbot, window)
    [client] = ctx.services.clients.list()
    assert (client.display_name, client.preferences["pace"]) == ("Kestrel N.", SENTINEL)
