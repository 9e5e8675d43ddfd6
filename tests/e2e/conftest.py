"""End-to-end helpers: run the installed `reciprocal` command in a subprocess, and make small
vaults quickly with the Python API for the command to work on (with the floor's Argon2
parameters, `CLI_KDF`: the command refuses the cheaper ones the in-process tests use)."""

from __future__ import annotations

import ctypes
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from app.services.clients import ClientDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import CLI_KDF, PASSPHRASE
from tests.unit.sentinel_helpers import assert_one_sentence

RECIPROCAL = Path(sys.executable).with_name("reciprocal")
REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class Outcome:
    code: int
    out: str
    err: str


Cli = Callable[..., Outcome]


def run_cli(*args: str | Path, stdin: str | None = None, ordinary_user: bool = False,
            timeout: float = 120) -> Outcome:
    """Run `reciprocal ARGS…`. Standard input is empty (not a terminal) unless given.

    `ordinary_user`: file permissions apply even when the tests run as root."""
    env = {k: v for k, v in os.environ.items() if k != "RECIPROCAL_DEBUG"}
    done = subprocess.run(
        [str(RECIPROCAL), *map(str, args)], input=stdin if stdin is not None else "",
        capture_output=True, text=True, timeout=timeout, env=env,
        preexec_fn=_obey_file_permissions if ordinary_user and os.geteuid() == 0 else None,
    )
    return Outcome(done.returncode, done.stdout, done.stderr)


_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def _obey_file_permissions() -> None:
    """In the child before exec: root without the capabilities that override file permissions
    (dropped from the bounding set, so exec does not restore them) gets "read-only" like a
    therapist's account does."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "could not drop a capability")


@pytest.fixture
def cli() -> Cli:
    assert RECIPROCAL.exists(), f"the reciprocal command is not installed next to {sys.executable}"
    return run_cli


def one_sentence_error(outcome: Outcome) -> str:
    """What the command printed to stderr: exactly one plain sentence, never a traceback."""
    assert "Traceback" not in outcome.err and "Traceback" not in outcome.out, outcome.err
    message = outcome.err.strip()
    assert_one_sentence(message)
    return message


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def write_text(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


def make_vault(path: Path, clients: int = 2) -> str:
    """A closed vault holding a few clients with a session each; returns its recovery key."""
    vault, recovery_key = Vault.create(path, PASSPHRASE, kdf_params=CLI_KDF)
    with vault:
        for n in range(clients):
            client = vault.services.clients.create(
                ClientDraft(f"Client {n} Ångström", pronouns="they/them"))
            vault.services.sessions.create(client.id, SessionDraft(
                datetime(2026, 3, 2 + n, 10), fields={"subjective": f"felt better {n}"},
                shared_summary="we talked", private_note="a private thought"))
    return recovery_key


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    """A closed vault with two clients, made with the floor's Argon2 parameters."""
    path = tmp_path / "practice.vault"
    make_vault(path)
    return path


def blobs(path: Path) -> dict[tuple[str, str, str], bytes]:
    """Every BLOB value in the vault, by (table, column, row id), read from a copy of the file."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.vault"
        shutil.copyfile(path, copy)
        with closing(sqlite3.connect(copy)) as conn:
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
            found = {}
            for table in tables:
                columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                           if r[2].upper() == "BLOB"]
                for column in columns:
                    for row_id, value in conn.execute(f"SELECT id, {column} FROM {table}"):
                        if value is not None:
                            found[(table, column, str(row_id))] = value
    return found


def child(role: str, *args: str | Path) -> subprocess.Popen[str]:
    """Start a helper process from tests/e2e/child.py."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.child", role, *map(str, args)],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
