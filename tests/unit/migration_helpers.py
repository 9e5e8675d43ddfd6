"""Helpers for the migration tests: leave a vault's rows as an app at an older revision sealed
them."""

from __future__ import annotations

import sqlalchemy as sa

from app.models import ALL_MODELS
from app.models.row_seal import associated_data_before
from app.services import record_lists
from app.services.database import Database


def seal_as_before(db: Database, engine: sa.Engine, added: dict[str, tuple[str, ...]]) -> None:
    """Seal the rows of the tables in `added` (table name -> the columns added later) again as
    the app at that revision sealed them, without those columns ('updated' times kept as they
    are); the record lists follow."""
    if not added:
        return
    keyring = db.keyring
    assert keyring is not None
    by_table = {m.__tablename__: m for m in ALL_MODELS}
    with engine.begin() as conn:
        for table_name, columns in added.items():
            model = by_table[table_name]
            table = model.__table__
            for row in conn.execute(sa.select(table)).mappings().all():
                values = dict(row)
                owner = model.__key_owner__
                key_id = keyring.vault_id if owner is None else values[owner]
                seal = keyring.seal(key_id, b"", associated_data_before(
                    model, values["id"], values, columns))
                kept = {c.name: values[c.name] for c in table.columns if c.onupdate is not None}
                conn.execute(table.update().where(table.c.id == values["id"])
                             .values(row_seal=seal, **kept))
    record_lists.rebuild(db)
