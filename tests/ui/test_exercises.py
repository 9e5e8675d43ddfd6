"""Exercises between sessions on their tab: agreed from the library (its words copied, then the
client's own), changed, marked done, and how it went noted in the client's words; the
Overview lists the current ones to ask about."""

from __future__ import annotations

import pytest

from app.ui.exercises.library import LIBRARY
from tests.ui.conftest import LEFT, add_client, create_vault, open_dialog
from tests.ui.test_accessibility import _unnamed

pytestmark = pytest.mark.usefixtures("no_windows_left_open")


def test_an_exercise_from_the_library_then_how_it_went(qtbot, window, ctx):
    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, "Ana Lima")
    workspace = window.workspace.client
    workspace.show_feature("exercises")
    tab = workspace.view("exercises")
    qtbot.waitUntil(lambda: tab.add_button.isEnabled())
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = open_dialog("exercise-dialog")
    assert _unnamed(dialog) == []
    grounding = next(n for n, item in enumerate(LIBRARY) if item.title.startswith("Grounding"))
    dialog.start_from.setCurrentIndex(dialog.start_from.findData(grounding))
    assert dialog.title.text() == "Grounding: 5-4-3-2-1"
    assert dialog.kind.currentData() == "emotional regulation"
    assert "five things you can see" in dialog.instructions.toPlainText()
    dialog.frequency.setText("when the panic starts")  # adapted with the client
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [made] = ctx.services.exercises.list(client_id)
    assert (made.title, made.frequency, made.status) == (
        "Grounding: 5-4-3-2-1", "when the panic starts", "active")
    qtbot.waitUntil(lambda: "when the panic starts" in tab.view.toPlainText())
    assert "Ask how “Grounding: 5-4-3-2-1” went." in workspace.view("overview").view.toPlainText()

    tab.on_link(f"exercise:{made.id}")  # the link under the exercise
    dialog = open_dialog("exercise-dialog")
    dialog.report.setPlainText("Used it twice on the bus — it helped 🙂")
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [changed] = ctx.services.exercises.list(client_id)
    assert (changed.status, changed.report_back) == ("done", "Used it twice on the bus — it helped 🙂")
    qtbot.waitUntil(lambda: "Used it twice on the bus" in tab.view.toPlainText())
    assert "Ask how “Grounding" not in workspace.view("overview").view.toPlainText()  # done


def test_an_exercise_needs_a_title(qtbot, window, ctx):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Ana Lima")
    tab = window.workspace.client.view("exercises")
    window.workspace.client.show_feature("exercises")
    qtbot.waitUntil(lambda: tab.add_button.isEnabled())
    dialog = tab.open_exercise(None)
    dialog.instructions.setPlainText("Something without a name")
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialog.message.text()))
    assert dialog.isVisible() and "Traceback" not in dialog.message.text()
    dialog.reject()
