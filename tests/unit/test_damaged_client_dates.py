"""A date in one client's row that does not read (the file edited outside Reciprocal) marks that
client as damaged in the list; the other clients are listed as usual."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.errors import IntegrityFailure
from app.services.clients import DAMAGED_NAME, ClientDraft
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.sentinel_helpers import raw


@contextmanager
def unlocked(path: Path) -> Iterator[Vault]:
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
        yield vault


@pytest.fixture
def practice(tmp_path) -> tuple[Path, list]:
    path = tmp_path / "practice.vault"
    vault, _ = Vault.create(path, PASSPHRASE, kdf_params=CHEAP_KDF)
    clients = vault.services.clients
    ids = [clients.create(ClientDraft(display_name=name)).id
           for name in ("Aster", "Birch", "Cedar")]
    vault.close()
    return path, ids


@pytest.mark.parametrize(("column", "garbage"), [
    ("created_at", "2026-13-45 99:99:99"),
    ("start_date", "not a date"),
    ("updated_at", "yesterday-ish"),
])
def test_a_damaged_date_marks_only_that_client_as_damaged(practice, column, garbage):
    path, (aster, birch, cedar) = practice
    with raw(path) as conn:
        conn.execute(f'UPDATE client SET "{column}" = ? WHERE id = ?', (garbage, birch.hex))
    with unlocked(path) as vault:
        listed = vault.services.clients.list()
        assert [c.id for c in listed] == [aster, cedar, birch]  # the damaged one last
        assert [c.damaged for c in listed] == [False, False, True]
        assert listed[2].display_name == DAMAGED_NAME
        assert [c.display_name for c in listed[:2]] == ["Aster", "Cedar"]
        assert [c.id for c in vault.services.clients.list(status="active")] == [aster, cedar, birch]
        with pytest.raises(IntegrityFailure):
            vault.services.clients.get(birch)
