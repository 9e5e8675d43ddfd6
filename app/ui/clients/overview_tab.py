"""What to glance at before a session: safety flags first, then what needs attention (reviews
due or past, checklist topics to come back to, exercises to ask about), then the last session's
plan and shared summary, the client's "How I like to work", their goals, the last feedback and
questionnaires, agreed exercises and open checklist topics."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QWidget

from app.services.client_overview import ClientOverview
from app.services.clients import PREFERENCE_TOPICS
from app.services.feedback import RATINGS
from app.services.measures import MeasureFlag
from app.ui.feedback.followup_dialog import FollowupDialog
from app.ui.kit.context import AppContext
from app.ui.kit.dates import long_date
from app.ui.kit.labels import choice_label
from app.ui.kit.record_tab import Page, RecordTab

REVIEW_NOTICE_DAYS = 14  # a goal's review shows this many days ahead
FOLLOWUP = "followup:"  # the link of a flag: this, then the questionnaire's id


class OverviewTab(RecordTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Client overview"), parent)
        self._ctx = ctx
        self._flags: dict[str, MeasureFlag] = {}

    def page_for(self, overview: ClientOverview) -> Page:
        page = Page()
        self._flags = {str(flag.measure_id): flag for flag in overview.flags}
        for flag in overview.flags:
            action = (FOLLOWUP + str(flag.measure_id), self.tr("Record the follow-up…"))
            if flag.damaged:
                page.alert(self.tr("A PHQ-9 from {day} is damaged and cannot be read; check "
                                   "item 9 with the client and record a follow-up.").format(
                                       day=long_date(flag.taken_at)), action)
            else:
                page.alert(self.tr("PHQ-9 on {day}: item 9 (thoughts of being better off dead "
                                   "or of self-harm) was answered “{answer}”. No follow-up is "
                                   "recorded yet.").format(day=long_date(flag.taken_at),
                                                           answer=flag.answer_label), action)
        self._attention(page, overview)
        return page.columns(self._left(overview), self._right(overview))

    def _attention(self, page: Page, overview: Any) -> None:
        """What to look at first, before the session: reviews due, topics to come back to,
        exercises to ask about."""
        soon = date.today() + timedelta(days=REVIEW_NOTICE_DAYS)
        points = []
        for goal in overview.goals:
            if goal.damaged or goal.review_date is None or goal.review_date > soon:
                continue
            if goal.review_date < date.today():
                points.append(self.tr("Review the goal “{goal}”: it was due on {day}.").format(
                    goal=goal.title.rstrip("."), day=long_date(goal.review_date)))
            else:
                points.append(self.tr("Review the goal “{goal}”: due on {day}.").format(
                    goal=goal.title.rstrip("."), day=long_date(goal.review_date)))
        points += [self.tr("Come back to “{topic}”.").format(topic=item.topic.rstrip("."))
                   for item in overview.open_items
                   if not item.damaged and item.status == "revisit"]
        points += [self.tr("Ask how “{exercise}” went.").format(exercise=exercise.title.rstrip("."))
                   for exercise in overview.active_exercises if not exercise.damaged]
        page.heading(self.tr("Before this session"))
        if points:
            page.bullets(points)
        else:
            page.muted(self.tr("Nothing needs attention first."))

    def on_link(self, address: str) -> None:
        flag = self._flags.get(address.removeprefix(FOLLOWUP))
        if address.startswith(FOLLOWUP) and flag is not None:
            self.open_followup(flag)

    def open_followup(self, flag: MeasureFlag) -> FollowupDialog:
        dialog = FollowupDialog(self._ctx, flag, self)
        dialog.open()
        return dialog

    def _left(self, overview: Any) -> Page:
        page = Page().heading(self.tr("Last time"))
        last = overview.last_session
        if last is None:
            page.muted(self.tr("No session has taken place yet."))
        elif last.damaged:
            page.muted(self.tr("The last session's note is damaged and cannot be shown."))
        else:
            page.muted(long_date(last.starts_at))
            if last.plan:
                page.labelled(self.tr("The plan"), last.plan)
            if last.shared_summary:
                page.labelled(self.tr("What we worked on (shared summary)"),
                              last.shared_summary)
            if not (last.plan or last.shared_summary):
                page.muted(self.tr("No plan or shared summary was written."))
        page.heading(self.tr("How I like to work"))
        preferences = overview.client.preferences
        shown = [(choice_label("preference topic", key), preferences[key])
                 for key, _words in PREFERENCE_TOPICS if preferences.get(key)]
        for label, text in shown:
            page.labelled(label, text)
        if not shown:
            page.muted(self.tr("Nothing noted yet. Ask how they would like to work together, "
                               "and note it with Edit details."))
        page.heading(self.tr("Goals"))
        agreement = overview.agreement
        if agreement is None:
            page.muted(self.tr("No goal agreement yet."))
        elif agreement.agreed:
            page.muted(self.tr("Agreement version {n}, agreed on {day}.").format(
                n=agreement.version, day=long_date(agreement.agreed_at)))
        else:
            page.muted(self.tr("Agreement version {n} is a draft, not yet signed.").format(
                n=agreement.version))
        goals = [g.title for g in overview.goals if not g.damaged]
        if goals:
            page.bullets(goals)
        return page

    def _right(self, overview: Any) -> Page:
        page = Page().heading(self.tr("Last feedback"))
        feedback = overview.last_feedback
        if feedback is None:
            page.muted(self.tr("No feedback recorded yet."))
        elif feedback.damaged:
            page.muted(self.tr("The last feedback record is damaged."))
        else:
            page.muted(long_date(feedback.given_at))
            page.table([self.tr("The client said"), self.tr("0–10")],
                       [[choice_label("feedback statement", key),
                         "" if getattr(feedback, key) is None else getattr(feedback, key)]
                        for key, _statement in RATINGS])
            if feedback.different_next_time:
                page.labelled(self.tr("What could be different next time"),
                              feedback.different_next_time)
        page.heading(self.tr("Latest questionnaires"))
        if overview.latest_measures:
            page.bullets(self.tr("{name} on {day}: {total} ({band})").format(
                name=m.instrument, day=long_date(m.taken_at), total=m.total,
                band=choice_label("severity", m.severity)) for m in overview.latest_measures)
        else:
            page.muted(self.tr("No PHQ-9 or GAD-7 recorded yet."))
        page.heading(self.tr("Exercises between sessions"))
        exercises = [p for p in overview.active_exercises if not p.damaged]
        if exercises:
            page.bullets(f"{p.title} ({p.frequency})" if p.frequency else p.title
                         for p in exercises)
        else:
            page.muted(self.tr("No exercises agreed at the moment."))
        page.heading(self.tr("Checklist topics to come back to"))
        items = [i for i in overview.open_items if not i.damaged]
        if items:
            page.bullets(f"{i.topic} — {choice_label('checklist status', i.status)}" for i in items)
        else:
            page.muted(self.tr("Nothing open on the boundaries and transparency checklist."))
        page.heading(self.tr("Sessions"))
        if overview.latest_session is None:
            page.muted(self.tr("No sessions yet."))
        else:
            page.muted(self.tr("Sessions so far: {count}. The last was on {day}.").format(
                count=overview.session_count, day=long_date(overview.latest_session)))
        return page
