"""Backup files on disk: atomic writing (nothing that looks like a backup after a failure or a
full disk), rotation, and the key files that open backups."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path
from uuid import uuid4

import pytest

from app.backup.atomic import TEMP_PREFIX, write_atomically
from app.backup.errors import BackupDamaged, BackupKeyPassphraseWrong
from app.backup.keys import (
    identity_file_text,
    is_protected_key_file,
    parse_identities,
    protect_identity,
    read_identity_file,
)
from app.backup.rotation import backup_name, list_backups, next_backup_path, parse_name, rotate
from app.errors import BackupError, BadInput
from tests.unit.backup_helpers import IDENTITY, OTHER_IDENTITY, read_all, write_sample
from tests.unit.sentinel_helpers import assert_one_sentence

REPO = Path(__file__).resolve().parents[2]


# -- atomic writing ---------------------------------------------------------------------------
def test_a_failure_while_writing_leaves_the_folder_as_it_was(tmp_path):
    (tmp_path / "keep.txt").write_text("mine")

    def fail_halfway(handle):
        handle.write(b"x" * 100_000)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "b.age", fail_halfway)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_an_old_file_stays_whole_until_the_new_one_is_complete(tmp_path):
    target = tmp_path / "b.age"
    target.write_bytes(b"old backup")

    def fail(handle):
        handle.write(b"new")
        raise OSError(5, "Input/output error")

    with pytest.raises(BackupError) as caught:
        write_atomically(target, fail)
    assert_one_sentence(caught.value.message)
    assert target.read_bytes() == b"old backup"
    assert [p.name for p in tmp_path.iterdir()] == ["b.age"]


def test_the_written_file_is_for_its_owner_only(tmp_path):
    write_atomically(tmp_path / "b.age", lambda h: h.write(b"data"))
    assert (tmp_path / "b.age").stat().st_mode & 0o777 == 0o600


def test_a_missing_folder_is_bad_input(tmp_path):
    with pytest.raises(BadInput):
        write_atomically(tmp_path / "nowhere" / "b.age", lambda h: h.write(b"data"))


_FULL_DISK_SCRIPT = textwrap.dedent("""
    import os, subprocess, sys
    from pathlib import Path
    from app.backup.atomic import write_atomically
    from app.errors import DiskFull
    folder = Path(sys.argv[1])
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)], check=True)
    (folder / "older.age").write_bytes(b"an older backup")
    try:
        write_atomically(folder / "reciprocal-backup-20260304-101500.age",
                         lambda h: h.write(os.urandom(1 << 20)))
    except DiskFull as exc:
        print("DiskFull:", exc.message)
    print(sorted(p.name for p in folder.iterdir()))
""")


def test_a_full_disk_leaves_no_file_that_looks_like_a_backup(tmp_path):
    """A real full disk: a 256 KiB tmpfs, mounted in a private mount namespace (unshare)."""
    unshare = shutil.which("unshare")
    assert unshare, "util-linux's unshare is needed for this test"
    folder = tmp_path / "usb"
    folder.mkdir()
    done = subprocess.run(
        [unshare, "--user", "--map-root-user", "--mount", sys.executable, "-c",
         _FULL_DISK_SCRIPT, str(folder)],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("DiskFull: The disk is full"), done.stdout
    assert_one_sentence(lines[0].removeprefix("DiskFull: "))
    assert lines[1] == "['older.age']"


# -- rotation ---------------------------------------------------------------------------------
OURS, THEIRS = "25dd1090", "7a0c3e11"


def test_names_sort_by_time_and_sequence(tmp_path):
    made = datetime(2026, 3, 4, 10, 15, 0)
    assert backup_name(made, vault=OURS) == f"reciprocal-backup-{OURS}-20260304-101500.age"
    assert backup_name(made) == "reciprocal-backup-20260304-101500.age"  # an earlier version's
    assert parse_name(f"reciprocal-backup-{OURS}-20260304-101500-2.age") == (made, 2, OURS)
    assert parse_name("reciprocal-backup-20260304-101500-2.age") == (made, 2, None)
    for other in ("reciprocal-backup-20261304-101500.age", "reciprocal-backup-x.age",
                  "reciprocal-backup-20260304-101500.age.tmp", "reciprocal-backup-20260304-101500-1.age",
                  "reciprocal-backup-25DD1090-20260304-101500.age", f"{TEMP_PREFIX}abc.tmp"):
        assert parse_name(other) is None
    first = next_backup_path(tmp_path, made, OURS)
    first.write_bytes(b"1")
    second = next_backup_path(tmp_path, made, OURS)
    assert second.name == f"reciprocal-backup-{OURS}-20260304-101500-2.age"
    second.write_bytes(b"2")
    assert [b.path for b in list_backups(tmp_path)] == [first, second]


def test_rotation_keeps_the_newest_of_this_vault_and_nothing_else_is_touched(tmp_path):
    for day in range(1, 13):
        (tmp_path / backup_name(datetime(2026, 3, day, 9), vault=OURS)).write_bytes(b"x")
        (tmp_path / backup_name(datetime(2026, 3, day, 10), vault=THEIRS)).write_bytes(b"x")
    earlier = [backup_name(datetime(2025, 1, day, 9)) for day in (1, 2)]  # name no vault
    for other in ("backup-key.age", "notes.txt", "reciprocal-backup-old.age", *earlier):
        (tmp_path / other).write_bytes(b"keep")
    removed = rotate(tmp_path, keep=10, vault=OURS)
    assert sorted(p.name for p in removed) == [backup_name(datetime(2026, 3, d, 9), vault=OURS)
                                               for d in (1, 2)]
    left = {p.name for p in tmp_path.iterdir()}
    assert len(left) == 10 + 12 + 5  # ours kept, all of theirs, the rest
    assert {"backup-key.age", "notes.txt", "reciprocal-backup-old.age", *earlier} <= left
    assert rotate(tmp_path, keep=0, vault=OURS)
    assert len([b for b in list_backups(tmp_path) if b.vault == OURS]) == 1  # always keeps one
    assert len([b for b in list_backups(tmp_path) if b.vault == THEIRS]) == 12


# -- key files ------------------------------------------------------------------------------------
def test_an_identity_file_like_age_keygen_writes_is_read(tmp_path):
    path = tmp_path / "key.txt"
    path.write_text(f"# created: 2026-03-04\n# public key: {IDENTITY.to_public()}\n\n"
                    f"{IDENTITY}\n{OTHER_IDENTITY}\n")
    key = read_identity_file(path)
    assert not key.protected
    assert key.recipients == (str(IDENTITY.to_public()), str(OTHER_IDENTITY.to_public()))
    assert key.secret_for(str(OTHER_IDENTITY.to_public())) == str(OTHER_IDENTITY)
    assert key.secret_for("age1nobody") is None
    assert not is_protected_key_file(path)


@pytest.mark.parametrize("text", [
    "", "# only a comment\n", "hello\n", "AGE-SECRET-KEY-1QQQQ\n", "age1publickeyinstead\n",
])
def test_anything_else_is_not_an_identity_file(tmp_path, text):
    path = tmp_path / "key.txt"
    path.write_text(text)
    with pytest.raises(BadInput) as caught:
        read_identity_file(path)
    assert_one_sentence(caught.value.message)


def test_missing_binary_and_huge_key_files_are_bad_input(tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(100))
    huge = tmp_path / "huge.txt"
    huge.write_text("# x\n" * 100_000)
    for path in (tmp_path / "missing.txt", tmp_path, binary, huge):
        with pytest.raises(BadInput) as caught:
            read_identity_file(path)
        assert_one_sentence(caught.value.message)


@pytest.fixture(scope="module")
def protected(tmp_path_factory) -> Path:
    """backup-key.age for IDENTITY, protected with a passphrase (scrypt: slow, so made once)."""
    path = tmp_path_factory.mktemp("key") / "backup-key.age"
    text = identity_file_text(str(IDENTITY), uuid4(), datetime(2026, 3, 4, 10, 15))
    path.write_bytes(protect_identity(text, "Zoë's passphrase"))
    return path


def test_backup_key_age_opens_with_its_passphrase_in_either_unicode_form(protected, tmp_path):
    assert is_protected_key_file(protected)
    decomposed = "Zoe\u0308's passphrase"  # the same text, typed another way
    key = read_identity_file(protected, decomposed)
    assert key.protected and key.recipients == (str(IDENTITY.to_public()),)
    archive = tmp_path / "b.age"
    write_sample(archive)
    assert read_all(archive, key.identities[0])["note"]


def test_backup_key_age_refuses_a_wrong_or_missing_passphrase(protected):
    with pytest.raises(BackupKeyPassphraseWrong) as caught:
        read_identity_file(protected, "not it")
    assert caught.value.exit_code == 2
    assert_one_sentence(caught.value.message)
    with pytest.raises(BadInput) as missing:
        read_identity_file(protected)
    assert "protected by a passphrase" in missing.value.message


def test_a_damaged_backup_key_age_is_damage(protected, tmp_path):
    cut = tmp_path / "backup-key.age"
    cut.write_bytes(protected.read_bytes()[:-5])
    with pytest.raises(BackupDamaged) as caught:
        read_identity_file(cut, "Zoë's passphrase")
    assert caught.value.exit_code == 3


def test_parse_identities_reads_lower_case_keys_too():
    assert str(parse_identities(str(IDENTITY).lower())[0]) == str(IDENTITY)
