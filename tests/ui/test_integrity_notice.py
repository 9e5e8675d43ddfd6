"""After an unlock the window says, once, when the vault file is not what this computer last saw:
an older copy of the whole file put back (with "Keep using this copy" to stop the warning), or
records deleted behind the vault's back. The work goes on either way."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import pytest

from tests.ui.conftest import LEFT, add_client, create_vault, open_dialog, unlock

pytestmark = pytest.mark.usefixtures("no_windows_left_open")


def test_an_older_copy_put_back_is_told_until_the_therapist_keeps_it(qtbot, window, ctx,
                                                                    tmp_path):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Ana Lima")
    path = ctx.vault.path
    window.lock()
    older = tmp_path / "older.vault"
    shutil.copyfile(path, older)
    unlock(qtbot, window)
    with pytest.raises(AssertionError):
        open_dialog("older-copy-box")  # the file is the one this computer saw last
    add_client(qtbot, window, "Bilal Haddad")
    window.lock()
    shutil.copyfile(older, path)

    unlock(qtbot, window)
    box = open_dialog("older-copy-box")
    assert "older than the one this computer last opened" in box.text()
    assert window.workspace is not None  # the work goes on
    [later] = [b for b in box.buttons() if "next time" in b.text()]
    qtbot.mouseClick(later, LEFT)
    window.lock()
    unlock(qtbot, window)
    box = open_dialog("older-copy-box")  # told again
    [keep] = [b for b in box.buttons() if "Keep using" in b.text()]
    qtbot.mouseClick(keep, LEFT)
    window.lock()
    unlock(qtbot, window)
    with pytest.raises(AssertionError):
        open_dialog("older-copy-box")


def test_a_record_deleted_behind_the_vaults_back_is_told_after_unlock(qtbot, window, ctx):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Ana Lima")
    add_client(qtbot, window, "Bilal Haddad")
    path = ctx.vault.path
    window.lock()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("DELETE FROM client WHERE rowid = (SELECT MIN(rowid) FROM client)")
    unlock(qtbot, window)
    box = open_dialog("missing-records-box")  # (jobs run in order here: already checked)
    assert "client (1)" in box.text()
    assert "restore the vault from a backup" in box.text()
    box.accept()
