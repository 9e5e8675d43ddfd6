"""The vault's Argon2id settings attacked in the file (issue 8, item 3), through the command:
below the floor or above the cost bound is damage (exit 3), `recover` and `passwd` calibrate
afresh instead of keeping what the file says."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from app.crypto import kdf
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.e2e.conftest import make_vault, one_sentence_error, write_text


def _settings(path: Path) -> kdf.KdfParams:
    with closing(sqlite3.connect(path)) as conn:
        return kdf.KdfParams(*conn.execute(
            "SELECT kdf_memory_kib, kdf_iterations, kdf_lanes FROM vault_meta").fetchone())


def _set(path: Path, assignment: str) -> None:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(f"UPDATE vault_meta SET {assignment}")


def test_the_downgrade_is_damage_and_recover_sets_calibrated_settings(cli, tmp_path,
                                                                      passphrase_file):
    vault = tmp_path / "practice.vault"
    recovery_key = make_vault(vault)
    _set(vault, "kdf_memory_kib = 8, kdf_iterations = 1, kdf_lanes = 1")
    before = vault.read_bytes()
    for command in ("check", "clients"):
        outcome = cli(command, "--vault", vault, "--passphrase-file", passphrase_file)
        assert outcome.code == 3, outcome.err  # not 2, "wrong passphrase"
        assert "key settings were changed" in one_sentence_error(outcome)
    assert vault.read_bytes() == before

    new = write_text(tmp_path / "new.txt", "a brand new passphrase")
    recovered = cli("recover", "--vault", vault, "--recovery-key-file",
                    write_text(tmp_path / "key.txt", recovery_key), "--new-passphrase-file", new)
    assert recovered.code == 0, recovered.err
    settings = _settings(vault)
    assert settings.meets_floor(), settings  # never the 8 KiB the file asked for
    kdf.require_acceptable(settings)
    assert cli("check", "--vault", vault, "--passphrase-file", new).code == 0


def test_a_cost_above_the_bound_is_refused_before_any_work(cli, vault_file, passphrase_file):
    """Issue 8: m = 1 GiB, t = 16 took about 47 s per attempt."""
    _set(vault_file, "kdf_memory_kib = 1048576, kdf_iterations = 16, kdf_lanes = 1")
    outcome = cli("clients", "--vault", vault_file, "--passphrase-file", passphrase_file,
                  timeout=30)
    assert outcome.code == 3
    assert "key settings were changed" in one_sentence_error(outcome)


def test_the_command_refuses_the_cheap_settings_only_tests_may_use(cli, tmp_path,
                                                                    passphrase_file):
    vault = tmp_path / "cheap.vault"
    Vault.create(vault, PASSPHRASE, kdf_params=CHEAP_KDF)[0].close()  # this process opted in
    outcome = cli("clients", "--vault", vault, "--passphrase-file", passphrase_file)
    assert outcome.code == 3
    assert "key settings were changed" in one_sentence_error(outcome)


def test_passwd_calibrates_instead_of_keeping_the_stored_settings(cli, tmp_path,
                                                                  passphrase_file):
    """Calibration always uses the floor's 4 lanes, so 5 lanes cannot survive a passwd."""
    vault = tmp_path / "practice.vault"
    made_with = kdf.KdfParams(kdf.FLOOR_MEMORY_KIB, kdf.FLOOR_ITERATIONS, kdf.FLOOR_LANES + 1)
    Vault.create(vault, PASSPHRASE, kdf_params=made_with)[0].close()
    changed = cli("passwd", "--vault", vault, "--passphrase-file", "-",
                  "--new-passphrase-file", "-", stdin=f"{PASSPHRASE}\nnew words entirely\n")
    assert changed.code == 0, changed.err
    settings = _settings(vault)
    assert settings != made_with and settings.lanes == kdf.FLOOR_LANES
    assert settings.meets_floor()
    new = write_text(tmp_path / "new.txt", "new words entirely")
    assert cli("clients", "--vault", vault, "--passphrase-file", new).code == 0
