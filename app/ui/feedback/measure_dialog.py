"""Record a PHQ-9 or GAD-7: filled in together in the session, or typed in from a paper form.

Every question and answer is shown in the instrument's exact published English wording (from
`app.services.measures`, never through the translation catalogue: a validated questionnaire is
not ours to reword). The running total and its published severity band are shown as answers
come in; saving names the first question still unanswered instead of scoring a partial form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import BadInput
from app.services.measures import MODES, Instrument, MeasureDraft
from app.ui.kit.context import AppContext
from app.ui.kit.dates import date_format
from app.ui.kit.labels import choice_label
from app.ui.kit.look import heading, hint, paragraph
from app.ui.kit.record_dialog import RecordDialog

BY_THE_CLIENT = "by the client"


@dataclass(frozen=True, slots=True)
class MeasureForm:
    """What the dialog holds (answered or not), for saving and for keeping it through a lock."""

    client_id: UUID
    instrument: str
    answers: tuple[int | None, ...]
    difficulty: int | None
    mode: str
    comment: str
    taken_on: date


def save_measure_form(services: Any, _record: Any, form: MeasureForm) -> Any:
    """Record a complete form; an incomplete one is refused, naming its first open question
    (a lock then keeps it, to be finished after unlock)."""
    if None in form.answers:
        first = form.answers.index(None) + 1
        raise BadInput(QCoreApplication.translate(
            "MeasureDialog", "Question {n} of the {instrument} is not answered yet, so the form "
            "was not saved.").format(n=first, instrument=form.instrument))
    taken_at = datetime.now() if form.taken_on == date.today() else datetime.combine(
        form.taken_on, time(12, 0))
    return services.measures.record(form.client_id, MeasureDraft(
        instrument=form.instrument, answers=tuple(a for a in form.answers if a is not None),
        difficulty=form.difficulty, mode=form.mode, comment=form.comment,
        taken_at=taken_at.replace(microsecond=0)))


class Question(QWidget):
    """One question: its words, then its four answers side by side (arrow keys move between
    them, Tab to the next question)."""

    def __init__(self, number: int, words: str, options: tuple[str, ...],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.words = words
        label = QLabel(f"{number}. {words}", self)
        label.setWordWrap(True)
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        row.setContentsMargins(16, 0, 0, 0)
        self.buttons: list[QRadioButton] = []
        for score, option in enumerate(options):
            button = QRadioButton(option, self)
            button.setAccessibleName(option)
            button.setAccessibleDescription(f"{number}. {words}")
            self.group.addButton(button, score)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(label)
        layout.addLayout(row)

    def answer(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen


class MeasureDialog(RecordDialog):
    save_form = save_measure_form

    def __init__(self, ctx: AppContext, client_id: UUID, instrument: Instrument,
                 parent: QWidget, form: MeasureForm | None = None) -> None:
        super().__init__(ctx, parent, "measure-dialog")
        self._client_id = client_id
        self._instrument = instrument
        self.setWindowTitle(self.tr("Record a {name}").format(name=instrument.code))
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(self.tr("How it was filled in"))
        for mode in MODES:
            if mode == BY_THE_CLIENT:
                continue  # (that is hand-over mode's, where the client fills it in alone)
            self.mode.addItem(choice_label("measure mode", mode), mode)
        self.taken_on = QDateEdit(self)
        self.taken_on.setCalendarPopup(True)
        self.taken_on.setDisplayFormat(date_format())
        self.taken_on.setAccessibleName(self.tr("Date"))
        today = date.today()
        self.taken_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.taken_on.setDate(QDate(today.year, today.month, today.day))
        fields = QFormLayout()
        fields.addRow(self.tr("&Filled in"), self.mode)
        fields.addRow(self.tr("&Date"), self.taken_on)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(heading(instrument.title, content, 1.2))
        column.addWidget(paragraph(instrument.stem, content))
        self.questions = [Question(n, words, instrument.options, content)
                          for n, words in enumerate(instrument.items, start=1)]
        for question in self.questions:
            column.addWidget(question)
            question.group.idClicked.connect(self._update_total)
        self.difficulty = Question(len(self.questions) + 1, instrument.difficulty_question,
                                    instrument.difficulty_options, content)
        column.addWidget(self.difficulty)
        column.addWidget(hint(instrument.source, content))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(instrument.title)

        self.comment = QPlainTextEdit(self)
        self.comment.setTabChangesFocus(True)
        self.comment.setAccessibleName(self.tr("Your comment"))
        self.comment.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.total = QLabel(self)
        self.total.setAccessibleName(self.tr("Total"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = self.button_box(self.tr("&Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(scroll, 1)
        layout.addWidget(QLabel(self.tr("Your &comment (optional):"), self))
        layout.itemAt(layout.count() - 1).widget().setBuddy(self.comment)  # type: ignore[union-attr]
        layout.addWidget(self.comment)
        layout.addWidget(self.total)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        if form is not None:
            self._fill(form)
        self._update_total()
        self.questions[0].buttons[0].setFocus()

    def _fill(self, form: MeasureForm) -> None:
        for question, answer in zip(self.questions, form.answers, strict=False):
            if answer is not None:
                question.buttons[answer].setChecked(True)
        if form.difficulty is not None:
            self.difficulty.buttons[form.difficulty].setChecked(True)
        self.mode.setCurrentIndex(max(0, self.mode.findData(form.mode)))
        self.comment.setPlainText(form.comment)
        self.taken_on.setDate(QDate(form.taken_on.year, form.taken_on.month, form.taken_on.day))

    def typed(self) -> MeasureForm:
        day = self.taken_on.date()
        return MeasureForm(self._client_id, self._instrument.code, tuple(self.answers()),
                           self.difficulty.answer(), self.mode.currentData(),
                           self.comment.toPlainText().strip(),
                           date(day.year(), day.month(), day.day()))

    def form(self) -> MeasureForm | None:
        form = self.typed()
        typed = any(a is not None for a in form.answers) or form.difficulty is not None \
            or form.comment
        return form if typed else None

    def answers(self) -> list[int | None]:
        return [question.answer() for question in self.questions]

    def _update_total(self) -> None:
        answers = self.answers()
        missing = answers.count(None)
        total = sum(a for a in answers if a is not None)
        if missing:
            self.total.setText(self.tr("{total} so far; {missing} of %n question(s) still "
                                       "to answer.", "", len(answers)).format(
                                           total=total, missing=missing))
        else:
            band = choice_label("severity", self._instrument.severity(total))
            self.total.setText(self.tr("Total {total} of {most}: {band}.").format(
                total=total, most=self._instrument.max_score, band=band))

    def _on_accept_requested(self) -> None:
        answers = self.answers()
        if None in answers:
            first = answers.index(None)
            self.message.setText(self.tr("Question {n} (“{words}”) is not answered yet; the "
                                         "total counts only a complete form.").format(
                                             n=first + 1, words=self.questions[first].words))
            self.questions[first].buttons[0].setFocus()
            return
        super()._on_accept_requested()

