"""QtCharts plumbing shared by the record tabs' charts over time: one chart per view, drawn
again for new data; a date axis in the app's date style; a value axis with ticks on round
numbers; the app's light or dark look."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCharts import (
    QAbstractSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from app.ui.kit.look import is_dark


def moment(when: datetime) -> float:
    """Milliseconds since the epoch, as QDateTimeAxis counts them (a naive time is local, as
    for QDateTime); Python's own arithmetic, ~100 times quicker than a QDateTime per point."""
    return when.timestamp() * 1000.0


def reset(chart: QChart, title: str) -> QChart:
    """Empty `chart` for new content (one chart per view, drawn again: a chart handed to a
    view belongs to it, and replacing it would leave the old one to an uncertain owner).
    The title is the chart's accessible name; the tab's chooser already shows it on screen."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
        axis.deleteLater()
    chart.setObjectName(title)
    return chart


def time_axis(chart: QChart, moments: Sequence[datetime]) -> QDateTimeAxis:
    first, last = min(moments), max(moments)
    if last - first < timedelta(days=14):  # one point, or a few close together: give room
        first, last = first - timedelta(days=7), last + timedelta(days=7)
    margin = (last - first) * 0.03  # the first and last points whole, not cut by the edge
    first, last = first - margin, last + margin
    axis = QDateTimeAxis()
    # Short labels, so they stay whole beside the legend at 1024 px: the day and month within
    # a year, the month and year beyond.
    axis.setFormat("d MMM" if last - first <= timedelta(days=330) else "MMM yyyy")
    axis.setRange(QDateTime(first), QDateTime(last))
    axis.setTickCount(min(6, max(2, len(moments))))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    return axis


def value_axis(chart: QChart, top: int, title: str, step: int,
               bottom: int = 0) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(bottom, top)
    axis.setLabelFormat("%d")
    axis.setTickType(QValueAxis.TickType.TicksDynamic)  # on the band edges: 0, 5, 10…
    axis.setTickAnchor(bottom)
    axis.setTickInterval(step)
    axis.setTitleText(title)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    return axis


def add(chart: QChart, series: QAbstractSeries, x: QDateTimeAxis,
         y: QValueAxis) -> None:
    chart.addSeries(series)
    series.attachAxis(x)
    series.attachAxis(y)


def chart_view(parent: QWidget, name: str) -> QChartView:
    """A view with its one chart, in the app's light or dark look, smooth lines. The chart
    can take focus, so a screen reader reaches it with Tab and reads `describe`'s words."""
    chart = QChart()
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark()
                   else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    for widget in (view, view.viewport()):  # the viewport is what takes the focus
        widget.setAccessibleName(name)
    return view


def describe(view: QChartView, words: str) -> None:
    """What the chart shows, in words, for a screen reader."""
    for widget in (view, view.viewport()):
        widget.setAccessibleDescription(words)
