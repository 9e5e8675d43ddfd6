"""The command line's shape: usage errors exit 1, help works, clients are listed."""

from __future__ import annotations

import json
import subprocess

import pytest

from app.demo import build_demo
from tests.conftest import CLI_KDF, PASSPHRASE
from tests.e2e.conftest import RECIPROCAL, one_sentence_error


@pytest.mark.parametrize("args", [
    ["clients"],  # --vault is required
    ["no-such-command"],
    ["demo", "--vault", "{vault}", "--sessions", "many"],
    # never a passphrase on the command line, not even by abbreviating --passphrase-file
    ["check", "--vault", "{vault}", "--passphrase", "secret words"],
])
def test_usage_errors_exit_1_with_usage_and_no_traceback(cli, vault_file, args):
    outcome = cli(*(a.format(vault=vault_file) for a in args))
    assert outcome.code == 1
    assert outcome.err.startswith("usage: reciprocal")
    assert "Traceback" not in outcome.err


def test_help_lists_every_command_and_the_exit_codes(cli):
    outcome = cli("--help")
    assert outcome.code == 0
    for command in ("init", "demo", "check", "clients", "passwd", "recover"):
        assert command in outcome.out
    assert "Exit codes" in outcome.out


def test_clients_lists_position_id_name_and_status(cli, vault_file, passphrase_file):
    listed = cli("clients", "--vault", vault_file, "--passphrase-file", passphrase_file, "--json")
    assert listed.code == 0, listed.err
    clients = json.loads(listed.out)
    assert [c["position"] for c in clients] == [1, 2]
    assert [c["display_name"] for c in clients] == ["Client 0 Ångström", "Client 1 Ångström"]
    assert {c["status"] for c in clients} == {"active"}

    text = cli("clients", "--vault", vault_file, "--passphrase-file", passphrase_file)
    assert text.code == 0
    first = text.out.splitlines()[0].split()
    assert first[0] == "1" and first[1] == clients[0]["id"] and first[-1] == "active"


def test_a_missing_vault_is_named_plainly(cli, tmp_path, passphrase_file):
    outcome = cli("check", "--vault", tmp_path / "nowhere.vault", "--passphrase-file",
                  passphrase_file)
    assert outcome.code == 1
    assert "no vault" in one_sentence_error(outcome)
    assert not (tmp_path / "nowhere.vault").exists()


def test_a_reader_that_stops_early_gets_no_error_spew(tmp_path, passphrase_file):
    """`reciprocal clients | head -1` on a long list: a quiet stop, no traceback."""
    vault = tmp_path / "many.vault"
    build_demo(vault, PASSPHRASE, clients=1500, sessions=1, kdf_params=CLI_KDF)
    lister = subprocess.Popen(
        [str(RECIPROCAL), "clients", "--vault", str(vault), "--passphrase-file",
         str(passphrase_file)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert lister.stdout is not None and lister.stdout.readline().startswith("   1  ")
    lister.stdout.close()  # like `head -1` exiting
    _, err = lister.communicate(timeout=60)
    assert lister.returncode == 1
    assert err == ""
