"""The whole-practice fast paths of backup and restore give what the general code gives: the
writer's line encoder, the resealer's JSON and text encoding, its DB values and its envelopes,
and a restore that hands over the opened vault (one key derivation) with nothing left on disk
but the vault itself."""

from __future__ import annotations

import json
from datetime import datetime
from uuid import uuid4

import pytest
from sqlalchemy.dialects import sqlite

from app.backup.writer import _json_line
from app.crypto.envelope import new_key
from app.crypto.keyring import KeyRing
from app.demo import build_demo
from app.models import TherapySession
from app.models.row_seal import SEAL_COLUMN, associated_data, open_row, sealed_columns
from app.services.backup_check import backup_key_from_text
from app.services.backup_tables import _JSON_TEXT, TABLES_BY_NAME, Resealer, _encoder
from app.services.restore import restore_backup
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE

VALUES = [{"a": [1, 2.5, None, True, 'é"\n\u2028']}, [], "x", 3, 1e300, -0.0, 10**30,
          {"k": {"n": [1, {"z": "☑ 😀"}]}}]


@pytest.mark.parametrize("value", VALUES)
def test_the_json_encoders_write_what_json_dumps_writes(value):
    assert _JSON_TEXT(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    record = {"id": "x", "v": value}
    assert _json_line(record) == json.dumps(record, ensure_ascii=False, separators=(",", ":"),
                                            allow_nan=False) + "\n"


def test_the_line_encoder_refuses_nan_as_json_dumps_does():
    with pytest.raises(ValueError):
        _json_line({"id": "x", "v": float("nan")})


def test_the_field_encoders_give_the_descriptors_bytes_and_refuse_what_they_refuse():
    for table in TABLES_BY_NAME.values():
        for descriptor in table.encrypted.values():
            encode = _encoder(descriptor)
            samples = {"text": ["Zoë 😀"], "json": [*VALUES, True, False, -2, 0, None],
                       "bytes": [b"\x00\xff"]}[descriptor.codec]
            for sample in samples:
                assert encode(sample) == descriptor.encode(sample)
    text = _encoder(TABLES_BY_NAME["client"].encrypted["display_name"])
    with pytest.raises(Exception) as caught:
        text("half \ud83d an emoji")
    with pytest.raises(type(caught.value)):
        TABLES_BY_NAME["client"].encrypted["display_name"].encode("half \ud83d an emoji")


def test_resealed_rows_open_with_the_new_keys_and_match_the_general_seal():
    vault_id = uuid4()
    keyring = KeyRing(vault_id, new_key())
    resealer = Resealer(keyring, sqlite.dialect())
    client_id, session_id = str(uuid4()), str(uuid4())
    keyring.new_client_key(resealer.uuid(client_id))
    table = TABLES_BY_NAME[TherapySession.__tablename__]
    record = {name: None for name in table.fields}
    record.update(id=session_id, client_id=client_id, status="signed",
                  starts_at=datetime(2026, 3, 4, 10, 0), created_at=datetime(2026, 3, 4, 9, 0, 0, 5),
                  updated_at=datetime(2026, 3, 4, 11, 0), note={"subjective": "slept better"},
                  shared_summary="Zoë did well")
    columns = [c for c in TherapySession.__table__.columns
               if c.name in {*table.fields, SEAL_COLUMN}]
    [row] = list(resealer.rows(table, columns, [dict(record)]))
    stored = dict(zip([c.name for c in columns], row, strict=True))
    assert stored["id"] == session_id.replace("-", "")
    assert stored["starts_at"] == "2026-03-04 10:00:00.000000"
    assert stored["created_at"] == "2026-03-04 09:00:00.000005"
    # one envelope over the row's values as the general code binds them, each field's stretch
    # of its ciphertext in its column
    key_id = resealer.uuid(client_id)
    values = dict(record, shared_summary=stored["shared_summary"], note=stored["note"])
    fields = [name for _key, name, kind in sealed_columns(TherapySession) if kind == "encrypted"]
    plaintext = open_row(*keyring.opener(key_id), stored[SEAL_COLUMN],
                         [stored.get(name) or b"" for name in fields],
                         associated_data(TherapySession, session_id, values))
    note = json.dumps({"subjective": "slept better"}, separators=(",", ":")).encode()
    assert plaintext == note + "Zoë did well".encode()  # (note, then shared_summary)
    assert len(stored["note"]) == len(note) and stored["note"] != note
    assert stored["duration_minutes"] is None


def test_a_record_of_a_client_not_in_the_backup_is_refused():
    keyring = KeyRing(uuid4(), new_key())
    resealer = Resealer(keyring, sqlite.dialect())
    table = TABLES_BY_NAME[TherapySession.__tablename__]
    record = {name: None for name in table.fields}
    record.update(id=str(uuid4()), client_id=str(uuid4()), status="draft",
                  starts_at=datetime(2026, 3, 4), created_at=datetime(2026, 3, 4),
                  updated_at=datetime(2026, 3, 4))
    columns = [c for c in TherapySession.__table__.columns if c.name in table.fields]
    with pytest.raises(Exception, match="not in the backup"):
        list(resealer.rows(table, columns, [record]))


def test_a_restore_hands_over_the_opened_vault_and_leaves_no_other_file(tmp_path):
    """One key derivation: the restored vault comes back unlocked; the passphrase still opens
    it later as usual; the folder holds the vault and nothing else (no temporary file)."""
    source = tmp_path / "practice.vault"
    build_demo(source, PASSPHRASE, 3, 2, seed=0, kdf_params=CHEAP_KDF)
    with Vault.open(source) as vault:
        vault.unlock(PASSPHRASE)
        backup = vault.services.backups.write(tmp_path / "b.age")
        key = backup_key_from_text(vault.backup_identity())
        clients = [c.id for c in vault.services.clients.list()]
    folder = tmp_path / "restored"
    folder.mkdir()
    report = restore_backup(backup.path, key, folder / "r.vault", "new passphrase",
                            kdf_params=CHEAP_KDF, open_vault=True)
    restored = report.vault
    assert isinstance(restored, Vault) and restored.is_unlocked
    try:
        assert [c.id for c in restored.services.clients.list()] == clients
        assert restored.check().ok
        assert not restored.missing_records()
    finally:
        restored.close()
    assert sorted(p.name for p in folder.iterdir()) == ["r.vault"]
    with Vault.open(folder / "r.vault") as again:
        again.unlock("new passphrase")
        assert len(again.services.clients.list()) == len(clients)


def test_without_open_vault_the_report_holds_no_vault(tmp_path):
    source = tmp_path / "practice.vault"
    build_demo(source, PASSPHRASE, 1, 1, seed=0, kdf_params=CHEAP_KDF)
    with Vault.open(source) as vault:
        vault.unlock(PASSPHRASE)
        backup = vault.services.backups.write(tmp_path / "b.age")
        key = backup_key_from_text(vault.backup_identity())
    report = restore_backup(backup.path, key, tmp_path / "r.vault", "p", kdf_params=CHEAP_KDF)
    assert report.vault is None
