"""Rows an earlier version wrote one second later than it sealed them (a save in the same second
as the stored time, the clock ticking during the write: tests/unit/test_sealed_times.py) read
as damaged, their data intact. The conversion at the first unlock after revision 0010 takes
the time each row's own old seal vouches for, and nothing else: a row changed in any other way
stays damaged."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.errors import IntegrityFailure
from app.models import Client, JournalEntry, TherapySession
from app.services.clients import ClientDraft
from app.services.journal import JournalDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.migration_helpers import leave_as_before
from tests.unit.test_added_columns import _as_left_by

NOTE = "Walked by the river 🙂 — שלום"


def _stored_time(path: Path, table: str, row_id: object) -> datetime:
    with closing(sqlite3.connect(path)) as conn:
        (text,) = conn.execute(f'SELECT updated_at FROM "{table}" WHERE id = ?',
                               (row_id.hex,)).fetchone()  # type: ignore[attr-defined]
    return datetime.fromisoformat(text)


def _slip(table: str, row_id: object, seconds: int = 1, also: str = "") -> str:
    """SQL writing a row's "updated" time `seconds` later than stored, as the bug did (and
    `also`, more changed behind the vault's back)."""
    return (f"UPDATE \"{table}\" SET updated_at = strftime('%Y-%m-%d %H:%M:%f', updated_at, "
            f"'+{seconds} seconds'){also} WHERE id = '{row_id.hex}'")  # type: ignore[attr-defined]


def _left_by_0008(vault: Vault, path: Path, *statements: str) -> None:
    """The file as the app at revision 0008 left it (one envelope per field), with
    `statements` run on it."""
    leave_as_before(vault._database(), vault._engine, {})
    vault.close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0008'")
        for statement in statements:
            conn.execute(statement)


@pytest.fixture
def records(vault):
    client = vault.services.clients.create(ClientDraft("Ana"))
    note = vault.services.sessions.create(client.id, SessionDraft(
        datetime(2026, 11, 30, 10), fields={"subjective": NOTE}))
    entry = vault.services.journal.save(JournalDraft(title="After Ana", body=NOTE))
    return client, note, entry


def test_rows_written_a_second_late_read_again_after_the_first_unlock(vault, vault_path,
                                                                     records):
    client, note, entry = records
    sealed = {(t, i): _stored_time(vault_path, t, i) for t, i in (
        (Client.__tablename__, client.id), (TherapySession.__tablename__, note.id),
        (JournalEntry.__tablename__, entry.id))}
    _left_by_0008(vault, vault_path, *(_slip(t, i) for t, i in sealed))
    assert all(_stored_time(vault_path, *key) == at + timedelta(seconds=1)
               for key, at in sealed.items())
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        assert again.check().ok
        assert again.services.clients.get(client.id).display_name == "Ana"
        assert again.services.sessions.get(note.id).fields["subjective"] == NOTE
        assert again.services.journal.get(entry.id).body == NOTE
    assert {key: _stored_time(vault_path, *key) for key in sealed} == sealed


def test_the_earlier_version_saw_the_slipped_rows_as_damaged(vault, vault_path, records):
    """The repair is needed: the same file, still at 0008's revision, refuses the row."""
    client, _note, _entry = records
    vault.close()
    with closing(sqlite3.connect(vault_path)) as conn, conn:
        conn.execute(_slip(Client.__tablename__, client.id))
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        with pytest.raises(IntegrityFailure):
            again.services.clients.get(client.id)
        assert (Client.__label__, str(client.id)) in {
            (d.kind, d.id) for d in again.check().damaged}


@pytest.mark.parametrize("also", [", status = 'ended'", ", created_at = '2020-01-01 00:00:00'"])
def test_a_row_changed_in_any_other_way_stays_damaged(vault, vault_path, records, also):
    client, _note, _entry = records
    _left_by_0008(vault, vault_path, _slip(Client.__tablename__, client.id, also=also))
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        assert [(d.kind, d.id) for d in again.check().damaged] == [
            (Client.__label__, str(client.id))]


def test_a_time_moved_earlier_than_sealed_stays_damaged(vault, vault_path, records):
    _client, note, _entry = records
    _left_by_0008(vault, vault_path, _slip(TherapySession.__tablename__, note.id, seconds=-1)
                  .replace("'+-1 seconds'", "'-1 seconds'"))
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        assert [d.id for d in again.check().damaged] == [str(note.id)]


def test_a_slip_of_a_row_sealed_again_over_an_added_column_is_repaired_too(
        vault, vault_path, records):
    """A vault from before 0008 (the client's handout language): its clients are checked as
    sealed without the new column, slipped time included, and sealed again with the time the
    old seal vouches for."""
    client, _note, _entry = records
    sealed = _stored_time(vault_path, Client.__tablename__, client.id)
    _as_left_by(vault, vault_path, "0007", _slip(Client.__tablename__, client.id))
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        assert again.check().ok
        assert again.services.clients.get(client.id).display_name == "Ana"
    assert _stored_time(vault_path, Client.__tablename__, client.id) == sealed
