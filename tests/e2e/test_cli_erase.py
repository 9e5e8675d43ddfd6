"""`reciprocal erase` on a real demo vault (built by `reciprocal demo`): refused with exit 1 and
one sentence inside the retention period, the vault left byte for byte as it was; with
--ignore-retention the client leaves `clients`, and their text, ciphertexts, row ids and wrapped
key are gone from the vault file and its WAL while every other record is untouched. At a
terminal the client's name must be typed first."""

from __future__ import annotations

import json
import os
import pty
import shutil
import sqlite3
import subprocess
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.e2e.conftest import RECIPROCAL, blobs, one_sentence_error
from tests.unit.sentinel_helpers import needles

# Distinctive text written into the erased client's newest session (in every part of a note).
SENTINEL = "erase-me-Ωmega-7f3c91-sentinel"


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory) -> tuple[Path, Path]:
    """A demo practice of 3 clients × 3 sessions made by the command itself, plus a session
    note holding SENTINEL for the first client (written through the services)."""
    folder = tmp_path_factory.mktemp("demo")
    passphrase_file = folder / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    vault_path = folder / "demo.vault"
    made = subprocess.run(
        [str(RECIPROCAL), "demo", "--vault", str(vault_path), "--clients", "3",
         "--sessions", "3", "--passphrase-file", str(passphrase_file)],
        capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert made.returncode == 0, made.stderr
    with Vault.open(vault_path) as vault:
        vault.unlock(PASSPHRASE)
        first = vault.services.clients.list()[0]
        vault.services.sessions.create(first.id, SessionDraft(
            datetime.now().replace(second=0, microsecond=0),
            fields={"subjective": SENTINEL, "plan": SENTINEL},
            shared_summary=f"summary {SENTINEL}", private_note=f"private {SENTINEL}"))
    return vault_path, passphrase_file


@pytest.fixture
def practice(demo_vault, tmp_path) -> tuple[Path, Path]:
    """A fresh copy of the demo vault, alone in its folder (so every file SQLite makes beside
    it is scanned)."""
    source, passphrase_file = demo_vault
    folder = tmp_path / "vault"
    folder.mkdir()
    copy = folder / source.name
    shutil.copyfile(source, copy)
    return copy, passphrase_file


def _clients(cli, vault: Path, passphrase_file: Path) -> list[dict]:
    listed = cli("clients", "--vault", vault, "--passphrase-file", passphrase_file, "--json")
    assert listed.code == 0, listed.err
    return json.loads(listed.out)


def _owners(vault: Path) -> dict[tuple[str, str], str]:
    """(table, row id) -> the client id stored with the row, for every table that has one
    (read from a copy, so that nothing appears beside the vault)."""
    copy = vault.parent.parent / "owners-copy.vault"
    shutil.copyfile(vault, copy)
    with closing(sqlite3.connect(copy)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        owners = {}
        for table in tables:
            columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            if table == "client":
                owners.update({("client", str(i)): str(i) for (i,) in
                               conn.execute("SELECT id FROM client")})
            elif {"id", "client_id"} <= columns:
                owners.update({(table, str(i)): str(c) for i, c in
                               conn.execute(f"SELECT id, client_id FROM {table}")})
    return owners


def _vault_files(vault: Path) -> list[Path]:
    """The vault and whatever SQLite keeps beside it (-wal, -shm), as they are now."""
    return sorted(p for p in vault.parent.iterdir() if p.name.startswith(vault.name))


def _files_bytes(vault: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in _vault_files(vault)}


def test_erase_inside_the_retention_period_exits_1_and_changes_nothing(cli, practice):
    vault, passphrase_file = practice
    clients = _clients(cli, vault, passphrase_file)
    victim = clients[0]
    before = _files_bytes(vault)

    for reference in (victim["id"], victim["display_name"], "1"):
        refused = cli("erase", "--vault", vault, "--client", reference,
                      "--passphrase-file", passphrase_file)
        assert refused.code == 1, refused.err
        message = one_sentence_error(refused)
        assert "--ignore-retention" in message
        assert "normally kept until" in message
        assert f"{datetime.now().year + 7}" in message
        assert "7 years after the last session" in message
        assert victim["display_name"] not in message  # never what the therapist wrote
        assert refused.out == ""

    assert _files_bytes(vault) == before, "a refused erasure changed the vault"
    assert _clients(cli, vault, passphrase_file) == clients


def test_erase_with_ignore_retention_removes_every_trace_from_the_file_and_wal(cli, practice):
    vault, passphrase_file = practice
    clients = _clients(cli, vault, passphrase_file)
    victim, *others = clients
    victim_hex = victim["id"].replace("-", "")
    stored = blobs(vault)
    raw_before = vault.read_bytes()
    for needle in needles([SENTINEL]):  # the sentinel is only ever stored encrypted
        assert needle not in raw_before
    assert victim_hex.encode() in raw_before

    erased = cli("erase", "--vault", vault, "--client", victim["id"], "--ignore-retention",
                 "--passphrase-file", passphrase_file)
    assert erased.code == 0, erased.err
    assert victim["id"] in erased.out
    assert "Backups made before now still hold them" in erased.out
    assert victim["display_name"] not in erased.out + erased.err

    assert _clients(cli, vault, passphrase_file) == [
        {**c, "position": n} for n, c in enumerate(others, start=1)]

    after = blobs(vault)
    gone = {where: value for where, value in stored.items() if where not in after}
    tables = {table for table, _, _ in gone}
    assert {"client", "client_key", "therapy_session", "private_note"} <= tables, tables
    (wrapped_key,) = [v for (t, c, _), v in gone.items() if (t, c) == ("client_key", "wrapped")]
    assert len(gone) > 20
    # Everyone else's records are byte-identical: erasure re-encrypted nothing.
    owners = _owners(vault)
    others_hex = {c["id"].replace("-", "") for c in others}
    theirs = [where for where in after if owners.get((where[0], where[2])) in others_hex]
    assert len(theirs) > 40
    for where in theirs:
        assert stored[where] == after[where], where

    wanted = {value: f"{table}.{column} of {row}" for (table, column, row), value in gone.items()
              if len(value) >= 16}
    wanted[wrapped_key] = "the erased client's wrapped key"
    wanted[victim_hex.encode()] = "the erased client's id"
    wanted.update({row.encode(): f"id of a {table} row of the erased client"
                   for (table, _, row) in gone})
    wanted.update(needles([SENTINEL, victim["display_name"]]))
    files = _vault_files(vault)
    assert files[0] == vault
    for path in files:  # the vault and, if SQLite left one, its WAL and shared memory
        data = path.read_bytes()
        leaks = [label for needle, label in wanted.items() if needle in data]
        assert leaks == [], f"{path.name} still holds {leaks[:5]}"

    check = cli("check", "--vault", vault, "--passphrase-file", passphrase_file)
    assert check.code == 0, check.out + check.err


def _erase_at_a_terminal(vault: Path, passphrase_file: Path, client_id: str,
                         typed: str) -> tuple[int, str]:
    """Run `erase` with a pseudo-terminal as standard input and type `typed` + Enter."""
    controller, terminal = pty.openpty()
    try:
        child = subprocess.Popen(
            [str(RECIPROCAL), "erase", "--vault", str(vault), "--client", client_id,
             "--ignore-retention", "--passphrase-file", str(passphrase_file)],
            stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={k: v for k, v in os.environ.items() if k != "RECIPROCAL_DEBUG"})
        os.write(controller, typed.encode() + b"\n")
        out, err = child.communicate(timeout=120)
    finally:
        os.close(terminal)
        os.close(controller)
    return child.returncode, out + err


def test_erase_at_a_terminal_asks_for_the_clients_name(cli, practice):
    vault, passphrase_file = practice
    victim, *others = _clients(cli, vault, passphrase_file)
    before = _files_bytes(vault)

    code, output = _erase_at_a_terminal(vault, passphrase_file, victim["id"], "someone else")
    assert code == 1, output
    assert "Type the client's name to erase them for good" in output
    assert "Backups made before now still hold the client" in output
    assert "nothing was erased" in output
    assert _files_bytes(vault) == before

    code, output = _erase_at_a_terminal(vault, passphrase_file, victim["id"],
                                        f"  {victim['display_name']} ")
    assert code == 0, output
    assert [c["id"] for c in _clients(cli, vault, passphrase_file)] == [c["id"] for c in others]


def test_erase_after_the_retention_period_needs_no_flag(cli, practice):
    from app.services.clients import ClientDraft

    vault_path, passphrase_file = practice
    with Vault.open(vault_path) as vault:
        vault.unlock(PASSPHRASE)
        old = vault.services.clients.create(ClientDraft("Seen long ago"))
        vault.services.sessions.create(old.id, SessionDraft(datetime(2015, 5, 4, 10)))
    clients = _clients(cli, vault_path, passphrase_file)
    assert len(clients) == 4

    missing = cli("erase", "--vault", vault_path, "--client", "Nobody", "--passphrase-file",
                  passphrase_file)
    assert missing.code == 1
    assert "No client matches" in one_sentence_error(missing)

    erased = cli("erase", "--vault", vault_path, "--client", "Seen long ago",
                 "--passphrase-file", passphrase_file)
    assert erased.code == 0, erased.err
    assert str(old.id) in erased.out
    assert [c["id"] for c in _clients(cli, vault_path, passphrase_file)] == [
        c["id"] for c in clients if c["id"] != str(old.id)]
