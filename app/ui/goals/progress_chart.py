"""Goal progress over time, with QtCharts: each goal's level (−2…+2) at every rating, with the
goals' review dates marked, and the GAS T-score across goals (app/services/gas.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from PySide6.QtCharts import QChart
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen

from app.services.agreements import GoalView, RatingView
from app.services.gas import Rated, TScorePoint, t_scores_over_time
from app.ui.kit.charts import Drawing, line, moment
from app.ui.kit.dates import long_date

_TITLE_CHARS = 40  # a goal's words in the legend; the whole title is in the table below



def _rated(ratings: Sequence[RatingView]) -> list[RatingView]:
    return [r for r in ratings if not r.damaged and r.score is not None]


def _short(title: str) -> str:
    return title if len(title) <= _TITLE_CHARS else title[:_TITLE_CHARS - 1].rstrip() + "…"


def draw_goals(chart: QChart, goals: Sequence[GoalView], ratings: Sequence[RatingView]) -> None:
    """Each of `goals` (all of them, or one) at every rating, with their review dates."""
    shown = [g for g in goals if not g.damaged]
    ids = {g.id for g in shown}
    rated = [r for r in _rated(ratings) if r.goal_id in ids]
    with Drawing(chart, QCoreApplication.translate("GoalCharts", "Progress on each goal")) \
            as drawing:
        if not rated:
            return
        reviews = [datetime.combine(g.review_date, time(12)) for g in shown if g.review_date]
        drawing.time_axis([r.rated_at for r in rated] + reviews)
        drawing.value_axis(2, QCoreApplication.translate("GoalCharts", "Level"), 1, bottom=-2)
        for goal in shown:
            points = [(moment(r.rated_at), float(r.score or 0)) for r in rated
                      if r.goal_id == goal.id]
            if not points:
                continue
            progress = line(drawing, "goal", points)
            progress.setName(_short(goal.title))
            progress.setPointsVisible(True)
            drawing.place(progress, "goal")
        for number, review in enumerate(reviews):
            mark = line(drawing, "review", [(moment(review), -2), (moment(review), 2)])
            mark.setName(QCoreApplication.translate("GoalCharts", "Review date"))
            pen = QPen(Qt.PenStyle.DashLine)
            pen.setColor(QColor("#888888"))
            mark.setPen(pen)
            drawing.place(mark, "review")
            for marker in chart.legend().markers(mark):  # one entry says what the dashes are
                marker.setVisible(not number)


def describe_goals(goals: Sequence[GoalView], ratings: Sequence[RatingView]) -> str:
    rated = _rated(ratings)
    if not rated:
        return QCoreApplication.translate("GoalCharts", "No goal has been rated yet.")
    latest: dict[object, RatingView] = {}
    for rating in sorted(rated, key=lambda r: r.rated_at):
        latest[rating.goal_id] = rating
    words = [f"{_short(g.title)}: {latest[g.id].score:+d}" for g in goals
             if not g.damaged and g.id in latest]
    return QCoreApplication.translate("GoalCharts", "Latest levels: {levels}.").format(levels="; ".join(words))


def t_score_points(ratings: Sequence[RatingView],
                   goals: Sequence[GoalView] = ()) -> list[TScorePoint]:
    """The T-score over time, each goal counted with its weight (1 unless chosen)."""
    weights = {g.id: float(g.weight or 1) for g in goals if not g.damaged}
    return t_scores_over_time([Rated(r.goal_id, r.rated_at, r.score)
                               for r in _rated(ratings) if r.score is not None], weights)


def draw_t_scores(chart: QChart, ratings: Sequence[RatingView],
                  goals: Sequence[GoalView] = ()) -> None:
    points = t_score_points(ratings, goals)
    with Drawing(chart, QCoreApplication.translate("GoalCharts", "GAS T-score over time")) \
            as drawing:
        if not points:
            return
        x = drawing.time_axis([p.at for p in points])
        drawing.value_axis(80, QCoreApplication.translate("GoalCharts", "T-score"), 10, bottom=20)
        expected = line(drawing, "expected", [(x.min().toMSecsSinceEpoch(), 50),
                                              (x.max().toMSecsSinceEpoch(), 50)])
        expected.setName(QCoreApplication.translate("GoalCharts", "As hoped for (50)"))
        expected.setPen(QPen(Qt.PenStyle.DashLine))
        drawing.place(expected, "expected")
        scores = line(drawing, "t-score", [(moment(point.at), max(20.0, min(80.0, point.t_score)))
                                           for point in points])
        scores.setName(QCoreApplication.translate("GoalCharts", "T-score"))
        scores.setPointsVisible(True)
        pen = QPen(scores.pen())
        pen.setWidthF(2.5)
        scores.setPen(pen)
        drawing.place(scores, "t-score")


def describe_t_scores(ratings: Sequence[RatingView], goals: Sequence[GoalView] = ()) -> str:
    points = t_score_points(ratings, goals)
    if not points:
        return QCoreApplication.translate("GoalCharts", "No goal has been rated yet.")
    last = points[-1]
    return QCoreApplication.translate(
        "GoalCharts", "The latest T-score is {score:.1f} across %n goal(s), on {day} (50 means "
        "every goal as hoped for).", "", last.goals).format(score=last.t_score,
                                                            day=long_date(last.at))
