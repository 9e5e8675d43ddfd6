"""The vault's basic lifecycle: create, write, lock, reopen, read."""

from datetime import datetime

from app.services.clients import ClientDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import PASSPHRASE


def test_a_saved_note_is_there_after_reopening(vault, vault_path):
    client = vault.services.clients.create(ClientDraft("Ana", pronouns="she/her"))
    draft = SessionDraft(datetime(2026, 3, 4, 10), fields={"subjective": "slept better"},
                         private_note="wonder about the father", shared_summary="we talked")
    saved = vault.services.sessions.create(client.id, draft)
    vault.close()

    with Vault.open(vault_path) as reopened:
        reopened.unlock(PASSPHRASE)
        note = reopened.services.sessions.get(saved.id)
        assert note.fields["subjective"] == "slept better"
        assert note.shared_summary == "we talked"
        assert reopened.services.sessions.private_note(saved.id) == "wonder about the father"
        assert [c.display_name for c in reopened.services.clients.list()] == ["Ana"]
