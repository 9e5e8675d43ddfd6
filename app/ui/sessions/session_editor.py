"""Writing one session note: the template's fields, the shared summary, and the private process
note in its own tinted panel.

Typing is never lost: the note saves itself 1.5 s after typing stops, and at once when the
therapist switches session or client, locks or quits (`save_now()` / `pending_save()`). Saves
run one after another on the database worker, so a later save never overtakes an earlier one.
Signing locks the note; after that the fields are read-only and only dated amendments are added.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.sessions import FORMATS, TEMPLATES, SessionDraft, SessionView
from app.ui.kit.autosave import Autosave
from app.ui.kit.confirm import confirm
from app.ui.kit.context import AppContext
from app.ui.kit.dates import clock, date_time_format, moment, session_moment
from app.ui.kit.error_dialog import show_error
from app.ui.kit.labels import choice_label
from app.ui.kit.look import heading, hint, label_for, private_tint, shared_tint
from app.ui.kit.record_tab import Page
from app.ui.kit.save_job import HasId, RecordRef, SaveJob
from app.ui.kit.settings import NOTE_TEMPLATE
from app.ui.kit.translate import QT_TRANSLATE_NOOP
from app.ui.sessions.sign_dialog import SignDialog

PRIVATE_LABEL = QT_TRANSLATE_NOOP("SessionEditor", "Private — never printed or shared")
SHARED_LABEL = QT_TRANSLATE_NOOP("SessionEditor",
                                 "Shared with the client — appears on handouts")


def template_label(template: str) -> str:
    if template == "free":
        return QCoreApplication.translate("Sessions", "Free text")
    return template


def save_session(services: Any, record: HasId, draft: SessionDraft) -> SessionView:
    """The editor's save, named so that a save kept over a lock can be made again."""
    assert record.id is not None
    return services.sessions.save(record.id, draft)


def carry_over(old: dict[str, str], old_labels: dict[str, str], new_keys: list[str]) -> dict[str, str]:
    """Field texts for a new template: same-named fields keep their text; text of a field the
    new template lacks is appended, under its old label, to the new template's first field."""
    fields = {k: old.get(k, "") for k in new_keys}
    orphans = [f"{old_labels.get(k, k)}:\n{text}" for k, text in old.items()
               if k not in new_keys and text.strip()]
    if orphans and new_keys:
        first = new_keys[0]
        fields[first] = "\n\n".join(t for t in (fields[first], *orphans) if t.strip())
    return fields


class NoteBox(QPlainTextEdit):
    """A text box that asks for only a few lines and grows into whatever room there is, so
    the shared and private panels stay in view instead of being pushed below the fold."""

    LINES = 3

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        frame = 2 * self.frameWidth() + 2 * int(self.document().documentMargin())
        return QSize(300, self.fontMetrics().lineSpacing() * self.LINES + frame)


class _TintedPanel(QFrame):
    """A titled frame around one text field, its background tinted from the palette (and
    tinted again when the system switches between light and dark)."""

    def __init__(self, title: str, explanation: str, editor: QPlainTextEdit,
                 tint: Callable[[], QColor], parent: QWidget) -> None:
        super().__init__(parent)
        self._tint = tint
        self._editor = editor
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.title = heading(title, self, 1.1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(hint(explanation, self))
        layout.addWidget(editor)
        self._apply_tint()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.paletteChanged.connect(self._apply_tint)

    def _apply_tint(self, *_palette: object) -> None:
        tint = self._tint()
        palette = QApplication.palette()
        palette.setColor(QPalette.ColorRole.Window, tint)
        palette.setColor(QPalette.ColorRole.Base, tint.lighter(108))
        self.setPalette(palette)
        self._editor.setPalette(palette)


class _FieldRow(QWidget):
    """Labelled fields side by side, wrapping onto more rows when there is no room for one (a
    small laptop screen, a large font): the editor never makes the window wider than the screen."""

    def __init__(self, pairs: tuple[tuple[str, QWidget], ...], parent: QWidget) -> None:
        super().__init__(parent)
        self._pairs: list[QWidget] = []
        for label, widget in pairs:
            pair = QWidget(self)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label_for(label, widget, pair))
            row.addWidget(widget)
            self._pairs.append(pair)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._counts: tuple[int, ...] = ()
        self._arrange((len(self._pairs),))

    def _fit(self, width: int) -> tuple[int, ...]:
        """How many pairs go on each row, filling each row as far as `width` allows."""
        counts, used = [0], 0
        spacing = self._rows.spacing()
        for pair in self._pairs:
            need = pair.sizeHint().width() + (spacing if counts[-1] else 0)
            if counts[-1] and used + need > width:
                counts.append(0)
                used, need = 0, pair.sizeHint().width()
            counts[-1] += 1
            used += need
        return tuple(counts)

    def _arrange(self, counts: tuple[int, ...]) -> None:
        while (item := self._rows.takeAt(0)) is not None:
            row = item.layout()
            if row is not None:
                while row.takeAt(0) is not None:
                    pass
                row.deleteLater()
        pairs = iter(self._pairs)
        for count in counts:
            row = QHBoxLayout()
            for _ in range(count):
                row.addWidget(next(pairs))
            row.addStretch(1)
            self._rows.addLayout(row)
        self._counts = counts

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = max(pair.minimumSizeHint().width() for pair in self._pairs)
        return QSize(width, self._rows.minimumSize().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        counts = self._fit(event.size().width())
        if counts != self._counts:
            self._arrange(counts)
            self.updateGeometry()
        super().resizeEvent(event)


class SessionEditor(QWidget):
    cleared = Signal()  # no session is shown any more

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session: Any = None
        self._loading = False
        self._signer = ""
        self._field_edits: dict[str, QPlainTextEdit] = {}
        self._offered: tuple[UUID, SessionDraft] | None = None  # see `offer`
        self.autosave = Autosave(self._save_job, self, ctx.op)
        self._build()
        self.autosave.state_changed.connect(self.saved_state.setText)
        self.autosave.saved.connect(self._on_saved)
        self.clear()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.starts_at = QDateTimeEdit(self)
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat(date_time_format())
        self.starts_at.setAccessibleName(self.tr("Session date and time"))
        self.duration = QSpinBox(self)
        self.duration.setRange(1, 24 * 60)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        for value in FORMATS:
            self.format.addItem(choice_label("session format", value), value)
        self.template = QComboBox(self)
        self.template.setAccessibleName(self.tr("Note template"))
        for name in TEMPLATES:
            self.template.addItem(template_label(name), name)
        self.top_row = _FieldRow(((self.tr("&When"), self.starts_at),
                                  (self.tr("&Length"), self.duration),
                                  (self.tr("&Format"), self.format),
                                  (self.tr("&Template"), self.template)), self)

        body = QWidget(self)
        self._fields_layout = QVBoxLayout()
        self.shared_summary = NoteBox(body)
        self.shared_summary.setAccessibleName(self.tr("Shared summary"))
        self.shared_summary.setAccessibleDescription(self.tr(SHARED_LABEL))
        self.shared_summary.setTabChangesFocus(True)
        self.shared_summary.setMinimumHeight(110)
        self.shared_panel = _TintedPanel(
            self.tr(SHARED_LABEL),
            self.tr("Written for the client, in words they will recognise."),
            self.shared_summary, shared_tint, body)
        self.private_note = NoteBox(body)
        self.private_note.setAccessibleName(self.tr("Private process note"))
        self.private_note.setAccessibleDescription(self.tr(PRIVATE_LABEL))
        self.private_note.setTabChangesFocus(True)
        self.private_note.setMinimumHeight(110)
        self.private_panel = _TintedPanel(
            self.tr(PRIVATE_LABEL),
            self.tr("Your own process notes: kept apart from the client's record and left "
                    "out of every handout and export."),
            self.private_note, private_tint, body)
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(self._fields_layout, 3)
        voices = QHBoxLayout()  # side by side: what the client reads, what only you read
        voices.addWidget(self.shared_panel)
        voices.addWidget(self.private_panel)
        body_layout.addLayout(voices, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        scroll.setAccessibleName(self.tr("Session note"))
        scroll.setWidget(body)
        self._body = body
        self.pages = QStackedWidget(self)
        self.pages.addWidget(scroll)
        self.pages.addWidget(self._build_signed_page())

        self.saved_state = QLabel(self)
        self.saved_state.setAccessibleName(self.tr("Save state"))
        self.delete_button = QPushButton(self.tr("Delete draft…"), self)
        self.sign_button = QPushButton(self.tr("&Sign and lock…"), self)
        self.sign_button.setAccessibleDescription(
            self.tr("Sign the note with your name; after that only dated amendments can be "
                    "added."))
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_state, 1)
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.sign_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.top_row)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

        self.starts_at.dateTimeChanged.connect(self._on_edited)
        self.duration.valueChanged.connect(self._on_edited)
        self.format.currentIndexChanged.connect(self._on_edited)
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.shared_summary.textChanged.connect(self._on_edited)
        self.private_note.textChanged.connect(self._on_edited)
        self.sign_button.clicked.connect(self._on_sign_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.amend_button.clicked.connect(self._on_amend_clicked)
        self.amendment_text.textChanged.connect(self._on_amendment_typed)

    def _build_signed_page(self) -> QWidget:
        """A signed note reads as one flowing, read-only document (with its amendments), and
        below it the one thing still possible: adding a dated amendment."""
        page = QWidget(self)
        self.signed_document = QTextBrowser(page)
        self.signed_document.setAccessibleName(self.tr("Signed note"))
        self.signed_document.setOpenLinks(False)
        self.amendment_text = QPlainTextEdit(page)
        self.amendment_text.setAccessibleName(self.tr("New amendment"))
        self.amendment_text.setPlaceholderText(self.tr("Something to add or correct, dated "
                                                       "today"))
        self.amendment_text.setTabChangesFocus(True)
        self.amendment_text.setMaximumHeight(90)
        self.amend_button = QPushButton(self.tr("A&dd amendment"), page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.signed_document, 1)
        layout.addWidget(label_for(self.tr("&Add an amendment"), self.amendment_text, page))
        layout.addWidget(self.amendment_text)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.amend_button)
        layout.addLayout(add_row)
        return page

    def _signed_page_html(self, session: SessionView, private_note: str) -> str:
        page = Page().muted(self.tr(
            "Signed by {name} on {when}. This note is locked; anything to add or correct goes "
            "below as a dated amendment.").format(name=session.signed_by,
                                                   when=moment(session.signed_at)))
        page.muted(" · ".join((session_moment(session.starts_at),
                               self.tr("{n} min").format(n=session.duration_minutes),
                               self.format.currentText(), template_label(session.template))))
        for key, _label in TEMPLATES.get(session.template, ()):
            text = session.fields.get(key, "")
            if text.strip():
                page.labelled(choice_label("note field", key), text)
        page.panel(self.tr(SHARED_LABEL), session.shared_summary or self.tr("(nothing written)"),
                   shared_tint().name())
        page.panel(self.tr(PRIVATE_LABEL), private_note or self.tr("(nothing written)"),
                   private_tint().name())
        if session.amendments:
            page.heading(self.tr("Amendments"))
            for amendment in session.amendments:
                page.labelled(moment(amendment.created_at), amendment.text)
        return str(page)

    def _build_fields(self, template: str, texts: dict[str, str]) -> None:
        """The boxes of `template`'s fields holding `texts`: those on show when they are the
        same fields (each client opened clears the editor to the free-text note), else new
        ones. `setPlainText` also empties a box's undo history."""
        keys = [key for key, _label in TEMPLATES[template]]
        if keys == list(self._field_edits):
            for key, edit in self._field_edits.items():
                edit.setReadOnly(False)  # as a new box; a signed session sets it again
                edit.setPlainText(texts.get(key, ""))
            return
        for edit in self._field_edits.values():
            edit.clear()
        while self._fields_layout.count():
            item = self._fields_layout.takeAt(0)
            assert item is not None
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._field_edits = {}
        for key in keys:
            label = choice_label("note field", key)
            edit = NoteBox(self._body)
            edit.setAccessibleName(label)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(64)
            edit.setPlainText(texts.get(key, ""))
            edit.textChanged.connect(self._on_edited)
            title = label_for(label, edit, self._body)
            self._fields_layout.addWidget(title)
            self._fields_layout.addWidget(edit)
            self._field_edits[key] = edit
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.starts_at, self.duration, self.format, self.template,
                                *self._field_edits.values(), self.shared_summary,
                                self.private_note, self.signed_document, self.amendment_text,
                                self.amend_button, self.delete_button, self.sign_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- showing a session ----------------------------------------------------------------
    @property
    def session_id(self):
        return None if self._session is None else self._session.id

    def load(self, session: Any, private_note: str) -> None:
        """Show a session (the previous one must have been saved first: see `save_now`)."""
        self._loading = True
        try:
            self.autosave.reset()
            self._session = session
            start = session.starts_at
            self.starts_at.setDateTime(QDateTime(start.date(), QTime(start.hour, start.minute)))
            self.duration.setValue(max(1, session.duration_minutes))
            self.format.setCurrentIndex(max(0, self.format.findData(session.format)))
            self.template.setCurrentIndex(max(0, self.template.findData(session.template)))
            self._build_fields(session.template, session.fields)
            self.shared_summary.setPlainText(session.shared_summary)
            self.private_note.setPlainText(private_note)
            self._show_signed_state(session)
            self.setEnabled(True)
        finally:
            self._loading = False
        self.saved_state.setText(self.tr("Saved"))
        self._show_offered()

    def offer(self, session_id: UUID, draft: SessionDraft) -> None:
        """Typing a lock could not save: shown in place of the saved note as soon as that
        session is shown here, unsaved (it saves with the next change). Until then a lock keeps
        it again (`offered_save`)."""
        self._offered = (session_id, draft)
        self._show_offered()

    def offered_save(self, *, take: bool = False) -> SaveJob | None:
        """The save of an offered draft not shown yet, or None; `take` forgets it (a lock)."""
        offered = self._offered
        if take:
            self._offered = None
        if offered is None:
            return None
        return SaveJob(self._ctx.services, save_session, offered[1], RecordRef(offered[0]))

    def _show_offered(self) -> None:
        if self._offered is None or self._session is None or self._session.signed \
                or self._offered[0] != self._session.id:
            return
        _, draft = self._offered
        self._offered = None
        self._loading = True
        try:
            start = draft.starts_at
            self.starts_at.setDateTime(QDateTime(QDate(start.year, start.month, start.day),
                                                 QTime(start.hour, start.minute)))
            self.duration.setValue(max(1, draft.duration_minutes))
            self.format.setCurrentIndex(max(0, self.format.findData(draft.format)))
            self.template.setCurrentIndex(max(0, self.template.findData(draft.template)))
            self._build_fields(draft.template, draft.fields)
            self.shared_summary.setPlainText(draft.shared_summary)
            self.private_note.setPlainText(draft.private_note)
        finally:
            self._loading = False
        self.autosave.mark_unsaved()

    def clear(self) -> None:
        """Forget the session and empty every field (no client text stays in a widget)."""
        self._loading = True
        try:
            self.autosave.reset()
            self._session = None
            self._build_fields("free", {})
            for edit in (self.shared_summary, self.private_note, self.amendment_text):
                edit.clear()
                edit.document().clearUndoRedoStacks()
            self.signed_document.clear()
            self.saved_state.clear()
            self.setEnabled(False)
        finally:
            self._loading = False
        self.cleared.emit()

    def _show_signed_state(self, session: SessionView) -> None:
        signed = session.signed
        for edit in (*self._field_edits.values(), self.shared_summary, self.private_note):
            edit.setReadOnly(signed)
        for widget in (self.starts_at, self.duration, self.format, self.template):
            widget.setEnabled(not signed)
        self.top_row.setVisible(not signed)
        self.sign_button.setVisible(not signed)
        self.delete_button.setVisible(not signed)
        self.pages.setCurrentIndex(1 if signed else 0)
        if signed:
            self.signed_document.setHtml(self._signed_page_html(
                session, self.private_note.toPlainText()))
        self.amend_button.setEnabled(False)

    # -- editing and saving ---------------------------------------------------------------
    def draft(self) -> SessionDraft:
        when = self.starts_at.dateTime()
        day, time = when.date(), when.time()
        return SessionDraft(
            starts_at=datetime(day.year(), day.month(), day.day(), time.hour(), time.minute()),
            duration_minutes=self.duration.value(),
            format=self.format.currentData(),
            template=self.template.currentData(),
            fields={k: e.toPlainText() for k, e in self._field_edits.items()},
            shared_summary=self.shared_summary.toPlainText(),
            private_note=self.private_note.toPlainText(),
        )

    def _on_edited(self) -> None:
        if self._loading or self._session is None or self._session.signed:
            return
        self.autosave.touch()

    def _on_template_changed(self, _index: int) -> None:
        if self._loading or self._session is None:
            return
        template = self.template.currentData()
        old_labels = {k: choice_label("note field", k) for fields in TEMPLATES.values()
                      for k, _label in fields}
        texts = carry_over({k: e.toPlainText() for k, e in self._field_edits.items()},
                           old_labels, [k for k, _ in TEMPLATES[template]])
        self._build_fields(template, texts)
        self._ctx.settings.set(NOTE_TEMPLATE, template)
        self._on_edited()

    def _save_job(self) -> SaveJob | None:
        if self._session is None or self._session.signed:
            return None
        return SaveJob(self._ctx.services, save_session, self.draft(),
                       RecordRef(self._session.id))

    def pending_save(self) -> Callable[[], Any] | None:
        """The save of unsaved typing as a job (for lock and quit), or None if all is saved."""
        return self.autosave.pending_job()

    def save_now(self) -> None:
        """Save unsaved typing now (switching session or client, signing)."""
        self.autosave.save_now()

    def _on_saved(self, view: SessionView) -> None:
        if self._session is not None and view.id == self._session.id:
            self._session = view

    # -- signing, amending, deleting ------------------------------------------------------
    def set_signer(self, name: str) -> None:
        """The name offered when signing (the therapist's, from the practice profile)."""
        self._signer = name

    def _on_sign_clicked(self) -> None:
        if self._session is None or self._session.signed:
            return
        dialog = SignDialog(self._ctx, self, self._signer)
        dialog.signed_as.connect(self._on_sign_confirmed)
        dialog.open()

    def _on_sign_confirmed(self, name: str) -> None:
        self.save_now()
        sessions, session_id = self._ctx.services.sessions, self._session.id
        self._ctx.op(self, lambda: sessions.sign(session_id, name)) \
            .success(self._on_signed).run()

    def _on_signed(self, view: Any) -> None:
        if self._session is not None and view.id == self._session.id:
            self._loading = True
            try:
                self._session = view
                self._show_signed_state(view)
            finally:
                self._loading = False
            self.saved_state.setText(self.tr("Signed and locked"))

    def _on_amendment_typed(self) -> None:
        self.amend_button.setEnabled(bool(self.amendment_text.toPlainText().strip()))

    def _on_amend_clicked(self) -> None:
        text = self.amendment_text.toPlainText()
        if self._session is None or not text.strip():
            return
        sessions, session_id = self._ctx.services.sessions, self._session.id
        self.amend_button.setEnabled(False)
        self._ctx.op(self, lambda: sessions.amend(session_id, text)) \
            .success(self._on_amended).failure(self._on_amend_failed).run()

    def _on_amended(self, view: Any) -> None:
        self.amendment_text.clear()
        self._on_signed(view)
        self.saved_state.setText(self.tr("Amendment added {time}").format(
            time=clock(datetime.now())))

    def _on_amend_failed(self, error: BaseException) -> None:
        self._on_amendment_typed()
        show_error(self, error)

    def _on_delete_clicked(self) -> None:
        if self._session is None or self._session.signed:
            return
        confirm(self, self.tr("Delete draft"),
                self.tr("Delete this draft note? This cannot be undone."),
                self.tr("Delete draft"), self._delete, destructive=True)

    def _delete(self) -> None:
        if self._session is None:
            return
        sessions, session_id = self._ctx.services.sessions, self._session.id
        self.autosave.reset()
        self._ctx.op(self, lambda: sessions.delete_draft(session_id)) \
            .success(lambda _r: self._on_deleted(session_id)).run()

    def _on_deleted(self, session_id: UUID) -> None:
        if self.session_id == session_id:
            self.clear()
