"""The vault's stored Argon2id settings (issue 8, item 3): below the floor or above the cost bound
is damage (exit 3) before any derivation; the settings and salt are bound into the passphrase
wrap of the data key, and a wrap made before that binding is upgraded at once; changing the
passphrase and recovering calibrate afresh instead of keeping what the file says."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest

from app.crypto import kdf
from app.crypto.errors import DecryptionFailed
from app.crypto.keyring import unwrap_key, wrap_ad, wrap_key
from app.errors import BadInput, IntegrityFailure, WrongPassphrase
from app.services.passphrase import passphrase_ad
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.sentinel_helpers import assert_one_sentence, raw

CALIBRATED = kdf.KdfParams(kdf.FLOOR_MEMORY_KIB, kdf.FLOOR_ITERATIONS + 1, kdf.FLOOR_LANES)


@pytest.fixture
def product(monkeypatch):
    """This test runs like the product: settings below the floor are refused."""
    monkeypatch.setattr(kdf, "ALLOW_WEAK_FOR_TESTS", False)


@pytest.fixture
def calibrated(monkeypatch) -> kdf.KdfParams:
    """Calibration answers CALIBRATED (cheap, at the floor, and unlike any stored settings)."""
    monkeypatch.setattr(kdf, "calibrate", lambda target_seconds=0.75: CALIBRATED)
    return CALIBRATED


def _make(path: Path, params: kdf.KdfParams) -> str:
    vault, recovery = Vault.create(path, PASSPHRASE, kdf_params=params)
    vault.close()
    return recovery


def _stored(path: Path) -> tuple[UUID, bytes, kdf.KdfParams, bytes]:
    with raw(path) as conn:
        vid, salt, m, t, p, wrapped = conn.execute(
            "SELECT id, kdf_salt, kdf_memory_kib, kdf_iterations, kdf_lanes, dek_by_passphrase "
            "FROM vault_meta").fetchone()
    return UUID(str(vid)), salt, kdf.KdfParams(m, t, p), wrapped


def _set(path: Path, assignment: str) -> None:
    with raw(path) as conn:
        conn.execute(f"UPDATE vault_meta SET {assignment}")


def test_the_downgrade_of_issue_8_is_damage_not_a_wrong_passphrase(vault_path, product):
    _make(vault_path, kdf.FLOOR)
    _set(vault_path, "kdf_memory_kib = 8, kdf_iterations = 1, kdf_lanes = 1")
    before = vault_path.read_bytes()
    with Vault.open(vault_path) as vault, pytest.raises(IntegrityFailure) as exc:
        vault.unlock(PASSPHRASE)
    assert exc.value.exit_code == 3
    assert "key settings were changed" in str(exc.value)
    assert "recovery key" in str(exc.value)
    assert_one_sentence(str(exc.value))
    assert exc.value.records == (("vault settings", str(_stored(vault_path)[0])),)
    assert vault_path.read_bytes() == before


def test_a_vault_made_with_test_settings_does_not_open_in_the_product(vault_path, monkeypatch):
    _make(vault_path, CHEAP_KDF)  # allowed here: tests/conftest.py opted in
    monkeypatch.setattr(kdf, "ALLOW_WEAK_FOR_TESTS", False)
    with Vault.open(vault_path) as vault, pytest.raises(IntegrityFailure):
        vault.unlock(PASSPHRASE)


def test_the_product_never_writes_settings_below_the_floor(vault_path, product):
    with pytest.raises(BadInput) as exc:
        Vault.create(vault_path, PASSPHRASE, kdf_params=CHEAP_KDF)
    assert "below the minimum" in str(exc.value)
    assert list(vault_path.parent.iterdir()) == []


def test_the_settings_and_salt_are_bound_into_the_passphrase_wrap(vault_path):
    _make(vault_path, CHEAP_KDF)
    vid, salt, params, wrapped = _stored(vault_path)
    kek = kdf.derive_key(PASSPHRASE, salt, params)
    unwrap_key(kek, vid, wrapped, passphrase_ad(vid, salt, params))
    with pytest.raises(DecryptionFailed):  # the associated data without the settings
        unwrap_key(kek, vid, wrapped, wrap_ad("passphrase", vid))
    for other in (passphrase_ad(vid, bytes(16), params),
                  passphrase_ad(vid, salt, kdf.KdfParams(params.memory_kib, 2, params.lanes)),
                  passphrase_ad(vid, salt, kdf.KdfParams(2048, params.iterations, params.lanes)),
                  passphrase_ad(vid, salt, kdf.KdfParams(params.memory_kib, 1, 2))):
        with pytest.raises(DecryptionFailed):
            unwrap_key(kek, vid, wrapped, other)


def test_a_wrap_made_before_the_binding_opens_and_is_rewrapped_at_once(vault_path):
    """Vaults made before issue 8 wrapped the data key with the bare associated data."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf_params=CHEAP_KDF)
    dek = bytearray(vault._database().keyring.dek)
    vault.close()
    vid, salt, params, _ = _stored(vault_path)
    kek = kdf.derive_key(PASSPHRASE, salt, params)
    old_wrap = wrap_key(kek, vid, dek, wrap_ad("passphrase", vid))
    with raw(vault_path) as conn:
        conn.execute("UPDATE vault_meta SET dek_by_passphrase = ?", (old_wrap,))
        (changed_at,) = conn.execute("SELECT passphrase_changed_at FROM vault_meta").fetchone()

    with Vault.open(vault_path) as old:
        old.unlock(PASSPHRASE)
        assert old.is_unlocked
    _, salt_after, params_after, upgraded = _stored(vault_path)
    assert (salt_after, params_after) == (salt, params)  # the same settings, bound now
    assert upgraded != old_wrap
    assert unwrap_key(kek, vid, upgraded, passphrase_ad(vid, salt, params)) == dek
    with raw(vault_path) as conn:  # not a passphrase change
        assert conn.execute("SELECT passphrase_changed_at FROM vault_meta").fetchone() == (
            changed_at,)
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        with pytest.raises(WrongPassphrase):
            again.unlock(PASSPHRASE + "!")


def test_recovery_after_a_downgrade_sets_calibrated_settings(vault_path, product, calibrated):
    recovery = _make(vault_path, kdf.FLOOR)
    _set(vault_path, "kdf_memory_kib = 8, kdf_iterations = 1, kdf_lanes = 1")
    with Vault.open(vault_path) as vault:
        with pytest.raises(IntegrityFailure):
            vault.unlock(PASSPHRASE)
        vault.unlock_with_recovery_key(recovery, "a new passphrase")
        assert vault.kdf_params == calibrated
    assert _stored(vault_path)[2] == calibrated  # never the 8 KiB the file asked for
    with Vault.open(vault_path) as vault:
        vault.unlock("a new passphrase")


def test_settings_changed_inside_the_bounds_stop_the_passphrase_and_recovery_repairs(
        vault_path, product, calibrated):
    """Another in-bounds value changes the derived key, so the wrap cannot open: that cannot be
    told apart from a wrong passphrase (exit 2); the recovery key sets calibrated settings."""
    recovery = _make(vault_path, kdf.FLOOR)
    _set(vault_path, "kdf_iterations = 4")
    with Vault.open(vault_path) as vault:
        with pytest.raises(WrongPassphrase):
            vault.unlock(PASSPHRASE)
        vault.unlock_with_recovery_key(recovery, PASSPHRASE)
    assert _stored(vault_path)[2] == calibrated


def test_changing_the_passphrase_calibrates_afresh(vault_path, product, calibrated):
    odd = kdf.KdfParams(kdf.FLOOR_MEMORY_KIB, kdf.FLOOR_ITERATIONS, kdf.FLOOR_LANES + 1)
    _make(vault_path, odd)
    with Vault.open(vault_path) as vault:
        vault.unlock(PASSPHRASE)
        vault.change_passphrase(PASSPHRASE, "another passphrase")
    assert _stored(vault_path)[2] == calibrated
    with Vault.open(vault_path) as vault:
        vault.unlock("another passphrase")
