"""Damaged, foreign and unusable files through the command line: the right exit code and one
sentence on stderr, never a traceback, and the file left as it was.

Exit codes (documented in docs/command-line.md): 1 for something that is not a vault or cannot
be used (not a vault, random bytes, an empty file, a folder, a read-only file); 3 for a vault
whose data is damaged (flipped bits, truncation, absurd stored key settings)."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from tests.e2e.conftest import one_sentence_error


def _client_ids(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [str(r[0]) for r in conn.execute("SELECT id FROM client ORDER BY id")]


def _flip_a_bit(path: Path, table: str, column: str, row_id: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        blob = bytearray(conn.execute(f"SELECT {column} FROM {table} WHERE id = ?",
                                      (row_id,)).fetchone()[0])
        blob[len(blob) // 2] ^= 0x04  # inside the ciphertext
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (bytes(blob), row_id))
        conn.commit()


def test_check_lists_a_record_with_a_flipped_bit_and_exits_3(cli, vault_file, passphrase_file):
    damaged, healthy = _client_ids(vault_file)
    _flip_a_bit(vault_file, "client", "display_name", damaged)

    report = cli("check", "--vault", vault_file, "--passphrase-file", passphrase_file, "--json")
    assert report.code == 3, report.err
    result = json.loads(report.out)
    assert result["ok"] is False
    assert result["damaged"] == [{"kind": "client", "id": _dashed(damaged)}]
    assert result["records_checked"] >= 10

    text = cli("check", "--vault", vault_file, "--passphrase-file", passphrase_file)
    assert text.code == 3
    assert f"client  {_dashed(damaged)}" in text.out

    listed = cli("clients", "--vault", vault_file, "--passphrase-file", passphrase_file, "--json")
    assert listed.code == 0, listed.err
    by_id = {c["id"]: c for c in json.loads(listed.out)}
    assert by_id[_dashed(damaged)]["damaged"] is True
    assert by_id[_dashed(healthy)]["display_name"].startswith("Client ")


def _dashed(stored_id: str) -> str:
    """SQLAlchemy stores UUIDs as 32 hex digits; the command line shows the usual form."""
    s = stored_id.replace("-", "")
    return f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:]}"


def test_check_on_a_healthy_vault_exits_0(cli, vault_file, passphrase_file):
    report = cli("check", "--vault", vault_file, "--passphrase-file", passphrase_file, "--json")
    assert report.code == 0, report.err
    assert json.loads(report.out)["damaged"] == []


# -- files that are not a usable vault ------------------------------------------------------
def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _absurd_kdf(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE vault_meta SET kdf_memory_kib = 1099511627776, "
                     "kdf_iterations = 100000000")
        conn.commit()


def _read_only(path: Path) -> None:
    path.chmod(0o444)


BAD_FILES: dict[str, tuple[Callable[[Path], None], int]] = {
    "truncated": (_truncated, 3),
    "random bytes": (_random_bytes, 1),
    "empty": (_empty, 1),
    "a folder": (_folder, 1),
    "absurd key settings": (_absurd_kdf, 3),
    "read-only": (_read_only, 1),
}


def _snapshot(path: Path) -> tuple[bytes | None, list[str]]:
    content = None if path.is_dir() else path.read_bytes()
    return content, sorted(p.name for p in path.parent.iterdir())


@pytest.mark.parametrize("command", ["check", "clients"])
@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_gives_one_sentence_and_the_right_exit_code(cli, vault_file, passphrase_file,
                                                               case, command):
    spoil, expected = BAD_FILES[case]
    spoil(vault_file)
    before = _snapshot(vault_file)

    outcome = cli(command, "--vault", vault_file, "--passphrase-file", passphrase_file,
                  ordinary_user=True)

    assert outcome.code == expected, outcome
    message = one_sentence_error(outcome)
    if case == "read-only":
        assert "read-only" in message
    assert _snapshot(vault_file) == before
