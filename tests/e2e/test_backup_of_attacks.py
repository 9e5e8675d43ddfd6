"""A backup never launders a change made to the file behind the vault's back. Each attack of
tests/e2e/test_cli_attacks.py (sqlite3 on a copy of a demo practice, no key), then a backup:
the records touched are listed as damaged, none of them is in the archive as tampered (a row
whose seal fails, or that its owner's sealed record list does not confirm, is left out, with
what would point at nothing without it), and the restore of that backup checks clean, so no
tampered value comes back sealed as genuine. A clean practice backs up with nothing damaged and
restores record for record; the command line exits 3 with its sentence."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from uuid import UUID

import pytest

from app.backup.keys import parse_identities
from app.demo import build_demo
from app.models import ALL_MODELS
from app.services.backup_check import backup_key_from_text
from app.services.restore import restore_backup
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, CLI_KDF, PASSPHRASE
from tests.e2e.conftest import run_cli, write_text
from tests.e2e.test_cli_attacks import ATTACKS, Attack, signed_note_made_an_empty_draft
from tests.unit.backup_helpers import read_all

TABLE_OF = {m.__label__: m.__tablename__ for m in ALL_MODELS}
NEW_PASSPHRASE = "the passphrase of the restored vault"


def _dashed(row_id: str) -> str:
    h = row_id.replace("-", "")
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _ids(records: dict[str, list[dict]]) -> set[tuple[str, str]]:
    """(table, id) of every record, but the vault's own settings and log (a restored vault
    has its own, and logs its backups)."""
    return {(table, str(r["id"])) for table, rows in records.items() for r in rows
            if table not in ("vault_meta", "disclosure")}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "practice.vault"
    build_demo(path, PASSPHRASE, clients=4, sessions=6, seed=2, kdf_params=CLI_KDF)
    return path


def _copy(demo: Path, folder: Path) -> Path:
    copy = folder / "practice.vault"
    shutil.copyfile(demo, copy)
    return copy


def _backup(path: Path, out: Path):
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
        return vault.services.backups.write(out), vault.backup_identity()


def _restored(backup: Path, identity: str, target: Path) -> dict[str, list[dict]]:
    """Restore into a new vault, check it, and back it up again: its records, by table."""
    restore_backup(backup, backup_key_from_text(identity), target, NEW_PASSPHRASE,
                   kdf_params=CHEAP_KDF)
    with Vault.open(target) as restored:
        restored.unlock(NEW_PASSPHRASE)
        assert restored.check().damaged == ()
        again = restored.services.backups.write(target.with_suffix(".age"))
        assert again.damaged == ()
        own = restored.backup_identity()
    return read_all(again.path, parse_identities(own)[0])


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda a: a.__name__)
def test_a_backup_of_a_tampered_vault_lists_and_leaves_out_what_was_touched(
        demo, tmp_path, attack: Attack):
    path = _copy(demo, tmp_path)
    with closing(sqlite3.connect(path)) as conn, conn:
        touched = [(TABLE_OF[kind], _dashed(row)) for kind, row in attack(conn)]
    result, identity = _backup(path, tmp_path / "b.age")
    listed = {(d.table, d.id) for d in result.damaged}
    for table_row in touched:
        assert table_row in listed, (table_row, listed)
    records = read_all(result.path, parse_identities(identity)[0])
    ids = _ids(records)
    assert not ids & set(touched)
    # Nothing in the backup points at a record that is not there.
    restored = _restored(result.path, identity, tmp_path / "restored.vault")
    back = _ids(restored)
    assert not back & set(touched)
    assert back <= ids


def test_a_clean_practice_backs_up_with_nothing_damaged_and_restores_record_for_record(
        demo, tmp_path):
    result, identity = _backup(_copy(demo, tmp_path), tmp_path / "b.age")
    assert result.damaged == ()
    original = read_all(result.path, parse_identities(identity)[0])
    restored = _restored(result.path, identity, tmp_path / "restored.vault")
    for table, rows in original.items():
        if table in ("vault_meta", "disclosure"):
            continue  # a new vault's own settings; the restore and the backup are logged
        assert sorted(rows, key=lambda r: r["id"]) == \
            sorted(restored[table], key=lambda r: r["id"]), table


def test_an_older_version_of_a_row_put_back_is_left_out(demo, tmp_path):
    """The row and its seal, saved before a genuine edit and written back after it: the seal
    checks (it was the vault's), but the client's sealed record list holds the newer one."""
    path = _copy(demo, tmp_path)
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        old = dict(conn.execute("SELECT * FROM therapy_session WHERE status = 'draft' "
                                "LIMIT 1").fetchone())
    session_id = _dashed(old["id"])
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
        vault.services.sessions.sign(UUID(session_id), "Dr Demo")
    with closing(sqlite3.connect(path)) as conn, conn:
        columns = [c for c in old if c != "id"]
        conn.execute(f"UPDATE therapy_session SET {', '.join(f'{c} = ?' for c in columns)} "
                     "WHERE id = ?", [*(old[c] for c in columns), old["id"]])
    result, identity = _backup(path, tmp_path / "b.age")
    assert ("therapy_session", session_id) in {(d.table, d.id) for d in result.damaged}
    records = read_all(result.path, parse_identities(identity)[0])
    assert all(r["id"] != session_id for r in records["therapy_session"])
    _restored(result.path, identity, tmp_path / "restored.vault")


def test_the_command_line_says_the_backup_is_incomplete_and_exits_3(demo, tmp_path):
    path = _copy(demo, tmp_path)
    with closing(sqlite3.connect(path)) as conn, conn:
        signed_note_made_an_empty_draft(conn)
    passphrase = write_text(tmp_path / "passphrase.txt", PASSPHRASE)
    made = run_cli("backup", "--vault", path, "--passphrase-file", passphrase,
                   "--out", tmp_path / "b.age")
    assert made.code == 3, made.out + made.err
    assert "damaged records could not be read and are incomplete in this backup" in made.err
