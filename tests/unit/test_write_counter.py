"""The sealed write counter (app/models/write_counter.py) and what this computer remembers of it
(app/services/seen_writes.py): a vault file put back to an older copy of itself is noticed at
unlock, a deleted or changed counter is damage, and saving never stops because of it."""

from __future__ import annotations

import json
import shutil
import stat

from app.models import WriteCounter
from app.services.clients import ClientDraft
from app.services.seen_writes import FILE_NAME
from app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.sentinel_helpers import raw


def test_every_saving_transaction_counts_once_and_reading_does_not(vault):
    start = vault.write_count()
    assert start is not None
    client = vault.services.clients.create(ClientDraft("Zoë Ångström"))
    assert vault.write_count() == start + 1
    vault.services.clients.list()
    vault.services.clients.get(client.id)
    assert vault.write_count() == start + 1
    vault.services.clients.update(client.id, ClientDraft("Zoë A."))
    assert vault.write_count() == start + 2


def test_a_file_put_back_to_an_older_copy_is_noticed_until_the_therapist_keeps_it(
        vault, vault_path, tmp_path, own_home):
    vault.services.clients.create(ClientDraft("Ana"))
    vault.close()
    older = tmp_path / "older.vault"
    shutil.copyfile(vault_path, older)
    with Vault.open(vault_path) as v:
        v.unlock(PASSPHRASE)
        assert not v.older_than_seen
        v.services.clients.create(ClientDraft("Bilal"))  # remembered when it locks
    shutil.copyfile(older, vault_path)  # what an attacker, or a sync tool, might do
    with Vault.open(vault_path) as v:
        v.unlock(PASSPHRASE)
        assert v.older_than_seen
        v.lock()
        v.unlock(PASSPHRASE)
        assert v.older_than_seen  # still, until the therapist says it is the copy they meant
        v.keep_this_copy()
        assert not v.older_than_seen
    with Vault.open(vault_path) as v:
        v.unlock(PASSPHRASE)
        assert not v.older_than_seen
    remembered = own_home / FILE_NAME
    assert stat.S_IMODE(remembered.stat().st_mode) == 0o600
    assert set(json.loads(remembered.read_text())) == {str(v.vault_id)}  # ids and counts only


def test_the_same_or_a_newer_file_is_not_flagged(vault, vault_path):
    vault.services.clients.create(ClientDraft("Ana"))
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert not vault.older_than_seen


def test_a_deleted_or_changed_counter_is_damage_and_saving_goes_on(vault, vault_path):
    vault_id = vault.vault_id
    vault.close()
    with raw(vault_path) as conn:
        conn.execute("UPDATE write_counter SET count = count + 1000")
    with Vault.open(vault_path) as v:
        v.unlock(PASSPHRASE)
        assert (WriteCounter.__label__, str(vault_id)) in {(d.kind, d.id) for d in v.check().damaged}
        assert v.write_count() is None
        v.services.clients.create(ClientDraft("Ana"))  # saved regardless, counter sealed anew
        assert v.write_count() is not None
    with raw(vault_path) as conn:
        conn.execute("DELETE FROM write_counter")
    with Vault.open(vault_path) as v:
        v.unlock(PASSPHRASE)
        assert (WriteCounter.__label__, str(vault_id)) in {(d.kind, d.id) for d in v.check().damaged}
