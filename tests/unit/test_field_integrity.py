"""Every encrypted column of every model is bound to its row and column: one flipped bit, or a
ciphertext moved to another row or column, is an IntegrityFailure naming the record, `check()`
lists exactly the damaged records, and everything else still opens.

The columns are found through `ALL_MODELS` and `Model.__encrypted__`, so a new column is tested
without touching this file. Edits go through plain sqlite3 on the closed file, and the vault is
reopened afterwards, so no cached row hides the change.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from uuid import UUID

import pytest
from pyrage import x25519

from app.crypto.envelope import HEADER_LENGTH, TAG_LENGTH
from app.errors import IntegrityFailure
from app.models import ALL_MODELS, Base, Client, ClientKey, JournalEntry, RecordIndex, VaultMeta
from app.services.clients import DAMAGED_NAME
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.sentinel_helpers import (
    Practice,
    assert_one_sentence,
    column_id,
    encrypted_columns,
    populate,
    raw,
    read_blob,
    write_blob,
)

COLUMNS = encrypted_columns()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, Practice]:
    """One filled vault, built once and copied for each test (each test damages its copy)."""
    path = tmp_path_factory.mktemp("template") / "practice.vault"
    vault, _ = Vault.create(path, PASSPHRASE, kdf_params=CHEAP_KDF)
    practice = populate(vault)
    assert vault.check().ok
    vault.close()
    return path, practice


@pytest.fixture
def copy(template, tmp_path) -> tuple[Path, Practice]:
    source, practice = template
    target = tmp_path / "practice.vault"
    shutil.copyfile(source, target)
    return target, practice


@contextmanager
def unlocked(path: Path) -> Iterator[Vault]:
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
        yield vault


def read(vault: Vault, model: type[Base], row_id: UUID, name: str) -> object:
    """Read one field in a fresh unit of work."""
    with vault._database().begin() as s:
        row = s.get(model, row_id)
        assert row is not None
        return getattr(row, name)


def assert_damaged(vault: Vault, model: type[Base], row_id: UUID, name: str) -> None:
    with pytest.raises(IntegrityFailure) as exc:
        read(vault, model, row_id, name)
    assert exc.value.records == ((model.__label__, str(row_id)),)
    assert str(row_id) in str(exc.value)
    assert exc.value.exit_code == 3
    assert_one_sentence(str(exc.value))


def assert_check_lists_exactly(vault: Vault, damaged: set[tuple[type[Base], UUID]]) -> None:
    """`check()` decrypts every record: listing only these proves all the others still open."""
    report = vault.check()
    assert not report.ok
    assert {(d.kind, d.id) for d in report.damaged} == {
        (model.__label__, str(row_id)) for model, row_id in damaged
    }


def others_still_open(vault: Vault, practice: Practice, damaged: set[tuple[str, UUID, str]]):
    """Spot-check through the ORM that the other rows (same table, other tables) still
    decrypt. (Within a damaged row, a moved or emptied ciphertext fails the row's seal and so
    every field of it; a flipped bit inside one ciphertext fails that field's own tag.)"""
    damaged_rows = {(table, row_id) for table, row_id, _name in damaged}
    for model, name in COLUMNS:
        for row_id in practice.rows[model][:2]:
            if (model.__tablename__, row_id) not in damaged_rows:
                assert read(vault, model, row_id, name) is not None


def flip_bit(blob: bytes, position: int) -> bytes:
    changed = bytearray(blob)
    changed[position] ^= 0x10
    return bytes(changed)


def same_key_partner(practice: Practice, model: type[Base], row_id: UUID) -> UUID:
    """Another row of the same table sealed with the same key (so only the AD can tell)."""
    others = [r for r in practice.rows[model] if r != row_id]
    same_key = [r for r in others if practice.owner[r] == practice.owner[row_id]]
    return (same_key or others)[0]


def column_partner(practice: Practice, model: type[Base], name: str) -> tuple[type[Base], UUID, str]:
    """Another encrypted column of the same row; a table with a single encrypted column is
    paired with a column of another table sealed with the same key instead."""
    row_id = practice.rows[model][0]
    others = [n for n in model.__encrypted__ if n != name]
    if others:
        return model, row_id, others[0]
    owner = practice.owner[row_id]
    for other_model, other_name in COLUMNS:
        if other_model is model:
            continue
        for other_row in practice.rows[other_model]:
            if practice.owner[other_row] == owner:
                return other_model, other_row, other_name
    raise AssertionError(f"no partner for {model.__tablename__}.{name}")


def test_every_model_with_encrypted_columns_is_covered(template):
    _, practice = template
    for model in ALL_MODELS:
        if model.__encrypted__:
            assert practice.rows.get(model), f"populate() made no {model.__tablename__} row"
    assert len(COLUMNS) >= 60


@pytest.mark.parametrize("pair", COLUMNS, ids=column_id)
def test_one_flipped_bit_is_an_integrity_failure_naming_the_record(copy, pair):
    path, practice = copy
    model, name = pair
    table = model.__tablename__
    target = practice.rows[model][0]
    blob = read_blob(path, table, name, target)
    write_blob(path, table, name, target, flip_bit(blob, HEADER_LENGTH + len(blob[HEADER_LENGTH:]) // 2))

    with unlocked(path) as vault:
        assert_damaged(vault, model, target, name)
        assert_check_lists_exactly(vault, {(model, target)})
        others_still_open(vault, practice, {(table, target, name)})


@pytest.mark.parametrize(
    "region",
    ["version", "key id", "nonce", "ciphertext", "tag"],
)
@pytest.mark.parametrize(
    "pair",
    [(Client, "display_name"), (VaultMeta, "backup_identity"), (JournalEntry, "body")],
    ids=column_id,
)
def test_a_flipped_bit_anywhere_in_the_envelope_is_caught(copy, pair, region):
    path, practice = copy
    model, name = pair
    target = practice.rows[model][0]
    blob = read_blob(path, model.__tablename__, name, target)
    position = {
        "version": 0,
        "key id": 8,
        "nonce": 20,
        "ciphertext": HEADER_LENGTH,
        "tag": len(blob) - TAG_LENGTH // 2,
    }[region]
    write_blob(path, model.__tablename__, name, target, flip_bit(blob, position))
    with unlocked(path) as vault:
        assert_damaged(vault, model, target, name)
        assert_check_lists_exactly(vault, {(model, target)})


ROW_SWAP = [pair for pair in COLUMNS if pair[0] is not VaultMeta]


def test_only_the_single_key_record_is_left_out_of_the_row_swap():
    """vault_meta has exactly one row by design (a vault with two is refused at open, see
    test_bad_vault_files); its column is moved across tables in the column-swap test instead."""
    assert [p for p in COLUMNS if p not in ROW_SWAP] == [(VaultMeta, "backup_identity")]


@pytest.mark.parametrize("pair", ROW_SWAP, ids=column_id)
def test_a_ciphertext_swapped_between_two_rows_fails_on_both(copy, pair):
    path, practice = copy
    model, name = pair
    table = model.__tablename__
    first = practice.rows[model][0]
    second = same_key_partner(practice, model, first)
    a, b = read_blob(path, table, name, first), read_blob(path, table, name, second)
    write_blob(path, table, name, first, b)
    write_blob(path, table, name, second, a)

    with unlocked(path) as vault:
        assert_damaged(vault, model, first, name)
        assert_damaged(vault, model, second, name)
        assert_check_lists_exactly(vault, {(model, first), (model, second)})
        others_still_open(vault, practice, {(table, first, name), (table, second, name)})
        for other in model.__encrypted__:  # the row's seal refuses all of it, not one field
            assert_damaged(vault, model, first, other)


@pytest.mark.parametrize("pair", COLUMNS, ids=column_id)
def test_a_ciphertext_swapped_between_two_columns_fails_on_both(copy, pair):
    path, practice = copy
    model, name = pair
    row_id = practice.rows[model][0]
    other_model, other_row, other_name = column_partner(practice, model, name)
    a = read_blob(path, model.__tablename__, name, row_id)
    b = read_blob(path, other_model.__tablename__, other_name, other_row)
    write_blob(path, model.__tablename__, name, row_id, b)
    write_blob(path, other_model.__tablename__, other_name, other_row, a)

    with unlocked(path) as vault:
        assert_damaged(vault, model, row_id, name)
        assert_damaged(vault, other_model, other_row, other_name)
        assert_check_lists_exactly(vault, {(model, row_id), (other_model, other_row)})
        others_still_open(
            vault,
            practice,
            {(model.__tablename__, row_id, name), (other_model.__tablename__, other_row, other_name)},
        )


def test_a_ciphertext_from_another_vault_fails(copy, tmp_path):
    path, practice = copy
    other_path = tmp_path / "other.vault"
    other, _ = Vault.create(other_path, PASSPHRASE, kdf_params=CHEAP_KDF)
    other_practice = populate(other, clients=1, rows_per_model=1)
    other.close()
    foreign = read_blob(other_path, "journal_entry", "body", other_practice.rows[JournalEntry][0])
    target = practice.rows[JournalEntry][0]
    write_blob(path, "journal_entry", "body", target, foreign)
    with unlocked(path) as vault:
        assert_damaged(vault, JournalEntry, target, "body")
        assert_check_lists_exactly(vault, {(JournalEntry, target)})


def test_a_damaged_client_key_damages_only_that_clients_records(copy):
    path, practice = copy
    victim, bystander = practice.clients
    with raw(path) as conn:
        (key_id, wrapped) = conn.execute(
            "SELECT id, wrapped FROM client_key WHERE client_id = ?", (victim.hex,)
        ).fetchone()
    write_blob(path, "client_key", "wrapped", UUID(key_id), flip_bit(wrapped, HEADER_LENGTH))

    with unlocked(path) as vault:
        victims_rows = [(m, r) for m, r in practice.rows_of_client(victim) if m.__encrypted__]
        with raw(path) as conn:  # their list of records is sealed with their key too
            (list_id,) = conn.execute("SELECT id FROM record_index WHERE client_id = ?",
                                      (victim.hex,)).fetchone()
        assert_check_lists_exactly(
            vault, {(ClientKey, UUID(key_id)), (RecordIndex, UUID(list_id)), *victims_rows})
        for model, row_id in victims_rows:
            assert_damaged(vault, model, row_id, model.__encrypted__[0])
        listed = {c.id: c for c in vault.services.clients.list()}
        assert listed[victim].damaged and listed[victim].display_name == DAMAGED_NAME
        assert not listed[bystander].damaged
        for model, row_id in practice.rows_of_client(bystander):
            for name in model.__encrypted__:
                assert read(vault, model, row_id, name) is not None


def test_a_damaged_client_is_listed_as_damaged_not_hiding_the_others(copy):
    path, practice = copy
    victim, bystander = practice.clients
    blob = read_blob(path, "client", "display_name", victim)
    write_blob(path, "client", "display_name", victim, flip_bit(blob, len(blob) - 1))
    with unlocked(path) as vault:
        listed = vault.services.clients.list()
        assert [c.id for c in listed] == [bystander, victim]  # damaged ones last
        assert listed[1].damaged and not listed[0].damaged
        with pytest.raises(IntegrityFailure):
            vault.services.clients.get(victim)


@pytest.mark.parametrize(
    ("table", "column", "garbage"),
    [
        ("therapy_session", "starts_at", "not a date"),
        ("client", "created_at", "2026-13-45 99:99:99"),
        ("goal", "client_id", "zz"),
        ("journal_entry", "id", "not-a-uuid"),
    ],
)
def test_tampered_plaintext_columns_are_reported_by_check_not_a_crash(copy, table, column, garbage):
    path, practice = copy
    model = next(m for m in ALL_MODELS if m.__tablename__ == table)
    target = practice.rows[model][0]
    with raw(path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (garbage, target.hex))
    with unlocked(path) as vault:
        report = vault.check()
        assert not report.ok
        assert any(d.kind == model.__label__ for d in report.damaged), report.damaged


def test_a_rewritten_backup_recipient_is_damage_and_stops_backups(vault, vault_path, tmp_path):
    """The plaintext recipient column must not let someone with write access to the file
    redirect future backups to their own age key."""
    vault.close()
    attacker = str(x25519.Identity.generate().to_public())
    with closing(sqlite3.connect(vault_path)) as db, db:
        db.execute("UPDATE vault_meta SET backup_recipient = ?", (attacker,))
    with Vault.open(vault_path) as reopened:
        reopened.unlock(PASSPHRASE)
        assert [d.kind for d in reopened.check().damaged] == ["vault settings"]
        # (the row's seal notices first; the recipient check behind it says so in its words)
        with pytest.raises(IntegrityFailure, match="vault settings record .* is damaged"):
            reopened.services.backups.write(tmp_path / "b.age")
        assert not (tmp_path / "b.age").exists()
