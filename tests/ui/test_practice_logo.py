"""The practice's logo in Settings: chosen from a file (saved at once, with what was typed so
far), shown small beside its buttons, removed again; a file that is not a picture is refused
with the vault's own sentence and the logo stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.ui.conftest import LEFT, create_vault, open_dialog, unlock
from tests.unit.logo_helpers import big_png, tiny_png


@pytest.fixture
def panel(qtbot, window):
    create_vault(qtbot, window)
    window.settings_action.trigger()
    return window.workspace.settings


def _message_box() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_logo_is_chosen_shown_and_removed(qtbot, panel, ctx, tmp_path):
    assert panel.logo_preview.accessibleName() == "Practice logo"
    assert panel.logo_preview.text() == "No logo" and not panel.remove_logo_button.isEnabled()
    qtbot.keyClicks(panel.practice_name, "Harbour Room")  # typed just before: kept too
    panel.choose_logo_from(_file(tmp_path, "logo.png", tiny_png()))
    qtbot.waitUntil(lambda: ctx.services.profile.get().logo == tiny_png())
    assert ctx.services.profile.get().practice_name == "Harbour Room"
    preview = panel.logo_preview.pixmap()
    assert not preview.isNull() and preview.height() <= 48
    assert panel.remove_logo_button.isEnabled()

    qtbot.keyClicks(panel.therapist_name, "Dr Ana Lima")  # later typing keeps the logo
    qtbot.waitUntil(lambda: panel.saved_state.text().startswith("Saved"), timeout=5000)
    assert ctx.services.profile.get().therapist_name == "Dr Ana Lima"
    assert ctx.services.profile.get().logo == tiny_png()

    qtbot.mouseClick(panel.remove_logo_button, LEFT)
    qtbot.waitUntil(lambda: ctx.services.profile.get().logo == b"")
    assert panel.logo_preview.pixmap().isNull() and panel.logo_preview.text() == "No logo"
    assert not panel.remove_logo_button.isEnabled()


@pytest.mark.parametrize("data,says", [
    (b"just some words, not a picture", "not a picture Reciprocal can read"),
    (None, "larger than 1 MB"),
], ids=["not-a-picture", "too-big"])
def test_a_file_the_vault_refuses_is_told_and_the_logo_stays(qtbot, panel, ctx, tmp_path,
                                                             data, says):
    panel.choose_logo_from(_file(tmp_path, "logo.png", tiny_png()))
    qtbot.waitUntil(lambda: ctx.services.profile.get().logo == tiny_png())
    panel.choose_logo_from(_file(tmp_path, "notes.png", big_png() if data is None else data))
    box = _message_box()
    assert says in box.text()
    box.close()
    assert ctx.services.profile.get().logo == tiny_png()
    assert not panel.logo_preview.pixmap().isNull() and panel.remove_logo_button.isEnabled()
    assert panel.draft().logo is None  # the next save of the details leaves the logo alone
    panel.practice_name.clear()
    qtbot.keyClicks(panel.practice_name, "Harbour Room")
    panel.autosave.save_now()
    qtbot.waitUntil(lambda: ctx.services.profile.get().practice_name == "Harbour Room")
    assert ctx.services.profile.get().logo == tiny_png()


def test_a_file_that_cannot_be_read_is_told(qtbot, panel, ctx, tmp_path):
    panel.choose_logo_from(tmp_path / "gone.png")
    box = _message_box()
    assert "could not be read" in box.text()
    box.close()
    assert ctx.services.profile.get().logo == b""


def test_choose_opens_a_picture_dialog_without_blocking(qtbot, panel, tmp_path):
    qtbot.mouseClick(panel.logo_button, LEFT)
    dialog = open_dialog("logo-file-dialog")
    assert isinstance(dialog, QFileDialog)
    assert any("*.png" in f and "*.jpg" in f for f in dialog.nameFilters())
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile
    dialog.fileSelected.emit(str(_file(tmp_path, "logo.png", tiny_png())))  # what Open sends
    dialog.close()
    qtbot.waitUntil(lambda: not panel.logo_preview.pixmap().isNull())


def _next_by_tab(widget, root):
    """The control Tab moves to from `widget` (focus chain order, reachable ones only)."""
    widget = widget.nextInFocusChain()
    while not (widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value) \
            or not widget.isVisibleTo(root) or not widget.isEnabled():
        widget = widget.nextInFocusChain()
    return widget


def test_the_logo_buttons_are_named_and_reached_by_tab(qtbot, panel, ctx, tmp_path):
    panel.choose_logo_from(_file(tmp_path, "logo.png", tiny_png()))
    qtbot.waitUntil(lambda: panel.remove_logo_button.isEnabled())
    assert (panel.logo_button.accessibleName(), panel.remove_logo_button.accessibleName()) == (
        "Choose logo", "Remove logo")
    assert _next_by_tab(panel.crisis_resources, panel) is panel.logo_button
    assert _next_by_tab(panel.logo_button, panel) is panel.remove_logo_button
    assert _next_by_tab(panel.remove_logo_button, panel) is panel.paper_size


def test_the_logo_is_shown_again_after_a_lock(qtbot, window, panel, ctx, tmp_path):
    panel.choose_logo_from(_file(tmp_path, "logo.png", tiny_png()))
    qtbot.waitUntil(lambda: ctx.services.profile.get().logo == tiny_png())
    window.lock_action.trigger()
    unlock(qtbot, window)
    window.settings_action.trigger()
    again = window.workspace.settings
    assert not again.logo_preview.pixmap().isNull() and again.remove_logo_button.isEnabled()
