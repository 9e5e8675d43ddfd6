"""The disclosure log: what left the app, for whom, when."""

from datetime import datetime

import pytest

from app.errors import BadInput
from app.services.clients import ClientDraft
from tests.unit.sentinel_helpers import assert_one_sentence
from tests.unit.service_helpers import WORLDLY, damage, reopened


def test_entries_are_kept_newest_first_and_listed_per_client(vault, vault_path):
    clients = vault.services.clients
    robin, kim = clients.create(ClientDraft("Robin")), clients.create(ClientDraft("Kim"))
    log = vault.services.disclosures
    handout = log.log("handout", "Session summary, 4 March 2026", WORLDLY, robin.id,
                      at=datetime(2026, 3, 4, 11))
    export = log.log("export", "Whole record as PDF", "Kim (their request)", kim.id,
                     at=datetime(2026, 3, 5, 9))
    backup = log.log("backup", "Encrypted backup of the practice", "USB stick",
                     at=datetime(2026, 3, 6, 18))
    with reopened(vault, vault_path) as again:
        log = again.services.disclosures
        assert log.list() == [backup, export, handout]
        assert log.list(robin.id) == [handout]
        assert log.list(robin.id)[0].recipient == WORLDLY


@pytest.mark.parametrize(("action", "what"), [("email", "summary"), ("print", "  ")])
def test_an_unknown_action_or_nothing_disclosed_is_refused(vault, action, what):
    with pytest.raises(BadInput) as refused:
        vault.services.disclosures.log(action, what)
    assert_one_sentence(refused.value.message)
    assert vault.services.disclosures.list() == []


def test_erasing_a_client_erases_their_entries_but_not_the_practices(vault):
    robin = vault.services.clients.create(ClientDraft("Robin"))
    log = vault.services.disclosures
    log.log("print", "Goal agreement", "Robin", robin.id)
    backup = log.log("backup", "Backup", "USB stick")
    vault.services.clients.erase(robin.id)
    assert log.list() == [backup]


def test_a_damaged_entry_is_listed_as_damaged(vault, vault_path):
    entry = vault.services.disclosures.log("backup", "Backup", "USB stick")
    vault.close()
    damage(vault_path, "disclosure", "what", entry.id)
    with reopened(vault, vault_path) as again:
        assert [(e.id, e.damaged) for e in again.services.disclosures.list()] == [(entry.id, True)]
