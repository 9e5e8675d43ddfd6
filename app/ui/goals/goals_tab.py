"""The client's goals in their own words, progress ratings, and the goal agreement's versions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.services.agreements import GAS_LABELS, AgreementView, GoalView, RatingView
from app.ui.goals.goal_dialogs import GoalDialog, GoalForm, RatingDialog, RatingForm
from app.ui.goals.progress_chart import (
    describe_goals,
    describe_t_scores,
    draw_goals,
    draw_t_scores,
)
from app.ui.kit.charts import chart_view, describe
from app.ui.kit.context import AppContext
from app.ui.kit.dates import long_date
from app.ui.kit.look import label_for
from app.ui.kit.record_dialog import RecordDialog
from app.ui.kit.record_tab import Page, RecordTab

RECENT_RATINGS = 6


@dataclass(frozen=True, slots=True)
class GoalsData:
    goals: list[GoalView]  # current goals, in the agreed order
    agreements: list[AgreementView]  # every version, newest first
    ratings: list[RatingView]  # oldest first


RATE, CHANGE = "goal-rate:", "goal-change:"  # a goal's links: these, then its id


class GoalsTab(RecordTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Goals and agreement"), parent)
        self._ctx = ctx
        self._data = GoalsData([], [], [])
        self._goals: dict[str, GoalView] = {}
        self.add_button = QPushButton(self.tr("&Add a goal…"), self)
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(lambda: self.open_goal(None))
        self.chart_choice = QComboBox(self)
        self.chart_choice.setAccessibleName(self.tr("Chart to show"))
        self.chart_choice.addItem(self.tr("Progress on each goal"), "goals")
        self.chart_choice.addItem(self.tr("GAS T-score over time"), "t-score")
        self.chart = chart_view(self, self.tr("Chart of goal progress"))
        self.chart.setMinimumHeight(220)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
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
        self._goals = {str(g.id): g for g in data.goals if not g.damaged}
        self.add_button.setEnabled(True)
        super().show_record(client_id, data)
        self._draw_chart()

    def clear(self) -> None:
        self._data = GoalsData([], [], [])
        self._goals = {}
        self.add_button.setEnabled(False)
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
        return self.tr("Goals and their progress are written here with the client; writing and "
                       "signing the goal agreement together comes in a later update.")

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
                             r.comment or r.level_words] for r in reversed(recent)])
            page.link(RATE + str(goal.id), self.tr("Rate progress on “{goal}”…").format(
                goal=goal.title.rstrip(".")))
            page.link(CHANGE + str(goal.id), self.tr("Change “{goal}”…").format(
                goal=goal.title.rstrip(".")))
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

    def on_link(self, address: str) -> None:
        for prefix in (RATE, CHANGE):
            goal = self._goals.get(address.removeprefix(prefix))
            if address.startswith(prefix) and goal is not None:
                if prefix == RATE:
                    self.open_rating(goal)
                else:
                    self.open_goal(goal)

    def open_goal(self, goal: GoalView | None) -> GoalDialog | None:
        if self._client_id is None:
            return None
        dialog = GoalDialog(self._ctx, self._client_id, goal, self)
        dialog.open()
        return dialog

    def open_rating(self, goal: GoalView) -> RatingDialog:
        dialog = RatingDialog(self._ctx, goal, self)
        dialog.open()
        return dialog

    def reopen(self, form: GoalForm | RatingForm) -> RecordDialog:
        """A form that a lock kept, in its dialog again."""
        dialog: RecordDialog
        if isinstance(form, GoalForm):
            dialog = GoalDialog(self._ctx, form.client_id, self._goals.get(str(form.goal_id)),
                                self, form)
        else:
            dialog = RatingDialog(self._ctx, form.goal, self, form)
        dialog.open()
        return dialog

    def _state(self, agreement: Any) -> str:
        if agreement.agreed:
            return self.tr("agreed on {day}").format(day=long_date(agreement.agreed_at))
        return self.tr("a draft")
