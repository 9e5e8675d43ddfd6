"""Settings: the practice profile printed on handouts (kept in the vault, so the command line
and handouts see the same; its logo too), how long records are kept, backups (where they go and how many are
kept are this computer's settings; the extra people they are encrypted to belong to the
practice profile), the passphrase, and this computer's auto-lock time and language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
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

from app.errors import BadInput
from app.languages import LANGUAGES, language_of
from app.services.profile import (
    LOGO_MAX_BYTES,
    PAPER_SIZES,
    RETENTION_YEARS,
    ProfileDraft,
    ProfileView,
)
from app.ui.backups.backup_manager import choose_backup_folder
from app.ui.backups.backup_status import when
from app.ui.checklists.templates_dialog import TemplatesDialog
from app.ui.kit.autosave import Autosave
from app.ui.kit.context import AppContext
from app.ui.kit.error_dialog import show_error
from app.ui.kit.language import system_language
from app.ui.kit.look import heading, hint, label_for
from app.ui.kit.operation import Operation
from app.ui.kit.save_job import HasId, SaveJob
from app.ui.kit.settings import (
    AUTO_LOCK_MINUTES,
    BACKUP_FOLDER,
    BACKUP_KEEP,
    BACKUP_ON_QUIT,
    LANGUAGE,
    MAX_AUTO_LOCK_MINUTES,
    MAX_BACKUPS_KEPT,
    MIN_AUTO_LOCK_MINUTES,
    MIN_BACKUPS_KEPT,
)

LOGO_PREVIEW_HEIGHT = 48  # pixels: about as tall as the letterhead prints it (20 mm at most)
LOGO_PREVIEW_WIDTH = 160


def save_profile(services: Any, _record: HasId, draft: ProfileDraft) -> ProfileView:
    """The panel's save, named so that a save kept over a lock can be made again."""
    return services.profile.update(draft)


def read_logo_file(path: Path) -> bytes:
    """The file's bytes, read no further than one byte past the logo's limit (the service says
    what is wrong with a file that is too big); OSError if it cannot be read."""
    with path.open("rb") as file:
        return file.read(LOGO_MAX_BYTES + 1)


class SettingsPanel(QWidget):
    def __init__(self, ctx: AppContext, profile: ProfileView, parent: QWidget | None = None) -> None:
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
        self.logo_preview = QLabel(body)
        self.logo_preview.setAccessibleName(self.tr("Practice logo"))
        self.logo_preview.setMinimumHeight(LOGO_PREVIEW_HEIGHT)
        self.logo_button = QPushButton(self.tr("Choo&se logo…"), body)
        self.logo_button.setAccessibleName(self.tr("Choose logo"))
        self.remove_logo_button = QPushButton(self.tr("Re&move logo"), body)
        self.remove_logo_button.setAccessibleName(self.tr("Remove logo"))
        self.paper_size = QComboBox(body)
        for size in PAPER_SIZES:
            self.paper_size.addItem(size, size)
        self.handout_language = QComboBox(body)
        for code, name in LANGUAGES.items():
            self.handout_language.addItem(name, code)
        self.retention_years = QSpinBox(body)
        self.retention_years.setRange(*RETENTION_YEARS)
        self.retention_years.setSuffix(self.tr(" years"))
        self.saved_state = QLabel(body)
        self.saved_state.setAccessibleName(self.tr("Save state of the practice details"))
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
            (self.tr("Handouts &in"), self.handout_language,
             self.tr("Language of handouts, unless a client has their own")),
            (self.tr("Keep records for"), self.retention_years,
             self.tr("Years records are kept after the last session")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
            if widget is self.crisis_resources:  # the logo after the words of the letterhead
                self._add_logo_rows(form, practice)
        form.addRow(hint(self.tr("Records are kept this many years after the last "
                                     "session; Reciprocal warns before erasing a client "
                                     "sooner."), practice))
        form.addRow(hint(self.tr("These details save themselves as you type."), practice))
        form.addRow(self.saved_state)

        self.auto_lock = QSpinBox(body)
        self.auto_lock.setRange(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setAccessibleName(AUTO_LOCK_MINUTES.words())
        self.auto_lock.setValue(ctx.settings.auto_lock_minutes)
        computer = QGroupBox(self.tr("This computer"), body)
        computer_form = QFormLayout(computer)
        computer_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        computer_form.addRow(self.tr("&Lock when idle for"), self.auto_lock)
        self.app_language = QComboBox(body)
        self.app_language.setAccessibleName(self.tr("Language of the app"))
        self.app_language.addItem(self.tr("The system's language ({name})").format(
            name=LANGUAGES[system_language()]), "")
        for code, name in LANGUAGES.items():
            self.app_language.addItem(name, code)
        self.app_language.setCurrentIndex(
            max(0, self.app_language.findData(ctx.settings.get(LANGUAGE))))
        computer_form.addRow(self.tr("L&anguage of the app"), self.app_language)
        self.app_language_note = hint(self.tr(
            "Reciprocal speaks the language you choose from the next time it opens."), computer)
        computer_form.addRow(self.app_language_note)
        computer_form.addRow(hint(self.tr("The app locks itself after this much time "
                                              "without a key press or mouse movement. Ctrl+L "
                                              "locks at once."), computer))
        backups = self._build_backups(body)
        checklists = QGroupBox(self.tr("Boundaries & transparency checklists"), body)
        self.templates_button = QPushButton(self.tr("Edit checklist &templates…"), checklists)
        checklists_layout = QVBoxLayout(checklists)
        checklists_layout.addWidget(hint(self.tr(
            "The topics a new client's checklist starts with: the built-in one, reworded if you "
            "like, and your own."), checklists))
        templates_row = QHBoxLayout()
        templates_row.addWidget(self.templates_button)
        templates_row.addStretch(1)
        checklists_layout.addLayout(templates_row)
        self.templates_button.clicked.connect(self.open_templates)
        passphrase = QGroupBox(self.tr("Your passphrase"), body)
        self.change_passphrase_button = QPushButton(self.tr("Chan&ge passphrase…"), passphrase)
        passphrase_layout = QVBoxLayout(passphrase)
        passphrase_layout.addWidget(hint(self.tr(
            "Changing it takes a few seconds; your records stay as they are, your recovery "
            "sheet stays valid, and the backup key file beside your backups follows."),
            passphrase))
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.change_passphrase_button)
        passphrase_row.addStretch(1)
        passphrase_layout.addLayout(passphrase_row)
        if ctx.is_demo:  # its backups would crowd out real ones; its passphrase is on screen
            for group in (backups, passphrase):
                group.setEnabled(False)
                group.setToolTip(self.tr("Not in the demo practice."))
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(heading(self.tr("Settings"), body, 1.3))
        body_layout.addWidget(practice)
        body_layout.addWidget(backups)
        body_layout.addWidget(checklists)
        body_layout.addWidget(passphrase)
        body_layout.addWidget(computer)
        body_layout.addStretch(1)
        body.setMaximumWidth(900)
        column = QWidget(self)
        column_layout = QHBoxLayout(column)
        column_layout.addWidget(body, 1)
        column_layout.addStretch(0)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        scroll.setAccessibleName(self.tr("Settings"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._fill(profile)
        self.autosave = Autosave(self._save_job, self, ctx.op)
        self.autosave.state_changed.connect(self.saved_state.setText)
        self.autosave.saved.connect(self._on_saved)
        for line in (self.therapist_name, self.credentials, self.practice_name):
            line.textEdited.connect(self.autosave.touch)
        for box in (self.contact, self.handout_footer, self.crisis_resources):
            box.textChanged.connect(self._on_details_edited)
        self.paper_size.currentIndexChanged.connect(self._on_details_edited)
        self.retention_years.valueChanged.connect(self._on_details_edited)
        self.auto_lock.valueChanged.connect(self._on_auto_lock_changed)
        self.handout_language.currentIndexChanged.connect(self._on_details_edited)
        self.app_language.currentIndexChanged.connect(self._on_app_language_changed)
        self.change_passphrase_button.clicked.connect(ctx.events.passphrase_change_requested)
        ctx.events.settings_changed.connect(self._on_settings_changed)
        ctx.events.backup_made.connect(self._on_backup_made)
        if not ctx.is_demo:
            backups_service = ctx.services.backups
            Operation(self, backups_service.last_backup_at) \
                .success(self._show_last_backup) \
                .failure(lambda _error: None) \
                .run()

    def _add_logo_rows(self, form: QFormLayout, group: QGroupBox) -> None:
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addSpacing(12)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.remove_logo_button)
        logo_row.addStretch(1)
        form.addRow(label_for(self.tr("Logo"), self.logo_button, group), logo_row)
        form.addRow(hint(self.tr(
            "A PNG or JPEG picture of up to 1 MB, printed at the top of every handout. It is "
            "kept encrypted in the vault with the rest of these details."), group))
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)

    def _build_backups(self, body: QWidget) -> QGroupBox:
        settings = self._ctx.settings
        group = QGroupBox(self.tr("Backups"), body)
        self.backup_folder = QLineEdit(settings.get(BACKUP_FOLDER), group)
        self.backup_folder.setReadOnly(True)
        self.backup_folder.setPlaceholderText(self.tr("Not chosen yet"))
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.backup_folder_button = QPushButton(self.tr("C&hoose…"), group)
        self.backup_folder_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.backups_kept = QSpinBox(group)
        self.backups_kept.setRange(MIN_BACKUPS_KEPT, MAX_BACKUPS_KEPT)
        self.backups_kept.setSuffix(self.tr(" backups"))
        self.backups_kept.setValue(settings.backups_kept)
        self.backups_kept.setAccessibleName(BACKUP_KEEP.words())
        self.backup_on_quit = QCheckBox(self.tr("Back up when I &quit"), group)
        self.backup_on_quit.setChecked(settings.get(BACKUP_ON_QUIT))
        self.recipients = self._text_box(group, 2)
        self.recipients.setAccessibleName(self.tr("Extra recipients of backups"))
        self.recipients.setPlaceholderText("age1…")
        self.recipients_button = QPushButton(self.tr("Save recip&ients"), group)
        self.recipients_state = QLabel(group)
        self.last_backup = QLabel(group)
        self.last_backup.setAccessibleName(self.tr("Last backup"))
        self.backup_now_button = QPushButton(self.tr("&Back up now"), group)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.backup_folder_button)
        recipients_row = QHBoxLayout()
        recipients_row.addWidget(self.recipients_state, 1)
        recipients_row.addWidget(self.recipients_button)
        now_row = QHBoxLayout()
        now_row.addWidget(self.last_backup, 1)
        now_row.addWidget(self.backup_now_button)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(hint(self.tr(
            "A backup is one encrypted file holding your whole practice. Keep them off this "
            "computer: a USB stick or an external drive. Beside them, this practice's backup "
            "key file lets your passphrase alone open them."), group))
        form.addRow(label_for(self.tr("Backup fol&der"), self.backup_folder_button, group),
                    folder_row)
        form.addRow(self.tr("&Keep the newest"), self.backups_kept)
        form.addRow("", self.backup_on_quit)
        form.addRow(self.tr("Extra recipien&ts"), self.recipients)
        form.addRow(hint(self.tr(
            "Age public keys (they start with age1), one per line: for example the colleague "
            "named in your professional will as records custodian. Each can open every new "
            "backup with their own key."), group))
        form.addRow(recipients_row)
        form.addRow(now_row)
        self.backup_folder_button.clicked.connect(
            lambda: choose_backup_folder(self._ctx, self))
        self.backups_kept.valueChanged.connect(
            lambda keep: self._ctx.settings.set(BACKUP_KEEP, keep))
        self.backup_on_quit.toggled.connect(
            lambda on: self._ctx.settings.set(BACKUP_ON_QUIT, on))
        self.recipients_button.clicked.connect(self._on_recipients_clicked)
        self.backup_now_button.clicked.connect(self._ctx.events.backup_requested)
        return group

    @staticmethod
    def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit(parent)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
        return box

    def _fill(self, profile: ProfileView | ProfileDraft) -> None:
        self.therapist_name.setText(profile.therapist_name)
        self.credentials.setText(profile.credentials)
        self.practice_name.setText(profile.practice_name)
        self.contact.setPlainText(profile.contact)
        self.handout_footer.setPlainText(profile.handout_footer)
        self.crisis_resources.setPlainText(profile.crisis_resources)
        self.paper_size.setCurrentIndex(max(0, self.paper_size.findData(profile.paper_size)))
        self.handout_language.setCurrentIndex(
            max(0, self.handout_language.findData(language_of(profile.locale))))
        self.retention_years.setValue(profile.retention_years)
        self.recipients.setPlainText("\n".join(profile.backup_recipients))
        if profile.logo is not None:  # a draft kept through a lock leaves the logo alone
            self._show_logo(profile.logo)

    def draft(self) -> ProfileDraft:
        """The form's values; the backup recipients and logo are kept as they were (the logo
        changes only through its own buttons)."""
        return ProfileDraft(
            therapist_name=self.therapist_name.text(),
            credentials=self.credentials.text(),
            practice_name=self.practice_name.text(),
            contact=self.contact.toPlainText(),
            handout_footer=self.handout_footer.toPlainText(),
            crisis_resources=self.crisis_resources.toPlainText(),
            paper_size=self.paper_size.currentData(),
            retention_years=self.retention_years.value(),
            locale=self.handout_language.currentData(),
            backup_recipients=self._profile.backup_recipients,
        )

    def _on_details_edited(self) -> None:
        self.autosave.touch()

    def _save_job(self) -> SaveJob:
        return SaveJob(self._ctx.services, save_profile, self.draft())

    def open_templates(self) -> TemplatesDialog:
        dialog = TemplatesDialog(self._ctx, self)
        dialog.open()
        return dialog

    def offer(self, draft: ProfileDraft) -> None:
        """Practice details a lock could not save, shown again unsaved (they save with the
        next change)."""
        self._fill(draft)
        self.autosave.mark_unsaved()

    def pending_save(self) -> Callable[[], Any] | None:
        """The save of unsaved typing as a job (for lock and quit), or None if all is saved."""
        return self.autosave.pending_job()

    def _on_saved(self, profile: ProfileView) -> None:
        self._profile = profile

    # -- the logo -------------------------------------------------------------------------
    def choose_logo(self) -> QFileDialog:
        """Ask for a picture (the dialog is not modal to the app's event loop)."""
        dialog = QFileDialog(self, self.tr("Choose the practice's logo"))
        dialog.setObjectName("logo-file-dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Pictures (*.png *.jpg *.jpeg)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.choose_logo_from(Path(name)))
        dialog.open()
        return dialog

    def choose_logo_from(self, path: Path) -> None:
        """Use the picture in `path` as the logo: saved at once with the details typed so far;
        if the vault refuses it (too big, not a picture), its sentence is shown and the logo
        stays as it was."""
        try:
            data = read_logo_file(path)
        except OSError:
            show_error(self, BadInput(self.tr(
                "That file could not be read; choose another PNG or JPEG file.")))
            return
        self._save_logo(data)

    def remove_logo(self) -> None:
        self._save_logo(b"")

    def _save_logo(self, data: bytes) -> None:
        self.autosave.save_now()  # queued first, so the details typed so far are kept
        draft = replace(self.draft(), logo=data)  # other saves leave the logo alone
        profile = self._ctx.services.profile
        for button in (self.logo_button, self.remove_logo_button):
            button.setEnabled(False)
        self._ctx.op(self, lambda: profile.update(draft)) \
            .success(self._on_logo_saved) \
            .failure(self._on_logo_failed) \
            .run()

    def _on_logo_saved(self, profile: ProfileView) -> None:
        self._profile = profile
        self._show_logo(profile.logo)

    def _on_logo_failed(self, error: BaseException) -> None:
        self._show_logo(self._profile.logo)  # the logo stays as it was
        show_error(self, error)

    def _show_logo(self, data: bytes) -> None:
        picture = QPixmap()
        if data and picture.loadFromData(data):
            self.logo_preview.setPixmap(picture.scaled(
                LOGO_PREVIEW_WIDTH, LOGO_PREVIEW_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            self.logo_preview.setAccessibleDescription(self.tr("Printed on every handout"))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo") if not data else
                                      self.tr("A logo this computer cannot show"))
            self.logo_preview.setAccessibleDescription(self.logo_preview.text())
        self.logo_button.setEnabled(True)
        self.remove_logo_button.setEnabled(bool(data))

    # -- backups --------------------------------------------------------------------------
    def _on_recipients_clicked(self) -> None:
        """Save only the recipients; the practice details are kept as they were saved."""
        keys = tuple(line.strip() for line in self.recipients.toPlainText().splitlines()
                     if line.strip())
        self.autosave.save_now()  # queued first, so the details typed so far are kept
        draft = replace(self.draft(), backup_recipients=keys)
        profile = self._ctx.services.profile
        self.recipients_button.setEnabled(False)
        self._ctx.op(self, lambda: profile.update(draft)) \
            .success(self._on_recipients_saved) \
            .failure(self._on_recipients_failed) \
            .run()

    def _on_recipients_saved(self, profile: ProfileView) -> None:
        self._profile = profile
        self.recipients_button.setEnabled(True)
        self.recipients.setPlainText("\n".join(profile.backup_recipients))
        count = len(profile.backup_recipients)
        self.recipients_state.setText(
            self.tr("New backups are also encrypted to other keys (keys: {count}).").format(
                count=count)
            if count else self.tr("New backups open only with your own backup key."))

    def _on_recipients_failed(self, error: BaseException) -> None:
        self.recipients_button.setEnabled(True)
        show_error(self, error)

    def _show_last_backup(self, last: Any) -> None:
        self.last_backup.setText(self.tr("Last backup: {when}.").format(when=when(last))
                                 if last is not None else self.tr("No backup yet."))

    def _on_backup_made(self, result: Any) -> None:
        self._show_last_backup(result.made_at)

    def _on_settings_changed(self, key: str) -> None:
        if key == BACKUP_FOLDER.key:
            self.backup_folder.setText(self._ctx.settings.get(BACKUP_FOLDER))

    def _on_app_language_changed(self) -> None:
        self._ctx.settings.set(LANGUAGE, self.app_language.currentData())
        self._ctx.events.settings_changed.emit(LANGUAGE.key)

    def _on_auto_lock_changed(self, minutes: int) -> None:
        self._ctx.settings.set(AUTO_LOCK_MINUTES, minutes)
        self._ctx.events.settings_changed.emit(AUTO_LOCK_MINUTES.key)
