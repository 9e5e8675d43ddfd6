"""The Goals tab charts progress: each goal's level at every rating, with review dates marked,
and the GAS T-score across goals over time (Kiresuk & Sherman, app/services/gas.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QLineSeries

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
    tab.chart_choice.setCurrentIndex(tab.chart_choice.findData("t-score"))
    t_line = next(s for s in tab.chart.chart().series() if s.name() == "T-score")
    assert t_line.at(t_line.count() - 1).y() == pytest.approx(t_score([-1, 1]))
    assert "latest T-score is 50.0 across 2 goals" in tab.chart.accessibleDescription()
