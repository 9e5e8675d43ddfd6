"""The goal agreement, made together: both sides' commitments on a draft, agreeing it with both
typed names and the dates (which freezes that version), and a history of what changed between
any two versions. The commitments and signature dialogs keep their typing through a lock."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.agreement_history import ADDED, KEPT, REMOVED, VersionChanges, compare
from app.services.agreements import GAS_LEVELS, AgreementDraft, AgreementView, Signatures
from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.context import AppContext
from app.ui.kit.dates import date_format, long_date
from app.ui.kit.labels import gas_level
from app.ui.kit.look import hint, label_for, paragraph
from app.ui.kit.record_dialog import RecordDialog, create_or_update


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setAccessibleName(name)
    today = date.today()
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    edit.setDate(QDate(today.year, today.month, today.day))
    return edit


# -- commitments --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CommitmentsForm:
    client_id: UUID
    version_id: UUID | None  # None: the first version, not started yet
    draft: AgreementDraft


def save_commitments_form(services: Any, record: Any, form: CommitmentsForm) -> AgreementView:
    agreements = services.agreements
    return create_or_update(record, form.version_id,
                            lambda: agreements.start(form.client_id, form.draft),
                            lambda version_id: agreements.save_draft(version_id, form.draft))


class CommitmentsDialog(RecordDialog):
    save_form = save_commitments_form

    def __init__(self, ctx: AppContext, client_id: UUID, draft: AgreementView | None,
                 parent: QWidget, form: CommitmentsForm | None = None) -> None:
        super().__init__(ctx, parent, "commitments-dialog")
        self._client_id = client_id
        self._version = draft
        self._version_id = draft.id if draft is not None else (form.version_id if form else None)
        self.setWindowTitle(self.tr("The goal agreement"))
        self.client_side = QPlainTextEdit(self)
        self.therapist_side = QPlainTextEdit(self)
        for edit, name in ((self.client_side, self.tr("What the client commits to")),
                           (self.therapist_side, self.tr("What the therapist commits to"))):
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(name)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 6)
        sides = QHBoxLayout()
        for edit, words in ((self.client_side, self.tr("What &I commit to (the client):")),
                            (self.therapist_side, self.tr("What the &therapist commits to:"))):
            column = QVBoxLayout()
            column.addWidget(label_for(words, edit, self))
            column.addWidget(edit)
            sides.addLayout(column)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = self.button_box(self.tr("&Save draft"))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "The agreement gathers the client's current goals, as they stand when it is agreed, "
            "with what each of you commits to. It stays a draft until you both sign it."), self))
        layout.addLayout(sides)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        source = form.draft if form is not None else (
            AgreementDraft(draft.client_commitments, draft.therapist_commitments)
            if draft is not None else None)
        if source is not None:
            self.client_side.setPlainText(source.client_commitments)
            self.therapist_side.setPlainText(source.therapist_commitments)
        self.resize(760, self.sizeHint().height())
        self.client_side.setFocus()

    def typed(self) -> CommitmentsForm:
        return CommitmentsForm(self._client_id, self._version_id, AgreementDraft(
            self.client_side.toPlainText().strip(), self.therapist_side.toPlainText().strip()))

    def form(self) -> CommitmentsForm | None:
        form = self.typed()
        if self._version is not None:
            same = (form.draft.client_commitments, form.draft.therapist_commitments) == (
                self._version.client_commitments, self._version.therapist_commitments)
            return None if same else form
        return form if (form.draft.client_commitments or form.draft.therapist_commitments) \
            else None


# -- agreeing ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SignForm:
    client_id: UUID
    version_id: UUID
    signatures: Signatures


def save_sign_form(services: Any, _record: Any, form: SignForm) -> AgreementView:
    return services.agreements.agree(form.version_id, form.signatures)


class SignDialog(RecordDialog):
    save_form = save_sign_form

    def __init__(self, ctx: AppContext, draft: AgreementView, therapist_name: str,
                 parent: QWidget, form: SignForm | None = None) -> None:
        super().__init__(ctx, parent, "sign-agreement-dialog")
        self._draft = draft
        self.setWindowTitle(self.tr("Agree version {n}").format(n=draft.version))
        self.client_name = QLineEdit(self)
        self.client_name.setAccessibleName(self.tr("The client's name, typed by the client"))
        self.client_on = _date_edit(self, self.tr("The client's date"))
        self.therapist_name = QLineEdit(therapist_name, self)
        self.therapist_name.setAccessibleName(self.tr("Your name"))
        self.therapist_on = _date_edit(self, self.tr("Your date"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = self.button_box(self.tr("&Agree"))
        fields = QFormLayout()
        fields.addRow(self.tr("The &client types their name"), self.client_name)
        fields.addRow(self.tr("On"), self.client_on)
        fields.addRow(self.tr("&You type yours"), self.therapist_name)
        fields.addRow(self.tr("On "), self.therapist_on)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Agreeing keeps this version exactly as it is now: its {count} goals and both "
            "commitments. To change anything later, revise it into a new version.").format(
                count=len(draft.goals)), self))
        layout.addLayout(fields)
        layout.addWidget(hint(self.tr("Typed names stand for signatures; a printed agreement "
                                      "has room to sign by hand."), self))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if form is not None:
            sig = form.signatures
            self.client_name.setText(sig.client_name)
            self.therapist_name.setText(sig.therapist_name)
            for edit, day in ((self.client_on, sig.client_signed_on),
                              (self.therapist_on, sig.therapist_signed_on)):
                edit.setDate(QDate(day.year, day.month, day.day))
        self.resize(520, self.sizeHint().height())
        self.client_name.setFocus()

    def typed(self) -> SignForm:
        return SignForm(self._draft.client_id, self._draft.id, Signatures(
            self.client_name.text().strip(), _day(self.client_on),
            self.therapist_name.text().strip(), _day(self.therapist_on)))

    def form(self) -> SignForm | None:
        form = self.typed()
        return form if form.signatures.client_name else None


# -- history ------------------------------------------------------------------------------------
class HistoryDialog(AppDialog):
    """Any two versions side by side in words: goals added or taken out, words gone and come."""

    def __init__(self, ctx: AppContext, versions: list[AgreementView], parent: QWidget) -> None:
        super().__init__(parent, ctx.settings, "agreement-history-dialog")
        self._versions = sorted((v for v in versions if not v.damaged), key=lambda v: v.version)
        self.setWindowTitle(self.tr("How the agreement has changed"))
        self.older = QComboBox(self)
        self.newer = QComboBox(self)
        for combo in (self.older, self.newer):
            for version in self._versions:
                state = (self.tr("agreed {day}").format(day=long_date(version.agreed_at))
                         if version.agreed else self.tr("draft"))
                combo.addItem(self.tr("Version {n}, {state}").format(n=version.version,
                                                                     state=state), version.id)
        self.older.setCurrentIndex(max(0, len(self._versions) - 2))
        self.newer.setCurrentIndex(len(self._versions) - 1)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("What changed"))
        row = QHBoxLayout()
        row.addWidget(label_for(self.tr("&From"), self.older, self))
        row.addWidget(self.older, 1)
        row.addSpacing(12)
        row.addWidget(label_for(self.tr("&To"), self.newer, self))
        row.addWidget(self.newer, 1)
        buttons = self.button_box(self.tr("&Close"))
        buttons.button(buttons.StandardButton.Cancel).hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.older.currentIndexChanged.connect(self._show)
        self.newer.currentIndexChanged.connect(self._show)
        self.resize(760, 560)
        self._show()

    def changes(self) -> VersionChanges | None:
        by_id = {v.id: v for v in self._versions}
        older, newer = by_id.get(self.older.currentData()), by_id.get(self.newer.currentData())
        return None if older is None or newer is None else compare(older, newer)

    def _show(self) -> None:
        changes = self.changes()
        self.view.setHtml(self._page(changes) if changes is not None else "")

    def _page(self, changes: VersionChanges) -> str:
        if changes.unchanged:
            nothing = self.tr("Nothing changed between these versions.")
            return f"<p>{html.escape(nothing)}</p>"
        names = {"title": self.tr("Goal"), "why_it_matters": self.tr("Why it matters"),
                 "first_steps": self.tr("First steps"),
                 "signs_of_progress": self.tr("Signs of progress"),
                 "review_date": self.tr("Review date"),
                 "client_commitments": self.tr("What the client commits to"),
                 "therapist_commitments": self.tr("What the therapist commits to")}
        names.update({f"level {level:+d}": gas_level(level) for level in GAS_LEVELS})
        how = {ADDED: self.tr("added"), REMOVED: self.tr("taken out"), KEPT: self.tr("changed")}
        legend = self.tr("Underlined words were added; struck-through words were taken out.")
        out = [f"<p><small>{html.escape(legend)}</small></p>"]
        for goal in changes.goals:
            out.append(f"<h3>{html.escape(goal.title)} — {html.escape(how[goal.how])}</h3>")
            out += [self._part(names.get(p.part, p.part), p.words) for p in goal.parts]
        if changes.commitments:
            commitments = self.tr("Commitments")
            out.append(f"<h3>{html.escape(commitments)}</h3>")
            out += [self._part(names.get(p.part, p.part), p.words) for p in changes.commitments]
        return "".join(out)

    def _part(self, name: str, words: Any) -> str:
        runs = []
        for run in words:
            text = html.escape(run.text)
            if run.how == ADDED:
                runs.append(f"<u style='color:#2e7d32'>{text}</u>")
            elif run.how == REMOVED:
                runs.append(f"<s style='color:#c0392b'>{text}</s>")
            else:
                runs.append(text)
        return f"<p><b>{html.escape(name)}</b><br>{' '.join(runs)}</p>"
