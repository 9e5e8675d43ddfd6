"""QtCharts plumbing shared by the record tabs' charts over time: one chart per view, drawn
again for new data; a date axis in the app's date style; a value axis with ticks on round
numbers; the app's light or dark look."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TypeVar

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from app.ui.kit.look import is_dark

Axis = TypeVar("Axis", QDateTimeAxis, QValueAxis)
Series = TypeVar("Series", bound=QAbstractSeries)


def moment(when: datetime) -> float:
    """Milliseconds since the epoch, as QDateTimeAxis counts them (a naive time is local, as
    for QDateTime); Python's own arithmetic, ~100 times quicker than a QDateTime per point."""
    return when.timestamp() * 1000.0


class Drawing:
    """One drawing of a chart for new data (one chart per view, drawn again: a chart handed to
    a view belongs to it, and replacing it would leave the old one to an uncertain owner).

    The drawing before it is used again where it fits: its axes, and its series in drawing
    order while each is of the same role (what it is drawn as). `QChart.addSeries` makes
    graphics items, a legend marker and the theme's colour of that place for a series
    (~0.3 ms each), new points in a kept one cost a twentieth of that, and two charts are drawn
    for every client opened. A role that differs drops the rest of the drawing before; what
    this drawing did not use goes when it ends (`with Drawing(...) as drawing:`). The title is
    the chart's accessible name; the tab's chooser already shows it on screen."""

    def __init__(self, chart: QChart, title: str) -> None:
        chart.setObjectName(title)
        self.chart = chart
        self._before = list(chart.series())
        self._drawn = 0  # how many of the series on the chart are this drawing's
        self._axes: list[QAbstractAxis] = []

    def __enter__(self) -> Drawing:
        return self

    def __exit__(self, *_error: object) -> None:
        self._drop(self._drawn)
        for axis in self.chart.axes():
            if axis not in self._axes:
                self.chart.removeAxis(axis)
                axis.deleteLater()

    def _drop(self, start: int) -> None:
        for series in self._before[start:]:
            self.chart.removeSeries(series)
            series.deleteLater()
        del self._before[start:]

    def kept(self, role: str, kind: type[Series]) -> Series | None:
        """The previous drawing's series at this place if it is a `role` too (its points and
        looks are then set again, as on a new one), else None."""
        if self._drawn < len(self._before):
            series = self._before[self._drawn]
            if series.objectName() == role and isinstance(series, kind):
                return series
        self._drop(self._drawn)
        return None

    def place(self, series: QAbstractSeries, role: str) -> None:
        """The next series, from `kept` or new (then added to the chart, on the axes)."""
        if self._drawn < len(self._before) and self._before[self._drawn] is series:
            self._drawn += 1
            return
        series.setObjectName(role)
        self.chart.addSeries(series)
        for axis in self._axes:
            series.attachAxis(axis)
        self._before.append(series)
        self._drawn += 1

    def _axis(self, kind: type[Axis], alignment: Qt.AlignmentFlag) -> Axis:
        for axis in self.chart.axes():
            if isinstance(axis, kind) and axis.alignment() == alignment:
                break
        else:
            axis = kind()
            self.chart.addAxis(axis, alignment)
        self._axes.append(axis)
        return axis

    def time_axis(self, moments: Sequence[datetime]) -> QDateTimeAxis:
        first, last = min(moments), max(moments)
        if last - first < timedelta(days=14):  # one point, or a few close together: give room
            first, last = first - timedelta(days=7), last + timedelta(days=7)
        margin = (last - first) * 0.03  # the first and last points whole, not cut by the edge
        first, last = first - margin, last + margin
        axis = self._axis(QDateTimeAxis, Qt.AlignmentFlag.AlignBottom)
        # Short labels, so they stay whole beside the legend at 1024 px: the day and month
        # within a year, the month and year beyond.
        axis.setFormat("d MMM" if last - first <= timedelta(days=330) else "MMM yyyy")
        axis.setRange(QDateTime(first), QDateTime(last))
        axis.setTickCount(min(6, max(2, len(moments))))
        return axis

    def value_axis(self, top: int, title: str, step: int, bottom: int = 0) -> QValueAxis:
        axis = self._axis(QValueAxis, Qt.AlignmentFlag.AlignLeft)
        axis.setRange(bottom, top)
        axis.setLabelFormat("%d")
        axis.setTickType(QValueAxis.TickType.TicksDynamic)  # on the band edges: 0, 5, 10…
        axis.setTickAnchor(bottom)
        axis.setTickInterval(step)
        axis.setTitleText(title)
        return axis


def line(drawing: Drawing, role: str, points: Sequence[tuple[float, float]]) -> QLineSeries:
    """A line series of `drawing` at its next place, holding `points` (x in `moment`s); the
    caller then sets its looks and `place`s it."""
    series = drawing.kept(role, QLineSeries)
    if series is None:
        series = QLineSeries()
    series.replace([QPointF(x, y) for x, y in points])
    return series


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
