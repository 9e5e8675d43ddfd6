"""Search across all of a practice's text: clients, session notes (private notes and shared
summaries included), goals, agreements, checklist items, exercises between sessions, feedback, questionnaire
comments and the therapist's journal.

The index is a plain in-memory list of decrypted strings, built on first use and kept in this
object; it is never written to disk. Services report which client's text changed and only that
part is rebuilt at the next search; locking the vault clears the whole index. Matching ignores
case and accents ("Zoe" finds "Zoë"); every word must appear in the record, and a quoted
phrase must appear as written.
"""

from __future__ import annotations

import heapq
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from itertools import repeat
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import IntegrityFailure
from app.models import (
    AgreementVersion,
    ChecklistItem,
    Client,
    Exercise,
    Feedback,
    Goal,
    JournalEntry,
    Measure,
    PrivateNote,
    SessionAmendment,
    TherapySession,
)
from app.models.base import Base
from app.services.database import Database, gc_paused
from app.services.sessions import SIGNED_MARK

MAX_RESULTS = 200
CONTEXT = 60  # characters of context either side of a match in a snippet
TITLE_WEIGHT = 3  # a match in a title counts this many times


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One matching record. `field` names where the snippet comes from (for instance
    "private_note", "shared_summary" or "note.plan"); `highlight` is the match's span within
    `snippet`."""

    kind: str  # client | session | goal | agreement | checklist item | exercise | feedback |
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
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_LATIN_ACCENTS = re.compile("[\u0300-\u036f]+")


def _without_marks(run: re.Match[str]) -> str:
    combining = unicodedata.combining
    return "".join(char for char in run.group() if not combining(char))


def fold(value: str) -> str:
    """Lower-case without accents (combining marks dropped after NFKD). Folding a string
    equals folding each character in turn (case folding is per character and only combining
    marks move under NFKD), which lets a match found in folded text be traced back to the
    original for its snippet."""
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    if not decomposed.isascii():
        decomposed = _LATIN_ACCENTS.sub("", decomposed)  # quick for the commonest marks
    return decomposed if decomposed.isascii() else _NON_ASCII.sub(_without_marks, decomposed)


_fold_char = lru_cache(maxsize=4096)(fold)  # one character at a time, for snippets
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def fold_with_origins(value: str) -> tuple[str, list[int] | range]:
    """The folded text and, for each of its characters, where it came from in `value`."""
    if value.isascii():
        return value.lower(), range(len(value))
    parts: list[str] = []
    origins: list[int] = []
    done = 0
    for run in [*_ASCII_RUNS.finditer(value), None]:
        start = len(value) if run is None else run.start()
        for index in range(done, start):  # the non-ASCII characters before this run
            folded = _fold_char(value[index])
            parts.append(folded)
            origins.extend([index] * len(folded))
        if run is not None:
            parts.append(run.group().lower())
            origins.extend(range(run.start(), run.end()))
            done = run.end()
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
    return len(term.pattern.findall(folded)) if term.probe in folded else 0


def _counts(term: _Term, folded: list[str]) -> list[int]:
    """How often the term occurs in each text (a word: one C-level pass over each)."""
    if term.pattern is None:
        return list(map(str.count, folded, repeat(term.probe)))
    return [_count(term, text) for text in folded]


def _snippet(value: str, term: _Term) -> tuple[str, tuple[int, int]]:
    folded, origins = fold_with_origins(value)
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
    while b < len(value) and unicodedata.combining(value[b]):  # keep a decomposed accent
        b += 1
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
SEPARATOR = "\x00"  # between a record's fields in its folded text; never in a search term


@dataclass(slots=True, eq=False)
class _Record:
    """One searchable record: its fields (name, text, weight), and once built, all of them
    folded and joined by SEPARATOR, plus the heavier ones (titles) again in `boost`."""

    kind: str
    record_id: UUID
    client_id: UUID | None
    title: str
    date: datetime
    fields: list[tuple[str, str, int]] = field(default_factory=list)
    folded: str = ""
    boost: str = ""

    def seal(self) -> None:
        folded = [fold(text.replace(SEPARATOR, " ")) for _, text, _ in self.fields]
        self.folded = SEPARATOR.join(folded)
        self.boost = SEPARATOR.join(f for f, (_, _, w) in zip(folded, self.fields, strict=True)
                                    if w > 1)

    def best_field(self, terms: list[_Term]) -> tuple[str, str, _Term]:
        """The field with the most weighted matches (name, text, a term found in it)."""
        best: tuple[int, str, str, _Term] | None = None
        for (name, text, weight), folded in zip(self.fields, self.folded.split(SEPARATOR),
                                                strict=True):
            counts = [_count(term, folded) for term in terms]
            score = sum(counts) * weight
            if score and (best is None or score > best[0]):
                best = (score, name, text, terms[next(i for i, c in enumerate(counts) if c)])
        assert best is not None  # only called for records that matched
        return best[1], best[2], best[3]


def _weighted(term: _Term, record: _Record, count: int) -> int:
    """A record's matches of one term, with matches in its titles counting extra."""
    return count + (TITLE_WEIGHT - 1) * _count(term, record.boost) if record.boost else count


_EVERYTHING: Any = object()  # scope of a full build


def _day(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


class _Builder:
    """Collects the searchable fields of each record, grouped by client (None: practice-wide).
    A record that fails its integrity check is left out; `check` reports it."""

    def __init__(self) -> None:
        self._records: dict[tuple[str, UUID], _Record] = {}

    def record(self, kind: str, record_id: UUID, client_id: UUID | None, title: str,
               date: datetime) -> _Record:
        key = (kind, record_id)
        if key not in self._records:
            self._records[key] = _Record(kind, record_id, client_id, title, date)
        return self._records[key]

    def read(self, record_of: Any, rows: Iterable[Base], fields_of: Any) -> None:
        for row in rows:
            try:
                record = record_of(row)
                fields = [(n, v, w) for n, v, w in fields_of(row) if v and v.strip()]
            except IntegrityFailure:
                continue
            record.fields.extend(fields)

    def parts(self) -> dict[UUID | None, list[_Record]]:
        out: dict[UUID | None, list[_Record]] = {}
        for record in self._records.values():
            if record.fields:
                record.seal()
                out.setdefault(record.client_id, []).append(record)
        return out


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
           lambda t: [(f"note.{k}", v, 1) for k, v in (t.note or {}).items() if k != SIGNED_MARK]
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
        lambda p: b.record("exercise", p.id, p.client_id, p.title or "", p.updated_at),
        _rows(s, Exercise, scope),
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
        self._parts: dict[UUID | None, list[_Record]] | None = None
        self._stale: set[UUID | None] = set()
        self._records: list[_Record] = []
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
            self._records = []
            self._folded = []
            _fold_char.cache_clear()

    def prepare(self) -> None:
        """Build (or bring up to date) the index now, so the first search is instant: for a
        background job right after unlocking."""
        self._fresh()

    def _fresh(self) -> dict[UUID | None, list[_Record]]:
        with self._lock:
            if self._parts is not None and not self._stale:
                return self._parts
            builder = _Builder()
            with self._db.begin() as s:
                if self._parts is None:
                    with gc_paused():  # tens of thousands of live rows: see gc_paused
                        _load_client_records(s, builder, _EVERYTHING)
                        _load_journal(s, builder)
                        parts = builder.parts()
                else:
                    for scope in self._stale:
                        if scope is None:
                            _load_journal(s, builder)
                        else:
                            _load_client_records(s, builder, scope)
                    fresh = builder.parts()
                    parts = dict(self._parts)
                    parts.update({scope: fresh.get(scope, []) for scope in self._stale})
            self._parts = {k: v for k, v in parts.items() if v}
            self._stale.clear()
            self._records = [r for part in self._parts.values() for r in part]
            self._folded = [r.folded for r in self._records]
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
                records, folded = self._records, self._folded
            else:
                records = parts.get(client_id, [])
                folded = [r.folded for r in records]
        # The longest term first (usually the rarest); later terms only look at what is left.
        first, *others = sorted(terms, key=lambda t: len(t.probe), reverse=True)
        counts = _counts(first, folded)
        scores = {i: _weighted(first, records[i], c) for i, c in enumerate(counts) if c}
        for term in others:
            left = {}
            for i, score in scores.items():
                if count := _count(term, folded[i]):
                    left[i] = score + _weighted(term, records[i], count)
            scores = left
        best = heapq.nlargest(limit, scores.items(),
                              key=lambda hit: (hit[1], records[hit[0]].date,
                                              records[hit[0]].record_id))
        results = []
        for index, score in best:  # the best field and its snippet only for what is shown
            record = records[index]
            name, text, term = record.best_field(terms)
            snippet, highlight = _snippet(text, term)
            results.append(SearchResult(record.kind, record.record_id, record.client_id,
                                        record.title, name, snippet, highlight, record.date,
                                        score))
        return results
