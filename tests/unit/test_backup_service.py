"""Backups of a real vault: backup -> restore -> backup loses nothing, the restored vault keeps the
backup key, restore never overwrites and leaves nothing behind when it fails, a forged backup or
one whose JSON fields do not hold what the models declare is refused, key material stays out of
backups, every backup is logged, and rotation keeps the newest."""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from sqlalchemy import select

from app.backup.errors import BackupDamaged, BackupKeyMismatch
from app.backup.keys import BackupKey, parse_identities
from app.backup.seal import NOT_OURS, NOT_THIS_PRACTICE
from app.demo import build_demo
from app.errors import BadInput, VaultExists, WrongPassphrase
from app.models import ALL_MODELS, Disclosure, RecordIndex, TherapySession, VaultMeta
from app.models.row_seal import SEAL_COLUMN
from app.services.backup_check import backup_key_from_text, read_identity_file, verify_backup
from app.services.backup_tables import NOT_BACKED_UP, TABLES
from app.services.clients import ClientDraft
from app.services.measures import MeasureDraft
from app.services.record_lists import rebuild
from app.services.restore import restore_backup
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.backup_helpers import (
    FORGED_NOTE,
    OTHER_IDENTITY,
    conform_json_fields,
    forge,
    forged_practice,
    members,
    read_all,
    rehash,
    resealed,
    seal,
    with_manifest,
    zip_of,
)
from tests.unit.sentinel_helpers import assert_one_sentence, populate
from tests.unit.service_helpers import damage

NEW_PASSPHRASE = "a new passphrase for the new laptop"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    """A small demo practice, plus what the small demo lacks (an amendment to a signed note)."""
    path = tmp_path_factory.mktemp("demo") / "demo.vault"
    build_demo(path, PASSPHRASE, clients=6, sessions=8, kdf_params=CHEAP_KDF)
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
        sessions = vault.services.sessions
        client = vault.services.clients.list()[0]
        note = sessions.list(client.id)[0]
        if sessions.get(note.id).status != "signed":
            sessions.sign(note.id, "Dr Demo")
        sessions.amend(note.id, "Added later: the client called to say it helped.")
    return path


@pytest.fixture
def practice(demo_template, tmp_path) -> Path:
    """A closed copy of the demo vault in this test's folder."""
    path = tmp_path / "practice.vault"
    shutil.copyfile(demo_template, path)
    return path


def backup_identity(path: Path) -> str:
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
        return vault.backup_identity()


def write_backup(path: Path, out: Path, passphrase: str = PASSPHRASE, **kwargs: Any):
    with Vault.open(path) as vault:
        vault.unlock(passphrase)
        return vault.services.backups.write(out, **kwargs)


def comparable(records: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Records to compare across vaults: the vault's own key record is not copied (a restored
    vault has new keys, a new id and its own dates); everything else must be equal."""
    return {table: rows for table, rows in records.items() if table != "vault_meta"}


def folder_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def backup_side(folder: Path) -> list[str]:
    """What is in the folder besides the vault and SQLite's working files."""
    return [n for n in folder_names(folder) if not n.startswith("practice.vault")]


# -- the round trip -----------------------------------------------------------------------------
def test_backup_restore_backup_loses_nothing(practice, tmp_path):
    identity = backup_identity(practice)
    first = write_backup(practice, tmp_path / "first.age")
    original = read_all(first.path, parse_identities(identity)[0])
    kinds = [t.name for t in TABLES if t.name != "vault_meta"]
    assert all(original[kind] for kind in kinds), {k: len(original[k]) for k in kinds}
    assert first.records == sum(len(rows) for rows in original.values())

    report = restore_backup(first.path, backup_key_from_text(identity), tmp_path / "restored.vault",
                            NEW_PASSPHRASE, kdf_params=CHEAP_KDF)
    assert report.records == first.records and report.backup_key_kept
    with Vault.open(report.path) as restored:
        restored.unlock(NEW_PASSPHRASE)
        assert restored.check().ok
        assert restored.backup_identity() == identity
        second = restored.services.backups.write(tmp_path / "second.age")
    again = read_all(second.path, parse_identities(identity)[0])
    assert comparable(again) == comparable(original)
    assert again["vault_meta"][0]["backup_recipient"] == original["vault_meta"][0][
        "backup_recipient"]


def test_a_restored_vault_is_in_wal_mode_and_lists_its_rows_as_a_rebuild_would(practice, tmp_path):
    """Restore builds the new file with its journal in memory and writes the record lists from
    the rows it inserted: the vault it publishes is in WAL mode like any other, and its lists
    are those that reading the file back gives, so a row deleted behind its back is caught."""
    identity = backup_identity(practice)
    first = write_backup(practice, tmp_path / "first.age")
    report = restore_backup(first.path, backup_key_from_text(identity), tmp_path / "restored.vault",
                            NEW_PASSPHRASE, kdf_params=CHEAP_KDF)
    with closing(sqlite3.connect(report.path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"

    def lists(db: Any) -> dict[Any, Any]:
        with db.begin() as s:
            return {i.client_id: i.entries for i in s.scalars(select(RecordIndex))}

    with Vault.open(report.path) as restored:
        restored.unlock(NEW_PASSPHRASE)
        db = restored._database()
        made = lists(db)
        rebuild(db)
        assert lists(db) == made
        assert len(made) == len(restored.services.clients.list(flags=False)) + 1
        session_id = next(iter(made[next(k for k in made if k is not None)]["therapy_session"]))
    with closing(sqlite3.connect(report.path)) as conn:
        conn.execute("DELETE FROM therapy_session WHERE id = ?", (session_id,))
        conn.commit()
    with Vault.open(report.path) as restored:
        restored.unlock(NEW_PASSPHRASE)
        assert not restored.check().ok


def test_every_encrypted_column_of_every_model_round_trips(vault, vault_path, tmp_path):
    practice = populate(vault, clients=2, rows_per_model=2)
    tokens = conform_json_fields(vault, practice)
    first = vault.services.backups.write(tmp_path / "first.age")
    identity = vault.backup_identity()
    vault.close()
    report = restore_backup(first.path, backup_key_from_text(identity), tmp_path / "restored.vault",
                            PASSPHRASE, kdf_params=CHEAP_KDF)
    with Vault.open(report.path) as restored:
        restored.unlock(PASSPHRASE)
        second = restored.services.backups.write(tmp_path / "second.age")
    text = "".join(str(r) for rows in read_all(second.path, parse_identities(identity)[0]).values()
                   for r in rows)
    assert all(token in text for token in tokens)
    assert comparable(read_all(first.path, parse_identities(identity)[0])) == \
        comparable(read_all(second.path, parse_identities(identity)[0]))


def test_a_restore_opened_with_someone_elses_key_gets_a_new_backup_key(practice, tmp_path):
    custodian = str(OTHER_IDENTITY.to_public())
    first = write_backup(practice, tmp_path / "first.age", extra_recipients=[custodian])
    assert first.recipients[1] == custodian
    custodian_key = BackupKey((OTHER_IDENTITY,), protected=False)
    report = restore_backup(first.path, custodian_key, tmp_path / "restored.vault",
                            NEW_PASSPHRASE, kdf_params=CHEAP_KDF)
    assert not report.backup_key_kept
    with Vault.open(report.path) as restored:
        restored.unlock(NEW_PASSPHRASE)
        assert restored.backup_identity() != backup_identity(practice)
        assert restored.check().ok


def test_the_passphrase_of_backup_key_age_opens_the_restored_vault(practice, tmp_path):
    with Vault.open(practice) as vault:
        vault.unlock(PASSPHRASE)
        backup = vault.services.backups.write(tmp_path / "b.age")
        with pytest.raises(WrongPassphrase):
            vault.services.backups.write_backup_key(tmp_path, "not the passphrase")
        assert backup_side(tmp_path) == ["b.age"]
        key_file = vault.services.backups.write_backup_key(tmp_path, PASSPHRASE)
    key = read_identity_file(key_file, PASSPHRASE)
    assert verify_backup(backup.path, key).records == backup.records
    report = restore_backup(backup.path, key, tmp_path / "restored.vault", PASSPHRASE,
                            kdf_params=CHEAP_KDF)
    assert report.backup_key_kept
    with Vault.open(report.path) as restored:
        restored.unlock(PASSPHRASE)


# -- restore never harms anything ----------------------------------------------------------------
def test_restore_refuses_an_existing_path_and_leaves_it_byte_identical(practice, tmp_path):
    backup = write_backup(practice, tmp_path / "b.age")
    for existing in (practice, tmp_path / "b.age"):
        before = existing.read_bytes()
        names = folder_names(tmp_path)
        with pytest.raises(VaultExists) as caught:
            restore_backup(backup.path, backup_key_from_text(backup_identity(practice)), existing, PASSPHRASE,
                           kdf_params=CHEAP_KDF)
        assert_one_sentence(caught.value.message)
        assert existing.read_bytes() == before
        assert folder_names(tmp_path) == names


def test_a_damaged_part_restores_nothing_at_all(practice, tmp_path):
    """The last part is damaged: everything before it was already inserted, and is dropped."""
    identity = parse_identities(backup_identity(practice))[0]
    backup = write_backup(practice, tmp_path / "b.age")
    files = members(backup.path, identity)
    files["records/disclosure.jsonl"] = files["records/disclosure.jsonl"].replace(b"a", b"b", 1)
    seal(backup.path, zip_of(files), [identity.to_public()])
    names = folder_names(tmp_path)
    with pytest.raises(BackupDamaged) as caught:
        restore_backup(backup.path, backup_key_from_text(str(identity)), tmp_path / "restored.vault",
                       PASSPHRASE, kdf_params=CHEAP_KDF)
    assert caught.value.exit_code == 3
    assert folder_names(tmp_path) == names


def test_records_that_do_not_fit_together_restore_nothing(practice, tmp_path):
    """Consistent hashes, but a session whose client is not in the backup (a crafted file)."""
    identity = parse_identities(backup_identity(practice))[0]
    backup = write_backup(practice, tmp_path / "b.age")
    files = members(backup.path, identity)
    lines = files["records/therapy_session.jsonl"].splitlines(keepends=True)
    record = json.loads(lines[0])
    record["client_id"] = str(uuid4())
    orphan = (json.dumps(record) + "\n").encode()
    seal(backup.path, zip_of(rehash(files, "therapy_session", [orphan, *lines[1:]], identity)),
         [identity.to_public()])
    names = folder_names(tmp_path)
    with pytest.raises(BackupDamaged) as caught:
        restore_backup(backup.path, backup_key_from_text(str(identity)), tmp_path / "restored.vault",
                       PASSPHRASE, kdf_params=CHEAP_KDF)
    assert_one_sentence(caught.value.message)
    assert folder_names(tmp_path) == names


def test_the_wrong_key_restores_nothing(practice, tmp_path):
    backup = write_backup(practice, tmp_path / "b.age")
    names = folder_names(tmp_path)
    with pytest.raises(BackupKeyMismatch):
        restore_backup(backup.path, BackupKey((OTHER_IDENTITY,), False),
                       tmp_path / "restored.vault", PASSPHRASE, kdf_params=CHEAP_KDF)
    assert folder_names(tmp_path) == names


def test_a_backup_with_tables_this_version_does_not_know_is_refused(practice, tmp_path):
    identity = parse_identities(backup_identity(practice))[0]
    backup = write_backup(practice, tmp_path / "b.age")
    files = members(backup.path, identity)
    manifest = json.loads(files["manifest.json"])
    manifest["version"] = "1.1"
    manifest["parts"].append({"table": "dream_diary", "file": "records/dream_diary.jsonl",
                              "records": 0, "bytes": 0, "fields": {"id": "uuid"},
                              "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"})
    files["records/dream_diary.jsonl"] = b""
    seal(backup.path, zip_of(with_manifest(files, manifest, identity)), [identity.to_public()])
    assert verify_backup(backup.path, backup_key_from_text(str(identity))).records == backup.records
    with pytest.raises(BadInput) as caught:
        restore_backup(backup.path, backup_key_from_text(str(identity)), tmp_path / "restored.vault",
                       PASSPHRASE, kdf_params=CHEAP_KDF)
    assert "newer version" in caught.value.message and caught.value.exit_code == 1
    assert not (tmp_path / "restored.vault").exists()


def as_before_the_exercise_rename(files: dict[str, bytes]) -> dict[str, bytes]:
    """The archive's files as Reciprocal wrote them before revision 0003: the between-session
    exercises listed as the table "practice" (same fields, same records). Not yet resealed."""
    manifest = json.loads(files["manifest.json"])
    (part,) = [p for p in manifest["parts"] if p["table"] == "exercise"]
    part.update(table="practice", file="records/practice.jsonl")
    manifest["schema_revision"] = "0002"
    files = {("records/practice.jsonl" if name == "records/exercise.jsonl" else name): data
             for name, data in files.items()}
    return {**files, "manifest.json": json.dumps(manifest).encode()}


def test_an_older_backup_listing_exercises_as_practice_verifies_and_restores(practice, tmp_path):
    identity = parse_identities(backup_identity(practice))[0]
    backup = write_backup(practice, tmp_path / "b.age")
    files = members(backup.path, identity)
    parts = [p["table"] for p in json.loads(files["manifest.json"])["parts"]]
    assert "exercise" in parts and "practice" not in parts  # new backups use the new name
    with Vault.open(practice) as vault:
        vault.unlock(PASSPHRASE)
        before = {c.id: vault.services.exercises.list(c.id) for c in vault.services.clients.list()}
    assert any(before.values())
    old = as_before_the_exercise_rename(files)
    seal(backup.path, zip_of(resealed(old, identity)), [identity.to_public()])
    key = backup_key_from_text(str(identity))

    report = verify_backup(backup.path, key)
    assert report.authenticated and report.records == backup.records
    assert ("practice", len(read_all(backup.path, identity)["practice"])) in report.parts

    restored = restore_backup(backup.path, key, tmp_path / "restored.vault", PASSPHRASE,
                              kdf_params=CHEAP_KDF)
    assert restored.records == backup.records and restored.authenticated
    with Vault.open(restored.path) as vault:
        vault.unlock(PASSPHRASE)
        assert vault.check().ok
        assert {c: vault.services.exercises.list(c) for c in before} == before


def test_a_backup_listing_exercises_under_both_names_is_refused(practice, tmp_path):
    identity = parse_identities(backup_identity(practice))[0]
    backup = write_backup(practice, tmp_path / "b.age")
    files = members(backup.path, identity)
    old = as_before_the_exercise_rename(files)
    manifest = json.loads(old["manifest.json"])
    manifest["parts"] += [p for p in json.loads(files["manifest.json"])["parts"]
                          if p["table"] == "exercise"]
    both = {**old, "records/exercise.jsonl": files["records/exercise.jsonl"]}
    seal(backup.path, zip_of(with_manifest(both, manifest, identity)), [identity.to_public()])
    with pytest.raises(BackupDamaged):
        restore_backup(backup.path, backup_key_from_text(str(identity)),
                       tmp_path / "restored.vault", PASSPHRASE, kdf_params=CHEAP_KDF)
    assert not (tmp_path / "restored.vault").exists()


# -- who made the backup: the seal ----------------------------------------------------------------
def recipient_in_file(path: Path) -> str:
    """The practice's backup recipient, read from the closed vault file without any key."""
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT backup_recipient FROM vault_meta").fetchone()[0]


def test_a_genuine_backup_is_authenticated_with_the_practices_key_only(practice, tmp_path):
    custodian = BackupKey((OTHER_IDENTITY,), protected=False)
    backup = write_backup(practice, tmp_path / "b.age",
                          extra_recipients=[str(OTHER_IDENTITY.to_public())])
    key = backup_key_from_text(backup_identity(practice))
    assert verify_backup(backup.path, key).authenticated
    assert not verify_backup(backup.path, custodian).authenticated
    restored = restore_backup(backup.path, key, tmp_path / "r.vault", PASSPHRASE,
                              kdf_params=CHEAP_KDF)
    assert restored.authenticated and restored.backup_key_kept


def test_a_forged_backup_is_refused_with_the_practices_key(practice, tmp_path):
    """Anyone who can read the vault file knows its backup recipient and can encrypt a whole
    practice to it; without the backup identity they cannot seal it."""
    forged = forge(tmp_path / "forged.age", recipient_in_file(practice), forged_practice(),
                   [recipient_in_file(practice)])
    key = backup_key_from_text(backup_identity(practice))
    names = folder_names(tmp_path)
    with pytest.raises(BackupDamaged) as caught:
        verify_backup(forged, key)
    assert caught.value.message == NOT_OURS and caught.value.exit_code == 3
    with pytest.raises(BackupDamaged) as caught:
        restore_backup(forged, key, tmp_path / "r.vault", PASSPHRASE, kdf_params=CHEAP_KDF)
    assert caught.value.message == NOT_OURS
    assert folder_names(tmp_path) == names


def test_a_forged_backup_opened_by_a_custodian_is_reported_unauthenticated(practice, tmp_path):
    """The custodian's key cannot check the seal: the backup is read, and says so."""
    own = recipient_in_file(practice)
    forged = forge(tmp_path / "forged.age", own, forged_practice(),
                   [own, str(OTHER_IDENTITY.to_public())])
    custodian = BackupKey((OTHER_IDENTITY,), protected=False)
    assert not verify_backup(forged, custodian).authenticated
    report = restore_backup(forged, custodian, tmp_path / "r.vault", PASSPHRASE,
                            kdf_params=CHEAP_KDF)
    assert not report.authenticated and not report.backup_key_kept


def test_a_backup_resealed_with_another_identity_is_refused(practice, tmp_path):
    """Changed clinical content, every hash made to match, sealed with the forger's own key."""
    identity = parse_identities(backup_identity(practice))[0]
    backup = write_backup(practice, tmp_path / "b.age")
    files = members(backup.path, identity)
    lines = files["records/therapy_session.jsonl"].splitlines(keepends=True)
    record = json.loads(lines[0])
    record["note"] = {"note": FORGED_NOTE}
    changed = [(json.dumps(record, ensure_ascii=False) + "\n").encode(), *lines[1:]]
    seal(backup.path, zip_of(rehash(files, "therapy_session", changed, OTHER_IDENTITY)),
         [identity.to_public()])
    with pytest.raises(BackupDamaged) as caught:
        verify_backup(backup.path, backup_key_from_text(str(identity)))
    assert caught.value.message == NOT_OURS


def test_a_manifest_naming_the_forgers_own_key_is_refused_with_the_practices_key(practice,
                                                                                 tmp_path):
    """A forger may name their own key as the backup's and seal with it, encrypting the file to
    the practice's key too: opened with the practice's own key it is refused (it names another
    practice) and nothing is restored. A key that is not the practice's own (a custodian's, or
    the same identity given as a bare key line) still reads it, unconfirmed."""
    identity = parse_identities(backup_identity(practice))[0]
    backup = write_backup(practice, tmp_path / "b.age")
    files = members(backup.path, identity)
    manifest = json.loads(files["manifest.json"])
    manifest["backup_recipient"] = str(OTHER_IDENTITY.to_public())
    seal(backup.path, zip_of(with_manifest(files, manifest, OTHER_IDENTITY)),
         [identity.to_public()])
    key = backup_key_from_text(str(identity))
    assert key.own
    names = folder_names(tmp_path)
    with pytest.raises(BackupDamaged) as caught:
        verify_backup(backup.path, key)
    assert caught.value.message == NOT_THIS_PRACTICE and caught.value.exit_code == 3
    with pytest.raises(BackupDamaged) as caught:
        restore_backup(backup.path, key, tmp_path / "r.vault", PASSPHRASE, kdf_params=CHEAP_KDF)
    assert caught.value.message == NOT_THIS_PRACTICE
    assert folder_names(tmp_path) == names
    not_own = BackupKey((identity,), protected=False)
    assert not verify_backup(backup.path, not_own).authenticated


# -- JSON fields hold what the models declare ------------------------------------------------------
@pytest.mark.parametrize("table,field,value", [
    ("therapy_session", "note", "a note that is not a mapping"),
    ("therapy_session", "note", {"subjective": 5}),
    ("therapy_session", "duration_minutes", "50"),
    ("therapy_session", "duration_minutes", 50.5),
    ("client", "preferences", ["pace"]),
    ("goal", "levels", {"7": "off the scale"}),
    ("agreement_version", "goals", [{"goal_id": "not an id"}]),
    ("goal_rating", "score", 3),
    ("feedback", "heard", True),
    ("measure", "answers", [0, 1, "2"]),
    ("measure", "answers", 3),
    ("journal_entry", "checkin", {"sleep": 11}),
    ("practice_profile", "backup_recipients", ["not an age key"]),
    ("checklist_template", "items", [{"topic": "Fees"}]),
])
def test_a_json_field_of_the_wrong_shape_is_refused_naming_it(practice, tmp_path, table, field,
                                                              value):
    """A correctly sealed archive (made with the practice's identity) with one wrong value."""
    identity = parse_identities(backup_identity(practice))[0]
    backup = write_backup(practice, tmp_path / "b.age")
    files = members(backup.path, identity)
    lines = files[f"records/{table}.jsonl"].splitlines(keepends=True)
    record = json.loads(lines[0])
    record[field] = value
    changed = [(json.dumps(record, ensure_ascii=False) + "\n").encode(), *lines[1:]]
    seal(backup.path, zip_of(rehash(files, table, changed, identity)), [identity.to_public()])
    key = backup_key_from_text(str(identity))
    names = folder_names(tmp_path)
    for attempt in (lambda: verify_backup(backup.path, key),
                    lambda: restore_backup(backup.path, key, tmp_path / "r.vault", PASSPHRASE,
                                           kdf_params=CHEAP_KDF)):
        with pytest.raises(BackupDamaged) as caught:
            attempt()
        assert caught.value.exit_code == 3
        assert f"'{field}'" in caught.value.message and f"'{table}'" in caught.value.message
        assert_one_sentence(caught.value.message)
    assert folder_names(tmp_path) == names


# -- what is (not) in a backup ---------------------------------------------------------------
def test_every_column_is_backed_up_unless_it_is_key_material():
    """...or a row's seal, which is made anew with the restored vault's own keys."""
    parts = {t.name: t.fields for t in TABLES}
    for model in ALL_MODELS:
        left_out = NOT_BACKED_UP.get(model.__tablename__, frozenset())
        if left_out is not None:
            left_out = left_out | {SEAL_COLUMN}
        if left_out is None:
            assert model.__tablename__ not in parts
            continue
        for column in model.__table__.columns:
            assert (column.name in parts[model.__tablename__]) != (column.name in left_out), \
                f"{model.__tablename__}.{column.name}"


def test_key_material_never_leaves_the_vault(practice, tmp_path):
    identity = backup_identity(practice)
    backup = write_backup(practice, tmp_path / "b.age")
    plain = b"".join(members(backup.path, parse_identities(identity)[0]).values())
    assert identity.encode() not in plain and identity.lower().encode() not in plain
    with Vault.open(practice) as vault:
        vault.unlock(PASSPHRASE)
        with vault._database().begin() as s:
            meta = s.scalars(select(VaultMeta)).one()
            secrets = [meta.kdf_salt, meta.dek_by_passphrase, meta.dek_by_recovery]
    for secret in secrets:
        assert base64.b64encode(secret) not in plain and secret not in plain
    assert b"client_key" not in plain


def test_fields_carried_damaged_are_listed_and_everything_else_is_backed_up(vault, vault_path,
                                                                          tmp_path):
    """A row can hold fields marked damaged in its envelope: a PHQ-9 whose answers were
    damaged, then followed up (the follow-up must be recordable regardless). The backup lists
    those fields as lost and keeps the rest of the record: its follow-up, its date."""
    client = vault.services.clients.create(ClientDraft("Ana"))
    measure = vault.services.measures.record(client.id, MeasureDraft("PHQ-9", (0,) * 8 + (2,)))
    vault.close()
    damage(vault_path, "measure", "answers", measure.id)
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        again.services.measures.record_followup(measure.id, "Checked the paper form.")
        result = again.services.backups.write(tmp_path / "b.age")
        identity = again.backup_identity()
    [listed] = result.damaged
    assert (listed.table, listed.id) == ("measure", str(measure.id))
    assert "answers" in listed.fields and "followup" not in listed.fields
    report = verify_backup(result.path, backup_key_from_text(identity))
    assert report.damaged == result.damaged
    [kept] = read_all(result.path, parse_identities(identity)[0])["measure"]
    assert kept["answers"] is None and kept["followup"]["note"] == "Checked the paper form."
    assert kept["taken_at"] is not None


def test_a_record_whose_seal_fails_is_left_out_with_what_belongs_to_it(vault, vault_path,
                                                                       tmp_path):
    """A flipped bit in a field's tag fails the row's seal too (the seal pins the tag): no
    value of the row can be vouched for, so it is left out, as is each record that would
    point at nothing without it (CASCADE), while a SET NULL reference to it is emptied; every
    one is listed. The restore of that backup checks clean."""
    practice = populate(vault, clients=1, rows_per_model=1)
    conform_json_fields(vault, practice)
    vault.close()
    session_id = practice.rows[TherapySession][0]
    damage(vault_path, "therapy_session", "shared_summary", session_id)
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        result = again.services.backups.write(tmp_path / "b.age")
        identity = again.backup_identity()
    listed = {(d.table, d.id): d.fields for d in result.damaged}
    assert "shared_summary" in listed[("therapy_session", str(session_id))]
    records = read_all(result.path, parse_identities(identity)[0])
    assert all(r["id"] != session_id for r in records["therapy_session"])
    for table in ("private_note", "session_amendment"):
        for row_id in practice.rows[next(m for m in ALL_MODELS if m.__tablename__ == table)]:
            assert (table, str(row_id)) in listed
            assert all(r["id"] != row_id for r in records[table])
    for table in ("feedback", "measure", "exercise", "goal_rating"):
        for record in records[table]:
            assert record["session_id"] != session_id
            if (table, str(record["id"])) in listed:
                assert listed[(table, str(record["id"]))] == ("session_id",)
    target = tmp_path / "restored.vault"
    restore_backup(result.path, backup_key_from_text(identity), target, NEW_PASSPHRASE,
                   kdf_params=CHEAP_KDF)
    with Vault.open(target) as restored:
        restored.unlock(NEW_PASSPHRASE)
        assert restored.check().damaged == ()


# -- writing ------------------------------------------------------------------------------------
def test_each_backup_is_one_disclosure_log_entry(practice, tmp_path):
    custodian = str(OTHER_IDENTITY.to_public())
    with Vault.open(practice) as vault:
        vault.unlock(PASSPHRASE)
        backups = vault.services.backups
        before = vault.services.disclosures.list()
        backups.write(tmp_path / "one.age")
        backups.write(tmp_path / "two.age", extra_recipients=[custodian])
        after = vault.services.disclosures.list()
        assert len(after) == len(before) + 2
        newest = after[0]
        assert newest.action == "backup" and newest.client_id is None
        assert "two.age" in newest.what and custodian in newest.recipient
        assert backups.last_backup_at() == newest.at
        assert not backups.reminder_due()
        assert backups.reminder_due(date.today() + timedelta(days=8))


def test_the_reminder_is_due_when_no_backup_was_ever_made(vault):
    assert vault.services.backups.last_backup_at() is None
    assert vault.services.backups.reminder_due()
    with vault._database().begin() as s:
        s.add(Disclosure(action="backup", what="an old backup", recipient="",
                         at=datetime.now() - timedelta(days=10)))
    assert vault.services.backups.reminder_due()


def test_folder_backups_are_named_by_time_and_rotated(vault, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "shopping-list.txt").write_text("milk")
    made = [vault.services.backups.write_to_folder(folder, keep=3) for _ in range(4)]
    names = folder_names(folder)
    assert len(names) == 4 and "shopping-list.txt" in names
    assert all(m.path.name.startswith("reciprocal-backup-") for m in made)
    assert made[-1].removed == (made[0].path,)
    assert not made[0].path.exists() and all(m.path.exists() for m in made[1:])


def test_a_backup_never_overwrites_the_vault_or_a_file_that_is_not_a_backup(vault, vault_path,
                                                                             tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my own notes")
    for target in (vault_path, notes, tmp_path, tmp_path / "missing" / "b.age"):
        before = folder_names(tmp_path)
        with pytest.raises(BadInput) as caught:
            vault.services.backups.write(target)
        assert_one_sentence(caught.value.message)
        assert folder_names(tmp_path) == before
    assert notes.read_text() == "my own notes"
    with pytest.raises(BadInput):
        vault.services.backups.write(tmp_path / "b.age", extra_recipients=["age1notakey"])


def test_a_newer_backup_replaces_an_older_one_of_the_same_name(vault, tmp_path):
    first = vault.services.backups.write(tmp_path / "b.age")
    old = first.path.read_bytes()
    vault.services.backups.write(tmp_path / "b.age")
    assert first.path.read_bytes() != old
    assert backup_side(tmp_path) == ["b.age"]


def test_progress_reaches_the_total(practice, tmp_path):
    seen: dict[str, list[tuple[int, int]]] = {"backup": [], "verify": [], "restore": []}
    backup = write_backup(practice, tmp_path / "b.age",
                          progress=lambda d, t: seen["backup"].append((d, t)))
    key = backup_key_from_text(backup_identity(practice))
    verify_backup(backup.path, key, progress=lambda d, t: seen["verify"].append((d, t)))
    restore_backup(backup.path, key, tmp_path / "r.vault", PASSPHRASE, kdf_params=CHEAP_KDF,
                   progress=lambda d, t: seen["restore"].append((d, t)))
    for name, calls in seen.items():
        assert calls[-1] == (backup.records, backup.records), name
        assert [d for d, _ in calls] == sorted(d for d, _ in calls), name


def test_the_restored_vault_shows_the_same_clients_and_notes(practice, tmp_path):
    backup = write_backup(practice, tmp_path / "b.age")
    identity = backup_identity(practice)
    report = restore_backup(backup.path, backup_key_from_text(identity), tmp_path / "r.vault", PASSPHRASE,
                            kdf_params=CHEAP_KDF)
    with Vault.open(practice) as a, Vault.open(report.path) as b:
        a.unlock(PASSPHRASE)
        b.unlock(PASSPHRASE)
        for client in a.services.clients.list():
            assert b.services.clients.get(client.id) == client
            for summary in a.services.sessions.list(client.id):
                assert b.services.sessions.get(summary.id) == a.services.sessions.get(summary.id)
                assert (b.services.sessions.private_note(summary.id)
                        == a.services.sessions.private_note(summary.id))
