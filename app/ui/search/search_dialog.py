"""Search everything (Ctrl+K): type, move through the results with the arrow keys, press Enter
to open the record where it lives. The search runs on the database worker, never on the UI
thread; a result that arrives for an older query is dropped. Right after unlocking, while the
index is still being built, the dialog shows what the part built so far finds, says so, and
asks again as the index grows (`AppEvents.search_index_grew`: at once if nothing was found yet,
else each time it has doubled), until the answer comes from all of it."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.context import AppContext
from app.ui.kit.dates import long_date
from app.ui.kit.error_dialog import show_error
from app.ui.kit.labels import choice_label
from app.ui.kit.operation import Operation
from app.ui.kit.translate import QT_TRANSLATE_NOOP

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
TYPING_PAUSE_MS = 150
GROWTH_TO_ASK_AGAIN = 2  # while the index is built: ask again once it is this many times what
#                          the answer shown came from (and once it is whole), not at every batch


# What a result is, and where in it the words were found (app.services.search names them).
KINDS = {
    "client": QT_TRANSLATE_NOOP("Search", "client"),
    "session": QT_TRANSLATE_NOOP("Search", "session"),
    "goal": QT_TRANSLATE_NOOP("Search", "goal"),
    "agreement": QT_TRANSLATE_NOOP("Search", "goal agreement"),
    "checklist item": QT_TRANSLATE_NOOP("Search", "checklist topic"),
    "exercise": QT_TRANSLATE_NOOP("Search", "exercise"),
    "feedback": QT_TRANSLATE_NOOP("Search", "feedback"),
    "measure": QT_TRANSLATE_NOOP("Search", "questionnaire"),
    "journal": QT_TRANSLATE_NOOP("Search", "journal"),
}
FIELDS = {
    "display_name": QT_TRANSLATE_NOOP("Search", "name"),
    "legal_name": QT_TRANSLATE_NOOP("Search", "legal name"),
    "contact": QT_TRANSLATE_NOOP("Search", "contact"),
    "private_note": QT_TRANSLATE_NOOP("Search", "private note"),
    "shared_summary": QT_TRANSLATE_NOOP("Search", "shared summary"),
    "amendment": QT_TRANSLATE_NOOP("Search", "amendment"),
    "title": QT_TRANSLATE_NOOP("Search", "title"),
    "why_it_matters": QT_TRANSLATE_NOOP("Search", "why it matters"),
    "first_steps": QT_TRANSLATE_NOOP("Search", "first steps"),
    "signs_of_progress": QT_TRANSLATE_NOOP("Search", "signs of progress"),
    "client_commitments": QT_TRANSLATE_NOOP("Search", "what the client commits to"),
    "therapist_commitments": QT_TRANSLATE_NOOP("Search", "what the therapist commits to"),
    "revision_note": QT_TRANSLATE_NOOP("Search", "revision note"),
    "topic": QT_TRANSLATE_NOOP("Search", "topic"),
    "description": QT_TRANSLATE_NOOP("Search", "description"),
    "note": QT_TRANSLATE_NOOP("Search", "note"),
    "instructions": QT_TRANSLATE_NOOP("Search", "instructions"),
    "frequency": QT_TRANSLATE_NOOP("Search", "how often"),
    "report_back": QT_TRANSLATE_NOOP("Search", "how it went"),
    "different_next_time": QT_TRANSLATE_NOOP("Search", "what could be different"),
    "therapist_reflection": QT_TRANSLATE_NOOP("Search", "your reflection"),
    "comment": QT_TRANSLATE_NOOP("Search", "comment"),
    "followup": QT_TRANSLATE_NOOP("Search", "follow-up"),
    "body": QT_TRANSLATE_NOOP("Search", "entry"),
}


def _kind_label(kind: str) -> str:
    text = KINDS.get(kind)
    return kind if text is None else QCoreApplication.translate("Search", text)


def _field_label(field: str) -> str:
    """A session note's field ("note.plan") by the template's label; others by their name (a
    field not named here is shown as stored, so that it is visible rather than hidden)."""
    if field.startswith("note."):
        return choice_label("note field", field.split(".", 1)[1])
    text = FIELDS.get(field)
    return field.replace("_", " ") if text is None else QCoreApplication.translate("Search", text)


def result_html(result: Any, client: str) -> str:
    """Whose record, what and when on the first line; the snippet, match marked, below."""
    a, b = result.highlight
    snippet = result.snippet
    marked = (html.escape(snippet[:a]) + "<b><u>" + html.escape(snippet[a:b]) + "</u></b>"
              + html.escape(snippet[b:])) if b > a else html.escape(snippet)
    facts = f"{_kind_label(result.kind)} · {_field_label(result.field)} · {long_date(result.date)}"
    title = (f"{client} — {result.title}" if client and result.title and client != result.title
             else client or result.title or _kind_label(result.kind))
    facts = html.escape(facts).replace(" ", "&nbsp;")  # wraps as a whole, not "2 Mar | 2027"
    return (f"<b>{html.escape(title)}</b> &nbsp;<small>{facts}</small>"
            f"<br>{marked}")


class _ResultDelegate(QStyledItemDelegate):
    """Draws a result's title line and snippet (with the match marked) as rich text."""

    def _document(self, option: QStyleOptionViewItem, index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(option.rect.width() - 8, 200))
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = (QPalette.ColorRole.HighlightedText if option.state & QStyle.StateFlag.State_Selected
                else QPalette.ColorRole.Text)
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)


class SearchDialog(AppDialog):
    result_chosen = Signal(object)  # SearchResult

    def __init__(self, ctx: AppContext, client_name: Callable[[UUID], str],
                 parent: QWidget) -> None:
        super().__init__(parent, ctx.settings, "search-dialog")
        self._ctx = ctx
        self._client_name = client_name
        self._asked = ""
        self._asking = 0  # searches asked for and not answered yet
        self._partial = False  # the answer shown came from part of the index: ask again
        self._heard: tuple[int, int] | None = None  # parts of the index read, of how many
        self._asked_at = 0  # parts read when the answer shown was searched for
        self.setWindowTitle(self.tr("Search"))
        self.resize(720, 480)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Search clients, notes, goals, checklists, "
                                              "exercises and your journal"))
        self.query.setAccessibleName(self.tr("Search for"))
        self.query.setClearButtonEnabled(True)
        for button in self.query.findChildren(QToolButton):  # the clear button's icon
            button.setAccessibleName(self.tr("Clear the search"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegate(_ResultDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.state = QLabel(self)
        self.state.setAccessibleName(self.tr("Search state"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.state)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._on_typing_paused)
        ctx.events.search_index_grew.connect(self._on_index_grew)
        self.query.textChanged.connect(self._on_query_changed)
        self.query.returnPressed.connect(self._on_open_current)
        self.results.itemActivated.connect(self._on_item_activated)
        self.query.installEventFilter(self)
        self.state.setText(self.tr("Words must all appear; put a phrase in \"quotes\"."))
        self.query.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Up and Down in the search box move through the results."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.results.count():
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _on_query_changed(self, _text: str) -> None:
        self._partial = False  # what is shown answers the words before: not asked again
        self._pause.start()

    def _on_typing_paused(self) -> None:
        query = self.query.text().strip()
        self._asked = query
        self._partial = False
        if not query:
            self.results.clear()
            self.state.clear()
            return
        if not self.results.count():
            self.state.setText(self.tr("Searching…"))
        search = self._ctx.services.search

        def job() -> tuple[str, list[Any], bool, int]:
            read, _parts = search.progress  # before: the answer is from this much at least
            whole = search.is_built  # and only then surely from all of it
            return query, search.search(query), whole, read

        self._asking += 1
        Operation(self, job).success(self._on_found).failure(self._on_failed).run()

    def _on_index_grew(self, read: int, parts: int) -> None:
        self._heard = read, parts
        if self._partial and not self._asking and self._grown_enough():
            self._on_typing_paused()

    def _grown_enough(self) -> bool:
        """Whether to ask again for an answer from part of the index: it is whole now (or its
        build stopped, 0 of 0: the search then reads the rest), or it has grown since — at all
        if nothing was found, else to GROWTH_TO_ASK_AGAIN times what was searched."""
        if self._heard is None:
            return False
        read, parts = self._heard
        if read >= parts:
            return True
        return read > self._asked_at and (not self.results.count()
                                          or read >= GROWTH_TO_ASK_AGAIN * self._asked_at)

    def _on_failed(self, error: BaseException) -> None:
        self._asking -= 1
        show_error(self.window(), error)

    def search_now(self) -> None:
        """Run the search for what is typed without waiting for the typing pause."""
        self._pause.stop()
        self._on_typing_paused()

    def _on_found(self, found: tuple[str, list[Any], bool, int]) -> None:
        self._asking -= 1
        query, results, whole, read = found
        if query != self._asked:
            return
        self._asked_at = read
        row = self.results.currentRow()
        self.results.clear()
        for result in results:
            item = QListWidgetItem()
            item.setData(RESULT_ROLE, result)
            client = "" if result.client_id is None else self._client_name(result.client_id)
            item.setData(HTML_ROLE, result_html(result, client))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{client} {result.title}, {_kind_label(result.kind)}: {result.snippet}")
            self.results.addItem(item)
        if results:
            self.results.setCurrentRow(min(max(row, 0), len(results) - 1))
            self.state.setText(self.tr("%n result(s). Enter opens the highlighted one.", "",
                                       len(results)))
        else:
            self.state.setText(self.tr("Nothing matches all of those words."))
        self._partial = not whole
        if not whole:
            self.state.setText(self.tr("Still reading your records: more may follow.")
                               if results else self.tr("Searching…"))
            if not self._asking and self._grown_enough():  # while this was searched
                self._on_typing_paused()

    def _on_open_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            self.search_now()
            return
        self._on_item_activated(item)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.result_chosen.emit(item.data(RESULT_ROLE))
        self.accept()
