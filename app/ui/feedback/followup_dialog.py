"""Record how a PHQ-9 item 9 answer was followed up: what the therapist did, and when. This is
what clears the safety flag on the Overview, the Feedback & measures tab and the client list.
A follow-up is kept as written (the service refuses to replace one)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.services.measures import MeasureFlag
from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.context import AppContext
from app.ui.kit.dates import date_format, long_date
from app.ui.kit.error_dialog import error_sentence
from app.ui.kit.look import hint, paragraph


class FollowupDialog(AppDialog):
    def __init__(self, ctx: AppContext, flag: MeasureFlag, parent: QWidget) -> None:
        super().__init__(parent, ctx.settings, "followup-dialog")
        self._ctx = ctx
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
        form = QFormLayout()
        form.addRow(self.tr("&What you did"), self.note)
        form.addRow(self.tr("W&hen"), self.on)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(about, self))
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("Kept as you write it, in this client's record; it cannot "
                                      "be changed afterwards."), self))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self.note.setFocus()

    def _on_accept_requested(self) -> None:
        note, day = self.note.toPlainText().strip(), self.on.date()
        measures, measure_id = self._ctx.services.measures, self._flag.measure_id
        on = date(day.year(), day.month(), day.day())
        self.buttons.setEnabled(False)
        self._ctx.op(self, lambda: measures.record_followup(measure_id, note, on)) \
            .success(lambda _view: self.accept()).failure(self._on_failed).run()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_sentence(error))
        self.note.setFocus()
