"""Helpers for the backup tests: a small valid archive written by our own writer, and ways to
take one apart and put it back together (re-encrypted properly, its manifest sealed again with
the identity) with something changed inside, so the reader's checks behind the encryption and
the seal are what the tests exercise."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from uuid import uuid4

import pyrage
from pyrage import x25519

from app.backup.manifest import MANIFEST_NAME
from app.backup.reader import BackupReader, Shapes
from app.backup.seal import SEAL_NAME, manifest_seal
from app.backup.writer import ArchiveHeader, ArchiveWriter
from app.models import ALL_MODELS
from app.models.base import Encrypted
from app.models.shapes import (
    AGE_RECIPIENT,
    UUID_TEXT,
    Fields,
    ListOf,
    MapOf,
    Nullable,
    OneOf,
    Shape,
    Text,
    Whole,
)
from app.services.backup_tables import TABLES
from app.services.vault import Vault
from tests.unit.sentinel_helpers import Practice

IDENTITY = x25519.Identity.generate()
OTHER_IDENTITY = x25519.Identity.generate()

FIELDS = {"id": "uuid", "client_id": "uuid", "at": "datetime", "on": "date", "n": "integer",
          "ok": "boolean", "raw": "bytes", "text": "text", "data": "json"}


def sample_records(count: int = 3) -> list[dict[str, Any]]:
    client = uuid4()
    return [
        {"id": uuid4(), "client_id": client, "at": datetime(2026, 3, 4, 10, 15, n),
         "on": date(2026, 3, 4), "n": n, "ok": n % 2 == 0, "raw": bytes([n, 0, 255]),
         "text": f"Zoë said “hello” {n}\nsecond line", "data": {"scores": [n, -2, 2.5], "x": None}}
        for n in range(count)
    ] + [{name: (uuid4() if name == "id" else None) for name in FIELDS}]


def write_sample(path: Path, records: list[dict[str, Any]] | None = None,
                 recipients: list[x25519.Recipient] | None = None) -> list[dict[str, Any]]:
    """A valid archive with two parts, written by ArchiveWriter; returns the 'note' records."""
    records = sample_records() if records is None else records
    header = ArchiveHeader("0.1.0", datetime(2026, 3, 4, 10, 15, tzinfo=UTC), uuid4(),
                           str(IDENTITY.to_public()), "0002")
    writer = ArchiveWriter(header)
    writer.add_part("note", FIELDS, records)
    writer.add_part("empty", {"id": "uuid"}, [])
    writer.finish(identity=str(IDENTITY))
    writer.encrypt_to(path, recipients or [IDENTITY.to_public()])
    return records


def members(path: Path, identity: x25519.Identity = IDENTITY) -> dict[str, bytes]:
    """The files inside an archive, in order."""
    with zipfile.ZipFile(io.BytesIO(pyrage.decrypt(path.read_bytes(), [identity]))) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


def zip_of(files: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buffer.getvalue()


def seal(path: Path, plain: bytes, recipients: list[x25519.Recipient] | None = None) -> Path:
    path.write_bytes(pyrage.encrypt(plain, recipients or [IDENTITY.to_public()]))
    return path


def manifest_of(files: dict[str, bytes]) -> dict[str, Any]:
    return json.loads(files[MANIFEST_NAME])


def resealed(files: dict[str, bytes], identity: x25519.Identity = IDENTITY) -> dict[str, bytes]:
    """The files with ``manifest.mac`` made afresh for their manifest with ``identity``."""
    return {**files, SEAL_NAME: manifest_seal(files[MANIFEST_NAME], str(identity))}


def with_manifest(files: dict[str, bytes], manifest: dict[str, Any],
                  identity: x25519.Identity = IDENTITY) -> dict[str, bytes]:
    """The files with this manifest, sealed with ``identity`` (as the writer would have)."""
    return resealed({**files, MANIFEST_NAME: json.dumps(manifest).encode()}, identity)


def rehash(files: dict[str, bytes], table: str, lines: list[bytes],
           identity: x25519.Identity = IDENTITY) -> dict[str, bytes]:
    """Replace a part's lines and fix its count, size and hash in the manifest, and its seal:
    the result is consistent, so only the reader's record checks can catch what is wrong."""
    data = b"".join(lines)
    manifest = manifest_of(files)
    for part in manifest["parts"]:
        if part["table"] == table:
            part.update(records=len(lines), bytes=len(data),
                        sha256=hashlib.sha256(data).hexdigest())
    return with_manifest({**files, f"records/{table}.jsonl": data}, manifest, identity)


def stranger_seal(manifest: bytes, identity_file_line: str) -> bytes:
    """The seal as docs/backup-format.md §4 tells a stranger to compute it, with the standard
    library alone: HKDF-SHA256 (no salt, one block) of the identity line, then HMAC-SHA256 of
    the manifest's bytes."""
    ikm = identity_file_line.strip().upper().encode("ascii")
    prk = hmac.new(b"\0" * 32, ikm, hashlib.sha256).digest()
    key = hmac.new(prk, b"reciprocal/v1/backup-manifest-mac" + b"\x01", hashlib.sha256).digest()
    return hmac.new(key, manifest, hashlib.sha256).hexdigest().encode("ascii") + b"\n"


def read_all(path: Path, identity: x25519.Identity = IDENTITY,
             shapes: Shapes | None = None) -> dict[str, list[dict[str, Any]]]:
    """Open, check and read every part; raises what the reader raises."""
    with BackupReader.open(path, [identity], shapes=shapes) as reader:
        return {p.table: list(reader.records(p)) for p in reader.manifest.parts}


# -- forging: what anyone who knows a practice's backup recipient can make -----------------------
def forge(path: Path, backup_recipient: str, records: dict[str, list[dict[str, Any]]],
          recipients: list[str], fields: dict[str, dict[str, str]] | None = None) -> Path:
    """A complete, self-consistent archive claiming to be the practice's, written by our own
    writer and encrypted to ``recipients`` — but without the backup identity, so unsealed.
    ``records`` gives each table's records by field name (fields not given are null); the
    tables' fields are the app's unless ``fields`` says otherwise."""
    fields = fields or {t.name: t.fields for t in TABLES}
    header = ArchiveHeader("0.1.0", datetime.now(UTC).replace(microsecond=0), uuid4(),
                           backup_recipient, "0002")
    writer = ArchiveWriter(header)
    for table, rows in records.items():
        writer.add_part(table, fields[table],
                        [{name: row.get(name) for name in fields[table]} for row in rows])
    writer.finish(identity=None)
    writer.encrypt_to(path, [x25519.Recipient.from_str(r) for r in recipients])
    return path


FORGED_NOTE = "The client consented to sharing these notes with their employer."


def forged_practice() -> dict[str, list[dict[str, Any]]]:
    """One client and one signed session whose note says something that was never written."""
    client, when = uuid4(), datetime(2026, 3, 4, 10, 0)
    return {
        "client": [{"id": client, "status": "active", "created_at": when, "updated_at": when,
                    "display_name": "Ana Lima"}],
        "therapy_session": [{
            "id": uuid4(), "client_id": client, "starts_at": when, "status": "signed",
            "signed_at": when, "created_at": when, "updated_at": when, "duration_minutes": 50,
            "format": "in person", "template": "free", "note": {"note": FORGED_NOTE},
            "signed_by": "Dr Demo",
        }],
    }


# -- JSON fields holding what their shape says ---------------------------------------------------
_PATTERN_EXAMPLES: dict[Shape, str] = {
    UUID_TEXT: str(uuid4()), AGE_RECIPIENT: str(OTHER_IDENTITY.to_public()),
}


def example(shape: Shape, words: str) -> Any:
    """A value of this shape carrying ``words`` wherever it holds free text."""
    match shape:
        case Whole():
            return shape.low
        case OneOf():
            return shape.choices[0]
        case Text() if shape.pattern is None:
            return words
        case Text():
            return _PATTERN_EXAMPLES[shape]
        case Nullable():
            return example(shape.inner, words)
        case ListOf():
            return [example(shape.item, words)]
        case MapOf():
            return {example(shape.key, "words"): example(shape.value, words)}
        case Fields():
            return {name: example(inner, words) for name, inner in shape.fields}
    raise TypeError(f"no example for {shape!r}")


def conform_json_fields(vault: Vault, practice: Practice) -> set[str]:
    """`populate` puts ``{"words": token}`` in every JSON field; put a value of the field's
    shape there instead (a number cannot carry a token). Returns the tokens still stored."""
    where = {place: token for token, place in practice.tokens.items()}
    kept = set(practice.tokens)
    with vault._database().begin() as s:
        for model in ALL_MODELS:
            for row_id in practice.rows.get(model, []):
                row = s.get(model, row_id)
                for name in model.__encrypted__:
                    descriptor: Encrypted[Any] = getattr(model, name)
                    token = where.get(f"{model.__tablename__}:{row_id}#{name}")
                    if descriptor.codec != "json" or token is None:
                        continue
                    value = example(descriptor.shape, token)  # type: ignore[arg-type]
                    setattr(row, name, value)
                    if token not in json.dumps(value):
                        kept.discard(token)
    return kept
