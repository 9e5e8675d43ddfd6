"""A dialog that writes one record, and keeps what is typed in it through a lock.

A lock (the idle timer, the lid closing) can come while such a dialog is open. Its typing is
then handed to the lock like an editor's: `pending_save()` is a `SaveJob` for what is on screen,
as plain data. The lock runs it, so a complete form is saved; one that cannot be saved yet (half
a questionnaire) is kept sealed in memory (app/ui/shell/kept_typing.py) and, after the next
unlock, the workspace opens the dialog again with it (`Workspace.offer`).
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtWidgets import QWidget

from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.context import AppContext
from app.ui.kit.save_job import Save, SaveJob


class RecordDialog(AppDialog):
    save_form: ClassVar[Save]  # module-level (services, record, form) -> what was saved

    def __init__(self, ctx: AppContext, parent: QWidget, name: str) -> None:
        super().__init__(parent, ctx.settings, name)
        self._ctx = ctx

    def form(self) -> Any | None:
        """What is on screen, as a frozen dataclass; None while nothing is typed."""
        raise NotImplementedError

    def pending_save(self) -> SaveJob | None:
        form = self.form() if self.isVisible() else None
        return None if form is None else SaveJob(self._ctx.services, type(self).save_form, form)
