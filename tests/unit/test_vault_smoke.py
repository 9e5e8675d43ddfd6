"""The vault's basic lifecycle: create, write, lock, reopen, read."""

import sqlite3
from contextlib import closing
from datetime import datetime

import pytest

from app.errors import IntegrityFailure
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


def test_flipping_the_plaintext_status_does_not_reopen_a_signed_note(vault, vault_path):
    """A signed note set back to "draft" in the file opens as damaged, never as an editable
    draft: the row's seal binds its status (and sign-and-lock is sealed inside the note too)."""
    client = vault.services.clients.create(ClientDraft("Ana"))
    note = vault.services.sessions.create(
        client.id, SessionDraft(datetime(2026, 3, 4, 10), fields={"subjective": "as signed"}))
    vault.services.sessions.sign(note.id, "Dr Rivera")
    vault.close()
    with closing(sqlite3.connect(vault_path)) as db, db:
        db.execute("UPDATE therapy_session SET status = 'draft', signed_at = NULL")

    with Vault.open(vault_path) as reopened:
        reopened.unlock(PASSPHRASE)
        sessions = reopened.services.sessions
        with pytest.raises(IntegrityFailure):
            sessions.get(note.id)
        with pytest.raises(IntegrityFailure):
            sessions.save(note.id, SessionDraft(datetime(2026, 3, 4, 10),
                                                fields={"subjective": "rewritten"}))
        assert [s.damaged for s in sessions.list(client.id)] == [True]
        assert [d.id for d in reopened.check().damaged] == [str(note.id)]


def test_views_are_what_get_gives_for_each_listed_session_but_the_damaged(vault, vault_path):
    """`views` (the record handout's read) gives every session `list` shows undamaged, in its
    order, each as `get` gives it, amendments included; a damaged one is left out."""
    sessions = vault.services.sessions
    client = vault.services.clients.create(ClientDraft("Ana"))
    other = vault.services.clients.create(ClientDraft("Ben"))
    made = [sessions.create(client.id, SessionDraft(datetime(2026, 3, day, 10),
                                                    fields={"subjective": f"day {day}"}))
            for day in (4, 11, 18)]
    sessions.create(other.id, SessionDraft(datetime(2026, 3, 5, 10)))
    for note in made[:2]:
        sessions.sign(note.id, "Dr Rivera")
    sessions.amend(made[0].id, "the dog is called Biscuit")
    sessions.amend(made[0].id, "and the cat Pip")
    sessions.amend(made[1].id, "one more thing")
    vault.close()
    with closing(sqlite3.connect(vault_path)) as db, db:
        db.execute("UPDATE therapy_session SET status = 'draft', signed_at = NULL WHERE id = ?",
                   (made[1].id.hex,))

    with Vault.open(vault_path) as reopened:
        reopened.unlock(PASSPHRASE)
        sessions = reopened.services.sessions
        listed = sessions.list(client.id)
        assert [s.damaged for s in listed] == [False, True, False]
        views = sessions.views(client.id)
        assert views == tuple(sessions.get(s.id) for s in listed if not s.damaged)
        assert [len(v.amendments) for v in views] == [0, 2]
