"""The seam the demo writes through (app/services/bulk.py): records exactly as given, parents
before children, a key per client, and only into a vault that was just created."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from uuid import uuid4

import pytest

from app.errors import BadInput, NotAllowed
from app.services.bulk import RECORD_KINDS, insert_records
from app.services.vault import Vault
from tests.conftest import PASSPHRASE

LONG_AGO = datetime(2021, 3, 4, 10, 30)


def _client(client_id, name="Ada L."):
    return ("client", {"id": client_id, "display_name": name, "status": "paused",
                       "start_date": date(2021, 3, 1), "created_at": LONG_AGO,
                       "updated_at": LONG_AGO})


def test_records_are_written_as_given_children_listed_first_included(vault: Vault) -> None:
    client_id = uuid4()
    session = ("therapy_session", {
        "client_id": client_id, "starts_at": LONG_AGO, "status": "signed",
        "signed_at": LONG_AGO, "created_at": LONG_AGO, "updated_at": LONG_AGO,
        "duration_minutes": 50, "format": "online", "template": "free",
        "note": {"note": "Back-dated and signed."}, "shared_summary": "", "signed_by": "Dr T",
    })
    journal = ("journal_entry", {"kind": "reflection", "title": "A year ago", "body": "…",
                                 "checkin": {}, "created_at": LONG_AGO, "updated_at": LONG_AGO})

    assert insert_records(vault, [session, journal, _client(client_id)]) == 3

    client = vault.services.clients.get(client_id)
    assert (client.display_name, client.status, client.created_at) == ("Ada L.", "paused",
                                                                       LONG_AGO)
    [summary] = vault.services.sessions.list(client_id)
    note = vault.services.sessions.get(summary.id)
    assert note.signed and note.signed_by == "Dr T" and note.starts_at == LONG_AGO
    [entry] = vault.services.journal.list()
    assert entry.created_at == LONG_AGO
    assert vault.check().ok  # every field sealed with the right key and bound to its row


def test_each_client_gets_a_key_of_their_own(vault_path: Path, vault: Vault) -> None:
    first, second = uuid4(), uuid4()
    insert_records(vault, [_client(first, "A."), _client(second, "B.")])
    vault.close()
    reopened = Vault.open(vault_path)
    try:
        reopened.unlock(PASSPHRASE)
        assert {c.id for c in reopened.services.clients.list()} == {first, second}
        assert reopened.check().ok
    finally:
        reopened.close()


def test_only_a_vault_just_created_can_be_filled(vault_path: Path, vault: Vault) -> None:
    vault.lock()
    vault.unlock(PASSPHRASE)
    with pytest.raises(NotAllowed):
        insert_records(vault, [_client(uuid4())])
    vault.close()
    opened = Vault.open(vault_path)
    try:
        opened.unlock(PASSPHRASE)
        with pytest.raises(NotAllowed):
            opened.fresh_database()
        assert opened.services.clients.list() == []
    finally:
        opened.close()


def test_keys_and_practice_settings_are_not_given_in_bulk(vault: Vault) -> None:
    assert not {"client_key", "vault_meta", "practice_profile"} & set(RECORD_KINDS)
    with pytest.raises(BadInput):
        insert_records(vault, [("client_key", {"client_id": uuid4(), "wrapped": b""})])
    assert vault.services.clients.list() == []
