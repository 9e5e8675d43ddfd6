"""Reading and checking an archive without the app's models or a vault.

`BackupReader.open` decrypts the file into memory and checks the zip's table of contents against
the manifest before any record is read: member names, sizes and the set of parts, and — when one
of the keys is the backup's own recipient — the manifest's seal (app/backup/seal.py). Opened
with a practice's own key (``own``), the manifest must name that key as the backup's own:
another practice's backup that was only encrypted to it is refused. Reading a
part then checks, as it streams, that every line is a record whose fields fit the manifest (and
the shapes the caller expects of its JSON fields), that ids are unique, and — at the end — that
the count, size and SHA-256 match. Sizes are bounded twice (declared in the zip, and counted
while decompressing), so a zip bomb stops early.

Every failure is a BackupError subclass with one plain sentence.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from pyrage import x25519

from app.backup.encryption import decrypt_to_memory
from app.backup.errors import BackupDamaged
from app.backup.fields import JSON_DECODER, checker, decoder
from app.backup.manifest import MANIFEST_NAME, TABLE_NAME, Manifest, Part, parse_manifest
from app.backup.seal import (
    NOT_OURS,
    NOT_THIS_PRACTICE,
    SEAL_MAX_BYTES,
    SEAL_NAME,
    check_seal,
    secret_for,
)

Progress = Callable[[int, int], None]
# table -> field -> predicate a non-null JSON value must pass (app/models/shapes.py)
Shapes = Mapping[str, Mapping[str, Callable[[Any], bool]]]


@dataclass(frozen=True, slots=True)
class Limits:
    """What this version accepts (the format itself has no limits)."""

    member_bytes: int = 1 << 30  # one part, decompressed
    total_bytes: int = 4 << 30  # all parts together, decompressed
    record_bytes: int = 64 << 20  # one JSON line
    manifest_bytes: int = 1 << 20
    members: int = 1000


_READ_CHUNK = 1 << 16


def _damaged(message: str) -> BackupDamaged:
    return BackupDamaged(message)


class _MeteredStream(io.RawIOBase):
    """Hashes and counts what is read from a zip member and stops past ``limit`` bytes."""

    def __init__(self, source: IO[bytes], limit: int, table: str) -> None:
        self._source = source
        self._limit = limit
        self._table = table
        self.count = 0
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._source.read(min(len(buffer), _READ_CHUNK))
        self.count += len(data)
        if self.count > self._limit:
            raise _damaged(f"The '{self._table}' part is larger than its table of contents says.")
        self.digest.update(data)
        buffer[: len(data)] = data
        return len(data)


def _member_name_ok(name: str) -> bool:
    if name in (MANIFEST_NAME, SEAL_NAME):
        return True
    if not (name.startswith("records/") and name.endswith(".jsonl")):
        return False
    return bool(TABLE_NAME.match(name[len("records/"):-len(".jsonl")]))


# What reading a JSON line runs, without json.loads' wrappers (the decoder's own scanner, so
# NaN and Infinity are refused as by JSON_DECODER).
_scan_json: Callable[[str, int], tuple[Any, int]] = JSON_DECODER.scan_once  # type: ignore[attr-defined]


class _RecordParser:
    """Reads one part's JSON lines into records: each a JSON object with exactly the part's
    fields, each value of its kind (and a JSON field of its shape), ids unique. The checks are
    those of `fields.decoder` / `fields.checker` for every value; only the work is arranged for
    a whole part (ids already checked in this part are remembered, since foreign keys repeat
    in nearly every record, and a text or JSON value needs no call)."""

    def __init__(self, part: Part, shapes: Mapping[str, Callable[[Any], bool]],
                 decode: bool) -> None:
        read = decoder if decode else checker
        kinds = part.fields
        self.table = part.table
        self.names = set(kinds)
        self.uuids = [name for name, kind in kinds.items() if kind == "uuid"]
        self.texts = [name for name, kind in kinds.items() if kind == "text"]
        # json: any JSON value (its shape is checked below); uuid and text: checked above
        self.others = [(name, read(kind)) for name, kind in kinds.items()
                       if kind not in ("uuid", "text", "json")]
        self.shapes = [(name, shape) for name, shape in shapes.items() if name in kinds]
        self.read_uuid = read("uuid")
        self.known: dict[str, Any] = {}  # canonical id text -> what it reads as
        self.seen: set[Any] = set()

    def __call__(self, line: bytes) -> dict[str, Any]:
        table = self.table
        try:
            text = line.decode("utf-8")
            try:  # one object, then the line's end: the usual line, scanned directly
                raw, end = _scan_json(text, 0)
                if end != len(text) - 1:
                    raise ValueError("not one value")
            except (StopIteration, ValueError, RecursionError):
                raw = JSON_DECODER.decode(text)  # anything else, valid or not, as before
        except (ValueError, RecursionError):
            raise _damaged(f"A '{table}' record is not valid JSON.") from None
        if type(raw) is not dict or raw.keys() != self.names:
            raise _damaged(f"A '{table}' record does not have the fields the backup lists.")
        try:
            known = self.known
            for name in self.uuids:
                value = raw[name]
                if value is not None:
                    hit = known.get(value) if type(value) is str else None
                    if hit is None:
                        hit = known[value] = self.read_uuid(value)
                    raw[name] = hit
            for name in self.texts:
                value = raw[name]
                if value is not None and type(value) is not str:
                    raise ValueError("not text")
            for name, read in self.others:
                value = raw[name]
                if value is not None:
                    raw[name] = read(value)
        except (ValueError, TypeError, OverflowError):
            raise _damaged(f"A '{table}' record has a value of the wrong kind.") from None
        for name, shape in self.shapes:
            value = raw[name]
            if value is not None and not shape(value):
                raise _damaged(
                    f"The '{name}' of a '{table}' record does not hold what Reciprocal stores "
                    "there (the backup was damaged or changed)."
                )
        record_id = raw["id"]
        if record_id is None or record_id in self.seen:
            raise _damaged(f"Two '{table}' records have the same id (or one has none).")
        self.seen.add(record_id)
        return raw


class BackupReader:
    """An opened, decrypted archive whose table of contents has been checked. ``authenticated``
    says its seal was checked: it was opened with its own backup identity, so it is known to
    come, unchanged, from the practice that identity belongs to. Opened with another key (a
    custodian's) nothing tells who made it."""

    def __init__(self, archive: zipfile.ZipFile, manifest: Manifest, limits: Limits,
                 authenticated: bool, shapes: Shapes) -> None:
        self._zip = archive
        self.manifest = manifest
        self._limits = limits
        self.authenticated = authenticated
        self._shapes = shapes

    @classmethod
    def open(cls, path: Path | str, identities: list[x25519.Identity],
             limits: Limits | None = None, shapes: Shapes | None = None, *,
             own: bool = False) -> BackupReader:
        """Decrypt and check the table of contents and, with the backup's own identity, its
        seal. ``own``: the identities are a practice's own backup key (not a custodian's), so
        the manifest must name one of them, and be sealed by it. ``shapes`` are checked on
        every record read. Raises NotABackup, BackupKeyMismatch, BackupTooNew or BackupDamaged
        (a missing or wrong seal, or another practice's backup opened with our own key, too)."""
        limits = limits or Limits()
        plain = decrypt_to_memory(Path(path), identities)
        try:
            archive = zipfile.ZipFile(plain)
            infos = archive.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError,
                UnicodeDecodeError, NotImplementedError):
            raise _damaged(
                "This backup opened, but what is inside is not a readable Reciprocal archive."
            ) from None
        by_name = cls._check_members(infos, limits)
        manifest_info = by_name.get(MANIFEST_NAME)
        if manifest_info is None:
            raise _damaged("This backup has no table of contents (manifest.json is missing).")
        manifest_bytes = cls._read_small(archive, manifest_info, limits.manifest_bytes)
        manifest = parse_manifest(manifest_bytes, limits.member_bytes)
        identity = secret_for(identities, manifest.backup_recipient)
        if identity is None and own:
            # Our own key opened it, yet it names another key as the backup's: someone else's
            # practice (sealed with their key, if at all) encrypted to ours as well.
            raise _damaged(NOT_THIS_PRACTICE)
        authenticated = cls._check_seal(archive, by_name.get(SEAL_NAME), manifest_bytes,
                                        identity)
        cls._check_parts(manifest, by_name, limits)
        return cls(archive, manifest, limits, authenticated, shapes or {})

    @classmethod
    def _check_seal(cls, archive: zipfile.ZipFile, info: zipfile.ZipInfo | None,
                    manifest: bytes, identity: str | None) -> bool:
        """Check the seal when ``identity`` (the backup recipient's secret) is at hand; True if
        it was checked. Every version requires it then: an unsealed manifest is exactly what
        a forger, who lacks the identity, would write (docs/backup-format.md §8)."""
        if identity is None:
            return False
        seal = None
        if info is not None:
            try:
                seal = cls._read_small(archive, info, SEAL_MAX_BYTES)
            except BackupDamaged:
                raise BackupDamaged(NOT_OURS) from None
        check_seal(manifest, seal, identity)
        return True

    @staticmethod
    def _check_members(infos: list[zipfile.ZipInfo], limits: Limits) -> dict[str, zipfile.ZipInfo]:
        if len(infos) > limits.members:
            raise _damaged("This backup holds more files than a Reciprocal archive can.")
        by_name: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if not _member_name_ok(info.filename):
                raise _damaged(
                    "This backup holds a file with a name a Reciprocal archive never uses "
                    "(it may have been tampered with)."
                )
            if info.filename in by_name:
                raise _damaged("This backup holds the same file twice (it may have been tampered with).")
            if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED,
                                                                   zipfile.ZIP_DEFLATED):
                raise _damaged("This backup stores a file in a way Reciprocal never writes.")
            if info.file_size > limits.member_bytes:
                raise _damaged("A file in this backup is too large to be read safely.")
            by_name[info.filename] = info
        if sum(i.file_size for i in infos) > limits.total_bytes:
            raise _damaged("This backup unpacks to more data than can be read safely.")
        return by_name

    @staticmethod
    def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
        if info.file_size > limit:
            raise _damaged("The backup's table of contents is too large.")
        try:
            with archive.open(info) as member:
                data = member.read(limit + 1)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error):
            raise _damaged("The backup's table of contents is damaged.") from None
        if len(data) > limit:
            raise _damaged("The backup's table of contents is too large.")
        return data

    @staticmethod
    def _check_parts(manifest: Manifest, by_name: dict[str, zipfile.ZipInfo],
                     limits: Limits) -> None:
        listed = {p.file for p in manifest.parts}
        for part in manifest.parts:
            info = by_name.get(part.file)
            if info is None:
                raise _damaged(f"Part of this backup is missing (the '{part.table}' records).")
            if info.file_size != part.bytes:
                raise _damaged(f"The '{part.table}' records are not the size the backup lists.")
        extra = set(by_name) - listed - {MANIFEST_NAME, SEAL_NAME}
        if extra:
            raise _damaged("This backup holds a file its table of contents does not list.")

    # -- records ----------------------------------------------------------------------------
    def records(self, part: Part, decode: bool = True) -> Iterator[dict[str, Any]]:
        """The part's records as Python values (UUID, datetime, bytes…), checked as they
        stream; with ``decode=False`` only checked (ids stay their canonical strings; dates,
        times and bytes are still read, which is how they are checked). The count, size and
        hash are checked after the last one: consume it to the end before trusting what it
        gave (restore does all its work in one transaction)."""
        parse = _RecordParser(part, self._shapes.get(part.table, {}), decode)
        try:
            source = self._zip.open(part.file)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
            raise _damaged(f"The '{part.table}' records are damaged.") from None
        metered = _MeteredStream(source, part.bytes, part.table)
        lines = io.BufferedReader(metered, _READ_CHUNK)
        limit = self._limits.record_bytes
        count = 0
        try:
            while line := lines.readline(limit + 1):
                if len(line) > limit or not line.endswith(b"\n"):
                    raise _damaged(f"A '{part.table}' record is cut short or too large.")
                count += 1
                if count > part.records:
                    raise _damaged(f"The '{part.table}' part holds more records than listed.")
                yield parse(line)
        except (zipfile.BadZipFile, EOFError, OSError, zlib.error):
            raise _damaged(
                f"The '{part.table}' records are damaged (their checksum failed)."
            ) from None
        finally:
            source.close()
        if count != part.records or metered.count != part.bytes:
            raise _damaged(f"The '{part.table}' part does not hold the records it lists.")
        if metered.digest.hexdigest() != part.sha256:
            raise _damaged(
                f"The '{part.table}' records do not match their fingerprint (SHA-256): the "
                "backup was damaged or changed."
            )

    def verify(self, progress: Progress | None = None) -> int:
        """Read every part to the end; returns the number of records checked."""
        total = self.manifest.total_records
        done = 0
        for part in self.manifest.parts:
            for _record in self.records(part, decode=False):
                done += 1
                if progress is not None and done % 2000 == 0:
                    progress(done, total)
        if progress is not None:
            progress(done, total)
        return done

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> BackupReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
