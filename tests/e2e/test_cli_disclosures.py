"""`reciprocal disclosures`: the disclosure log as a script or a therapist reads it, newest first,
for the whole practice or one client, in words or as JSON."""

from __future__ import annotations

import json

from tests.e2e.conftest import run_cli


def test_the_log_lists_what_left_the_vault(vault_file, passphrase_file, tmp_path):
    empty = run_cli("disclosures", "--vault", vault_file, "--passphrase-file", passphrase_file)
    assert empty.code == 0 and empty.out.strip() == "Nothing has left the vault yet."
    for name in ("monday.age", "tuesday.age"):
        made = run_cli("backup", "--vault", vault_file, "--passphrase-file", passphrase_file,
                       "--out", tmp_path / name)
        assert made.code == 0, made.err
    listed = run_cli("disclosures", "--vault", vault_file, "--passphrase-file", passphrase_file)
    assert listed.code == 0, listed.err
    lines = listed.out.strip().splitlines()
    assert len(lines) == 2 and all("backup:" in line for line in lines)
    as_json = run_cli("disclosures", "--vault", vault_file, "--passphrase-file", passphrase_file,
                      "--json")
    entries = json.loads(as_json.out)
    assert [e["action"] for e in entries] == ["backup", "backup"]
    assert entries[0]["at"] >= entries[1]["at"]  # newest first
    assert all(e["client_id"] is None and not e["damaged"] for e in entries)
    one = run_cli("disclosures", "--vault", vault_file, "--passphrase-file", passphrase_file,
                  "--client", "1")
    assert one.code == 0 and one.out.strip() == (
        "Nothing about this client has left the vault yet.")  # a backup is the practice's
    unknown = run_cli("disclosures", "--vault", vault_file, "--passphrase-file",
                      passphrase_file, "--client", "Nobody Here")
    assert unknown.code == 1 and "Traceback" not in unknown.err
