"""How one field's value is written in a JSON Lines record, by kind (docs/backup-format.md).

The manifest names each field's kind, so a reader needs no knowledge of the app's models to
check and decode a record. ``decode`` is also the validation: it raises ValueError for a value
that does not fit its kind.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from uuid import UUID


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# Strict JSON for every reader: NaN and Infinity are not JSON. One decoder, built once (building
# one per line is slow).
JSON_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


def _canonical_uuid(value: Any) -> str:
    if not isinstance(value, str) or not _UUID.match(value):
        raise ValueError("not a UUID")
    return value


def _uuid(value: Any) -> UUID:
    return UUID(_canonical_uuid(value))


def _datetime(value: Any) -> datetime:
    if not isinstance(value, str) or len(value) < 19 or value[10] != "T":
        raise ValueError("not an ISO 8601 date and time")
    return datetime.fromisoformat(value)


def _date(value: Any) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError("not an ISO 8601 date")
    return date.fromisoformat(value)


def _bytes(value: Any) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not base64 text")
    try:
        return base64.b64decode(value, validate=True)
    except binascii.Error as exc:
        raise ValueError("not base64 text") from exc


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    return value


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("not a whole number")
    return value


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("not true or false")
    return value


def _json(value: Any) -> Any:
    return value


# kind -> (Python value to JSON value, JSON value to Python value)
KINDS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    "uuid": (str, _uuid),
    "datetime": (lambda v: v.isoformat(), _datetime),
    "date": (lambda v: v.isoformat(), _date),
    "bytes": (lambda v: base64.b64encode(v).decode("ascii"), _bytes),
    "text": (_text, _text),
    "integer": (_integer, _integer),
    "boolean": (_boolean, _boolean),
    "json": (_json, _json),
}


def encoder(kind: str) -> Callable[[Any], Any]:
    """The function writing a non-null value of this kind as a JSON value."""
    return KINDS[kind][0]


def decoder(kind: str) -> Callable[[Any], Any]:
    """The function reading a non-null JSON value of this kind; raises ValueError if it does
    not fit. Ask for one per part: ids decoded once are remembered, since foreign keys repeat
    in nearly every record (building a UUID is the slowest step of reading a record)."""
    if kind != "uuid":
        return KINDS[kind][1]
    seen: dict[Any, UUID] = {}

    def remembered(value: Any) -> UUID:
        hit = seen.get(value) if isinstance(value, str) else None
        if hit is None:
            hit = seen[value] = _uuid(value)
        return hit

    return remembered


def checker(kind: str) -> Callable[[Any], Any]:
    """Like `decoder`, for checking only: a UUID stays the (canonical) string it was."""
    return _canonical_uuid if kind == "uuid" else KINDS[kind][1]
