"""What the window says right after an unlock when the vault file is not what this computer
last saw: the whole file put back to an older copy (fewer saves than seen here), or records
deleted, added or replaced behind the vault's back (its sealed record lists disagree).

Both are told calmly, once per unlock, in a window-modal box that does not block the work: the
therapist may have put an older copy back on purpose ("Keep using this copy" then stops the
warning), and a missing record is for a backup to bring back, not a reason to lock them out.
The list check runs on the database worker, after the workspace is shown.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.kit.context import AppContext


def check_after_unlock(window: QWidget, ctx: AppContext) -> None:
    vault = ctx.vault
    if vault is None:
        return
    if vault.older_than_seen:
        _older_copy_box(window, ctx)
    # Behind whatever the therapist asks for first (a search, a client): it only reports. An
    # unreadable file is reported where it is used.
    ctx.op(window, vault.missing_records).success(lambda found: _missing_box(window, found)) \
        .failure(lambda _error: None).low_priority().run()


def _box(window: QWidget, name: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("IntegrityNotice", "Reciprocal"), text,
                      QMessageBox.StandardButton.NoButton, window)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


def _older_copy_box(window: QWidget, ctx: AppContext) -> None:
    box = _box(window, "older-copy-box", QCoreApplication.translate("IntegrityNotice",
        "This vault file is older than the one this computer last opened: it holds fewer "
        "saves. If you did not put back an older copy yourself, someone may have replaced "
        "it. Compare it with your latest backup before you go on."))
    keep = box.addButton(QCoreApplication.translate("IntegrityNotice", "&Keep using this copy"), QMessageBox.ButtonRole.AcceptRole)
    keep.setAccessibleDescription(QCoreApplication.translate("IntegrityNotice", "Stop warning about this copy: it is the one I meant to use."))
    later = box.addButton(QCoreApplication.translate("IntegrityNotice", "&Remind me next time"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(later)
    vault = ctx.vault

    def on_clicked(button: Any) -> None:
        if button is keep and vault is not None and vault is ctx.vault:
            ctx.op(window, vault.keep_this_copy).run()

    box.buttonClicked.connect(on_clicked)
    box.open()


def _missing_box(window: QWidget, found: tuple[Any, ...]) -> None:
    if not found:
        return
    kinds = Counter(record.kind for record in found)
    listed = ", ".join(f"{kind} ({count})" for kind, count in sorted(kinds.items()))
    box = _box(window, "missing-records-box", QCoreApplication.translate("IntegrityNotice",
        "Some records were deleted, added or replaced in the vault file outside Reciprocal: "
        "{listed}. Everything else opens as usual; restore the vault from a backup to get "
        "them back.").format(listed=listed))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()
