"""How the vault's models map to the parts of a backup archive: shared by writing a backup
(`app.services.backup`) and reading one back (`app.services.backup_check`, `app.services.restore`).

The mapping is generic: every model in ALL_MODELS becomes one part, every column one field
(encrypted attributes decrypted, plaintext columns as they are; a JSON field's declared shape is
checked when a backup is read), so a new table or column is backed up and restored without
touching these modules. Only key material stays behind (see `NOT_BACKED_UP`): a restored vault
gets new keys, so wrapped keys would be useless in a backup and would only give someone who
opens it something to guess the passphrase against.
"""

from __future__ import annotations

import functools
import json
import operator
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID, SafeUUID

from sqlalchemy import (
    Dialect,
    LargeBinary,
    String,
    type_coerce,
)

from app.backup.errors import BackupDamaged
from app.backup.fields import encoder
from app.backup.manifest import DamagedRecord
from app.backup.reader import Shapes
from app.crypto.envelope import NONCE_LENGTH, TAG_LENGTH, VERSION, InvalidTag
from app.crypto.errors import DecryptionFailed
from app.crypto.keyring import KeyRing
from app.models import ALL_MODELS, Base, ClientKey, VaultMeta
from app.models.base import Encrypted
from app.models.row_seal import (
    SEAL_COLUMN,
    column_kind,
    envelope_columns,
    seal_checker,
    seal_writer,
    sealed_columns,
)
from app.models.shapes import Shape

__all__ = [
    "BATCH",
    "KEYS_TABLES",
    "NOT_BACKED_UP",
    "SHAPES",
    "TABLES",
    "TABLES_BY_NAME",
    "FORMER_NAMES",
    "BackupTable",
    "Export",
    "Resealer",
    "column_kind",
]

# Key material: never written to a backup. None = the whole table.
NOT_BACKED_UP: dict[str, frozenset[str] | None] = {
    "client_key": None,
    "record_index": None,  # remade from the restored rows, with the new vault's keys
    "write_counter": None,  # a restored vault is a new vault, counting its own writes
    "vault_meta": frozenset({
        "kdf_salt", "kdf_memory_kib", "kdf_iterations", "kdf_lanes",
        "dek_by_passphrase", "dek_by_recovery", "backup_identity",
    }),
}
# Restored by making new keys, not by copying rows.
KEYS_TABLES = frozenset({VaultMeta.__tablename__, ClientKey.__tablename__})
BATCH = 1000  # rows per batch, when writing a backup and when restoring one


_UNSEEN = object()  # an owner whose key has not been looked up yet
_new_uuid = UUID.__new__
_set = object.__setattr__
_UNKNOWN = SafeUUID.unknown


# -- the generic mapping: model <-> part -----------------------------------------------------
_HEX_ID = re.compile("[0-9a-f]{32}")


@functools.lru_cache(maxsize=4096)
def _uuid_of(text: str) -> UUID:
    return UUID(text)


def dashed_id(hex_id: str) -> str:
    """SQLAlchemy stores a Uuid on SQLite as 32 hex digits; the archive uses the usual form."""
    if not _HEX_ID.fullmatch(hex_id):
        return str(UUID(hex_id))  # anything unusual goes the slow, validating way
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


class BackupTable:
    """One model as one part: its fields (name -> kind, id first), and its rows' envelopes
    opened and sealed in bulk.

    A whole-vault export or restore through ORM objects costs several seconds; this works on
    plain column values instead, yet applies the model's own rules: its ``key_id`` (called on a
    stand-in holding the row's values), its envelope's associated data (`app.models.row_seal`)
    and its attributes' codecs. AES-GCM makes a mismatch impossible to miss: an envelope sealed
    or opened with another key or associated data fails its tag.
    """

    def __init__(self, model: type[Base]) -> None:
        table = model.__table__
        left_out = NOT_BACKED_UP.get(table.name) or frozenset()
        self.model = model
        self.name: str = table.name
        self.fields: dict[str, str] = {"id": "uuid"}
        self.encrypted: dict[str, Encrypted[Any]] = {}
        self.shapes: dict[str, Shape] = {}  # what each JSON field must hold when read back
        for column in table.columns:
            if column.name in self.fields or column.name in left_out or column.name == SEAL_COLUMN:
                continue  # (a row's seal is made anew, with the new vault's keys, on restore)
            if column.name in model.__encrypted__:
                descriptor = getattr(model, column.name)
                assert isinstance(descriptor, Encrypted)
                self.encrypted[column.name] = descriptor
                self.fields[column.name] = descriptor.codec
                if descriptor.shape is not None:
                    self.shapes[column.name] = descriptor.shape
            else:
                self.fields[column.name] = column_kind(column)
        self.uuid_fields = [name for name, kind in self.fields.items() if kind == "uuid"]
        # Exporting reads ids as their stored hex text: building and formatting ~400,000 UUID
        # objects would cost a third of a whole-practice backup.
        self.export_columns = [
            type_coerce(table.c[name], String) if kind == "uuid" else table.c[name]
            for name, kind in self.fields.items()
        ]
        # What the row's seal covers but the backup leaves out (the data key's sealed backup
        # identity), read besides the fields to check the seal, and the seal itself last.
        extra = [name for _key, name, _kind in sealed_columns(model) if name not in self.fields]
        self.read_columns = [*self.export_columns, *(table.c[name] for name in extra),
                             table.c[SEAL_COLUMN]]
        # Foreign keys: (field position, the table referred to, whether the row goes with it:
        # ON DELETE CASCADE; else the reference is emptied, as SET NULL does).
        self.references = [
            (list(self.fields).index(column.name), fk.column.table.name,
             fk.ondelete == "CASCADE" or not column.nullable)
            for column in table.columns if column.name in self.fields
            for fk in column.foreign_keys
        ]

    def key_id(self, values: dict[str, Any], keyring: KeyRing) -> UUID:
        """The key that seals this row, by the model's own rule (ids may be text on export)."""
        key_id = self.model.key_id_of(values, keyring)
        return key_id if isinstance(key_id, UUID) else _uuid_of(key_id)

    def exported(self, row: Sequence[Any]) -> dict[str, Any]:
        """A row read through `export_columns`, ids as canonical text (``8-4-4-4-12``)."""
        values = dict(zip(self.fields, row, strict=True))
        for name in self.uuid_fields:
            hex_id = values[name]
            if hex_id is not None:
                values[name] = dashed_id(hex_id)
        return values

    def export(self, rows: Iterable[Sequence[Any]], run: Export) -> Iterator[dict[str, Any]]:
        """Rows read through `read_columns`, as records of JSON values in field order
        (`ArchiveWriter.add_part` with ``encoded=True``): ids as canonical text, encrypted
        fields decrypted, each value written as its kind is (`app.backup.fields.encoder`).

        Only what the vault itself would accept goes in, each problem listed in
        ``run.damaged`` (kind and id, never content), as `check` lists it:

        - a row whose seal does not check (a plain column, a foreign key or an encrypted
          field changed behind the vault's back, or no key to check it with), or that its
          owner's sealed record list does not confirm (``run.doubtful``), is left out: which
          of its values is genuine cannot be told, and a restore would seal them all anew;
        - a row referring to a record not in the backup (left out, or deleted from the
          vault) goes with it if the reference is ON DELETE CASCADE, else the reference is
          emptied (SET NULL), as deleting that record in the vault would do;
        - a field that fails its integrity check is None (the rest of the record is whole).

        The seal is checked as a load checks it (`app.models.row_seal.seal_checker`, what
        the ORM's load calls), on the same values; the work is arranged for a whole vault:
        each key looked up once per owner, an id written out (and made a UUID) once, and
        each row handled by straight-line code made for the table (`_exporter`)."""
        table_name = self.name
        keyring = run.keyring
        parents = tuple(run.kept.setdefault(parent, set())
                        for _i, parent, _cascade in self.references)
        kept = run.kept.setdefault(table_name, set()) if table_name in REFERRED_TO else None
        ids = run.ids

        def opener_of(row: Sequence[Any]) -> tuple[Any, bytes] | None:
            return self._opener(self._raw_values(row, ids), keyring)

        return _exporter(self)(rows, run.doubtful.get(table_name) or (), run.damaged, {},
                               run.uuids, ids, kept, parents, opener_of)

    def _raw_values(self, row: Sequence[Any], ids: dict[str, str]) -> dict[str, Any]:
        """A row's fields by name, ids as canonical text (for the model's key rule)."""
        values = dict(zip(self.fields, row[:len(self.fields)], strict=True))
        for name in self.uuid_fields:
            hex_id = values[name]
            if hex_id is not None:
                values[name] = ids.get(hex_id) or dashed_id(hex_id)
        return values

    def _opener(self, values: dict[str, Any], keyring: KeyRing) -> tuple[Any, bytes] | None:
        """The cipher and key id of a row's key; None when it is not held (every field of
        the row is then lost)."""
        try:
            return keyring.opener(self.key_id(values, keyring))
        except DecryptionFailed:
            return None


class Export:
    """What the parts of one backup share while they are written (`BackupTable.export`):
    the keys, the records found damaged, the ids written out (and made UUIDs) so far — foreign
    keys repeat — the ids of the rows in the backup by table (parts come before the parts
    referring to them), and the rows the sealed record lists do not confirm, by table, as
    stored (32 hex digits)."""

    def __init__(self, keyring: KeyRing,
                 doubtful: dict[str, set[str]] | None = None) -> None:
        self.keyring = keyring
        self.damaged: list[DamagedRecord] = []
        self.ids: dict[str, str] = {}
        self.uuids: dict[str, UUID] = {}
        self.kept: dict[str, set[str]] = {}
        self.doubtful: dict[str, set[str]] = doubtful or {}


def made_uuid(uuids: dict[str, UUID], hex_id: str) -> UUID:
    """The UUID of an id as stored (32 hex digits), made once per id and only as far as a
    row's seal reads it (its ``int``, as `UUID` itself parses 32 digits); anything else goes
    the usual way, which refuses what it refuses."""
    if len(hex_id) == 32:
        made = _new_uuid(UUID)
        _set(made, "int", int(hex_id, 16))
        _set(made, "is_safe", _UNKNOWN)
    else:
        made = UUID(hex_id)
    uuids[hex_id] = made
    return made


def shown_id(hex_id: Any) -> str:
    """An id as stored, as the archive and `check` name it (as it is when it is no UUID)."""
    try:
        return dashed_id(str(hex_id))
    except ValueError:
        return str(hex_id)


def _dashed(ids: dict[str, str], hex_id: str) -> str:
    """An id as stored written out (`dashed_id`), once per id."""
    text = ids[hex_id] = dashed_id(hex_id)
    return text


_EXPORT_ERRORS = (InvalidTag, DecryptionFailed, ValueError, TypeError)


@functools.cache
def _exporter(table: BackupTable) -> Callable[..., Iterator[dict[str, Any]]]:
    """`BackupTable.export`'s loop for one table, as straight-line code (a whole vault is
    exported row by row: loops over each row's columns cost as much as its decryption):
    ``export(rows, doubtful, damaged, keys, uuids, ids, kept, parents, opener_of)``. Row
    ``row`` holds the fields, the sealed columns the backup leaves out and the seal; each
    step is `export`'s, in its order, on local variables ``v0``, ``v1``, …"""
    model = table.model
    names = list(table.fields)
    kinds = table.fields
    width = len(names)
    extra = len(table.read_columns) - 1 - width
    env: dict[str, Any] = {
        "DamagedRecord": DamagedRecord, "DecryptionFailed": DecryptionFailed,
        "ERRORS": _EXPORT_ERRORS,
        "UNSEEN": _UNSEEN, "VAULT": ("vault",), "made": made_uuid, "dashed": _dashed,
        "shown": shown_id, "check": seal_checker(model),
        "TABLE": table.name, "EVERY": tuple(names[1:]),
    }
    unpacked = [f"v{i}" for i in range(width)] + [f"x{i}" for i in range(extra)]
    lines = ["def export(rows, doubtful, damaged, keys, uuids, ids, kept, parents, opener_of):"]
    if table.references:
        lines.append(f"    [{''.join(f'p{k}, ' for k in range(len(table.references)))}] = parents")
    lines += ["    for row in rows:",
              f"        [{', '.join(unpacked)}, seal] = row",
              "        try:",
              "            if v0 in doubtful:",
              "                raise DecryptionFailed('not as the record list has it')"]
    # The row's key: looked up once per owner by the model's own rule (any other rule, as a
    # disclosure's, is asked for every row).
    owner_field = model.__key_owner__
    if model.key_id is not Base.key_id:
        lines.append("            opener = opener_of(row)")
    else:
        owner = "VAULT" if owner_field is None else f"v{names.index(owner_field)}"
        lines += [f"            opener = keys.get({owner}, UNSEEN)"
                  + ("" if owner_field is None else f" if {owner} is not None else UNSEEN"),
                  "            if opener is UNSEEN:",
                  "                opener = opener_of(row)"]
        lines += ([f"                keys[{owner}] = opener"] if owner_field is None else
                  [f"                if {owner} is not None:",
                   f"                    keys[{owner}] = opener"])
    # The row's seal, checked with the load's own one-call check, ids made UUIDs (once).
    place = {name: f"v{i}" for i, name in enumerate(names)}
    place.update({name: f"x{i}" for i, name in enumerate(
        name for _key, name, _kind in sealed_columns(model) if name not in kinds)})
    sealed = []
    for _key, name, kind in sealed_columns(model):
        v = place[name]
        sealed.append(f"None if {v} is None else (uuids.get({v}) or made(uuids, {v}))"
                      if kind == "uuid" and name in kinds else v)
    lines += ["            if opener is None:",
              "                raise DecryptionFailed('no key for this record')",
              "            aead, key_id = opener",
              "            plain, bounds = check((uuids.get(v0) or made(uuids, v0), "
              + "".join(f"{item}, " for item in sealed) + "seal), aead, key_id)",
              "        except ERRORS:",
              "            damaged.append(DamagedRecord(TABLE, shown(v0), EVERY))",
              "            continue"]
    if table.references or table.encrypted:
        lines.append("        lost = []")
    # References to rows not in the backup: the row goes with them (CASCADE), or the
    # reference is emptied (SET NULL).
    for k, (i, _parent, cascade) in enumerate(table.references):
        lines.append(f"        if v{i} is not None and v{i} not in p{k}:")
        lines += (["            damaged.append(DamagedRecord(TABLE, shown(v0), EVERY))",
                   "            continue"] if cascade else
                  [f"            v{i} = None", f"            lost.append({names[i]!r})"])
    if table.name in REFERRED_TO:
        lines.append("        kept.add(v0)")
    for i, name in enumerate(names):
        if kinds[name] == "uuid":
            text = f"ids.get(v{i}) or dashed(ids, v{i})"
            lines.append(f"        v{i} = {text}" if i == 0 else
                         f"        if v{i} is not None:\n            v{i} = {text}")
    # Each field from the opened envelope: its stretch of the plaintext, decoded; one carried
    # into the envelope damaged (its header's byte) is lost.
    in_envelope = envelope_columns(model)
    for name, descriptor in table.encrypted.items():
        i, k = names.index(name), in_envelope.index(name)
        env[f"decode{i}"] = descriptor.decode
        decoded = f"plain[bounds[{k}]:bounds[{k + 1}]]"
        decoded = (f"{decoded}.decode('utf-8')" if descriptor.text else f"decode{i}({decoded})")
        lines += [f"        if v{i} is not None:",
                  f"            if bounds[0] and plain[{k}]:",
                  f"                v{i} = None",
                  f"                lost.append({name!r})",
                  "            else:",
                  "                try:",
                  f"                    v{i} = {decoded}",
                  "                except ValueError:",
                  f"                    v{i} = None",
                  f"                    lost.append({name!r})"]
    if table.references or table.encrypted:
        lines += ["        if lost:",
                  "            damaged.append(DamagedRecord(TABLE, v0, tuple(lost)))"]
    # Each value as its kind is written in JSON (encrypted bytes, a picture, as base64).
    for i, name in enumerate(names):
        kind = kinds[name]
        if (kind not in ("uuid", "text", "json") and name not in table.encrypted) \
                or (name in table.encrypted and kind == "bytes"):
            env[f"json{i}"] = encoder(kind)
            lines += [f"        if v{i} is not None:", f"            v{i} = json{i}(v{i})"]
    lines.append("        yield {" + ", ".join(f"{name!r}: v{i}" for i, name in enumerate(names))
                 + "}")
    exec(compile("\n".join(lines) + "\n", f"<backup export of {table.name}>", "exec"), env)
    export: Callable[..., Iterator[dict[str, Any]]] = env["export"]
    return export


# -- restoring: a whole part sealed for the new vault in one tight loop ----------------------
_NONCES_AT_ONCE = 4096


def _json_text_encoder() -> Callable[[Any], str]:
    """``json.dumps(value, ensure_ascii=False, separators=(",", ":"))``, the JSON codec of
    encrypted fields (app/models/base.py), with its encoder built once rather than per value
    (its C encoder when there is one; no check for circular values: decoded JSON has none)."""
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    make = getattr(json.encoder, "c_make_encoder", None)
    quote = getattr(json.encoder, "c_encode_basestring", None)
    if make is None or quote is None:
        return encoder.encode
    encode = make(None, encoder.default, quote, None, encoder.key_separator,
                  encoder.item_separator, False, False, True)

    def text(value: Any) -> str:
        if isinstance(value, str):
            return encoder.encode(value)
        return "".join(encode(value, 0))

    return text


_JSON_TEXT = _json_text_encoder()


class Resealer:
    """Seals restored records with the new vault's keys, for a whole restore: each record's
    encrypted fields as one envelope under its row's key (AES-GCM, a fresh random nonce, the
    row's every stored value as associated data: `app.models.row_seal`), and the values
    converted as SQLAlchemy stores them. The work is arranged for tens of thousands of rows:
    nonces drawn from the OS in bulk (each still random and used once), a UUID built once per
    id, each key looked up once per owner. Records are those of `BackupReader.records` with
    ``decode=False`` (ids as canonical text)."""

    def __init__(self, keyring: KeyRing, dialect: Dialect) -> None:
        self._keyring = keyring
        self._dialect = dialect
        self._uuids: dict[str, UUID] = {}
        self._keys: dict[Any, tuple[Any, bytes]] = {}
        self._nonces = b""
        self._at = 0

    def uuid(self, text: str) -> UUID:
        """The UUID of canonical id text (checked by the reader), made once per id."""
        hit = self._uuids.get(text)
        if hit is None:
            hit = _new_uuid(UUID)
            _set(hit, "int", int(text.replace("-", ""), 16))
            _set(hit, "is_safe", _UNKNOWN)
            self._uuids[text] = hit
        return hit

    def _key(self, table: BackupTable, owner: Any, record: dict[str, Any]) -> tuple[Any, bytes]:
        """(cipher, envelope prefix) of the key sealing `record`, by the model's own rule."""
        entry = self._keys.get(owner)
        if entry is None:
            keyring = self._keyring
            key_id = table.key_id(record, keyring)
            if not keyring.has_key(key_id):
                raise BackupDamaged(
                    f"A '{table.name}' record belongs to a client who is not in the backup."
                )
            aead, key_id_bytes = keyring.opener(key_id)
            entry = (aead, bytes([VERSION]) + key_id_bytes)
            if owner is not None:
                self._keys[owner] = entry
        return entry

    def rows(self, table: BackupTable, columns: Sequence[Any],
             records: Iterable[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
        """Each record sealed, as the tuple of values to insert into ``columns`` (the table's
        columns the part holds, and the row's seal)."""
        model = table.model
        owner_field = model.__key_owner__
        # The model's key rule reads one field (or none: the data key); anything else (a
        # disclosure's, for one) is asked for every record.
        simple = model.key_id is Base.key_id
        vault_owner = ("vault",)
        kinds = table.fields
        in_seal = [name for _key, name, _kind in sealed_columns(model)]
        # The encrypted fields in the order of the envelope (the archive holds them all).
        encrypted = [(name, _encoder(table.encrypted[name])) for name in envelope_columns(model)]
        uuid_in_seal = [i for i, name in enumerate(in_seal) if kinds.get(name) == "uuid"]
        write_seal = seal_writer(model)
        names = [c.name for c in columns]
        to_db = [(i, f) for i, c in enumerate(columns)
                 if (f := self._converter(c, kinds.get(c.name))) is not None]
        row_of = _getter(names)
        seal_values = _getter(in_seal) if set(in_seal) <= set(names) else None
        uuid_of, uuids, keys, key_of = self.uuid, self._uuids, self._keys, self._key
        nonces, at = self._nonces, self._at
        for record in records:
            row_id = record["id"]
            if simple:
                owner = vault_owner if owner_field is None else record.get(owner_field)
                aead, prefix = keys.get(owner) or key_of(table, owner, record)
            else:
                aead, prefix = key_of(table, None, record)
            plain = []
            for name, encode in encrypted:  # their codecs' bytes: their lengths are sealed
                value = record.get(name)
                if value is not None:
                    record[name] = value = encode(value)
                    plain.append(value)
            values = (list(seal_values(record)) if seal_values is not None
                      else [record.get(name) for name in in_seal])
            for i in uuid_in_seal:
                value = values[i]
                if value is not None:
                    values[i] = uuids.get(value) or uuid_of(value)
            if at >= len(nonces):
                nonces, at = _more_nonces(), 0
            nonce = nonces[at:at + NONCE_LENGTH]
            at += NONCE_LENGTH
            ciphertext = aead.encrypt(nonce, b"".join(plain), write_seal(
                uuids.get(row_id) or uuid_of(row_id), values))
            record[SEAL_COLUMN] = prefix + nonce + ciphertext[-TAG_LENGTH:]
            start = 0
            for name, _encode in encrypted:
                value = record.get(name)
                if value is not None:
                    end = start + len(value)
                    record[name] = ciphertext[start:end]
                    start = end
            row = list(row_of(record))
            for i, convert in to_db:
                value = row[i]
                if value is not None:
                    row[i] = convert(value)
            yield tuple(row)
        self._nonces, self._at = nonces, at

    def _converter(self, column: Any, kind: str | None) -> Callable[[Any], Any] | None:
        """How a value of ``column`` goes to the DB-API, as SQLAlchemy's own type converts it
        (ids and times written out: they are most of the values)."""
        if isinstance(column.type, LargeBinary):  # encrypted fields and the seal
            return None  # the DB-API takes bytes as they are
        dialect = self._dialect
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        if kind == "uuid" and dialect.name == "sqlite":
            return _hex_id  # what SQLAlchemy stores for a UUID there: its 32 hex digits
        if kind == "datetime" and dialect.name == "sqlite" and process is not None:
            return _sqlite_datetime(process)
        return process


def _more_nonces() -> bytes:
    """Random bytes for the next nonces, from the OS in one call."""
    return os.urandom(NONCE_LENGTH * _NONCES_AT_ONCE)


def _getter(names: Sequence[str]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """The values of ``names`` from a record, as a tuple (even of one)."""
    get = operator.itemgetter(*names)
    return get if len(names) > 1 else lambda record: (get(record),)


def _hex_id(text: str) -> str:
    return text.replace("-", "")


def _sqlite_datetime(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """SQLAlchemy's SQLite DATETIME text (``YYYY-MM-DD HH:MM:SS.ffffff``) of a naive datetime,
    through `datetime.isoformat`; anything else through SQLAlchemy's own ``process``."""

    def to_db(value: Any) -> Any:
        if type(value) is datetime and value.tzinfo is None:
            text = value.isoformat(" ")
            return text if value.microsecond else text + ".000000"
        return process(value)

    return to_db


def _encoder(descriptor: Encrypted[Any]) -> Callable[[Any], bytes]:
    """The descriptor's own encoding of a value before it is sealed; text and JSON written out
    (the same bytes), anything unusual (a broken character) through the descriptor itself,
    which refuses it in its own words."""
    encode = descriptor.encode
    if descriptor.codec == "text":

        def text(value: Any) -> bytes:
            try:
                return value.encode("utf-8")
            except (UnicodeEncodeError, AttributeError):
                return encode(value)
        return text
    if descriptor.codec == "json":

        def json_value(value: Any) -> bytes:
            if type(value) is int:  # most JSON fields: a rating, a score, minutes
                return b"%d" % value
            try:
                return _JSON_TEXT(value).encode("utf-8")
            except UnicodeEncodeError:
                return encode(value)
        return json_value
    return encode


TABLES: tuple[BackupTable, ...] = tuple(
    BackupTable(m) for m in ALL_MODELS
    if not (m.__tablename__ in NOT_BACKED_UP and NOT_BACKED_UP[m.__tablename__] is None)
)
# Tables renamed since backups were first written: old name -> the table now. An archive made
# before the rename lists its records under the old name; reading it maps them here (new
# backups write only the new name).
FORMER_NAMES: dict[str, str] = {"practice": "exercise"}  # revision 0003
TABLES_BY_NAME: dict[str, BackupTable] = {t.name: t for t in TABLES}
REFERRED_TO = frozenset(parent for t in TABLES for _at, parent, _cascade in t.references)
# A part is written after every part it refers to (`BackupTable.export` checks references
# against the rows already in the backup).
assert all(parent in [t.name for t in TABLES[:n]]
           for n, table in enumerate(TABLES) for _at, parent, _cascade in table.references)
TABLES_BY_NAME.update({old: TABLES_BY_NAME[new] for old, new in FORMER_NAMES.items()})
SHAPES: Shapes = {name: t.shapes for name, t in TABLES_BY_NAME.items()}
