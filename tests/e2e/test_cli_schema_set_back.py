"""An attacker who strips the row seals and sets the schema version back to before them (so that
the next unlock would "upgrade" the vault and seal whatever is there, tampering included) is
refused: the passphrase and recovery wraps carry the mark that the rows are sealed, and nobody
without the keys can make one without it. Exit 3, one sentence, nothing migrated."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.errors import IntegrityFailure
from app.services.passphrase import SCHEMA_SET_BACK
from app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.e2e.conftest import make_vault, one_sentence_error, run_cli, write_text


def set_back(path: Path) -> None:
    """What the attacker does with sqlite3: a signed note made a draft, seals and lists gone,
    and the file labelled as the version before row seals."""
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE therapy_session SET status = 'draft', signed_at = NULL")
        for table in ("record_index", "write_counter"):
            conn.execute(f'DROP TABLE "{table}"')
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'")]
        for table in tables:
            conn.execute(f'ALTER TABLE "{table}" DROP COLUMN row_seal')
        conn.execute("UPDATE alembic_version SET version_num = '0003'")


def test_a_vault_set_back_to_before_row_seals_is_refused(tmp_path):
    vault = tmp_path / "practice.vault"
    recovery_key = make_vault(vault)
    set_back(vault)
    before = vault.read_bytes()
    passphrase = write_text(tmp_path / "passphrase.txt", PASSPHRASE)
    checked = run_cli("check", "--vault", vault, "--passphrase-file", passphrase)
    assert checked.code == 3
    assert one_sentence_error(checked) == SCHEMA_SET_BACK
    assert vault.read_bytes() == before and not list(tmp_path.glob("*.bak"))  # not migrated
    new = write_text(tmp_path / "new.txt", "a new passphrase for this")
    recovered = run_cli("recover", "--vault", vault, "--recovery-key-file", "-",
                        "--new-passphrase-file", new, stdin=recovery_key + "\n")
    assert recovered.code == 3 and one_sentence_error(recovered) == SCHEMA_SET_BACK
    with Vault.open(vault) as opened, pytest.raises(IntegrityFailure):
        opened.unlock(PASSPHRASE)
