"""`reciprocal rotate-keys` as a therapist (or a script) uses it: afterwards the old backup key
no longer opens a new backup (exit 2) while old backups still open with it, the old recovery
key no longer opens the vault, every record checks out, and a kill -9 in the middle leaves the
old vault exactly as it was."""

from __future__ import annotations

import os
import re
import signal
import subprocess
from pathlib import Path

from app.demo import build_demo
from tests.conftest import CLI_KDF, PASSPHRASE
from tests.e2e.conftest import RECIPROCAL, make_vault, one_sentence_error, run_cli, write_text
from tests.unit.sentinel_helpers import assert_one_sentence, raw

RECOVERY_KEY = re.compile(r"^ {4}(\S.*\S)$", re.MULTILINE)
KEY_FILE = re.compile(r"backup-key-[0-9a-f]{8}-[0-9a-f]{6}\.age\Z")


def key_files(folder: Path) -> set[Path]:
    return {p for p in folder.iterdir() if KEY_FILE.match(p.name)}


def recipient_of(vault: Path) -> str:
    with raw(vault) as conn:
        (recipient,) = conn.execute("SELECT backup_recipient FROM vault_meta").fetchone()
    return recipient


def test_rotate_keys_renews_the_backup_key_and_the_recovery_key(tmp_path):
    vault = tmp_path / "practice.vault"
    old_recovery = make_vault(vault, clients=3)
    passphrase = write_text(tmp_path / "passphrase.txt", PASSPHRASE)
    usb = tmp_path / "usb"
    usb.mkdir()
    before = run_cli("backup", "--vault", vault, "--passphrase-file", passphrase,
                     "--out", usb / "before.age")
    assert before.code == 0, before.err
    [old_key] = key_files(usb)

    rotated = run_cli("rotate-keys", "--vault", vault, "--passphrase-file", passphrase)
    assert rotated.code == 0, rotated.err
    assert "Renewing the keys:" in rotated.err and "Traceback" not in rotated.err
    assert "now encrypted under new keys" in rotated.out
    [new_recovery] = RECOVERY_KEY.findall(rotated.out)
    assert new_recovery != old_recovery
    assert run_cli("check", "--vault", vault, "--passphrase-file", passphrase).code == 0

    after = run_cli("backup", "--vault", vault, "--passphrase-file", passphrase,
                    "--out", usb / "after.age")
    assert after.code == 0, after.err
    [new_key] = key_files(usb) - {old_key}
    assert old_key.is_file()  # kept: it is what opens the backups made before

    def verify(backup: str, key: Path):
        return run_cli("verify-backup", usb / backup, "--identity", key,
                       "--passphrase-file", passphrase)

    assert verify("before.age", old_key).code == 0
    assert verify("after.age", new_key).code == 0
    refused = verify("after.age", old_key)
    assert refused.code == 2 and "does not open" in one_sentence_error(refused)

    new_passphrase = write_text(tmp_path / "new.txt", "a brand new passphrase")
    old_way = run_cli("recover", "--vault", vault, "--recovery-key-file", "-",
                      "--new-passphrase-file", new_passphrase, stdin=old_recovery + "\n")
    assert old_way.code == 2 and "does not belong" in one_sentence_error(old_way)
    new_way = run_cli("recover", "--vault", vault, "--recovery-key-file", "-",
                      "--new-passphrase-file", new_passphrase, stdin=new_recovery + "\n")
    assert new_way.code == 0, new_way.err


def test_a_damaged_record_stops_rotate_keys_with_exit_3(vault_file, passphrase_file):
    with raw(vault_file) as conn:
        conn.execute("UPDATE therapy_session SET starts_at = '2020-01-01 09:00:00.000000'")
    recipient = recipient_of(vault_file)
    outcome = run_cli("rotate-keys", "--vault", vault_file, "--passphrase-file", passphrase_file)
    assert outcome.code == 3 and "Traceback" not in outcome.err
    *progress, error = outcome.err.strip().splitlines()  # progress notes, then one sentence
    assert all(not line.startswith("A record") for line in progress)
    assert_one_sentence(error)
    assert "no key was renewed" in error
    assert recipient_of(vault_file) == recipient


def test_kill_9_in_the_middle_of_rotate_keys_leaves_the_old_vault_intact(tmp_path):
    vault = tmp_path / "practice.vault"
    build_demo(vault, PASSPHRASE, clients=40, sessions=25, seed=3, kdf_params=CLI_KDF)
    passphrase = write_text(tmp_path / "passphrase.txt", PASSPHRASE)
    recipient = recipient_of(vault)
    rotating = subprocess.Popen(
        [str(RECIPROCAL), "rotate-keys", "--vault", str(vault), "--passphrase-file",
         str(passphrase)], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    assert rotating.stderr is not None
    for line in rotating.stderr:  # the first batch is written, inside the transaction
        if line.startswith("Renewing the keys:"):
            os.kill(rotating.pid, signal.SIGKILL)
            break
    assert rotating.wait(timeout=60) == -signal.SIGKILL
    assert rotating.stdout is not None and "new keys" not in rotating.stdout.read()

    checked = run_cli("check", "--vault", vault, "--passphrase-file", passphrase)
    assert checked.code == 0, checked.err + checked.out
    assert recipient_of(vault) == recipient  # still the old keys, every record intact
    again = run_cli("rotate-keys", "--vault", vault, "--passphrase-file", passphrase)
    assert again.code == 0, again.err
    assert recipient_of(vault) != recipient
    assert run_cli("check", "--vault", vault, "--passphrase-file", passphrase).code == 0
