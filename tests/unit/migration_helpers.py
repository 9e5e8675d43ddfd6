"""Helpers for the migration tests: leave a vault's rows as an app at an older revision wrote
them — before revision 0010 each encrypted field was its own envelope, bound to its table,
column and row, and each row's seal an envelope of nothing over its plain values and those
envelopes' tags (from 0004; before it, no seal at all)."""

from __future__ import annotations

import sqlalchemy as sa

from app.crypto.envelope import field_ad
from app.models import ALL_MODELS, RecordIndex
from app.models.base import Base
from app.models.row_seal import (
    SEAL_COLUMN,
    associated_data,
    envelope_columns,
    legacy_associated_data,
    open_row,
)
from app.services import record_lists
from app.services.database import Database


def write_as_before(db: Database, engine: sa.Engine, added: dict[str, tuple[str, ...]],
                    *, models: tuple[type[Base], ...] = ALL_MODELS) -> None:
    """Write every row of `models` (written by today's models; a table the schema does not
    have yet is left out) again as the app before revision 0010 wrote it: one envelope per field, and a seal over the row without the
    columns `added` later to its table (table name -> columns; 'updated' times kept as they
    are)."""
    keyring = db.keyring
    assert keyring is not None
    with engine.begin() as conn:
        for model in models:
            table = model.__table__
            if not sa.inspect(conn).has_table(table.name):
                continue  # not made yet at that revision (or under another name)
            fields = envelope_columns(model)
            for row in conn.execute(sa.select(table)).mappings().all():
                values = dict(row)
                key_id = model.key_id_of(values, keyring)
                aead, key_bytes = keyring.opener(key_id)
                stretches = [values[name] for name in fields]
                plaintext = open_row(aead, key_bytes, values[SEAL_COLUMN],
                                     [s or b"" for s in stretches],
                                     associated_data(model, values["id"], values))
                start = 0
                for name, stretch in zip(fields, stretches, strict=True):
                    if stretch is None:
                        continue
                    plain, start = plaintext[start:start + len(stretch)], start + len(stretch)
                    values[name] = keyring.seal(key_id, plain, field_ad(
                        model.__ad_table__, name, values["id"]))
                values[SEAL_COLUMN] = keyring.seal(key_id, b"", legacy_associated_data(
                    model, values["id"], values, added.get(table.name, ())))
                kept = {c.name: values[c.name] for c in table.columns if c.onupdate is not None}
                conn.execute(table.update().where(table.c.id == values["id"]).values(
                    **kept, row_seal=values[SEAL_COLUMN], **{n: values[n] for n in fields}))


def leave_as_before(db: Database, engine: sa.Engine,
                    added: dict[str, tuple[str, ...]]) -> None:
    """Every row as the app before revision 0010 left it (`write_as_before`), the record
    lists agreeing with the rows (as that app wrote them too)."""
    write_as_before(db, engine, added,
                    models=tuple(m for m in ALL_MODELS if m is not RecordIndex))
    record_lists.rebuild(db)
    write_as_before(db, engine, added, models=(RecordIndex,))
