"""Backups from the app: Back up now (with the folder asked for once and the vault's own backup
key file beside the backups), the reminder, and the backup on quit — real vaults, real files, real age."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pyrage import x25519
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from app.backup.errors import BackupKeyPassphraseWrong
from app.services.backup import list_backups
from app.services.backup_check import (
    BackupKey,
    backup_key_from_text,
    read_identity_file,
    verify_backup,
)
from app.ui.kit.settings import BACKUP_FOLDER, BACKUP_KEEP, BACKUP_ON_QUIT
from tests.conftest import PASSPHRASE
from tests.ui.conftest import LEFT, add_client, create_vault, open_dialog, unlock

pytestmark = pytest.mark.usefixtures("no_windows_left_open")


def key_file(ctx, folder: Path) -> Path:
    """This vault's backup key file in ``folder`` (backup-key-XXXXXXXX.age)."""
    return ctx.services.backups.backup_key_path(folder)



def message_box() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def _backed_up(window) -> bool:
    return window.backups.status.label.text().startswith("Backed up")


def test_back_up_now_writes_a_backup_its_keys_open(qtbot, any_window, ctx, usb):
    window = any_window
    ctx.settings.set(BACKUP_FOLDER, str(usb))
    create_vault(qtbot, window)
    add_client(qtbot, window, "Ana Lima")
    assert not (key_file(ctx, usb)).exists()  # making a vault does not write it
    window.lock()
    unlock(qtbot, window)  # the passphrase just typed puts the key file beside the backups
    qtbot.waitUntil((key_file(ctx, usb)).is_file, timeout=10_000)

    assert window.backup_action.shortcut().toString() == "Ctrl+B"
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: _backed_up(window))
    status = window.backups.status
    assert re.fullmatch(r"Backed up \d\d:\d\d — \d+ KB to .+", status.label.text())
    assert str(usb)[:10] in status.label.text()
    assert not status.bar.isVisible()
    [backup] = list_backups(usb)
    by_sheet = verify_backup(backup.path, backup_key_from_text(ctx.vault.backup_identity()))
    by_passphrase = verify_backup(backup.path, read_identity_file(key_file(ctx, usb),
                                                                  PASSPHRASE))
    assert by_sheet.records == by_passphrase.records > 0
    assert dict(by_sheet.parts)["client"] == 1
    with pytest.raises(BackupKeyPassphraseWrong):
        read_identity_file(key_file(ctx, usb), "not the passphrase")
    panel = window.workspace.settings
    assert panel.last_backup.text().startswith("Last backup: ")


def test_the_backup_key_is_not_rewritten_at_every_unlock(qtbot, window, ctx, usb):
    ctx.settings.set(BACKUP_FOLDER, str(usb))
    create_vault(qtbot, window)
    for _ in range(2):  # a key file from the very second the passphrase was set is renewed
        window.lock()
        unlock(qtbot, window)
    written = (key_file(ctx, usb)).stat().st_mtime_ns
    window.lock()
    unlock(qtbot, window)
    assert (key_file(ctx, usb)).stat().st_mtime_ns == written


def test_without_a_folder_back_up_now_asks_for_one_then_for_the_passphrase(qtbot, window, ctx,
                                                                          usb):
    create_vault(qtbot, window)
    window.backup_action.trigger()
    picker = open_dialog("backup-folder-dialog")
    assert isinstance(picker, QFileDialog)
    picker.fileSelected.emit(str(usb))  # what choosing the folder and pressing Choose sends
    qtbot.waitUntil(lambda: _backed_up(window))
    assert ctx.settings.get(BACKUP_FOLDER) == str(usb)
    assert window.workspace.settings.backup_folder.text() == str(usb)
    assert len(list_backups(usb)) == 1

    dialog = open_dialog("backup-key-dialog")  # the key file is missing: asked for once
    assert any("Type your passphrase once" in label.text()
               for label in dialog.findChildren(QLabel))
    qtbot.keyClicks(dialog.passphrase, "a wrong guess")
    qtbot.mouseClick(dialog.accept_button, LEFT)
    assert dialog.message.text().startswith("That passphrase does not open this vault.")
    assert not (key_file(ctx, usb)).exists()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    key = read_identity_file(key_file(ctx, usb), PASSPHRASE)
    assert verify_backup(list_backups(usb)[0].path, key).records > 0

    window.backup_action.trigger()  # the next backup finds the key there: nothing is asked
    qtbot.waitUntil(lambda: len(list_backups(usb)) == 2)
    with pytest.raises(AssertionError):
        open_dialog("backup-key-dialog")


def test_rotation_keeps_the_number_set_in_settings(qtbot, window, ctx, usb):
    ctx.settings.set(BACKUP_FOLDER, str(usb))
    create_vault(qtbot, window)
    window.settings_action.trigger()
    window.workspace.settings.backups_kept.setValue(2)
    assert ctx.settings.get(BACKUP_KEEP) == 2
    for count in (1, 2, 2):
        window.backup_action.trigger()
        qtbot.waitUntil(lambda: _backed_up(window))
        assert len(list_backups(usb)) == count
        window.backups.status.clear()


def test_a_missing_folder_is_one_sentence_and_nothing_is_written(qtbot, window, ctx, tmp_path):
    ctx.settings.set(BACKUP_FOLDER, str(tmp_path / "unplugged"))
    create_vault(qtbot, window)
    window.backup_action.trigger()
    assert "does not exist (is the drive plugged in?)" in message_box().text()
    assert not (tmp_path / "unplugged").exists()
    assert not window.backups.status.isVisible()


def test_the_reminder_shows_without_a_backup_and_not_after_one(qtbot, window, ctx, usb):
    ctx.settings.set(BACKUP_FOLDER, str(usb))
    create_vault(qtbot, window)
    status = window.backups.status
    qtbot.waitUntil(status.isVisible)
    assert status.label.text() == "You haven't made a backup yet."
    assert status.button.isVisible() and status.button.text() == "Back up now"

    qtbot.mouseClick(status.button, LEFT)
    qtbot.waitUntil(lambda: _backed_up(window))
    assert not status.button.isVisible()
    window.lock()
    assert not status.isVisible()
    unlock(qtbot, window)
    assert not status.isVisible()  # backed up today: no reminder


def test_the_reminder_counts_the_days_since_the_last_backup(qtbot, window, ctx):
    create_vault(qtbot, window)
    ctx.services.disclosures.log("backup", "an older backup", "the practice's own key",
                                 at=datetime.now() - timedelta(days=9))
    window.lock()
    unlock(qtbot, window)
    assert window.backups.status.label.text() == "Your last backup was 9 days ago."


def test_the_demo_has_no_backups(qtbot, window, ctx):
    from app.ui.kit.context import DEMO_PASSPHRASE

    qtbot.mouseClick(window.welcome.demo_button, LEFT)
    qtbot.waitUntil(lambda: window.unlock_panel.isVisible(), timeout=20_000)
    unlock(qtbot, window, DEMO_PASSPHRASE)
    assert not window.backup_action.isEnabled()
    assert not window.change_passphrase_action.isEnabled()
    assert not window.backups.status.isVisible()  # no reminder for invented people
    assert not window.workspace.settings.backup_now_button.isEnabled()


def test_a_backup_is_made_on_quit_when_asked_for(qtbot, window, ctx, usb):
    ctx.settings.set(BACKUP_FOLDER, str(usb))
    ctx.settings.set(BACKUP_ON_QUIT, True)
    create_vault(qtbot, window)
    add_client(qtbot, window, "Ana Lima")
    identity = ctx.vault.backup_identity()
    window.close()
    qtbot.waitUntil(lambda: ctx.vault is None and not window.isVisible())
    [backup] = list_backups(usb)
    report = verify_backup(backup.path, backup_key_from_text(identity))
    assert dict(report.parts)["client"] == 1


def test_a_failed_backup_on_quit_lets_the_therapist_stay_or_quit(qtbot, window, ctx, tmp_path):
    ctx.settings.set(BACKUP_FOLDER, str(tmp_path / "unplugged"))
    ctx.settings.set(BACKUP_ON_QUIT, True)
    create_vault(qtbot, window)
    add_client(qtbot, window, "Ana Lima")
    window.close()
    dialog = open_dialog("backup-on-quit-dialog")
    assert "does not exist" in dialog.message.text()
    assert "Everything you wrote is saved in your vault" in dialog.message.text()
    qtbot.mouseClick(dialog.stay_button, LEFT)
    assert window.isVisible() and window.workspace.isEnabled()
    assert ctx.vault.is_unlocked

    window.close()  # the next Quit tries again, and may leave without a backup
    dialog = open_dialog("backup-on-quit-dialog")
    qtbot.mouseClick(dialog.quit_button, LEFT)
    qtbot.waitUntil(lambda: ctx.vault is None and not window.isVisible())


def test_no_backup_on_quit_unless_asked_for(qtbot, window, ctx, usb):
    ctx.settings.set(BACKUP_FOLDER, str(usb))
    create_vault(qtbot, window)
    window.close()
    assert ctx.vault is None
    assert list_backups(usb) == []


def test_settings_store_the_backup_choices(qtbot, window, ctx, usb):
    create_vault(qtbot, window)
    window.settings_action.trigger()
    panel = window.workspace.settings
    assert panel.backups_kept.value() == 10
    assert not panel.backup_on_quit.isChecked()
    qtbot.mouseClick(panel.backup_on_quit, LEFT)
    assert ctx.settings.get(BACKUP_ON_QUIT) is True
    qtbot.mouseClick(panel.backup_folder_button, LEFT)
    open_dialog("backup-folder-dialog").fileSelected.emit(str(usb))
    assert ctx.settings.get(BACKUP_FOLDER) == str(usb)
    assert panel.backup_folder.text() == str(usb)
    assert panel.last_backup.text() == "No backup yet."


def test_extra_recipients_can_open_every_new_backup(qtbot, window, ctx, usb):
    custodian = x25519.Identity.generate()
    ctx.settings.set(BACKUP_FOLDER, str(usb))
    create_vault(qtbot, window)
    window.settings_action.trigger()
    panel = window.workspace.settings
    qtbot.keyClicks(panel.therapist_name, "Dr Ana Lima")  # saves itself as typed
    panel.recipients.setPlainText("not a key")
    qtbot.mouseClick(panel.recipients_button, LEFT)
    assert message_box().text() == ('That is not an age public key; it starts with "age1" and '
                                    'is one word.')
    message_box().close()
    assert ctx.services.profile.get().backup_recipients == ()

    panel.recipients.setPlainText(f"  {custodian.to_public()}  \n\n")
    qtbot.mouseClick(panel.recipients_button, LEFT)
    qtbot.waitUntil(lambda: "keys: 1" in panel.recipients_state.text())
    profile = ctx.services.profile.get()
    assert profile.backup_recipients == (str(custodian.to_public()),)
    assert profile.therapist_name == "Dr Ana Lima"  # the recipients did not undo it
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: _backed_up(window))
    [backup] = list_backups(usb)
    by_custodian = verify_backup(backup.path, BackupKey((custodian,), protected=False))
    assert by_custodian.records > 0 and not by_custodian.authenticated


def test_not_now_means_not_again_until_the_next_unlock(qtbot, window, ctx, usb):
    ctx.settings.set(BACKUP_FOLDER, str(usb))
    create_vault(qtbot, window)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: _backed_up(window))
    open_dialog("backup-key-dialog").reject()
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: len(list_backups(usb)) == 2)
    with pytest.raises(AssertionError):
        open_dialog("backup-key-dialog")
    assert not (key_file(ctx, usb)).exists()
    window.lock()
    unlock(qtbot, window)  # the passphrase just typed: written now, without asking
    assert read_identity_file(key_file(ctx, usb), PASSPHRASE).protected
