"""Erasing a client for good from their workspace (More → Erase for good…): the destructive
button stays disabled until the client's name is typed (and, inside the retention period, the
"erase anyway" box is ticked); Cancel is the default; erasing removes the client from the list
and clears the workspace through the change events, without an error box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import LEFT, add_client, create_vault, new_session, open_dialog


def _listed(window) -> list[str]:
    model = window.workspace.client_list.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _message_boxes() -> list[str]:
    return [w.text() for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def _erase_dialog_open() -> bool:
    return any(w.objectName() == "erase-client-dialog" and w.isVisible()
               for w in QApplication.topLevelWidgets())


def _add_client_named(qtbot, window, name: str) -> None:
    """Through the client dialog; setText, since QTest cannot type every accented letter."""
    window.new_client_action.trigger()
    dialog = open_dialog("client-dialog")
    dialog.display_name.setText(name)
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: window.workspace.client.name.text() == name)


def _open_erase_dialog(qtbot, window):
    workspace = window.workspace.client
    assert workspace.more_button.accessibleName() == "More actions for this client"
    assert workspace.erase_action in workspace.more_button.menu().actions()
    workspace.erase_action.trigger()
    dialog = open_dialog("erase-client-dialog")
    qtbot.waitUntil(lambda: dialog._retention is not None)
    return dialog


def test_erasing_inside_the_retention_period_needs_the_name_and_the_tick(
        qtbot, any_window, no_windows_left_open):
    window = any_window
    create_vault(qtbot, window)
    add_client(qtbot, window, "Ben")
    _add_client_named(qtbot, window, "Zoë Åberg")
    editor = new_session(qtbot, window)  # a session today: the retention period runs
    assert _listed(window) == ["Ben", "Zoë Åberg"]

    dialog = _open_erase_dialog(qtbot, window)
    button = dialog.erase_button
    assert not button.isEnabled()
    assert dialog.cancel_button.isDefault() and not button.isDefault()
    assert not button.autoDefault()
    text = " ".join(label.text() for label in dialog.findChildren(type(dialog.retention_note)))
    for words in ("session note", "goal agreement", "checklist", "feedback", "questionnaire",
                  "exercise", "cannot be undone", "Backups made before now still hold"):
        assert words in text, words
    assert dialog.retention_note.isVisible()
    assert dialog.retention_note.text().startswith("Records are normally kept until")
    assert "(7 years after the last session)" in dialog.retention_note.text()
    assert dialog.erase_anyway.isVisible() and not dialog.erase_anyway.isChecked()
    assert dialog.typed_name.accessibleName()

    dialog.typed_name.setText("Zoë Åber")
    assert not button.isEnabled()
    qtbot.keyClicks(dialog.typed_name, "g")
    assert not button.isEnabled(), "inside the retention period the tick is needed too"
    dialog.erase_anyway.setChecked(True)
    assert button.isEnabled()
    dialog.typed_name.setText("zoë åberg")  # capitals matter
    assert not button.isEnabled()
    dialog.typed_name.setText(" Zoë Åberg ")
    assert button.isEnabled()
    dialog.erase_anyway.setChecked(False)
    assert not button.isEnabled()
    dialog.erase_anyway.setChecked(True)

    # Enter presses Cancel, the default: nothing is erased.
    qtbot.keyClick(dialog.typed_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not _erase_dialog_open())
    assert _listed(window) == ["Ben", "Zoë Åberg"]
    assert window.workspace.client.name.text() == "Zoë Åberg"

    dialog = _open_erase_dialog(qtbot, window)
    dialog.typed_name.setText("Zoe\u0308 A\u030aberg")  # the same name, decomposed
    dialog.erase_anyway.setChecked(True)
    qtbot.mouseClick(dialog.erase_button, LEFT)

    workspace = window.workspace.client
    qtbot.waitUntil(lambda: _listed(window) == ["Ben"])
    qtbot.waitUntil(lambda: workspace.client_id is None)
    assert not _erase_dialog_open()
    assert workspace.name.text() == ""
    assert workspace._pages.currentWidget() is workspace.empty
    assert editor.session_id is None and workspace.sessions.list.count() == 0
    assert _message_boxes() == []
    assert [c.display_name for c in window._ctx.services.clients.list()] == ["Ben"]


def test_a_client_without_sessions_is_erased_once_the_name_is_typed(
        qtbot, window, no_windows_left_open):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Ana")
    add_client(qtbot, window, "Noor")

    dialog = _open_erase_dialog(qtbot, window)
    assert not dialog.retention_note.isVisible()
    assert not dialog.erase_anyway.isVisible()
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.typed_name, "Noor")
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, LEFT)

    qtbot.waitUntil(lambda: _listed(window) == ["Ana"])
    qtbot.waitUntil(lambda: window.workspace.client.client_id is None)
    assert _message_boxes() == []

    # The remaining client opens as usual afterwards.
    window.workspace.open_client(window._ctx.services.clients.list()[0].id)
    qtbot.waitUntil(lambda: window.workspace.client.name.text() == "Ana")


def test_a_client_erased_elsewhere_clears_the_workspace_without_an_error(
        qtbot, window, ctx, no_windows_left_open):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Ana")
    client_id = add_client(qtbot, window, "Noor")
    workspace = window.workspace.client
    services = ctx.services
    ctx.op(workspace, lambda: services.clients.erase(client_id)).run()
    qtbot.waitUntil(lambda: workspace.client_id is None)
    qtbot.waitUntil(lambda: _listed(window) == ["Ana"])
    assert _message_boxes() == []

    workspace.open_client(client_id)  # say, from a search result made before the erasure
    qtbot.wait(50)
    assert workspace.client_id is None and _message_boxes() == []
