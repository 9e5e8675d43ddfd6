"""The seal over a record's plain facts: every stored value of a row, bound together under the
row's key, so that nothing in the file can be changed, swapped or emptied without notice.

Encrypted fields are bound to their table, column and row by their own associated data, but the
plain columns beside them — foreign keys, status, dates, positions — are not, and neither is
whether an encrypted field is there at all. The row seal is an AES-GCM tag (an envelope with an
empty plaintext, `app.crypto.envelope`) whose associated data lists, in a fixed order, the
table, the row id, every plain column's value and, for every encrypted column, either "empty" or
the GCM tag of its ciphertext (the tag pins the exact ciphertext: no other ciphertext under the
same key has it). It is sealed with the same key as the row's fields — the client's key, or
the vault's data key — so it is erased with the client.

The same function builds the associated data from a mapped row (`row_values`) and from the plain
values about to be inserted by restore (`values` keyed by column name), so both agree byte for
byte with what a later load sees.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from typing import Any, ClassVar, Protocol
from uuid import UUID

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    TypeDecorator,
    Uuid,
    inspect,
)


class Sealable(Protocol):
    """What this module needs of a model (app.models.base.Base, which imports this module)."""

    __ad_table__: ClassVar[str]
    __encrypted__: ClassVar[tuple[str, ...]]

SEAL_COLUMN = "row_seal"
_TAG = 16  # bytes of GCM tag at the end of every envelope
_VERSION = b"row-seal/1"


@cache
def sealed_columns(model: type[Sealable]) -> tuple[tuple[str, str, str], ...]:
    """(attribute key, column name, kind) for every column the seal covers, in column name
    order: all but the row id (named separately), the seal itself and any the model lists in
    ``__unsealed__`` (key material checked by its own wrap). The kind says how a
    value is written into the seal, whatever Python type holds it (restore has text where a
    load has a datetime)."""
    mapper = inspect(model)
    left_out = ("id", SEAL_COLUMN, *getattr(model, "__unsealed__", ()))
    out = []
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if column.name in left_out:
            continue
        kind = "encrypted" if column.name in model.__encrypted__ else column_kind(column)
        out.append((prop.key, column.name, kind))
    return tuple(sorted(out, key=lambda item: item[1]))


def column_kind(column: Any) -> str:
    """The kind of a plain column's values (uuid, datetime, date, boolean, integer, bytes or
    text): how the seal writes them, and how the backup archive names them."""
    column_type = column.type
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    for sql_type, kind in ((Uuid, "uuid"), (DateTime, "datetime"), (Date, "date"),
                           (Boolean, "boolean"), (Integer, "integer"), (String, "text"),
                           (LargeBinary, "bytes")):
        if isinstance(column_type, sql_type):
            return kind
    raise TypeError(f"no kind for {column.table.name}.{column.name} ({column.type!r})")


def _encode(kind: str, value: Any) -> bytes:
    if value is None:
        return b"\x00"
    if kind == "encrypted":
        return b"g" + bytes(value[-_TAG:])
    if kind == "uuid":
        return b"u" + (value if isinstance(value, UUID) else UUID(str(value))).hex.encode()
    if kind == "datetime":
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        return b"t" + moment.isoformat().encode()
    if kind == "date":
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
        return b"d" + day.isoformat().encode()
    if kind == "boolean":
        return b"b1" if value else b"b0"
    if kind == "integer":
        return b"i" + str(int(value)).encode()
    if kind == "bytes":
        return b"x" + bytes(value)
    return b"s" + str(value).encode("utf-8", "surrogatepass")


def associated_data(model: type[Sealable], row_id: UUID | str, values: Mapping[str, Any]) -> bytes:
    """The seal's associated data for a row of `model` whose column values (by column name)
    are `values`. A value that cannot be read as its column's kind raises ValueError."""
    parts = [_VERSION, model.__ad_table__.encode(), _encode("uuid", row_id)]
    for _key, name, kind in sealed_columns(model):
        encoded = _encode(kind, values.get(name))
        parts.append(name.encode() + b"=" + len(encoded).to_bytes(4, "big") + encoded)
    return b"\x1f".join(parts)


def row_values(row: Sealable) -> dict[str, Any]:
    """A mapped row's column values by column name (as loaded, or as about to be written)."""
    return {name: getattr(row, key) for key, name, _kind in sealed_columns(type(row))}
