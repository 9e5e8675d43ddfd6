"""Passphrases and the recovery key through the command line: init, passwd, recover, and the
prompts at a terminal."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

from app.crypto.recovery import ALPHABET
from tests.conftest import PASSPHRASE
from tests.e2e.conftest import RECIPROCAL, blobs, make_vault, one_sentence_error, write_text

RECOVERY_KEY = re.compile(r"\b(?:[0-9A-Z]{4}-){13}[0-9A-Z]{4}\b")


def test_init_prints_the_recovery_key_once_and_it_sets_a_new_passphrase(cli, tmp_path,
                                                                         passphrase_file):
    """The one test that pays for calibrating Argon2id through `init`."""
    vault = tmp_path / "practice.vault"
    made = cli("init", "--vault", vault, "--passphrase-file", passphrase_file)
    assert made.code == 0, made.err
    keys = RECOVERY_KEY.findall(made.out)
    assert len(keys) == 1
    assert "Argon2id" in made.out and "unlocking takes" in made.out
    assert PASSPHRASE not in made.out + made.err

    key_file = write_text(tmp_path / "recovery.txt", keys[0].lower())  # case does not matter
    new_file = write_text(tmp_path / "new.txt", "a brand new passphrase")
    recovered = cli("recover", "--vault", vault, "--recovery-key-file", key_file,
                    "--new-passphrase-file", new_file)
    assert recovered.code == 0, recovered.err
    assert cli("clients", "--vault", vault, "--passphrase-file", new_file).code == 0
    old = cli("clients", "--vault", vault, "--passphrase-file", passphrase_file)
    assert old.code == 2
    one_sentence_error(old)


def test_init_refuses_an_existing_file_before_asking_anything(cli, vault_file, passphrase_file):
    before = vault_file.read_bytes()
    outcome = cli("init", "--vault", vault_file, "--passphrase-file", passphrase_file)
    assert outcome.code == 1
    assert "already exists" in one_sentence_error(outcome)
    assert vault_file.read_bytes() == before


def test_a_wrong_passphrase_exits_2_and_leaves_the_vault_byte_identical(cli, tmp_path,
                                                                        vault_file):
    before = vault_file.read_bytes()
    wrong = write_text(tmp_path / "wrong.txt", PASSPHRASE + "!")
    outcome = cli("check", "--vault", vault_file, "--passphrase-file", wrong)
    assert outcome.code == 2
    assert "passphrase" in one_sentence_error(outcome)
    assert vault_file.read_bytes() == before
    assert sorted(p.name for p in vault_file.parent.iterdir()) == ["practice.vault", "wrong.txt"]


def test_passwd_changes_only_the_key_wrap(cli, vault_file, passphrase_file, tmp_path):
    before = blobs(vault_file)
    changed = cli("passwd", "--vault", vault_file, "--passphrase-file", "-",
                  "--new-passphrase-file", "-", stdin=f"{PASSPHRASE}\nnew words entirely\n")
    assert changed.code == 0, changed.err
    assert cli("clients", "--vault", vault_file, "--passphrase-file", passphrase_file).code == 2
    new = write_text(tmp_path / "new.txt", "new words entirely")
    assert cli("clients", "--vault", vault_file, "--passphrase-file", new).code == 0

    after = blobs(vault_file)
    rewrapped = {key for key in before if key[0] == "vault_meta"
                 and key[1] in ("kdf_salt", "dek_by_passphrase", "row_seal", "backup_identity")}
    # the wrap, its salt, and that row's envelope over them (its one field, the backup
    # identity, in the envelope's new ciphertext)
    assert len(rewrapped) == 4
    # ...and the practice's record list, which holds that row's seal, may follow, and the
    # write counter counts the save
    follows = {key for key in before if key[0] in ("record_index", "write_counter")}
    assert before.keys() == after.keys()
    for key in rewrapped:
        assert before[key] != after[key], key
    unchanged = {k: v for k, v in before.items() if k not in rewrapped | follows}
    assert unchanged == {k: v for k, v in after.items() if k not in rewrapped | follows}
    assert any(table == "therapy_session" for table, _, _ in unchanged)


def test_passwd_with_a_wrong_current_passphrase_changes_nothing(cli, vault_file, tmp_path):
    before = vault_file.read_bytes()
    outcome = cli("passwd", "--vault", vault_file, "--passphrase-file", "-",
                  "--new-passphrase-file", "-", stdin="not it\nnew words\n")
    assert outcome.code == 2
    one_sentence_error(outcome)
    assert vault_file.read_bytes() == before


def _one_wrong_character(key: str) -> str:
    position = 10  # inside the third group
    wrong = next(c for c in ALPHABET if c != key[position])
    return key[:position] + wrong + key[position + 1:]


def test_recover_rejects_a_key_with_one_wrong_character(cli, tmp_path, passphrase_file):
    vault = tmp_path / "practice.vault"
    key = make_vault(vault)
    before = vault.read_bytes()
    outcome = cli("recover", "--vault", vault, "--recovery-key-file", "-",
                  "--new-passphrase-file", "-", stdin=f"{_one_wrong_character(key)}\nnew one\n")
    assert outcome.code == 2
    assert "recovery key" in one_sentence_error(outcome)
    assert vault.read_bytes() == before
    assert cli("clients", "--vault", vault, "--passphrase-file", passphrase_file).code == 0


def test_without_a_terminal_or_a_file_the_command_says_so_and_does_not_wait(cli, vault_file):
    outcome = cli("clients", "--vault", vault_file, timeout=30)
    assert outcome.code == 1
    assert "--passphrase-file" in one_sentence_error(outcome)


def test_an_empty_passphrase_file_is_refused(cli, vault_file, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    outcome = cli("clients", "--vault", vault_file, "--passphrase-file", empty)
    assert outcome.code == 1
    one_sentence_error(outcome)


# -- at a terminal ----------------------------------------------------------------------------
def _in_terminal(args: list[str], answers: list[str], timeout: float = 60) -> tuple[int, str]:
    """Run the command on a pseudo-terminal, typing each answer after each prompt."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(str(RECIPROCAL), [str(RECIPROCAL), *args])
    screen, pending, deadline = b"", list(answers), time.monotonic() + timeout
    prompts = 0
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            screen += chunk
            if screen.count(b": ") > prompts and pending:
                prompts = screen.count(b": ")
                os.write(fd, pending.pop(0).encode() + b"\n")
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), screen.decode(errors="replace")


def test_a_passphrase_typed_at_the_terminal_is_not_echoed(vault_file):
    code, screen = _in_terminal(["clients", "--vault", str(vault_file)], [PASSPHRASE])
    assert code == 0, screen
    assert "Passphrase: " in screen
    assert "Client 0 Ångström" in screen
    assert PASSPHRASE not in screen


def test_a_new_passphrase_is_asked_twice_and_must_match(tmp_path):
    vault = tmp_path / "new.vault"
    code, screen = _in_terminal(["init", "--vault", str(vault)], ["one thing", "another thing"])
    assert code == 1, screen
    assert "not the same" in screen
    assert not vault.exists()


def test_the_command_line_process_cannot_dump_core(tmp_path, vault_file):
    """While it waits at the prompt, the running command has a core-file limit of zero."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(str(RECIPROCAL), [str(RECIPROCAL), "clients", "--vault", str(vault_file)])
    try:
        screen = b""
        while b"Passphrase: " not in screen:
            ready, _, _ = select.select([fd], [], [], 30)
            assert ready, "no prompt appeared"
            screen += os.read(fd, 4096)
        limits = Path(f"/proc/{pid}/limits").read_text()
        core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
        assert core.split()[4:6] == ["0", "0"], core
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)


def test_hardening_makes_the_process_not_dumpable():
    probe = ("import ctypes; from app.hardening import harden_process; harden_process(); "
             "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))")  # 3 = PR_GET_DUMPABLE
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "0"
