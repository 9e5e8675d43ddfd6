"""Recording the client's voice from the Feedback & measures tab: a PHQ-9 or GAD-7 answered
question by question in its exact wording (an unanswered question is named, nothing is
scored), session feedback, the chart over time, and the PHQ-9 item 9 flag — on this tab and on
the Overview — cleared only by recording a follow-up."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QAreaSeries, QLineSeries
from PySide6.QtCore import Qt

from app.services.measures import GAD7, PHQ9
from tests.ui.conftest import LEFT, add_client, create_vault, open_dialog
from tests.ui.test_accessibility import _unnamed

pytestmark = pytest.mark.usefixtures("no_windows_left_open")


def _tab(qtbot, window, ctx, name="Ana Lima"):
    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, name)
    workspace = window.workspace.client
    workspace.show_feature("feedback")
    tab = workspace.view("feedback")
    qtbot.waitUntil(lambda: tab.phq9_button.isEnabled())
    return workspace, tab, client_id


def _answer(dialog, answers):
    for question, answer in zip(dialog.questions, answers, strict=True):
        if answer is not None:
            question.buttons[answer].click()


def test_a_phq9_with_item_9_raised_is_flagged_until_a_follow_up_is_recorded(qtbot, window,
                                                                            ctx):
    workspace, tab, client_id = _tab(qtbot, window, ctx)
    qtbot.mouseClick(tab.phq9_button, LEFT)
    dialog = open_dialog("measure-dialog")
    assert _unnamed(dialog) == []
    shown = [q.words for q in dialog.questions]
    assert shown == list(PHQ9.items)  # the exact published wording
    assert [b.text() for b in dialog.questions[0].buttons] == list(PHQ9.options)
    _answer(dialog, [1, 2, 1, None, 0, 0, 1, 0, 1])
    assert "1 of 9 questions still to answer" in dialog.total.text()
    qtbot.mouseClick(dialog.accept_button, LEFT)
    assert "Question 4" in dialog.message.text() and PHQ9.items[3] in dialog.message.text()
    assert ctx.services.measures.list(client_id) == []  # nothing scored from half a form
    dialog.questions[3].buttons[2].click()
    assert dialog.total.text() == "Total 8 of 27: Mild."
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    [measure] = ctx.services.measures.list(client_id)
    assert (measure.total, measure.severity, measure.needs_followup) == (8, "mild", True)
    qtbot.waitUntil(lambda: tab.flags.count() == 1)
    assert "Item 9 needs a follow-up" in tab.tables.view.toPlainText()
    chart = tab.chart.chart()
    lines = [s for s in chart.series() if isinstance(s, QLineSeries)]
    assert [s.name() for s in lines] == ["PHQ-9"] and lines[0].count() == 1
    assert len([s for s in chart.series() if isinstance(s, QAreaSeries)]) == len(PHQ9.bands)
    assert "latest total is 8 of 27 (Mild)" in tab.chart.accessibleDescription()
    overview = workspace.view("overview")
    assert "No follow-up is recorded yet" in overview.view.toPlainText()
    listed = window.workspace.client_list
    row = listed.model.index(listed.model.row_of(client_id), 0)
    qtbot.waitUntil(lambda: row.data(Qt.ItemDataRole.DecorationRole) is not None)
    assert row.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Ana Lima · PHQ-9 item 9 needs a follow-up")  # in the client list too

    dialog = overview.open_followup(next(iter(overview._flags.values())))  # its link
    assert _unnamed(dialog) == []
    qtbot.mouseClick(dialog.accept_button, LEFT)
    assert "a few words" in dialog.message.text()  # a follow-up needs its words
    qtbot.keyClicks(dialog.note, "Talked it through; safety plan made together.")
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ctx.services.measures.flags(client_id) == []
    qtbot.waitUntil(lambda: tab.flags.count() == 0)
    assert "No follow-up is recorded yet" not in overview.view.toPlainText()
    assert "safety plan made together" in tab.tables.view.toPlainText()
    row = listed.model.index(listed.model.row_of(client_id), 0)
    qtbot.waitUntil(lambda: row.data(Qt.ItemDataRole.DecorationRole) is None)
    assert row.data(Qt.ItemDataRole.AccessibleTextRole) == "Ana Lima"


def test_the_follow_up_from_the_tabs_flag_and_a_gad7(qtbot, window, ctx):
    workspace, tab, client_id = _tab(qtbot, window, ctx)
    qtbot.mouseClick(tab.gad7_button, LEFT)
    dialog = open_dialog("measure-dialog")
    assert [q.words for q in dialog.questions] == list(GAD7.items)
    _answer(dialog, [3, 3, 3, 3, 3, 0, 0])
    dialog.mode.setCurrentIndex(dialog.mode.findData("on paper"))
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [measure] = ctx.services.measures.list(client_id)
    assert (measure.instrument, measure.total, measure.severity, measure.mode) == (
        "GAD-7", 15, "severe", "on paper")
    assert tab.flags.count() == 0  # no item 9 on the GAD-7
    assert tab.chart_choice.currentData() == "GAD-7"
    assert "On paper" in tab.tables.view.toPlainText()


def test_session_feedback_is_recorded_and_charted(qtbot, window, ctx):
    workspace, tab, client_id = _tab(qtbot, window, ctx)
    qtbot.mouseClick(tab.feedback_button, LEFT)
    dialog = open_dialog("feedback-dialog")
    assert _unnamed(dialog) == []
    qtbot.mouseClick(dialog.accept_button, LEFT)
    assert "at least one rating" in dialog.message.text()  # nothing given: nothing saved
    dialog.ratings["heard"].setValue(9)
    dialog.ratings["overall"].setValue(7)
    dialog.different.insertPlainText("More quiet at the start 🙂 שקט")  # (keyClicks: ASCII only)
    qtbot.keyClicks(dialog.reflection, "I rushed the opening.")
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [given] = ctx.services.feedback.list(client_id)
    assert (given.heard, given.mattered, given.overall) == (9, None, 7)
    assert given.different_next_time == "More quiet at the start 🙂 שקט"
    qtbot.waitUntil(lambda: "I rushed the opening." in tab.tables.view.toPlainText())
    tab.chart_choice.setCurrentIndex(tab.chart_choice.findData("feedback"))
    lines = {s.name(): s.count() for s in tab.chart.chart().series()}
    assert lines["Heard and understood"] == 1 and lines["What mattered"] == 0
    assert "Heard and understood 9" in tab.chart.accessibleDescription()
    assert "More quiet at the start" in workspace.view("overview").view.toPlainText()


def test_after_unlocking_the_client_list_shows_a_flag_still_to_follow_up(qtbot, window, ctx):
    from app.services.measures import MeasureDraft
    from tests.ui.conftest import unlock

    _workspace, _tab_shown, client_id = _tab(qtbot, window, ctx)
    ctx.services.measures.record(client_id, MeasureDraft("PHQ-9", (0, 0, 0, 0, 0, 0, 0, 0, 2)))
    window.lock()
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace is not None)
    listed = window.workspace.client_list
    row = listed.model.index(listed.model.row_of(client_id), 0)
    qtbot.waitUntil(lambda: row.data(Qt.ItemDataRole.DecorationRole) is not None)  # a moment on
    assert row.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Ana Lima · PHQ-9 item 9 needs a follow-up")
