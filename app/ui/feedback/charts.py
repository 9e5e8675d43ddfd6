"""Charts of the client's voice over time, with QtCharts: a questionnaire's totals on its
published severity bands (shaded), and the four session-feedback ratings.

A chart is a picture, so each one also says in words what it shows (its accessible
description), and the table below it on the tab holds every value.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.services.feedback import RATINGS, FeedbackView
from app.services.measures import Instrument, MeasureView
from app.ui.kit.dates import date_format, long_date
from app.ui.kit.labels import choice_label
from app.ui.kit.look import is_dark

# Calm tints from green (minimal) to red (severe), light enough to read the line over them.
_BAND_TINTS = {"minimal": "#5cb85c", "mild": "#c7d94a", "moderate": "#f0ad4e",
               "moderately severe": "#e8743b", "severe": "#d9534f"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def _moment(when: datetime) -> float:
    return float(QDateTime(when).toMSecsSinceEpoch())


def _reset(chart: QChart, title: str) -> QChart:
    """Empty `chart` for new content (one chart per view, drawn again: a chart handed to a
    view belongs to it, and replacing it would leave the old one to an uncertain owner).
    The title is the chart's accessible name; the tab's chooser already shows it on screen."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
        axis.deleteLater()
    chart.setObjectName(title)
    return chart


def _time_axis(chart: QChart, moments: Sequence[datetime]) -> QDateTimeAxis:
    first, last = min(moments), max(moments)
    if last - first < timedelta(days=14):  # one point, or a few close together: give room
        first, last = first - timedelta(days=7), last + timedelta(days=7)
    margin = (last - first) * 0.03  # the first and last points whole, not cut by the edge
    first, last = first - margin, last + margin
    axis = QDateTimeAxis()
    axis.setFormat(date_format())
    axis.setRange(QDateTime(first), QDateTime(last))
    axis.setTickCount(min(6, max(2, len(moments))))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    return axis


def _value_axis(chart: QChart, top: int, title: str, step: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setLabelFormat("%d")
    axis.setTickType(QValueAxis.TickType.TicksDynamic)  # on the band edges: 0, 5, 10…
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setTitleText(title)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    return axis


def _add(chart: QChart, series: QLineSeries | QAreaSeries, x: QDateTimeAxis,
         y: QValueAxis) -> None:
    chart.addSeries(series)
    series.attachAxis(x)
    series.attachAxis(y)


def draw_measures(chart: QChart, instrument: Instrument,
                  measures: Sequence[MeasureView]) -> None:
    """`instrument`'s totals over time (readable records only, oldest first) on its bands."""
    shown = [m for m in measures if not m.damaged and m.instrument == instrument.code]
    _reset(chart, _tr("{name} over time").format(name=instrument.code))
    if not shown:
        return
    x = _time_axis(chart, [m.taken_at for m in shown])
    y = _value_axis(chart, instrument.max_score, _tr("Total"), 5)
    start, end = x.min().toMSecsSinceEpoch(), x.max().toMSecsSinceEpoch()
    for band in instrument.bands:
        area = QAreaSeries()
        # The edges belong to the area (it does not own them; left to Python they would be
        # collected while the chart still draws them).
        lower, upper = QLineSeries(area), QLineSeries(area)
        top = min(band.high + 1, instrument.max_score)
        for series, value in ((lower, band.low), (upper, top)):
            series.append(float(start), value)
            series.append(float(end), value)
        area.setUpperSeries(upper)
        area.setLowerSeries(lower)
        area.setName(choice_label("severity", band.label))
        colour = QColor(_BAND_TINTS.get(band.label, "#999999"))
        colour.setAlpha(80 if is_dark() else 95)
        area.setBrush(colour)
        area.setPen(QPen(Qt.PenStyle.NoPen))
        _add(chart, area, x, y)
    line = QLineSeries()
    line.setName(instrument.code)
    line.setPointsVisible(True)
    pen = QPen(QColor("#e8e8e8" if is_dark() else "#1f3a5f"))
    pen.setWidthF(2.5)
    line.setPen(pen)
    for measure in shown:
        line.append(_moment(measure.taken_at), measure.total)
    _add(chart, line, x, y)


def describe_measures(instrument: Instrument, measures: Sequence[MeasureView]) -> str:
    """The chart in words, for a screen reader."""
    shown = [m for m in measures if not m.damaged and m.instrument == instrument.code]
    if not shown:
        return _tr("No {name} recorded yet.").format(name=instrument.code)
    latest = shown[-1]
    return _tr("{count} recorded; the latest total is {total} of {most} ({band}), on "
               "{day}.").format(count=len(shown), total=latest.total, most=instrument.max_score,
                                band=choice_label("severity", latest.severity),
                                day=long_date(latest.taken_at))


# Short names for the four ratings (the statements themselves are in the table and the form).
def rating_names() -> dict[str, str]:
    return {"heard": _tr("Heard and understood"), "mattered": _tr("What mattered"),
            "fit": _tr("The way we worked"), "overall": _tr("Overall")}


def draw_feedback(chart: QChart, feedback: Sequence[FeedbackView]) -> None:
    """The four ratings of each readable feedback, oldest first (a rating left out is a gap)."""
    shown = sorted((f for f in feedback if not f.damaged), key=lambda f: f.given_at)
    _reset(chart, _tr("Session feedback over time"))
    if not shown:
        return
    x = _time_axis(chart, [f.given_at for f in shown])
    y = _value_axis(chart, 10, _tr("Rating (0–10)"), 2)
    names = rating_names()
    for key, _statement in RATINGS:
        line = QLineSeries()
        line.setName(names[key])
        line.setPointsVisible(True)
        for item in shown:
            value = getattr(item, key)
            if value is not None:
                line.append(_moment(item.given_at), value)
        _add(chart, line, x, y)


def describe_feedback(feedback: Sequence[FeedbackView]) -> str:
    shown = sorted((f for f in feedback if not f.damaged), key=lambda f: f.given_at)
    if not shown:
        return _tr("No session feedback recorded yet.")
    latest = shown[-1]
    names = rating_names()
    given = ", ".join(f"{names[key]} {getattr(latest, key)}" for key, _ in RATINGS
                      if getattr(latest, key) is not None)
    return _tr("{count} recorded; the latest: {given}.").format(count=len(shown), given=given)


def chart_view(parent: QWidget) -> QChartView:
    """A view with its one chart, in the app's light or dark look, smooth lines."""
    chart = QChart()
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark()
                   else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return view
