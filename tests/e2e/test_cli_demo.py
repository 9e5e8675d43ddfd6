"""The demo practice: built by the command, the same for the same seed, intact, and varied."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.demo import build_demo
from app.models import ALL_MODELS
from app.services.sessions import TEMPLATES
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, CLI_KDF, PASSPHRASE
from tests.e2e.conftest import one_sentence_error


def _clients(cli, vault: Path, passphrase_file: Path) -> list[tuple[str, str]]:
    listed = cli("clients", "--vault", vault, "--passphrase-file", passphrase_file, "--json")
    assert listed.code == 0, listed.err
    return [(c["display_name"], c["status"]) for c in json.loads(listed.out)]


def test_demo_builds_the_same_practice_for_the_same_seed(cli, tmp_path, passphrase_file):
    """The one test that pays for calibrating Argon2id through `demo`."""
    vault = tmp_path / "demo.vault"
    made = cli("demo", "--vault", vault, "--clients", "3", "--sessions", "4", "--seed", "7",
               "--passphrase-file", passphrase_file)
    assert made.code == 0, made.err
    assert "3 clients and 12 sessions" in made.out
    assert "Writing the demo practice: 3 of 3 clients" in made.err
    assert re.search(r"built in \d+\.\d s", made.out)

    again = tmp_path / "again.vault"
    build_demo(again, PASSPHRASE, clients=3, sessions=4, seed=7, kdf_params=CLI_KDF)
    other = tmp_path / "other.vault"
    build_demo(other, PASSPHRASE, clients=3, sessions=4, seed=8, kdf_params=CLI_KDF)

    names = _clients(cli, vault, passphrase_file)
    assert len(names) == 3
    assert _clients(cli, again, passphrase_file) == names
    assert _clients(cli, other, passphrase_file) != names

    check = cli("check", "--vault", vault, "--passphrase-file", passphrase_file)
    assert check.code == 0, check.out + check.err


def test_demo_refuses_an_existing_file_and_a_silly_size(cli, vault_file, passphrase_file,
                                                        tmp_path):
    before = vault_file.read_bytes()
    existing = cli("demo", "--vault", vault_file, "--passphrase-file", passphrase_file)
    assert existing.code == 1
    assert "already exists" in one_sentence_error(existing)
    assert vault_file.read_bytes() == before

    silly = cli("demo", "--vault", tmp_path / "new.vault", "--clients", "0",
                "--passphrase-file", passphrase_file)
    assert silly.code == 1
    assert "--clients" in silly.err and "Traceback" not in silly.err
    assert not (tmp_path / "new.vault").exists()


@pytest.fixture(scope="module")
def practice(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.vault"
    build_demo(path, PASSPHRASE, clients=16, sessions=14, seed=3, kdf_params=CHEAP_KDF)
    return path


def test_the_demo_fills_every_kind_of_record(practice):
    with closing(sqlite3.connect(practice)) as conn:
        empty = [m.__tablename__ for m in ALL_MODELS
                 if conn.execute(f"SELECT count(*) FROM {m.__tablename__}").fetchone()[0] == 0]
    assert empty == []


def test_the_demo_reads_like_a_varied_practice(practice):
    with Vault.open(practice) as vault:
        vault.unlock(PASSPHRASE)
        assert vault.check().ok
        services = vault.services
        clients = services.clients.list()
        assert {c.status for c in clients} >= {"active", "paused"}
        assert any(not c.display_name.isascii() for c in clients)
        assert len({c.pronouns for c in clients}) >= 3
        assert all(c.preferences for c in clients)

        notes, templates, signed, summaries = [], set(), 0, 0
        for client in clients:
            for summary in services.sessions.list(client.id):
                note = services.sessions.get(summary.id)
                notes.append("\n".join(note.fields.values()))
                templates.add(note.template)
                signed += note.signed
                summaries += bool(note.shared_summary)
        assert templates == set(TEMPLATES)
        assert len(set(notes)) == len(notes) == 16 * 14
        assert 1500 < sum(map(len, notes)) / len(notes) < 3500  # about 2 KB each
        assert 0 < signed < len(notes) and summaries > len(notes) // 2

        agreements = [services.agreements.versions(c.id) for c in clients]
        assert all(versions for versions in agreements)
        assert all(len(v[-1].goals) >= 2 for v in agreements)
        assert any(len(v) > 1 for v in agreements)
        assert any(services.measures.flags(c.id) for c in clients)  # PHQ-9 item 9, open
        phq = [m.total for m in services.measures.list(clients[0].id, "PHQ-9")]
        assert len(phq) >= 3 and len(set(phq)) > 1  # scores move over time
        items = [i for c in clients for cl in services.checklists.list(c.id) for i in cl.items]
        assert {i.status for i in items} == {"not_yet", "discussed", "agreed", "revisit"}
        exercises = [p for c in clients for p in services.exercises.list(c.id)]
        assert any(p.report_back for p in exercises)
        assert services.journal.list()
        assert services.profile.get().therapist_name
