"""The Goals tab charts progress: each goal's level at every rating, with review dates marked,
and the GAS T-score across goals over time (Kiresuk & Sherman, app/services/gas.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtWidgets import QLabel

from app.services.agreements import GoalDraft
from app.services.gas import t_score
from tests.ui.conftest import add_client, create_vault

pytestmark = pytest.mark.usefixtures("no_windows_left_open")


def test_goal_progress_and_the_t_score_are_charted(qtbot, window, ctx):
    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, "Ana Lima")
    services = ctx.services
    sleep = services.agreements.add_goal(client_id, GoalDraft(
        "Sleep through most nights", review_date=date(2027, 1, 15)))
    walks = services.agreements.add_goal(client_id, GoalDraft("Walk with a friend weekly"))
    services.agreements.rate(sleep.id, -1)
    services.agreements.rate(walks.id, 1)
    workspace = window.workspace.client
    workspace.open_client(client_id)
    workspace.show_feature("goals")
    tab = workspace.view("goals")
    qtbot.waitUntil(lambda: "Sleep through most nights" in tab.view.toPlainText())
    lines = {s.name(): s for s in tab.chart.chart().series() if isinstance(s, QLineSeries)}
    assert lines["Sleep through most nights"].count() == 1
    assert lines["Walk with a friend weekly"].at(0).y() == 1
    assert lines["Review date"].count() == 2  # a dashed line from −2 to +2 on 15 Jan 2027
    assert "Sleep through most nights: -1" in tab.chart.accessibleDescription()
    tab.chart_choice.setCurrentIndex(tab.chart_choice.findData(str(walks.id)))  # one goal
    alone = [s.name() for s in tab.chart.chart().series() if isinstance(s, QLineSeries)]
    assert alone == ["Walk with a friend weekly"]
    tab.chart_choice.setCurrentIndex(tab.chart_choice.findData("t-score"))
    t_line = next(s for s in tab.chart.chart().series() if s.name() == "T-score")
    assert t_line.at(t_line.count() - 1).y() == pytest.approx(t_score([-1, 1]))
    assert "latest T-score is 50.0 across 2 goals" in tab.chart.accessibleDescription()


def test_a_goal_written_with_the_client_then_rated_in_their_words(qtbot, window, ctx):
    from tests.ui.conftest import LEFT, open_dialog
    from tests.ui.test_accessibility import _unnamed

    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, "Ana Lima")
    workspace = window.workspace.client
    workspace.show_feature("goals")
    tab = workspace.view("goals")
    qtbot.waitUntil(lambda: tab.add_button.isEnabled())
    qtbot.mouseClick(tab.add_button, LEFT)
    dialog = open_dialog("goal-dialog")
    assert _unnamed(dialog) == []
    qtbot.mouseClick(dialog.accept_button, LEFT)
    assert dialog.message.text() and dialog.isVisible()  # a goal needs its words
    qtbot.keyClicks(dialog.title, "Sleep through most nights")
    dialog.why.setPlainText("To have energy for my kids")
    dialog.levels[2].setText("Asleep by eleven, every night")
    dialog.levels[-1].setText("Awake most nights")
    dialog.has_review.setChecked(True)
    dialog.weight.setValue(3)  # it counts three times as much in the T-score
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [goal] = ctx.services.agreements.goals(client_id)
    assert (goal.title, goal.levels[2], goal.review_date, goal.weight) == (
        "Sleep through most nights", "Asleep by eleven, every night", date.today(), 3)
    qtbot.waitUntil(lambda: "To have energy for my kids" in tab.view.toPlainText())

    tab.on_link(f"goal-rate:{goal.id}")
    rating = open_dialog("rating-dialog")
    assert "“Awake most nights”" in rating.level_buttons[-1].text()  # their words for −1
    assert any("No goal agreement has been agreed yet" in label.text()
               for label in rating.findChildren(QLabel))  # said, and the rating still kept
    assert _unnamed(rating) == []
    qtbot.mouseClick(rating.accept_button, LEFT)
    assert "Choose the level" in rating.message.text()
    rating.level_buttons[-1].click()
    rating.comment.setPlainText("Better on weekends")
    qtbot.mouseClick(rating.accept_button, LEFT)
    qtbot.waitUntil(lambda: not rating.isVisible())
    [rated] = ctx.services.agreements.ratings(client_id)
    assert (rated.score, rated.comment) == (-1, "Better on weekends")
    qtbot.waitUntil(lambda: "Better on weekends" in tab.view.toPlainText())
    assert "Sleep through most nights: -1" in tab.chart.accessibleDescription()

    tab.on_link(f"goal-change:{goal.id}")
    change = open_dialog("goal-dialog")
    change.status.setCurrentIndex(change.status.findData("achieved"))
    qtbot.mouseClick(change.accept_button, LEFT)
    qtbot.waitUntil(lambda: not change.isVisible())
    assert ctx.services.agreements.goal(goal.id).status == "achieved"


def test_an_agreement_is_written_agreed_revised_and_its_history_seen(qtbot, window, ctx):
    from tests.ui.conftest import LEFT, open_dialog
    from tests.ui.test_accessibility import _unnamed

    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, "Ana Lima")
    services = ctx.services
    goal = services.agreements.add_goal(client_id, GoalDraft("Sleep through the night"))
    services.agreements.add_goal(client_id, GoalDraft("Walk with a friend weekly"))
    workspace = window.workspace.client
    workspace.open_client(client_id)
    workspace.show_feature("goals")
    tab = workspace.view("goals")
    qtbot.waitUntil(lambda: "Start the goal agreement" in tab.view.toPlainText())

    tab.on_link("agreement-start")
    commitments = open_dialog("commitments-dialog")
    assert _unnamed(commitments) == []
    commitments.client_side.setPlainText("Keep a sleep log")
    commitments.therapist_side.setPlainText("Send a log template; start on time")
    qtbot.mouseClick(commitments.accept_button, LEFT)
    qtbot.waitUntil(lambda: not commitments.isVisible())
    qtbot.waitUntil(lambda: "Agree version 1" in tab.view.toPlainText())

    tab.on_link("agreement-sign")
    sign = open_dialog("sign-agreement-dialog")
    assert _unnamed(sign) == []
    qtbot.mouseClick(sign.accept_button, LEFT)
    assert sign.message.text() and sign.isVisible()  # both names are needed
    qtbot.keyClicks(sign.client_name, "Ana Lima")
    if not sign.therapist_name.text():
        qtbot.keyClicks(sign.therapist_name, "Dr. Lee")
    qtbot.mouseClick(sign.accept_button, LEFT)
    qtbot.waitUntil(lambda: not sign.isVisible())
    [agreed] = services.agreements.versions(client_id)
    assert agreed.agreed and agreed.client_signature == "Ana Lima" and len(agreed.goals) == 2
    qtbot.waitUntil(lambda: "Revise: start version 2" in tab.view.toPlainText())

    tab.on_link("agreement-revise")
    qtbot.waitUntil(lambda: len(services.agreements.versions(client_id)) == 2)
    tab.on_link(f"goal-change:{goal.id}")  # reworded together, on the new draft
    change = open_dialog("goal-dialog")
    change.title.setText("Sleep through most nights")
    qtbot.mouseClick(change.accept_button, LEFT)
    qtbot.waitUntil(lambda: not change.isVisible())
    tab.on_link("agreement-edit")  # saving the draft takes the goals as they stand now
    commitments = open_dialog("commitments-dialog")
    qtbot.mouseClick(commitments.accept_button, LEFT)
    qtbot.waitUntil(lambda: not commitments.isVisible())
    qtbot.waitUntil(lambda: tab._data.agreements[0].goals[0].title == "Sleep through most nights")
    tab.on_link("agreement-history")
    history = open_dialog("agreement-history-dialog")
    assert _unnamed(history) == []
    shown = history.view.toPlainText()
    assert "Sleep through most nights — changed" in shown
    assert "the night" in shown and "most nights" in shown
    assert services.agreements.versions(client_id)[1].goals[0].title == (
        "Sleep through the night")  # the agreed version stays as signed
    history.accept()


def test_goals_are_put_in_order_without_losing_their_history(qtbot, window, ctx):
    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, "Ana Lima")
    services = ctx.services
    first = services.agreements.add_goal(client_id, GoalDraft("Sleep through"))
    second = services.agreements.add_goal(client_id, GoalDraft("Walk weekly"))
    services.agreements.rate(second.id, 1)
    workspace = window.workspace.client
    workspace.open_client(client_id)
    workspace.show_feature("goals")
    tab = workspace.view("goals")
    qtbot.waitUntil(lambda: "Move “Walk weekly” up" in tab.view.toPlainText())
    assert "Move “Sleep through” up" not in tab.view.toPlainText()  # already first
    tab.on_link(f"goal-up:{second.id}")
    qtbot.waitUntil(lambda: [g.id for g in services.agreements.goals(client_id)] == [
        second.id, first.id])
    qtbot.waitUntil(lambda: tab.view.toPlainText().index("Walk weekly")
                    < tab.view.toPlainText().index("Sleep through"))
    assert [r.score for r in services.agreements.ratings(client_id)] == [1]


def test_a_rating_made_at_todays_session_belongs_to_it_and_is_replaced_there(qtbot, window,
                                                                            ctx):
    from datetime import datetime, timedelta

    from app.services.sessions import SessionDraft
    from tests.ui.conftest import LEFT, open_dialog

    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, "Ana Lima")
    services = ctx.services
    goal = services.agreements.add_goal(client_id, GoalDraft("Sleep through"))
    now = datetime.now().replace(microsecond=0)
    # Half an hour ago, but never yesterday (a run just after midnight)
    started = max(now - timedelta(minutes=30), now.replace(hour=0, minute=0, second=0))
    today = services.sessions.create(client_id, SessionDraft(started))
    workspace = window.workspace.client
    workspace.open_client(client_id)
    workspace.show_feature("goals")
    tab = workspace.view("goals")
    qtbot.waitUntil(lambda: tab.add_button.isEnabled())
    for level in (0, 1):
        tab.on_link(f"goal-rate:{goal.id}")
        rating = open_dialog("rating-dialog")
        assert rating.session.currentData() == today.id  # today's session, offered first
        assert not rating.rated_on.isEnabled()  # its time counts
        rating.level_buttons[level].click()
        qtbot.mouseClick(rating.accept_button, LEFT)
        qtbot.waitUntil(lambda shown=rating: not shown.isVisible())
    [rated] = services.agreements.ratings(client_id)  # the second replaced the first
    assert (rated.score, rated.session_id) == (1, today.id)
