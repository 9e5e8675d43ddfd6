"""Erasing a client: their wrapped key and every ciphertext about them leave the file (and its
WAL), the other clients still open, and erasing inside the retention period needs confirming."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.errors import BadInput, NotAllowed
from app.models import ClientKey, TherapySession
from app.services.clients import ClientDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.sentinel_helpers import (
    NON_ASCII_PIECES,
    assert_one_sentence,
    files_under,
    find_leaks,
    needles,
    populate,
    snapshot,
)


def _client_bytes(path, practice, client_id) -> dict[bytes, str]:
    """Every stored byte string that belongs to one client: each ciphertext, the wrapped key,
    and the row ids (as SQLite stores them), labelled for failure messages."""
    found: dict[bytes, str] = {}
    tables = snapshot(path)
    for model, row_id in practice.rows_of_client(client_id):
        row = tables[model.__tablename__][row_id.hex]
        for name in model.__encrypted__:
            found[row[name]] = f"{model.__tablename__}.{name} of {row_id}"
        found[row_id.hex.encode()] = f"id of {model.__tablename__} {row_id}"
    (key_row,) = [r for r in tables["client_key"].values() if r["client_id"] == client_id.hex]
    found[key_row["wrapped"]] = "the client's wrapped key"
    return found


def test_erasing_removes_the_clients_key_and_ciphertexts_from_every_file(vault_path):
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf_params=CHEAP_KDF)
    practice = populate(vault, clients=3)
    victim, *others = practice.clients
    vault.close()
    victims = _client_bytes(vault_path, practice, victim)
    assert len(victims) > 40
    survivors = snapshot(vault_path)

    with Vault.open(vault_path) as vault:
        vault.unlock(PASSPHRASE)
        victim_key = vault._database().keyring._keys[victim]
        vault.services.clients.erase(victim, before_retention_ends=True)

        assert victim_key == bytearray(32), "the key in memory was not wiped"
        assert not vault._database().keyring.has_key(victim)
        with pytest.raises(BadInput):
            vault.services.clients.get(victim)
        assert {c.id for c in vault.services.clients.list()} == set(others)
        for model, row_id in [p for c in others for p in practice.rows_of_client(c)]:
            with vault._database().begin() as s:
                row = s.get(model, row_id)
                for name in model.__encrypted__:
                    assert getattr(row, name) is not None
        report = vault.check()
        assert report.ok

        # While still open: the file, its WAL and SHM hold nothing of the erased client.
        files = files_under(vault_path.parent)
        assert find_leaks(files, victims) == []
        assert find_leaks(files, needles(practice.tokens_of(practice.rows_of_client(victim)))) == []

    files = files_under(vault_path.parent)
    assert [f.name for f in files] == [vault_path.name]
    assert find_leaks(files, victims) == []
    assert find_leaks(files, needles([*NON_ASCII_PIECES, practice.marker])) == []

    # Everyone else's rows are byte-identical: erasure re-encrypted nothing.
    after = snapshot(vault_path)
    for table, rows in survivors.items():
        for row_id, row in rows.items():
            if table == "record_index" and row["client_id"] is None:
                continue  # the practice's list of records no longer names the erased client
            if table == "write_counter":
                continue  # erasing is a save: the count goes up
            if row_id in after[table]:
                assert after[table][row_id] == row, f"{table} {row_id}"
    assert len(after["client"]) == len(others)
    assert len(after["client_key"]) == len(others)


def test_erasing_inside_the_retention_period_needs_confirming(vault):
    client = vault.services.clients.create(ClientDraft("Recent"))
    vault.services.sessions.create(client.id, SessionDraft(datetime.now().replace(microsecond=0)))
    before = snapshot(vault.path)

    with pytest.raises(NotAllowed) as exc:
        vault.services.clients.erase(client.id)
    assert_one_sentence(str(exc.value))
    assert "confirm" in str(exc.value)
    assert str(datetime.now().year + 7) in str(exc.value)  # says until when
    assert snapshot(vault.path) == before, "something was erased without confirmation"
    assert vault.services.clients.get(client.id).display_name == "Recent"

    vault.services.clients.erase(client.id, before_retention_ends=True)
    assert vault.services.clients.list() == []


def test_erasing_after_the_retention_period_needs_no_confirmation(vault):
    old = vault.services.clients.create(ClientDraft("Long ago"))
    vault.services.sessions.create(old.id, SessionDraft(datetime(2015, 5, 4, 10)))
    never_seen = vault.services.clients.create(ClientDraft("No sessions"))
    assert vault.services.clients.retention(old.id).passed

    vault.services.clients.erase(old.id)
    vault.services.clients.erase(never_seen.id)
    assert vault.services.clients.list() == []
    with vault._database().begin() as s:
        assert s.query(ClientKey).count() == 0
        assert s.query(TherapySession).count() == 0

