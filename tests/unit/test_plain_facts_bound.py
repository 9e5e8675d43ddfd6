"""Every plain column of every table is bound to its record, and a deleted record is noticed.

Found from the models' metadata (`ALL_MODELS`), so a new table or column is covered without
touching this file: each plain column of a row of each table is changed in the closed file
with sqlite3 — a foreign key, a status, a date, a position, a wrapped key — or an encrypted
field emptied, or the row's seal removed; then `check()` must list exactly that record. Each
row of each table deleted in turn must be listed as missing. Without the row seals
(app/models/row_seal.py) or the record lists (app/models/record_index.py) these fail.
"""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest

from app.errors import IntegrityFailure
from app.models import ALL_MODELS, Base, Client, ClientKey, RecordIndex, VaultMeta
from app.models.row_seal import SEAL_COLUMN, column_kind
from app.services.agreements import AgreementDraft, GoalDraft, Signatures
from app.services.clients import ClientDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.sentinel_helpers import Practice, populate, raw

# Changing these stops the vault from opening at all (the key record is read before any key
# exists), which tests/unit/test_kdf_settings.py and test_bad_vault_files.py cover.
BEFORE_UNLOCK = {("vault_meta", c) for c in ("kdf_salt", "kdf_memory_kib", "kdf_iterations",
                                             "kdf_lanes", "dek_by_passphrase",
                                             "dek_by_recovery")}


def _cases() -> list[tuple[type[Base], str]]:
    out = []
    for model in ALL_MODELS:
        for column in model.__table__.columns:
            if column.name == "id" or (model.__tablename__, column.name) in BEFORE_UNLOCK:
                continue
            out.append((model, column.name))
    return out


CASES = _cases()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, Practice]:
    path = tmp_path_factory.mktemp("template") / "practice.vault"
    vault, _ = Vault.create(path, PASSPHRASE, kdf_params=CHEAP_KDF)
    practice = populate(vault)
    with vault._database().begin() as s:  # a signed note and an agreed agreement among them
        assert s.get(VaultMeta, vault.vault_id) is not None
    assert vault.check().ok
    vault.close()
    return path, practice


@pytest.fixture
def copy(template, tmp_path) -> tuple[Path, Practice]:
    source, practice = template
    target = tmp_path / "practice.vault"
    shutil.copyfile(source, target)
    return target, practice


def _some_row(practice: Practice, model: type[Base], path: Path) -> UUID:
    """A row of `model` that has a value in every nullable column we may change."""
    if model is ClientKey:  # (made by the vault, so not among populate()'s rows)
        with raw(path) as conn:
            (hex_id,) = conn.execute("SELECT id FROM client_key WHERE client_id = ?",
                                     (practice.clients[0].hex,)).fetchone()
        return UUID(hex_id)
    return practice.rows[model][0]


def _changed(kind: str, value: Any, nullable: bool = True) -> Any:
    """A different value of the same kind, as SQLite stores it."""
    if kind == "uuid":
        return uuid4().hex
    if kind == "datetime":
        moment = (datetime.fromisoformat(value) if value else datetime(2026, 1, 1))
        return (moment + timedelta(days=1)).isoformat(sep=" ", timespec="microseconds")
    if kind == "date":
        return "2020-02-02" if value != "2020-02-02" else "2021-03-03"
    if kind in ("integer", "boolean"):
        return 0 if value else 1
    if kind == "bytes":  # an encrypted field or a seal emptied; a wrapped key changed
        return None if nullable else bytes([value[0] ^ 1]) + value[1:]
    return "changed" if value != "changed" else "other"


def _listed(path: Path) -> set[tuple[str, str]]:
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
        return {(d.kind, d.id) for d in vault.check().damaged}


@pytest.mark.parametrize("model,name", CASES, ids=[f"{m.__tablename__}.{n}" for m, n in CASES])
def test_changing_any_stored_value_damages_exactly_that_record(copy, model, name):
    path, practice = copy
    row_id = _some_row(practice, model, path)
    column = model.__table__.c[name]
    kind = "bytes" if name in model.__encrypted__ or name == SEAL_COLUMN else column_kind(column)
    with raw(path) as conn:
        (value,) = conn.execute(f'SELECT "{name}" FROM "{model.__tablename__}" WHERE id = ?',
                                (row_id.hex,)).fetchone()
        if kind == "uuid" and name.endswith("_id") and model.__tablename__ != "client_key":
            conn.execute("PRAGMA foreign_keys = OFF")  # (the attacker's sqlite3 has them off)
        conn.execute(f'UPDATE "{model.__tablename__}" SET "{name}" = ? WHERE id = ?',
                     (_changed(kind, value, column.nullable), row_id.hex))
    listed = _listed(path)
    assert (model.__label__, str(row_id)) in listed, f"{model.__tablename__}.{name}: {listed}"


DELETABLE = [m for m in ALL_MODELS if m not in (VaultMeta, Client, RecordIndex)]


@pytest.mark.parametrize("model", DELETABLE, ids=[m.__tablename__ for m in DELETABLE])
def test_a_deleted_record_is_listed_as_missing(copy, model):
    path, practice = copy
    row_id = _some_row(practice, model, path)
    with raw(path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        deleted = conn.execute(f'DELETE FROM "{model.__tablename__}" WHERE id = ?',
                               (row_id.hex,)).rowcount
    assert deleted == 1
    listed = _listed(path)
    if model is ClientKey:  # without their key, the client's records (and list) cannot open
        owner = practice.clients[0]
        assert {(m.__label__, str(r)) for m, r in practice.rows_of_client(owner)
                if m.__encrypted__} <= listed
    else:
        assert (model.__label__, str(row_id)) in listed


def test_a_client_deleted_with_all_their_records_is_missed_on_the_practices_list(copy):
    path, practice = copy
    client_id = practice.clients[0]
    with raw(path) as conn:  # with foreign keys on: every row of theirs goes too, list included
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM client WHERE id = ?", (client_id.hex,))
    assert (Client.__label__, str(client_id)) in _listed(path)


def test_a_row_put_back_to_an_older_version_of_itself_is_noticed(vault, vault_path):
    """A signed note's row (and its own seal) from before it was signed, copied back."""
    client = vault.services.clients.create(ClientDraft("Ana"))
    session = vault.services.sessions.create(client.id, SessionDraft(
        datetime(2026, 3, 4, 10), fields={"subjective": "before signing"}))
    with raw(vault_path) as conn:
        cursor = conn.execute("SELECT * FROM therapy_session WHERE id = ?", (session.id.hex,))
        names, old = [d[0] for d in cursor.description], cursor.fetchone()
    vault.services.sessions.sign(session.id, "Dr Rivera")
    vault.close()
    with raw(vault_path) as conn:
        sets = ", ".join(f'"{n}" = ?' for n in names if n != "id")
        conn.execute(f"UPDATE therapy_session SET {sets} WHERE id = ?",
                     (*[v for n, v in zip(names, old, strict=True) if n != "id"],
                      session.id.hex))
    with Vault.open(vault_path) as reopened:
        reopened.unlock(PASSPHRASE)
        assert not reopened.services.sessions.get(session.id).signed  # its seal was real once
        assert ("session note", str(session.id)) in {
            (d.kind, d.id) for d in reopened.check().damaged}


def test_an_agreed_agreement_set_back_to_draft_opens_as_damaged(vault, vault_path):
    client = vault.services.clients.create(ClientDraft("Ana"))
    agreements = vault.services.agreements
    agreements.add_goal(client.id, GoalDraft("Sleep"))
    version = agreements.start(client.id, AgreementDraft(client_commitments="a sleep log"))
    agreements.agree(version.id, Signatures("Ana", date(2026, 3, 4), "Sam", date(2026, 3, 4)))
    vault.close()
    with raw(vault_path) as conn:
        conn.execute("UPDATE agreement_version SET status = 'draft', agreed_at = NULL")
    with Vault.open(vault_path) as reopened:
        reopened.unlock(PASSPHRASE)
        with pytest.raises(IntegrityFailure):
            reopened.services.agreements.get(version.id)
        with pytest.raises(IntegrityFailure):
            reopened.services.agreements.save_draft(version.id, AgreementDraft("rewritten"))
