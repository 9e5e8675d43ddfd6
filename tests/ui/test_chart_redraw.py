"""A chart drawn again for another client keeps what fits of its previous drawing (its axes,
and its series while they are of the same role): what it shows is the very same as on a chart
drawn for that client alone, whatever was drawn on it before."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from itertools import product
from typing import Any
from uuid import uuid4

import pytest
from PySide6.QtCharts import QAreaSeries, QChart, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtWidgets import QWidget

from app.services.agreements import GoalView, RatingView
from app.services.feedback import FeedbackView
from app.services.measures import GAD7, PHQ9, MeasureView
from app.ui.feedback.charts import draw_feedback, draw_measures
from app.ui.goals.progress_chart import draw_goals, draw_t_scores
from app.ui.kit.charts import chart_view

CLIENT = uuid4()
START = datetime(2026, 1, 5, 10)


def _measures(count: int, instrument: str = "PHQ-9") -> list[MeasureView]:
    return [MeasureView(uuid4(), CLIENT, None, START + timedelta(days=14 * i), instrument,
                        total=3 + 2 * i % 20, severity="mild", damaged=i == 2)
            for i in range(count)]


def _feedback(count: int) -> list[FeedbackView]:
    return [FeedbackView(uuid4(), CLIENT, None, START + timedelta(days=7 * i), heard=i % 11,
                         mattered=None if i % 3 else 5, fit=7, overall=(i * 3) % 11)
            for i in range(count)]


def _goals(count: int, reviews: int) -> tuple[list[GoalView], list[RatingView]]:
    goals = [GoalView(uuid4(), CLIENT, i, "active", START, START, f"Goal {i}",
                      review_date=date(2026, 3, 1 + i) if i < reviews else None, weight=i or None)
             for i in range(count)]
    ratings = [RatingView(uuid4(), CLIENT, goal.id, None, START + timedelta(days=10 * k + i),
                          score=(k + i) % 5 - 2) for i, goal in enumerate(goals)
               for k in range(1 + i)]
    return goals, ratings


def _picture(chart: QChart) -> list[Any]:
    """Everything the chart shows: its series in order (kind, name, points, pen, brush,
    legend entries, axes), then its axes."""
    def points(series: QLineSeries) -> list[tuple[float, float]]:
        return [(p.x(), p.y()) for p in series.points()]

    def pen(series: Any) -> tuple[Any, ...]:
        p = series.pen()
        return p.color().rgba(), p.widthF(), p.style()

    shown: list[Any] = [chart.objectName()]
    for series in chart.series():
        drawn: tuple[Any, ...]
        if isinstance(series, QAreaSeries):
            drawn = (points(series.upperSeries()), points(series.lowerSeries()),
                     series.brush().color().rgba())
        else:
            assert isinstance(series, QLineSeries)
            drawn = (points(series), series.pointsVisible())
        shown.append((type(series).__name__, series.name(), drawn, pen(series),
                      [m.isVisible() for m in chart.legend().markers(series)],
                      [int(a.alignment().value) for a in series.attachedAxes()]))
    for axis in chart.axes():
        if isinstance(axis, QDateTimeAxis):
            shown.append((axis.min().toMSecsSinceEpoch(), axis.max().toMSecsSinceEpoch(),
                          axis.format(), axis.tickCount()))
        else:
            assert isinstance(axis, QValueAxis)
            shown.append((axis.min(), axis.max(), axis.labelFormat(), axis.tickInterval(),
                          axis.tickAnchor(), axis.titleText()))
    return shown


GOALS = [_goals(3, 2), _goals(2, 1), _goals(4, 0), ([], [])]
DRAWINGS: dict[str, list[Callable[[QChart], None]]] = {
    "measures": [lambda c, m=m, i=i: draw_measures(c, i, m)
                 for m, i in ((_measures(9), PHQ9), (_measures(4), PHQ9), ([], PHQ9),
                              (_measures(5, "GAD-7"), GAD7))],
    "feedback": [lambda c, f=f: draw_feedback(c, f) for f in (_feedback(12), _feedback(3), [])],
    "goals": [lambda c, g=g: draw_goals(c, *g) for g in GOALS],
    "t-scores": [lambda c, g=g: draw_t_scores(c, g[1], g[0]) for g in GOALS],
    "mixed": [lambda c: draw_measures(c, PHQ9, _measures(6)),
              lambda c: draw_feedback(c, _feedback(5)), lambda c: draw_goals(c, *GOALS[0]),
              lambda c: draw_t_scores(c, GOALS[1][1], GOALS[1][0])],
}


@pytest.mark.parametrize("kind", list(DRAWINGS))
def test_a_chart_drawn_again_shows_what_a_new_one_does(qapp, kind):
    holder = QWidget()
    drawings = DRAWINGS[kind]
    for before, after in product(drawings, repeat=2):
        again = chart_view(holder, "again").chart()
        before(again)
        after(again)
        new = chart_view(holder, "new").chart()
        after(new)
        assert _picture(again) == _picture(new)
    holder.deleteLater()


def test_the_picture_sees_a_difference(qapp):
    """The comparison above can fail: two drawings of different data differ."""
    holder = QWidget()
    one, other = chart_view(holder, "one").chart(), chart_view(holder, "other").chart()
    draw_measures(one, PHQ9, _measures(9))
    draw_measures(other, PHQ9, _measures(8))
    assert _picture(one) != _picture(other)
    holder.deleteLater()


