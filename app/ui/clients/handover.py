"""Hand-over mode: the therapist turns the screen to the client, who sees a calm, full-screen
form in large type and nothing else of the vault — session feedback, a PHQ-9 or GAD-7, or
their own "How I like to work" — and writes in their own words.

Before the form appears, the main window has saved the therapist's typing and gone to the lock
screen; the keys stay only for the one save the client's form makes. Handing back (submitting),
stopping, Esc, closing the window or leaving it idle all end it the same way: the form's save
runs (if submitted), then the vault locks, so the therapist's passphrase is needed to see
anything again. What the client filled in alone is recorded as theirs ("by the client").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.agreements import GAS_LEVELS, GoalDraft, GoalView
from app.services.clients import PREFERENCE_TOPICS, ClientDraft, ClientView
from app.services.feedback import GIVEN_BY_CLIENT, RATINGS, FeedbackDraft
from app.services.measures import INSTRUMENTS, MeasureDraft
from app.ui.feedback.measure_dialog import BY_THE_CLIENT, Question
from app.ui.kit.labels import choice_label, different_next_time, gas_level
from app.ui.kit.look import heading, hint, paragraph

FEEDBACK, GOALS, PREFERENCES = "feedback", "goals", "preferences"  # + instrument codes
TYPE_SCALE = 1.35  # large, readable type
Job = Callable[[Any], Any]  # (services) -> what was saved


def kinds() -> list[str]:
    return [FEEDBACK, *INSTRUMENTS, GOALS, PREFERENCES]


class _Scale(QWidget):
    """One statement rated 0 ("not at all") to 10 ("completely"), as eleven choices."""

    def __init__(self, statement: str, parent: QWidget) -> None:
        super().__init__(parent)
        label = QLabel(statement, self)
        label.setWordWrap(True)
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("not at all"), self))
        for value in range(11):
            button = QRadioButton(str(value), self)
            button.setAccessibleName(self.tr("{value} of 10").format(value=value))
            button.setAccessibleDescription(statement)
            self.group.addButton(button, value)
            row.addWidget(button)
        row.addWidget(QLabel(self.tr("completely"), self))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(label)
        layout.addLayout(row)

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen


class HandoverWindow(QWidget):
    # A job for the database worker saving what the client gave, or None (nothing to save).
    finished = Signal(object)

    def __init__(self, client: ClientView, kind: str, idle_ms: int,
                 goals: Sequence[GoalView] = ()) -> None:
        super().__init__(None)
        self.setObjectName("handover-window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Reciprocal — over to you"))
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * TYPE_SCALE)
        self.setFont(font)
        self._client, self._kind, self._done = client, kind, False
        self._goals = [g for g in goals if not g.damaged and g.status == "active"]
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.hand_back = QPushButton(self.tr("I'm &done — hand back"), self)
        self.hand_back.setDefault(True)
        self.stop = QPushButton(self.tr("&Stop without saving"), self)
        content = QWidget(self)
        column = QVBoxLayout(content)
        first_name = (client.display_name.split() or [""])[0]
        column.addWidget(heading(self.tr("Over to you, {name}").format(name=first_name), content))
        column.addWidget(paragraph(self.tr(
            "Your therapist has handed this screen to you. Take your time. What you write here "
            "goes into your record with them, marked as written by you. Nothing else of the "
            "record is shown here."), content))
        self._build_form(column, content)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.stop)
        buttons.addWidget(self.hand_back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.hand_back.clicked.connect(self._on_hand_back)
        self.stop.clicked.connect(lambda: self._end(None))
        self._idle = QTimer(self)  # left alone: it ends, nothing saved, the vault locks
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(lambda: self._end(None))
        self._idle.start()
        self.installEventFilter(self)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self._first_control().setFocus()  # keyboard only: start at the first answer

    def _first_control(self) -> QWidget:
        if self.scales:
            return next(iter(self.scales.values())).group.buttons()[0]
        if self.questions:
            return self.questions[0].buttons[0]
        edits = [*self.preferences.values(), *(t for t, _ in self._goal_edits.values())]
        return edits[0] if edits else self.hand_back

    def _build_form(self, column: QVBoxLayout, parent: QWidget) -> None:
        self.scales: dict[str, _Scale] = {}
        self.questions: list[Question] = []
        self.preferences: dict[str, QPlainTextEdit] = {}
        self.different: QPlainTextEdit | None = None
        self._goal_edits: dict[Any, tuple[QPlainTextEdit, dict[int, QPlainTextEdit]]] = {}
        if self._kind == FEEDBACK:
            column.addWidget(hint(self.tr("Any you would rather not answer, leave."), parent))
            for key, _statement in RATINGS:
                self.scales[key] = _Scale(choice_label("feedback statement", key), parent)
                column.addWidget(self.scales[key])
            self.different = self._text(column, parent, different_next_time(), "")
        elif self._kind in INSTRUMENTS:
            instrument = INSTRUMENTS[self._kind]
            column.addWidget(paragraph(instrument.stem, parent))
            self.questions = [Question(n, words, instrument.options, parent)
                              for n, words in enumerate(instrument.items, start=1)]
            for question in self.questions:
                column.addWidget(question)
            column.addWidget(hint(instrument.source, parent))
        elif self._kind == GOALS:
            column.addWidget(paragraph(self.tr(
                "Your goals, in your own words. Change anything that no longer says it the way "
                "you mean it, and what each step of progress would look like to you."), parent))
            for goal in self._goals:
                title = self._text(column, parent, self.tr("My goal"), goal.title)
                levels = {level: self._text(column, parent, gas_level(level),
                                            goal.levels.get(level, ""))
                          for level in sorted(GAS_LEVELS, reverse=True)}
                self._goal_edits[goal.id] = (title, levels)
            if not self._goals:
                column.addWidget(paragraph(self.tr("There are no goals written yet."), parent))
        else:
            column.addWidget(paragraph(self.tr("How you would like our work together to go, "
                                               "in your own words."), parent))
            for key, _words in PREFERENCE_TOPICS:
                label = choice_label("preference topic", key)
                self.preferences[key] = self._text(column, parent, label,
                                                   self._client.preferences.get(key, ""))

    @staticmethod
    def _text(column: QVBoxLayout, parent: QWidget, label: str, text: str) -> QPlainTextEdit:
        caption = QLabel(label, parent)
        caption.setWordWrap(True)
        edit = QPlainTextEdit(text, parent)
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(label)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 16)
        caption.setBuddy(edit)
        column.addWidget(caption)
        column.addWidget(edit)
        return edit

    # -- what the client gave ---------------------------------------------------------------
    def job(self) -> Job | None:
        """The save of what is on screen, or None; raises ValueError with a sentence for the
        client when the form cannot be saved as it is."""
        client = self._client
        if self._kind == FEEDBACK:
            assert self.different is not None
            ratings = {key: scale.value() for key, scale in self.scales.items()}
            words = self.different.toPlainText().strip()
            if all(v is None for v in ratings.values()) and not words:
                raise ValueError(self.tr("Choose at least one number, or write a few words."))
            draft = FeedbackDraft(heard=ratings["heard"], mattered=ratings["mattered"],
                                  fit=ratings["fit"], overall=ratings["overall"],
                                  different_next_time=words, given_by=GIVEN_BY_CLIENT)
            return lambda services: services.feedback.record(client.id, draft)
        if self._kind in INSTRUMENTS:
            answers = [q.answer() for q in self.questions]
            if None in answers:
                first = answers.index(None)
                self.questions[first].buttons[0].setFocus()
                raise ValueError(self.tr("Question {n} is not answered yet.").format(n=first + 1))
            measure = MeasureDraft(self._kind, tuple(a for a in answers if a is not None),
                                   mode=BY_THE_CLIENT)
            return lambda services: services.measures.record(client.id, measure)
        if self._kind == GOALS:
            return self._goals_job()
        preferences = {key: edit.toPlainText().strip() for key, edit in self.preferences.items()}
        if preferences == {k: client.preferences.get(k, "") for k in preferences}:
            return None
        details = ClientDraft(client.display_name, client.legal_name, client.pronouns,
                              client.contact, client.start_date, preferences)
        return lambda services: services.clients.update(client.id, details)

    def _goals_job(self) -> Job | None:
        changed = []
        for goal in self._goals:
            title_edit, level_edits = self._goal_edits[goal.id]
            title = title_edit.toPlainText().strip()
            if not title:
                raise ValueError(self.tr("A goal needs a few words; write it again, or leave it "
                                         "as it was."))
            levels = {level: edit.toPlainText().strip() for level, edit in level_edits.items()
                      if edit.toPlainText().strip()}
            if (title, levels) != (goal.title, {k: v for k, v in goal.levels.items() if v}):
                changed.append((goal.id, GoalDraft(title, goal.why_it_matters, goal.first_steps,
                                                   goal.signs_of_progress, goal.review_date,
                                                   levels)))
        if not changed:
            return None

        def save(services: Any) -> None:
            for goal_id, draft in changed:
                services.agreements.edit_goal(goal_id, draft)
        return save

    def _on_hand_back(self) -> None:
        try:
            job = self.job()
        except ValueError as problem:
            self.message.setText(str(problem))
            return
        self._end(job)

    def _end(self, job: Job | None) -> None:
        if self._done:
            return
        self._done = True
        self._idle.stop()
        self.finished.emit(job)
        self.close()

    # -- ending it any other way ------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self._end(None)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._end(None)
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                            QEvent.Type.MouseMove, QEvent.Type.Wheel):
            self._idle.start()  # the client is still here
        return False
