"""The vault's SQLite engine and the unit of work every service uses.

Pragmas follow docs/design.md §3: WAL with synchronous=FULL (a committed save survives kill -9 and
power loss), foreign keys on, secure_delete on (erased rows are zeroed, not just unlinked), and
temporary tables in memory (SQLite never writes a temp file).
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.crypto.keyring import KeyRing
from app.errors import BadInput, DiskFull, IntegrityFailure, NotAVault, VaultBusy, VaultLocked
from app.models import KEYRING
from app.models.base import ROWS_SEALED


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a bulk read makes tens of thousands of
    objects that all stay alive (every note of a practice, for the search index): otherwise
    it scans them again and again as they pile up, which is about half the time of such a
    read and grows faster than the practice does. Nothing cyclic is made there to collect;
    the collector runs as usual afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": 5},
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in (
            "journal_mode=WAL",
            "synchronous=FULL",
            "foreign_keys=ON",
            "secure_delete=ON",
            "temp_store=MEMORY",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    return engine


def translate_db_error(exc: Exception) -> Exception:
    """Turn SQLite's errors into one plain sentence; the original stays as the cause."""
    if isinstance(exc, IntegrityError):
        return BadInput("That change conflicts with records already in the vault, so it was not saved.")
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull("The disk is full, so nothing was saved; free some space and try again.")
    if "locked" in text or "busy" in text:
        return VaultBusy("The vault is busy in another program; close it there and try again.")
    if "not a database" in text or "file is encrypted" in text:
        return NotAVault("This file is not a Reciprocal vault.")
    if "malformed" in text or "corrupt" in text:
        return IntegrityFailure(
            "The vault file is damaged (truncated or corrupted); restore it from a backup.",
            (("database file", "structure"),),
        )
    if "readonly" in text or "read-only" in text:
        return BadInput("The vault file is read-only, so nothing can be saved to it.")
    if "unable to open" in text:
        return BadInput("The vault file cannot be opened.")
    return IntegrityFailure("The vault could not be read; restore it from a backup.")


class Database:
    """Sessions bound to the unlocked keyring. After `close()` every use raises VaultLocked."""

    def __init__(self, engine: Engine, keyring: KeyRing, *, rows_sealed: bool = True) -> None:
        """`rows_sealed` is False only while a vault from an earlier version is migrated (its
        rows are checked by the conversion itself, and the migration is not a counted write)."""
        self.engine = engine
        self.keyring: KeyRing | None = keyring
        self._rows_sealed = rows_sealed
        self._sessions = sessionmaker(engine, expire_on_commit=False,
                                      info={KEYRING: keyring, ROWS_SEALED: rows_sealed})

    def use_keyring(self, keyring: KeyRing) -> None:
        """Work under `keyring` from now on (after the keys were renewed): every service keeps
        its Database, so a save queued during the renewal still lands."""
        self.keyring = keyring
        self._sessions = sessionmaker(self.engine, expire_on_commit=False,
                                      info={KEYRING: keyring, ROWS_SEALED: self._rows_sealed})

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error, always closes."""
        if self.keyring is None:
            raise VaultLocked("The vault is locked.")
        try:
            with self._sessions.begin() as session:
                yield session
        except (OperationalError, DatabaseError) as exc:
            raise translate_db_error(exc) from exc

    def close(self) -> None:
        self.keyring = None
        self._sessions = sessionmaker()
