"""Vault lifecycle at the Python API: a wrong passphrase changes nothing, a passphrase change or a
recovery rewraps only the data key, and locking wipes every key."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from app.errors import BadInput, VaultBusy, VaultLocked, WrongKey, WrongPassphrase
from app.services import vault_lock
from app.services.clients import ClientDraft
from app.services.vault import Vault
from app.services.vault_lock import VaultLock, lock_path
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.sentinel_helpers import (
    assert_one_sentence,
    encrypted_columns,
    populate,
    snapshot,
)

# What a passphrase change or a recovery may touch: the passphrase's wrap of the DEK and its KDF
# salt and parameters, when it happened, and the seal of that one row. Nothing else in the file.
PASSPHRASE_WRAP = {
    "kdf_salt",
    "kdf_memory_kib",
    "kdf_iterations",
    "kdf_lanes",
    "dek_by_passphrase",
    "passphrase_changed_at",
    "row_seal",
}


def _fingerprint(path: Path) -> tuple[bytes, str]:
    data = path.read_bytes()
    return data, hashlib.sha256(data).hexdigest()


def _folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def filled(vault_path):
    """A closed vault holding a value in every encrypted column of every model."""
    vault, recovery_text = Vault.create(vault_path, PASSPHRASE, kdf_params=CHEAP_KDF)
    practice = populate(vault)
    vault.close()
    return vault_path, recovery_text, practice


def test_a_wrong_passphrase_raises_and_leaves_the_file_byte_identical(filled):
    path, _, _ = filled
    before, before_hash = _fingerprint(path)
    folder = _folder(path)
    with Vault.open(path) as vault:
        for wrong in ("", "correct horse battery stapler", PASSPHRASE.upper(), PASSPHRASE + " "):
            with pytest.raises(WrongPassphrase) as exc:
                vault.unlock(wrong)
            assert exc.value.exit_code == 2
            assert_one_sentence(str(exc.value))
            assert not vault.is_unlocked
            with pytest.raises(VaultLocked):
                _ = vault.services
    after, after_hash = _fingerprint(path)
    assert after_hash == before_hash
    assert after == before
    assert _folder(path) == folder  # no journal, lock or temp file left behind


def test_changing_the_passphrase_rewraps_only_the_data_key(filled):
    path, _, _ = filled
    before = snapshot(path)
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
        with pytest.raises(WrongPassphrase):
            vault.change_passphrase("not the passphrase", "new one")
        vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    after = snapshot(path)

    _assert_only_the_passphrase_wrap_changed(before, after)
    with Vault.open(path) as vault:
        with pytest.raises(WrongPassphrase):
            vault.unlock(PASSPHRASE)
        vault.unlock("a brand new passphrase")
        assert vault.check().ok
        assert {c.display_name for c in vault.services.clients.list()}


def _assert_only_the_passphrase_wrap_changed(before, after) -> None:
    assert before.keys() == after.keys()
    # Every ciphertext of every encrypted column is byte-identical: no record was re-encrypted.
    for model, name in encrypted_columns():
        table = model.__tablename__
        if table in ("record_index", "vault_meta"):
            continue  # the key record is written (its one field in its new envelope), and the
            # practice's record list holds its seal: both follow below
        assert before[table].keys() == after[table].keys()
        blobs = 0
        for row_id, row in before[table].items():
            assert after[table][row_id][name] == row[name], f"{table}.{name} of {row_id}"
            blobs += isinstance(row[name], bytes)
        assert blobs, f"no ciphertext in {table}.{name} to compare"
    # And every other byte of every row, except the passphrase's wrap in vault_meta.
    for table, rows in before.items():
        for row_id, row in rows.items():
            changed = {k for k, v in row.items() if after[table][row_id][k] != v}
            if table == "vault_meta":
                assert changed <= PASSPHRASE_WRAP | {"backup_identity"}  # (its new envelope)
                assert {"kdf_salt", "dek_by_passphrase"} <= changed
            elif table == "record_index" and row["client_id"] is None:
                assert changed <= {"entries", "row_seal"}  # lists vault_meta's new seal
            elif table == "write_counter":
                assert changed <= {"count", "row_seal"}  # a save: counted
            else:
                assert not changed, f"{table} {row_id}: {changed}"


def test_the_recovery_key_sets_a_new_passphrase(filled):
    path, recovery_text, _ = filled
    before = snapshot(path)
    with Vault.open(path) as vault:
        vault.unlock_with_recovery_key(recovery_text.lower().replace("-", " "), "after recovery")
        assert vault.is_unlocked
        assert vault.check().ok
    _assert_only_the_passphrase_wrap_changed(before, snapshot(path))

    with Vault.open(path) as vault:
        with pytest.raises(WrongPassphrase):
            vault.unlock(PASSPHRASE)
        vault.unlock("after recovery")
        vault.lock()
        # The recovery key keeps working (it wraps the same data key).
        vault.unlock_with_recovery_key(recovery_text, "second recovery")
    with Vault.open(path) as vault:
        vault.unlock("second recovery")


def test_recovery_refuses_an_empty_new_passphrase_and_changes_nothing(filled):
    path, recovery_text, _ = filled
    before = path.read_bytes()
    with Vault.open(path) as vault:
        with pytest.raises(BadInput):
            vault.unlock_with_recovery_key(recovery_text, "")
        assert not vault.is_unlocked
    assert path.read_bytes() == before


def test_a_recovery_key_from_another_vault_is_wrong_key(filled, tmp_path):
    path, _, _ = filled
    other, other_recovery = Vault.create(tmp_path / "other.vault", "x", kdf_params=CHEAP_KDF)
    other.close()
    before = path.read_bytes()
    with Vault.open(path) as vault:
        with pytest.raises(WrongKey) as exc:
            vault.unlock_with_recovery_key(other_recovery, "new passphrase")
        assert exc.value.exit_code == 2
        assert_one_sentence(str(exc.value))
        assert not vault.is_unlocked
    assert path.read_bytes() == before


def test_locking_wipes_every_key_and_stops_every_service(vault):
    client = vault.services.clients.create(ClientDraft("Noor"))
    vault.services.clients.create(ClientDraft("Sam"))
    keyring = vault._database().keyring
    buffers = list(keyring._keys.values())  # the DEK and both client keys, by reference
    assert len(buffers) == 3 and all(any(b) for b in buffers)
    clients = vault.services.clients  # a service handed out before the lock
    sessions = vault.services.sessions

    vault.lock()

    assert all(b == bytearray(len(b)) for b in buffers)
    assert not keyring._keys and not keyring._aeads
    assert not vault.is_unlocked
    for use in (
        lambda: vault.services,
        clients.list,
        lambda: clients.get(client.id),
        lambda: sessions.list(client.id),
        vault.check,
        lambda: vault.change_passphrase(PASSPHRASE, "other"),
    ):
        with pytest.raises(VaultLocked):
            use()

    vault.unlock(PASSPHRASE)
    assert vault.services.clients.get(client.id).display_name == "Noor"


def test_closing_wipes_the_keys_and_releases_the_vault(vault, vault_path):
    buffers = list(vault._database().keyring._keys.values())
    vault.close()
    assert all(b == bytearray(len(b)) for b in buffers)
    with pytest.raises(VaultLocked):
        vault.unlock(PASSPHRASE)
    with Vault.open(vault_path) as again:  # the file lock was released
        again.unlock(PASSPHRASE)


def test_a_second_open_in_this_process_is_busy(vault, vault_path):
    with pytest.raises(VaultBusy) as exc:
        Vault.open(vault_path)
    assert exc.value.exit_code == 4
    assert_one_sentence(str(exc.value))


@pytest.mark.skipif(sys.platform == "win32", reason="the lock file is removed on POSIX only")
def test_a_lock_released_between_open_and_lock_is_not_shared(tmp_path, monkeypatch):
    """Release removes the lock file. A newcomer that opened the old file just before that,
    and locks it just after, must not think it holds the vault while a third process takes the
    new file: it has to lock the file that is at the path now."""
    vault_path = tmp_path / "practice.vault"
    first = VaultLock.acquire(vault_path)
    real_open = os.open

    def open_then_first_releases(path, *args):
        fd = real_open(path, *args)
        if first._fd is not None:
            first.release()  # the holder quits between the newcomer's open and its lock
        return fd

    monkeypatch.setattr(vault_lock.os, "open", open_then_first_releases)
    second = VaultLock.acquire(vault_path)
    monkeypatch.undo()
    try:
        assert os.path.samestat(os.fstat(second._fd), os.stat(lock_path(vault_path)))
        with pytest.raises(VaultBusy):
            VaultLock.acquire(vault_path)
    finally:
        second.release()
