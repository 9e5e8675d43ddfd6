"""Walking through the boundaries & transparency checklist with a client: start it from the
practice's template, note where a topic stands and who raised it, add a topic of the client's
own; what is to come back to shows on the Overview."""

from __future__ import annotations

import pytest

from app.services.checklists import TemplateDraft, TemplateItem
from tests.ui.conftest import LEFT, add_client, create_vault, open_dialog
from tests.ui.test_accessibility import _unnamed

pytestmark = pytest.mark.usefixtures("no_windows_left_open")


def test_a_checklist_is_started_walked_through_and_added_to(qtbot, window, ctx):
    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, "Ana Lima")
    workspace = window.workspace.client
    workspace.show_feature("checklists")
    tab = workspace.view("checklists")
    qtbot.waitUntil(lambda: tab.start_button.isEnabled())
    qtbot.mouseClick(tab.start_button, LEFT)
    qtbot.waitUntil(lambda: bool(tab._items))
    [checklist] = ctx.services.checklists.list(client_id)
    first = checklist.items[0]
    assert first.topic in tab.view.toPlainText() and len(checklist.items) > 5

    tab.on_link(f"topic:{first.id}")  # the topic's link in the table
    dialog = open_dialog("checklist-item-dialog")
    assert _unnamed(dialog) == []
    dialog.status.setCurrentIndex(dialog.status.findData("revisit"))
    dialog.raised_by.setCurrentIndex(dialog.raised_by.findData("client"))
    dialog.note.setPlainText("Asked about her sister seeing the notes")
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    item = ctx.services.checklists.get(checklist.id).items[0]
    assert (item.status, item.raised_by, item.note) == (
        "revisit", "client", "Asked about her sister seeing the notes")
    assert item.discussed_on is not None  # noted for you
    qtbot.waitUntil(lambda: "Asked about her sister" in tab.view.toPlainText())
    assert f"Come back to “{first.topic.rstrip('.')}”." in (
        workspace.view("overview").view.toPlainText())

    tab.on_link(f"add-topic:{checklist.id}")
    own = open_dialog("checklist-item-dialog")
    qtbot.keyClicks(own.topic, "Texting between sessions")
    own.status.setCurrentIndex(own.status.findData("agreed"))
    qtbot.mouseClick(own.accept_button, LEFT)
    qtbot.waitUntil(lambda: not own.isVisible())
    topics = [i.topic for i in ctx.services.checklists.get(checklist.id).items]
    assert topics[-1] == "Texting between sessions"

    template = ctx.services.checklists.default_template()  # the template changes later …
    ctx.services.checklists.update_template(template.id, TemplateDraft(
        "Ours", (TemplateItem("Only this now"),)))
    assert [i.topic for i in ctx.services.checklists.get(checklist.id).items] == topics  # … not this


def test_the_practices_templates_are_edited_and_a_client_starts_from_one(qtbot, window, ctx):
    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, "Ana Lima")
    window.settings_action.trigger()
    dialog = window.workspace.settings.open_templates()
    qtbot.waitUntil(lambda: dialog.list.count() == 1)  # the built-in one
    assert _unnamed(dialog) == []
    assert dialog.reset_button.isVisible() and not dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.new_button, LEFT)
    dialog.name.setText("Couples work")
    dialog._add_row(TemplateItem("Who the client is", "the couple, or each of you"))
    dialog._add_row(TemplateItem("Secrets between sessions", ""))
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.list.count() == 2)
    [ours] = [t for t in ctx.services.checklists.templates() if not t.builtin]
    assert ours.name == "Couples work" and [i.topic for i in ours.items] == [
        "Who the client is", "Secrets between sessions"]
    dialog.accept()

    window.clients_action.trigger()
    workspace = window.workspace.client
    workspace.show_feature("checklists")
    tab = workspace.view("checklists")
    qtbot.waitUntil(lambda: tab.start_button.isEnabled())
    tab.start_from(ours.id)
    qtbot.waitUntil(lambda: bool(ctx.services.checklists.list(client_id)))
    [checklist] = ctx.services.checklists.list(client_id)
    assert [i.topic for i in checklist.items] == ["Who the client is", "Secrets between sessions"]
