"""One envelope per row: the conversion of an older vault never leaves it half-done or unable
to open, and a row in memory is never read or written past what its envelope vouches for."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import pytest

import app.services.row_seals as row_seals
from app.errors import IntegrityFailure
from app.models import Client, TherapySession
from app.models import schema as migrations
from app.services.clients import ClientDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.migration_helpers import leave_as_before
from tests.unit.sentinel_helpers import raw
from tests.unit.service_helpers import damage

NOTE = "Walked to the harbour twice 🙂"


@pytest.fixture
def practice(vault):
    ana = vault.services.clients.create(ClientDraft("Ana"))
    bea = vault.services.clients.create(ClientDraft("Bea"))
    notes = [vault.services.sessions.create(c.id, SessionDraft(
        datetime(2026, 11, day, 10), fields={"subjective": f"{c.display_name}: {NOTE}"})).id
        for day, c in ((2, ana), (3, bea))]
    return ana, bea, notes


def _left_by_0009(vault: Vault, *statements: str) -> None:
    """The file as the app at revision 0009 left it (one envelope per field), then
    `statements` run on it behind the vault's back."""
    leave_as_before(vault._database(), vault._engine, {})
    path = vault.path
    vault.close()
    with raw(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0009'")
        for statement in statements:
            conn.execute(statement)


def _revision(vault_path) -> str:
    with raw(vault_path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_a_row_that_cannot_be_read_does_not_stop_the_conversion(vault, vault_path, practice):
    ana, bea, (ana_note, bea_note) = practice
    _left_by_0009(vault, "UPDATE therapy_session SET created_at = 'not a time' "
                         f"WHERE id = '{ana_note.hex}'")
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        assert again.services.sessions.get(bea_note).fields["subjective"] == f"Bea: {NOTE}"
        assert again.services.clients.get(ana.id).display_name == "Ana"
        assert [UUID(d.id) for d in again.check().damaged] == [ana_note]
    assert _revision(vault_path) == migrations.head_revision()


def test_a_damaged_record_list_does_not_stop_the_conversion(vault, vault_path, practice):
    ana, bea, (_ana_note, bea_note) = practice
    _left_by_0009(vault)
    with raw(vault_path) as conn:
        (list_id,) = conn.execute("SELECT id FROM record_index WHERE client_id = ?",
                                  (ana.id.hex,)).fetchone()
    damage(vault_path, "record_index", "entries", UUID(list_id))
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        assert again.services.sessions.get(bea_note).fields["subjective"] == f"Bea: {NOTE}"
        assert again.services.clients.get(ana.id).display_name == "Ana"
        assert not again.check().ok  # the list, as before
    assert _revision(vault_path) == migrations.head_revision()


def test_a_conversion_that_fails_part_way_leaves_the_vault_as_it_was(
        vault, vault_path, practice, monkeypatch):
    _ana, _bea, (_ana_note, bea_note) = practice
    _left_by_0009(vault)
    with raw(vault_path) as conn:
        before = conn.execute("SELECT * FROM therapy_session ORDER BY id").fetchall()
    converted = row_seals.convert_to_envelopes

    def fails_at_the_end(*args):
        converted(*args)  # every row written...
        raise OSError("the disk is full")  # ...then the transaction fails

    monkeypatch.setattr("app.services.vault.convert_to_envelopes", fails_at_the_end)
    with Vault.open(vault_path) as again, pytest.raises(OSError):
        again.unlock(PASSPHRASE)
    assert _revision(vault_path) == "0009"
    with raw(vault_path) as conn:
        assert conn.execute("SELECT * FROM therapy_session ORDER BY id").fetchall() == before
    monkeypatch.undo()
    with Vault.open(vault_path) as later:  # the next unlock converts it
        later.unlock(PASSPHRASE)
        assert later.services.sessions.get(bea_note).fields["subjective"] == f"Bea: {NOTE}"
        assert later.check().ok


def test_a_field_read_before_the_row_was_refreshed_is_checked_again(vault, vault_path):
    """A cached value is trusted only while the row holds the envelope it came from: an
    empty text's stretch is b"", one object for every empty value."""
    client = vault.services.clients.create(ClientDraft("Ana", pronouns=""))
    with vault._database().begin() as s:
        row = s.get(Client, client.id)
        assert row.pronouns == ""
        with raw(vault_path) as conn:  # behind the vault's back, meanwhile
            conn.execute("UPDATE client SET status = 'ended' WHERE id = ?", (client.id.hex,))
        s.refresh(row)
        with pytest.raises(IntegrityFailure):
            _ = row.pronouns


def test_a_row_refreshed_after_a_change_behind_its_back_is_not_sealed_as_genuine(
        vault, vault_path, practice):
    _ana, _bea, (ana_note, _bea_note) = practice
    with vault._database().begin() as s:
        row = s.get(TherapySession, ana_note)
        assert row.note["subjective"] == f"Ana: {NOTE}"
        with raw(vault_path) as conn:
            conn.execute("UPDATE therapy_session SET status = 'signed' WHERE id = ?",
                         (ana_note.hex,))
        s.refresh(row)
        for name in TherapySession.__encrypted__:  # every field set anew: none read back
            setattr(row, name, None)
        row.note = {"subjective": "all of it replaced"}
        with pytest.raises(IntegrityFailure):
            s.flush()
        s.rollback()


def test_a_plain_value_set_on_an_expired_row_is_checked_as_the_file_has_it(vault, practice):
    ana, _bea, _notes = practice
    with vault._database().begin() as s:
        row = s.get(Client, ana.id)
        s.expire(row)
        row.status = "paused"  # set before the row was loaded again
        s.flush()
    assert vault.services.clients.get(ana.id).status == "paused"
    assert vault.check().ok
