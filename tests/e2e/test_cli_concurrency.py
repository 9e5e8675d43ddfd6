"""One process per vault, and durability: a save that returned survives kill -9."""

from __future__ import annotations

import signal
from uuid import UUID

from app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.e2e.conftest import child, one_sentence_error

SAVES_BEFORE_KILL = 40


def test_a_second_process_is_told_the_vault_is_busy(cli, vault_file, passphrase_file):
    holder = child("hold", vault_file)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        outcome = cli("clients", "--vault", vault_file, "--passphrase-file", passphrase_file)
        assert outcome.code == 4
        assert "already open" in one_sentence_error(outcome)
    finally:
        holder.communicate(timeout=30)  # closing its stdin lets it go
    assert cli("clients", "--vault", vault_file, "--passphrase-file", passphrase_file).code == 0


def test_every_save_that_returned_survives_kill_9(cli, vault_file, passphrase_file):
    saver = child("save-loop", vault_file)
    saved: dict[UUID, int] = {}
    try:
        assert saver.stdout is not None
        while len(saved) < SAVES_BEFORE_KILL:
            line = saver.stdout.readline()
            assert line, "the saving process stopped early"
            note_id, number = line.split()
            saved[UUID(note_id)] = int(number)
    finally:
        saver.send_signal(signal.SIGKILL)
        saver.wait(timeout=30)
    assert saver.returncode == -signal.SIGKILL

    with Vault.open(vault_file) as vault:
        vault.unlock(PASSPHRASE)
        for note_id, number in saved.items():
            note = vault.services.sessions.get(note_id)
            assert note.fields["subjective"] == f"note number {number}"
            assert vault.services.sessions.private_note(note_id) == f"private {number}"
    report = cli("check", "--vault", vault_file, "--passphrase-file", passphrase_file)
    assert report.code == 0, report.out + report.err
