"""Search across all of a practice's text: clients, session notes (private notes and shared
summaries included), goals, agreements, checklist items, practices, feedback, questionnaire
comments and the therapist's journal.

The index is a plain in-memory list of decrypted strings, built on first use and kept in this
object; it is never written to disk. Services report which client's text changed and only that
part is rebuilt at the next search; locking the vault clears the whole index. Matching ignores
case and accents ("Zoe" finds "Zoë"); every word must appear in the record, and a quoted
phrase must appear as written.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import IntegrityFailure
from app.models import (
    AgreementVersion,
    ChecklistItem,
    Client,
    Feedback,
    Goal,
    JournalEntry,
    Measure,
    Practice,
    PrivateNote,
    SessionAmendment,
    TherapySession,
)
from app.models.base import Base
from app.services.database import Database

MAX_RESULTS = 200
CONTEXT = 60  # characters of context either side of a match in a snippet
TITLE_WEIGHT = 3  # a match in a title counts this many times


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One matching record. `field` names where the snippet comes from (for instance
    "private_note", "shared_summary" or "note.plan"); `highlight` is the match's span within
    `snippet`."""

    kind: str  # client | session | goal | agreement | checklist item | practice | feedback |
    #            measure | journal
    record_id: UUID
    client_id: UUID | None
    title: str
    field: str
    snippet: str
    highlight: tuple[int, int]
    date: datetime
    relevance: int


# -- folding: case- and accent-insensitive text -------------------------------------------------
@cache
def _combining_marks() -> dict[int, None]:
    return {cp: None for cp in range(0x30000) if unicodedata.combining(chr(cp))}


def fold(value: str) -> str:
    """Lower-case without accents. Folding a string equals folding each character in turn
    (case folding is per character and only combining marks move under NFKD), which lets a
    match found in folded text be traced back to the original for its snippet."""
    if value.isascii():
        return value.lower()
    return unicodedata.normalize("NFKD", value.casefold()).translate(_combining_marks())


def _fold_with_origins(value: str) -> tuple[str, list[int]]:
    parts: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(value):
        folded = fold(char)
        parts.append(folded)
        origins.extend([index] * len(folded))
    return "".join(parts), origins


# -- queries ----------------------------------------------------------------------------------
_QUERY = re.compile(r'"([^"]*)"?|([^\s"]+)')
_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class _Term:
    probe: str  # a plain substring every match contains: quick to test
    pattern: re.Pattern[str] | None  # for a phrase (words joined by any whitespace)


def parse_query(query: str) -> list[_Term]:
    """Words and "quoted phrases", folded; punctuation at the edges of a word is ignored."""
    terms: list[_Term] = []
    for match in _QUERY.finditer(query):
        phrase, word = match.groups()
        if word is not None:
            words = [_EDGE_PUNCTUATION.sub("", fold(word)) or fold(word)]
        else:
            words = fold(phrase).split()
        if not words:
            continue
        if len(words) == 1:
            term = _Term(words[0], None)
        else:
            pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
            term = _Term(max(words, key=len), pattern)
        if term not in terms:
            terms.append(term)
    return terms


def _count(term: _Term, folded: str) -> int:
    if term.pattern is None:
        return folded.count(term.probe)
    return len(term.pattern.findall(folded))


def _snippet(value: str, term: _Term) -> tuple[str, tuple[int, int]]:
    folded, origins = _fold_with_origins(value)
    if term.pattern is None:
        start = folded.find(term.probe)
        span = (start, start + len(term.probe))
    else:
        found = term.pattern.search(folded)
        span = found.span() if found else (-1, -1)
    if span[0] < 0 or span[1] <= span[0]:
        plain = _SPACES.sub(" ", value[: 2 * CONTEXT]).strip()
        return plain, (0, 0)
    a, b = origins[span[0]], origins[span[1] - 1] + 1
    start, end = max(0, a - CONTEXT), min(len(value), b + CONTEXT)
    if start > 0:  # begin and end on whole words
        space = value.find(" ", start, a)
        start = space + 1 if space >= 0 else start
    if end < len(value):
        space = value.rfind(" ", b, end)
        end = space if space >= 0 else end
    before = _SPACES.sub(" ", value[start:a]).lstrip()
    middle = _SPACES.sub(" ", value[a:b])
    after = _SPACES.sub(" ", value[b:end]).rstrip()
    lead = ("…" if start > 0 else "") + before
    snippet = lead + middle + after + ("…" if end < len(value) else "")
    return snippet, (len(lead), len(lead) + len(middle))


# -- the index ----------------------------------------------------------------------------------
@dataclass(slots=True, eq=False)
class _Record:
    kind: str
    record_id: UUID
    client_id: UUID | None
    title: str
    date: datetime


@dataclass(slots=True, eq=False)
class _Field:
    record: _Record
    name: str
    text: str
    folded: str
    weight: int


class _Hit:
    """What one record matched: which terms, how often, and its best field for a snippet."""

    __slots__ = ("terms", "score", "best", "field", "term")

    def __init__(self, field: _Field, term: _Term) -> None:
        self.terms: set[int] = set()
        self.score = 0
        self.best = 0
        self.field = field
        self.term = term

    def add(self, number: int, weighted: int, field: _Field, term: _Term) -> None:
        self.terms.add(number)
        self.score += weighted
        if weighted > self.best:
            self.best, self.field, self.term = weighted, field, term


_EVERYTHING: Any = object()  # scope of a full build


def _day(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


class _Builder:
    """Collects the searchable fields of each record, grouped by client (None: practice-wide).
    A record that fails its integrity check is left out; `check` reports it."""

    def __init__(self) -> None:
        self.parts: dict[UUID | None, list[_Field]] = {}
        self._records: dict[tuple[str, UUID], _Record] = {}

    def record(self, kind: str, record_id: UUID, client_id: UUID | None, title: str,
               date: datetime) -> _Record:
        key = (kind, record_id)
        if key not in self._records:
            self._records[key] = _Record(kind, record_id, client_id, title, date)
        return self._records[key]

    def add(self, record: _Record, fields: Iterable[tuple[str, str | None, int]]) -> None:
        part = self.parts.setdefault(record.client_id, [])
        for name, value, weight in fields:
            if value and value.strip():
                part.append(_Field(record, name, value, fold(value), weight))

    def read(self, record_of: Any, rows: Iterable[Base], fields_of: Any) -> None:
        for row in rows:
            try:
                record = record_of(row)
                fields = list(fields_of(row))
            except IntegrityFailure:
                continue
            self.add(record, fields)


def _rows(s: Session, model: type[Base], scope: Any, column: str = "client_id") -> Iterable[Any]:
    query = select(model)
    if scope is not _EVERYTHING:
        query = query.where(getattr(model, column) == scope)
    return s.scalars(query)


def _load_client_records(s: Session, b: _Builder, scope: Any) -> None:
    b.read(
        lambda c: b.record("client", c.id, c.id, c.display_name or "", c.created_at),
        _rows(s, Client, scope, "id"),
        lambda c: [("display_name", c.display_name, TITLE_WEIGHT),
                   ("legal_name", c.legal_name, TITLE_WEIGHT), ("contact", c.contact, 1)]
        + [(f"preferences.{k}", v, 1) for k, v in (c.preferences or {}).items()],
    )
    starts: dict[UUID, TherapySession] = {}

    def session_record(row: Any) -> _Record:
        session = starts[row.session_id] if isinstance(row, (PrivateNote, SessionAmendment)) \
            else row
        return b.record("session", session.id, session.client_id,
                        f"Session on {_day(session.starts_at)}", session.starts_at)

    sessions = list(_rows(s, TherapySession, scope))
    starts.update((row.id, row) for row in sessions)
    b.read(session_record, sessions,
           lambda t: [(f"note.{k}", v, 1) for k, v in (t.note or {}).items()]
           + [("shared_summary", t.shared_summary, 1)])
    b.read(session_record, _rows(s, PrivateNote, scope), lambda p: [("private_note", p.text, 1)])
    b.read(session_record, _rows(s, SessionAmendment, scope),
           lambda a: [("amendment", a.text, 1)])
    b.read(
        lambda g: b.record("goal", g.id, g.client_id, g.title or "", g.updated_at),
        _rows(s, Goal, scope),
        lambda g: [("title", g.title, TITLE_WEIGHT), ("why_it_matters", g.why_it_matters, 1),
                   ("first_steps", g.first_steps, 1),
                   ("signs_of_progress", g.signs_of_progress, 1)]
        + [(f"levels.{k}", v, 1) for k, v in (g.levels or {}).items()],
    )
    b.read(
        lambda a: b.record("agreement", a.id, a.client_id, f"Goal agreement, version {a.version}",
                           a.created_at),
        _rows(s, AgreementVersion, scope),
        lambda a: [("client_commitments", a.client_commitments, 1),
                   ("therapist_commitments", a.therapist_commitments, 1),
                   ("revision_note", a.revision_note, 1)],
    )
    b.read(
        lambda i: b.record("checklist item", i.id, i.client_id, i.topic or "", i.updated_at),
        _rows(s, ChecklistItem, scope),
        lambda i: [("topic", i.topic, 1), ("description", i.description, 1),
                   ("note", i.note, TITLE_WEIGHT)],
    )
    b.read(
        lambda p: b.record("practice", p.id, p.client_id, p.title or "", p.updated_at),
        _rows(s, Practice, scope),
        lambda p: [("title", p.title, TITLE_WEIGHT), ("instructions", p.instructions, 1),
                   ("frequency", p.frequency, 1), ("report_back", p.report_back, 1)],
    )
    b.read(
        lambda f: b.record("feedback", f.id, f.client_id, f"Feedback on {_day(f.given_at)}",
                           f.given_at),
        _rows(s, Feedback, scope),
        lambda f: [("different_next_time", f.different_next_time, 1),
                   ("therapist_reflection", f.therapist_reflection, 1)],
    )
    b.read(
        lambda m: b.record("measure", m.id, m.client_id,
                           f"{m.instrument or 'Questionnaire'} on {_day(m.taken_at)}", m.taken_at),
        _rows(s, Measure, scope),
        lambda m: [("comment", m.comment, 1),
                   ("followup", (m.followup or {}).get("note"), 1)],
    )


def _load_journal(s: Session, b: _Builder) -> None:
    b.read(
        lambda j: b.record("journal", j.id, None, j.title or f"Journal: {j.kind}", j.created_at),
        s.scalars(select(JournalEntry)),
        lambda j: [("title", j.title, TITLE_WEIGHT), ("body", j.body, 1)],
    )


class Search:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.RLock()
        self._parts: dict[UUID | None, list[_Field]] | None = None
        self._stale: set[UUID | None] = set()
        self._fields: list[_Field] = []
        self._folded: list[str] = []

    @property
    def is_built(self) -> bool:
        return self._parts is not None

    def touch(self, scope: UUID | None) -> None:
        """One client's text changed (None: practice-wide text such as the journal)."""
        with self._lock:
            if self._parts is not None:
                self._stale.add(scope)

    def invalidate(self) -> None:
        """Rebuild everything at the next search (after a restore or a bulk change)."""
        with self._lock:
            self._parts = None
            self._stale.clear()

    def clear(self) -> None:
        """Drop every decrypted string (on lock). The next search, once unlocked, rebuilds."""
        with self._lock:
            self._parts = None
            self._stale.clear()
            self._fields = []
            self._folded = []

    def _fresh(self) -> dict[UUID | None, list[_Field]]:
        with self._lock:
            if self._parts is not None and not self._stale:
                return self._parts
            builder = _Builder()
            with self._db.begin() as s:
                if self._parts is None:
                    _load_client_records(s, builder, _EVERYTHING)
                    _load_journal(s, builder)
                    parts = builder.parts
                else:
                    parts = dict(self._parts)
                    for scope in self._stale:
                        if scope is None:
                            _load_journal(s, builder)
                        else:
                            _load_client_records(s, builder, scope)
                        parts[scope] = builder.parts.get(scope, [])
            self._parts = {k: v for k, v in parts.items() if v}
            self._stale.clear()
            self._fields = [f for part in self._parts.values() for f in part]
            self._folded = [f.folded for f in self._fields]
            return self._parts

    def search(self, query: str, client_id: UUID | None = None,
               limit: int = MAX_RESULTS) -> list[SearchResult]:
        """Records containing every word (or quoted phrase) of the query, most relevant first,
        then newest; at most `limit`. Optionally only one client's records."""
        terms = parse_query(query)
        if not terms:
            return []
        with self._lock:
            parts = self._fresh()
            if client_id is None:
                fields, folded = self._fields, self._folded
            else:
                fields = parts.get(client_id, [])
                folded = [f.folded for f in fields]
        found: dict[_Record, _Hit] = {}
        for number, term in enumerate(terms):
            probe = term.probe
            for index in [i for i, text in enumerate(folded) if probe in text]:
                count = _count(term, folded[index])
                if count:
                    field = fields[index]
                    hit = found.get(field.record)
                    if hit is None:
                        hit = found[field.record] = _Hit(field, term)
                    hit.add(number, count * field.weight, field, term)
        results = []
        for record, hit in found.items():
            if len(hit.terms) == len(terms):
                snippet, highlight = _snippet(hit.field.text, hit.term)
                results.append(SearchResult(record.kind, record.record_id, record.client_id,
                                            record.title, hit.field.name, snippet, highlight,
                                            record.date, hit.score))
        results.sort(key=lambda r: (r.relevance, r.date), reverse=True)
        return results[:limit]
