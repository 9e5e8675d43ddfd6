"""A read-only tab of a client's record, drawn as simple rich text from what its feature loads.

Client text is always escaped before it goes into the page (a note containing "<b>" shows as
typed). Subclasses say what they show in `page_for()`, and act on the page's links in
`on_link()`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from app.ui.kit.look import hint


def esc(value: object) -> str:
    return html.escape(str(value or "")).replace("\n", "<br>")


@dataclass(frozen=True, slots=True)
class Link:
    address: str
    text: str


def _cell(cell: object) -> str:
    if isinstance(cell, Link):
        return f"<a href='{esc(cell.address)}'>{esc(cell.text)}</a>"
    return esc(cell)


class Page:
    """Builds the tab's HTML from escaped pieces."""

    def __init__(self) -> None:
        self._parts: list[str] = []

    def heading(self, text: str) -> Page:
        self._parts.append(f"<h3>{esc(text)}</h3>")
        return self

    def text(self, text: str) -> Page:
        self._parts.append(f"<p>{esc(text)}</p>")
        return self

    def muted(self, text: str) -> Page:
        colour = QPalette().color(QPalette.ColorRole.PlaceholderText).name()
        self._parts.append(f"<p style='color:{colour}'>{esc(text)}</p>")
        return self

    def labelled(self, label: str, text: str) -> Page:
        self._parts.append(f"<p><b>{esc(label)}</b><br>{esc(text)}</p>")
        return self

    def bullets(self, items: Iterable[str]) -> Page:
        rows = "".join(f"<li>{esc(item)}</li>" for item in items)
        self._parts.append(f"<ul>{rows}</ul>")
        return self

    def table(self, headers: list[str], rows: Iterable[list[object]]) -> Page:
        """A table; a `Link` cell is a link the tab handles in `on_link`."""
        head = "".join(f"<th align='left'>{esc(h)}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{_cell(cell)}</td>" for cell in row) + "</tr>"
                       for row in rows)
        self._parts.append(f"<table cellspacing='0' cellpadding='4' width='100%'>"
                           f"<tr>{head}</tr>{body}</table>")
        return self

    def link(self, address: str, text: str) -> Page:
        """A link the tab handles in `on_link` (reached with Tab, followed with Enter)."""
        self._parts.append(f"<p><a href='{esc(address)}'>{esc(text)}</a></p>")
        return self

    def alert(self, text: str, action: tuple[str, str] | None = None) -> Page:
        """Something the therapist must not miss (a safety flag); `action` is a link (its
        address, its words) that the tab handles in `on_link` (reached with Tab and Enter)."""
        link = "" if action is None else (
            f"<br><a href='{esc(action[0])}'>{esc(action[1])}</a>")
        self._parts.append(
            "<table width='100%' cellpadding='8' style='border: 2px solid #c0392b'>"
            f"<tr><td><b style='color:#c0392b'>{esc(text)}</b>{link}</td></tr></table>")
        return self

    def panel(self, title: str, text: str, background: str) -> Page:
        """A titled block on a tinted background (the shared summary, the private note)."""
        self._parts.append(
            f"<table width='100%' cellpadding='10' style='background-color:{background}'>"
            f"<tr><td><b>{esc(title)}</b><br>{esc(text)}</td></tr></table><p></p>")
        return self

    def columns(self, left: Page, right: Page) -> Page:
        self._parts.append("<table width='100%' cellspacing='0'><tr>"
                           f"<td width='50%' valign='top' style='padding-right:16px'>{left}</td>"
                           f"<td width='50%' valign='top'>{right}</td></tr></table>")
        return self

    def __str__(self) -> str:
        return "".join(self._parts)


class RecordTab(QWidget):
    """Override `page_for`, and `later_note` for the sentence about the editor still to come."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(name)
        layout = QVBoxLayout(self)
        note = self.later_note()
        if note:
            layout.addWidget(hint(note, self))
        layout.addWidget(self.view, 1)
        self._client_id: UUID | None = None
        self.view.anchorClicked.connect(lambda url: self.on_link(url.toString()))

    def on_link(self, address: str) -> None:
        """A link of the page was followed (`Page.alert`'s action)."""

    def show_record(self, client_id: UUID, data: Any) -> None:
        """Show what the feature loaded (again after every change to it: the reader keeps
        their place on the page)."""
        bar = self.view.verticalScrollBar()
        position = bar.value() if client_id == self._client_id else 0
        self._client_id = client_id
        self.view.setHtml(str(self.page_for(data)))
        bar.setValue(position)

    def clear(self) -> None:
        self._client_id = None
        self.view.clear()

    def later_note(self) -> str:
        return ""

    def page_for(self, data: Any) -> Page:
        raise NotImplementedError
