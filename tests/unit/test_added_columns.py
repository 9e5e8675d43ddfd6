"""A column added to a table whose rows are sealed (revision 0006: `goal.weight`,
`feedback.given_by`; revision 0007: `practice_profile.logo`): at the first unlock after the
migration each existing row is checked as it was sealed and sealed again over every column,
with its record list entry; a row changed behind the vault's back before that keeps its old seal
and is reported by `check`."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import ALL_MODELS, Goal, PracticeProfile
from app.models.row_seal import associated_data, legacy_associated_data
from app.services.agreements import GoalDraft
from app.services.clients import ClientDraft
from app.services.feedback import FeedbackDraft
from app.services.profile import ProfileDraft
from app.services.row_seals import ADDED_SINCE
from app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.logo_helpers import tiny_png
from tests.unit.migration_helpers import leave_as_before

_BY_TABLE = {m.__tablename__: m for m in ALL_MODELS}


def test_the_seal_before_a_column_was_added_is_the_seal_without_it(vault):
    client = vault.services.clients.create(ClientDraft("Ana"))
    vault.services.agreements.add_goal(client.id, GoalDraft("Sleep"))
    with vault._database().begin() as s:
        row = dict(s.connection().execute(select(Goal.__table__)).mappings().one())
    with_weight = legacy_associated_data(Goal, row["id"], row, ())
    assert legacy_associated_data(Goal, row["id"], row, ("weight",)) != with_weight
    assert b"weight=" in with_weight
    assert b"weight=" not in legacy_associated_data(Goal, row["id"], row, ("weight",))
    assert associated_data(Goal, row["id"], row) != with_weight  # the envelope's own form


def _added_after(revision: str) -> dict[type, tuple[str, ...]]:
    """The columns added to sealed tables by the revisions after `revision`, by model."""
    added: dict[type, tuple[str, ...]] = {}
    for since, tables in ADDED_SINCE.items():
        if revision < since:
            for table, columns in tables.items():
                model = _BY_TABLE[table]
                added[model] = added.get(model, ()) + columns
    return added


def _as_left_by(vault: Vault, path: Path, revision: str, tamper: str = "") -> None:
    """What an app at `revision` left: every row one envelope per field, the rows of the
    tables that got columns later sealed without them, the columns not there yet, the record lists agreeing with the rows; then
    `tamper`, an SQL statement run behind the vault's back."""
    added = _added_after(revision)
    leave_as_before(vault._database(), vault._engine,
                    {model.__tablename__: columns for model, columns in added.items()})
    vault.close()
    with closing(sqlite3.connect(path)) as conn, conn:
        for model, columns in added.items():
            for column in columns:
                conn.execute(f'ALTER TABLE "{model.__tablename__}" DROP COLUMN {column}')
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        if tamper:
            conn.execute(tamper)
    time.sleep(1.1)  # "updated" times are kept to the second: resealing must not move them


def _as_left_by_revision_0005(vault: Vault, path: Path, tamper: bool = False) -> None:
    _as_left_by(vault, path, "0005",
                "UPDATE goal SET status = 'achieved'" if tamper else "")  # behind its back


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


# -- revision 0007: the practice's logo -------------------------------------------------------
@pytest.fixture
def profile(vault):
    return vault.services.profile.update(ProfileDraft(
        therapist_name="Sam Lee", practice_name="Lima Therapy", paper_size="Letter"))


def test_a_profile_sealed_before_the_logo_is_sealed_again_at_the_first_unlock(
        vault, vault_path, profile):
    _as_left_by(vault, vault_path, "0006")
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        report = again.check()
        assert report.ok, report.damaged
        kept = again.services.profile.get()
        assert kept == profile and kept.logo == b""  # "updated" not moved by the reseal
        again.services.profile.update(ProfileDraft(
            therapist_name="Sam Lee", practice_name="Lima Therapy", paper_size="Letter",
            logo=tiny_png()))
    with Vault.open(vault_path) as later:
        later.unlock(PASSPHRASE)
        assert later.check().ok
        assert later.services.profile.get().logo == tiny_png()


def test_a_profile_changed_before_the_logo_migration_is_not_sealed_again(
        vault, vault_path, profile):
    _as_left_by(vault, vault_path, "0006", "UPDATE practice_profile SET paper_size = 'A4'")
    with Vault.open(vault_path) as again:
        again.unlock(PASSPHRASE)
        listed = {d.kind for d in again.check().damaged}
        assert PracticeProfile.__label__ in listed
