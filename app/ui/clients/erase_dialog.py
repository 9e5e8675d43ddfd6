"""Erase a client for good (crypto-erasure, docs/design.md §3): says plainly what is destroyed
and that old backups still hold the client, warns while the practice's retention period has
not passed (an explicit tick to erase anyway), and asks for the client's name to be typed
before the destructive button enables. Cancel is the default button, so Enter or Esc never
erases by accident.

The erasure runs through `AppContext.op()`: its client change reaches every view, so the list
drops the client and the workspace that showed them clears itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.clients import ClientView, confirms_erasure
from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.busy_indicator import BusyIndicator
from app.ui.kit.context import AppContext
from app.ui.kit.dates import long_date
from app.ui.kit.error_dialog import error_sentence
from app.ui.kit.look import heading, label_for, paragraph

if TYPE_CHECKING:
    from app.services.clients import RetentionStatus


class EraseClientDialog(AppDialog):
    erased = Signal(object)  # the erased client's id

    def __init__(self, ctx: AppContext, client: ClientView, parent: QWidget) -> None:
        super().__init__(parent, ctx.settings, "erase-client-dialog")
        self._ctx = ctx
        self._client = client
        self._retention: RetentionStatus | None = None
        self._erasing = False
        name = client.display_name
        self.setWindowTitle(self.tr("Erase a client for good"))
        self.setAccessibleName(self.tr("Erase a client for good"))
        title = heading(self.tr("Erase {name} for good?").format(name=name), self, 1.3)
        what = paragraph(self.tr(
            "Every session note, goal agreement, checklist, feedback, questionnaire (measure) "
            "and exercise of {name} is destroyed, together with the key that encrypts them. "
            "This cannot be undone.").format(name=name), self)
        backups = paragraph(self.tr(
            "Backups made before now still hold {name}: erasure cannot reach them. If those "
            "must go too, delete or overwrite the old backup files yourself.").format(name=name),
            self)
        self.retention_note = paragraph("", self)
        self.retention_note.setAccessibleName(self.tr("Retention period"))
        self.retention_note.hide()
        self.erase_anyway = QCheckBox(self.tr("E&rase anyway, before the retention period ends"),
                                      self)
        self.erase_anyway.hide()
        self.typed_name = QLineEdit(self)
        what_to_type = str(client.id) if client.damaged else name
        self.typed_name.setAccessibleName(self.tr("Type the client's name to confirm"))
        self.typed_name.setPlaceholderText(what_to_type)
        prompt = (self.tr("To confirm, t&ype the client's id: {id}") if client.damaged
                  else self.tr("To confirm, t&ype the client's name: {name}"))
        type_label = label_for(prompt.format(id=client.id, name=name), self.typed_name, self)
        type_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.busy = BusyIndicator(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("&Erase for good"), self)
        self.erase_button.setAccessibleDescription(self.tr(
            "Destroys this client's records and key; cannot be undone"))
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel.setDefault(True)  # Enter cancels: erasing takes a deliberate click
        self.cancel_button = cancel
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(what)
        layout.addWidget(backups)
        layout.addWidget(self.retention_note)
        layout.addWidget(self.erase_anyway)
        layout.addSpacing(6)
        layout.addWidget(type_label)
        layout.addWidget(self.typed_name)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self._on_erase_clicked)
        self.typed_name.textChanged.connect(self._update_button)
        self.erase_anyway.toggled.connect(self._update_button)
        self.resize(520, self.sizeHint().height())
        self._update_button()
        self.typed_name.setFocus()
        clients, client_id = ctx.services.clients, client.id
        ctx.op(self, lambda: clients.retention(client_id)) \
            .success(self._on_retention).failure(self._on_failed).run()

    # -- what the therapist must do first ---------------------------------------------------
    def _on_retention(self, retention: RetentionStatus) -> None:
        self._retention = retention
        if not retention.passed:
            self.retention_note.setText(self.tr(
                "Records are normally kept until {day} ({years} years after the last "
                "session).").format(day=long_date(retention.keep_until),
                                    years=retention.years))
            self.retention_note.show()
            self.erase_anyway.show()
        self._update_button()

    def needs_erase_anyway(self) -> bool:
        return self._retention is not None and not self._retention.passed

    def ready(self) -> bool:
        """The retention period is known (and has passed, or the box is ticked) and the name
        is typed."""
        return (self._retention is not None and not self._erasing
                and (self._retention.passed or self.erase_anyway.isChecked())
                and confirms_erasure(self.typed_name.text(), self._client))

    def _update_button(self) -> None:
        self.erase_button.setEnabled(self.ready())

    # -- erasing ------------------------------------------------------------------------------
    def _on_erase_clicked(self) -> None:
        if not self.ready():
            return
        clients, client_id = self._ctx.services.clients, self._client.id
        anyway = self.needs_erase_anyway() and self.erase_anyway.isChecked()
        self._erasing = True
        self.message.clear()
        self.busy.start(self.tr("Erasing…"))
        self._set_inputs_enabled(False)
        self._ctx.op(self, lambda: clients.erase(client_id, before_retention_ends=anyway)) \
            .success(self._on_erased).failure(self._on_failed).run()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.typed_name, self.erase_anyway, self.cancel_button):
            widget.setEnabled(enabled)
        self._update_button()

    def _on_erased(self, _result: object) -> None:
        self.busy.stop()
        self.erased.emit(self._client.id)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.busy.stop()
        self._erasing = False
        self._set_inputs_enabled(True)
        self.message.setText(error_sentence(error))
