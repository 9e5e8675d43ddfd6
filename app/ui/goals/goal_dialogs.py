"""Write a goal with the client, in their own words — why it matters, first steps, signs of
progress, when to look at it again, and what each level of progress (−2…+2) would look like to
them — and rate progress on it at a session. Both keep their typing through a lock."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import BadInput
from app.services.agreements import GAS_LEVELS, GOAL_STATUSES, GoalDraft, GoalView
from app.ui.kit.context import AppContext
from app.ui.kit.dates import date_format, session_moment
from app.ui.kit.labels import choice_label, gas_level, gas_words
from app.ui.kit.look import hint, paragraph
from app.ui.kit.record_dialog import RecordDialog, create_or_update


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _text_box(parent: QWidget, name: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


# -- a goal -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class GoalForm:
    client_id: UUID
    goal_id: UUID | None  # None: a new goal
    draft: GoalDraft
    status: str


def save_goal_form(services: Any, record: Any, form: GoalForm) -> GoalView:
    agreements = services.agreements
    view = create_or_update(record, form.goal_id,
                            lambda: agreements.add_goal(form.client_id, form.draft),
                            lambda goal_id: agreements.edit_goal(goal_id, form.draft))
    if form.status != view.status:
        view = agreements.set_goal_status(view.id, form.status)
    return view


class GoalDialog(RecordDialog):
    save_form = save_goal_form

    def __init__(self, ctx: AppContext, client_id: UUID, goal: GoalView | None,
                 parent: QWidget, form: GoalForm | None = None) -> None:
        super().__init__(ctx, parent, "goal-dialog")
        self._client_id = client_id
        self._goal = goal
        self._goal_id = goal.id if goal is not None else (form.goal_id if form else None)
        new = self._goal_id is None
        self.setWindowTitle(self.tr("A new goal") if new else self.tr("Goal"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("The goal, in the client's words"))
        self.why = _text_box(self, self.tr("Why it matters"), 2)
        self.first_steps = _text_box(self, self.tr("First steps"), 2)
        self.signs = _text_box(self, self.tr("Signs of progress"), 2)
        self.has_review = QCheckBox(self.tr("&Look at it again on"), self)
        self.review = QDateEdit(self)
        self.review.setCalendarPopup(True)
        self.review.setDisplayFormat(date_format())
        self.review.setAccessibleName(self.tr("Review date"))
        self.review.setDate(_qdate(date.today()))
        self.review.setEnabled(False)
        self.has_review.toggled.connect(self.review.setEnabled)
        self.weight = QSpinBox(self)
        self.weight.setRange(1, 10)
        self.weight.setAccessibleName(self.tr("Weight in the T-score"))
        self.levels: dict[int, QLineEdit] = {}
        self.status = QComboBox(self)
        for status in GOAL_STATUSES:
            self.status.addItem(choice_label("goal status", status), status)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = self.button_box(self.tr("&Add goal") if new else self.tr("&Save"))
        fields = QFormLayout()
        fields.addRow(self.tr("&Goal"), self.title)
        fields.addRow(self.tr("&Why it matters"), self.why)
        fields.addRow(self.tr("&First steps"), self.first_steps)
        fields.addRow(self.tr("Signs of &progress"), self.signs)
        fields.addRow(self.has_review, self.review)
        fields.addRow(hint(self.tr("What each level of progress would look like, in the "
                                   "client's words (any may stay empty):"), self))
        for level in sorted(GAS_LEVELS, reverse=True):
            edit = QLineEdit(self)
            words = gas_level(level)
            edit.setAccessibleName(words)
            self.levels[level] = edit
            fields.addRow(words, edit)
        fields.addRow(self.tr("W&eight"), self.weight)
        fields.addRow("", hint(self.tr("How much this goal counts in the GAS T-score (1 for "
                                       "every goal unless you choose otherwise)."), self))
        if not new:
            fields.addRow(self.tr("&Status"), self.status)
        self.status.setVisible(not new)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if goal is not None:
            self._fill(GoalDraft(goal.title, goal.why_it_matters, goal.first_steps,
                                 goal.signs_of_progress, goal.review_date, dict(goal.levels),
                                 goal.weight), goal.status)
        if form is not None:
            self._fill(form.draft, form.status)
        self.resize(600, self.sizeHint().height())
        self.title.setFocus()

    def _fill(self, draft: GoalDraft, status: str) -> None:
        self.title.setText(draft.title)
        self.why.setPlainText(draft.why_it_matters)
        self.first_steps.setPlainText(draft.first_steps)
        self.signs.setPlainText(draft.signs_of_progress)
        self.has_review.setChecked(draft.review_date is not None)
        if draft.review_date is not None:
            self.review.setDate(_qdate(draft.review_date))
        for level, edit in self.levels.items():
            edit.setText(draft.levels.get(level, ""))
        self.weight.setValue(draft.weight or 1)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    def typed(self) -> GoalForm:
        draft = GoalDraft(
            self.title.text().strip(), self.why.toPlainText().strip(),
            self.first_steps.toPlainText().strip(), self.signs.toPlainText().strip(),
            _day(self.review) if self.has_review.isChecked() else None,
            {level: edit.text().strip() for level, edit in self.levels.items()
             if edit.text().strip()},
            None if self.weight.value() == 1 else self.weight.value())
        return GoalForm(self._client_id, self._goal_id, draft, self.status.currentData())

    def form(self) -> GoalForm | None:
        form = self.typed()
        if self._goal is not None:
            g = self._goal
            same = (form.draft.title, form.draft.why_it_matters, form.draft.first_steps,
                    form.draft.signs_of_progress, form.draft.review_date, form.draft.levels,
                    form.draft.weight or 1, form.status) == (
                g.title, g.why_it_matters, g.first_steps, g.signs_of_progress, g.review_date,
                {k: v for k, v in g.levels.items() if v}, g.weight or 1, g.status)
            return None if same else form
        d = form.draft
        typed = d.title or d.why_it_matters or d.first_steps or d.signs_of_progress or d.levels
        return form if typed else None


# -- rating progress --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RatingForm:
    client_id: UUID
    goal: GoalView
    level: int | None
    comment: str
    rated_on: date
    session_id: UUID | None = None  # the session it was rated at (its time then counts)


def save_rating_form(services: Any, _record: Any, form: RatingForm) -> Any:
    if form.level is None:
        raise BadInput(QCoreApplication.translate(
            "RatingDialog", "Choose the level of progress the client sees, from −2 to +2."))
    if form.session_id is not None:  # at the session's own time; again there: replaced
        return services.agreements.rate(form.goal.id, form.level, session_id=form.session_id,
                                        comment=form.comment)
    rated_at = datetime.now() if form.rated_on == date.today() else datetime.combine(
        form.rated_on, time(12, 0))
    return services.agreements.rate(form.goal.id, form.level, comment=form.comment,
                                    rated_at=rated_at.replace(microsecond=0))


class RatingDialog(RecordDialog):
    save_form = save_rating_form

    def __init__(self, ctx: AppContext, goal: GoalView, parent: QWidget,
                 form: RatingForm | None = None,
                 sessions: Sequence[tuple[UUID, datetime]] = (), agreed: bool = True) -> None:
        """`sessions`: the client's, newest first, to say which one this rating was made at;
        `agreed`: whether the goals have been agreed yet (the dialog says so when not)."""
        super().__init__(ctx, parent, "rating-dialog")
        self._goal = goal
        self.session = QComboBox(self)
        self.session.addItem(self.tr("Not at a session"), None)
        for session_id, starts_at in sessions:
            self.session.addItem(session_moment(starts_at), session_id)
        today = [n for n, (_id, at) in enumerate(sessions, start=1) if at.date() == date.today()]
        self.session.setCurrentIndex(today[0] if today else 0)
        self.setWindowTitle(self.tr("Rate progress"))
        self.group = QButtonGroup(self)
        self.level_buttons: dict[int, QRadioButton] = {}
        column = QVBoxLayout()
        for level in sorted(GAS_LEVELS, reverse=True):
            words = goal.levels.get(level, "")
            text = f"{level:+d}  {gas_words(level)}" + (f" — “{words}”" if words else "")
            button = QRadioButton(text, self)
            button.setAccessibleName(text)
            self.group.addButton(button, level + 2)
            self.level_buttons[level] = button
            column.addWidget(button)
        self.comment = _text_box(self, self.tr("In the client's words"), 2)
        self.rated_on = QDateEdit(self)
        self.rated_on.setCalendarPopup(True)
        self.rated_on.setDisplayFormat(date_format())
        self.rated_on.setAccessibleName(self.tr("Date"))
        self.rated_on.setMaximumDate(_qdate(date.today()))
        self.rated_on.setDate(_qdate(date.today()))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = self.button_box(self.tr("&Save"))
        fields = QFormLayout()
        fields.addRow(self.tr("In their &words"), self.comment)
        fields.addRow(self.tr("At the &session"), self.session)
        fields.addRow(self.tr("&Date"), self.rated_on)
        self.session.currentIndexChanged.connect(
            lambda: self.rated_on.setEnabled(self.session.currentData() is None))
        self.rated_on.setEnabled(self.session.currentData() is None)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(goal.title, self))
        if not agreed:
            layout.addWidget(hint(self.tr(
                "No goal agreement has been agreed yet. The rating is kept with the goal and "
                "charted; agreeing the goals together makes the levels you rate against "
                "shared."), self))
        layout.addLayout(column)
        layout.addLayout(fields)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if form is not None:
            if form.level is not None:
                self.level_buttons[form.level].setChecked(True)
            self.comment.setPlainText(form.comment)
            self.rated_on.setDate(_qdate(form.rated_on))
            self.session.setCurrentIndex(max(0, self.session.findData(form.session_id)))
        self.resize(520, self.sizeHint().height())
        self.level_buttons[0].setFocus()

    def typed(self) -> RatingForm:
        chosen = self.group.checkedId()
        return RatingForm(self._goal.client_id, self._goal, None if chosen < 0 else chosen - 2,
                          self.comment.toPlainText().strip(), _day(self.rated_on),
                          self.session.currentData())

    def form(self) -> RatingForm | None:
        form = self.typed()
        return form if (form.level is not None or form.comment) else None

