"""Every private file is private (issue 8, item 8): whatever Reciprocal writes with client data or
keys (backups, the backup key file, the recovery sheet) is created owner-only (0600) through a
temporary file and a rename, even over an existing file that others could read."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from app.backup.atomic import TEMP_PREFIX, write_atomically
from app.services.recovery_sheet import recovery_sheet_pdf, save_recovery_sheet
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.fixture(autouse=True)
def usual_umask():
    """The umask most accounts have: a file opened the ordinary way becomes 0644."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _readable_by_all(path: Path, content: bytes = b"an older file, readable by everyone") -> Path:
    path.write_bytes(content)
    path.chmod(0o644)
    return path


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _nothing_left_beside(path: Path) -> None:
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(TEMP_PREFIX)] == []


def test_the_one_helper_makes_a_0600_file_even_over_a_0644_one(tmp_path):
    target = _readable_by_all(tmp_path / "out.bin")
    old_inode = target.stat().st_ino
    write_atomically(target, lambda out: out.write(b"client data"), what="file")
    assert _mode(target) == 0o600
    assert target.read_bytes() == b"client data"
    assert target.stat().st_ino != old_inode  # replaced by a rename, not written into
    _nothing_left_beside(target)


def test_a_new_file_is_0600_too(tmp_path):
    target = tmp_path / "new.bin"
    write_atomically(target, lambda out: out.write(b"x"), what="file")
    assert _mode(target) == 0o600


def test_the_recovery_sheet_saved_over_a_0644_file_is_0600(new_vault, tmp_path):
    vault, recovery_key = new_vault
    pdf = recovery_sheet_pdf(vault, recovery_key)
    assert pdf.startswith(b"%PDF")
    target = _readable_by_all(tmp_path / "Reciprocal recovery sheet.pdf")
    save_recovery_sheet(target, pdf)
    assert _mode(target) == 0o600
    assert target.read_bytes() == pdf
    _nothing_left_beside(target)


def test_a_backup_written_over_a_0644_one_is_0600(vault, tmp_path):
    target = tmp_path / "practice.age"
    vault.services.backups.write(target)
    _readable_by_all(target, target.read_bytes())  # only a backup may be overwritten
    vault.services.backups.write(target)
    assert _mode(target) == 0o600
    assert target.read_bytes().startswith(b"age-encryption.org/v1")
    _nothing_left_beside(target)


def test_the_backup_key_file_written_over_a_0644_one_is_0600(vault, tmp_path):
    key_file = vault.services.backups.write_backup_key(tmp_path, PASSPHRASE)
    _readable_by_all(key_file)
    assert vault.services.backups.write_backup_key(tmp_path, PASSPHRASE) == key_file
    assert _mode(key_file) == 0o600
    assert key_file.read_bytes().startswith(b"age-encryption.org/v1")
    _nothing_left_beside(key_file)
