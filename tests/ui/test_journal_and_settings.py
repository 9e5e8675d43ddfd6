"""The therapist's journal saves itself; settings save the practice profile (kept in the vault)
and this computer's auto-lock time; help lists every shortcut; errors are one sentence."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import DiskFull
from app.ui.kit.error_dialog import error_sentence, show_error
from tests.ui.conftest import LEFT, create_vault, open_dialog, unlock


def test_a_journal_entry_saves_itself_and_is_found_again(qtbot, window, ctx):
    create_vault(qtbot, window)
    window.journal_action.trigger()
    journal = window.workspace.journal
    assert journal.isVisible()
    journal.kind.setCurrentIndex(journal.kind.findData("self-care"))
    qtbot.mouseClick(journal.new_button, LEFT)
    assert journal.checkin_box.isVisible()
    qtbot.keyClicks(journal.title, "After the long Thursday")
    qtbot.keyClicks(journal.body, "Tired but steady.")
    journal.checkin["rest"].setValue(4)
    qtbot.waitUntil(lambda: journal.saved_state.text().startswith("Saved"), timeout=5000)
    qtbot.keyClicks(journal.body, " Walk tomorrow.")
    qtbot.waitUntil(lambda: journal.saved_state.text().startswith("Saved"), timeout=5000)

    entries = ctx.services.journal.list()
    assert len(entries) == 1  # the second save edited the same entry
    assert entries[0].body == "Tired but steady. Walk tomorrow."
    assert entries[0].checkin == {"rest": 4}
    assert journal.entries.count() == 1
    assert "After the long Thursday" in journal.entries.item(0).text()


def test_a_journal_entry_started_from_a_prompt_is_private_and_found_by_search(qtbot, window,
                                                                               ctx):
    from app.ui.journal.prompts import PROMPTS

    create_vault(qtbot, window)
    window.journal_action.trigger()
    journal = window.workspace.journal
    actions = journal.prompts.actions()
    assert [a.text() for a in actions] == [text for _kind, text in PROMPTS]
    supervision = next(a for a, (kind, _t) in zip(actions, PROMPTS, strict=True)
                       if kind == "supervision")
    supervision.trigger()
    assert journal.kind.currentData() == "supervision"
    assert journal.title.text() == "What do I want to bring to supervision?"
    assert journal.body.hasFocus() or QApplication.focusWidget() is journal.body
    qtbot.keyClicks(journal.body, "The pull to rescue Kestrel-2210.")
    qtbot.waitUntil(lambda: journal.saved_state.text().startswith("Saved"), timeout=5000)
    [entry] = ctx.services.journal.list()
    assert (entry.kind, entry.title) == ("supervision", "What do I want to bring to supervision?")
    found = ctx.services.search.search("Kestrel-2210")
    assert [hit.kind for hit in found] == ["journal"]


def test_the_practice_profile_and_auto_lock_are_saved(qtbot, window, ctx):
    create_vault(qtbot, window)
    window.settings_action.trigger()
    panel = window.workspace.settings
    qtbot.keyClicks(panel.therapist_name, "Dr Ana Lima")
    panel.paper_size.setCurrentIndex(panel.paper_size.findData("Letter"))
    panel.retention_years.setValue(10)
    qtbot.waitUntil(lambda: panel.saved_state.text().startswith("Saved"))  # as you go
    profile = ctx.services.profile.get()
    assert (profile.therapist_name, profile.paper_size, profile.retention_years) == (
        "Dr Ana Lima", "Letter", 10)
    panel.auto_lock.setValue(3)
    assert ctx.settings.auto_lock_minutes == 3
    assert window.idle.timeout_ms == 3 * 60_000


def test_the_shortcuts_dialog_lists_the_real_shortcuts(qtbot, window):
    window.shortcuts_action.trigger()
    dialog = open_dialog("shortcuts-dialog")
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
            for r in range(dialog.table.rowCount())}
    assert rows["Search"] == "Ctrl+K"
    assert rows["Lock"] == "Ctrl+L"
    assert rows["Keyboard shortcuts"] == "F1, Ctrl+/"
    assert rows["New client"] == "Ctrl+N"


def test_errors_are_one_plain_sentence(qtbot, window):
    assert error_sentence(DiskFull("The disk is full, so nothing was saved.")) == (
        "The disk is full, so nothing was saved.")
    leaky = ValueError("client Marguerite said something private")
    sentence = error_sentence(leaky)
    assert "Marguerite" not in sentence and sentence.startswith("Something unexpected")
    box = show_error(window, leaky)
    assert "Marguerite" not in box.text() and box.detailedText() == ""
    box.close()


def test_an_unexpected_error_is_logged_by_type_only(qtbot, window, caplog):
    error_sentence(KeyError("Marguerite"))
    assert "KeyError" in caplog.text and "Marguerite" not in caplog.text
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]


def test_practice_details_are_saved_on_leaving_settings_and_on_lock(qtbot, window, ctx):
    """Nothing typed in Settings is lost by going elsewhere at once, or by locking."""
    create_vault(qtbot, window)
    window.settings_action.trigger()
    panel = window.workspace.settings
    qtbot.keyClicks(panel.practice_name, "Harbour Room")
    window.clients_action.trigger()  # straight away, before the autosave delay
    qtbot.waitUntil(lambda: ctx.services.profile.get().practice_name == "Harbour Room")

    window.settings_action.trigger()
    panel = window.workspace.settings
    qtbot.keyClicks(panel.credentials, "MSc, registered counsellor")
    window.lock_action.trigger()
    unlock(qtbot, window)
    assert ctx.services.profile.get().credentials == "MSc, registered counsellor"
    assert window.workspace.settings.credentials.text() == "MSc, registered counsellor"


def test_the_disclosure_log_lists_every_entry_and_narrows_by_client_and_date(qtbot, window,
                                                                            ctx):
    from datetime import datetime

    from tests.ui.conftest import add_client

    create_vault(qtbot, window)
    ana = add_client(qtbot, window, "Ana Lima")
    add_client(qtbot, window, "Bilal Haddad")
    log = ctx.services.disclosures
    log.log("handout", "session summary, 2 March 2026", "the client", ana,
            at=datetime(2026, 3, 2, 11, 0))
    log.log("backup", "the whole practice", "this practice's backup key",
            at=datetime(2026, 3, 5, 18, 0))
    window.disclosures_action.trigger()
    dialog = open_dialog("disclosure-log-dialog")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert dialog.table.item(0, 1).text() == "Backup"  # newest first
    assert dialog.table.item(1, 2).text() == "session summary, 2 March 2026"
    assert dialog.table.item(1, 4).text() == "Ana Lima"
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers
    dialog.client.setCurrentIndex(dialog.client.findText("Ana Lima"))
    assert [e.action for e in dialog.shown()] == ["handout"]
    dialog.client.setCurrentIndex(dialog.client.findData("practice"))
    assert [e.action for e in dialog.shown()] == ["backup"]
    dialog.client.setCurrentIndex(0)
    dialog.since.setDate(dialog.since.date().addDays(1))
    assert [e.action for e in dialog.shown()] == ["backup"]
    assert dialog.count.text() == "1 of 2 entries shown."
    dialog.accept()
