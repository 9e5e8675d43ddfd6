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
import re
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import (
    String,
    type_coerce,
)

from app.backup.errors import BackupDamaged
from app.backup.manifest import DamagedRecord
from app.backup.reader import Shapes
from app.crypto.envelope import field_ad, open_sealed_fast
from app.crypto.errors import DecryptionFailed
from app.crypto.keyring import KeyRing
from app.models import ALL_MODELS, Base, ClientKey, VaultMeta
from app.models.base import Encrypted
from app.models.row_seal import SEAL_COLUMN, associated_data, column_kind
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
    """One model as one part: its fields (name -> kind, id first), and its encrypted fields
    opened and sealed in bulk.

    A whole-vault export or restore through ORM objects costs several seconds; this works on
    plain column values instead, yet applies the model's own rules: its ``key_id`` (called on a
    stand-in holding the row's values), `field_ad`, and its attributes' codecs. AES-GCM makes a
    mismatch impossible to miss: a field sealed or opened with another key or AD fails its tag.
    """

    def __init__(self, model: type[Base]) -> None:
        table = model.__table__
        left_out = NOT_BACKED_UP.get(table.name) or frozenset()
        self.model = model
        self.name: str = table.name
        self.ad_name: str = model.__ad_table__  # the table name its fields' AD binds
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
        self._values = type(f"{model.__name__}Values", (), {"__key_owner__": model.__key_owner__})

    def key_id(self, values: dict[str, Any], keyring: KeyRing) -> UUID:
        """The key that seals this row, by the model's own rule (ids may be text on export)."""
        stand_in = self._values()
        stand_in.__dict__.update(values)
        key_id = self.model.key_id(stand_in, keyring)
        return key_id if isinstance(key_id, UUID) else _uuid_of(key_id)

    def exported(self, row: Sequence[Any]) -> dict[str, Any]:
        """A row read through `export_columns`, ids as canonical text (``8-4-4-4-12``)."""
        values = dict(zip(self.fields, row, strict=True))
        for name in self.uuid_fields:
            hex_id = values[name]
            if hex_id is not None:
                values[name] = dashed_id(hex_id)
        return values

    def opened(self, values: dict[str, Any], keyring: KeyRing,
               damaged: list[DamagedRecord]) -> dict[str, Any]:
        """A row's column values with its encrypted fields decrypted. A field that fails its
        integrity check becomes None and the record is listed as damaged (the rest of the
        backup is still made)."""
        try:
            aead, key_id_bytes = keyring.opener(self.key_id(values, keyring))
        except DecryptionFailed:
            aead = None  # no key for this record: every field it has is lost
        lost = []
        for name, descriptor in self.encrypted.items():
            blob = values[name]
            if blob is None:
                continue
            try:
                if aead is None:
                    raise DecryptionFailed("no key for this record")
                ad = field_ad(self.ad_name, name, values["id"])
                values[name] = descriptor.decode(open_sealed_fast(aead, key_id_bytes, blob, ad))
            except (DecryptionFailed, ValueError):
                values[name] = None
                lost.append(name)
        if lost:
            damaged.append(DamagedRecord(self.name, str(values["id"]), tuple(lost)))
        return values

    def sealed(self, record: dict[str, Any], keyring: KeyRing) -> dict[str, Any]:
        """A record's values ready to insert: encrypted fields sealed with the new vault's
        keys, bound to this table, column and row, and the row's seal over all of them."""
        key_id = self.key_id(record, keyring)
        if not keyring.has_key(key_id):
            raise BackupDamaged(
                f"A '{self.name}' record belongs to a client who is not in the backup."
            )
        for name, descriptor in self.encrypted.items():
            value = record.get(name)
            if value is not None:
                ad = field_ad(self.ad_name, name, record["id"])
                record[name] = keyring.seal(key_id, descriptor.encode(value), ad)
        ad = associated_data(self.model, record["id"], record)
        record[SEAL_COLUMN] = keyring.seal(key_id, b"", ad)
        return record


TABLES: tuple[BackupTable, ...] = tuple(
    BackupTable(m) for m in ALL_MODELS
    if not (m.__tablename__ in NOT_BACKED_UP and NOT_BACKED_UP[m.__tablename__] is None)
)
# Tables renamed since backups were first written: old name -> the table now. An archive made
# before the rename lists its records under the old name; reading it maps them here (new
# backups write only the new name).
FORMER_NAMES: dict[str, str] = {"practice": "exercise"}  # revision 0003
TABLES_BY_NAME: dict[str, BackupTable] = {t.name: t for t in TABLES}
TABLES_BY_NAME.update({old: TABLES_BY_NAME[new] for old, new in FORMER_NAMES.items()})
SHAPES: Shapes = {name: t.shapes for name, t in TABLES_BY_NAME.items()}
