"""The archive format on its own (app.backup, no vault): what the writer writes, the seal over
its manifest, and every way the reader refuses a bad file — each a BackupError with one plain
sentence and the right exit code (1 wrong file or too new, 2 wrong key, 3 damaged)."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

import pyrage
import pytest

from app.backup.encryption import AGE_MAGIC
from app.backup.errors import BackupDamaged, BackupKeyMismatch, BackupTooNew, NotABackup
from app.backup.manifest import MANIFEST_NAME, VERSION
from app.backup.reader import BackupReader, Limits
from app.backup.seal import NOT_OURS, SEAL_NAME
from app.backup.writer import ArchiveHeader, ArchiveWriter
from app.errors import BackupError
from app.models.shapes import TEXT, MapOf
from tests.unit.backup_helpers import (
    FIELDS,
    IDENTITY,
    OTHER_IDENTITY,
    forge,
    manifest_of,
    members,
    read_all,
    rehash,
    resealed,
    sample_records,
    seal,
    stranger_seal,
    with_manifest,
    write_sample,
    zip_of,
)
from tests.unit.sentinel_helpers import assert_one_sentence


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "sample.age"
    write_sample(path)
    return path


def refused(path: Path, kind: type[BackupError], exit_code: int,
            identity=IDENTITY, limits: Limits | None = None, shapes=None) -> str:
    """Reading fails with `kind`, that exit code and one plain sentence; returns it."""
    with pytest.raises(BackupError) as caught, BackupReader.open(path, [identity],
                                                                  limits, shapes) as reader:
        reader.verify()
    assert isinstance(caught.value, kind), caught.value
    assert caught.value.exit_code == exit_code
    assert_one_sentence(caught.value.message)
    return caught.value.message


# -- what a good archive holds ----------------------------------------------------------------
def test_every_kind_of_value_reads_back_as_written(archive, tmp_path):
    written = write_sample(tmp_path / "again.age")
    read = read_all(tmp_path / "again.age")
    assert read == {"note": written, "empty": []}


def test_the_archive_is_a_plain_zip_of_json_lines_with_a_manifest(archive):
    files = members(archive)
    assert list(files) == ["records/note.jsonl", "records/empty.jsonl", MANIFEST_NAME, SEAL_NAME]
    manifest = manifest_of(files)
    assert manifest["format"] == "reciprocal-backup" and manifest["version"] == VERSION == "1.1"
    assert manifest["app"]["version"] == "0.1.0"
    note = manifest["parts"][0]
    assert note["file"] == "records/note.jsonl" and note["records"] == 4
    assert note["fields"] == FIELDS
    first = json.loads(files["records/note.jsonl"].splitlines()[0])
    assert first["raw"] == "AAD/" and first["at"] == "2026-03-04T10:15:00"
    assert first["text"].startswith("Zoë said “hello”")  # UTF-8, not \u escapes
    assert list(first) == list(FIELDS)


def test_the_zip_members_are_readable_by_their_owner_only(archive):
    with zipfile.ZipFile(io.BytesIO(pyrage.decrypt(archive.read_bytes(), [IDENTITY]))) as z:
        assert {(i.external_attr >> 16) & 0o777 for i in z.infolist()} == {0o600}


def test_a_newer_minor_version_with_unknown_keys_still_verifies(archive):
    files = members(archive)
    manifest = manifest_of(files)
    manifest.update(version="1.7", something_new={"added": "later"})
    seal(archive, zip_of(with_manifest(files, manifest)))
    assert len(read_all(archive)["note"]) == 4


# -- the seal: only the backup identity can make it ------------------------------------------
def test_the_seal_is_what_the_format_document_says(archive):
    files = members(archive)
    assert files[SEAL_NAME] == stranger_seal(files[MANIFEST_NAME], str(IDENTITY))
    assert files[SEAL_NAME] != stranger_seal(files[MANIFEST_NAME], str(OTHER_IDENTITY))
    with BackupReader.open(archive, [IDENTITY]) as reader:
        assert reader.authenticated


def unsealed(path: Path, version: str | None = None) -> Path:
    """What a forger without the identity writes: our writer, the real recipient, no seal."""
    forge(path, str(IDENTITY.to_public()), {"note": sample_records()},
          [str(IDENTITY.to_public()), str(OTHER_IDENTITY.to_public())], {"note": FIELDS})
    if version is not None:  # a "1.0" manifest, from before the seal existed
        files = members(path)
        manifest = manifest_of(files)
        manifest["version"] = version
        seal(path, zip_of({**files, MANIFEST_NAME: json.dumps(manifest).encode()}),
             [IDENTITY.to_public(), OTHER_IDENTITY.to_public()])
    return path


@pytest.mark.parametrize("version", [None, "1.0"])
def test_an_unsealed_archive_is_refused_with_its_own_identity(tmp_path, version):
    path = unsealed(tmp_path / "forged.age", version)
    assert SEAL_NAME not in members(path)
    assert refused(path, BackupDamaged, 3) == NOT_OURS


def test_an_unsealed_archive_opened_with_another_key_is_read_but_not_authenticated(tmp_path):
    path = unsealed(tmp_path / "forged.age")
    with BackupReader.open(path, [OTHER_IDENTITY]) as reader:
        assert reader.verify() == 4
        assert not reader.authenticated


def test_a_seal_made_with_another_identity_is_refused(archive):
    seal(archive, zip_of(resealed(members(archive), OTHER_IDENTITY)))
    assert refused(archive, BackupDamaged, 3) == NOT_OURS


def test_a_changed_manifest_under_the_old_seal_is_refused(archive):
    files = members(archive)
    manifest = manifest_of(files)
    manifest["created_at"] = "2020-01-01T00:00:00+00:00"
    seal(archive, zip_of({**files, MANIFEST_NAME: json.dumps(manifest).encode()}))
    assert refused(archive, BackupDamaged, 3) == NOT_OURS


@pytest.mark.parametrize("content", [b"", b"0" * 64 + b"\n", b"not hex\n", b"x" * 5000])
def test_a_seal_that_is_not_the_manifests_is_refused(archive, content):
    seal(archive, zip_of({**members(archive), SEAL_NAME: content}))
    assert refused(archive, BackupDamaged, 3) == NOT_OURS


def test_the_writer_seals_only_with_the_backup_recipients_identity(tmp_path):
    header = ArchiveHeader("0.1.0", datetime(2026, 3, 4, tzinfo=UTC), uuid4(),
                           str(IDENTITY.to_public()), "0002")
    with pytest.raises(ValueError, match="backup recipient"):
        ArchiveWriter(header).finish(identity=str(OTHER_IDENTITY))


# -- what JSON fields hold, when the caller says -------------------------------------------------
SAMPLE_SHAPES = {"note": {"data": MapOf(TEXT, TEXT)}}


@pytest.mark.parametrize("value", [["a list"], {"scores": 1}, "text", 7, True])
def test_a_json_field_of_the_wrong_shape_is_damage_naming_table_and_field(archive, value):
    files = members(archive)
    lines = files["records/note.jsonl"].splitlines(keepends=True)
    record = json.loads(lines[0])
    record["data"] = value
    seal(archive, zip_of(rehash(files, "note", [(json.dumps(record) + "\n").encode()])))
    message = refused(archive, BackupDamaged, 3, shapes=SAMPLE_SHAPES)
    assert "'data'" in message and "'note'" in message
    with BackupReader.open(archive, [IDENTITY]) as reader:  # no shapes asked for: the kind fits
        assert reader.verify() == 1


def test_null_and_fitting_json_values_pass_their_shape(archive):
    files = members(archive)
    lines = [json.loads(line) for line in files["records/note.jsonl"].splitlines()]
    lines[0]["data"] = {"anything": "words"}
    for record in lines[1:]:
        record["data"] = None
    lines = [(json.dumps(r) + "\n").encode() for r in lines]
    seal(archive, zip_of(rehash(files, "note", lines)))
    with BackupReader.open(archive, [IDENTITY], shapes={"note": {"data": MapOf(TEXT, TEXT)}}) \
            as reader:
        assert reader.verify() == 4


# -- the wrong file or the wrong key --------------------------------------------------------
def test_a_file_that_is_not_age_encrypted_is_the_wrong_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Dear diary, this is not a backup.\n" * 3)
    assert "not a Reciprocal backup" in refused(path, NotABackup, 1)


def test_a_plain_zip_is_the_wrong_file_too(tmp_path, archive):
    path = tmp_path / "backup.zip"
    path.write_bytes(zip_of(members(archive)))
    refused(path, NotABackup, 1)


def test_the_wrong_identity_exits_2(archive):
    assert "does not open" in refused(archive, BackupKeyMismatch, 2, identity=OTHER_IDENTITY)


def test_an_age_file_with_garbage_inside_is_damaged(tmp_path):
    path = seal(tmp_path / "garbage.age", b"\x00garbage, not a zip" * 100)
    assert "not a readable Reciprocal archive" in refused(path, BackupDamaged, 3)


def test_an_age_file_holding_some_other_zip_is_damaged(tmp_path):
    path = seal(tmp_path / "other.age", zip_of({"manifest.json": b'{"format": "other"}'}))
    assert "does not hold a Reciprocal backup" in refused(path, BackupDamaged, 3)


# -- damage to the encrypted file ---------------------------------------------------------------
@pytest.mark.parametrize("keep", [0, 5, len(AGE_MAGIC), 120, "header", "half", -1])
def test_a_file_cut_short_anywhere_is_damaged(archive, keep):
    data = archive.read_bytes()
    header_end = data.index(b"\n---") + 1
    cut = {"header": header_end, "half": len(data) // 2}.get(keep, keep)
    archive.write_bytes(data[:cut])
    refused(archive, BackupDamaged, 3)


def test_one_flipped_bit_in_the_header_mac_is_damage(archive):
    data = bytearray(archive.read_bytes())
    data[data.index(b"\n---") + 6] ^= 0x01
    archive.write_bytes(bytes(data))
    refused(archive, BackupDamaged, 3)


def test_one_flipped_bit_in_the_first_line_is_damage_not_the_wrong_file(archive):
    data = bytearray(archive.read_bytes())
    data[3] ^= 0x20
    archive.write_bytes(bytes(data))
    refused(archive, BackupDamaged, 3)


@pytest.mark.parametrize("where", [0.3, 0.6, 0.99])
def test_one_flipped_bit_in_the_body_is_damage(archive, where):
    data = bytearray(archive.read_bytes())
    body = data.index(b"\n---") + 60
    data[body + int((len(data) - body) * where)] ^= 0x10
    archive.write_bytes(bytes(data))
    refused(archive, BackupDamaged, 3)


# -- damage behind the encryption (a tampered archive, re-encrypted) ------------------------------
def test_a_changed_record_fails_its_manifest_hash(archive):
    files = members(archive)
    part = files["records/note.jsonl"]
    files["records/note.jsonl"] = part.replace(b"hello", b"jello", 1)
    seal(archive, zip_of(files))
    assert "SHA-256" in refused(archive, BackupDamaged, 3)


def test_a_missing_part_is_damage(archive):
    files = members(archive)
    del files["records/note.jsonl"]
    seal(archive, zip_of(files))
    assert "missing" in refused(archive, BackupDamaged, 3)


def test_a_missing_manifest_is_damage(archive):
    files = members(archive)
    del files[MANIFEST_NAME]
    seal(archive, zip_of(files))
    assert "manifest.json is missing" in refused(archive, BackupDamaged, 3)


def test_a_file_the_manifest_does_not_list_is_damage(archive):
    files = members(archive)
    files["records/extra.jsonl"] = b""
    seal(archive, zip_of(files))
    refused(archive, BackupDamaged, 3)


def test_duplicate_ids_are_damage_even_when_hashes_match(archive):
    files = members(archive)
    lines = files["records/note.jsonl"].splitlines(keepends=True)
    seal(archive, zip_of(rehash(files, "note", [*lines, lines[0]])))
    assert "same id" in refused(archive, BackupDamaged, 3)


def test_fewer_records_than_listed_is_damage(archive):
    files = members(archive)
    manifest = manifest_of(files)
    manifest["parts"][0]["records"] += 1
    seal(archive, zip_of(with_manifest(files, manifest)))
    refused(archive, BackupDamaged, 3)


@pytest.mark.parametrize("line", [
    b"not json\n",
    b"[1, 2, 3]\n",
    b'{"id": "not-a-uuid"}\n',
    b'{"id": "0b8f2a7e-3f7c-4a77-9a59-2b1f3c0e1a11", "at": NaN}\n',
    b'{"id": "0b8f2a7e-3f7c-4a77-9a59-2b1f3c0e1a11"}',  # no newline: cut short
])
def test_a_record_that_does_not_parse_is_damage(archive, line):
    files = members(archive)
    lines = files["records/note.jsonl"].splitlines(keepends=True)
    seal(archive, zip_of(rehash(files, "note", [lines[0], line])))
    refused(archive, BackupDamaged, 3)


@pytest.mark.parametrize("field,value", [
    ("client_id", "0B8F2A7E-3F7C-4A77-9A59-2B1F3C0E1A11"), ("at", "2026-03-04"),
    ("on", "4 March 2026"), ("n", True), ("n", 1.5), ("ok", 1), ("raw", "not base64!"),
    ("text", 7),
])
def test_a_value_of_the_wrong_kind_is_damage(archive, field, value):
    files = members(archive)
    lines = files["records/note.jsonl"].splitlines(keepends=True)
    record = json.loads(lines[0])
    record[field] = value
    seal(archive, zip_of(rehash(files, "note", [(json.dumps(record) + "\n").encode()])))
    assert "wrong kind" in refused(archive, BackupDamaged, 3)


@pytest.mark.parametrize("name", [
    "../evil.jsonl", "records/../../etc/passwd.jsonl", "/etc/cron.d/x", "records/..\\x.jsonl",
    "records/", "records/Note.jsonl", "C:/x.jsonl",
])
def test_path_traversal_and_strange_names_are_refused(archive, name):
    files = members(archive)
    files[name] = b""
    seal(archive, zip_of(files))
    assert "never uses" in refused(archive, BackupDamaged, 3)


def test_the_same_member_twice_is_refused(archive):
    files = members(archive)
    buffer = io.BytesIO(zip_of(files))
    with pytest.warns(UserWarning), zipfile.ZipFile(buffer, "a") as z:
        z.writestr("records/note.jsonl", b"")
    seal(archive, buffer.getvalue())
    assert "same file twice" in refused(archive, BackupDamaged, 3)


def test_a_manifest_naming_a_part_outside_records_is_refused(archive):
    files = members(archive)
    manifest = manifest_of(files)
    manifest["parts"][0]["file"] = "../note.jsonl"
    seal(archive, zip_of(with_manifest(files, manifest)))
    refused(archive, BackupDamaged, 3)


def test_a_newer_major_version_is_refused_with_a_sentence_saying_so(archive):
    files = members(archive)
    manifest = manifest_of(files)
    manifest["version"] = "2.0"
    seal(archive, zip_of(with_manifest(files, manifest)))
    message = refused(archive, BackupTooNew, 1)
    assert "made by a newer version of Reciprocal" in message


@pytest.mark.parametrize("version", ["1", "v1.0", "1.0.0", 1.0, None, "0.9"])
def test_a_malformed_or_impossible_version_is_damage(archive, version):
    files = members(archive)
    manifest = manifest_of(files)
    manifest["version"] = version
    seal(archive, zip_of(with_manifest(files, manifest)))
    refused(archive, BackupDamaged, 3)


def test_a_member_stored_with_another_compression_is_refused(archive):
    seal(archive, zip_of(members(archive), compression=zipfile.ZIP_BZIP2))
    refused(archive, BackupDamaged, 3)


# -- zip bombs ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def bomb() -> bytes:
    """A real deflate bomb: one member just over the reader's limit, compressed a thousandfold."""
    size = Limits().member_bytes + 1
    buffer = io.BytesIO()
    block = b"\n" * (1 << 20)
    with (zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z,
          z.open("records/bomb.jsonl", "w", force_zip64=True) as member):
        for _ in range(size // len(block)):
            member.write(block)
        member.write(b"\n" * (size % len(block)))
    return buffer.getvalue()


def test_an_oversized_member_is_refused_before_it_is_unpacked(tmp_path, bomb):
    assert len(bomb) < 5_000_000  # what was encrypted is small; unpacked it is over 1 GiB
    with zipfile.ZipFile(io.BytesIO(bomb)) as z:
        info = z.infolist()[0]
        assert info.file_size > Limits().member_bytes
    path = seal(tmp_path / "bomb.age", bomb)
    assert "too large" in refused(path, BackupDamaged, 3)


def test_members_that_add_up_to_too_much_are_refused(archive):
    limits = Limits(total_bytes=100)
    assert "more data than can be read safely" in refused(archive, BackupDamaged, 3,
                                                          limits=limits)


def test_a_single_record_over_the_limit_is_refused_while_reading(archive):
    files = members(archive)
    lines = files["records/note.jsonl"].splitlines(keepends=True)
    long_line = lines[0].replace(b'"text":"', b'"text":"' + b"x" * 5000, 1)
    seal(archive, zip_of(rehash(files, "note", [long_line])))
    assert "too large" in refused(archive, BackupDamaged, 3, limits=Limits(record_bytes=4096))


def test_a_changed_byte_in_a_stored_member_fails_its_checksum(archive):
    files = members(archive)
    plain = bytearray(zip_of(files, compression=zipfile.ZIP_STORED))
    start = plain.index(b'{"id"')  # first byte of the first record, stored as is
    plain[start + 10] ^= 0x01
    seal(archive, bytes(plain))
    refused(archive, BackupDamaged, 3)
