"""Backups from someone else are refused (issue 8, item 4): opened with the practice's own key (a
backup key file, a decrypted copy of one, the recovery sheet's key or an unlocked vault's), a
backup that names another practice's key is refused even when it is a genuine backup of that
other practice encrypted to ours as well; a custodian's key reads it and cannot confirm who made
it. And each vault keeps its own backup key file, so two vaults backing up into one folder never
overwrite each other's, while an earlier version's backup-key.age is still found and read."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pyrage import passphrase as age_passphrase
from pyrage import x25519
from sqlalchemy import select

from app.backup.errors import BackupDamaged, BackupKeyMismatch, BackupKeyPassphraseWrong
from app.backup.keys import BackupKey, identity_file_text, protect_identity
from app.backup.seal import NOT_THIS_PRACTICE
from app.models import VaultMeta
from app.services.backup import list_backups
from app.services.backup_check import (
    BACKUP_KEY_NAME,
    backup_key_files,
    backup_key_from_text,
    backup_key_name,
    backup_origin,
    read_identity_file,
    read_key_files,
    verify_backup,
)
from app.services.clients import ClientDraft
from app.services.restore import restore_backup
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.sentinel_helpers import assert_one_sentence

OTHER_PASSPHRASE = "the other practice's own passphrase"


def key_name(vault: Vault) -> str:
    """The vault's backup key file name: its id and its backup identity's public key."""
    with vault._database().begin() as s:
        recipient = s.scalars(select(VaultMeta.backup_recipient)).one()
    return backup_key_name(vault.vault_id, recipient)


def make_practice(path: Path, name: str, passphrase: str = PASSPHRASE) -> Vault:
    vault, _recovery = Vault.create(path, passphrase, kdf_params=CHEAP_KDF)
    vault.services.clients.create(ClientDraft(display_name=name))
    return vault


@pytest.fixture
def victim(tmp_path: Path) -> Iterator[Vault]:
    vault = make_practice(tmp_path / "victim.vault", "Ana Lima")
    yield vault
    vault.close()


@pytest.fixture
def attacker(tmp_path: Path) -> Iterator[Vault]:
    vault = make_practice(tmp_path / "attacker.vault", "Invented Client", OTHER_PASSPHRASE)
    yield vault
    vault.close()


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def recipient_of(vault: Vault) -> str:
    return str(x25519.Identity.from_str(vault.backup_identity()).to_public())


# -- who made the backup ----------------------------------------------------------------------
def test_another_practices_backup_encrypted_to_ours_is_refused_with_every_own_key(
        victim, attacker, tmp_path):
    """The attack of issue 8: the attacker's own, genuine and sealed backup, encrypted to the
    victim's backup recipient too (plaintext in the victim's vault file) and dropped into the
    victim's backup folder."""
    usb = tmp_path / "usb"
    usb.mkdir()
    forged = attacker.services.backups.write(usb / "reciprocal-backup-20260304-101500.age",
                                             extra_recipients=[recipient_of(victim)])
    key_file = victim.services.backups.write_backup_key(usb, PASSPHRASE)
    decrypted = tmp_path / "decrypted-key.txt"  # what `age -d backup-key-….age` gives
    decrypted.write_bytes(age_passphrase.decrypt(key_file.read_bytes(), PASSPHRASE))
    own_keys = {
        "backup key file": read_identity_file(key_file, PASSPHRASE),
        "decrypted backup key file": read_identity_file(decrypted),
        "recovery sheet": backup_key_from_text(victim.backup_identity()),
        "the unlocked vault's": backup_key_from_text(victim.backup_identity()),
        "every key file beside it": read_key_files(backup_key_files(usb), PASSPHRASE),
    }
    listing = names(tmp_path)
    for how, key in own_keys.items():
        assert key.own, how
        for attempt in (lambda k: verify_backup(forged.path, k),
                        lambda k: backup_origin(forged.path, k),
                        lambda k: restore_backup(forged.path, k, tmp_path / "restored.vault",
                                                 PASSPHRASE, kdf_params=CHEAP_KDF)):
            with pytest.raises(BackupDamaged) as caught:
                attempt(key)
            assert caught.value.message == NOT_THIS_PRACTICE, how
            assert caught.value.exit_code == 3
    assert_one_sentence(NOT_THIS_PRACTICE)
    assert NOT_THIS_PRACTICE.startswith("This backup was not made by this practice")
    assert names(tmp_path) == listing  # nothing restored, nothing left behind

    # A key that is not the practice's own cannot tell: it reads the backup, unconfirmed.
    bare = BackupKey(own_keys["recovery sheet"].identities, protected=False)
    report = verify_backup(forged.path, bare)
    assert not report.authenticated and report.vault_id == attacker.vault_id


def test_a_custodians_key_opens_a_genuine_backup_but_cannot_confirm_its_origin(victim,
                                                                               tmp_path):
    custodian = x25519.Identity.generate()
    backup = victim.services.backups.write(tmp_path / "b.age",
                                           extra_recipients=[str(custodian.to_public())])
    key = BackupKey((custodian,), protected=False)
    assert not key.own
    origin = backup_origin(backup.path, key)
    assert not origin.authenticated and origin.vault_id == victim.vault_id
    assert not verify_backup(backup.path, key).authenticated
    own = backup_key_from_text(victim.backup_identity())
    assert backup_origin(backup.path, own).authenticated
    assert verify_backup(backup.path, own).authenticated


def test_only_a_reciprocal_key_file_counts_as_the_practices_own(victim, tmp_path):
    identity = victim.backup_identity()
    key_file = victim.services.backups.write_backup_key(tmp_path, PASSPHRASE)
    assert read_identity_file(key_file, PASSPHRASE).own
    ours = tmp_path / "ours.txt"
    ours.write_text(identity_file_text(identity, victim.vault_id, datetime(2026, 3, 4)))
    assert read_identity_file(ours).own
    bare = tmp_path / "key.txt"  # a line typed into a file: whose it is, nothing says
    bare.write_text(identity + "\n")
    assert not read_identity_file(bare).own
    keygen = tmp_path / "custodian.txt"  # as age-keygen writes it
    other = x25519.Identity.generate()
    keygen.write_text(f"# created: 2026-03-04T10:15:00+01:00\n# public key: "
                      f"{other.to_public()}\n{other}\n")
    assert not read_identity_file(keygen).own
    moved = tmp_path / "moved.txt"  # our comment, but not at the top: not ours
    moved.write_text(f"{other}\n# Reciprocal backup key of vault {victim.vault_id}\n")
    assert not read_identity_file(moved).own


# -- one backup key file per vault --------------------------------------------------------------
def test_two_vaults_backing_up_into_one_folder_keep_both_key_files(victim, attacker, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    first = victim.services.backups.write_to_folder(usb)
    first_key = victim.services.backups.write_backup_key(usb, PASSPHRASE)
    first_bytes = first_key.read_bytes()
    second = attacker.services.backups.write(usb / "second.age")
    second_key = attacker.services.backups.write_backup_key(usb, OTHER_PASSPHRASE)
    assert first_key.name == key_name(victim)
    assert second_key.name == key_name(attacker)
    assert re.fullmatch(f"backup-key-{str(victim.vault_id)[:8]}-[0-9a-f]{{6}}.age", first_key.name)
    assert first_key != second_key and first_key.read_bytes() == first_bytes
    assert victim.services.backups.backup_key_path(usb) == first_key
    assert victim.services.backups.backup_key_current(usb)
    assert attacker.services.backups.backup_key_current(usb)
    for backup, key_file, passphrase in ((first, first_key, PASSPHRASE),
                                         (second, second_key, OTHER_PASSPHRASE)):
        assert verify_backup(backup.path, read_identity_file(key_file, passphrase)).authenticated
    with pytest.raises(BackupKeyMismatch):
        verify_backup(second.path, read_identity_file(first_key, PASSPHRASE))
    assert set(backup_key_files(usb)) == {first_key, second_key}
    assert {p.stat().st_mode & 0o777 for p in backup_key_files(usb)} == {0o600}


def test_every_key_file_the_passphrase_opens_is_tried(victim, tmp_path):
    """The app offers every backup key file beside a backup: with one passphrase for two
    vaults, both keys are tried; a file the passphrase does not open is skipped."""
    second = make_practice(tmp_path / "second.vault", "Bea Costa")
    third = make_practice(tmp_path / "third.vault", "Caio Reis", OTHER_PASSPHRASE)
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        backups = [v.services.backups.write(usb / f"{n}.age")
                   for n, v in enumerate((victim, second, third))]
        for v, passphrase in ((victim, PASSPHRASE), (second, PASSPHRASE),
                              (third, OTHER_PASSPHRASE)):
            v.services.backups.write_backup_key(usb, passphrase)
    finally:
        second.close()
        third.close()
    key = read_key_files(backup_key_files(usb), PASSPHRASE)
    assert key.own and key.protected and len(key.identities) == 2
    assert verify_backup(backups[0].path, key).authenticated
    assert verify_backup(backups[1].path, key).authenticated
    with pytest.raises(BackupKeyMismatch):
        verify_backup(backups[2].path, key)
    with pytest.raises(BackupKeyPassphraseWrong):
        read_key_files(backup_key_files(usb), "not any of them")


def test_key_files_are_listed_newest_first_then_the_earlier_name(tmp_path):
    for name, age in (("backup-key.age", 0), ("backup-key-0000aaaa.age", 100),
                      ("backup-key-1111bbbb.age", 50), ("backup-key-notahexid.age", 0),
                      ("backup-key.age.bak", 0), ("notes.txt", 0)):
        (tmp_path / name).write_bytes(b"x")
        stamp = 1_700_000_000 + age
        os.utime(tmp_path / name, (stamp, stamp))
    (tmp_path / "backup-key-2222cccc.age").mkdir()  # a folder is never a key file
    assert [p.name for p in backup_key_files(tmp_path)] == [
        "backup-key-0000aaaa.age", "backup-key-1111bbbb.age", "backup-key.age"]
    assert backup_key_files(tmp_path / "missing") == []


def test_an_earlier_versions_backup_key_age_is_read_and_replaced_only_when_it_is_ours(
        victim, attacker, tmp_path):
    """A folder written before each vault had its own key file holds backup-key.age: it still
    opens that vault's backups; the vault's own file replaces it only when it holds the same
    identity under the same passphrase, and another vault's is left alone."""
    usb = tmp_path / "usb"
    usb.mkdir()
    legacy = usb / BACKUP_KEY_NAME
    text = identity_file_text(attacker.backup_identity(), attacker.vault_id, datetime.now())
    legacy.write_bytes(protect_identity(text, PASSPHRASE))  # the same passphrase as the victim's
    backup = attacker.services.backups.write(usb / "old.age")
    assert verify_backup(backup.path, read_identity_file(legacy, PASSPHRASE)).authenticated
    assert backup_key_files(usb) == [legacy]
    assert not attacker.services.backups.backup_key_current(usb)  # the app writes its own

    victim.services.backups.write_backup_key(usb, PASSPHRASE)
    assert legacy.is_file()  # another vault's: kept
    attacker.services.backups.write_backup_key(usb, OTHER_PASSPHRASE)
    assert legacy.is_file()  # the passphrase that protects it is not this one: kept
    legacy.write_bytes(protect_identity(text, OTHER_PASSPHRASE))
    attacker.services.backups.write_backup_key(usb, OTHER_PASSPHRASE)
    assert not legacy.exists()  # replaced by the vault's own file, which opens the same backups
    assert names(usb) == sorted(["old.age", key_name(victim),
                                 key_name(attacker)])
    own = read_identity_file(usb / key_name(attacker), OTHER_PASSPHRASE)
    assert verify_backup(backup.path, own).authenticated


def test_two_vaults_backing_up_into_one_folder_never_remove_each_others_backups(
        victim, attacker, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    for _ in range(3):
        victim.services.backups.write_to_folder(usb, keep=2)
        attacker.services.backups.write_to_folder(usb, keep=2)
    mine = [b for b in list_backups(usb) if b.vault == victim.vault_id.hex[:8]]
    theirs = [b for b in list_backups(usb) if b.vault == attacker.vault_id.hex[:8]]
    assert len(mine) == 2 and len(theirs) == 2 and len(list_backups(usb)) == 4
