"""Renewing every key (`Vault.renew_keys`, `reciprocal rotate-keys`): every record reads the same
afterwards under new keys, nothing from the old keys is left in the file, the old passphrase
wrap, recovery key and backup identity stop working, and a damaged or missing record stops the
renewal before anything changes."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pyrage import x25519
from sqlalchemy import select

from app.backup.keys import BackupKey
from app.errors import IntegrityFailure, WrongKey, WrongPassphrase
from app.models import (
    ALL_MODELS,
    ClientKey,
    RecordIndex,
    TherapySession,
    VaultMeta,
    WriteCounter,
)
from app.models.row_seal import row_values
from app.services import record_lists
from app.services.backup_check import verify_backup
from app.services.clients import ClientDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.sentinel_helpers import Practice, populate, raw, snapshot

# Key material and what is made from it: expected to differ after a renewal.
KEYS = {VaultMeta: {"kdf_salt", "dek_by_passphrase", "dek_by_recovery", "backup_identity",
                    "backup_recipient", "row_seal"},
        ClientKey: {"wrapped", "row_seal"}}


def contents(vault: Vault) -> dict[tuple[str, str], dict[str, Any]]:
    """Every record as the app reads it: plain columns and decrypted fields (not the keys)."""
    out = {}
    with vault._database().begin() as s:
        for model in ALL_MODELS:
            if model in (RecordIndex, WriteCounter):  # made by the vault, and counting
                continue
            for row in s.scalars(select(model)):
                values = row_values(row)
                for name in model.__encrypted__:
                    values[name] = getattr(row, name)
                for name in KEYS.get(model, ()):
                    values.pop(name, None)
                out[(model.__tablename__, str(row.id))] = values
    return out


def own_key(identity: str) -> BackupKey:
    """The practice's own backup identity, as the recovery sheet gives it."""
    return BackupKey((x25519.Identity.from_str(identity),), protected=False, own=True)


def file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


@pytest.fixture
def filled(vault: Vault) -> Practice:
    return populate(vault, clients=3)


def test_every_record_reads_the_same_under_new_keys_and_no_old_ciphertext_is_left(
        vault, vault_path, filled):
    before = contents(vault)
    old = snapshot(vault_path)
    old_blobs = [v for table in old.values() for row in table.values() for v in row.values()
                 if isinstance(v, bytes) and len(v) >= 32]
    seen: list[tuple[int, int]] = []
    renewed = vault.renew_keys(PASSPHRASE, kdf_params=CHEAP_KDF,
                               progress=lambda done, total: seen.append((done, total)))
    assert contents(vault) == before
    assert vault.check().ok
    assert renewed.records == seen[-1][0] == seen[-1][1] > len(before) - 10
    vault.close()
    with Vault.open(vault_path) as again:  # what a restart sees
        again.unlock(PASSPHRASE)
        assert contents(again) == before and again.check().ok
    stored = file_bytes(vault_path)
    assert len(old_blobs) > 100
    left = [blob for blob in old_blobs if blob in stored]
    assert not left, f"{len(left)} encrypted values from before the renewal are still in the file"


def test_the_renewed_lists_are_those_a_rebuild_from_the_file_makes(vault, vault_path, filled):
    """The record lists are made from the seals the renewal has just written (the renewed
    tables are not read back): they are what reading the file gives, so a row deleted
    behind the vault's back afterwards is still caught."""

    def lists() -> dict[Any, Any]:
        with vault._database().begin() as s:
            return {i.client_id: i.entries for i in s.scalars(select(RecordIndex))}

    vault.renew_keys(PASSPHRASE, kdf_params=CHEAP_KDF)
    made = lists()
    record_lists.rebuild(vault._database())
    assert lists() == made
    assert len(made) == len(filled.clients) + 1
    session_id = filled.rows[TherapySession][0]
    assert session_id.hex in made[filled.owner[session_id]]["therapy_session"]
    vault.close()
    with raw(vault_path) as conn:
        conn.execute("DELETE FROM therapy_session WHERE id = ?", (session_id.hex,))
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        assert ("session note", str(session_id)) in {(d.kind, d.id) for d in again.check().damaged}


def test_the_old_passphrase_wrap_recovery_key_and_backup_identity_stop_working(
        new_vault, vault_path, tmp_path):
    vault, old_recovery = new_vault
    client = vault.services.clients.create(ClientDraft("Ada Ångström"))
    vault.services.sessions.create(client.id, SessionDraft(
        datetime(2027, 3, 2, 10), fields={"subjective": "slept better"}, shared_summary="walk"))
    old_copy = tmp_path / "copied-before.vault"
    shutil.copyfile(vault_path, old_copy)
    old_backup = vault.services.backups.write(tmp_path / "before.age")
    old_identity = vault.backup_identity()
    renewed = vault.renew_keys(PASSPHRASE, "a new passphrase", kdf_params=CHEAP_KDF)
    assert vault.backup_identity() != old_identity
    new_backup = vault.services.backups.write(tmp_path / "after.age")
    assert verify_backup(old_backup.path, own_key(old_identity)).authenticated  # still opens
    with pytest.raises(WrongKey):
        verify_backup(new_backup.path, own_key(old_identity))
    assert verify_backup(new_backup.path, own_key(vault.backup_identity())).authenticated
    vault.close()
    with Vault.open(vault_path) as again:
        with pytest.raises(WrongPassphrase):
            again.unlock(PASSPHRASE)
        with pytest.raises(WrongKey):
            again.unlock_with_recovery_key(old_recovery, "x", kdf_params=CHEAP_KDF)
        again.unlock_with_recovery_key(renewed.recovery_key, "another", kdf_params=CHEAP_KDF)
        assert again.check().ok
    with Vault.open(old_copy) as copy:  # the copy taken before still opens, with what it had
        copy.unlock(PASSPHRASE)
        assert copy.check().ok


def test_the_old_data_key_opens_nothing_in_the_renewed_file(vault, vault_path, tmp_path):
    """An old copy gives the old data key to whoever knows the old passphrase; grafting its key
    record onto the renewed file unlocks, but every record there is sealed under new keys."""
    populate(vault, clients=2)
    old_copy = tmp_path / "old.vault"
    shutil.copyfile(vault_path, old_copy)
    vault.renew_keys(PASSPHRASE, kdf_params=CHEAP_KDF)
    vault.close()
    columns = ("kdf_salt", "kdf_memory_kib", "kdf_iterations", "kdf_lanes",
               "dek_by_passphrase", "dek_by_recovery")
    with raw(old_copy) as conn:
        old_meta = conn.execute(f"SELECT {', '.join(columns)} FROM vault_meta").fetchone()
    with raw(vault_path) as conn:
        conn.execute(f"UPDATE vault_meta SET {', '.join(f'{c} = ?' for c in columns)}", old_meta)
    with Vault.open(vault_path) as grafted:
        grafted.unlock(PASSPHRASE)  # the old wrap opens the OLD data key …
        report = grafted.check()  # … which opens none of the records
        kinds = {d.kind for d in report.damaged}
        assert {"vault settings", "client key", "client"} <= kinds
        assert len(report.damaged) >= report.records_checked - 2


@pytest.mark.parametrize("damage", ["a changed status", "a deleted record"])
def test_a_damaged_or_missing_record_stops_the_renewal_and_changes_nothing(
        vault, vault_path, filled, damage):
    session_id = filled.rows[TherapySession][0]
    vault.close()
    with raw(vault_path) as conn:
        if damage == "a changed status":
            conn.execute("UPDATE therapy_session SET status = status || 'x' WHERE id = ?",
                         (session_id.hex,))
        else:
            conn.execute("DELETE FROM therapy_session WHERE id = ?", (session_id.hex,))
    before = snapshot(vault_path)
    with Vault.open(vault_path) as damaged:
        damaged.unlock(PASSPHRASE)
        identity = damaged.backup_identity()
        with pytest.raises(IntegrityFailure) as caught:
            damaged.renew_keys(PASSPHRASE, kdf_params=CHEAP_KDF)
        assert ("session note", str(session_id)) in caught.value.records
        assert "no key was renewed" in str(caught.value)
        assert damaged.backup_identity() == identity  # still unlocked, with the old keys
    assert snapshot(vault_path) == before


def test_a_wrong_current_passphrase_changes_nothing(vault, vault_path, filled):
    before = snapshot(vault_path)
    with pytest.raises(WrongPassphrase):
        vault.renew_keys("not the passphrase", kdf_params=CHEAP_KDF)
    assert snapshot(vault_path) == before
