"""Settings: the practice profile printed on handouts (kept in the vault, so the command line
and handouts see the same), how long records are kept, and this computer's auto-lock time."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.profile import PAPER_SIZES, RETENTION_YEARS, ProfileDraft
from app.ui.background import run_in_background
from app.ui.context import AppContext
from app.ui.error_dialog import show_error
from app.ui.look import heading, hint
from app.ui.settings import AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES, MIN_AUTO_LOCK_MINUTES


class SettingsPanel(QWidget):
    def __init__(self, ctx: AppContext, profile: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = profile
        body = QWidget(self)
        self.therapist_name = QLineEdit(body)
        self.credentials = QLineEdit(body)
        self.practice_name = QLineEdit(body)
        self.contact = self._text_box(body, 3)
        self.handout_footer = self._text_box(body, 2)
        self.crisis_resources = self._text_box(body, 3)
        self.paper_size = QComboBox(body)
        for size in PAPER_SIZES:
            self.paper_size.addItem(size, size)
        self.retention_years = QSpinBox(body)
        self.retention_years.setRange(*RETENTION_YEARS)
        self.retention_years.setSuffix(self.tr(" years"))
        self.save_button = QPushButton(self.tr("&Save practice details"), body)
        self.saved_state = QLabel(body)
        practice = QGroupBox(self.tr("Your practice, as printed on handouts"), body)
        form = QFormLayout(practice)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, widget, name in (
            (self.tr("Your &name"), self.therapist_name, self.tr("Your name")),
            (self.tr("C&redentials"), self.credentials, self.tr("Credentials")),
            (self.tr("&Practice name"), self.practice_name, self.tr("Practice name")),
            (self.tr("C&ontact"), self.contact, self.tr("Practice contact")),
            (self.tr("Handout &footer"), self.handout_footer, self.tr("Handout footer")),
            (self.tr("Crisis and &emergency resources"), self.crisis_resources,
             self.tr("Crisis and emergency resources")),
            (self.tr("Pa&per size"), self.paper_size, self.tr("Paper size")),
            (self.tr("Keep records for"), self.retention_years,
             self.tr("Years records are kept after the last session")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow(hint(self.tr("Records are kept this many years after the last "
                                     "session; Reciprocal warns before erasing a client "
                                     "sooner."), practice))
        save_row = QHBoxLayout()
        save_row.addWidget(self.saved_state, 1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)

        self.auto_lock = QSpinBox(body)
        self.auto_lock.setRange(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setAccessibleName(self.tr(AUTO_LOCK_MINUTES.label))
        self.auto_lock.setValue(ctx.settings.auto_lock_minutes)
        computer = QGroupBox(self.tr("This computer"), body)
        computer_form = QFormLayout(computer)
        computer_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        computer_form.addRow(self.tr("&Lock when idle for"), self.auto_lock)
        computer_form.addRow(hint(self.tr("The app locks itself after this much time "
                                              "without a key press or mouse movement. Ctrl+L "
                                              "locks at once."), computer))
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(heading(self.tr("Settings"), body, 1.3))
        body_layout.addWidget(practice)
        body_layout.addWidget(computer)
        body_layout.addStretch(1)
        body.setMaximumWidth(900)
        column = QWidget(self)
        column_layout = QHBoxLayout(column)
        column_layout.addWidget(body, 1)
        column_layout.addStretch(0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._fill(profile)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.auto_lock.valueChanged.connect(self._on_auto_lock_changed)

    @staticmethod
    def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit(parent)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
        return box

    def _fill(self, profile: Any) -> None:
        self.therapist_name.setText(profile.therapist_name)
        self.credentials.setText(profile.credentials)
        self.practice_name.setText(profile.practice_name)
        self.contact.setPlainText(profile.contact)
        self.handout_footer.setPlainText(profile.handout_footer)
        self.crisis_resources.setPlainText(profile.crisis_resources)
        self.paper_size.setCurrentIndex(max(0, self.paper_size.findData(profile.paper_size)))
        self.retention_years.setValue(profile.retention_years)

    def draft(self) -> ProfileDraft:
        """The form's values; the language and backup recipients are kept as they were."""
        return ProfileDraft(
            therapist_name=self.therapist_name.text(),
            credentials=self.credentials.text(),
            practice_name=self.practice_name.text(),
            contact=self.contact.toPlainText(),
            handout_footer=self.handout_footer.toPlainText(),
            crisis_resources=self.crisis_resources.toPlainText(),
            paper_size=self.paper_size.currentData(),
            retention_years=self.retention_years.value(),
            locale=self._profile.locale,
            backup_recipients=self._profile.backup_recipients,
        )

    def _on_save_clicked(self) -> None:
        draft, profile = self.draft(), self._ctx.services.profile
        self.save_button.setEnabled(False)
        run_in_background(self, lambda: profile.update(draft), self._on_saved, self._on_failed)

    def _on_saved(self, profile: Any) -> None:
        self._profile = profile
        self.save_button.setEnabled(True)
        self.saved_state.setText(self.tr("Saved {time}").format(
            time=profile.updated_at.strftime("%H:%M")))
        self._ctx.events.profile_saved.emit(profile)

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self, error)

    def _on_auto_lock_changed(self, minutes: int) -> None:
        self._ctx.settings.set(AUTO_LOCK_MINUTES, minutes)
        self._ctx.events.settings_changed.emit(AUTO_LOCK_MINUTES.key)
