"""Helpers for the backup tests: a small valid archive written by our own writer, and ways to
take one apart and put it back together (re-encrypted properly) with something changed inside,
so the reader's checks behind the encryption are what the tests exercise."""

from __future__ import annotations

import hashlib
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
from app.backup.reader import BackupReader
from app.backup.writer import ArchiveHeader, ArchiveWriter

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
    writer.finish()
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


def with_manifest(files: dict[str, bytes], manifest: dict[str, Any]) -> dict[str, bytes]:
    return {**files, MANIFEST_NAME: json.dumps(manifest).encode()}


def rehash(files: dict[str, bytes], table: str, lines: list[bytes]) -> dict[str, bytes]:
    """Replace a part's lines and fix its count, size and hash in the manifest: the result is
    consistent, so only the reader's record checks can catch what is wrong with it."""
    data = b"".join(lines)
    manifest = manifest_of(files)
    for part in manifest["parts"]:
        if part["table"] == table:
            part.update(records=len(lines), bytes=len(data),
                        sha256=hashlib.sha256(data).hexdigest())
    return with_manifest({**files, f"records/{table}.jsonl": data}, manifest)


def read_all(path: Path, identity: x25519.Identity = IDENTITY) -> dict[str, list[dict[str, Any]]]:
    """Open, check and read every part; raises what the reader raises."""
    with BackupReader.open(path, [identity]) as reader:
        return {p.table: list(reader.records(p)) for p in reader.manifest.parts}
