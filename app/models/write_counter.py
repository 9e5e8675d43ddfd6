"""How many times the vault has been written: a sealed count, raised in the same transaction as
every write, so that putting the whole file back to an older copy can be noticed.

A file rolled back as a whole is internally consistent — every seal and list matches — so the
file alone cannot show it (docs/security.md). What can: each computer remembers the highest
count it has seen of each vault (app/services/seen_writes.py), and a count lower than that means
the file is older than one this computer already had. The row's id is the vault id, so a
deleted counter is named like any other missing record. It is not on the record lists: it
changes with every write, and a list that changed with it would have to be rewritten each time.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.errors import IntegrityFailure
from app.models.base import KEYRING, RESEAL_DAMAGED, ROWS_SEALED, Base

_WROTE = "write_counter_wrote"  # session info: a flush of this transaction wrote something


class WriteCounter(Base):
    __tablename__ = "write_counter"
    __label__ = "write counter"
    __key_owner__ = None
    __listed__ = False

    count: Mapped[int] = mapped_column(default=0)


def _wrote_something(session: Session) -> bool:
    return any(not isinstance(row, WriteCounter)
               for group in (session.new, session.dirty, session.deleted) for row in group)


@event.listens_for(Session, "after_flush")
def _note_the_write(session: Session, _context: Any) -> None:
    if _wrote_something(session):  # (still the state from before this flush)
        session.info[_WROTE] = True


@event.listens_for(Session, "before_commit")
def _count_the_write(session: Session) -> None:
    """Raise the count once per transaction that wrote anything (before its last flush)."""
    keyring = session.info.get(KEYRING)
    if keyring is None or not session.info.get(ROWS_SEALED, False):
        return  # a vault being sealed for the first time, or restored in bulk
    if not (session.info.pop(_WROTE, False) or _wrote_something(session)):
        return
    counter = session.get(WriteCounter, keyring.vault_id)
    if counter is None:  # a vault from before the counter (or one whose counter was deleted)
        session.add(WriteCounter(id=keyring.vault_id, count=1))
        return
    try:
        counter.opener()  # checks its seal
    except IntegrityFailure:
        counter.__dict__[RESEAL_DAMAGED] = True  # saving goes on; `check` reports the damage
    counter.count = (counter.count or 0) + 1
