"""A column added to a table whose rows are sealed (revision 0006: `goal.weight`,
`feedback.given_by`): at the first unlock after the migration each existing row is checked as
it was sealed and sealed again over every column, with its record list entry; a row changed
behind the vault's back before that keeps its old seal and is reported by `check`."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Feedback, Goal
from app.models.row_seal import associated_data, associated_data_before
from app.services import record_lists
from app.services.agreements import GoalDraft
from app.services.clients import ClientDraft
from app.services.feedback import FeedbackDraft
from app.services.vault import Vault
from tests.conftest import PASSPHRASE

ADDED = {Goal: "weight", Feedback: "given_by"}


def test_the_seal_before_a_column_was_added_is_the_seal_without_it(vault):
    client = vault.services.clients.create(ClientDraft("Ana"))
    vault.services.agreements.add_goal(client.id, GoalDraft("Sleep"))
    with vault._database().begin() as s:
        row = dict(s.connection().execute(select(Goal.__table__)).mappings().one())
    assert associated_data_before(Goal, row["id"], row, ()) == associated_data(
        Goal, row["id"], row)
    assert associated_data_before(Goal, row["id"], row, ("weight",)) != associated_data(
        Goal, row["id"], row)


def _as_left_by_revision_0005(vault: Vault, path: Path, tamper: bool = False) -> None:
    """What an app at revision 0005 left: these rows sealed without the new columns, the
    columns not there yet, the record lists agreeing with the rows."""
    db = vault._database()
    keyring = db.keyring
    with vault._engine.begin() as conn:
        for model, column in ADDED.items():
            table = model.__table__
            for row in conn.execute(select(table)).mappings().all():
                values = dict(row)
                seal = keyring.seal(values["client_id"], b"", associated_data_before(
                    model, values["id"], values, (column,)))
                kept = {c.name: values[c.name] for c in table.columns if c.onupdate is not None}
                conn.execute(table.update().where(table.c.id == values["id"])
                             .values(row_seal=seal, **kept))
    record_lists.rebuild(db)
    vault.close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute('ALTER TABLE "goal" DROP COLUMN weight')
        conn.execute('ALTER TABLE "feedback" DROP COLUMN given_by')
        conn.execute("UPDATE alembic_version SET version_num = '0005'")
        if tamper:
            conn.execute("UPDATE goal SET status = 'achieved'")  # behind the vault's back
    time.sleep(1.1)  # "updated" times are kept to the second: resealing must not move them


@pytest.fixture
def practice(vault):
    client = vault.services.clients.create(ClientDraft("Ana"))
    goal = vault.services.agreements.add_goal(client.id, GoalDraft("Sleep through"))
    vault.services.agreements.rate(goal.id, 1)
    vault.services.feedback.record(client.id, FeedbackDraft(
        heard=8, given_at=datetime(2026, 11, 2, 10)))
    return client, goal


def test_rows_sealed_before_the_new_columns_are_sealed_again_at_the_first_unlock(
        vault, vault_path, practice):
    client, goal = practice
    _as_left_by_revision_0005(vault, vault_path)
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        report = again.check()
        assert report.ok, report.damaged
        assert again.services.agreements.goal(goal.id).weight is None
        [feedback] = again.services.feedback.list(client.id)
        assert (feedback.heard, feedback.given_by) == (8, None)
        again.services.agreements.edit_goal(goal.id, GoalDraft("Sleep through", weight=3))
        assert again.services.agreements.goal(goal.id).weight == 3
    with Vault.open(vault_path) as later:
        later.unlock(PASSPHRASE)
        assert later.check().ok


def test_a_row_changed_before_the_migration_is_not_sealed_again(vault, vault_path, practice):
    _client, goal = practice
    _as_left_by_revision_0005(vault, vault_path, tamper=True)
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        listed = {(d.kind, d.id) for d in again.check().damaged}
        assert (Goal.__label__, str(goal.id)) in listed
