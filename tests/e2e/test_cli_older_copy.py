"""The command line warns (on standard error, the command still runs) when the vault file holds
fewer saves than this computer has seen of it: the whole file put back to an older copy."""

from __future__ import annotations

import shutil

from tests.e2e.conftest import run_cli

WARNING = "older than the one this computer last opened"


def test_an_older_copy_of_the_vault_is_warned_about(vault_file, passphrase_file, tmp_path):
    older = tmp_path / "older.vault"
    shutil.copyfile(vault_file, older)
    first = run_cli("clients", "--vault", vault_file, "--passphrase-file", passphrase_file)
    assert first.code == 0 and WARNING not in first.err
    erased = run_cli("erase", "--vault", vault_file, "--client", "1", "--ignore-retention",
                     "--passphrase-file", passphrase_file, stdin="")
    assert erased.code == 0, erased.err  # a save: the count goes up, and is remembered
    shutil.copyfile(older, vault_file)
    again = run_cli("clients", "--vault", vault_file, "--passphrase-file", passphrase_file)
    assert again.code == 0, again.err
    assert WARNING in again.err and "Traceback" not in again.err
    assert "Client 0" in again.out  # the older copy's records, listed as usual
