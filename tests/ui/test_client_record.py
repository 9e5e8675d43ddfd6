"""The client list and the record tabs: search as you type, filter by status, close and reopen,
and every tab showing the client's current data (read-only for now, and saying so)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.services.agreements import AgreementDraft, GoalDraft
from app.services.checklists import ItemDraft
from app.services.exercises import ExerciseDraft
from app.services.feedback import FeedbackDraft
from app.services.measures import MeasureDraft
from tests.ui.conftest import LEFT, add_client, create_vault


def _names(panel) -> list[str]:
    return [panel.filter.index(r, 0).data() for r in range(panel.filter.rowCount())]


def test_the_list_filters_as_you_type_and_by_status(qtbot, window, ctx):
    create_vault(qtbot, window)
    for name in ("Ana Lima", "Bruno Costa", "Anabel Rey"):
        add_client(qtbot, window, name)
    panel = window.workspace.client_list
    assert _names(panel) == ["Ana Lima", "Anabel Rey", "Bruno Costa"]
    qtbot.keyClicks(panel.search, "ana")
    assert _names(panel) == ["Ana Lima", "Anabel Rey"]
    qtbot.keyClicks(panel.search, " li")
    assert _names(panel) == ["Ana Lima"]
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # opens the first match
    qtbot.waitUntil(lambda: window.workspace.client.name.text() == "Ana Lima")
    panel.search.clear()

    client = window.workspace.client
    assert client.status.currentData() == "active"
    client.status.setCurrentIndex(client.status.findData("paused"))  # a break: no question
    client.status.activated.emit(client.status.currentIndex())
    qtbot.waitUntil(lambda: "Paused" in client.details.text())
    assert _names(panel) == ["Anabel Rey", "Bruno Costa"]  # the list shows active clients
    panel.status.setCurrentIndex(panel.status.findData("paused"))
    assert _names(panel) == ["Ana Lima · Paused"]
    panel.status.setCurrentIndex(panel.status.findData("active"))

    client.status.setCurrentIndex(client.status.findData("closed"))  # closing asks first
    client.status.activated.emit(client.status.currentIndex())
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert client.status.currentData() == "paused"  # not until confirmed
    close = next(b for b in box.findChildren(QPushButton) if b.text() == "Close client")
    qtbot.mouseClick(close, LEFT)
    qtbot.waitUntil(lambda: "Closed" in client.details.text())
    assert client.status.currentData() == "closed"
    assert _names(panel) == ["Anabel Rey", "Bruno Costa"]
    panel.status.setCurrentIndex(panel.status.findData("closed"))
    assert _names(panel) == ["Ana Lima · Closed"]
    client.status.setCurrentIndex(client.status.findData("active"))
    client.status.activated.emit(client.status.currentIndex())
    qtbot.waitUntil(lambda: "Active" in client.details.text())
    assert [c.status for c in ctx.services.clients.list()] == ["active"] * 3


def test_the_tabs_show_the_clients_record(qtbot, window, ctx):
    create_vault(qtbot, window)
    client_id = add_client(qtbot, window, "Ana Lima", pace="slowly, with pauses",
                           what_helps="being asked before advice")
    services = ctx.services
    goal = services.agreements.add_goal(client_id, GoalDraft(
        "Sleep through most nights", why_it_matters="to have energy for my kids"))
    services.agreements.rate(goal.id, 1)
    services.agreements.start(client_id, AgreementDraft(client_commitments="keep a sleep log"))
    checklist = services.checklists.start(client_id)
    first = checklist.items[0]
    services.checklists.update_item(first.id, ItemDraft(first.topic, status="revisit",
                                                        note="ask about the sister"))
    services.feedback.record(client_id, FeedbackDraft(heard=9, mattered=7, fit=8, overall=8,
                                                      different_next_time="more silence"))
    services.measures.record(client_id, MeasureDraft("PHQ-9", (1, 1, 0, 0, 0, 0, 0, 0, 1)))
    services.exercises.create(client_id, ExerciseDraft("Evening wind-down",
                                                       frequency="every evening"))
    workspace = window.workspace.client
    workspace.open_client(client_id)
    qtbot.waitUntil(lambda: "Evening wind-down" in workspace.view("overview").view.toPlainText())

    overview = workspace.view("overview").view.toPlainText()
    assert overview.index("PHQ-9") < overview.index("How I like to work")  # the flag first
    attention = overview[overview.index("Before this session"):overview.index("Last time")]
    assert f"Come back to “{first.topic}”." in attention
    assert "Ask how “Evening wind-down” went." in attention
    assert "PHQ-9 on" in overview and "Latest questionnaires" in overview
    assert "No follow-up is recorded yet" in overview
    for text in ("slowly, with pauses", "being asked before advice",
                 "Sleep through most nights", "more silence", "every evening",
                 first.topic, "Come back to this"):
        assert text in overview, text
    goals = workspace.view("goals").view.toPlainText()
    assert "to have energy for my kids" in goals and "keep a sleep log" in goals
    assert "+1" in goals
    boundaries = workspace.view("checklists").view.toPlainText()
    assert "ask about the sister" in boundaries and len(checklist.items) > 5
    feedback = workspace.view("feedback").tables.view.toPlainText()
    assert "more silence" in feedback and "Item 9 needs a follow-up" in feedback
    assert "Evening wind-down" in workspace.view("exercises").view.toPlainText()
    assert "edited in Settings" in workspace.view("checklists").later_note()
    assert not workspace.view("goals").later_note()  # nothing left for a later update


def test_client_text_is_shown_as_typed_never_as_markup(qtbot, window, ctx):
    create_vault(qtbot, window)
    add_client(qtbot, window, "<b>Ana</b>", pace="<i>slow</i> & steady")
    view = window.workspace.client.view("overview").view
    qtbot.waitUntil(lambda: "slow" in view.toPlainText())
    assert "<i>slow</i> & steady" in view.toPlainText()
    assert window.workspace.client.name.text() == "<b>Ana</b>"
    assert window.workspace.client.name.textFormat() == Qt.TextFormat.PlainText
