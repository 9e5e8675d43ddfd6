"""The fast paths of the row envelope and of reading a field (benchmarks/decrypt_all.py) write
and check exactly what the plain definitions do.

The envelope's associated data is pinned byte for byte: existing vaults carry envelopes made
with it; so is the form of the seals before revision 0010, which the conversion checks.
The code a model's seal is written with (app/models/row_seal.py `_writer`) is compared, for
every model and many values of every kind, with the encoding written out plainly here; and a
row is still checked against the values it was loaded with, before any field is returned.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date, datetime
from typing import Any
from uuid import UUID, uuid4

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import inspect

from app.crypto.envelope import seal
from app.crypto.errors import DecryptionFailed
from app.errors import IntegrityFailure, VaultLocked
from app.models import (
    ALL_MODELS,
    Base,
    ChecklistTemplate,
    Client,
    ClientKey,
    Goal,
    TherapySession,
)
from app.models.base import _CODECS
from app.models.row_seal import (
    associated_data,
    associated_data_in_order,
    envelope,
    legacy_associated_data,
    seal_checker,
    seal_writer,
    sealed_columns,
)
from app.services.clients import ClientDraft
from app.services.row_seals import ADDED_SINCE
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.sentinel_helpers import raw

ROW_ID = UUID("0b1c2d3e-4f50-4617-8899-aabbccddeeff")
CLIENT_ID = UUID("12345678-9abc-4def-8123-456789abcdef")


def _envelope(n: int) -> bytes:
    """An envelope's shape: header (29 bytes), ciphertext, and a tag of its own."""
    return bytes([1]) + bytes(28) + b"ciphertext" + bytes(range(n, n + 16))


NOTE = {
    "client_id": CLIENT_ID, "created_at": datetime(2025, 3, 4, 9, 30), "duration_minutes": _envelope(1),
    "format": _envelope(2), "note": _envelope(3), "shared_summary": None,
    "signed_at": datetime(2025, 3, 5, 17, 0, 12, 345678), "signed_by": _envelope(4),
    "starts_at": datetime(2025, 3, 4, 9, 0), "status": "signed", "template": _envelope(5),
    "updated_at": datetime(2025, 3, 5, 17, 0, 12),
}
# The same row as restore reads it from a backup: ids and times as text.
NOTE_AS_TEXT = {**NOTE, "client_id": CLIENT_ID.hex, "created_at": "2025-03-04 09:30:00.000000",
                "signed_at": "2025-03-05 17:00:12.345678", "starts_at": "2025-03-04T09:00:00",
                "updated_at": "2025-03-05 17:00:12"}
LEGACY_NOTE_AD = (
    b"row-seal/1\x1ftherapy_session\x1fu0b1c2d3e4f5046178899aabbccddeeff"
    b"\x1fclient_id=\x00\x00\x00!u123456789abc4def8123456789abcdef"
    b"\x1fcreated_at=\x00\x00\x00\x14t2025-03-04T09:30:00"
    b"\x1fduration_minutes=\x00\x00\x00\x11g" + bytes(range(1, 17)) +
    b"\x1fformat=\x00\x00\x00\x11g" + bytes(range(2, 18)) +
    b"\x1fnote=\x00\x00\x00\x11g" + bytes(range(3, 19)) +
    b"\x1fshared_summary=\x00\x00\x00\x01\x00"
    b"\x1fsigned_at=\x00\x00\x00\x1bt2025-03-05T17:00:12.345678"
    b"\x1fsigned_by=\x00\x00\x00\x11g" + bytes(range(4, 20)) +
    b"\x1fstarts_at=\x00\x00\x00\x14t2025-03-04T09:00:00"
    b"\x1fstatus=\x00\x00\x00\x07ssigned"
    b"\x1ftemplate=\x00\x00\x00\x11g" + bytes(range(5, 21)) +
    b"\x1fupdated_at=\x00\x00\x00\x14t2025-03-05T17:00:12"
)
NOTE_AD = (
    b"row-seal/2\x1ftherapy_session\x1fu0b1c2d3e4f5046178899aabbccddeeff"
    b"\x1fclient_id=\x00\x00\x00!u123456789abc4def8123456789abcdef"
    b"\x1fcreated_at=\x00\x00\x00\x14t2025-03-04T09:30:00"
    b"\x1fduration_minutes=\x00\x00\x00\x03l55"
    b"\x1fformat=\x00\x00\x00\x03l55"
    b"\x1fnote=\x00\x00\x00\x03l55"
    b"\x1fshared_summary=\x00\x00\x00\x01\x00"
    b"\x1fsigned_at=\x00\x00\x00\x1bt2025-03-05T17:00:12.345678"
    b"\x1fsigned_by=\x00\x00\x00\x03l55"
    b"\x1fstarts_at=\x00\x00\x00\x14t2025-03-04T09:00:00"
    b"\x1fstatus=\x00\x00\x00\x07ssigned"
    b"\x1ftemplate=\x00\x00\x00\x03l55"
    b"\x1fupdated_at=\x00\x00\x00\x14t2025-03-05T17:00:12"
)
# The other kinds (a date, non-ASCII text, booleans, an integer, bytes), by digest; made by the
# seal's first version (commit 910e5c0).
PINNED = [
    (Client, {"contact": None, "created_at": datetime(2024, 1, 2, 3, 4, 5),
              "display_name": _envelope(6), "legal_name": _envelope(7),
              "preferences": _envelope(8), "pronouns": None, "start_date": date(2024, 1, 2),
              "status": "active — ünïcode", "updated_at": datetime(2024, 1, 2, 3, 4, 5)},
     "474971a4b1c4a0638d0e78beff2c3ca8501cd720bba366b3fa8e6fe321fc9b21"),
    (ChecklistTemplate, {"builtin": True, "created_at": datetime(2024, 5, 6, 7, 8, 9),
                         "items": _envelope(9), "name": _envelope(10),
                         "updated_at": datetime(2024, 5, 6, 7, 8, 9)},
     "4dcfc92543ba00859917458b8c761defee83d7d0199cbed9782590a2fa5c53e3"),
    (ChecklistTemplate, {"builtin": False, "created_at": datetime(2024, 5, 6, 7, 8, 9),
                         "items": _envelope(9), "name": _envelope(10),
                         "updated_at": datetime(2024, 5, 6, 7, 8, 9)},
     "f04f246d9e1df9c4874033fd44ebbc2e4129fb109ec93008ff3bcee13d30156a"),
    (Goal, {"client_id": CLIENT_ID, "created_at": datetime(2024, 1, 2), "first_steps": None,
            "levels": _envelope(11), "position": 3, "review_date": _envelope(12),
            "signs_of_progress": None, "status": "open", "title": _envelope(13),
            "updated_at": datetime(2024, 1, 3), "why_it_matters": _envelope(14)},
     "d1fdff922774d22b601b035bfdbb0a9159168418ac3a6984618483380f94479b"),
    (ClientKey, {"client_id": CLIENT_ID, "wrapped": b"\x01wrapped key bytes\x00\xff"},
     "f62fadd9c71723297ccbe6bc2699e197be2edab864bbd892ab6d551fead94e7b"),
]


def test_the_envelope_of_a_session_note_is_bound_to_the_same_bytes_as_ever():
    assert associated_data(TherapySession, ROW_ID, NOTE) == NOTE_AD
    assert associated_data(TherapySession, ROW_ID.hex, NOTE_AS_TEXT) == NOTE_AD
    assert associated_data(TherapySession, str(ROW_ID), NOTE_AS_TEXT) == NOTE_AD
    in_order = [NOTE[name] for _key, name, _kind in sealed_columns(TherapySession)]
    assert associated_data_in_order(TherapySession, ROW_ID, in_order) == NOTE_AD


def test_the_seal_of_a_session_note_before_0010_is_the_same_bytes_as_ever():
    assert legacy_associated_data(TherapySession, ROW_ID, NOTE) == LEGACY_NOTE_AD
    assert legacy_associated_data(TherapySession, ROW_ID.hex, NOTE_AS_TEXT) == LEGACY_NOTE_AD


@pytest.mark.parametrize("model,values,digest", PINNED)
def test_the_seal_of_every_kind_of_value_before_0010_is_the_same_bytes_as_ever(model, values,
                                                                                digest):
    """Pinned before any column was added: columns added since (revision 0006's) are left out,
    as the seal of a row sealed before them is checked (app/services/row_seals.py)."""
    added = [c for tables in ADDED_SINCE.values() for c in tables.get(model.__tablename__, ())]
    assert hashlib.sha256(legacy_associated_data(model, ROW_ID, values, added)).hexdigest() == (
        digest)
    assert associated_data(model, ROW_ID, values) != legacy_associated_data(model, ROW_ID, values)


# -- the encoding, written out as the seal's first version wrote it --------------------------

def _reference_encode(kind: str, value: Any) -> bytes:
    if value is None:
        return b"\x00"
    if kind == "encrypted":  # its length: the envelope holds the value
        return b"l%d" % len(value)
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


def _reference(model: type[Base], row_id: Any, values: dict[str, Any]) -> bytes:
    parts = [b"row-seal/2", model.__ad_table__.encode(), _reference_encode("uuid", row_id)]
    for _key, name, kind in sealed_columns(model):
        encoded = _reference_encode(kind, values.get(name))
        parts.append(name.encode() + b"=" + len(encoded).to_bytes(4, "big") + encoded)
    return b"\x1f".join(parts)


class _Text(str):
    pass


class _Moment(datetime):
    pass


SAMPLES: dict[str, list[Any]] = {
    "encrypted": [_envelope(20), b"", b"short", bytes(16), bytearray(_envelope(21)),
                  memoryview(_envelope(22)), None],
    "uuid": [uuid4(), uuid4().hex, str(uuid4()), uuid4().hex.upper(), f"{{{uuid4()}}}", None],
    "datetime": [datetime(2026, 1, 2, 3, 4, 5), datetime(2026, 1, 2, 3, 4, 5, 6),
                 _Moment(2026, 1, 2), "2026-01-02 03:04:05.000000", "2026-01-02T03:04", None],
    "date": [date(2026, 1, 2), datetime(2026, 1, 2, 3, 4), "2026-01-02", None],
    "boolean": [True, False, 1, 0, None],
    "integer": [0, 7, -3, 10**30, True, "12", None],
    "bytes": [b"\x00\x01key", bytearray(b"key"), b"", None],
    "text": ["", "plain", "non-ASCII — é ✓ 😀", "half \ud83d of a pair", _Text("sub"), 5, None],
}


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__tablename__)
def test_each_models_seal_writer_agrees_with_the_plain_encoding(model):
    columns = sealed_columns(model)
    # Every column takes each sample of its kind in turn (the others their first sample).
    for turn in range(max(len(SAMPLES[kind]) for _key, _name, kind in columns)):
        values = {name: SAMPLES[kind][turn % len(SAMPLES[kind])]
                  for _key, name, kind in columns}
        for row_id in (ROW_ID, ROW_ID.hex, str(ROW_ID)):
            expected = _reference(model, row_id, values)
            assert associated_data(model, row_id, values) == expected
            in_order = [values[name] for _key, name, _kind in columns]
            assert associated_data_in_order(model, row_id, in_order) == expected


# What a load gives for each kind: the values `_writer` writes in line, without `_part`.
AS_LOADED: dict[str, Any] = {
    "encrypted": _envelope(30), "uuid": CLIENT_ID, "datetime": datetime(2026, 1, 2, 3, 4, 5),
    "date": date(2026, 1, 2), "boolean": False, "integer": 12, "bytes": b"\x00\x01key",
    "text": "signed — ✓",
}


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__tablename__)
def test_the_seal_written_in_line_agrees_with_the_plain_encoding_column_by_column(model):
    """Every value as a load gives it (written in one join); then each column in turn with
    each other sample of its kind (None in a nullable column stays in line, the rest do not)."""
    columns = sealed_columns(model)
    loaded = {name: AS_LOADED[kind] for _key, name, kind in columns}
    rows = [loaded]
    for _key, name, kind in columns:
        rows += [{**loaded, name: sample} for sample in SAMPLES[kind]]
        rows.append({**loaded, name: datetime(2026, 1, 2, 3, 4, 5, 678) if kind == "datetime"
                     else "x" * 300 if kind == "text" else AS_LOADED[kind]})
    for values in rows:
        for row_id in (ROW_ID, ROW_ID.hex):
            in_order = [values[name] for _key, name, _kind in columns]
            assert associated_data_in_order(model, row_id, in_order) == \
                _reference(model, row_id, values)


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__tablename__)
def test_a_row_as_loaded_is_written_without_a_call_per_column(model, monkeypatch):
    write = seal_writer(model)
    for name in [n for n in write.__globals__ if n.startswith("part") or n == "_uuid"]:
        monkeypatch.setitem(write.__globals__, name, None)  # calling one would fail
    columns = sealed_columns(model)
    values = [None if inspect(model).columns[key].nullable and kind != "boolean"
              else AS_LOADED[kind] for key, _name, kind in columns]
    for row in (values, [AS_LOADED[kind] for _key, _name, kind in columns]):
        assert write(ROW_ID, row)


def test_values_that_are_not_of_their_kind_are_refused_as_before():
    for name, bad in (("client_id", "not an id"), ("created_at", "not a time"),
                      ("created_at", 5), ("note", 5)):
        with pytest.raises((ValueError, TypeError)):
            _reference(TherapySession, ROW_ID, {**NOTE, name: bad})
        with pytest.raises((ValueError, TypeError)):
            associated_data(TherapySession, ROW_ID, {**NOTE, name: bad})


def test_the_seal_in_order_takes_exactly_one_value_per_column():
    in_order = [NOTE[name] for _key, name, _kind in sealed_columns(TherapySession)]
    for wrong in (in_order[:-1], [*in_order, None], []):
        with pytest.raises(ValueError):
            associated_data_in_order(TherapySession, ROW_ID, wrong)


@pytest.mark.parametrize("text", [
    '{"subjective":"x","plan":"y"}', "50", "-1.5e3", '"text"', "null", "true", "[]",
    '  {"a": 1} ', '{"a":1} trailing', "\ufeff1", "", " ", "{", '"unterminated', "[1,]",
    "NaN", '{"a":{"b":[1,2,{"c":null}]}}', '"\\ud83d\\ude00"',
])
def test_json_fields_decode_as_json_loads_does(text):
    decode = _CODECS["json"][1]
    try:
        expected: Any = json.loads(text)
    except ValueError as exc:
        with pytest.raises(type(exc)):
            decode(text.encode("utf-8"))
    else:
        assert repr(decode(text.encode("utf-8"))) == repr(expected)  # NaN is not NaN


# -- the load path: checked before any field is returned, against the values as loaded -------

@pytest.fixture
def note(vault: Vault) -> UUID:
    client = vault.services.clients.create(ClientDraft("Ana"))
    return vault.services.sessions.create(client.id, SessionDraft(
        datetime(2026, 3, 4, 10), fields={"subjective": "slept badly"})).id


def _reopened(vault: Vault) -> Vault:
    path = vault.path
    vault.close()
    reopened = Vault.open(path)
    reopened.unlock(PASSPHRASE)
    return reopened


def test_a_row_changed_in_memory_before_its_first_read_is_checked_as_loaded(vault, note):
    with vault._database().begin() as s:
        row = s.get(TherapySession, note)
        row.status = "signed"  # not what its seal says; nor is it stored
        assert row.note["subjective"] == "slept badly"
        s.rollback()


def test_a_changed_row_is_damage_though_it_is_put_right_in_memory_first(vault, note):
    with raw(vault.path) as conn:
        conn.execute("UPDATE therapy_session SET status = 'signed' WHERE id = ?", (note.hex,))
    reopened = _reopened(vault)
    try:
        with reopened._database().begin() as s:
            row = s.get(TherapySession, note)
            row.status = "draft"  # what the seal says: the row was loaded otherwise
            with pytest.raises(IntegrityFailure):
                _ = row.note
            s.rollback()
    finally:
        reopened.close()


@pytest.mark.parametrize("emptied", ["note", "format"])
def test_an_encrypted_field_emptied_in_the_file_is_damage_from_any_field(vault, note, emptied):
    with raw(vault.path) as conn:
        conn.execute(f'UPDATE therapy_session SET "{emptied}" = NULL WHERE id = ?', (note.hex,))
    reopened = _reopened(vault)
    try:
        for first in (emptied, "template"):
            with reopened._database().begin() as s:
                row = s.get(TherapySession, note)
                with pytest.raises(IntegrityFailure):
                    getattr(row, first)
    finally:
        reopened.close()


def test_a_field_read_before_a_lock_is_not_returned_after_it(vault, note):
    db = vault._database()
    with db.begin() as s:
        row = s.get(TherapySession, note)
        assert row.note["subjective"] == "slept badly"
        vault.lock()
        with pytest.raises(VaultLocked):
            _ = row.note
        with pytest.raises(VaultLocked):
            _ = row.template


# -- one call per row: the seal checked from what the load kept, the key shared by its rows ---

@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__tablename__)
def test_the_seal_check_of_a_loaded_row_opens_exactly_the_seal_of_its_values(model):
    key_id = uuid4()
    aead = AESGCM(os.urandom(32))
    columns = sealed_columns(model)
    check = seal_checker(model)
    refused = (DecryptionFailed, InvalidTag)
    fields = [i for i, (_key, _name, kind) in enumerate(columns) if kind == "encrypted"]
    for values in ({name: AS_LOADED[kind] for _key, name, kind in columns},
                   {name: SAMPLES[kind][-1] for _key, name, kind in columns}):
        in_order = [values[name] for _key, name, _kind in columns]
        plain = [in_order[i] for i in fields]
        good, stretches, bounds, plaintext = envelope(
            lambda text, ad: seal(aead, key_id, text, ad),
            associated_data_in_order(model, ROW_ID, in_order), plain)
        for i, stretch in zip(fields, stretches, strict=True):
            in_order[i] = stretch
        assert check((ROW_ID, *in_order, good), aead, key_id.bytes) == (plaintext, bounds)
        assert plaintext == b"".join(p for p in plain if p)
        flipped = good[:-1] + bytes([good[-1] ^ 1])
        for bad_seal in (flipped, None, good[:20], b"\x02" + good[1:], 5):
            with pytest.raises(refused):
                check((ROW_ID, *in_order, bad_seal), aead, key_id.bytes)
        with pytest.raises(refused):  # the seal is not under this key
            check((ROW_ID, *in_order, good), aead, uuid4().bytes)
        with pytest.raises(refused):  # another row's id
            check((uuid4(), *in_order, good), aead, key_id.bytes)
        for i, (_key, _name, kind) in enumerate(columns):  # any one value changed
            for other in SAMPLES[kind]:
                if other != in_order[i] or type(other) is not type(in_order[i]):
                    changed = [*in_order[:i], other, *in_order[i + 1:]]
                    if associated_data_in_order(model, ROW_ID, changed) != \
                            associated_data_in_order(model, ROW_ID, in_order):
                        with pytest.raises(refused):
                            check((ROW_ID, *changed, good), aead, key_id.bytes)
        with pytest.raises(ValueError):  # one value too few
            check((ROW_ID, *in_order[1:], good), aead, key_id.bytes)


def test_a_damaged_row_stays_damaged_on_every_later_read(vault, note):
    """The values kept for the check are dropped only once the seal has checked: a row whose
    seal failed fails again on the next read of any field, never opening on a second try."""
    with raw(vault.path) as conn:
        conn.execute("UPDATE therapy_session SET status = 'signed' WHERE id = ?", (note.hex,))
    reopened = _reopened(vault)
    try:
        with reopened._database().begin() as s:
            row = s.get(TherapySession, note)
            for name in ("note", "note", "template", "shared_summary", "note"):
                with pytest.raises(IntegrityFailure):
                    getattr(row, name)
            with pytest.raises(IntegrityFailure):
                row.opener()
    finally:
        reopened.close()


def test_a_checked_row_keeps_no_copy_of_its_values_and_shares_its_keys_context(vault, note):
    with vault._database().begin() as s:
        client_id = s.get(TherapySession, note).client_id
    vault.services.sessions.create(client_id, SessionDraft(datetime(2026, 3, 5, 10), fields={}))
    reopened = _reopened(vault)
    try:
        with reopened._database().begin() as s:
            rows = s.query(TherapySession).all()
            assert len(rows) == 2
            assert all("_seal_unchecked" in r.__dict__ for r in rows)  # checked at first read
            assert all(r.note is not None for r in rows)
            assert all("_seal_unchecked" not in r.__dict__ for r in rows)
            assert rows[0].opener() is rows[1].opener()  # one tuple per key, not one per row
            reopened.lock()
            for row in rows:
                with pytest.raises(VaultLocked):
                    _ = row.note  # read before: not returned after the lock
                with pytest.raises(VaultLocked):
                    _ = row.duration_minutes
    finally:
        reopened.close()


def test_a_keys_row_context_goes_with_the_key():
    from app.crypto.envelope import new_key
    from app.crypto.keyring import KeyRing

    keyring = KeyRing(uuid4(), new_key())
    client_id = uuid4()
    keyring.new_client_key(client_id)
    context = keyring.row_context(client_id)
    assert context is keyring.row_context(client_id)
    assert context[0] is keyring and context[1:] == keyring.opener(client_id)
    keyring.forget(client_id)  # erasure: no row of the client opens any more
    with pytest.raises(DecryptionFailed):
        keyring.row_context(client_id)
    keyring.row_context(keyring.vault_id)
    keyring.wipe()
    with pytest.raises(DecryptionFailed):
        keyring.row_context(keyring.vault_id)
