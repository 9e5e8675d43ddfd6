"""The checked id and date types (app/models/checked_types.py) convert on SQLite in one function
of their own: they give exactly what SQLAlchemy's own types give, and refuse, as IntegrityFailure,
exactly what those types cannot convert."""

from __future__ import annotations

import pickle
from datetime import date, datetime
from typing import Any
from uuid import UUID, uuid4

import pytest
from sqlalchemy import Date, DateTime, Uuid
from sqlalchemy.dialects import sqlite

from app.errors import IntegrityFailure
from app.models import TherapySession
from app.models.checked_types import CheckedDate, CheckedDateTime, CheckedUuid
from app.services.clients import ClientDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.sentinel_helpers import raw

DIALECT = sqlite.dialect()
ID = uuid4()

STORED: dict[str, list[Any]] = {
    "uuid": [
        ID.hex, ID.hex.upper(), str(ID), f"{{{ID}}}", f"urn:uuid:{ID}", "0x" + ID.hex[2:],
        "+" + ID.hex[1:], " " + ID.hex[1:], ID.hex[:31] + "_", "٣" * 32, "é" * 32, "g" * 32,
        ID.hex[:31], ID.hex + "0", "", "not an id", "-" * 32, None, 5, 2.5, ID.bytes,
    ],
    "datetime": [
        "2025-10-03 08:00:00.000000", "2025-10-03 08:00:00", "2025-10-03T08:00:00.123456",
        "2025-10-03", "2025-10-03 08:00:00+02:00", "2026-13-45 99:99:99", "yesterday-ish",
        "", None, 5, 2.5, b"2025-10-03",
    ],
    "date": ["2025-10-03", "2025-10-03 08:00:00", "20251003", "not a date", "", None, 5,
             b"2025-10-03"],
}
TYPES = {"uuid": (CheckedUuid, Uuid), "datetime": (CheckedDateTime, DateTime),
         "date": (CheckedDate, Date)}


def _processor(type_: Any) -> Any:
    return type_()._cached_result_processor(DIALECT, None)


@pytest.mark.parametrize("kind", list(STORED))
def test_a_checked_type_reads_what_sqlalchemys_own_reads_and_refuses_the_rest(kind):
    checked, own = (_processor(t) for t in TYPES[kind])
    for stored in STORED[kind]:
        try:
            expected = own(stored)
        except (ValueError, TypeError, OverflowError, AttributeError):  # a number for an id
            with pytest.raises(IntegrityFailure):
                checked(stored)
        else:
            got = checked(stored)
            assert type(got) is type(expected) and got == expected, stored


def test_the_fast_paths_are_the_ones_in_use_on_sqlite():
    assert _processor(CheckedUuid).__qualname__.startswith("_uuid_from_text")
    assert _processor(CheckedDateTime).__qualname__.startswith("_checked_iso")
    assert _processor(CheckedDate).__qualname__.startswith("_checked_iso")


def test_a_uuid_read_from_its_hex_is_a_uuid_in_every_respect():
    for original in (uuid4(), UUID(int=0), UUID(int=2**128 - 1)):
        read = _processor(CheckedUuid)(original.hex)
        assert type(read) is UUID
        assert (read.int, read.is_safe, str(read), repr(read), hash(read), read.version) == \
            (original.int, original.is_safe, str(original), repr(original), hash(original),
             original.version)
        assert pickle.loads(pickle.dumps(read)) == original
        with pytest.raises(TypeError):
            read.int = 5  # type: ignore[misc]  # as immutable as any UUID


def test_datetimes_and_dates_read_as_fromisoformat_reads_them():
    assert _processor(CheckedDateTime)("2025-10-03 08:00:00.000000") == datetime(2025, 10, 3, 8)
    assert _processor(CheckedDate)("2025-10-03") == date(2025, 10, 3)


def test_a_damaged_id_in_a_session_row_is_damage_not_a_crash(vault: Vault):
    client = vault.services.clients.create(ClientDraft("Ana"))
    note = vault.services.sessions.create(client.id, SessionDraft(
        datetime(2026, 3, 4, 10), fields={"subjective": "slept badly"})).id
    path = vault.path
    vault.close()
    with raw(path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE therapy_session SET client_id = ? WHERE id = ?",
                     ("z" * 32, note.hex))
    with Vault.open(path) as reopened:
        reopened.unlock(PASSPHRASE)
        with reopened._database().begin() as s, pytest.raises(IntegrityFailure):
            s.get(TherapySession, note)
