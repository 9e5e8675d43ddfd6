"""Every change shows at once everywhere it appears: after a save, a signature or a new record,
the Overview, the tabs and the client list are current without switching clients."""

from __future__ import annotations

from app.services.agreements import GoalDraft
from app.services.clients import ClientDraft
from tests.ui.conftest import LEFT, add_client, create_vault, new_session, open_dialog, wait_saved


def overview_text(window) -> str:
    return window.workspace.client.view("overview").view.toPlainText()


def test_the_overview_follows_sessions_as_they_are_written_and_signed(qtbot, window):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Noor")
    assert "No sessions yet" in overview_text(window)
    editor = new_session(qtbot, window)
    qtbot.waitUntil(lambda: "Sessions so far: 1." in overview_text(window))
    qtbot.keyClicks(editor.shared_summary, "we mapped the week")
    wait_saved(qtbot, editor)
    qtbot.mouseClick(editor.sign_button, LEFT)
    dialog = open_dialog("sign-dialog")
    qtbot.keyClicks(dialog.name, "Dr Sam Reyes")
    qtbot.mouseClick(dialog.accept_button, LEFT)
    sessions = window.workspace.client.sessions
    qtbot.waitUntil(lambda: "Signed" in sessions.list.item(0).text())
    editor = new_session(qtbot, window)
    qtbot.waitUntil(lambda: "Sessions so far: 2." in overview_text(window))
    assert sessions.list.count() == 2
    assert editor.session_id == sessions.current_session_id()  # the new one stays open


def test_changes_made_elsewhere_reach_the_open_client_and_the_list(qtbot, window, ctx):
    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, "Noor")
    workspace = window.workspace.client
    services = ctx.services
    # A write through an operation announces what it changed; no switching of clients.
    ctx.op(workspace, lambda: services.agreements.add_goal(
        client_id, GoalDraft("Walk to the sea on Sundays"))).run()
    qtbot.waitUntil(lambda: "Walk to the sea" in overview_text(window))
    assert "Walk to the sea" in workspace.view("goals").view.toPlainText()
    ctx.op(workspace, lambda: services.clients.update(client_id, ClientDraft("Noor H."))).run()
    qtbot.waitUntil(lambda: workspace.name.text() == "Noor H.")
    panel = window.workspace.client_list
    qtbot.waitUntil(lambda: panel.filter.index(0, 0).data() == "Noor H.")
