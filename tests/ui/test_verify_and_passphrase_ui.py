"""Verify a backup from the File menu (a sentence about what it holds, or what is wrong), and
change the passphrase (the old one stops working, the new one opens the vault and the
vault's backup key file beside the backups)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyrage import x25519
from PySide6.QtCore import QPoint

from app.backup.errors import BackupKeyPassphraseWrong
from app.backup.seal import NOT_THIS_PRACTICE
from app.errors import ReciprocalError
from app.services.backup import list_backups
from app.services.backup_check import backup_key_from_text, read_identity_file, verify_backup
from app.services.vault import Vault
from app.ui.kit.dates import clock, long_date
from app.ui.kit.settings import BACKUP_FOLDER
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.conftest import LEFT, add_client, create_vault, open_dialog, unlock
from tests.ui.test_accessibility import _unnamed

NEW_PASSPHRASE = "another calm meadow river"


pytestmark = pytest.mark.usefixtures("no_windows_left_open")


def key_file(ctx, folder: Path) -> Path:
    """This vault's backup key file in ``folder`` (backup-key-XXXXXXXX.age)."""
    return ctx.services.backups.backup_key_path(folder)



def _backup(qtbot, window, ctx, usb: Path) -> tuple[Path, str]:
    """A practice with one client, backed up; returns the backup and the backup key."""
    ctx.settings.set(BACKUP_FOLDER, str(usb))
    create_vault(qtbot, window)
    add_client(qtbot, window, "Ana Lima")
    window.lock()
    unlock(qtbot, window)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: len(list_backups(usb)) == 1)
    return list_backups(usb)[0].path, ctx.vault.backup_identity()


def _verify(qtbot, window, backup: Path, *, identity: str = "", passphrase: str = ""):
    window.verify_action.trigger()
    dialog = open_dialog("verify-dialog")
    dialog.picker.set_backup_file(backup)
    if identity:
        qtbot.mouseClick(dialog.picker.sheet_choice, LEFT)
        qtbot.keyClicks(dialog.picker.key_text, identity)
    else:
        qtbot.keyClicks(dialog.picker.passphrase, passphrase)
    qtbot.mouseClick(dialog.verify_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialog.outcome.text()), timeout=10_000)
    return dialog


def test_verify_says_what_a_whole_backup_holds(qtbot, window, ctx, usb):
    backup, _identity = _backup(qtbot, window, ctx, usb)
    expected = verify_backup(backup, read_identity_file(key_file(ctx, usb), PASSPHRASE))
    dialog = _verify(qtbot, window, backup, passphrase=PASSPHRASE)
    assert _unnamed(dialog) == []
    assert dialog.outcome.text().startswith(
        f"This backup is whole: {expected.records} records, made on "
        f"{long_date(expected.made_at)} at {clock(expected.made_at)} by "
        f"Reciprocal {expected.app_version}.")


def test_verify_shows_the_sentence_for_a_damaged_backup(qtbot, window, ctx, usb):
    backup, identity = _backup(qtbot, window, ctx, usb)
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x01  # one flipped bit in the middle
    backup.write_bytes(bytes(data))
    with pytest.raises(ReciprocalError) as failure:
        verify_backup(backup, backup_key_from_text(identity))
    dialog = _verify(qtbot, window, backup, identity=identity)
    assert dialog.outcome.text() == failure.value.message
    assert "whole" not in dialog.outcome.text()
    assert dialog.verify_button.isEnabled()  # can try another file


def test_verify_with_a_wrong_key_says_so(qtbot, window, ctx, usb):
    backup, _identity = _backup(qtbot, window, ctx, usb)
    dialog = _verify(qtbot, window, backup, passphrase="not the passphrase")
    assert dialog.outcome.text() == f"That passphrase does not open {key_file(ctx, usb).name}."


def test_verify_refuses_another_practices_backup_with_the_practices_key(qtbot, window, ctx, usb,
                                                                        tmp_path):
    """Someone else's own backup, encrypted to this practice's public backup key as well and
    dropped into its backup folder: refused with the key file beside it and with the recovery
    sheet's key; a custodian's key reads it and says that nobody can confirm who made it."""
    _backup_file, identity = _backup(qtbot, window, ctx, usb)
    custodian = x25519.Identity.generate()
    other, _recovery = Vault.create(tmp_path / "other.vault", PASSPHRASE, kdf_params=CHEAP_KDF)
    with other:
        dropped = other.services.backups.write(
            usb / "reciprocal-backup-20990101-000000.age",
            extra_recipients=[str(x25519.Identity.from_str(identity).to_public()),
                              str(custodian.to_public())]).path
    by_key_file = _verify(qtbot, window, dropped, passphrase=PASSPHRASE)
    assert by_key_file.outcome.text() == NOT_THIS_PRACTICE
    by_key_file.reject()
    by_sheet = _verify(qtbot, window, dropped, identity=identity)
    assert by_sheet.outcome.text() == NOT_THIS_PRACTICE
    by_sheet.reject()

    identity_file = tmp_path / "custodian.txt"
    identity_file.write_text(f"{custodian}\n")
    window.verify_action.trigger()
    dialog = open_dialog("verify-dialog")
    dialog.picker.set_backup_file(dropped)
    qtbot.mouseClick(dialog.picker.identity_choice, LEFT)
    dialog.picker.identity_file.setText(str(identity_file))
    qtbot.mouseClick(dialog.verify_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialog.outcome.text()), timeout=10_000)
    assert dialog.outcome.text().startswith("This backup is whole")
    assert dialog.outcome.text().endswith(
        "Who made this backup cannot be confirmed with this key; only the practice's own "
        "backup key can confirm it.")


def test_verify_works_with_the_vault_locked(qtbot, window, ctx, usb):
    backup, identity = _backup(qtbot, window, ctx, usb)
    window.verify_action.trigger()
    typed = open_dialog("verify-dialog")
    qtbot.keyClicks(typed.picker.key_text, identity)
    window.lock()
    assert typed.picker.key_text.text() == ""  # no key left on a locked screen
    typed.reject()
    assert window.verify_action.isEnabled() and window.restore_action.isEnabled()
    assert not window.backup_action.isEnabled()
    dialog = _verify(qtbot, window, backup, identity=identity)
    assert dialog.outcome.text().startswith("This backup is whole")


def test_changing_the_passphrase_renews_backup_key_age(qtbot, window, ctx, usb):
    ctx.settings.set(BACKUP_FOLDER, str(usb))
    create_vault(qtbot, window)
    window.change_passphrase_action.trigger()
    dialog = open_dialog("change-passphrase-dialog")
    assert _unnamed(dialog) == []
    qtbot.keyClicks(dialog.current, "not the passphrase")
    qtbot.keyClicks(dialog.new.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.accept_button, LEFT)
    assert dialog.message.text() == "The current passphrase is not right."
    assert not (key_file(ctx, usb)).exists()

    dialog.current.clear()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert window.backups.status.label.text() == (
        "Your passphrase is changed, and the backup key beside your backups now opens with it.")
    assert read_identity_file(key_file(ctx, usb), NEW_PASSPHRASE).protected
    with pytest.raises(BackupKeyPassphraseWrong):
        read_identity_file(key_file(ctx, usb), PASSPHRASE)

    window.lock()
    panel = window.unlock_panel
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.mouseClick(panel.unlock_button, LEFT)
    assert "does not open" in panel.message.text()  # the old passphrase stopped working
    unlock(qtbot, window, NEW_PASSPHRASE)


def test_the_passphrase_can_be_changed_from_settings_without_backups(qtbot, window, ctx):
    create_vault(qtbot, window)
    window.settings_action.trigger()
    qtbot.mouseClick(window.workspace.settings.change_passphrase_button, LEFT)
    dialog = open_dialog("change-passphrase-dialog")
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new.first, NEW_PASSPHRASE)
    assert not dialog.accept_button.isEnabled()  # typed once only
    qtbot.keyClicks(dialog.new.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert window.backups.status.label.text() == "Your passphrase is changed."
    window.lock()
    unlock(qtbot, window, NEW_PASSPHRASE)


def test_an_old_backup_key_age_is_renewed_at_the_next_unlock(qtbot, window, ctx, usb,
                                                             tmp_path):
    """Changed while the stick was elsewhere: the first unlock with it back renews the key."""
    ctx.settings.set(BACKUP_FOLDER, str(usb))
    create_vault(qtbot, window)
    window.lock()
    unlock(qtbot, window)
    assert read_identity_file(key_file(ctx, usb), PASSPHRASE).protected
    away = usb.rename(tmp_path / "usb stick, at home")
    window.change_passphrase_action.trigger()
    dialog = open_dialog("change-passphrase-dialog")
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert "will be renewed the next time you unlock" in window.backups.status.label.text()

    away.rename(usb)
    window.lock()
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert read_identity_file(key_file(ctx, usb), NEW_PASSPHRASE).protected


def test_renewing_every_key_shows_the_new_recovery_key_once_and_keeps_the_old_backup_key(
        qtbot, window, ctx, usb):
    old_backup, old_identity = _backup(qtbot, window, ctx, usb)
    old_key_file = key_file(ctx, usb)
    assert old_key_file.exists()
    window.change_passphrase_action.trigger()
    dialog = open_dialog("change-passphrase-dialog")
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new.second, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.renew, LEFT, pos=QPoint(8, dialog.renew.height() // 2))
    assert "renew keys" in dialog.accept_button.text() and "new recovery key" in dialog.intro.text()
    qtbot.mouseClick(dialog.accept_button, LEFT)
    page = dialog.recovery_page
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is page, timeout=20_000)
    assert _unnamed(dialog) == []
    shown = page.recovery_key
    assert shown and page.label.text().replace("\n", "-") == shown
    dialog.reject()  # Esc: the key is shown only this once, so it cannot be dismissed unseen
    assert dialog.isVisible()
    assert not page.continue_button.isEnabled()
    qtbot.mouseClick(page.stored_check, LEFT)
    qtbot.mouseClick(page.continue_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.backups.status.label.text().startswith("Every key is renewed.")

    assert ctx.vault.backup_identity() != old_identity
    new_key_file = key_file(ctx, usb)
    assert new_key_file != old_key_file and old_key_file.exists()
    assert verify_backup(old_backup, read_identity_file(old_key_file, PASSPHRASE)).authenticated
    add_client(qtbot, window, "Bea Costa")  # the open practice works on, under the new keys
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: len(list_backups(usb)) == 2)
    newest = max(list_backups(usb), key=lambda b: b.made_at).path
    with pytest.raises(ReciprocalError):
        verify_backup(newest, read_identity_file(old_key_file, PASSPHRASE))
    assert verify_backup(newest, read_identity_file(new_key_file, NEW_PASSPHRASE)).authenticated
    window.lock()
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert ctx.vault.check().ok
