"""The 200 x 50 demo practice every measure runs on, copies of it, and its services with the
row seals verified or not.

`rows_sealed=False` (app/services/database.py) loads rows without checking their seals: the
nearest honest stand-in, in the same run, for the vault before row seals. Writes still seal
each row and keep the record lists (app/models/record_index.py) either way.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from app.crypto import kdf
from app.demo import build_demo
from app.services.database import Database
from app.services.registry import Services
from app.services.vault import Vault

CLIENTS, SESSIONS = 200, 50
PASSPHRASE = "benchmark passphrase"
# Only to build the practice quickly; the unlock measurement uses calibrated parameters. These are
# below the floor the app refuses, so this harness opts in the way the tests do (tests/conftest.py).
kdf.ALLOW_WEAK_FOR_TESTS = True
BUILD_KDF = kdf.KdfParams(memory_kib=1024, iterations=1, lanes=1)


def build(path: Path) -> None:
    build_demo(path, PASSPHRASE, CLIENTS, SESSIONS, seed=0, kdf_params=BUILD_KDF)


def copy_vault(source: Path, target: Path) -> Path:
    """A copy of a closed vault (with its write-ahead log, if one is left)."""
    for suffix in ("", "-wal"):
        part = source.with_name(source.name + suffix)
        if part.exists():
            shutil.copy2(part, target.with_name(target.name + suffix))
    return target


def database(vault: Vault, *, sealed: bool) -> Database:
    """The unlocked vault's unit of work, checking row seals on load or not."""
    if sealed:
        return vault._database()
    keyring = vault._database().keyring
    assert keyring is not None
    return Database(vault._engine, keyring, rows_sealed=False)


def services(vault: Vault, *, sealed: bool) -> Services:
    """The unlocked vault's services (`vault.services` itself when sealed)."""
    return vault.services if sealed else Services(database(vault, sealed=False))
