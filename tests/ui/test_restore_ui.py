"""Restoring from a backup in the app: from the welcome screen (the backup key file and its
passphrase, or the key from the recovery sheet and a new passphrase), from the File menu while
another vault is open (a new vault beside it, then an offer to switch), never over an existing
file; then the new recovery key is shown once and the app continues unlocked. Another
practice's backup is refused with the practice's own key before anything is chosen, and one
opened with a custodian's key, whose origin cannot be confirmed, is restored only after asking
(Cancel first)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from pyrage import x25519
from PySide6.QtWidgets import QApplication, QMessageBox

from app.backup.seal import NOT_THIS_PRACTICE
from app.errors import WrongKey
from app.services.backup import list_backups
from app.services.clients import ClientDraft
from app.services.profile import ProfileDraft
from app.services.seen_writes import FILE_NAME
from app.services.vault import Vault
from app.ui.backups.restore_dialog import RECOVERY, SOURCE, TARGET, free_vault_path
from app.ui.kit.settings import LAST_VAULT_PATH
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.ui.conftest import LEFT, create_vault, open_dialog, unlock
from tests.ui.test_accessibility import _unnamed

NEW_PASSPHRASE = "another calm meadow river"


class Original:
    """A practice on another computer: its backup folder (a backup and the vault's backup key
    file) and the backup key printed on its recovery sheet."""

    def __init__(self, folder: Path, backup: Path, identity: str, key: Path,
                 vault: Path) -> None:
        self.folder = folder
        self.backup = backup
        self.identity = identity
        self.key = key
        self.vault = vault

    @property
    def recipient(self) -> str:
        return str(x25519.Identity.from_str(self.identity).to_public())



pytestmark = pytest.mark.usefixtures("no_windows_left_open")


@pytest.fixture
def original(tmp_path: Path) -> Original:
    (tmp_path / "old laptop").mkdir()
    folder = tmp_path / "usb stick"
    folder.mkdir()
    path = tmp_path / "old laptop" / "practice.vault"
    vault, _recovery = Vault.create(path, PASSPHRASE, kdf_params=CHEAP_KDF)
    with vault:
        for name in ("Ana Lima", "Bea Costa"):
            vault.services.clients.create(ClientDraft(display_name=name))
        vault.services.profile.update(ProfileDraft(practice_name="Lima Therapy",
                                                   paper_size="Letter"))
        result = vault.services.backups.write_to_folder(folder)
        key = vault.services.backups.write_backup_key(folder, PASSPHRASE)
        identity = vault.backup_identity()
    assert key.name.startswith("backup-key-") and key.name != "backup-key.age"
    return Original(folder, result.path, identity, key, path)


def _client_names(window) -> list[str]:
    model = window.workspace.client_list.model
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def _start_restore(qtbot, window, original: Original):
    qtbot.mouseClick(window.welcome.restore_button, LEFT)
    dialog = open_dialog("restore-dialog")
    assert dialog.page == SOURCE
    dialog.picker.set_backup_file(original.backup)
    return dialog


def _finish(qtbot, dialog) -> str:
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: dialog.page == RECOVERY, timeout=20_000)
    key = dialog.recovery_page.recovery_key
    assert len(key.split("-")) == 14
    assert dialog.recovery_page.label.text().replace("\n", "-") == key
    assert not dialog.recovery_page.continue_button.isEnabled()
    dialog.recovery_page.stored_check.setChecked(True)
    qtbot.mouseClick(dialog.recovery_page.continue_button, LEFT)
    return key


def test_restore_from_the_welcome_screen_with_backup_key_age(qtbot, any_window, ctx, original,
                                                             tmp_path):
    window = any_window
    backup_bytes = original.backup.read_bytes()
    dialog = _start_restore(qtbot, window, original)
    assert _unnamed(dialog) == []
    picker = dialog.picker
    assert picker.key_file.text() == str(original.key)  # found
    assert picker.key_file_choice.isChecked()
    assert f"Found {original.key.name} beside the backup" in picker.found.text()
    assert not dialog.next_button.isEnabled()  # its passphrase first

    qtbot.keyClicks(picker.passphrase, "not the passphrase")
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialog.source_message.text()), timeout=10_000)
    assert dialog.source_message.text() == f"That passphrase does not open {original.key.name}."
    assert picker.found.isVisible() and dialog.page == SOURCE
    picker.passphrase.clear()
    qtbot.keyClicks(picker.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.waitUntil(lambda: dialog.page == TARGET, timeout=10_000)
    assert dialog.target_path() == ctx.vault_path  # the usual place, free on a new computer
    assert dialog.keep_choice.isChecked() and dialog.keep_choice.isEnabled()
    assert _unnamed(dialog) == []
    key = _finish(qtbot, dialog)

    qtbot.waitUntil(lambda: window.workspace is not None)
    assert ctx.vault.path == ctx.vault_path and ctx.vault.is_unlocked
    assert _client_names(window) == ["Ana Lima", "Bea Costa"]
    assert ctx.services.profile.get().practice_name == "Lima Therapy"
    assert ctx.vault.backup_identity() == original.identity  # old backups still open
    assert ctx.vault.check().ok
    assert original.backup.read_bytes() == backup_bytes
    assert ctx.settings.get(LAST_VAULT_PATH) == str(ctx.vault_path)

    window.lock()  # it kept the passphrase that opened the backup key file
    unlock(qtbot, window, PASSPHRASE)
    assert _client_names(window) == ["Ana Lima", "Bea Costa"]
    with Vault.open(tmp_path / "old laptop" / "practice.vault") as old, \
            pytest.raises(WrongKey, match="recovery key does not belong"):
        old.unlock_with_recovery_key(key, NEW_PASSPHRASE)  # the key is the new vault's own


def test_restore_with_the_key_from_the_recovery_sheet_and_a_new_passphrase(
        qtbot, window, ctx, original, tmp_path):
    original.key.unlink()  # the stick holds only the backup
    dialog = _start_restore(qtbot, window, original)
    assert "no backup key file beside this backup" in dialog.picker.found.text()
    qtbot.mouseClick(dialog.picker.sheet_choice, LEFT)
    qtbot.keyClicks(dialog.picker.key_text, original.identity.lower())
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.page == TARGET
    assert not dialog.keep_choice.isEnabled() and dialog.new_choice.isChecked()
    assert not dialog.restore_button.isEnabled()
    qtbot.keyClicks(dialog.new_passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase.second, NEW_PASSPHRASE)
    assert dialog.restore_button.isEnabled()

    sheet = tmp_path / "new sheet.pdf"
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: dialog.page == RECOVERY, timeout=20_000)
    assert re.match(r"Restored \d+ records from the backup made on \d+ \w+ \d{4} at \d\d:\d\d",
                    dialog.recovery_page.detail.text())
    key = dialog.recovery_page.recovery_key
    dialog.recovery_page.save_sheet_to(sheet)  # "print a new recovery sheet"
    qtbot.waitUntil(lambda: "Saved the recovery sheet" in dialog.recovery_page.note.text())
    pdf = PdfReader(sheet)
    text = "".join(page.extract_text() for page in pdf.pages)
    groups = key.split("-")
    assert "-".join(groups[:7]) in text and "-".join(groups[7:]) in text
    assert original.identity in text and "Lima Therapy" in text  # the practice's letterhead
    assert round(float(pdf.pages[0].mediabox.width)) == 612  # its paper: Letter
    dialog.recovery_page.stored_check.setChecked(True)
    qtbot.mouseClick(dialog.recovery_page.continue_button, LEFT)

    qtbot.waitUntil(lambda: window.workspace is not None)
    assert _client_names(window) == ["Ana Lima", "Bea Costa"]
    window.lock()
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert ctx.vault.is_unlocked


def test_restore_refuses_an_existing_file_and_leaves_it_as_it_was(qtbot, window, ctx, original,
                                                                  tmp_path):
    existing = tmp_path / "keep me.vault"
    existing.write_bytes(b"the therapist's other file\x00\x01" * 100)
    before = existing.read_bytes()
    dialog = _start_restore(qtbot, window, original)
    qtbot.keyClicks(dialog.picker.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.next_button, LEFT)
    dialog.target.setText(str(existing))
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert dialog.page == TARGET
    assert dialog.target_message.text() == (
        f"{existing} already exists; choose a new file name for the restored practice.")
    assert existing.read_bytes() == before
    assert window.workspace is None and ctx.vault is None
    made = {p.name for p in tmp_path.iterdir()} - {"home", "settings.ini"}
    assert made == {"keep me.vault", "old laptop", "usb stick"}  # no temporary vault left


def test_a_damaged_backup_is_one_sentence_and_no_vault_appears(qtbot, window, ctx, original):
    data = bytearray(original.backup.read_bytes())
    data[len(data) // 2] ^= 0x01
    original.backup.write_bytes(bytes(data))
    dialog = _start_restore(qtbot, window, original)
    qtbot.keyClicks(dialog.picker.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialog.source_message.text()), timeout=20_000)
    assert dialog.page == SOURCE  # found when Next opens the backup, before anything is chosen
    qtbot.mouseClick(dialog.restore_button, LEFT)  # not reachable, and does nothing
    assert dialog.page == SOURCE
    message = dialog.source_message.text()
    assert message and "\n" not in message and "Traceback" not in message
    assert not ctx.vault_path.exists()
    home = ctx.vault_path.parent
    # (what this computer remembers of the original vault may be there, nothing else)
    assert not home.exists() or [p.name for p in home.iterdir() if p.name != FILE_NAME] == []


def _switch_box() -> QMessageBox:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "switch-vault-box" and widget.isVisible():
            assert isinstance(widget, QMessageBox)
            return widget
    raise AssertionError("no question about switching")


def _button(box: QMessageBox, text: str):
    [button] = [b for b in box.buttons() if b.text() == text]
    return button


def _restore_from_menu(qtbot, window, original: Original) -> Path:
    window.restore_action.trigger()
    dialog = open_dialog("restore-dialog")
    dialog.picker.set_backup_file(original.backup)
    qtbot.keyClicks(dialog.picker.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.next_button, LEFT)
    target = dialog.target_path()
    _finish(qtbot, dialog)
    return target


def test_restore_from_the_menu_makes_a_new_vault_and_offers_to_switch(qtbot, window, ctx,
                                                                      original):
    create_vault(qtbot, window)
    ctx.services.clients.create(ClientDraft(display_name="Today's client"))
    current = ctx.vault_path
    target = _restore_from_menu(qtbot, window, original)
    assert target == current.with_name("practice-restored.vault")
    assert free_vault_path(current) == current.with_name("practice-restored-2.vault")
    assert target.exists() and ctx.vault.path == current  # nothing switched yet

    qtbot.mouseClick(_button(_switch_box(), "Open the restored practice"), LEFT)
    qtbot.waitUntil(lambda: window.workspace is not None and ctx.vault.path == target)
    assert _client_names(window) == ["Ana Lima", "Bea Costa"]
    assert ctx.settings.get(LAST_VAULT_PATH) == str(target)
    with Vault.open(current) as before:  # closed, and exactly as it was
        before.unlock(PASSPHRASE)
        assert [c.display_name for c in before.services.clients.list()] == ["Today's client"]


def test_staying_closes_the_restored_vault_and_keeps_working(qtbot, window, ctx, original):
    create_vault(qtbot, window)
    target = _restore_from_menu(qtbot, window, original)
    qtbot.mouseClick(_button(_switch_box(), "Stay here"), LEFT)
    assert ctx.vault.path != target and window.workspace is not None
    with Vault.open(target) as restored:  # not held open any more
        restored.unlock(PASSPHRASE)
        assert len(restored.services.clients.list()) == 2


def test_the_restore_dialog_leaves_with_esc_before_it_starts(qtbot, window, original):
    dialog = _start_restore(qtbot, window, original)
    qtbot.keyClicks(dialog.picker.passphrase, PASSPHRASE)
    dialog.reject()
    assert not dialog.isVisible()
    assert list_backups(original.folder)[0].path == original.backup


def test_a_lock_hides_the_new_recovery_key_until_unlocked(qtbot, window, ctx, original):
    create_vault(qtbot, window)
    window.restore_action.trigger()
    dialog = open_dialog("restore-dialog")
    dialog.picker.set_backup_file(original.backup)
    qtbot.keyClicks(dialog.picker.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: dialog.page == RECOVERY, timeout=20_000)
    key = dialog.recovery_page.recovery_key
    window.lock()
    assert not dialog.isVisible()
    unlock(qtbot, window)
    assert dialog.isVisible() and dialog.recovery_page.recovery_key == key


# -- who made the backup ------------------------------------------------------------------------
def _message_box(title: str) -> QMessageBox:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible() \
                and widget.accessibleName() == title:
            return widget
    raise AssertionError(f"no question {title!r}")


UNCONFIRMED_TITLE = "Restore a backup of unconfirmed origin?"


def test_another_practices_backup_is_refused_before_anything_is_chosen(qtbot, window, ctx,
                                                                       original, tmp_path):
    """Someone else's own backup, encrypted to this practice's public backup key as well and
    dropped beside its backups: the practice's key file opens it, and it is refused."""
    other, _recovery = Vault.create(tmp_path / "other.vault", PASSPHRASE, kdf_params=CHEAP_KDF)
    with other:
        other.services.clients.create(ClientDraft(display_name="Invented Person"))
        dropped = other.services.backups.write(
            original.folder / "reciprocal-backup-20990101-000000.age",
            extra_recipients=[original.recipient]).path
    qtbot.mouseClick(window.welcome.restore_button, LEFT)
    dialog = open_dialog("restore-dialog")
    dialog.picker.set_backup_file(dropped)
    assert dialog.picker.key_file.text() == str(original.key)
    qtbot.keyClicks(dialog.picker.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialog.source_message.text()), timeout=10_000)
    assert dialog.source_message.text() == NOT_THIS_PRACTICE
    assert dialog.page == SOURCE
    qtbot.mouseClick(dialog.restore_button, LEFT)  # not reachable, and does nothing
    assert dialog.page == SOURCE and not ctx.vault_path.exists()

    qtbot.mouseClick(dialog.picker.sheet_choice, LEFT)  # the recovery sheet's key: the same
    qtbot.keyClicks(dialog.picker.key_text, original.identity)
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.source_message.text() == NOT_THIS_PRACTICE and dialog.page == SOURCE


def test_a_custodians_key_restores_only_after_asking(qtbot, window, ctx, original, tmp_path):
    custodian = x25519.Identity.generate()
    identity_file = tmp_path / "custodian.txt"
    identity_file.write_text(f"{custodian}\n")
    with Vault.open(original.vault) as vault:
        vault.unlock(PASSPHRASE)
        backup = vault.services.backups.write(
            original.folder / "for-the-custodian.age",
            extra_recipients=[str(custodian.to_public())]).path
    qtbot.mouseClick(window.welcome.restore_button, LEFT)
    dialog = open_dialog("restore-dialog")
    dialog.picker.set_backup_file(backup)
    qtbot.mouseClick(dialog.picker.identity_choice, LEFT)
    dialog.picker.identity_file.setText(str(identity_file))
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.waitUntil(lambda: dialog.page == TARGET, timeout=10_000)
    assert dialog.origin_note.isVisible()
    assert "cannot confirm who made this backup" in dialog.origin_note.text()
    qtbot.keyClicks(dialog.new_passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase.second, NEW_PASSPHRASE)

    qtbot.mouseClick(dialog.restore_button, LEFT)
    box = _message_box(UNCONFIRMED_TITLE)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert dialog.page == TARGET and not ctx.vault_path.exists()

    qtbot.mouseClick(dialog.restore_button, LEFT)
    box = _message_box(UNCONFIRMED_TITLE)
    [anyway] = [b for b in box.buttons() if b.text() == "Restore &anyway"]
    qtbot.mouseClick(anyway, LEFT)
    qtbot.waitUntil(lambda: dialog.page == RECOVERY, timeout=20_000)
    detail = dialog.recovery_page.detail.text()
    assert "Who made this backup cannot be confirmed with this key" in detail
    assert ctx.vault_path.exists()


def test_the_practices_own_backup_is_restored_without_asking(qtbot, window, ctx, original):
    dialog = _start_restore(qtbot, window, original)
    qtbot.keyClicks(dialog.picker.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.page == TARGET and not dialog.origin_note.isVisible()
    _finish(qtbot, dialog)  # straight to the new recovery key: no question
    assert "cannot be confirmed" not in dialog.recovery_page.detail.text()


def test_each_key_file_beside_a_backup_is_tried(qtbot, window, ctx, original, tmp_path):
    """Two practices back up into one folder with the same passphrase: both key files are
    there, and the passphrase opens the backup with the right one, whichever is newer."""
    other, _recovery = Vault.create(tmp_path / "other.vault", PASSPHRASE, kdf_params=CHEAP_KDF)
    with other:
        other_key = other.services.backups.write_backup_key(original.folder, PASSPHRASE)
    assert original.key.is_file() and other_key.is_file() and other_key != original.key
    dialog = _start_restore(qtbot, window, original)
    assert "Found 2 backup key files beside the backup" in dialog.picker.found.text()
    qtbot.keyClicks(dialog.picker.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.page == TARGET and not dialog.origin_note.isVisible()
    assert dialog.keep_choice.isChecked()
    _finish(qtbot, dialog)
    qtbot.waitUntil(lambda: window.workspace is not None)
    assert ctx.vault.backup_identity() == original.identity
