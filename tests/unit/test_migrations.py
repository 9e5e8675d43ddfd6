"""Schema migrations: a vault made at an older revision opens after an automatic copy, with its
data intact; and the migrations build exactly the schema the models describe."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from uuid import UUID, uuid4

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.crypto import kdf
from app.crypto.backup_identity import new_backup_identity
from app.crypto.envelope import HEADER_LENGTH, TAG_LENGTH, field_ad, new_key
from app.crypto.errors import DecryptionFailed
from app.crypto.keyring import KeyRing, unwrap_key, wrap_ad, wrap_key
from app.crypto.recovery import format_recovery_key, new_recovery_key
from app.errors import WrongPassphrase
from app.models import ALL_MODELS, Base, PracticeProfile, VaultMeta
from app.models import schema as migrations
from app.services.clients import ClientDraft, Clients
from app.services.database import Database, make_engine
from app.services.passphrase import ROWS_SEALED_MARK, passphrase_ad
from app.services.row_seals import ADDED_SINCE, SEALED_SINCE
from app.services.sessions import SessionDraft, Sessions
from app.services.vault import COUNTED_SINCE, Vault
from tests.conftest import CHEAP_KDF, CLI_KDF, PASSPHRASE
from tests.unit.migration_helpers import leave_as_before, write_as_before
from tests.unit.sentinel_helpers import snapshot

FIRST = "0001"
NOTE = "Slept better; Ångström-ñandú-日本語-🙂 and a walk every morning."
EXERCISE_TEXT = {"title": "Three good things", "instructions": f"Each evening: {NOTE}",
                 "kind": "self-reflection", "frequency": "every evening",
                 "report_back": "Did it 5 of 7 nights 🙂"}
# Tables renamed since a revision: (revision that renamed it, old name, new name).
RENAMED = (("0003", "practice", "exercise"),)


def _older_revisions() -> list[str]:
    head = migrations.head_revision()
    return sorted(r for r in migrations.known_revisions() if r != head)


def build_vault_at(path: Path, revision: str) -> str:
    """A vault as the app would have made it at `revision`: the schema migrated only that far,
    the key record written as Vault.create writes it, and records saved through the services.
    Returns the recovery key text."""
    engine = make_engine(path)
    with engine.begin() as conn:
        migrations.upgrade(conn, revision)
    unsealed = revision < SEALED_SINCE  # today's models write seals and record lists the
    if unsealed:                        # old schema lacks: give them a place while writing,
        _seal_columns(engine, "ADD COLUMN row_seal BLOB")  # then take it away
        Base.metadata.tables["record_index"].create(engine)
    uncounted = revision < COUNTED_SINCE  # likewise the write counter
    if uncounted:
        Base.metadata.tables["write_counter"].create(engine)
    added = _added_since(revision)  # and the columns added to sealed tables since
    _add_columns(engine, added)
    vault_id, salt, dek, recovery = uuid4(), os.urandom(kdf.SALT_LENGTH), new_key(), new_recovery_key()
    kek = kdf.derive_key(PASSPHRASE, salt, CHEAP_KDF)
    identity, recipient = new_backup_identity()
    db = Database(engine, KeyRing(vault_id, bytearray(dek)))
    with db.begin() as s:
        meta = VaultMeta(
            id=vault_id,
            kdf_salt=salt,
            kdf_memory_kib=CHEAP_KDF.memory_kib,
            kdf_iterations=CHEAP_KDF.iterations,
            kdf_lanes=CHEAP_KDF.lanes,
            dek_by_passphrase=wrap_key(kek, vault_id, dek, wrap_ad("passphrase", vault_id)),
            dek_by_recovery=wrap_key(recovery, vault_id, dek, wrap_ad("recovery", vault_id)),
            backup_recipient=recipient,
        )
        meta.backup_identity = identity
        s.add(meta)
        s.add(PracticeProfile(backup_recipients=[]))
    clients, sessions = Clients(db), Sessions(db)
    for name in ("Ana", "Bilal", "Chen"):
        client = clients.create(ClientDraft(name, pronouns="they/them"))
        for day in (1, 8):
            sessions.create(
                client.id,
                SessionDraft(datetime(2025, 3, day, 10), fields={"subjective": f"{name}: {NOTE}"},
                             private_note=f"private {name}", shared_summary=f"summary {name}"),
            )
        if int(revision) < 3:
            _write_old_practice_row(db, engine, client.id, name)
    if unsealed:  # one envelope per field, as that app wrote them (the seals go below)
        write_as_before(db, engine, added)
    else:
        leave_as_before(db, engine, added)
    db.close()
    _drop_columns(engine, added)
    if uncounted:
        Base.metadata.tables["write_counter"].drop(engine)
    if unsealed:
        Base.metadata.tables["record_index"].drop(engine)
        _seal_columns(engine, "DROP COLUMN row_seal")
    engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    return format_recovery_key(recovery)


def _unmark_passphrase_wrap(path: Path) -> None:
    """Wrap the data key again without the rows-sealed mark (only the passphrase's holder can)."""
    with closing(sqlite3.connect(path)) as conn, conn:
        vault_id, salt, memory, iterations, lanes, wrapped = conn.execute(
            "SELECT id, kdf_salt, kdf_memory_kib, kdf_iterations, kdf_lanes, dek_by_passphrase "
            "FROM vault_meta").fetchone()
        vault_id = UUID(vault_id)
        params = kdf.KdfParams(memory, iterations, lanes)
        kek = kdf.derive_key(PASSPHRASE, salt, params)
        dek = unwrap_key(kek, vault_id, wrapped, passphrase_ad(vault_id, salt, params))
        unmarked = passphrase_ad(vault_id, salt, params).removesuffix(ROWS_SEALED_MARK)
        conn.execute("UPDATE vault_meta SET dek_by_passphrase = ?",
                     (wrap_key(kek, vault_id, dek, unmarked),))


def _added_since(revision: str) -> dict[str, tuple[str, ...]]:
    """The columns added to sealed tables by revisions after `revision`, by table."""
    added: dict[str, tuple[str, ...]] = {}
    for since, tables in ADDED_SINCE.items():
        if revision < since:
            for table, columns in tables.items():
                added[table] = added.get(table, ()) + columns
    return added


def _add_columns(engine: sa.Engine, added: dict[str, tuple[str, ...]]) -> None:
    with engine.begin() as conn:
        for table, columns in added.items():
            for name in columns:
                kind = Base.metadata.tables[table].c[name].type.compile(engine.dialect)
                conn.exec_driver_sql(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {kind}')


def _drop_columns(engine: sa.Engine, added: dict[str, tuple[str, ...]]) -> None:
    with engine.begin() as conn:
        for table, columns in added.items():
            for name in columns:
                conn.exec_driver_sql(f'ALTER TABLE "{table}" DROP COLUMN "{name}"')


def _seal_columns(engine: sa.Engine, change: str) -> None:
    with engine.begin() as conn:
        tables = [name for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        for table in tables:
            conn.exec_driver_sql(f'ALTER TABLE "{table}" {change}')


def _without_seals(tables: dict) -> dict:
    """The data without what 0004, 0005 and the first unlock after them add: each row's seal,
    the lists of which records exist, and the write counter."""
    return {name: {key: {c: v for c, v in row.items() if c != "row_seal"}
                   for key, row in rows.items()}
            for name, rows in tables.items() if name not in ("record_index", "write_counter")}


_ENCRYPTED = {m.__tablename__: set(m.__encrypted__) for m in ALL_MODELS}


def _plain_values(tables: dict) -> dict:
    """The data without its encrypted fields."""
    return {name: {key: {c: v for c, v in row.items() if c not in _ENCRYPTED[name]}
                   for key, row in rows.items()} for name, rows in tables.items()}


def _field_lengths(tables: dict) -> dict:
    """How long each stored encrypted field is (None when empty), by table, row and column."""
    return {(name, key, c): None if v is None else len(v)
            for name, rows in tables.items() for key, row in rows.items()
            for c, v in row.items() if c in _ENCRYPTED[name]}


def _write_old_practice_row(db: Database, engine: sa.Engine, client_id, name: str) -> None:
    """A between-session exercise as the code before revision 0003 wrote it: a row of the
    table then called "practice", its fields sealed with AD naming that table. Written with
    plain SQL, not the model, so it does not depend on what the model says today."""
    assert db.keyring is not None
    row_id = uuid4()
    sealed = {
        column: db.keyring.seal(client_id, f"{value} ({name})".encode(),
                                field_ad("practice", column, row_id))
        for column, value in EXERCISE_TEXT.items()
    }
    practice = sa.table(
        "practice", sa.column("id", sa.Uuid()), sa.column("client_id", sa.Uuid()),
        sa.column("session_id", sa.Uuid()), sa.column("status", sa.String()),
        sa.column("created_at", sa.DateTime()), sa.column("updated_at", sa.DateTime()),
        *(sa.column(c, sa.LargeBinary()) for c in EXERCISE_TEXT),
    )
    with engine.begin() as conn:
        conn.execute(sa.insert(practice).values(
            id=row_id, client_id=client_id, session_id=None, status="active",
            created_at=datetime(2025, 3, 1, 10), updated_at=datetime(2025, 3, 8, 10), **sealed))


def _at_head(tables: dict, revision: str) -> dict:
    """What the data of a vault at `revision` is called at head: renamed tables under their new
    names, every row and byte the same, columns added since empty."""
    renamed = dict(tables)
    for by, old, new in RENAMED:
        if revision < by and old in renamed:
            renamed[new] = renamed.pop(old)
    for table, columns in _added_since(revision).items():  # added since: empty in every row
        renamed[table] = {key: {**row, **dict.fromkeys(columns)}
                          for key, row in renamed.get(table, {}).items()}
    return renamed


def _assert_exercises_read(vault: Vault) -> None:
    """Each client's exercise, written before the table had its name, decrypts as written."""
    for client in vault.services.clients.list():
        (exercise,) = vault.services.exercises.list(client.id)
        assert not exercise.damaged
        assert {k: getattr(exercise, k) for k in EXERCISE_TEXT} == {
            k: f"{v} ({client.display_name})" for k, v in EXERCISE_TEXT.items()}


def _schema(path: Path) -> set[tuple[str, str, str]]:
    with closing(sqlite3.connect(path)) as conn:
        return {
            (kind, name, " ".join((sql or "").split()))
            for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master")
        }


def _data(path: Path) -> dict:
    """Every row as stored; the passphrase wrap as the data key it holds, since unlocking a vault
    made before issue 8 rewraps it under associated data that binds its key settings."""
    tables = snapshot(path)
    tables.pop("alembic_version")
    for row in tables["vault_meta"].values():
        row["dek_by_passphrase"] = bytes(_unwrapped(row)[0])
    return tables


def _unwrapped(meta: dict) -> tuple[bytearray, bool]:
    """The data key in a stored vault_meta row, and whether its wrap binds the key settings."""
    vault_id = UUID(str(meta["id"]))
    params = kdf.KdfParams(meta["kdf_memory_kib"], meta["kdf_iterations"], meta["kdf_lanes"])
    kek = kdf.derive_key(PASSPHRASE, meta["kdf_salt"], params)
    bound = passphrase_ad(vault_id, meta["kdf_salt"], params)
    try:
        return unwrap_key(kek, vault_id, meta["dek_by_passphrase"], bound), True
    except DecryptionFailed:
        return unwrap_key(kek, vault_id, meta["dek_by_passphrase"],
                          wrap_ad("passphrase", vault_id)), False


def test_there_is_an_older_revision_to_migrate_from():
    assert FIRST in _older_revisions()


@pytest.mark.parametrize("revision", _older_revisions())
def test_an_older_vault_is_copied_then_migrated_with_its_data_intact(tmp_path, revision):
    path = tmp_path / "practice.vault"
    build_vault_at(path, revision)
    before = _data(path)
    head = migrations.head_revision()

    with Vault.open(path) as vault:
        with pytest.raises(WrongPassphrase):
            vault.unlock("not it")
        assert not list(tmp_path.glob("*.bak")), "migrated before the passphrase was right"
        assert not _unwrapped(next(iter(snapshot(path)["vault_meta"].values())))[1]
        vault.unlock(PASSPHRASE)
        # the old wrap is replaced at once by one that binds the key settings
        assert _unwrapped(next(iter(snapshot(path)["vault_meta"].values())))[1]
        assert vault.check().ok
        listed = vault.services.clients.list()
        assert [c.display_name for c in listed] == ["Ana", "Bilal", "Chen"]
        for client in listed:
            latest = vault.services.sessions.latest(client.id)
            assert latest is not None
            assert latest.fields["subjective"] == f"{client.display_name}: {NOTE}"
            assert vault.services.sessions.private_note(latest.id) == f"private {client.display_name}"
        if int(revision) < 3:
            _assert_exercises_read(vault)

    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
    # every row and every plain value as it was (under a renamed table's new name), every
    # field now its row envelope's stretch (the same plaintext: 45 bytes shorter than its
    # own envelope was), and every row sealed
    after = _data(path)
    was = _without_seals(_at_head(before, revision))
    assert _plain_values(_without_seals(after)) == _plain_values(was)
    assert _field_lengths(_without_seals(after)) == {
        key: None if n is None else n - HEADER_LENGTH - TAG_LENGTH
        for key, n in _field_lengths(was).items()}
    assert all(row["row_seal"] for rows in after.values() for row in rows.values())
    assert len(after["record_index"]) == 1 + len(after["client"])  # the practice's, each client's

    fresh = tmp_path / "fresh.vault"
    Vault.create(fresh, PASSPHRASE, kdf_params=CHEAP_KDF)[0].close()
    assert _schema(path) == _schema(fresh)

    copies = list(tmp_path.glob(f"practice.vault.pre-{head}-*.bak"))
    assert len(copies) == 1
    assert copies[0].name[len(f"practice.vault.pre-{head}-") :][:-4].replace("-", "").isdigit()
    with closing(sqlite3.connect(copies[0])) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    assert _data(copies[0]) == before

    # The next unlock finds nothing to migrate and makes no further copy.
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
    assert len(list(tmp_path.glob("*.bak"))) == 1


def test_the_pre_migration_copy_opens_as_a_vault(tmp_path):
    """If the therapist puts the copy back, it is a complete vault (it migrates again)."""
    path = tmp_path / "practice.vault"
    build_vault_at(path, FIRST)
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
    (copy,) = tmp_path.glob("*.bak")
    restored = tmp_path / "restored.vault"
    copy.rename(restored)
    with Vault.open(restored) as vault:
        vault.unlock(PASSPHRASE)
        assert len(vault.services.clients.list()) == 3


def test_migrations_build_exactly_the_models_schema(tmp_path):
    engine = make_engine(tmp_path / "schema.db")
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn)
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "compare_server_default": True}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_the_revision_history_is_one_line_ending_at_head():
    scripts = ScriptDirectory.from_config(migrations.alembic_config())
    assert len(scripts.get_heads()) == 1
    assert len(scripts.get_bases()) == 1
    assert scripts.get_bases() == [FIRST]


def test_the_revisions_a_vault_is_compared_with_are_alembics_in_order():
    scripts = ScriptDirectory.from_config(migrations.alembic_config())
    oldest_first = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert list(migrations.REVISIONS) == oldest_first
    assert migrations.head_revision() == scripts.get_current_head()


def test_opening_an_up_to_date_vault_does_not_load_alembic(tmp_path):
    """Alembic is loaded only to upgrade a vault (a fresh process: this one imported it)."""
    import subprocess
    import sys

    path = tmp_path / "v.vault"
    Vault.create(path, PASSPHRASE, kdf_params=CLI_KDF)[0].close()  # the floor a process keeps
    probe = ("import sys; from app.services.vault import Vault\n"
             f"with Vault.open({str(path)!r}) as v:\n"
             f"    v.unlock({PASSPHRASE!r}); v.services.clients.list()\n"
             "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
