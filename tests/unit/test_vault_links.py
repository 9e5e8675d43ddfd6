"""One process per vault, truly (issue 8, item 6): the lock belongs to the file a path resolves to,
so a symbolic link to an open vault is busy, and a vault file with a second hard link (a second
name that would take its own lock and keep its own WAL) is refused."""

from __future__ import annotations

import os
import sys

import pytest

from app.errors import BadInput, VaultBusy
from app.services.vault import Vault
from app.services.vault_lock import lock_path
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.sentinel_helpers import assert_one_sentence

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")


@pytest.fixture
def closed_vault(tmp_path):
    path = tmp_path / "vaults" / "practice.vault"
    path.parent.mkdir()
    Vault.create(path, PASSPHRASE, kdf_params=CHEAP_KDF)[0].close()
    return path


def test_a_symlink_to_an_open_vault_is_busy(closed_vault, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    absolute = elsewhere / "link.vault"
    absolute.symlink_to(closed_vault)
    relative = closed_vault.parent / "relative.vault"
    relative.symlink_to(closed_vault.name)
    chain = elsewhere / "chain.vault"
    chain.symlink_to(absolute)
    with Vault.open(closed_vault):
        for link in (absolute, relative, chain):
            with pytest.raises(VaultBusy) as exc:
                Vault.open(link)
            assert exc.value.exit_code == 4
    with Vault.open(absolute), pytest.raises(VaultBusy):  # and the other way round
        Vault.open(closed_vault)
    assert not (elsewhere / "link.vault.lock").exists()


def test_a_vault_opened_through_a_symlink_works_on_the_file_itself(closed_vault, tmp_path):
    link = tmp_path / "link.vault"
    link.symlink_to(closed_vault)
    assert lock_path(link) == lock_path(closed_vault) == closed_vault.with_name(
        "practice.vault.lock")
    with Vault.open(link) as vault:
        assert vault.path == closed_vault
        vault.unlock(PASSPHRASE)
        assert vault.services.clients.list() == []
        assert (closed_vault.parent / "practice.vault.lock").exists()
        assert sorted(p.name for p in tmp_path.iterdir()) == ["link.vault", "vaults"]
    assert link.is_symlink()


def test_a_vault_file_with_a_second_hard_link_is_refused(closed_vault, tmp_path):
    other = tmp_path / "other-name.vault"
    os.link(closed_vault, other)
    before = closed_vault.read_bytes()
    for name in (closed_vault, other):
        with pytest.raises(BadInput) as exc:
            Vault.open(name)
        assert exc.value.exit_code == 1
        assert "hard link" in str(exc.value)
        assert_one_sentence(str(exc.value))
    assert closed_vault.read_bytes() == before
    assert not (tmp_path / "other-name.vault-wal").exists()
    assert not lock_path(other).exists() and not lock_path(closed_vault).exists()
    other.unlink()
    with Vault.open(closed_vault) as vault:  # one name again: it opens
        vault.unlock(PASSPHRASE)


def test_a_hard_link_made_while_the_vault_is_open_cannot_open_it_again(closed_vault, tmp_path):
    with Vault.open(closed_vault) as vault:
        vault.unlock(PASSPHRASE)
        other = tmp_path / "copy-by-link.vault"
        os.link(closed_vault, other)
        with pytest.raises(BadInput):
            Vault.open(other)
        assert not (tmp_path / "copy-by-link.vault-wal").exists()
