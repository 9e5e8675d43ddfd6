"""Record how a PHQ-9 item 9 answer was followed up: what the therapist did, and when. This is
what clears the safety flag on the Overview, the Feedback & measures tab and the client list.
A follow-up is kept as written (the service refuses to replace one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.services.measures import MeasureFlag
from app.ui.kit.context import AppContext
from app.ui.kit.dates import date_format, long_date
from app.ui.kit.look import hint, paragraph
from app.ui.kit.record_dialog import RecordDialog


@dataclass(frozen=True, slots=True)
class FollowupForm:
    """What the dialog holds, for keeping it through a lock."""

    flag: MeasureFlag
    note: str
    on: date

    @property
    def client_id(self) -> Any:
        return self.flag.client_id


def save_followup_form(services: Any, _record: Any, form: FollowupForm) -> Any:
    return services.measures.record_followup(form.flag.measure_id, form.note, form.on)


class FollowupDialog(RecordDialog):
    save_form = save_followup_form

    def __init__(self, ctx: AppContext, flag: MeasureFlag, parent: QWidget,
                 form: FollowupForm | None = None) -> None:
        super().__init__(ctx, parent, "followup-dialog")
        self._flag = flag
        self.setWindowTitle(self.tr("Record a follow-up"))
        if flag.damaged:
            about = self.tr("The PHQ-9 from {day} is damaged and cannot be read. Check item 9 "
                            "with the client, then note what you did.").format(
                                day=long_date(flag.taken_at))
        else:
            about = self.tr("On the PHQ-9 from {day}, item 9 (thoughts of being better off dead "
                            "or of hurting oneself) was answered “{answer}”.").format(
                                day=long_date(flag.taken_at), answer=flag.answer_label)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("What you did"))
        self.note.setPlaceholderText(self.tr(
            "For example: talked it through in the session; safety plan made together; "
            "crisis numbers given."))
        self.on = QDateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(date_format())
        self.on.setAccessibleName(self.tr("When"))
        today = date.today()
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.on.setDate(QDate(today.year, today.month, today.day))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = self.button_box(self.tr("&Record follow-up"))
        fields = QFormLayout()
        fields.addRow(self.tr("&What you did"), self.note)
        fields.addRow(self.tr("W&hen"), self.on)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(about, self))
        layout.addLayout(fields)
        layout.addWidget(hint(self.tr("Kept as you write it, in this client's record; it cannot "
                                      "be changed afterwards."), self))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        if form is not None:
            self.note.setPlainText(form.note)
            self.on.setDate(QDate(form.on.year, form.on.month, form.on.day))
        self.note.setFocus()

    def typed(self) -> FollowupForm:
        day = self.on.date()
        return FollowupForm(self._flag, self.note.toPlainText().strip(),
                            date(day.year(), day.month(), day.day()))

    def form(self) -> FollowupForm | None:
        form = self.typed()
        return form if form.note else None

        self.note.setFocus()
