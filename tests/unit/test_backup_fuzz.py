"""Fuzzing the archive reader: arbitrary bytes, and valid archives mutated outside and inside the
encryption (sealed again where the manifest changed, so the checks behind the seal are reached),
never make it fail with anything but a BackupError (one plain sentence), never hang, and never
write a file anywhere."""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.backup.reader import BackupReader
from app.errors import BackupError
from app.services.backup_tables import SHAPES
from tests.unit.backup_helpers import IDENTITY, members, resealed, seal, write_sample, zip_of
from tests.unit.sentinel_helpers import assert_one_sentence

FUZZ = settings(max_examples=150, deadline=timedelta(seconds=10),
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

# -- no file may be written while reading -----------------------------------------------------
_WRITES: list[tuple[str, tuple[object, ...]]] = []
_WATCHING = False
_WRITE_EVENTS = {"os.rename", "os.remove", "os.rmdir", "os.mkdir", "os.link", "os.symlink",
                 "os.truncate", "os.chmod", "shutil.copyfile", "shutil.move", "shutil.rmtree"}


def _audit(event: str, args: tuple[object, ...]) -> None:
    if not _WATCHING:
        return
    if event == "open" and len(args) > 1 and isinstance(args[1], str) and \
            any(c in args[1] for c in "wax+"):
        _WRITES.append((event, args))
    elif event == "open" and len(args) > 2 and isinstance(args[2], int) and args[2] & 0o3:
        _WRITES.append((event, args))  # os.open with O_WRONLY or O_RDWR
    elif event in _WRITE_EVENTS:
        _WRITES.append((event, args))


sys.addaudithook(_audit)


def read_everything(path: Path, shapes=None) -> None:
    """What verify does; only a BackupError with one sentence may come out of it."""
    global _WATCHING
    _WATCHING = True
    try:
        with BackupReader.open(path, [IDENTITY], shapes=shapes) as reader:
            reader.verify()
    except BackupError as exc:
        assert_one_sentence(exc.message)
    finally:
        _WATCHING = False
    assert not _WRITES, _WRITES


@pytest.fixture(scope="module")
def valid(tmp_path_factory) -> tuple[bytes, dict[str, bytes]]:
    """A valid archive's encrypted bytes and the files inside it."""
    path = tmp_path_factory.mktemp("valid") / "valid.age"
    write_sample(path)
    return path.read_bytes(), members(path)


@pytest.fixture
def spot(tmp_path, monkeypatch) -> Path:
    """Where each example is written; the working folder is a fresh one too."""
    monkeypatch.chdir(tmp_path)
    return tmp_path / "fuzzed.age"


def mutate(data: bytes, draw) -> bytes:
    """One to three random edits: flip bits, cut, insert, overwrite or duplicate a span."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, max(0, len(out) - 1)))
        kind = draw(st.sampled_from(["flip", "cut", "insert", "overwrite", "repeat"]))
        if kind == "flip" and out:
            out[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "cut":
            del out[at:at + draw(st.integers(1, 64))]
        elif kind == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif kind == "overwrite":
            chunk = draw(st.binary(min_size=1, max_size=32))
            out[at:at + len(chunk)] = chunk
        else:
            out[at:at] = out[at:at + draw(st.integers(1, 64))]
    return bytes(out)


@FUZZ
@given(data=st.binary(max_size=4096))
def test_arbitrary_bytes(spot, data):
    spot.write_bytes(data)
    read_everything(spot)
    assert [p.name for p in spot.parent.iterdir()] == [spot.name]


@FUZZ
@given(prefix=st.sampled_from([b"age-encryption.org/v1\n", b"-----BEGIN AGE ENCRYPTED FILE-----\n"]),
       rest=st.binary(max_size=2048))
def test_arbitrary_bytes_after_an_age_header(spot, prefix, rest):
    spot.write_bytes(prefix + rest)
    read_everything(spot)


@FUZZ
@given(draw=st.data())
def test_mutated_encrypted_files(spot, valid, draw):
    spot.write_bytes(mutate(valid[0], draw.draw))
    read_everything(spot)
    assert [p.name for p in spot.parent.iterdir()] == [spot.name]


@FUZZ
@given(draw=st.data())
def test_mutated_zips_behind_valid_encryption(spot, valid, draw):
    """The mutation is inside: age opens the file, so the zip reader and our checks get it."""
    seal(spot, mutate(zip_of(valid[1]), draw.draw))
    read_everything(spot)


@FUZZ
@given(draw=st.data())
def test_mutated_records_with_matching_hashes(spot, valid, draw):
    """Hashes and counts made to match, so every record check is what stands in the way."""
    files = dict(valid[1])
    data = mutate(files["records/note.jsonl"], draw.draw)
    manifest = json.loads(files["manifest.json"])
    part = manifest["parts"][0]
    part.update(bytes=len(data), records=data.count(b"\n"),
                sha256=hashlib.sha256(data).hexdigest())
    files.update({"records/note.jsonl": data, "manifest.json": json.dumps(manifest).encode()})
    seal(spot, zip_of(resealed(files)))
    read_everything(spot)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                 max_size=4),
    max_leaves=20,
)


@FUZZ
@given(draw=st.data())
def test_arbitrary_manifest_values(spot, valid, draw):
    files = dict(valid[1])
    manifest = json.loads(files["manifest.json"])
    path = draw.draw(st.sampled_from([
        ("version",), ("app",), ("created_at",), ("vault_id",), ("parts",), ("damaged",),
        ("parts", 0, "table"), ("parts", 0, "file"), ("parts", 0, "records"),
        ("parts", 0, "bytes"), ("parts", 0, "sha256"), ("parts", 0, "fields"),
        ("parts", 0, "fields", "at"),
    ]))
    target = manifest
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = draw.draw(_JSON)
    files["manifest.json"] = json.dumps(manifest).encode()
    seal(spot, zip_of(resealed(files) if draw.draw(st.booleans()) else files))
    read_everything(spot)


@FUZZ
@given(draw=st.data())
def test_arbitrary_json_in_fields_that_have_a_shape(spot, valid, draw):
    """The sample's JSON field checked as each of the app's JSON fields, holding anything."""
    files = dict(valid[1])
    table, shapes = draw.draw(st.sampled_from([(t, s) for t, s in SHAPES.items() if s]))
    name = draw.draw(st.sampled_from(sorted(shapes)))
    lines = [json.loads(line) for line in files["records/note.jsonl"].splitlines()]
    for record in lines:
        record["data"] = draw.draw(_JSON)
    data = "".join(json.dumps(r) + "\n" for r in lines).encode()
    manifest = json.loads(files["manifest.json"])
    manifest["parts"][0].update(bytes=len(data), sha256=hashlib.sha256(data).hexdigest())
    files.update({"records/note.jsonl": data, "manifest.json": json.dumps(manifest).encode()})
    seal(spot, zip_of(resealed(files)))
    read_everything(spot, {"note": {"data": shapes[name]}})
