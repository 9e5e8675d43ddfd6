"""The one window: welcome or unlock screen while locked, the workspace while unlocked.

The vault's lifecycle lives here. `start()` opens the vault file (holding its lock for the
app's life) after the window is on screen, so start-up never waits for SQLAlchemy. Locking
(idle, Ctrl+L, the menu) takes the unsaved typing as save jobs, deletes the workspace with every
widget, model and dialog holding client data, then saves and wipes the keys on the database
worker, in that order. After unlocking, the therapist is back where they were. It locks on
the idle timeout (which counts time suspended), when the computer sleeps or the screen locks
(`SessionWatcher`), and on Ctrl+L. A save that fails just before a lock is kept sealed in memory
(`KeptTyping`), saved after the next unlock, or put back in its editor if it fails again.

Backups (Back up now, the reminder, backup on quit, backup-key.age) live in `BackupManager`;
restoring and verifying open their own dialogs, loaded only when asked for. A restore while a
vault is open makes a new vault beside it and offers to switch to it; the open vault is never
touched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
)

from app.errors import ReciprocalError
from app.ui.backups.backup_manager import BackupManager
from app.ui.kit.background import wait_until_idle
from app.ui.kit.context import DEMO_PASSPHRASE, AppContext
from app.ui.kit.error_dialog import show_error
from app.ui.kit.look import centred_column, hint
from app.ui.kit.operation import Operation
from app.ui.kit.settings import AUTO_LOCK_MINUTES, LAST_VAULT_PATH
from app.ui.shell.idle_watcher import IdleWatcher
from app.ui.shell.integrity_notice import check_after_unlock
from app.ui.shell.kept_typing import KeptTyping, save_kept, save_or_keep
from app.ui.shell.sections import CLIENTS, JOURNAL, SETTINGS
from app.ui.shell.session_watcher import SessionWatcher
from app.ui.shell.shortcuts_dialog import ShortcutsDialog
from app.ui.vault.unlock_panel import UnlockPanel
from app.ui.vault.welcome_panel import WelcomePanel

if TYPE_CHECKING:  # loaded when first needed, to start quickly
    from app.services.vault import Vault
    from app.ui.clients.handover import HandoverWindow

GEOMETRY = "main-window"


class MainWindow(QMainWindow):
    must_quit = Signal(int)  # the vault cannot be used here (busy elsewhere, not a vault)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.workspace: Any = None
        self._where: Any = None  # workspace.Location, kept across a lock (ids only)
        self._quit_despite_error = False
        self._start_when_painted = False
        self._locks = 0  # counts locks, so a workspace loaded before a lock is not shown
        self.setObjectName("main-window")
        self.resize(1200, 780)
        geometry = ctx.settings.geometry(GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._stack = QStackedWidget(self)
        self.setCentralWidget(self._stack)
        self.welcome: WelcomePanel | None = None
        self.unlock_panel = UnlockPanel(ctx, self._stack)
        self.unlock_panel.unlocked.connect(self._on_unlocked)
        self.backups = BackupManager(ctx, self)
        self.unlock_panel.passphrase_accepted.connect(self.backups.passphrase_known)
        self._stack.addWidget(self.unlock_panel)
        self._opening = centred_column(hint(self.tr("Opening…")), self._stack)
        self._stack.addWidget(self._opening)
        self.idle = IdleWatcher(ctx.settings.auto_lock_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.session_watcher = SessionWatcher(self)  # suspend, screen lock
        self.session_watcher.should_lock.connect(self.lock)
        self._kept: list[KeptTyping] = []  # typing a lock could not save, sealed
        self._build_actions()
        self._demo_label = QLabel(self.tr("Demo practice: everyone here is invented."), self)
        self.statusBar().addWidget(self._demo_label)
        self.statusBar().addPermanentWidget(self.backups.status)
        self.statusBar().setSizeGripEnabled(False)
        ctx.events.settings_changed.connect(self._on_settings_changed)
        ctx.events.passphrase_change_requested.connect(self._on_change_passphrase)
        self._set_unlocked(False)
        self.handover: Any = None  # the client's hand-over window while it is open
        self._show_first_screen()

    # -- actions and menus ----------------------------------------------------------------
    def _action(self, text: str, shortcuts: list[QKeySequence | QKeySequence.StandardKey | str],
                handler: Callable[[], object], tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(handler)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_client_action = self._action(self.tr("&New client…"), ["Ctrl+N"],
                                              self._on_new_client)
        self.search_action = self._action(self.tr("&Search…"), ["Ctrl+K"], self._on_search,
                                          self.tr("Search clients, notes and your journal"))
        self.save_action = self._action(self.tr("Sa&ve now"), [QKeySequence.StandardKey.Save],
                                        self._on_save_now,
                                        self.tr("Notes save themselves; this saves at once"))
        self.lock_action = self._action(self.tr("&Lock"), ["Ctrl+L"], self.lock,
                                        self.tr("Hide everything and lock the vault"))
        # Locking must work from any window of the app, dialogs included.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.leave_demo_action = self._action(self.tr("Leave the &demo"), [],
                                              self._on_leave_demo)
        self.handout_action = self._action(
            self.tr("Han&dout…"), [QKeySequence.StandardKey.Print], self._on_handout,
            self.tr("Preview, print or save a handout of what the client's tab shows"))
        self.backup_action = self._action(
            self.tr("&Back up now"), ["Ctrl+B"], self.backups.back_up_now,
            self.tr("Write an encrypted backup of your whole practice into your backup folder"))
        self.restore_action = self._action(
            self.tr("&Restore from a backup…"), [], self._on_restore,
            self.tr("Make a new vault from a backup file; no existing vault is changed"))
        self.verify_action = self._action(
            self.tr("Veri&fy a backup…"), [], self._on_verify,
            self.tr("Check that a backup file is whole and that its key opens it"))
        self.disclosures_action = self._action(
            self.tr("&Disclosure log…"), [], self._on_disclosures,
            self.tr("Everything that has left Reciprocal: exports, printouts, handouts, backups"))
        self.change_passphrase_action = self._action(
            self.tr("Change &passphrase…"), [], self._on_change_passphrase)
        self.quit_action = self._action(self.tr("&Quit"), [QKeySequence.StandardKey.Quit],
                                        self.close)
        self.clients_action = self._action(self.tr("&Clients"), ["Ctrl+1"],
                                           lambda: self._show_section(CLIENTS))
        self.journal_action = self._action(self.tr("&Journal"), ["Ctrl+2"],
                                           lambda: self._show_section(JOURNAL))
        self.settings_action = self._action(self.tr("Se&ttings"), ["Ctrl+,", "Ctrl+3"],
                                            lambda: self._show_section(SETTINGS))
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), ["F1", "Ctrl+/"],
                                             self._on_shortcuts)
        self.user_guide_action = self._action(
            self.tr("&User guide"), [], self._on_user_guide,
            self.tr("Read the user guide; it is part of the app and works offline"))
        self.about_action = self._action(self.tr("&About Reciprocal"), [], self._on_about)
        for action in (self.clients_action, self.journal_action, self.settings_action):
            action.setCheckable(True)
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_client_action, self.search_action, self.save_action,
                       self.handout_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (self.backup_action, self.restore_action, self.verify_action,
                       self.disclosures_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.change_passphrase_action)
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.leave_demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        for action in (self.clients_action, self.journal_action, self.settings_action):
            go.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.user_guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        self.toolbar = QToolBar(self.tr("Sections"), self)
        self.toolbar.setObjectName("sections-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.clients_action, self.journal_action, self.settings_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.search_action)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)
        self._unlocked_actions = (self.new_client_action, self.search_action, self.save_action,
                                  self.lock_action, self.clients_action, self.journal_action,
                                  self.settings_action, self.disclosures_action,
                                  self.handout_action)
        # Not in the demo: its backups would take the place of real ones in the backup
        # folder, and its passphrase is the one shown on screen.
        self._own_vault_actions = (self.backup_action, self.change_passphrase_action)

    def _set_unlocked(self, unlocked: bool) -> None:
        for action in self._unlocked_actions:
            action.setEnabled(unlocked)
        demo = self._ctx.is_demo
        for action in self._own_vault_actions:
            action.setEnabled(unlocked and not demo)
        self.toolbar.setVisible(unlocked)
        self.leave_demo_action.setVisible(demo)
        self._demo_label.setVisible(demo)
        # Qt adds the application's display name ("— Reciprocal") to the title itself.
        self.setWindowTitle(self.tr("Demo practice") if demo else "")

    # -- start-up: which screen -----------------------------------------------------------
    def _show_first_screen(self) -> None:
        if self._ctx.vault_path.exists():
            self._stack.setCurrentWidget(self.unlock_panel)
            self.unlock_panel.passphrase.setFocus()
        else:
            self._show_welcome()

    def _show_welcome(self) -> None:
        if self.welcome is None:
            self.welcome = WelcomePanel(self._ctx, self._stack)
            self.welcome.vault_created.connect(self._on_vault_created)
            self.welcome.demo_ready.connect(self._on_demo_ready)
            self.welcome.restore_requested.connect(self._on_restore)
            self._stack.addWidget(self.welcome)
        self._stack.setCurrentWidget(self.welcome)
        self.welcome.create_button.setFocus()

    def start_when_painted(self) -> None:
        """Call `start()` once the window has been painted: the therapist sees the window at
        once, and SQLAlchemy loads while they reach for the keyboard."""
        self._start_when_painted = True
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self._start_when_painted:
            self._start_when_painted = False
            QTimer.singleShot(0, self.start)

    def start(self) -> None:
        """Open the vault file if there is one (after the window shows: this loads SQLAlchemy).
        A vault open in another window means a message and then the app ends."""
        from app.services.vault import Vault  # noqa: F401  (the heavy imports, now)

        if not self._ctx.vault_path.exists() or self._ctx.vault is not None:
            return
        try:
            self._ctx.vault = Vault.open(self._ctx.vault_path)
        except Exception as error:  # busy elsewhere, not a vault, unreadable: say so, then end
            code = error.exit_code if isinstance(error, ReciprocalError) else 1
            box = show_error(self, error)
            box.finished.connect(lambda _r: self.must_quit.emit(code))
            self.unlock_panel.setEnabled(False)
            return
        self._ctx.settings.set(LAST_VAULT_PATH, str(self._ctx.vault_path))

    def _on_vault_created(self, vault: Vault) -> None:
        self._ctx.vault = vault
        self._ctx.settings.set(LAST_VAULT_PATH, str(vault.path))
        self._enter_workspace()

    def _on_demo_ready(self) -> None:
        from app.services.vault import Vault

        path = self._ctx.demo_path
        self._stack.setCurrentWidget(self._opening)
        Operation(self, lambda: Vault.open(path)) \
            .success(self._on_demo_opened) \
            .failure(self._on_demo_failed) \
            .run()

    def _on_demo_opened(self, vault: Vault) -> None:
        self._ctx.vault = vault
        self._set_unlocked(False)
        self.unlock_panel.show_passphrase_page()
        self.unlock_panel.passphrase.setText(DEMO_PASSPHRASE)
        self._stack.setCurrentWidget(self.unlock_panel)
        self.unlock_panel.unlock_button.setFocus()

    def _on_demo_failed(self, error: BaseException) -> None:
        self._show_welcome()
        show_error(self, error)

    # -- unlocked -------------------------------------------------------------------------
    def _on_unlocked(self) -> None:
        self._enter_workspace()

    def _enter_workspace(self) -> None:
        from app.ui.shell.workspace import load_workspace_start

        services, locks = self._ctx.services, self._locks
        self._save_kept_typing()  # first: the workspace then loads what it saved
        self._stack.setCurrentWidget(self._opening)
        Operation(self, lambda: load_workspace_start(services)) \
            .success(lambda start: self._on_workspace_loaded(start, locks)) \
            .failure(self._on_workspace_failed) \
            .run()

    def _on_workspace_loaded(self, start: Any, locks: int) -> None:
        from app.ui.shell.workspace import Workspace

        if locks != self._locks:
            return  # locked while it loaded
        workspace = Workspace(self._ctx, start, self._stack)
        workspace.section_changed.connect(self._on_section_changed)
        workspace.client.handover_requested.connect(self.hand_over)
        self._stack.addWidget(workspace)
        self._stack.setCurrentWidget(workspace)
        self.workspace = workspace
        self._set_unlocked(True)
        if self._where is not None:
            workspace.restore(self._where)
        else:
            workspace.show_section(CLIENTS)
        self._offer_kept_typing(workspace)
        self.idle.start()
        self._ctx.events.vault_unlocked.emit()
        check_after_unlock(self, self._ctx)
        self._build_search_index(locks)

    def _build_search_index(self, locks: int) -> None:
        """The search index, read now a batch per job on the database worker: the first, small
        batch next, each later one behind whatever was asked for meanwhile (opening a client
        waits for one batch at most). The worker rather than a thread beside it: a thread
        reading beside it made every other job, and the screen, wait for the interpreter lock,
        three to four times as long. How far it got is told as each batch lands, for a search
        answered from part of it to ask again. A failure (a lock came first) is left for the
        search itself to meet and explain."""
        search, grew = self._ctx.services.search, self._ctx.events.search_index_grew

        def read_a_batch(first: bool) -> None:
            build = Operation(self, search.prepare_some).success(landed) \
                .failure(lambda _error: grew.emit(0, 0))
            (build if first else build.low_priority()).run()

        def landed(progress: tuple[int, int]) -> None:
            read, parts = progress
            grew.emit(read, parts)
            if read < parts and locks == self._locks:
                read_a_batch(first=False)

        read_a_batch(first=True)

    def _on_workspace_failed(self, error: BaseException) -> None:
        self.lock()
        self._stack.setCurrentWidget(self.unlock_panel)
        show_error(self, error)

    def _show_section(self, section: int) -> None:
        if self.workspace is not None:
            self.workspace.show_section(section)

    def _on_section_changed(self, section: int) -> None:
        for index, action in enumerate((self.clients_action, self.journal_action,
                                        self.settings_action)):
            action.setChecked(index == section)

    def _on_new_client(self) -> None:
        if self.workspace is not None:
            self.workspace.new_client()

    def _on_search(self) -> None:
        if self.workspace is not None:
            self.workspace.open_search()

    def _on_save_now(self) -> None:
        if self.workspace is not None:
            self.workspace.save_now()

    # -- backups: restore, verify, passphrase ---------------------------------------------
    def _on_restore(self) -> Any:
        from app.ui.backups.restore_dialog import RestoreDialog  # loads the backup services

        dialog = RestoreDialog(self._ctx, self)
        dialog.restored.connect(self._on_restored)
        dialog.open()
        return dialog

    def _on_restored(self, vault: Vault, passphrase: str) -> None:
        """Continue into the restored vault; if another is open, ask first (it stays as it
        is, and is locked and closed only if the therapist switches)."""
        if self._ctx.vault is None:
            self._adopt(vault, passphrase)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Open the restored practice?"),
                          self.tr("The restored practice is ready in {path}. Open it now? The "
                                  "practice open now is saved, locked and closed; nothing in it "
                                  "changes.").format(path=vault.path),
                          QMessageBox.StandardButton.NoButton, self)
        switch = box.addButton(self.tr("Open the restored practice"),
                               QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Stay here"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(switch)
        box.setObjectName("switch-vault-box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_clicked(button: Any) -> None:
            if button is switch:
                self.switch_to(vault, passphrase)
            else:
                vault.close()

        box.buttonClicked.connect(on_clicked)
        box.open()

    def switch_to(self, vault: Vault, passphrase: str) -> None:
        """Save typing and close the open vault (on the database worker, in that order), then
        continue into `vault`, open and unlocked."""
        old = self._ctx.vault
        self.idle.stop()
        self._locks += 1
        saves = self._tear_down_workspace()
        self._ctx.events.vault_locked.emit()

        def save_then_close() -> tuple[KeptTyping | None, Exception | None]:
            try:  # what cannot be saved is kept sealed (for when that vault opens again here)
                return save_or_keep(saves, old.path) if old is not None else (None, None)
            finally:
                if old is not None:
                    old.close()

        Operation(self, save_then_close).success(self._on_switched_away).run()
        self._adopt(vault, passphrase)

    def _on_switched_away(self, result: tuple[KeptTyping | None, Exception | None]) -> None:
        kept, error = result
        self._on_locked(result)
        if kept is not None and error is None:
            self._tell(self.tr("What you were typing in the vault you left could not be saved; "
                               "it is kept, locked, and comes back when you open that vault "
                               "again in this window."), QMessageBox.Icon.Warning)

    def _adopt(self, vault: Vault, passphrase: str) -> None:
        """Make `vault` (open and unlocked) the window's vault, and remember it for next time."""
        self._ctx.vault = vault
        self._ctx.vault_path = vault.path
        self._ctx.settings.set(LAST_VAULT_PATH, str(vault.path))
        self._where = None
        self._set_unlocked(False)
        self._enter_workspace()
        self.backups.passphrase_known(passphrase)

    def _on_verify(self) -> Any:
        from app.ui.backups.verify_dialog import VerifyDialog  # loads the backup services

        dialog = VerifyDialog(self._ctx.settings, self._ctx.events, self)
        dialog.open()
        return dialog

    def _on_handout(self) -> Any:
        """Ctrl+P: the handout of the client's tab on show (nothing outside a client)."""
        if self.workspace is None or self.workspace.section != CLIENTS:
            return None
        return self.workspace.client.open_handout()

    def _on_disclosures(self) -> Any:
        from app.ui.shell.disclosure_log_dialog import DisclosureLogDialog

        vault = self._ctx.vault
        if vault is None or not vault.is_unlocked:
            return None
        dialog = DisclosureLogDialog(self._ctx, self)
        dialog.open()
        return dialog

    def _on_change_passphrase(self) -> Any:
        from app.ui.vault.change_passphrase_dialog import ChangePassphraseDialog

        vault = self._ctx.vault
        if vault is None or not vault.is_unlocked or self._ctx.is_demo:
            return None
        dialog = ChangePassphraseDialog(self._ctx, self.backups.folder(), self)
        dialog.changed.connect(self.backups.say)
        dialog.open()
        return dialog

    # -- locking --------------------------------------------------------------------------
    def lock(self) -> None:
        """Save typing, clear every widget holding client data, wipe the keys, show unlock."""
        vault = self._ctx.vault
        if vault is None or (self.workspace is None and not vault.is_unlocked):
            return  # nothing open to lock
        self.idle.stop()
        self._locks += 1
        saves = self._tear_down_workspace()
        path = vault.path

        def save_then_lock() -> tuple[KeptTyping | None, Exception | None]:
            try:  # what cannot be saved is kept sealed, never dropped
                return save_or_keep(saves, path)
            finally:
                vault.lock()  # regardless: the keys are wiped

        Operation(self, save_then_lock).success(self._on_locked).run()
        self._set_unlocked(False)
        self.unlock_panel.show_passphrase_page()
        self._stack.setCurrentWidget(self.unlock_panel)
        self._ctx.events.vault_locked.emit()

    # -- hand-over mode -------------------------------------------------------------------
    def hand_over(self, client_id: Any, kind: str) -> None:
        """Turn the screen to the client (app/ui/clients/handover.py): their details first,
        then the lock screen here and their form full-screen."""
        services = self._ctx.services
        self._ctx.op(self, lambda: (services.clients.get(client_id),
                                    services.agreements.goals(client_id))) \
            .success(lambda loaded: self._start_handover(loaded[0], loaded[1], kind)).run()

    def _start_handover(self, client: Any, goals: Any, kind: str) -> HandoverWindow | None:
        from app.ui.clients.handover import HandoverWindow

        vault = self._ctx.vault
        if vault is None or not vault.is_unlocked or self.workspace is None:
            return None
        self.idle.stop()
        self._locks += 1
        saves = self._tear_down_workspace()
        path = vault.path
        Operation(self, lambda: save_or_keep(saves, path)).success(self._on_locked).run()
        self._set_unlocked(False)
        self.unlock_panel.show_passphrase_page()
        self._stack.setCurrentWidget(self.unlock_panel)
        self._ctx.events.vault_locked.emit()  # every view forgets what it showed
        window = HandoverWindow(client, kind, self._ctx.settings.auto_lock_minutes * 60_000,
                                goals)
        window.finished.connect(lambda job: self._end_handover(vault, job))
        self.handover = window
        window.showFullScreen()
        return window

    def _end_handover(self, vault: Any, job: Any) -> None:
        """Save what the client handed back (if anything), then lock."""
        self.handover = None
        services = self._ctx.services

        def save_then_lock() -> None:
            try:
                if job is not None:
                    job(services)
            finally:
                vault.lock()

        Operation(self, save_then_lock).run()  # (a failure: its sentence on the lock screen)
        self.activateWindow()

    def _on_locked(self, result: tuple[KeptTyping | None, Exception | None]) -> None:
        kept, error = result
        if kept is not None:
            self._kept.append(kept)
        if error is not None:
            show_error(self, error)

    # -- typing a lock could not save (a full disk, a read-only file) ---------------------
    def _save_kept_typing(self) -> None:
        """Just unlocked: save what the last lock kept, and say so."""
        vault = self._ctx.vault
        assert vault is not None
        path = vault.path
        kept = [one for one in self._kept if one.vault_path == path]
        if not kept:
            return
        self._kept = [one for one in self._kept if one.vault_path != path]
        services = self._ctx.services
        self._ctx.op(self, lambda: save_kept(kept, services, path)) \
            .success(self._on_kept_typing_saved).run()

    def _on_kept_typing_saved(self, again: KeptTyping | None) -> None:
        if again is not None:  # put back in its editor once the workspace is shown
            self._kept.append(again)
            return
        self._tell(self.tr("What you were typing when the vault locked could not be saved "
                           "then; it is saved now."))

    def _offer_kept_typing(self, workspace: Any) -> None:
        """Typing that still could not be saved goes back where it was typed, unsaved (it saves
        with the next change or Save now, and the next lock keeps it again)."""
        vault = self._ctx.vault
        assert vault is not None
        kept = [one for one in self._kept if one.vault_path == vault.path]
        if not kept:
            return
        self._kept = [one for one in self._kept if one.vault_path != vault.path]
        services = self._ctx.services
        for one in kept:
            for job in one.open(services):
                workspace.offer(job.record_id, job.draft)
        self._tell(self.tr("{reason} What you were typing when the vault locked is back where "
                           "you typed it, not saved yet; Save now ({keys}) tries again.").format(
                               reason=kept[0].reason, keys=self.save_action.shortcut().toString(
                                   QKeySequence.SequenceFormat.NativeText)),
                   QMessageBox.Icon.Warning)

    def _tell(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        box = QMessageBox(icon, self.tr("Reciprocal"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("kept-typing-box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _tear_down_workspace(self) -> list[Any]:
        """Delete the workspace (its widgets, models and dialogs); return its unsaved typing
        as save jobs, and remember where the therapist was (ids only)."""
        workspace, self.workspace = self.workspace, None
        if workspace is None:
            return []
        self._where = workspace.location()
        saves = workspace.take_pending_saves()
        for dialog in workspace.findChildren(QDialog):  # windows of their own: off screen now,
            dialog.hide()                              # not when the deletion comes round
        self._stack.removeWidget(workspace)
        workspace.hide()
        workspace.deleteLater()
        return saves

    def _on_settings_changed(self, key: str) -> None:
        if key == AUTO_LOCK_MINUTES.key:
            self.idle.set_timeout_ms(self._ctx.settings.auto_lock_minutes * 60_000)

    def _on_leave_demo(self) -> None:
        vault = self._ctx.vault
        if vault is None or not self._ctx.is_demo:
            return
        self.lock()
        self._where = None
        Operation(self, vault.close).success(self._on_demo_closed).run()

    def _on_demo_closed(self, _result: object) -> None:
        self._ctx.vault = None
        self._set_unlocked(False)
        self._show_welcome()

    # -- help -----------------------------------------------------------------------------
    def _on_shortcuts(self) -> None:
        ShortcutsDialog(self._ctx.settings, self.actions(), self).open()

    def _on_user_guide(self) -> None:
        from app.ui.shell.user_guide_dialog import UserGuideDialog

        UserGuideDialog(self._ctx.settings, self).open()

    def _on_about(self) -> None:
        from app.ui.shell.about_dialog import AboutDialog

        AboutDialog(self._ctx, self).open()

    # -- quitting -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Save typing, then close the vault (wiping keys, releasing the file lock)."""
        wait_until_idle()
        if self.workspace is None and self._kept and not self._quit_despite_error:
            self._quit_despite_error = True  # a second Quit leaves anyway
            self._tell(self.tr("What you were typing when the vault locked is not saved yet: "
                               "unlock to save it, or quit again to leave without it."),
                       QMessageBox.Icon.Warning)
            event.ignore()
            return
        if self.workspace is not None:
            try:
                for save in self.workspace.pending_saves():
                    save()
            except Exception as error:
                if not self._quit_despite_error:  # a second Quit leaves anyway
                    self._quit_despite_error = True
                    show_error(self, error)
                    event.ignore()
                    return
            if self.backups.wants_backup_on_quit():  # everything typed is saved by now
                event.ignore()
                self.workspace.take_pending_saves()  # (saved just now: nothing autosaves)
                self.workspace.setEnabled(False)
                self.idle.stop()
                self.backups.back_up_before_quit(self._on_quit_backup_finished)
                return
            self._tear_down_workspace()
        vault, self._ctx.vault = self._ctx.vault, None
        if vault is not None:
            vault.close()
        self._ctx.settings.set_geometry(GEOMETRY, self.saveGeometry())
        self.idle.stop()
        super().closeEvent(event)

    def _on_quit_backup_finished(self, quit_now: bool) -> None:
        if quit_now:
            QTimer.singleShot(0, self.close)
        elif self.workspace is not None:
            self.workspace.setEnabled(True)
            self.idle.start()

