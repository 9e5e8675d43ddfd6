"""Shared fixtures: a temporary vault with cheap Argon2 parameters (tests only; the product's
parameters are calibrated and never below the floor, which tests/unit/test_kdf.py asserts).

The cheap parameters are below the floor the product refuses, so this test process opts in with
`kdf.ALLOW_WEAK_FOR_TESTS`. Processes the tests start (the `reciprocal` command) do not: a vault
they open must be made with `CLI_KDF`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.crypto import kdf  # noqa: E402
from app.crypto.kdf import KdfParams  # noqa: E402
from app.services.vault import Vault  # noqa: E402

kdf.ALLOW_WEAK_FOR_TESTS = True
CHEAP_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
# For a vault the `reciprocal` command will open: the floor, the cheapest settings the product
# accepts (about 0.15 s per derivation).
CLI_KDF = kdf.FLOOR
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def own_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test (and every `reciprocal` it starts) keeps what this computer remembers about
    vaults (app/services/seen_writes.py) in a folder of its own, never the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RECIPROCAL_HOME", str(home))
    return home


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "practice.vault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """An unlocked, empty vault; closed after the test."""
    v, _recovery = Vault.create(vault_path, PASSPHRASE, kdf_params=CHEAP_KDF)
    yield v
    v.close()


@pytest.fixture
def new_vault(vault_path: Path) -> Iterator[tuple[Vault, str]]:
    """An unlocked, empty vault and its recovery key text."""
    v, recovery = Vault.create(vault_path, PASSPHRASE, kdf_params=CHEAP_KDF)
    yield v, recovery
    v.close()
