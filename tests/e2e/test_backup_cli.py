"""`reciprocal backup`, `verify-backup` and `restore` as a script uses them: exit codes, one plain
sentence per error, nothing written when the input is bad (docs/design.md §6), a forged backup or
another practice's backup refused with the practice's own key, or reported as unconfirmed when a
custodian's key cannot tell who made it, and each vault's own backup key file beside its backups
(two vaults backing up into one folder keep both)."""

from __future__ import annotations

import io
import json
import re
import shutil
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path
from typing import Any

import pyrage
import pytest
from pyrage import x25519

from app.backup.seal import NOT_OURS, NOT_THIS_PRACTICE
from app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.e2e.conftest import make_vault, one_sentence_error, run_cli, write_text
from tests.unit.backup_helpers import forge, forged_practice

UNCONFIRMED = "Who made this backup cannot be confirmed with this key"
KEY_FILE = re.compile(r"backup-key-[0-9a-f]{8}-[0-9a-f]{6}\.age\Z")


def key_file_in(folder: Path) -> Path:
    """The one backup key file `reciprocal backup` wrote into ``folder``."""
    [found] = [p for p in folder.iterdir() if KEY_FILE.match(p.name)]
    return found


def key_of(folder: Path, vault: Path) -> Path:
    """The backup key file of `vault` in `folder` (its name starts with the vault id's)."""
    [found] = [p for p in folder.iterdir()
               if KEY_FILE.match(p.name) and p.name.startswith(f"backup-key-{vault_id_of(vault)[:8]}")]
    return found


def vault_id_of(vault: Path) -> str:
    with Vault.open(vault) as opened:
        return str(opened.vault_id)


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, Any]:
    """One vault and one backup written by the command (with its backup key file beside it)."""
    folder = tmp_path_factory.mktemp("cli")
    vault = folder / "practice.vault"
    make_vault(vault, clients=3)
    passphrase = write_text(folder / "passphrase.txt", PASSPHRASE)
    (folder / "usb").mkdir()
    outcome = run_cli("backup", "--vault", vault, "--passphrase-file", passphrase,
                      "--out", folder / "usb" / "monday.age")
    assert outcome.code == 0, outcome.err
    return {"vault": vault, "passphrase": passphrase, "backup": folder / "usb" / "monday.age",
            "key": key_file_in(folder / "usb"), "out": outcome.out}


@pytest.fixture
def backup(made, tmp_path) -> Path:
    """A copy of the backup, with its backup key file, in this test's own folder."""
    for name in ("monday.age", made["key"].name):
        shutil.copyfile(made["backup"].parent / name, tmp_path / name)
    return tmp_path / "monday.age"


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def plain_identity(made, folder: Path) -> Path:
    """The vault's backup identity as a plain age identity file, as `age -d` gives it from the
    backup key file (its comment naming the vault kept)."""
    key = pyrage.passphrase.decrypt(made["key"].read_bytes(), PASSPHRASE).decode()
    return write_text(folder / "identity.txt", key.strip())


def verify(path: Path, made, *extra: str | Path):
    return run_cli("verify-backup", path, "--identity", path.parent / made["key"].name,
                   "--passphrase-file", made["passphrase"], *extra)


# -- backup -----------------------------------------------------------------------------------
def test_backup_writes_the_file_and_its_key_and_nothing_else(made):
    usb = made["backup"].parent
    key_name = made["key"].name  # the vault's own: its id, then its backup identity's
    assert key_name.startswith(f"backup-key-{vault_id_of(made['vault'])[:8]}-")
    assert names(usb) == [key_name, "monday.age"]
    assert f"{key_name} beside it opens it with your passphrase" in made["out"]
    assert all((usb / n).stat().st_mode & 0o777 == 0o600 for n in names(usb))
    assert made["backup"].read_bytes().startswith(b"age-encryption.org/v1\n")


@pytest.mark.parametrize("problem", ["wrong passphrase", "bad recipient", "missing folder"])
def test_a_backup_that_cannot_be_made_writes_nothing(made, tmp_path, problem):
    passphrase = write_text(tmp_path / "wrong.txt", "not it") if problem == "wrong passphrase" \
        else made["passphrase"]
    out = tmp_path / ("nowhere/b.age" if problem == "missing folder" else "b.age")
    extra = ["--recipient", "age1notarealkey"] if problem == "bad recipient" else []
    before = names(tmp_path)
    outcome = run_cli("backup", "--vault", made["vault"], "--passphrase-file", passphrase,
                      "--out", out, *extra)
    assert outcome.code == (2 if problem == "wrong passphrase" else 1)
    one_sentence_error(outcome)
    assert names(tmp_path) == before


# -- verify-backup ---------------------------------------------------------------------------
def test_verify_with_the_backup_key_file_and_the_passphrase(made, backup):
    outcome = verify(backup, made)
    assert outcome.code == 0, outcome.err
    assert outcome.out.startswith("The backup is intact: ")
    assert UNCONFIRMED not in outcome.out


def test_verify_with_a_plain_identity_as_json(made, backup, tmp_path):
    outcome = run_cli("verify-backup", backup, "--identity", plain_identity(made, tmp_path),
                      "--json")
    assert outcome.code == 0, outcome.err
    report = json.loads(outcome.out)
    assert report["ok"] and report["format_version"] == "1.1" and report["authenticated"]
    assert report["parts"]["client"] == 3 and report["records"] == sum(report["parts"].values())


def test_a_wrong_passphrase_for_the_backup_key_file_exits_2(made, backup, tmp_path):
    wrong = write_text(tmp_path / "wrong.txt", "not the passphrase")
    outcome = run_cli("verify-backup", backup, "--identity", tmp_path / made["key"].name,
                      "--passphrase-file", wrong)
    assert outcome.code == 2
    assert "passphrase" in one_sentence_error(outcome)


def test_someone_elses_identity_exits_2(backup, tmp_path):
    other = write_text(tmp_path / "other.txt", str(x25519.Identity.generate()))
    outcome = run_cli("verify-backup", backup, "--identity", other)
    assert outcome.code == 2
    assert "does not open" in one_sentence_error(outcome)


def _truncated(data: bytes) -> bytes:
    return data[: len(data) * 2 // 3]


def _flipped(data: bytes) -> bytes:
    out = bytearray(data)
    out[-100] ^= 0x04
    return bytes(out)


def _newer(data: bytes, made) -> bytes:
    identity = x25519.Identity.from_str(
        pyrage.passphrase.decrypt(made["key"].read_bytes(), PASSPHRASE).decode().split()[-1])
    inner = io.BytesIO(pyrage.decrypt(data, [identity]))
    files = {}
    with zipfile.ZipFile(inner) as z:
        files = {i.filename: z.read(i) for i in z.infolist()}
    manifest = json.loads(files["manifest.json"])
    manifest["version"] = "2.0"
    files["manifest.json"] = json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, content in files.items():
            z.writestr(name, content)
    return pyrage.encrypt(out.getvalue(), [identity.to_public()])


@pytest.mark.parametrize("damage,code,words", [
    ("truncated", 3, "damaged or cut short"),
    ("flipped bit", 3, "damaged"),
    ("not age", 1, "not a Reciprocal backup"),
    ("garbage inside", 3, "not a readable Reciprocal archive"),
    ("newer major version", 1, "made by a newer version of Reciprocal"),
])
def test_bad_backups_exit_with_their_code_and_one_sentence(made, backup, damage, code, words):
    data = backup.read_bytes()
    identity_public = x25519.Identity.from_str(
        pyrage.passphrase.decrypt(made["key"].read_bytes(), PASSPHRASE).decode().split()[-1]
    ).to_public()
    backup.write_bytes({
        "truncated": lambda: _truncated(data),
        "flipped bit": lambda: _flipped(data),
        "not age": lambda: b"PK\x03\x04 this is a zip file, not an encrypted backup",
        "garbage inside": lambda: pyrage.encrypt(b"\x00" * 5000, [identity_public]),
        "newer major version": lambda: _newer(data, made),
    }[damage]())
    before = names(backup.parent)
    outcome = verify(backup, made)
    assert outcome.code == code, outcome.err
    assert words in one_sentence_error(outcome)
    assert names(backup.parent) == before


# -- restore ------------------------------------------------------------------------------------
def _clients(vault: Path, passphrase: Path) -> list[dict]:
    outcome = run_cli("clients", "--vault", vault, "--json", "--passphrase-file", passphrase)
    assert outcome.code == 0, outcome.err
    return json.loads(outcome.out)


def test_restore_with_the_backup_key_file_keeps_the_passphrase(made, backup, tmp_path):
    restored = tmp_path / "new laptop" / "practice.vault"
    restored.parent.mkdir()
    outcome = run_cli("restore", backup, "--vault", restored, "--identity",
                      tmp_path / made["key"].name, "--passphrase-file", made["passphrase"])
    assert outcome.code == 0, outcome.err
    assert "keeps the practice's backup key" in outcome.out
    assert "recovery key" in outcome.out.lower()
    assert run_cli("check", "--vault", restored, "--passphrase-file", made["passphrase"]).code == 0
    assert _clients(restored, made["passphrase"]) == _clients(made["vault"], made["passphrase"])
    assert names(restored.parent) == ["practice.vault"]


def test_restore_with_a_plain_identity_needs_a_new_passphrase(made, backup, tmp_path):
    identity = plain_identity(made, tmp_path)
    restored = tmp_path / "restored.vault"
    refused = run_cli("restore", backup, "--vault", restored, "--identity", identity)
    assert refused.code == 1
    assert "new passphrase" in one_sentence_error(refused)
    assert not restored.exists()


def test_restore_refuses_an_existing_vault_and_leaves_it_byte_identical(made, backup, tmp_path):
    existing = tmp_path / "existing.vault"
    make_vault(existing, clients=1)
    before = existing.read_bytes()
    listing = names(tmp_path)
    outcome = run_cli("restore", backup, "--vault", existing, "--identity",
                      tmp_path / made["key"].name, "--passphrase-file", made["passphrase"])
    assert outcome.code == 1
    assert "already exists" in one_sentence_error(outcome)
    assert existing.read_bytes() == before
    assert names(tmp_path) == listing


def test_restore_of_a_damaged_backup_creates_nothing(made, backup, tmp_path):
    backup.write_bytes(_flipped(backup.read_bytes()))
    listing = names(tmp_path)
    outcome = run_cli("restore", backup, "--vault", tmp_path / "restored.vault", "--identity",
                      tmp_path / made["key"].name, "--passphrase-file", made["passphrase"])
    assert outcome.code == 3
    one_sentence_error(outcome)
    assert names(tmp_path) == listing


# -- who made the backup ------------------------------------------------------------------------
def recipient_in_file(vault: Path) -> str:
    """The practice's backup recipient: plaintext in the vault file, so anyone with a copy of
    the file (or an old backup's manifest) knows it."""
    with closing(sqlite3.connect(vault)) as db:
        return db.execute("SELECT backup_recipient FROM vault_meta").fetchone()[0]


@pytest.fixture
def custodian(tmp_path) -> tuple[Path, str]:
    identity = x25519.Identity.generate()
    return write_text(tmp_path / "custodian.txt", str(identity)), str(identity.to_public())


def test_a_forged_backup_is_refused_by_verify_and_restore(made, backup, tmp_path, custodian):
    own = recipient_in_file(made["vault"])
    forged = forge(tmp_path / "forged.age", own, forged_practice(), [own, custodian[1]])
    listing = names(tmp_path)
    outcome = verify(forged, made)
    assert outcome.code == 3, outcome.err
    assert one_sentence_error(outcome) == NOT_OURS
    restored = run_cli("restore", forged, "--vault", tmp_path / "restored.vault", "--identity",
                       tmp_path / made["key"].name, "--passphrase-file", made["passphrase"])
    assert restored.code == 3, restored.err
    assert one_sentence_error(restored) == NOT_OURS
    assert names(tmp_path) == listing
    by_custodian = run_cli("verify-backup", forged, "--identity", custodian[0])
    assert by_custodian.code == 0, by_custodian.err
    assert UNCONFIRMED in by_custodian.out


def test_a_custodian_verifies_and_restores_but_cannot_confirm_who_made_it(made, tmp_path,
                                                                          custodian):
    backup = tmp_path / "for-custodian.age"
    written = run_cli("backup", "--vault", made["vault"], "--passphrase-file", made["passphrase"],
                      "--out", backup, "--recipient", custodian[1])
    assert written.code == 0, written.err
    verified = run_cli("verify-backup", backup, "--identity", custodian[0])
    assert verified.code == 0, verified.err
    assert verified.out.startswith("The backup is intact: ") and UNCONFIRMED in verified.out
    as_json = json.loads(run_cli("verify-backup", backup, "--identity", custodian[0],
                                 "--json").out)
    assert as_json["ok"] and not as_json["authenticated"]
    new_passphrase = write_text(tmp_path / "new.txt", "the custodian's new passphrase")
    restored = run_cli("restore", backup, "--vault", tmp_path / "restored.vault", "--identity",
                       custodian[0], "--new-passphrase-file", new_passphrase)
    assert restored.code == 0, restored.err
    assert UNCONFIRMED in restored.out and "someone else's key" in restored.out
    assert _clients(tmp_path / "restored.vault", new_passphrase) == \
        _clients(made["vault"], made["passphrase"])


def test_another_practices_backup_dropped_into_the_folder_is_refused(made, backup, tmp_path,
                                                                      custodian):
    """The attack of issue 8: someone backs up their own practice with `--recipient` = the
    victim's backup recipient (plaintext in the victim's vault file) and drops the file into the
    victim's backup folder. It is a genuine, sealed backup — of another practice — so the
    practice's own key refuses it; a custodian's key reads it and says it cannot confirm who
    made it."""
    elsewhere = tmp_path / "attacker's computer"
    elsewhere.mkdir()
    attacker = elsewhere / "attacker.vault"
    make_vault(attacker, clients=1)
    name = "reciprocal-backup-20260304-101500.age"
    written = run_cli("backup", "--vault", attacker, "--passphrase-file", made["passphrase"],
                      "--out", elsewhere / name, "--recipient", recipient_in_file(made["vault"]),
                      "--recipient", custodian[1])
    assert written.code == 0, written.err
    dropped = tmp_path / name
    shutil.copyfile(elsewhere / name, dropped)
    decrypted = plain_identity(made, elsewhere)  # `age -d` of the backup key file
    listing = names(tmp_path)

    outcome = verify(dropped, made)
    assert outcome.code == 3, outcome.out
    assert one_sentence_error(outcome) == NOT_THIS_PRACTICE
    assert outcome.out == ""
    assert NOT_THIS_PRACTICE.startswith("This backup was not made by this practice")
    by_plain_copy = run_cli("verify-backup", dropped, "--identity", decrypted)
    assert by_plain_copy.code == 3 and one_sentence_error(by_plain_copy) == NOT_THIS_PRACTICE
    restored = run_cli("restore", dropped, "--vault", tmp_path / "restored.vault", "--identity",
                       tmp_path / made["key"].name, "--passphrase-file", made["passphrase"])
    assert restored.code == 3, restored.out
    assert one_sentence_error(restored) == NOT_THIS_PRACTICE
    assert names(tmp_path) == listing  # nothing created

    by_custodian = run_cli("verify-backup", dropped, "--identity", custodian[0], "--json")
    assert by_custodian.code == 0, by_custodian.err
    assert not json.loads(by_custodian.out)["authenticated"]
    in_words = run_cli("verify-backup", dropped, "--identity", custodian[0])
    assert in_words.code == 0 and UNCONFIRMED in in_words.out
    theirs = run_cli("verify-backup", dropped, "--identity", key_file_in(elsewhere),
                     "--passphrase-file", made["passphrase"])  # it is the attacker's own
    assert theirs.code == 0 and UNCONFIRMED not in theirs.out


def test_two_vaults_backing_up_into_one_folder_keep_both_key_files(made, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    vaults = [tmp_path / "first.vault", tmp_path / "second.vault"]
    for n, vault in enumerate(vaults, start=1):
        make_vault(vault, clients=n)
    first = run_cli("backup", "--vault", vaults[0], "--passphrase-file", made["passphrase"],
                    "--out", usb / "first.age")
    assert first.code == 0, first.err
    first_key = key_file_in(usb)
    first_bytes = first_key.read_bytes()
    second = run_cli("backup", "--vault", vaults[1], "--passphrase-file", made["passphrase"],
                     "--out", usb / "second.age")
    assert second.code == 0, second.err
    keys = {vault: key_of(usb, vault) for vault in vaults}
    assert names(usb) == sorted(["first.age", "second.age", *(k.name for k in keys.values())])
    assert keys[vaults[0]] == first_key and first_key.read_bytes() == first_bytes
    for vault, backup_file in zip(vaults, ("first.age", "second.age"), strict=True):
        verified = run_cli("verify-backup", usb / backup_file, "--identity", keys[vault],
                           "--passphrase-file", made["passphrase"], "--json")
        assert verified.code == 0, verified.err
        report = json.loads(verified.out)
        assert report["authenticated"] and report["vault_id"] == vault_id_of(vault)
    crossed = run_cli("verify-backup", usb / "first.age", "--identity", keys[vaults[1]],
                      "--passphrase-file", made["passphrase"])
    assert crossed.code == 2 and "does not open" in one_sentence_error(crossed)


def test_an_earlier_versions_backup_key_age_still_opens_its_backups(made, backup, tmp_path):
    legacy = tmp_path / "backup-key.age"  # the one name every vault used before
    (tmp_path / made["key"].name).rename(legacy)
    outcome = run_cli("verify-backup", backup, "--identity", legacy, "--passphrase-file",
                      made["passphrase"])
    assert outcome.code == 0, outcome.err
    assert outcome.out.startswith("The backup is intact: ") and UNCONFIRMED not in outcome.out
