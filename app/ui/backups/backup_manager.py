"""Backups from the desktop app: Back up now, the reminder, the vault's backup key file
(``backup-key-XXXXXXXX-YYYYYY.age``), and the backup on quit. The window owns one; every vault job goes through the database worker.

Backups never ask for the passphrase (they are encrypted to the vault's backup key). Only the
backup key file, the backup key locked with the passphrase, needs it: the app does not keep
the passphrase, so the key file is written right after an unlock (or a passphrase change, or a
restore) with the passphrase just typed, when the backup folder has no current one; and after
a backup into a folder without one, the therapist is asked for the passphrase once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import BadInput
from app.ui.backups.backup_key_dialog import BackupKeyDialog
from app.ui.backups.backup_status import BackupStatus, format_size, short_path
from app.ui.backups.quit_backup_dialog import QuitBackupDialog
from app.ui.kit.context import AppContext
from app.ui.kit.dates import clock
from app.ui.kit.error_dialog import error_sentence, show_error
from app.ui.kit.operation import Operation
from app.ui.kit.settings import BACKUP_FOLDER, BACKUP_ON_QUIT


def use_backup_folder(ctx: AppContext, folder: Path) -> None:
    """Store where backups go (a setting of this computer) and tell the views."""
    ctx.settings.set(BACKUP_FOLDER, str(folder))
    ctx.events.settings_changed.emit(BACKUP_FOLDER.key)


def choose_backup_folder(ctx: AppContext, parent: QWidget,
                         then: Callable[[Path], None] | None = None) -> QFileDialog:
    """Ask where backups go (a USB stick, an external drive), store it, then `then(folder)`."""
    dialog = QFileDialog(parent, QCoreApplication.translate("Backups",
                                                            "Choose the folder for your backups"))
    dialog.setObjectName("backup-folder-dialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    current = ctx.settings.get(BACKUP_FOLDER)
    if current and Path(current).is_dir():
        dialog.setDirectory(current)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def on_selected(name: str) -> None:
        use_backup_folder(ctx, Path(name))
        if then is not None:
            then(Path(name))

    dialog.fileSelected.connect(on_selected)
    dialog.open()
    return dialog


class BackupManager(QObject):
    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self._running = False
        self._tried_on_quit = False
        self._key_declined: set[Path] = set()  # "Not now" for these folders: ask no more today
        self.status = BackupStatus(window)
        self.status.backup_requested.connect(self.back_up_now)
        ctx.events.backup_requested.connect(self.back_up_now)
        ctx.events.vault_unlocked.connect(self._on_vault_unlocked)
        ctx.events.vault_locked.connect(self.status.clear)

    # -- where backups go -----------------------------------------------------------------
    @property
    def available(self) -> bool:
        """Backups are for the therapist's own practice, never the demo (its backups would
        take the place of real ones in the folder's rotation)."""
        vault = self._ctx.vault
        return vault is not None and vault.is_unlocked and not self._ctx.is_demo

    def folder(self) -> Path | None:
        folder = self._ctx.settings.get(BACKUP_FOLDER)
        return Path(folder) if folder else None

    # -- Back up now ----------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self._running or not self.available:
            return
        folder = self.folder()
        if folder is None:
            choose_backup_folder(self._ctx, self._window, self._back_up_to)
        else:
            self._back_up_to(folder)

    def _back_up_to(self, folder: Path) -> None:
        if self._running or not self.available:
            return
        self._running = True
        self.status.show_progress()
        self._write(folder, self._on_backed_up, self._on_backup_failed, self.status.progress)

    def _write(self, folder: Path, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None],
               progress: Callable[[int, int], None]) -> None:
        backups, keep = self._ctx.services.backups, self._ctx.settings.backups_kept
        Operation(self, lambda report: backups.write_to_folder(folder, keep=keep,
                                                                progress=report)) \
            .success(on_done) \
            .failure(on_error) \
            .progress(progress) \
            .run()

    def _on_backed_up(self, result: Any) -> None:
        self._running = False
        folder = result.path.parent
        self.status.show_result(
            self.tr("Backed up {time} — {size} to {folder}").format(
                time=clock(result.made_at), size=format_size(result.size_bytes),
                folder=short_path(str(folder))),
            self.tr("%n record(s) in {path}", "", result.records).format(path=result.path))
        self._ctx.events.backup_made.emit(result)
        if result.damaged:
            show_error(self._window, BadInput(self.tr(
                "The backup is written, but some records were already damaged in the vault "
                "and are incomplete in it (damaged records: {count}).").format(
                    count=len(result.damaged))))
        if self.available:
            backups = self._ctx.services.backups

            def ask_unless_current(current: bool) -> None:
                if not current:
                    self._ask_for_key(folder)

            Operation(self, lambda: backups.backup_key_current(folder)) \
                .success(ask_unless_current) \
                .run()

    def _on_backup_failed(self, error: BaseException) -> None:
        self._running = False
        self.status.clear()
        show_error(self._window, error)

    def _ask_for_key(self, folder: Path) -> None:
        if not self.available or folder in self._key_declined:
            return
        dialog = BackupKeyDialog(self._ctx, folder, self._window)
        dialog.rejected.connect(lambda: self._key_declined.add(folder))
        dialog.open()

    # -- the backup key file, with the passphrase just typed -------------------------------
    def passphrase_known(self, passphrase: str) -> None:
        """Right after an unlock, a passphrase change or a restore: write the vault's backup
        key file into the backup folder if it has no current one. Quietly skipped when the folder is not
        there (the USB stick is at home); the passphrase is not kept."""
        folder = self.folder()
        if folder is None or not self.available:
            return
        backups = self._ctx.services.backups

        def write_if_needed() -> Path | None:
            if not folder.is_dir() or backups.backup_key_current(folder):
                return None
            return backups.write_backup_key(folder, passphrase)

        Operation(self, write_if_needed).run()

    # -- the reminder ---------------------------------------------------------------------
    def _on_vault_unlocked(self) -> None:
        if not self.available:
            return
        backups = self._ctx.services.backups

        def check() -> tuple[bool, Any]:
            return backups.reminder_due(), backups.last_backup_at()

        Operation(self, check) \
            .success(self._on_reminder_checked) \
            .failure(lambda _error: None) \
            .low_priority() \
            .run()

    def _on_reminder_checked(self, due_and_last: tuple[bool, Any]) -> None:
        due, last = due_and_last
        if due and self.available and not self._running:
            self.status.show_reminder(last)

    # -- on quit --------------------------------------------------------------------------
    def wants_backup_on_quit(self) -> bool:
        return (self._ctx.settings.get(BACKUP_ON_QUIT) and self.available
                and not self._tried_on_quit)

    def back_up_before_quit(self, finished: Callable[[bool], None]) -> QuitBackupDialog:
        """Write a backup (everything typed is saved already), then `finished(True)` to quit;
        after a failure the therapist chooses: `finished(True)` quit or `finished(False)` stay."""
        self._tried_on_quit = True
        dialog = QuitBackupDialog(self._ctx.settings, self._window)
        dialog.open()

        def on_done(result: Any) -> None:
            self._ctx.events.backup_made.emit(result)
            dialog.done(dialog.DialogCode.Accepted)
            finished(True)

        def on_error(error: BaseException) -> None:
            dialog.failed(error_sentence(error))

        def on_decided(quit_now: bool) -> None:
            self._tried_on_quit = quit_now  # staying: the next Quit tries again
            finished(quit_now)

        dialog.decided.connect(on_decided)
        folder = self.folder()
        if folder is None:
            on_error(BadInput(self.tr("No backup folder is chosen yet; choose one in Settings "
                                      "under Backups.")))
        else:
            self._write(folder, on_done, on_error, dialog.progress)
        return dialog

    # -- messages -------------------------------------------------------------------------
    def say(self, text: str) -> None:
        """A calm sentence in the backup line (for example after a passphrase change)."""
        self.status.show_result(text)
