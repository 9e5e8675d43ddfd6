"""Sealing the rows of a vault made before row seals, and writing its record lists (once,
right after the schema migration that adds them), and the revision from which every row must
carry a seal.

The seals are written with plain UPDATE statements, not through the ORM: sealing must not
touch anything else of the row (an ORM update would also move its "updated" time).
"""

from __future__ import annotations

from sqlalchemy import select, update

from app.models import ALL_MODELS
from app.models.row_seal import row_values
from app.services.database import Database
from app.services.record_lists import rebuild

SEALED_SINCE = "0004"  # the schema revision that added row seals


def seal_existing_rows(db: Database) -> int:
    """Seal every row that has no seal yet, in one transaction, then write every owner's list
    of records; returns how many rows were sealed. Rows whose
    fields no longer open are sealed as they are: `check` still reports them (their fields'
    own tags fail), and sealing them does not make them readable."""
    keyring = db.keyring
    assert keyring is not None
    sealed = 0
    with db.begin() as s:
        for model in ALL_MODELS:
            rows = s.scalars(select(model).where(model.row_seal.is_(None))).all()
            table = model.__table__
            # An UPDATE would move "updated" times (their onupdate): keep them as they are.
            kept = [c.name for c in table.columns if c.onupdate is not None]
            for row in rows:
                values = row_values(row)
                s.execute(update(table).where(table.c.id == row.id).values(
                    row_seal=row.new_seal(keyring), **{name: values[name] for name in kept}))
                sealed += 1
    rebuild(db)
    return sealed
