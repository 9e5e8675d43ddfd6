"""Hand-over mode: the client sees a calm full-screen form and nothing else of the vault — not
another client, not their own record — and both handing back and stopping (Esc, Stop) end on
the lock screen with the vault locked; what they gave is saved, marked as theirs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit, QWidget

from app.services.measures import PHQ9
from tests.ui.conftest import LEFT, add_client, create_vault, unlock
from tests.ui.test_accessibility import _unnamed

pytestmark = pytest.mark.usefixtures("no_windows_left_open")
OTHER = "Kestrel-9 Otherclient"
THEIR_NOTE = "Sentinel-note-4471 from the session"


def _everything_shown(root: QWidget) -> str:
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        parts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(),
                  widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton):
            parts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
    return "\n".join(parts)


def _hand_over(qtbot, window, ctx, kind: str):
    from app.services.sessions import SessionDraft

    create_vault(qtbot, window)
    add_client(qtbot, window, OTHER)
    client_id = add_client(qtbot, window, "Ana Lima", pace="slowly")
    from datetime import datetime
    ctx.services.sessions.create(client_id, SessionDraft(
        datetime(2026, 11, 2, 10), fields={"subjective": THEIR_NOTE}))
    window.workspace.client._on_handover(kind)
    qtbot.waitUntil(lambda: window.handover is not None)
    handover = window.handover
    assert handover.isVisible() and handover.isFullScreen()
    assert window._stack.currentWidget() is window.unlock_panel  # the record is gone
    shown = _everything_shown(handover)
    assert OTHER not in shown and THEIR_NOTE not in shown and "Ana" in shown
    assert _unnamed(handover) == []  # every control speaks its name
    return handover, client_id


def test_feedback_handed_back_is_saved_and_the_vault_locks(qtbot, window, ctx):
    handover, client_id = _hand_over(qtbot, window, ctx, "feedback")
    assert handover.font().pointSizeF() > window.font().pointSizeF()  # large type
    qtbot.mouseClick(handover.hand_back, LEFT)
    assert "at least one number" in handover.message.text()  # nothing given yet
    handover.scales["heard"].group.button(8).click()
    handover.different.setPlainText("More quiet at the start")
    qtbot.mouseClick(handover.hand_back, LEFT)
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    assert window.handover is None and not handover.isVisible()
    unlock(qtbot, window)
    [given] = ctx.services.feedback.list(client_id)
    assert (given.heard, given.different_next_time, given.given_by) == (
        8, "More quiet at the start", "client")  # marked as the client's own
    window.workspace.client.open_client(client_id, "feedback")
    tables = window.workspace.client.view("feedback").tables.view
    qtbot.waitUntil(lambda: "(by the client)" in tables.toPlainText())


def test_escape_ends_it_without_saving_and_locks(qtbot, window, ctx):
    handover, client_id = _hand_over(qtbot, window, ctx, "feedback")
    handover.scales["overall"].group.button(3).click()
    qtbot.keyClick(handover, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    unlock(qtbot, window)
    assert ctx.services.feedback.list(client_id) == []


def test_a_phq9_filled_in_by_the_client_is_marked_as_theirs(qtbot, window, ctx):
    handover, client_id = _hand_over(qtbot, window, ctx, PHQ9.code)
    assert [q.words for q in handover.questions] == list(PHQ9.items)
    for question in handover.questions[:-1]:
        question.buttons[1].click()
    qtbot.mouseClick(handover.hand_back, LEFT)
    assert "Question 9 is not answered yet" in handover.message.text()
    handover.questions[-1].buttons[0].click()
    qtbot.mouseClick(handover.hand_back, LEFT)
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    unlock(qtbot, window)
    [measure] = ctx.services.measures.list(client_id)
    assert (measure.total, measure.mode) == (8, "by the client")


def test_how_i_like_to_work_in_their_own_words(qtbot, window, ctx):
    handover, client_id = _hand_over(qtbot, window, ctx, "preferences")
    assert handover.preferences["pace"].toPlainText() == "slowly"
    handover.preferences["pace"].setPlainText("slowly, with pauses to breathe")
    qtbot.mouseClick(handover.hand_back, LEFT)
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    unlock(qtbot, window)
    assert ctx.services.clients.get(client_id).preferences["pace"] == (
        "slowly, with pauses to breathe")


def test_the_client_rewords_their_goals_and_levels(qtbot, window, ctx):
    from app.services.agreements import GoalDraft

    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, "Ana Lima")
    goal = ctx.services.agreements.add_goal(client_id, GoalDraft(
        "Sleep better", levels={2: "every night"}))
    window.workspace.client._on_handover("goals")
    qtbot.waitUntil(lambda: window.handover is not None)
    handover = window.handover
    title, levels = handover._goal_edits[goal.id]
    assert title.toPlainText() == "Sleep better" and levels[2].toPlainText() == "every night"
    title.setPlainText("Sleep through most nights")
    levels[-1].setPlainText("awake most of the night")
    qtbot.mouseClick(handover.hand_back, LEFT)
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    unlock(qtbot, window)
    again = ctx.services.agreements.goal(goal.id)
    assert (again.title, again.levels[-1], again.levels[2]) == (
        "Sleep through most nights", "awake most of the night", "every night")


@pytest.mark.parametrize("ending", ["closing the window", "leaving it idle"])
def test_closing_it_or_leaving_it_idle_saves_nothing_and_locks(qtbot, window, ctx, ending):
    handover, client_id = _hand_over(qtbot, window, ctx, "feedback")
    handover.scales["heard"].group.button(9).click()
    if ending == "closing the window":
        handover.close()
    else:
        handover._idle.setInterval(50)  # (the auto-lock minutes, shortened for the test)
        handover._idle.start()
    qtbot.waitUntil(lambda: not ctx.vault.is_unlocked)
    assert window.handover is None
    unlock(qtbot, window)
    assert ctx.services.feedback.list(client_id) == []
