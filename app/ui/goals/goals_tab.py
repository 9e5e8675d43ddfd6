"""The client's goals in their own words, progress ratings, and the goal agreement's versions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from app.services.agreements import GAS_LABELS, AgreementView, GoalView, RatingView
from app.ui.goals.progress_chart import (
    describe_goals,
    describe_t_scores,
    draw_goals,
    draw_t_scores,
)
from app.ui.kit.charts import chart_view, describe
from app.ui.kit.dates import long_date
from app.ui.kit.look import label_for
from app.ui.kit.record_tab import Page, RecordTab

RECENT_RATINGS = 6


@dataclass(frozen=True, slots=True)
class GoalsData:
    goals: list[GoalView]  # current goals, in the agreed order
    agreements: list[AgreementView]  # every version, newest first
    ratings: list[RatingView]  # oldest first


class GoalsTab(RecordTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Goals and agreement"), parent)
        self._data = GoalsData([], [], [])
        self.chart_choice = QComboBox(self)
        self.chart_choice.setAccessibleName(self.tr("Chart to show"))
        self.chart_choice.addItem(self.tr("Progress on each goal"), "goals")
        self.chart_choice.addItem(self.tr("GAS T-score over time"), "t-score")
        self.chart = chart_view(self, self.tr("Chart of goal progress"))
        self.chart.setMinimumHeight(220)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label_for(self.tr("C&hart:"), self.chart_choice, self))
        row.addWidget(self.chart_choice)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        at = layout.indexOf(self.view)
        layout.insertLayout(at, row)
        layout.insertWidget(at + 1, self.chart)
        self.chart_choice.currentIndexChanged.connect(self._draw_chart)

    def show_record(self, client_id: Any, data: GoalsData) -> None:
        self._data = data
        super().show_record(client_id, data)
        self._draw_chart()

    def clear(self) -> None:
        self._data = GoalsData([], [], [])
        super().clear()
        self._draw_chart()

    def _draw_chart(self) -> None:
        data = self._data
        if self.chart_choice.currentData() == "t-score":
            draw_t_scores(self.chart.chart(), data.ratings)
            words = describe_t_scores(data.ratings)
        else:
            draw_goals(self.chart.chart(), data.goals, data.ratings)
            words = describe_goals(data.goals, data.ratings)
        describe(self.chart, words)

    def later_note(self) -> str:
        return self.tr("Writing goals and the agreement together, and rating progress, comes "
                       "in a later update of Reciprocal. Here you can see what is recorded.")

    def page_for(self, data: GoalsData) -> Page:
        page = Page()
        goals = data.goals
        ratings: dict[Any, list[Any]] = {}
        for rating in data.ratings:
            if not rating.damaged and rating.score is not None:
                ratings.setdefault(rating.goal_id, []).append(rating)
        page.heading(self.tr("Goals"))
        if not goals:
            page.muted(self.tr("No goals recorded yet."))
        for goal in goals:
            if goal.damaged:
                page.muted(self.tr("A damaged goal record cannot be shown."))
                continue
            page.labelled(goal.title, goal.why_it_matters)
            details = [(self.tr("First steps"), goal.first_steps),
                       (self.tr("Signs of progress"), goal.signs_of_progress)]
            for label, text in details:
                if text:
                    page.labelled(label, text)
            if goal.review_date:
                page.muted(self.tr("Review on {day}.").format(day=long_date(goal.review_date)))
            recent = ratings.get(goal.id, [])[-RECENT_RATINGS:]
            if recent:
                page.table([self.tr("Rated on"), self.tr("Progress"), self.tr("In their words")],
                           [[long_date(r.rated_at), f"{r.score:+d} {GAS_LABELS.get(r.score, '')}",
                             r.level_words] for r in reversed(recent)])
        page.heading(self.tr("Goal agreement"))
        if not data.agreements:
            page.muted(self.tr("No agreement yet."))
        for number, agreement in enumerate(data.agreements):
            if agreement.damaged:
                page.muted(self.tr("Version {n} is damaged and cannot be shown.").format(
                    n=agreement.version))
                continue
            if number > 0:
                page.muted(self.tr("Earlier: version {n}, {state}.").format(
                    n=agreement.version, state=self._state(agreement)))
                continue
            page.text(self.tr("Version {n}, {state}.").format(n=agreement.version,
                                                             state=self._state(agreement)))
            if agreement.client_commitments:
                page.labelled(self.tr("The client's commitments"), agreement.client_commitments)
            if agreement.therapist_commitments:
                page.labelled(self.tr("The therapist's commitments"),
                              agreement.therapist_commitments)
            if agreement.agreed:
                page.muted(self.tr("Signed by {client} on {client_day} and {therapist} on "
                                   "{therapist_day}.").format(
                    client=agreement.client_signature,
                    client_day=long_date(agreement.client_signed_on),
                    therapist=agreement.therapist_signature,
                    therapist_day=long_date(agreement.therapist_signed_on)))
        return page

    def _state(self, agreement: Any) -> str:
        if agreement.agreed:
            return self.tr("agreed on {day}").format(day=long_date(agreement.agreed_at))
        return self.tr("a draft")
