"""The archive's ``manifest.json``: what the archive holds and how to check it.

Parsing is strict (every key the format requires, with the right type) but tolerant of keys it
does not know, so a newer minor version of the format still verifies here. A newer major version
is refused before anything else is read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from app.backup.errors import BackupDamaged, BackupTooNew
from app.backup.fields import JSON_DECODER, KINDS

FORMAT = "reciprocal-backup"
MAJOR = 1
MINOR = 1  # 1.1 added the seal, manifest.mac (docs/backup-format.md §8)
VERSION = f"{MAJOR}.{MINOR}"
MANIFEST_NAME = "manifest.json"
TABLE_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}\Z")
FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}\Z")
_VERSION = re.compile(r"(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\Z")
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")


def part_file(table: str) -> str:
    return f"records/{table}.jsonl"


@dataclass(frozen=True, slots=True)
class Part:
    """One table's records: ``records`` JSON lines, ``bytes`` long, hashing to ``sha256``."""

    table: str
    file: str
    records: int
    bytes: int
    sha256: str
    fields: dict[str, str]  # field name -> kind (see fields.KINDS), in record order

    def to_json(self) -> dict[str, Any]:
        return {"table": self.table, "file": self.file, "records": self.records,
                "bytes": self.bytes, "sha256": self.sha256, "fields": dict(self.fields)}


@dataclass(frozen=True, slots=True)
class DamagedRecord:
    """A record the vault could not fully decrypt when the backup was made; its unreadable
    fields are null in the archive."""

    table: str
    id: str
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Manifest:
    version: str
    app_version: str
    created_at: datetime
    vault_id: UUID
    backup_recipient: str
    schema_revision: str
    parts: tuple[Part, ...]
    damaged: tuple[DamagedRecord, ...] = ()

    @property
    def total_records(self) -> int:
        return sum(p.records for p in self.parts)

    def part(self, table: str) -> Part | None:
        return next((p for p in self.parts if p.table == table), None)

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": self.version,
            "app": {"name": "Reciprocal", "version": self.app_version},
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "vault_id": str(self.vault_id),
            "backup_recipient": self.backup_recipient,
            "schema_revision": self.schema_revision,
            "parts": [p.to_json() for p in self.parts],
            "damaged": [{"table": d.table, "id": d.id, "fields": list(d.fields)}
                        for d in self.damaged],
        }
        return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def _bad(what: str) -> BackupDamaged:
    return BackupDamaged(f"The backup's table of contents is damaged ({what}).")


def _get(doc: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = doc.get(key)
    if isinstance(value, bool) and kind is int or not isinstance(value, kind):
        raise _bad(f"'{key}' is missing or malformed")
    return value


def check_version(version: Any) -> None:
    """Refuse a newer major version with a sentence that says what to do."""
    match = _VERSION.match(version) if isinstance(version, str) else None
    if match is None:
        raise _bad("the format version is malformed")
    major = int(match.group(1))
    if major > MAJOR:
        raise BackupTooNew(
            f"This backup was made by a newer version of Reciprocal (backup format {version}); "
            "please update Reciprocal to open it."
        )
    if major < MAJOR:
        raise _bad(f"format version {version} was never written by Reciprocal")


def _parse_part(raw: Any, max_bytes: int) -> Part:
    if not isinstance(raw, dict):
        raise _bad("a part is not described properly")
    table = _get(raw, "table", str)
    if not TABLE_NAME.match(table):
        raise _bad("a table name is not allowed")
    file = _get(raw, "file", str)
    if file != part_file(table):
        raise _bad(f"the file name of the '{table}' part is not allowed")
    records = _get(raw, "records", int)
    size = _get(raw, "bytes", int)
    if not 0 <= records <= size or size > max_bytes:
        raise _bad(f"the size of the '{table}' part is out of bounds")
    sha = _get(raw, "sha256", str)
    if not _SHA256.match(sha):
        raise _bad(f"the hash of the '{table}' part is malformed")
    fields = _get(raw, "fields", dict)
    if fields.get("id") != "uuid":
        raise _bad(f"the '{table}' part has no record id")
    for name, kind in fields.items():
        if not FIELD_NAME.match(name) or not isinstance(kind, str) or kind not in KINDS:
            raise _bad(f"a field of the '{table}' part is not allowed")
    return Part(table, file, records, size, sha, dict(fields))


def _parse_damaged(raw: Any) -> DamagedRecord:
    if not isinstance(raw, dict):
        raise _bad("the list of damaged records is malformed")
    table, record_id, fields = raw.get("table"), raw.get("id"), raw.get("fields")
    if not (isinstance(table, str) and isinstance(record_id, str) and isinstance(fields, list)
            and all(isinstance(f, str) for f in fields)):
        raise _bad("the list of damaged records is malformed")
    return DamagedRecord(table, record_id, tuple(fields))


def parse_manifest(data: bytes, max_part_bytes: int) -> Manifest:
    """Read and check ``manifest.json``; raises BackupTooNew or BackupDamaged."""
    try:
        doc = JSON_DECODER.decode(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _bad("it is not valid JSON") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BackupDamaged("This file opened, but it does not hold a Reciprocal backup.")
    check_version(doc.get("version"))
    app = _get(doc, "app", dict)
    app_version = _get(app, "version", str)
    try:
        created_at = datetime.fromisoformat(_get(doc, "created_at", str))
        vault_id = UUID(_get(doc, "vault_id", str))
    except ValueError as exc:
        raise _bad("its date or vault id is malformed") from exc
    parts = tuple(_parse_part(p, max_part_bytes) for p in _get(doc, "parts", list))
    if len({p.table for p in parts}) != len(parts):
        raise _bad("a table is listed twice")
    damaged_raw = doc.get("damaged", [])
    if not isinstance(damaged_raw, list):
        raise _bad("the list of damaged records is malformed")
    damaged = tuple(_parse_damaged(d) for d in damaged_raw)
    return Manifest(
        version=doc["version"],
        app_version=app_version,
        created_at=created_at,
        vault_id=vault_id,
        backup_recipient=_get(doc, "backup_recipient", str),
        schema_revision=_get(doc, "schema_revision", str),
        parts=parts,
        damaged=damaged,
    )
