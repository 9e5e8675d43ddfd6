"""Charts of the client's voice over time, with QtCharts: a questionnaire's totals on its
published severity bands (shaded), and the four session-feedback ratings.

A chart is a picture, so each one also says in words what it shows (its accessible
description), and the table below it on the tab holds every value.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QAreaSeries, QChart, QLineSeries
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPen

from app.services.feedback import RATINGS, FeedbackView
from app.services.measures import Instrument, MeasureView
from app.ui.kit.charts import Drawing, line, moment
from app.ui.kit.dates import long_date
from app.ui.kit.labels import choice_label
from app.ui.kit.look import is_dark

# Calm tints from green (minimal) to red (severe), light enough to read the line over them.
_BAND_TINTS = {"minimal": "#5cb85c", "mild": "#c7d94a", "moderate": "#f0ad4e",
               "moderately severe": "#e8743b", "severe": "#d9534f"}



def draw_measures(chart: QChart, instrument: Instrument,
                  measures: Sequence[MeasureView]) -> None:
    """`instrument`'s totals over time (readable records only, oldest first) on its bands."""
    shown = [m for m in measures if not m.damaged and m.instrument == instrument.code]
    title = QCoreApplication.translate("Charts", "{name} over time").format(name=instrument.code)
    with Drawing(chart, title) as drawing:
        if not shown:
            return
        x = drawing.time_axis([m.taken_at for m in shown])
        drawing.value_axis(instrument.max_score, QCoreApplication.translate("Charts", "Total"), 5)
        start, end = float(x.min().toMSecsSinceEpoch()), float(x.max().toMSecsSinceEpoch())
        for band in instrument.bands:
            area = drawing.kept("band", QAreaSeries)
            if area is None:
                area = QAreaSeries()
                # The edges belong to the area (it does not own them; left to Python they
                # would be collected while the chart still draws them).
                area.setUpperSeries(QLineSeries(area))
                area.setLowerSeries(QLineSeries(area))
            top = min(band.high + 1, instrument.max_score)
            for edge, value in ((area.lowerSeries(), band.low), (area.upperSeries(), top)):
                edge.replace([QPointF(start, value), QPointF(end, value)])
            area.setName(choice_label("severity", band.label))
            colour = QColor(_BAND_TINTS.get(band.label, "#999999"))
            colour.setAlpha(80 if is_dark() else 95)
            area.setBrush(colour)
            area.setPen(QPen(Qt.PenStyle.NoPen))
            drawing.place(area, "band")
        totals = line(drawing, "total", [(moment(m.taken_at), m.total) for m in shown])
        totals.setName(instrument.code)
        totals.setPointsVisible(True)
        pen = QPen(QColor("#e8e8e8" if is_dark() else "#1f3a5f"))
        pen.setWidthF(2.5)
        totals.setPen(pen)
        drawing.place(totals, "total")


def describe_measures(instrument: Instrument, measures: Sequence[MeasureView]) -> str:
    """The chart in words, for a screen reader."""
    shown = [m for m in measures if not m.damaged and m.instrument == instrument.code]
    if not shown:
        return QCoreApplication.translate("Charts", "No {name} recorded yet.").format(name=instrument.code)
    latest = shown[-1]
    return QCoreApplication.translate("Charts", "{count} recorded; the latest total is {total} of {most} ({band}), on "
               "{day}.").format(count=len(shown), total=latest.total, most=instrument.max_score,
                                band=choice_label("severity", latest.severity),
                                day=long_date(latest.taken_at))


# Short names for the four ratings (the statements themselves are in the table and the form).
def rating_names() -> dict[str, str]:
    return {"heard": QCoreApplication.translate("Charts", "Heard and understood"), "mattered": QCoreApplication.translate("Charts", "What mattered"),
            "fit": QCoreApplication.translate("Charts", "The way we worked"), "overall": QCoreApplication.translate("Charts", "Overall")}


def draw_feedback(chart: QChart, feedback: Sequence[FeedbackView]) -> None:
    """The four ratings of each readable feedback, oldest first (a rating left out is a gap)."""
    shown = sorted((f for f in feedback if not f.damaged), key=lambda f: f.given_at)
    with Drawing(chart, QCoreApplication.translate("Charts", "Session feedback over time")) \
            as drawing:
        if not shown:
            return
        drawing.time_axis([f.given_at for f in shown])
        drawing.value_axis(10, QCoreApplication.translate("Charts", "Rating (0–10)"), 2)
        names = rating_names()
        for key, _statement in RATINGS:
            ratings = line(drawing, "rating", [(moment(item.given_at), getattr(item, key))
                                               for item in shown
                                               if getattr(item, key) is not None])
            ratings.setName(names[key])
            ratings.setPointsVisible(True)
            drawing.place(ratings, "rating")


def describe_feedback(feedback: Sequence[FeedbackView]) -> str:
    shown = sorted((f for f in feedback if not f.damaged), key=lambda f: f.given_at)
    if not shown:
        return QCoreApplication.translate("Charts", "No session feedback recorded yet.")
    latest = shown[-1]
    names = rating_names()
    given = ", ".join(f"{names[key]} {getattr(latest, key)}" for key, _ in RATINGS
                      if getattr(latest, key) is not None)
    return QCoreApplication.translate("Charts", "{count} recorded; the latest: {given}.").format(count=len(shown), given=given)
