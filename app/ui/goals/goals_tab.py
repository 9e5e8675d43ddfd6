"""The client's goals in their own words, progress ratings, and the goal agreement's versions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.services.agreements import AgreementView, GoalView, RatingView
from app.ui.goals.agreement_dialogs import (
    CommitmentsDialog,
    CommitmentsForm,
    HistoryDialog,
    SignDialog,
    SignForm,
)
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
from app.ui.kit.labels import gas_level
from app.ui.kit.look import label_for
from app.ui.kit.record_dialog import RecordDialog
from app.ui.kit.record_tab import Page, RecordTab

RECENT_RATINGS = 6


@dataclass(frozen=True, slots=True)
class GoalsData:
    goals: list[GoalView]  # current goals, in the agreed order
    agreements: list[AgreementView]  # every version, newest first
    ratings: list[RatingView]  # oldest first
    therapist_name: str = ""  # from the practice profile, offered when signing


RATE, CHANGE, UP, DOWN = "goal-rate:", "goal-change:", "goal-up:", "goal-down:"  # + its id
START, EDIT, SIGN, REVISE, HISTORY = ("agreement-start", "agreement-edit", "agreement-sign",
                                      "agreement-revise", "agreement-history")


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
        self._offer_charts()
        self._draw_chart()

    def _offer_charts(self) -> None:
        """Every goal together, the T-score, and each goal on a chart of its own."""
        chosen = self.chart_choice.currentData()
        self.chart_choice.blockSignals(True)
        while self.chart_choice.count() > 2:
            self.chart_choice.removeItem(2)
        for goal in self._goals.values():
            self.chart_choice.addItem(self.tr("Progress on “{goal}”").format(
                goal=goal.title.rstrip(".")), str(goal.id))
        self.chart_choice.setCurrentIndex(max(0, self.chart_choice.findData(chosen)))
        self.chart_choice.blockSignals(False)

    def clear(self) -> None:
        self._data = GoalsData([], [], [])
        self._goals = {}
        self.add_button.setEnabled(False)
        super().clear()
        self._draw_chart()

    def _draw_chart(self) -> None:
        data = self._data
        if self.chart_choice.currentData() == "t-score":
            draw_t_scores(self.chart.chart(), data.ratings, data.goals)
            words = describe_t_scores(data.ratings, data.goals)
        else:
            one = self._goals.get(str(self.chart_choice.currentData()))
            goals = [one] if one is not None else data.goals
            draw_goals(self.chart.chart(), goals, data.ratings)
            words = describe_goals(goals, data.ratings)
        describe(self.chart, words)

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
                           [[long_date(r.rated_at), gas_level(r.score),
                             r.comment or r.level_words] for r in reversed(recent)])
            page.link(RATE + str(goal.id), self.tr("Rate progress on “{goal}”…").format(
                goal=goal.title.rstrip(".")))
            page.link(CHANGE + str(goal.id), self.tr("Change “{goal}”…").format(
                goal=goal.title.rstrip(".")))
            shown = [g for g in goals if not g.damaged]
            at = shown.index(goal)
            if at > 0:
                page.link(UP + str(goal.id), self.tr("Move “{goal}” up").format(
                    goal=goal.title.rstrip(".")))
            if at < len(shown) - 1:
                page.link(DOWN + str(goal.id), self.tr("Move “{goal}” down").format(
                    goal=goal.title.rstrip(".")))
        page.heading(self.tr("Goal agreement"))
        self._agreement_links(page, data.agreements)
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

    def _agreement_links(self, page: Page, versions: list[AgreementView]) -> None:
        latest = versions[0] if versions else None
        if latest is None:
            page.link(START, self.tr("Start the goal agreement…"))
        elif not latest.damaged and not latest.agreed:
            page.link(EDIT, self.tr("Write the commitments of version {n}…").format(
                n=latest.version))
            page.link(SIGN, self.tr("Agree version {n}, with both names…").format(
                n=latest.version))
        elif not latest.damaged:
            page.link(REVISE, self.tr("Revise: start version {n} as a draft").format(
                n=latest.version + 1))
        if len(versions) > 1:
            page.link(HISTORY, self.tr("See what changed between versions…"))

    def on_link(self, address: str) -> None:
        versions = self._data.agreements
        latest = versions[0] if versions else None
        if address == START:
            self.open_commitments(None)
        elif address == EDIT and latest is not None:
            self.open_commitments(latest)
        elif address == SIGN and latest is not None:
            self.open_signing(latest)
        elif address == REVISE and latest is not None:
            self._revise(latest)
        elif address == HISTORY:
            self.open_history()
        for prefix in (RATE, CHANGE, UP, DOWN):
            goal = self._goals.get(address.removeprefix(prefix))
            if address.startswith(prefix) and goal is not None:
                if prefix == RATE:
                    self.open_rating(goal)
                elif prefix == CHANGE:
                    self.open_goal(goal)
                else:
                    self.move_goal(goal, -1 if prefix == UP else 1)

    def move_goal(self, goal: GoalView, step: int) -> None:
        """One place earlier (−1) or later (+1) among the goals shown."""
        order = [g.id for g in self._data.goals if not g.damaged]
        at = order.index(goal.id)
        if not 0 <= at + step < len(order) or self._client_id is None:
            return
        order[at], order[at + step] = order[at + step], order[at]
        agreements, client_id = self._ctx.services.agreements, self._client_id
        self._ctx.op(self, lambda: agreements.reorder_goals(client_id, order)).run()

    def open_goal(self, goal: GoalView | None) -> GoalDialog | None:
        if self._client_id is None:
            return None
        dialog = GoalDialog(self._ctx, self._client_id, goal, self)
        dialog.open()
        return dialog

    def open_rating(self, goal: GoalView, form: RatingForm | None = None) -> None:
        """The rating dialog, once the client's sessions are read (to say which one)."""
        sessions = self._ctx.services.sessions
        self._ctx.op(self, lambda: [(s.id, s.starts_at) for s in sessions.list(goal.client_id)]) \
            .success(lambda found: self._rate(goal, form, found)).run()

    def _rate(self, goal: GoalView, form: RatingForm | None,
              sessions: list[tuple[UUID, datetime]]) -> None:
        agreed = any(v.agreed for v in self._data.agreements if not v.damaged)
        self.rating = RatingDialog(self._ctx, goal, self, form, sessions, agreed)
        self.rating.open()

    def open_commitments(self, draft: AgreementView | None) -> CommitmentsDialog | None:
        if self._client_id is None:
            return None
        dialog = CommitmentsDialog(self._ctx, self._client_id, draft, self)
        dialog.open()
        return dialog

    def open_signing(self, draft: AgreementView) -> SignDialog:
        dialog = SignDialog(self._ctx, draft, self._data.therapist_name, self)
        dialog.open()
        return dialog

    def open_history(self) -> HistoryDialog:
        dialog = HistoryDialog(self._ctx, self._data.agreements, self)
        dialog.open()
        return dialog

    def _revise(self, agreed: AgreementView) -> None:
        agreements = self._ctx.services.agreements
        self._ctx.op(self, lambda: agreements.revise(agreed.id)).run()  # (an error: its sentence)

    def reopen(self, form: Any) -> RecordDialog | None:
        """A form that a lock kept, in its dialog again."""
        dialog: RecordDialog
        latest = self._data.agreements[0] if self._data.agreements else None
        if isinstance(form, CommitmentsForm):
            dialog = CommitmentsDialog(self._ctx, form.client_id,
                                       latest if latest and not latest.agreed else None,
                                       self, form)
        elif isinstance(form, SignForm) and latest is not None:
            dialog = SignDialog(self._ctx, latest, self._data.therapist_name, self, form)
        elif isinstance(form, GoalForm):
            dialog = GoalDialog(self._ctx, form.client_id, self._goals.get(str(form.goal_id)),
                                self, form)
        else:
            self.open_rating(form.goal, form)
            return None
        dialog.open()
        return dialog

    def _state(self, agreement: Any) -> str:
        if agreement.agreed:
            return self.tr("agreed on {day}").format(day=long_date(agreement.agreed_at))
        return self.tr("a draft")
