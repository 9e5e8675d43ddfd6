"""Files that are not a healthy vault: each gives one of our exceptions with one plain sentence
(the command line turns it into the exit code of docs/design.md §6), and the file is left untouched."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from app.errors import (
    BadInput,
    IntegrityFailure,
    NotAVault,
    ReciprocalError,
    WrongPassphrase,
)
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.sentinel_helpers import assert_one_sentence, populate, raw

NOBODY = 65534


@pytest.fixture(scope="module")
def healthy(tmp_path_factory) -> bytes:
    """The bytes of a closed vault with enough records to span many pages."""
    path = tmp_path_factory.mktemp("healthy") / "practice.vault"
    vault, _ = Vault.create(path, PASSPHRASE, kdf_params=CHEAP_KDF)
    populate(vault, clients=6)
    vault.close()
    return path.read_bytes()


def _attempt(path: Path) -> ReciprocalError:
    """Open, unlock and check; return what was raised (nothing raised fails the test)."""
    with pytest.raises(ReciprocalError) as exc:
        vault = Vault.open(path)
        try:
            vault.unlock(PASSPHRASE)
            report = vault.check()
            raise AssertionError(f"opened without an error; check() said {report}")
        finally:
            vault.close()
    assert_one_sentence(str(exc.value))
    assert exc.value.message == str(exc.value)
    return exc.value


def _untouched(path: Path, attempt: Callable[[Path], ReciprocalError]) -> ReciprocalError:
    """Run `attempt` and assert the file and its folder are exactly as before."""
    before = path.read_bytes()
    folder = sorted(p.name for p in path.parent.iterdir())
    error = attempt(path)
    assert path.read_bytes() == before, "the file was written to"
    assert sorted(p.name for p in path.parent.iterdir()) == folder, "files were left beside it"
    return error


def _write(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / "practice.vault"
    path.write_bytes(content)
    return path


def test_an_empty_file_is_not_a_vault(tmp_path):
    error = _untouched(_write(tmp_path, b""), _attempt)
    assert isinstance(error, NotAVault) and error.exit_code == 1


@pytest.mark.parametrize("size", [1, 15, 100, 4096, 50_000])
def test_random_bytes_are_not_a_vault(tmp_path, size):
    error = _untouched(_write(tmp_path, os.urandom(size)), _attempt)
    assert isinstance(error, NotAVault)


def test_a_text_file_is_not_a_vault(tmp_path):
    error = _untouched(_write(tmp_path, "Dear diary, Ångström 🙂\n".encode() * 200), _attempt)
    assert isinstance(error, NotAVault)


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_another_programs_sqlite_database_is_not_a_vault_and_is_not_changed(tmp_path, journal_mode):
    path = tmp_path / "contacts.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA journal_mode={journal_mode}")
        conn.execute("CREATE TABLE contact (name TEXT)")
        conn.execute("INSERT INTO contact VALUES ('someone')")
        conn.commit()
    error = _untouched(path, _attempt)
    assert isinstance(error, NotAVault)


@pytest.mark.parametrize("keep", [16, 50, 100, 4096, 8192, 0.5, -4096, -100, -1])
def test_a_truncated_vault_is_an_integrity_failure(tmp_path, healthy, keep):
    size = int(len(healthy) * keep) if isinstance(keep, float) else keep % len(healthy)
    error = _untouched(_write(tmp_path, healthy[:size]), _attempt)
    assert isinstance(error, IntegrityFailure), error
    assert error.exit_code == 3


def test_a_vault_with_zeroed_pages_is_an_integrity_failure(tmp_path, healthy):
    middle = len(healthy) // 2 // 4096 * 4096
    damaged = healthy[:middle] + bytes(8192) + healthy[middle + 8192 :]
    path = _write(tmp_path, damaged)
    error = _untouched(path, _attempt)
    assert isinstance(error, IntegrityFailure)


def test_a_folder_is_not_a_vault(tmp_path):
    folder = tmp_path / "practice.vault"
    folder.mkdir()
    with pytest.raises(NotAVault) as exc:
        Vault.open(folder)
    assert_one_sentence(str(exc.value))
    assert list(folder.iterdir()) == []


def test_a_missing_file_is_bad_input(tmp_path):
    with pytest.raises(BadInput) as exc:
        Vault.open(tmp_path / "nowhere.vault")
    assert_one_sentence(str(exc.value))
    assert list(tmp_path.iterdir()) == []


@contextmanager
def _as_ordinary_user() -> Iterator[Path]:
    """A world-writable folder, and (when the tests run as root, who may write to any file)
    the real and effective user switched to `nobody` until the block ends, so file permissions
    apply as they do for a therapist."""
    folder = Path(tempfile.mkdtemp(prefix="reciprocal-ro-", dir="/tmp"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        if os.getuid() == NOBODY and os.geteuid() == NOBODY:
            os.setresuid(0, 0, 0)
        shutil.rmtree(folder)


def _drop_root() -> None:
    if os.geteuid() == 0:
        os.setresuid(NOBODY, NOBODY, 0)  # the saved id lets the fixture switch back


def test_a_read_only_vault_file_is_refused_clearly(healthy):
    with _as_ordinary_user() as folder:
        path = folder / "practice.vault"
        path.write_bytes(healthy)
        path.chmod(0o444)

        def attempt(p: Path) -> ReciprocalError:
            _drop_root()
            return _attempt(p)

        error = _untouched(path, attempt)
    assert type(error) is BadInput
    assert "read-only" in str(error)


def test_a_vault_in_a_read_only_folder_is_refused_clearly(healthy):
    with _as_ordinary_user() as folder:
        inner = folder / "inner"
        inner.mkdir()
        path = inner / "practice.vault"
        path.write_bytes(healthy)
        path.chmod(0o666)
        inner.chmod(0o555)

        def attempt(p: Path) -> ReciprocalError:
            _drop_root()
            return _attempt(p)

        error = _untouched(path, attempt)
    assert type(error) is BadInput


# -- a readable SQLite file whose key record was tampered with -----------------------------
def _tampered(tmp_path: Path, healthy: bytes, *statements: str) -> Path:
    path = _write(tmp_path, healthy)
    with raw(path) as conn:
        for statement in statements:
            conn.execute(statement)
    return path


@pytest.mark.parametrize(
    "assignment",
    [
        "kdf_memory_kib = 1099511627776",  # 1 PiB: would need all the memory there is
        "kdf_memory_kib = 4194304",  # 4 GiB, above the 1 GiB bound
        # Issue 8: 1 GiB x 16 passes, each bound alone fine, took 47 s per attempt.
        "kdf_memory_kib = 1048576, kdf_iterations = 16, kdf_lanes = 1",
        "kdf_iterations = 100000000",  # would take days
        "kdf_lanes = 1000",
        "kdf_iterations = 0",
        "kdf_lanes = 0",
        "kdf_memory_kib = -1",
        "kdf_memory_kib = 'lots'",
        "kdf_iterations = x'03'",
        "kdf_lanes = 4.5",
    ],
)
def test_absurd_stored_kdf_parameters_are_refused_before_deriving(tmp_path, healthy, assignment):
    path = _tampered(tmp_path, healthy, f"UPDATE vault_meta SET {assignment}")
    error = _untouched(path, _attempt)
    assert isinstance(error, IntegrityFailure)
    assert error.exit_code == 3
    assert "key settings were changed" in str(error)


def test_a_missing_key_record_is_an_integrity_failure(tmp_path, healthy):
    path = _tampered(tmp_path, healthy, "DELETE FROM vault_meta")
    error = _untouched(path, _attempt)
    assert isinstance(error, IntegrityFailure)


def test_a_second_key_record_is_an_integrity_failure(tmp_path, healthy):
    path = _tampered(
        tmp_path,
        healthy,
        "CREATE TEMP TABLE copy AS SELECT * FROM vault_meta",
        "UPDATE copy SET id = '00000000000000000000000000000001'",
        "INSERT INTO vault_meta SELECT * FROM copy",
    )
    error = _untouched(path, _attempt)
    assert isinstance(error, IntegrityFailure)


def test_a_short_salt_is_an_integrity_failure(tmp_path, healthy):
    path = _tampered(tmp_path, healthy, "UPDATE vault_meta SET kdf_salt = x'00'")
    error = _untouched(path, _attempt)
    assert isinstance(error, IntegrityFailure)


def test_a_missing_key_table_means_not_a_vault(tmp_path, healthy):
    path = _tampered(tmp_path, healthy, "DROP TABLE vault_meta")
    error = _untouched(path, _attempt)
    assert isinstance(error, NotAVault)


def test_a_vault_from_a_newer_version_asks_for_an_update(tmp_path, healthy):
    path = _tampered(tmp_path, healthy, "UPDATE alembic_version SET version_num = '9999'")
    error = _untouched(path, _attempt)
    assert type(error) is BadInput
    assert "newer version" in str(error)


def test_a_tampered_passphrase_wrap_reads_as_a_wrong_passphrase(tmp_path, healthy):
    path = _tampered(
        tmp_path, healthy, "UPDATE vault_meta SET dek_by_passphrase = zeroblob(77)"
    )
    error = _untouched(path, _attempt)
    assert isinstance(error, WrongPassphrase)
