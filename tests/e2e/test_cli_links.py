"""One process per vault, truly (issue 8, item 6), through the command: a symbolic link to a vault
open elsewhere is "vault busy" (exit 4), and a vault file with a second hard link is refused
(exit 1) before SQLite makes a WAL beside the other name."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.e2e.conftest import child, one_sentence_error

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")


@contextmanager
def _held(path: Path) -> Iterator[None]:
    """Another process has the vault open (through `path`) for the duration."""
    holder = child("hold", path)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        yield
    finally:
        holder.communicate(timeout=30)  # closing its stdin lets it go


def test_a_symlink_to_a_vault_open_elsewhere_is_busy(cli, vault_file, passphrase_file, tmp_path):
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    link = folder / "shortcut.vault"
    link.symlink_to(vault_file)
    with _held(vault_file):
        outcome = cli("clients", "--vault", link, "--passphrase-file", passphrase_file)
    assert outcome.code == 4, outcome.err
    assert "already open" in one_sentence_error(outcome)
    assert sorted(p.name for p in folder.iterdir()) == ["shortcut.vault"]  # no WAL, no lock
    assert cli("clients", "--vault", link, "--passphrase-file", passphrase_file).code == 0


def test_a_vault_opened_through_a_symlink_is_busy_for_the_file_itself(cli, vault_file,
                                                                      passphrase_file, tmp_path):
    link = tmp_path / "shortcut.vault"
    link.symlink_to(vault_file)
    with _held(link):
        outcome = cli("clients", "--vault", vault_file, "--passphrase-file", passphrase_file)
    assert outcome.code == 4, outcome.err


def test_a_vault_with_a_second_hard_link_is_refused(cli, vault_file, passphrase_file, tmp_path):
    other = tmp_path / "second-name.vault"
    os.link(vault_file, other)
    before = vault_file.read_bytes()
    for name in (other, vault_file):
        outcome = cli("clients", "--vault", name, "--passphrase-file", passphrase_file)
        assert outcome.code == 1, outcome.err
        assert "hard links" in one_sentence_error(outcome)
    assert vault_file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "passphrase.txt", "practice.vault", "second-name.vault"]
    other.unlink()
    assert cli("clients", "--vault", vault_file, "--passphrase-file", passphrase_file).code == 0
