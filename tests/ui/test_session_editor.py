"""The session editor: signing locks a note (only dated amendments after), the private note and
the shared summary never leak into each other, and changing template loses no text."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.errors import NotAllowed
from app.ui.kit.dates import long_date
from app.ui.sessions.session_editor import PRIVATE_LABEL, SHARED_LABEL, carry_over
from tests.ui.conftest import LEFT, add_client, create_vault, new_session, open_dialog, wait_saved


@pytest.fixture
def editor(qtbot, window):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Marguerite")
    return new_session(qtbot, window)


def test_sign_and_lock_refuses_edits_and_keeps_dated_amendments(qtbot, editor, ctx):
    session_id = editor.session_id
    qtbot.keyClicks(editor.shared_summary, "we planned the letter")
    qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog("sign-dialog")
    assert not dialog.accept_button.isEnabled()  # a typed name is needed
    qtbot.keyClicks(dialog.name, "Dr Ana Lima")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.saved_state.text() == "Signed and locked")

    view = ctx.services.sessions.get(session_id)
    assert view.signed and view.signed_by == "Dr Ana Lima"
    assert view.shared_summary == "we planned the letter"  # typing saved before signing
    assert editor.shared_summary.isReadOnly() and editor.private_note.isReadOnly()
    assert all(e.isReadOnly() for e in editor._field_edits.values())
    assert not editor.template.isEnabled() and not editor.sign_button.isVisible()
    qtbot.keyClicks(editor.shared_summary, " and more")
    assert editor.shared_summary.toPlainText() == "we planned the letter"
    assert editor.pending_save() is None
    with pytest.raises(NotAllowed):
        ctx.services.sessions.save(session_id, editor.draft())

    document = editor.signed_document  # one flowing, read-only page with everything
    assert editor.pages.currentWidget() is document.parentWidget() and document.isReadOnly()
    assert not editor.shared_summary.isVisible() and not editor.template.isVisible()
    assert "we planned the letter" in document.toPlainText()
    assert "Dr Ana Lima" in document.toPlainText()
    qtbot.keyClicks(editor.amendment_text, "The letter was sent on Friday.")
    qtbot.mouseClick(editor.amend_button, LEFT)
    qtbot.waitUntil(lambda: "sent on Friday" in editor.signed_document.toPlainText())
    amendment = ctx.services.sessions.get(session_id).amendments[0]
    assert amendment.text == "The letter was sent on Friday."
    assert amendment.created_at.date() == date.today()
    shown = editor.signed_document.toPlainText()
    assert long_date(amendment.created_at) in shown
    assert shown.index("we planned the letter") < shown.index("sent on Friday")
    assert ctx.services.sessions.get(session_id).shared_summary == "we planned the letter"


def test_private_text_never_lands_in_the_shared_summary(qtbot, editor, ctx):
    session_id = editor.session_id
    qtbot.keyClicks(editor.private_note, "my countertransference: irritation")
    qtbot.keyClicks(editor.shared_summary, "we named three small steps")
    wait_saved(qtbot, editor)
    view = ctx.services.sessions.get(session_id)
    assert view.shared_summary == "we named three small steps"
    assert "irritation" not in view.shared_summary
    assert all("irritation" not in text for text in view.fields.values())
    private = ctx.services.sessions.private_note(session_id)
    assert private == "my countertransference: irritation"
    assert "three small steps" not in private
    assert editor.private_panel.title.text() == PRIVATE_LABEL
    assert editor.shared_panel.title.text() == SHARED_LABEL
    base = editor.shared_summary.palette().color(editor.shared_summary.backgroundRole())
    tinted = editor.private_note.palette().color(editor.private_note.backgroundRole())
    assert base != tinted  # the private panel looks different


def test_changing_template_keeps_every_word(qtbot, editor, ctx):
    qtbot.keyClicks(editor._field_edits["subjective"], "slept better")
    qtbot.keyClicks(editor._field_edits["plan"], "call the GP")
    editor.template.setCurrentIndex(editor.template.findData("DAP"))
    assert list(editor._field_edits) == ["data", "assessment", "plan"]
    assert editor._field_edits["plan"].toPlainText() == "call the GP"
    assert "Subjective:\nslept better" in editor._field_edits["data"].toPlainText()
    wait_saved(qtbot, editor)
    view = ctx.services.sessions.get(editor.session_id)
    assert view.template == "DAP" and "slept better" in view.fields["data"]


def test_carry_over_only_moves_what_has_no_place():
    labels = {"note": "Note", "plan": "Plan"}
    assert carry_over({"note": "", "plan": "x"}, labels, ["plan"]) == {"plan": "x"}
    assert carry_over({"note": "a"}, labels, ["data", "plan"]) == {"data": "Note:\na",
                                                                  "plan": ""}


def test_a_draft_can_be_deleted(qtbot, editor, window, ctx):
    from PySide6.QtWidgets import QApplication, QMessageBox

    sessions_tab = window.workspace.client.sessions
    assert sessions_tab.list.count() == 1
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    delete = next(b for b in box.buttons() if b.text() == "Delete draft")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.session_id is None)
    assert ctx.services.sessions.list(ctx.services.clients.list()[0].id) == []
    assert sessions_tab.list.count() == 0


def test_the_private_tint_follows_a_switch_to_dark(qtbot, editor):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    light = QApplication.palette()
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#e6e6e6")):
        dark.setColor(role, QColor(colour))
    try:
        QApplication.setPalette(dark)
        qtbot.wait(20)
        base = editor.private_note.palette().color(QPalette.ColorRole.Base)
        assert base.lightness() < 100  # a dark tint, still readable with light text
        assert base != QColor("#1e1e1e")  # and still tinted
    finally:
        QApplication.setPalette(light)


def test_clearing_the_editor_leaves_no_words_nor_their_undo_in_its_boxes(qtbot, editor):
    """Each client opened clears the editor to the free-text note; its boxes are kept when
    they are that note's boxes already, but hold nothing of the note before, not even in
    their undo history, and take typing again."""
    editor.template.setCurrentIndex(editor.template.findData("free"))
    [box] = editor._field_edits.values()
    qtbot.keyClicks(box, "a private worry")
    wait_saved(qtbot, editor)
    box.setReadOnly(True)  # as a signed note leaves it
    editor.clear()
    assert editor.session_id is None
    assert list(editor._field_edits.values()) == [box]  # the same box, emptied
    assert box.toPlainText() == "" and not box.document().isUndoAvailable()
    assert not box.isReadOnly()
    editor.clear()
    assert box.toPlainText() == "" and not box.document().isUndoAvailable()
