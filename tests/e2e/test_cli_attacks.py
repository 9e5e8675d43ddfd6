"""The attacks on the file that issue 8 found, each on a copy of a real demo practice edited with
sqlite3 (no key needed), then `reciprocal check`: every one is reported as damage, exit 3, naming
the records touched. Before row seals and record lists each of these exited 0."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from app.demo import build_demo
from app.models import (
    AgreementVersion,
    Disclosure,
    Measure,
    PrivateNote,
    SessionAmendment,
    TherapySession,
)
from tests.conftest import CLI_KDF, PASSPHRASE
from tests.e2e.conftest import run_cli, write_text

Attack = Callable[[sqlite3.Connection], list[tuple[str, str]]]


def _ids(conn: sqlite3.Connection, sql: str) -> list[str]:
    return [str(row[0]) for row in conn.execute(sql)]


def _dashed(hex_id: str) -> str:
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


def signed_note_made_an_empty_draft(conn):
    [row] = _ids(conn, "SELECT id FROM therapy_session WHERE status = 'signed' LIMIT 1")
    conn.execute("UPDATE therapy_session SET note = NULL, status = 'draft', signed_at = NULL, "
                 "signed_by = NULL WHERE id = ?", (row,))
    return [(TherapySession.__label__, row)]


def agreed_agreement_made_a_draft(conn):
    [row] = _ids(conn, "SELECT id FROM agreement_version WHERE status = 'agreed' LIMIT 1")
    conn.execute("UPDATE agreement_version SET status = 'draft', agreed_at = NULL WHERE id = ?",
                 (row,))
    return [(AgreementVersion.__label__, row)]


def questionnaire_answers_emptied(conn):
    rows = _ids(conn, "SELECT id FROM measure")
    conn.execute("UPDATE measure SET answers = NULL")
    return [(Measure.__label__, row) for row in rows]


def questionnaires_deleted(conn):
    rows = _ids(conn, "SELECT id FROM measure")
    conn.execute("DELETE FROM measure")
    return [(Measure.__label__, row) for row in rows]


def private_notes_swapped_between_sessions(conn):
    (a, sa), (b, sb) = conn.execute("SELECT id, session_id FROM private_note LIMIT 2").fetchall()
    for row, session in ((a, "0" * 32), (b, sa), (a, sb)):  # (each session has one)
        conn.execute("UPDATE private_note SET session_id = ? WHERE id = ?", (session, row))
    return [(PrivateNote.__label__, str(a)), (PrivateNote.__label__, str(b))]


def amendment_moved_to_another_session(conn):
    [(row, client, session)] = conn.execute(
        "SELECT id, client_id, session_id FROM session_amendment LIMIT 1").fetchall()
    [other] = _ids(conn, f"SELECT id FROM therapy_session WHERE client_id = '{client}' "
                         f"AND id != '{session}' LIMIT 1")
    conn.execute("UPDATE session_amendment SET session_id = ? WHERE id = ?", (other, row))
    return [(SessionAmendment.__label__, str(row))]


def session_dates_changed(conn):
    [row] = _ids(conn, "SELECT id FROM therapy_session WHERE status = 'signed' LIMIT 1")
    conn.execute("UPDATE therapy_session SET starts_at = '2019-01-01 09:00:00.000000', "
                 "signed_at = '2019-01-01 10:00:00.000000' WHERE id = ?", (row,))
    return [(TherapySession.__label__, row)]


def session_deleted(conn):
    [row] = _ids(conn, "SELECT id FROM therapy_session LIMIT 1")
    conn.execute("DELETE FROM therapy_session WHERE id = ?", (row,))  # (foreign keys are off)
    return [(TherapySession.__label__, row)]


def amendment_deleted(conn):
    [row] = _ids(conn, "SELECT id FROM session_amendment LIMIT 1")
    conn.execute("DELETE FROM session_amendment WHERE id = ?", (row,))
    return [(SessionAmendment.__label__, row)]


def disclosure_log_rows_deleted(conn):
    rows = _ids(conn, "SELECT id FROM disclosure")
    conn.execute("DELETE FROM disclosure")
    return [(Disclosure.__label__, row) for row in rows]


ATTACKS = [signed_note_made_an_empty_draft, agreed_agreement_made_a_draft,
           questionnaire_answers_emptied, questionnaires_deleted,
           private_notes_swapped_between_sessions, amendment_moved_to_another_session,
           session_dates_changed, session_deleted, amendment_deleted, disclosure_log_rows_deleted]


@pytest.fixture(scope="module")
def practice(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "practice.vault"
    build_demo(path, PASSPHRASE, clients=4, sessions=6, seed=2, kdf_params=CLI_KDF)
    return path


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda a: a.__name__)
def test_every_attack_on_the_file_is_reported_by_check(practice, tmp_path, attack: Attack):
    copy = tmp_path / "practice.vault"
    shutil.copyfile(practice, copy)
    passphrase = write_text(tmp_path / "passphrase.txt", PASSPHRASE)
    assert run_cli("check", "--vault", copy, "--passphrase-file", passphrase).code == 0
    with closing(sqlite3.connect(copy)) as conn, conn:
        touched = attack(conn)
    assert touched
    checked = run_cli("check", "--vault", copy, "--passphrase-file", passphrase, "--json")
    assert checked.code == 3, checked.out + checked.err
    listed = {(d["kind"], d["id"]) for d in json.loads(checked.out)["damaged"]}
    for kind, row in touched:
        assert (kind, _dashed(row.replace("-", ""))) in listed, (kind, row, listed)
