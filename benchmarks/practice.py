"""The demo practice every measure runs on (200 x 50, and 2x and 4x that for scaling), cached per
app version; copies of it; and its services with the row seals verified or not.

Building 800 x 50 takes minutes, so each size is built once per *version* of what it is made
from — `app.__version__` and a hash of the demo generator, the models, their migrations and the
crypto — and kept in the cache folder (``RECIPROCAL_BENCH_CACHE``, else
``~/.cache/reciprocal-bench``). Measures only ever touch copies. The `demo_generation` measure
builds a practice afresh, outside the cache.

`rows_sealed=False` (app/services/database.py) loads rows without checking their seals: the
nearest honest stand-in, in the same run, for the vault before row seals. Writes still seal
each row and keep the record lists (app/models/record_index.py) either way.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import app
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
_APP = Path(app.__file__).parent
# What a cached practice is made from: a change to any of these builds it again.
_SOURCES = ("demo", "models", "crypto", "services/database.py", "services/row_seals.py")


@dataclass(frozen=True, slots=True)
class Workload:
    """How big the practice is, and how hard each measure tries (the smoke run: tiny, once)."""

    clients: int = CLIENTS
    sessions: int = SESSIONS
    repeats: int = 5
    scales: tuple[int, ...] = (1, 2, 4)
    calibrate: bool = True  # False: the "calibrated" unlock uses the build's cheap KDF
    gui_repeats: int = 3  # fresh GUI processes per GUI measure
    smoke: bool = False


SMOKE = Workload(clients=4, sessions=5, repeats=1, scales=(1, 2, 4), calibrate=False,
                 gui_repeats=1, smoke=True)


def build(path: Path, clients: int = CLIENTS, sessions: int = SESSIONS) -> None:
    build_demo(path, PASSPHRASE, clients, sessions, seed=0, kdf_params=BUILD_KDF)


@functools.cache
def version_key() -> str:
    """The app's version and a hash of the sources a practice is built from (read once per
    run: an edit meanwhile does not rebuild the practices halfway through)."""
    digest = hashlib.sha256()
    for source in _SOURCES:
        root = _APP / source
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for file in files:
            digest.update(str(file.relative_to(_APP)).encode())
            digest.update(file.read_bytes())
    return f"{app.__version__}-{digest.hexdigest()[:12]}"


def cache_folder() -> Path:
    configured = os.environ.get("RECIPROCAL_BENCH_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "reciprocal-bench"


def cached(clients: int, sessions: int, cache: Path | None = None) -> Path:
    """A closed practice of `clients` x `sessions` for this app version, built if missing.
    Never open it in place: copy it (`copy_vault`)."""
    folder = (cache or cache_folder()) / version_key()
    path = folder / f"demo-{clients}x{sessions}.vault"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.parent.iterdir():  # practices of older versions
            if stale != folder and stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
        print(f"Building the {clients} x {sessions} demo practice (cached in {folder})…",
              file=sys.stderr, flush=True)
        partial = folder / f".building-{clients}x{sessions}.vault"
        for leftover in folder.glob(partial.name + "*"):
            leftover.unlink()
        build(partial, clients, sessions)
        with Vault.open(partial):  # checkpoint: a closed vault with no write-ahead log left
            pass
        copy_vault(partial, path)
        for leftover in folder.glob(partial.name + "*"):
            leftover.unlink()
    return path


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
