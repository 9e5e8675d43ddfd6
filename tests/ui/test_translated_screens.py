"""No English on a translated screen: in each language the app ships, the main screens and
dialogs, built with real widgets on a vault with a client who has a bit of everything, show no
text that the catalogue translates — every label, button, tab, title, placeholder, list item,
header, menu item and accessible name is read from the widgets themselves.

A text counts as English when it is (after taking out `&` and a trailing "…" or ":") the English
source of a catalogue text whose translation differs from it (so "PDF" or "PHQ-9", the same in
every language, do not count). Allowed in English: the PHQ-9 and GAD-7 wording (validated
instruments, shown only in an official translation's words — none is bundled), and what people
typed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtGui import QAction, QTextDocument, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.services.agreements import GoalDraft
from app.services.clients import ClientDraft
from app.services.exercises import ExerciseDraft
from app.services.feedback import FeedbackDraft
from app.services.journal import JournalDraft
from app.services.measures import DIFFICULTY_OPTIONS, INSTRUMENTS, MeasureDraft
from app.services.sessions import SessionDraft
from app.ui.kit import language
from app.ui.kit.context import AppContext
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import create_vault, open_dialog, unlock
from tools.translations import LANGUAGES, ts_file

pytestmark = pytest.mark.usefixtures("no_windows_left_open")

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")
LETTERS = re.compile(r"[^\W\d_]{3,}")
TAG = re.compile(r"<[a-zA-Z/!]")
PARTS = re.compile(r" [—·] |; ")
LEVEL = re.compile(r"^[+−-]?\d+\s+")


def plain(text: str) -> str:
    """A text as read on screen: HTML as its words, `&` accelerators out, no trailing "…"/":"."""
    if TAG.search(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip("…:. ").strip()


def _pattern(source: str) -> str:
    parts = PLACEHOLDER.split(plain(source))
    return r".+?".join(re.escape(part) for part in parts)


@dataclass(frozen=True)
class English:
    """The catalogue's English texts that a translation replaces: whole texts, and a pattern
    for those with something filled in ({name}, %n)."""

    texts: dict[str, str]  # plain text -> its context
    filled: re.Pattern[str] | None

    def find(self, text: str) -> str | None:
        shown = plain(text)
        if not shown:
            return None
        if self.filled is not None and self.filled.fullmatch(shown):
            return "(filled in)"
        # and its parts: "+1 Somewhat more than hoped — “the client's words”"
        for part in {shown, *PARTS.split(shown)}:
            part = LEVEL.sub("", part).strip("“”«»\u202f ").rstrip("…:. ")
            if part in self.texts:
                return self.texts[part]
        return None


def english_of(code: str) -> English:
    root = ET.parse(ts_file(code)).getroot()
    plurals = {(c.findtext("name", ""), m.findtext("source", "")):
               [f.text or "" for f in m.iter("numerusform")]
               for c in ET.parse(ts_file("en")).getroot().iter("context")
               for m in c.iter("message")}
    texts: dict[str, str] = {}
    patterns: list[str] = []
    own: set[str] = set()  # this language's words ("Data" is Portuguese for "Date")
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                sources = plurals.get((name, source), [source])
                translated = [f.text or "" for f in translation.iter("numerusform")]
            else:
                sources, translated = [source], [translation.text or ""]
            own |= {plain(t) for t in translated}
            if {plain(t) for t in translated} <= {plain(s) for s in sources}:
                continue  # the same words in both languages ("PDF", "Reciprocal")
            for english in sources:
                if PLACEHOLDER.search(english):
                    if len(LETTERS.findall(PLACEHOLDER.sub(" ", english))) >= 2:
                        patterns.append(_pattern(english))
                elif plain(english):
                    texts.setdefault(plain(english), name)
    filled = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    return English({text: c for text, c in texts.items() if text not in own}, filled)


def instrument_words() -> set[str]:
    """The PHQ-9 and GAD-7 wording: stays as the instrument's own English words."""
    words = _strings(DIFFICULTY_OPTIONS)
    for instrument in INSTRUMENTS.values():
        for field in fields(instrument):
            if field.name != "bands":  # severity bands are shown through app.ui.kit.labels
                words |= _strings(getattr(instrument, field.name))
    return words


def _strings(value: object) -> set[str]:
    if isinstance(value, str):
        return {plain(value)}
    if isinstance(value, (tuple, list)):
        return {s for item in value for s in _strings(item)}
    return set()


# -- what the widgets show ------------------------------------------------------------------

def _where(widget: QWidget) -> str:
    names = []
    while widget is not None and len(names) < 4:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return " < ".join(names)


def _document_texts(document: QTextDocument) -> Iterator[str]:
    block = document.begin()
    while block.isValid():
        yield block.text()
        block = block.next()


def _model_texts(model: QAbstractItemModel) -> Iterator[str]:
    """Headers and the first rows' texts (a list model's column methods are private)."""
    columns = 1 if isinstance(model, QAbstractListModel) else max(model.columnCount(), 1)
    for column in range(columns):
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            header = model.headerData(column, orientation)
            if isinstance(header, str):
                yield header
    for row in range(min(model.rowCount(), 50)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value
            for role in range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 4):
                value = index.data(role)  # a delegate's page ("client · session note · date")
                if isinstance(value, str) and TAG.search(value):
                    document = QTextDocument()
                    document.setHtml(value)
                    yield from _document_texts(document)


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what kind of text, the text) for everything `widget` itself shows or says."""
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    yield "tool tip", widget.toolTip()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tool tip", widget.tabToolTip(i)
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "list item", widget.itemText(i)
    elif isinstance(widget, QAbstractSpinBox):
        yield "spin box", widget.specialValueText()
        yield "spin box", getattr(widget, "suffix", lambda: "")()
        yield "spin box", getattr(widget, "prefix", lambda: "")()
    if isinstance(widget, QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield from (("text", t) for t in widget.toPlainText().splitlines())
    if isinstance(widget, QTextEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield from (("page", t) for t in _document_texts(widget.document()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None \
            and not isinstance(widget.parentWidget(), QComboBox):
        yield from (("list or table", t) for t in _model_texts(widget.model()))


class Screens:
    """Walks screens and keeps every English text found, with where it was."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.english = english_of(code)
        self.allowed = instrument_words()
        self.found: list[str] = []
        self.seen = 0

    def check(self, screen: str, root: QWidget) -> None:
        QApplication.processEvents()
        widgets = [root, *root.findChildren(QWidget)]
        shown = [w for w in widgets if w.isVisible()]
        assert shown, f"{screen}: nothing is shown"
        for widget in shown:
            for kind, text in widget_texts(widget):
                self._look(screen, f"{kind} of {_where(widget)}", text)
        for action in root.findChildren(QAction):
            if action.isVisible() and not action.isSeparator():
                self._look(screen, "menu item or action", action.text())
                self._look(screen, "action tool tip", action.toolTip())

    def _look(self, screen: str, where: str, text: str) -> None:
        if not text or not text.strip():
            return
        self.seen += 1
        if plain(text) in self.allowed:
            return
        context = self.english.find(text)
        if context is not None:
            self.found.append(f"{screen}: {where}: {text!r} (catalogue: {context})")

    def report(self) -> str:
        unique = list(dict.fromkeys(self.found))
        return (f"{len(unique)} English texts on {self.code} screens:\n  "
                + "\n  ".join(unique))


# -- the practice the screens show ------------------------------------------------------------

def fill_practice(ctx: AppContext, code: str) -> None:
    """A client with sessions, rated goals, a checklist, feedback, a questionnaire and an
    exercise; a journal entry and a self-care check-in. Typed words are names or numbers, so
    that they cannot be taken for the app's own English; the client's handouts (and so their
    checklist's topics, written by the app) are in the screens' language."""
    services = ctx.services
    client = services.clients.create(ClientDraft(
        "Zofia K.", pronouns="she/her", start_date=date.today() - timedelta(days=60),
        preferences={"pace": "Zofia 1", "what_helps": "Zofia 2"}, handout_language=code))
    started = datetime.now().replace(microsecond=0) - timedelta(days=14)
    for week, template in enumerate(("SOAP", "BIRP", "DAP")):
        session = services.sessions.create(client.id, SessionDraft(
            started + timedelta(days=7 * week), template=template,
            fields={"plan": f"Zofia plan {week}", "assessment": "Zofia A"},
            shared_summary=f"Zofia S{week}", private_note=f"Zofia P{week}"))
    goal = services.agreements.add_goal(client.id, GoalDraft(
        "Zofia goal 1", why_it_matters="Zofia W", levels={0: "Zofia L0", 2: "Zofia L2"},
        review_date=date.today() + timedelta(days=30)))
    services.agreements.rate(goal.id, -1, comment="Zofia R1",
                             rated_at=datetime.now() - timedelta(days=10))
    services.agreements.rate(goal.id, 1, session_id=session.id, comment="Zofia R2")
    services.checklists.start(client.id)
    services.feedback.record(client.id, FeedbackDraft(heard=8, mattered=7, fit=9, overall=8,
                                                      different_next_time="Zofia F"))
    services.measures.record(client.id, MeasureDraft("PHQ-9", (1, 2, 1, 0, 1, 2, 1, 0, 1),
                                                     difficulty=1))
    services.measures.record(client.id, MeasureDraft("GAD-7", (1, 1, 2, 0, 1, 0, 1)))
    services.exercises.create(client.id, ExerciseDraft("Zofia E", kind="mindfulness",
                                                       frequency="2×", session_id=session.id))
    services.journal.save(JournalDraft(title="Zofia J1", body="Zofia 3"))
    services.journal.save(JournalDraft(kind="self-care", title="Zofia J2",
                                       checkin={"rest": 6, "mood": 7}))


@pytest.fixture(params=LANGUAGES)
def translated(request, qtbot, ctx: AppContext, sync_jobs) -> Iterator[tuple[str, MainWindow]]:
    """The main window, made after the language is installed (English is put back by the
    autouse fixture at the next test)."""
    language.install(request.param)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    yield request.param, window
    window.close()


def test_no_english_on_a_translated_screen(qtbot, translated, ctx):
    code, window = translated
    screens = Screens(code)
    screens.check("welcome", window)
    create_vault(qtbot, window)
    fill_practice(ctx, code)
    window.lock()
    qtbot.waitUntil(lambda: window.workspace is None and window.unlock_panel.isVisible())
    screens.check("unlock", window)
    unlock(qtbot, window)
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.client_list.list.model().rowCount() > 0)
    screens.check("client list", window)

    client_id = ctx.services.clients.list()[0].id
    workspace.open_client(client_id)
    client = workspace.client
    qtbot.waitUntil(lambda: client.client_id == client_id)
    for index in range(client.tabs.count()):
        client.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        screens.check(f"client tab {index + 1}", window)
    client.show_feature("sessions")
    sessions = ctx.services.sessions.list(client_id)
    for summary in sessions:
        workspace.open_client(client_id, "sessions", summary.id)
        qtbot.waitUntil(lambda s=summary: client.sessions.editor.session_id == s.id)
        qtbot.wait(20)
        screens.check("session editor", window)

    client._on_edit_clicked()
    dialog = open_dialog("client-dialog")
    screens.check("client details", dialog)
    for index in range(1, (tabs := dialog.findChild(QTabBar)).count()):
        tabs.setCurrentIndex(index)
        screens.check("client details, second tab", dialog)
    dialog.reject()

    goals_tab = client.view("goals")
    client.show_feature("goals")
    goal = ctx.services.agreements.goals(client_id)[0]
    goals_tab.open_goal(None)
    screens.check("new goal", open_dialog("goal-dialog"))
    open_dialog("goal-dialog").reject()
    goals_tab.open_goal(goal)
    screens.check("goal", open_dialog("goal-dialog"))
    open_dialog("goal-dialog").reject()
    goals_tab.open_rating(goal)
    screens.check("rating", open_dialog("rating-dialog"))
    open_dialog("rating-dialog").reject()

    feedback_tab = client.view("feedback")
    client.show_feature("feedback")
    feedback_tab.open_feedback()
    screens.check("feedback", open_dialog("feedback-dialog"))
    open_dialog("feedback-dialog").reject()

    window.journal_action.trigger()
    journal = workspace.journal
    for row in range(journal.entries.count()):
        journal.entries.setCurrentRow(row)
        qtbot.wait(20)
        screens.check(f"journal, entry {row + 1}", window)
    window.settings_action.trigger()
    screens.check("settings", window)

    window.about_action.trigger()
    screens.check("about", open_dialog("about-dialog"))
    open_dialog("about-dialog").reject()

    window.clients_action.trigger()
    window.search_action.trigger()
    search = open_dialog("search-dialog")
    screens.check("search", search)
    qtbot.keyClicks(search.query, "Zofia")
    qtbot.waitUntil(lambda: search.results.count() > 0, timeout=3000)
    screens.check("search results", search)
    search.reject()

    assert screens.seen > 300, "the walk read almost nothing"
    assert not screens.found, screens.report()


@pytest.mark.parametrize("code", ("pt", "es", "de", "fr"))
def test_a_service_s_refusal_is_shown_in_the_screens_language(qtbot, code):
    """The services write their sentences in English; the screens show the fixed ones
    translated (`error_sentence`), and one with a file name in it as it was written."""
    from app.errors import BadInput
    from app.ui.kit.error_dialog import error_sentence

    refusal = BadInput("Please give the client a name to show in the list.")
    assert error_sentence(refusal) == refusal.message  # English screens
    language.install(code)
    shown = error_sentence(refusal)
    assert shown and shown != refusal.message
    made = BadInput("The folder /tmp/nowhere does not exist.")
    assert error_sentence(made) == made.message
