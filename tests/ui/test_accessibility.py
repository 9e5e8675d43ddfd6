"""Keyboard and screen readers: every control a therapist can reach has a name a screen reader
can say (its own accessible name, or a label pointing to it), and Tab reaches the controls."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.ui.conftest import add_client, create_vault, new_session

CONTROLS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView)


def _unnamed(root: QWidget) -> list[str]:
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy().value == 0:
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(),
                                                        QComboBox | QAbstractSpinBox):
            continue  # the inner editor of a combo or spin box: its owner is named
        if isinstance(widget, CONTROLS):
            if not widget.accessibleName() and id(widget) not in labelled:
                missing.append(f"{type(widget).__name__} {widget.objectName()}")
        elif isinstance(widget, QAbstractButton) and not (
                widget.text().replace("&", "").strip() or widget.accessibleName()):
            missing.append(f"{type(widget).__name__} without text")
    return missing


def test_every_control_has_a_name(qtbot, window):
    assert _unnamed(window.welcome) == []
    create_vault(qtbot, window)
    add_client(qtbot, window, "Ana")
    new_session(qtbot, window)
    for section in (window.clients_action, window.journal_action, window.settings_action):
        section.trigger()
        assert _unnamed(window.workspace) == [], section.text()
    window.lock()
    assert _unnamed(window.unlock_panel) == []


def test_tab_moves_through_the_session_editor_in_reading_order(qtbot, window):
    create_vault(qtbot, window)
    add_client(qtbot, window, "Ana")
    editor = new_session(qtbot, window)
    qtbot.wait(20)  # the template's fields are shown on the next turn of the event loop
    order = []
    widget = editor.starts_at
    for _ in range(12):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy().value & 1) or not widget.isVisibleTo(editor) \
                or not widget.isEnabled():
            widget = widget.nextInFocusChain()
    fields = list(editor._field_edits.values())
    positions = [order.index(w) for w in (editor.starts_at, editor.template, *fields,
                                          editor.shared_summary, editor.private_note)]
    assert positions == sorted(positions)
