"""The row envelope: one AES-GCM envelope per row, holding every encrypted field of the row and
bound to every plain value beside them, so that nothing in the file can be changed, swapped or
emptied without notice, and a whole row opens with one decryption.

A row's encrypted fields (their codecs' bytes, in `sealed_columns` order) are encrypted together
under the row's key — the client's key, or the vault's data key, so it is erased with the
client — with associated data that lists, in a fixed order, the table, the row id, every plain
column's value — foreign keys, status, dates, positions — and, for every encrypted column,
either "empty" or the length of its value. Each encrypted column stores its own stretch of the
one ciphertext (GCM's ciphertext is as long as its plaintext, so the lengths in the associated
data split it again); ``row_seal`` keeps the rest: version, key id, nonce, the ciphertext of a
header, and the tag (`app.models.row_envelope`). A table without encrypted fields has an envelope
of nothing: a tag over its plain values.

The same function builds the associated data from a mapped row (`row_values`) and from the plain
values about to be inserted by restore (`values` keyed by column name), so both agree byte for
byte with what a later load sees. Rows written before revision 0010 carried one envelope per
field and a seal over their GCM tags (`legacy_associated_data`); the first unlock after it
converts them (app/services/row_seals.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date, datetime
from functools import cache
from struct import Struct
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

from app.crypto.envelope import HEADER_LENGTH, TAG_LENGTH, VERSION, InvalidTag
from app.crypto.errors import DecryptionFailed


class Sealable(Protocol):
    """What this module needs of a model (app.models.base.Base, which imports this module)."""

    __ad_table__: ClassVar[str]
    __encrypted__: ClassVar[tuple[str, ...]]

SEAL_COLUMN = "row_seal"
_TAG = 16  # bytes of GCM tag at the end of every envelope
_VERSION = b"row-seal/2"
_LEGACY_VERSION = b"row-seal/1"  # before revision 0010: a seal over the fields' own tags
# A row envelope without its fields: version, key id, nonce, then the header's ciphertext, then
# the tag; a row with no damaged field carried has no header (`app.models.row_envelope`).
ENVELOPE_LENGTH = HEADER_LENGTH + TAG_LENGTH


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


@cache
def envelope_columns(model: type[Sealable]) -> tuple[str, ...]:
    """The names of `model`'s encrypted columns, in the order their plaintexts follow one
    another in a row's envelope (`sealed_columns` order)."""
    return tuple(name for _key, name, kind in sealed_columns(model) if kind == "encrypted")


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


_HEX_ID = re.compile("[0-9a-f]{32}")
_DASHED_ID = re.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid(value: Any) -> bytes:
    """32 hex digits, from a UUID or any text UUID() accepts; the usual spellings without
    building a UUID (a whole-vault pass meets hundreds of thousands of ids)."""
    if isinstance(value, UUID):
        return b"u%032x" % value.int  # UUID.hex, as bytes
    text = str(value)
    if _HEX_ID.fullmatch(text):
        return b"u" + text.encode()
    if _DASHED_ID.fullmatch(text):
        return b"u" + text.replace("-", "").encode()
    return b"u" + UUID(text).hex.encode()


def _datetime(value: Any) -> bytes:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return b"t" + moment.isoformat().encode()


def _date(value: Any) -> bytes:
    day = value if isinstance(value, date) else date.fromisoformat(str(value))
    return b"d" + day.isoformat().encode()


_ENCODERS: dict[str, Callable[[Any], bytes]] = {
    "encrypted": lambda value: b"l%d" % len(value),
    "tagged": lambda value: b"g" + bytes(value[-_TAG:]),  # before revision 0010
    "uuid": _uuid,
    "datetime": _datetime,
    "date": _date,
    "boolean": lambda value: b"b1" if value else b"b0",
    "integer": lambda value: b"i" + str(int(value)).encode(),
    "bytes": lambda value: b"x" + bytes(value),
    "text": lambda value: b"s" + str(value).encode("utf-8", "surrogatepass"),
}

_length = Struct(">I").pack  # the 4-byte big-endian length before each encoded value


def _part(name: str, kind: str) -> Callable[[Any], bytes]:
    """The function writing one column into the seal: ``name=``, the length of the encoded
    value, the encoded value. The Python types a load gives are written directly; any other
    value (restore's text, None) goes through `_ENCODERS`, which gives the same bytes."""
    prefix = name.encode() + b"="
    encode = _ENCODERS[kind]

    def general(value: Any) -> bytes:
        encoded = b"\x00" if value is None else encode(value)
        return prefix + _length(len(encoded)) + encoded

    def iso(exact: type[date], letter: bytes) -> Callable[[Any], bytes]:
        """A datetime or a date of exactly that type, as `_datetime` / `_date` write it."""

        def write(value: Any) -> bytes:
            if type(value) is not exact:
                return general(value)
            text = value.isoformat().encode()
            return prefix + _length(1 + len(text)) + letter + text
        return write

    if kind == "datetime":
        return iso(datetime, b"t")
    if kind == "date":
        return iso(date, b"d")
    if kind == "text":

        def text(value: Any) -> bytes:
            if type(value) is not str:
                return general(value)
            encoded = value.encode("utf-8", "surrogatepass")  # as _ENCODERS["text"] writes it
            return prefix + _length(1 + len(encoded)) + b"s" + encoded
        return text
    if kind == "boolean":
        yes, no = general(True), general(False)
        return lambda value: yes if value is True else no if value is False else general(value)
    if kind == "integer":

        def whole(value: Any) -> bytes:
            if type(value) is not int:
                return general(value)
            digits = b"%d" % value
            return prefix + _length(1 + len(digits)) + b"i" + digits
        return whole
    return general


class _Heads(dict[int, bytes]):
    """What goes before an encoded value of a given length in the seal: the separator,
    ``name=``, the 4-byte length (the letter included) and the letter; made once per length."""

    def __init__(self, name: str, letter: bytes) -> None:
        super().__init__()
        self.prefix, self.letter = b"\x1f" + name.encode() + b"=", letter

    def __missing__(self, size: int) -> bytes:
        head = self.prefix + _length(1 + size) + self.letter
        if len(self) < 64:  # the usual lengths (a time with or without microseconds, ...)
            self[size] = head
        return head


# How `_writer` writes each kind in line, for a value of the Python type a load gives: the
# test that it is, its encoding after the letter ("{v}" is the value), the letter, and the
# encoding's length when it is fixed (else the head before it is looked up by length).
_IN_LINE: dict[str, tuple[str, str, bytes, int | None]] = {
    "encrypted": ("type({v}) is bytes", "b'%d' % len({v})", b"l", None),
    "uuid": ("type({v}) is UUID", "b'%032x' % {v}.int", b"u", 32),  # UUID.hex, as bytes
    "datetime": ("type({v}) is datetime", "{v}.isoformat().encode()", b"t", None),
    "date": ("type({v}) is date", "{v}.isoformat().encode()", b"d", None),
    "text": ("type({v}) is str", "{v}.encode('utf-8', 'surrogatepass')", b"s", None),
    "integer": ("type({v}) is int", "b'%d' % {v}", b"i", None),
    "bytes": ("type({v}) is bytes", "{v}", b"x", None),
}


@cache
def _writer(model: type[Sealable]) -> Callable[[UUID | str, Iterable[Any]], bytes]:
    """`associated_data_in_order` for `model`, as one function of straight-line code (a whole
    vault is checked row by row: a loop over the columns costs as much as the decryption).
    When every value is of the Python type a load gives (or None, in a nullable column), the
    seal is one join of its pieces, without a call or a concatenation per column; any other
    value (restore's text, a subclass) sends the row through `_part` of each column.
    Equal byte for byte to joining `_part` of each column (tests/unit/test_row_seal_fast_paths.py)."""
    return _writers(model)[0]


def seal_checker(model: type[Sealable]) -> Callable[[tuple[Any, ...], Any, bytes],
                                                   tuple[bytes, tuple[int, ...]]]:
    """What a load does once per row, as one call: ``check(loaded, aead, key_id_bytes)``
    writes the envelope's associated data from `loaded` (the row id, the values in
    `sealed_columns` order, the seal itself: what a load keeps of a row) with the same code as
    `seal_writer`, and opens the row envelope with it. Returns its plaintext (the header, then
    every encrypted field) and where each part of it starts: the header's end first, then the
    end of each encrypted column's value, in order. Raises InvalidTag or DecryptionFailed if
    the envelope does not check (or is not there), ValueError or TypeError if a value cannot
    be read as its column's kind."""
    return _writers(model)[1]


@cache
def _writers(model: type[Sealable]) -> tuple[
        Callable[[UUID | str, Iterable[Any]], bytes],
        Callable[[tuple[Any, ...], Any, bytes], tuple[bytes, tuple[int, ...]]]]:
    head = _VERSION + b"\x1f" + model.__ad_table__.encode() + b"\x1f"
    names: dict[str, Any] = {"UUID": UUID, "_uuid": _uuid, "datetime": datetime, "date": date,
                             "HEAD": head, "HEAD_U": head + b"u", "open_row": open_row,
                             "SHORTEST": ENVELOPE_LENGTH, "VERSION": VERSION}
    tests, items, general = ["type(row_id) is UUID"], ["HEAD_U", "b'%032x' % row_id.int"], []
    columns = sealed_columns(model)
    mapped = inspect(model).columns
    fields = []  # the encrypted columns' values, in order
    for i, (key, name, kind) in enumerate(columns):
        v = f"v{i}"
        if kind == "encrypted":
            fields.append(v)
        part = names[f"part{i}"] = _part(name, kind)
        general.append(f"        part{i}({v}),\n")
        if kind == "boolean":
            names[f"yes{i}"], names[f"no{i}"] = b"\x1f" + part(True), b"\x1f" + part(False)
            tests.append(f"({v} is True or {v} is False)")
            items.append(f"yes{i} if {v} else no{i}")
            continue
        if kind not in _IN_LINE:
            tests.append("False")  # no such kind today; written through `_part` if one comes
            continue
        test, encoding, letter, size = _IN_LINE[kind]
        encoding = encoding.replace("{v}", v)
        if size is None:
            names[f"head{i}"] = _Heads(name, letter)
            pieces = [f"head{i}[len(t{i} := {encoding})]", f"t{i}"]
        else:
            names[f"head{i}"] = b"\x1f" + name.encode() + b"=" + _length(1 + size) + letter
            pieces = [f"head{i}", encoding]
        test = test.replace("{v}", v)
        if mapped[key].nullable:  # None is written as one zero byte
            names[f"null{i}"] = b"\x1f" + part(None)
            tests.append(f"({v} is None or {test})")
            pieces = [f"null{i} if {v} is None else {pieces[0]}",
                      f"b'' if {v} is None else {pieces[1]}"]
        else:
            tests.append(test)
        items.extend(pieces)
    joined_tests = " \\\n            and ".join(tests)
    joined_items = "".join(f"            {item},\n" for item in items)
    unpacked = ", ".join(f"v{i}" for i in range(len(columns)))
    body = (f"    if {joined_tests}:\n"
            f"        ad = b''.join((\n{joined_items}        ))\n"
            f"    else:\n"
            f"        ad = HEAD + b'\\x1f'.join((\n        _uuid(row_id),\n"
            f"{''.join(general)}    ))\n")
    # The check opens the envelope as `open_row` does, its usual case written out; then
    # where each part of the plaintext ends, from the stored values' lengths.
    stretches = "".join(f"({v} or b''), " for v in fields)
    bounds = ["h", *(f"b{j}" for j in range(len(fields)))]
    ends = "".join(f"    b{j} = {'h' if j == 0 else f'b{j - 1}'} + "
                   f"(0 if {v} is None else len({v}))\n" for j, v in enumerate(fields))
    source = (f"def write(row_id, values):\n"
              f"    [{unpacked}] = values\n" + body + "    return ad\n"
              f"def check(loaded, aead, key_id):\n"
              f"    [row_id, {unpacked}{', ' if columns else ''}seal] = loaded\n" + body +
              "    if type(seal) is bytes and len(seal) >= SHORTEST and seal[0] == VERSION \\\n"
              "            and seal[1:17] == key_id:\n"
              f"        plain = aead.decrypt(seal[17:{HEADER_LENGTH}], b''.join(("
              f"seal[{HEADER_LENGTH}:-{TAG_LENGTH}], {stretches}seal[-{TAG_LENGTH}:])), ad)\n"
              "    else:\n"
              f"        plain = open_row(aead, key_id, seal, ({stretches}), ad)\n"
              f"    h = len(seal) - SHORTEST\n" + ends +
              f"    return plain, ({', '.join(bounds)},)\n")
    exec(compile(source, f"<row envelope of {model.__ad_table__}>", "exec"), names)
    return names["write"], names["check"]


def envelope(seal: Callable[[bytes, bytes], bytes], ad: bytes, plain: Sequence[bytes | None],
             damaged: bytes = b"") -> tuple[bytes, list[bytes | None], tuple[int, ...], bytes]:
    """A row envelope of `plain` (each encrypted field's codec bytes in `sealed_columns`
    order, None when empty) under `ad` (`associated_data` with those bytes as the encrypted
    columns' values: only their lengths go in), made by `seal` (``seal(plaintext, ad)``, an
    `app.crypto.envelope` envelope under the row's key). `damaged` is the header: empty, or
    one byte per field, 1 where the field is carried as it was stored, unreadable. Returns the
    row's ``row_seal``, each column's stretch of the ciphertext (None when empty), the bounds
    `seal_checker` returns, and the plaintext."""
    plaintext = b"".join((damaged, *(p for p in plain if p)))
    sealed = seal(plaintext, ad)
    ciphertext = sealed[HEADER_LENGTH:-TAG_LENGTH]
    row_seal = sealed[:HEADER_LENGTH] + ciphertext[:len(damaged)] + sealed[-TAG_LENGTH:]
    stretches: list[bytes | None] = []
    bounds = [len(damaged)]
    for field in plain:
        start = bounds[-1]
        end = start + (len(field) if field else 0)
        stretches.append(None if field is None else ciphertext[start:end])
        bounds.append(end)
    return row_seal, stretches, tuple(bounds), plaintext


def open_row(aead: Any, key_id_bytes: bytes, seal: Any, fields: Iterable[Any],
             ad: bytes) -> bytes:
    """The plaintext of a row envelope: `seal` as ``row_seal`` holds it, `fields` the encrypted
    columns' stored values in order (b"" for an empty one). Anything malformed — a seal or a
    field that is not bytes, too short, of another version or key — or changed raises
    DecryptionFailed (or TypeError, for a field that is not bytes)."""
    if not isinstance(seal, bytes | bytearray) or len(seal) < ENVELOPE_LENGTH \
            or seal[0] != VERSION:
        raise DecryptionFailed("The encrypted data is malformed.")
    if seal[1:17] != key_id_bytes:
        raise DecryptionFailed("The encrypted data belongs to another key.")
    sealed = bytes(seal)
    try:
        return aead.decrypt(sealed[17:HEADER_LENGTH], b"".join(
            (sealed[HEADER_LENGTH:-TAG_LENGTH], *fields, sealed[-TAG_LENGTH:])), ad)
    except InvalidTag as exc:
        raise DecryptionFailed("The encrypted data failed its integrity check.") from exc


# `associated_data_in_order` for a model, as one function of the row id and the values (what a
# load calls once per row: the function itself, cached, without a call around it).
seal_writer = _writer


def associated_data(model: type[Sealable], row_id: UUID | str, values: Mapping[str, Any]) -> bytes:
    """The seal's associated data for a row of `model` whose column values (by column name)
    are `values`. A value that cannot be read as its column's kind raises ValueError."""
    return _writer(model)(row_id, map(values.get, _column_names(model)))


def associated_data_in_order(model: type[Sealable], row_id: UUID | str,
                             values: Iterable[Any]) -> bytes:
    """`associated_data` with the column values in `sealed_columns` order (what a load keeps of
    a row, without a dict per row); one too many or too few raises ValueError."""
    return _writer(model)(row_id, values)


def legacy_associated_data(model: type[Sealable], row_id: UUID | str,
                           values: Mapping[str, Any], added: Collection[str] = ()) -> bytes:
    """The associated data of a row's seal as written before revision 0010 (an envelope of
    nothing, over the plain values and each encrypted field's GCM tag), by a version from
    before the columns `added` were added to `model` (a later migration): the bytes that
    version wrote, for the conversion to row envelopes to check each row against."""
    head, parts = _legacy_parts(model, frozenset(added))
    return b"\x1f".join((head, _uuid(row_id), *(write(values.get(name))
                                                 for name, write in parts)))


@cache
def _legacy_parts(model: type[Sealable], added: frozenset[str]) -> tuple[
        bytes, tuple[tuple[str, Callable[[Any], bytes]], ...]]:
    """What `legacy_associated_data` writes for `model`: its head, and each column's writer."""
    return (_LEGACY_VERSION + b"\x1f" + model.__ad_table__.encode(),
            tuple((name, _part(name, "tagged" if kind == "encrypted" else kind))
                  for _key, name, kind in sealed_columns(model) if name not in added))


@cache
def _column_names(model: type[Sealable]) -> tuple[str, ...]:
    return tuple(name for _key, name, _kind in sealed_columns(model))


def row_values(row: Sealable) -> dict[str, Any]:
    """A mapped row's column values by column name (as loaded, or as about to be written)."""
    return {name: getattr(row, key) for key, name, _kind in sealed_columns(type(row))}
