"""The record lists' check keeps the rows it reads packed, one bytearray per owner
(`record_lists._packed_rows`), and finds what keeping them as (table, id, seal) did: rows
deleted, added or moved behind the vault's back, a client id stored in another spelling of
itself or naming no client, an id overwritten with garbage."""

from __future__ import annotations

from uuid import UUID

from app.models.record_index import entries_from, list_of
from app.services import record_lists
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.sentinel_helpers import populate, raw


def _unpacked_as_before(s) -> list:
    """What `all_problems` gave when it kept every row as a (table, id, seal) tuple."""
    rows = record_lists._rows_by_owner(s)
    return [(owner, record_lists._differences(list_of(s, owner), owner,
                                              entries_from(rows.get(owner, []))))
            for owner in record_lists.owners(s)]


def test_packed_rows_give_the_entries_the_rows_did(tmp_path):
    path = tmp_path / "practice.vault"
    vault, _ = Vault.create(path, PASSPHRASE, kdf_params=CHEAP_KDF)
    practice = populate(vault, clients=4)
    vault.close()
    first, second, third, fourth = practice.clients
    with raw(path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        sessions = {owner: [r for (r,) in conn.execute(
            "SELECT id FROM therapy_session WHERE client_id = ?", (owner.hex,))]
            for owner in practice.clients}
        conn.execute("DELETE FROM therapy_session WHERE id = ?", (sessions[first][0],))
        conn.execute("UPDATE therapy_session SET client_id = ? WHERE id = ?",
                     (fourth.hex, sessions[second][0]))  # moved to another client's list
        conn.execute("UPDATE therapy_session SET client_id = ? WHERE id = ?",
                     (third.hex.upper(), sessions[third][0]))  # the same client, spelt apart
        conn.execute("UPDATE goal SET client_id = 'nobody' WHERE client_id = ?", (second.hex,))
        conn.execute("UPDATE therapy_session SET id = ?, row_seal = ? WHERE id = ?",
                     ("gärbage\x00\U0001f642" * 3, b"\x01\x02", sessions[fourth][0]))
        conn.execute("UPDATE feedback SET row_seal = NULL WHERE client_id = ?", (third.hex,))
    vault = Vault.open(path)
    try:
        vault.unlock(PASSPHRASE)
        with vault._database().begin() as s:
            found = list(record_lists.all_problems(s))
            assert found == _unpacked_as_before(s)
            packed = record_lists._packed_rows(s)
            rows = record_lists._rows_by_owner(s)
            assert set(packed) == set(rows)
            for owner, kept in packed.items():
                assert record_lists._unpacked(kept) == entries_from(rows[owner])
        problems = {(p.id, p.what) for _, listed in found for p in listed}
        assert (str(UUID(sessions[first][0])), "missing") in problems
        assert (str(UUID(sessions[second][0])), "not on the list") in problems
        assert ("gärbage\x00\U0001f642" * 3, "not on the list") in problems
        assert not {p for p in problems if p[0] == str(UUID(sessions[third][0]))}
        assert [owner for owner, _ in found] == [None, *sorted(practice.clients)]
    finally:
        vault.close()
