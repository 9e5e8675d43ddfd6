"""A dialog that writes one record, and keeps what is typed in it through a lock.

A lock (the idle timer, the lid closing) can come while such a dialog is open. Its typing is
then handed to the lock like an editor's: `pending_save()` is a `SaveJob` for what is on screen,
as plain data. The lock runs it, so a complete form is saved; one that cannot be saved yet (half
a questionnaire) is kept sealed in memory (app/ui/shell/kept_typing.py) and, after the next
unlock, the workspace opens the dialog again with it (`Workspace.offer`).

A subclass says what its form is (`typed()`: everything on screen; `form()`: the same, or None
while nothing was typed) and which module-level function saves it (`save_form`); pressing its
main button saves through that same function, on the database worker, and a refusal shows its
sentence in `message` with nothing closed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.context import AppContext
from app.ui.kit.error_dialog import error_sentence
from app.ui.kit.save_job import RecordRef, Save, SaveJob

View = TypeVar("View")


def create_or_update(record: Any, known_id: UUID | None, create: Callable[[], View],
                     update: Callable[[UUID], View]) -> View:
    """Create the record, or update it: `known_id` when the dialog was opened on one, else the
    id a kept save's `record` remembers from an earlier run of the same save (which created
    it), so running a kept save again never makes a second record."""
    target = known_id or (record.id if record is not None else None)
    if target is not None:
        return update(target)
    view = create()
    if record is not None:
        record.id = view.id  # type: ignore[attr-defined]
    return view


class RecordDialog(AppDialog):
    save_form: ClassVar[Save]  # module-level (services, record, form) -> what was saved
    buttons: QDialogButtonBox
    message: QLabel  # where a refusal's sentence goes

    def __init__(self, ctx: AppContext, parent: QWidget, name: str) -> None:
        super().__init__(parent, ctx.settings, name)
        self._ctx = ctx

    def typed(self) -> Any:
        """Everything on screen, as a frozen dataclass."""
        raise NotImplementedError

    def form(self) -> Any | None:
        """What is on screen; None while nothing is typed (or nothing changed)."""
        raise NotImplementedError

    def pending_save(self) -> SaveJob | None:
        form = self.form() if self.isVisible() else None
        return None if form is None else SaveJob(self._ctx.services, type(self).save_form, form)

    def _on_accept_requested(self) -> None:
        form, services, save = self.typed(), self._ctx.services, type(self).save_form
        self.buttons.setEnabled(False)
        self._ctx.op(self, lambda: save(services, RecordRef(), form)) \
            .success(self._on_saved).failure(self._on_failed).run()

    def _on_saved(self, _saved: Any) -> None:
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_sentence(error))
