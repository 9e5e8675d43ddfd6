"""Writing an archive: one JSON Lines part per table, then the manifest and its seal, zipped in
memory and encrypted with age straight into the final file (atomically).

The zip is built in memory because its content is plaintext and must never touch the disk; it is
compressed as it is built, and each part is written in batches rather than held whole.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from pyrage import x25519

from app.backup.atomic import write_atomically
from app.backup.encryption import encrypt_stream
from app.backup.fields import encoder
from app.backup.manifest import (
    MANIFEST_NAME,
    VERSION,
    DamagedRecord,
    Manifest,
    Part,
    part_file,
)
from app.backup.seal import SEAL_NAME, manifest_seal

# Deflate level 1: text still shrinks about fourfold, several times faster than the default.
COMPRESS_LEVEL = 1
_BATCH_BYTES = 1 << 18
_PASS_THROUGH = {"text", "json"}


@dataclass(frozen=True, slots=True)
class ArchiveHeader:
    """What the manifest says about where the archive came from."""

    app_version: str
    created_at: datetime  # timezone-aware
    vault_id: UUID
    backup_recipient: str
    schema_revision: str


def _line_encoder() -> Callable[[dict[str, Any]], str]:
    """``json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)``
    and the line's end, with the encoder built once rather than per record (the C encoder
    when there is one; no check for circular values: a record's values are plain data)."""
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    make = getattr(json.encoder, "c_make_encoder", None)
    quote = getattr(json.encoder, "c_encode_basestring", None)
    if make is None or quote is None:
        return lambda record: encoder.encode(record) + "\n"
    encode = make(None, encoder.default, quote, None, encoder.key_separator,
                  encoder.item_separator, False, False, False)
    return lambda record: "".join(encode(record, 0)) + "\n"


_json_line = _line_encoder()


class ArchiveWriter:
    """Add parts with `add_part`, then `finish` (sealing the manifest); `encrypt_to` writes
    the file."""

    def __init__(self, header: ArchiveHeader) -> None:
        self._header = header
        self._buffer = io.BytesIO()
        self._zip = zipfile.ZipFile(
            self._buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL
        )
        self._parts: list[Part] = []
        self._finished = False

    def _member(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, self._header.created_at.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        # A hand-made ZipInfo does not inherit the ZipFile's level (the name is private before
        # Python 3.13, which keeps it as an alias).
        info._compresslevel = COMPRESS_LEVEL  # type: ignore[attr-defined]
        info.external_attr = 0o600 << 16  # unzip makes the plaintext readable by its owner only
        return info

    def add_part(self, table: str, fields: dict[str, str],
                 records: Iterable[dict[str, Any]], *, encoded: bool = False) -> Part:
        """Write one table. ``fields`` maps each field to its kind, in record order; each
        record maps every field to a Python value of that kind, or None — or, ``encoded``,
        already to its JSON value (`app.backup.fields.encoder`), in that order."""
        codecs = [(name, None if kind in _PASS_THROUGH else encoder(kind))
                  for name, kind in fields.items()]
        line_of = _json_line if encoded else lambda record: _json_line({
            name: value if (value := record[name]) is None or enc is None else enc(value)
            for name, enc in codecs
        })
        digest = hashlib.sha256()
        count = size = 0
        batch: list[str] = []
        batch_len = 0
        with self._zip.open(self._member(part_file(table)), "w", force_zip64=True) as member:

            def flush() -> None:
                nonlocal size, batch_len
                data = "".join(batch).encode("utf-8")
                digest.update(data)
                member.write(data)
                size += len(data)
                batch.clear()
                batch_len = 0

            for record in records:
                line = line_of(record)
                batch.append(line)
                batch_len += len(line)
                count += 1
                if batch_len >= _BATCH_BYTES:
                    flush()
            flush()
        part = Part(table, part_file(table), count, size, digest.hexdigest(), dict(fields))
        self._parts.append(part)
        return part

    def finish(self, damaged: Iterable[DamagedRecord] = (), *, identity: str | None) -> Manifest:
        """Write the manifest (it holds every part's hash), then its seal made with
        ``identity``, the secret half of the header's backup recipient, and close the zip.
        Without the identity (``None``) no seal can be made: such an archive opens with that
        identity only as a forgery would, so Reciprocal itself always passes it."""
        h = self._header
        if identity is not None and str(
                x25519.Identity.from_str(identity).to_public()) != h.backup_recipient:
            raise ValueError("the identity sealing a backup must be its backup recipient's")
        manifest = Manifest(VERSION, h.app_version, h.created_at, h.vault_id,
                            h.backup_recipient, h.schema_revision, tuple(self._parts),
                            tuple(damaged))
        data = manifest.to_bytes()
        self._zip.writestr(self._member(MANIFEST_NAME), data)
        if identity is not None:
            self._zip.writestr(self._member(SEAL_NAME), manifest_seal(data, identity))
        self._zip.close()
        self._finished = True
        return manifest

    @property
    def zip_size(self) -> int:
        return self._buffer.getbuffer().nbytes

    def encrypt_to(self, path: Path, recipients: list[x25519.Recipient]) -> None:
        """Encrypt the finished archive to every recipient and put it at ``path`` atomically."""
        if not self._finished:
            raise RuntimeError("finish() the archive before writing it")
        self._buffer.seek(0)
        write_atomically(path, lambda handle: encrypt_stream(self._buffer, handle, recipients))

    def discard(self) -> None:
        """Overwrite the plaintext buffer (best effort) and drop it."""
        view = self._buffer.getbuffer()
        view[:] = bytes(len(view))
        view.release()
        self._buffer = io.BytesIO()
