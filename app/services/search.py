"""Search across all of a practice's text: clients, session notes (private notes and shared
summaries included), goals, agreements, checklist items, exercises between sessions, feedback, questionnaire
comments and the therapist's journal.

The index is each record's folded text in memory (never written to disk), one part per client
and one for practice-wide text, each part a few compact structures (see `_Part`); built a few
clients at a time, on first use or in the background right after unlock (`prepare_some`, the
clients seen last first); a search while the background build goes on answers from the part
built (`is_built` says whether that was all).
Only folded text is kept: a shown result's snippet comes from its record, read back and
decrypted again. Services report which client's text changed and only that part is rebuilt at
the next search; locking the vault clears the whole index. Matching ignores case and accents
("Zoe" finds "Zoë"); every word must appear in the record, and a quoted phrase must appear as
written.
"""

from __future__ import annotations

import heapq
import re
import threading
import unicodedata
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import itemgetter
from typing import Any
from uuid import UUID

from sqlalchemy import Select, func, select
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
    `snippet`. `title` is the record's own words (a goal's title, a client's name, a topic; a
    questionnaire's code), empty for a record that has none (a session, feedback): the screen
    names it by its kind and date, in its own language."""

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


# What `\s` matches in a str pattern (the characters for which str.isspace() is true;
# tests/unit/test_search.py checks the list), and so between the words of a phrase.
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
              "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def _encode(text: str) -> bytes:
    """Text as the index keeps it: UTF-8 (one byte a character for the usual folded text, where
    a str holding one character past Latin-1 takes two or four bytes for every character). A
    string's encoding is found in another's exactly where the string is found in the other, and
    as often: UTF-8 is self-synchronising. "surrogatepass": a lone surrogate cannot fail a build."""
    return text.encode("utf-8", "surrogatepass")


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")


# `\s+` for the index's bytes: any run of the same characters, each as a whole UTF-8 sequence.
_ENCODED_SPACES = (b"(?:[" + b"".join(re.escape(c.encode()) for c in WHITESPACE if c.isascii())
                   + b"]|" + b"|".join(re.escape(_encode(c)) for c in WHITESPACE
                                       if not c.isascii()) + b")+")


@dataclass(frozen=True, slots=True)
class _Term:
    probe: str  # a plain substring every match contains: quick to test
    pattern: re.Pattern[str] | None  # for a phrase (words joined by any whitespace)
    needle: bytes = b""  # the probe as the index keeps text (see `_encode`)
    encoded: re.Pattern[bytes] | None = None  # the pattern, for the index's text

    @classmethod
    def of(cls, words: list[str]) -> _Term:
        if len(words) == 1:
            return cls(words[0], None, _encode(words[0]))
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
        encoded = re.compile(_ENCODED_SPACES.join(re.escape(_encode(w)) for w in words))
        probe = max(words, key=len)
        return cls(probe, pattern, _encode(probe), encoded)


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
        term = _Term.of(words)
        if term not in terms:
            terms.append(term)
    return terms


def _count(term: _Term, folded: str) -> int:
    if term.pattern is None:
        return folded.count(term.probe)
    return len(term.pattern.findall(folded)) if term.probe in folded else 0


def _folded_to_match(value: str, term: _Term) -> tuple[str, list[int] | range]:
    """`fold_with_origins(value)`, or for a word only that of a prefix of `value` holding its
    first match, if one is found near where the lower-cased text has it: a prefix folds to
    the start of the whole's folding, so a match found in it is the whole's first, and the
    snippet needs nothing past it (a long note is folded only up to its match)."""
    if term.pattern is None and not value.isascii():
        near = value.lower().find(term.probe)
        if near >= 0:
            folded, origins = fold_with_origins(value[:near + len(term.probe)])
            if term.probe in folded:
                return folded, origins
    return fold_with_origins(value)


def _snippet(value: str, term: _Term) -> tuple[str, tuple[int, int]]:
    folded, origins = _folded_to_match(value, term)
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
BATCH_CLIENTS = 10  # clients read in one go by the build: the less alive at once, the less kept,
#                    and the less a job asked for during the build after unlock waits
FIRST_BATCH_CLIENTS = 4  # parts in the build's first batch: a search right after unlock answers
#                          sooner
ROWS_AT_A_TIME = 100  # rows of one query made into objects at a time (SQLAlchemy's yield_per)


@dataclass(frozen=True, slots=True, eq=False)
class _Part:
    """What the index keeps of one part's records (a client's, or the practice-wide ones): who
    and when, and their text folded, each record's fields joined by SEPARATOR, the heavier
    fields (titles) again in `boost`. Not the text itself: that is read back for the records a
    search shows. A few structures for the whole part, not objects for each record: every
    record's folded text one after another in `text`, the nth record's from `bounds[n]` to
    `bounds[n + 1]`, and its id the nth 16 bytes of `record_ids` (`UUID.bytes`, which sort as
    the UUIDs do). For the demo practice that is 18,000 records in ~30 MB where a str, an entry
    and two UUIDs for each took ~38 MB, scattered among what the build had read and dropped."""

    client_id: UUID | None
    kinds: list[str]
    record_ids: bytes
    titles: list[str]
    dates: list[datetime]
    text: bytes
    bounds: array[int]
    boost: bytes
    boost_bounds: array[int]
    titled: array[int]  # the records with a boost, by index

    @classmethod
    def of(cls, client_id: UUID | None, records: list[_Record]) -> _Part:
        texts, boosts = [], []
        for record in records:
            folded = record._folded()
            texts.append(_encode(SEPARATOR.join(folded)))
            boosts.append(_encode(SEPARATOR.join(
                f for f, (_, _, weight) in zip(folded, record.fields, strict=True) if weight > 1)))
        bounds, boost_bounds = array("Q", [0]), array("Q", [0])
        bounds.extend(accumulate(map(len, texts)))
        boost_bounds.extend(accumulate(map(len, boosts)))
        return cls(client_id, [r.kind for r in records],
                   b"".join(r.record_id.bytes for r in records), [r.title for r in records],
                   [r.date for r in records], b"".join(texts), bounds, b"".join(boosts),
                   boost_bounds, array("Q", compress(range(len(boosts)), boosts)))

    def __len__(self) -> int:
        return len(self.kinds)

    def record_id(self, index: int) -> UUID:
        return UUID(bytes=self.record_ids[16 * index:16 * index + 16])

    def folded(self, index: int) -> str:
        return _decode(self.text[self.bounds[index]:self.bounds[index + 1]])

    def hits(self, term: _Term) -> list[tuple[int, _Part, int]]:
        """(score, self, index) of each record the term occurs in. A word is counted in every
        record by one C-level pass over the text, bounded record by record."""
        text, bounds = self.text, self.bounds
        counts: list[int] | dict[int, int]
        found: Iterable[int]
        if term.encoded is None and term.needle:
            counts = list(map(text.count, repeat(term.needle), bounds, bounds[1:]))
            # Scored in Python only where a record has a title to weigh, the rest in C.
            scores = counts.copy() if self.titled else counts
            for i in self.titled:
                if counts[i]:
                    scores[i] = self.weighted(term, i, counts[i])
            return list(zip(compress(scores, counts), repeat(self),
                            compress(range(len(counts)), counts)))
        if term.encoded is not None:
            counts = self._phrase_counts(term.encoded)
            found = sorted(counts)
        else:  # an empty word (a query of a lone accent), as "".count("") would
            counts = [self.count(term, i) for i in range(len(self))]
            found = compress(range(len(counts)), counts)
        boost = self.boost_bounds
        return [(counts[i] if boost[i] == boost[i + 1] else self.weighted(term, i, counts[i]),
                 self, i) for i in found]

    def _phrase_counts(self, phrase: re.Pattern[bytes]) -> dict[int, int]:
        """How often a phrase occurs in each record that has it: one pass of its pattern over
        the whole text, each match placed by where it begins. A match that runs from one
        record's text into the next's (nothing stands between them) is no match of either: those
        records are counted again, each on its own."""
        bounds = self.bounds
        counts: dict[int, int] = {}
        again: set[int] = set()
        for match in phrase.finditer(self.text):
            first = bisect_right(bounds, match.start()) - 1
            last = bisect_right(bounds, match.end() - 1) - 1
            if first == last:
                counts[first] = counts.get(first, 0) + 1
            else:
                again.update(range(first, last + 1))
        for index in again:
            start, end = bounds[index], bounds[index + 1]
            counts[index] = len(phrase.findall(self.text, start, end))
        return {index: count for index, count in counts.items() if count}

    def count(self, term: _Term, index: int) -> int:
        return self._count(term, self.text, self.bounds, index)

    def weighted(self, term: _Term, index: int, count: int) -> int:
        """A record's matches of one term, with matches in its titles counting extra."""
        if self.boost_bounds[index] == self.boost_bounds[index + 1]:
            return count
        return count + (TITLE_WEIGHT - 1) * self._count(term, self.boost, self.boost_bounds,
                                                        index)

    @staticmethod
    def _count(term: _Term, text: bytes, bounds: array[int], index: int) -> int:
        """As `_count` of the record's folded text, without decoding it."""
        start, end = bounds[index], bounds[index + 1]
        if term.encoded is None:
            if term.needle:
                return text.count(term.needle, start, end)
            return len(_decode(text[start:end])) + 1  # as "".count("") (an empty word)
        if text.find(term.needle, start, end) < 0:
            return 0
        return len(term.encoded.findall(text, start, end))


@dataclass(slots=True, eq=False)
class _Record:
    """One record as read from the database: its searchable fields (name, text, weight)."""

    kind: str
    record_id: UUID
    client_id: UUID | None
    title: str
    date: datetime
    fields: list[tuple[str, str, int]] = field(default_factory=list)

    def _folded(self) -> list[str]:
        return [fold(text.replace(SEPARATOR, " ")) for _, text, _ in self.fields]

    def best_field(self, terms: list[_Term], indexed: list[list[int]],
                   first_only: bool = False) -> tuple[str, str, _Term] | None:
        """The field with the most weighted matches (name, text, a term found in it); None if
        none matches any more (the record changed since it was indexed). `indexed` is each
        term's matches in each field by the index (`_field_counts`), used when the record still
        has as many fields; with `first_only`, the record holds only its first fields (a
        session read back without its private note and amendments: `_beyond_own_fields`), and
        so the first of the index."""
        if first_only and len(self.fields) <= len(indexed):
            indexed = indexed[:len(self.fields)]
        if len(indexed) != len(self.fields):
            indexed = _field_counts(terms, self._folded())
        best: tuple[int, str, str, _Term] | None = None
        for (name, text, weight), counts in zip(self.fields, indexed, strict=True):
            score = sum(counts) * weight
            if score and (best is None or score > best[0]):
                best = (score, name, text, terms[next(i for i, c in enumerate(counts) if c)])
        return None if best is None else best[1:]


class _Builder:
    """Collects the searchable fields of each record, by kind and id. A record that fails its
    integrity check is left out."""

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

    def get(self, kind: str, record_id: UUID) -> _Record | None:
        return self._records.get((kind, record_id))

    def session(self, session_id: UUID) -> _Record:
        """A session's record, made when its row was read (KeyError: it was not)."""
        return self._records["session", session_id]

    def parts(self) -> dict[UUID | None, _Part]:
        """The index's part of every client with text (None: practice-wide records)."""
        records: dict[UUID | None, list[_Record]] = {}
        for record in self._records.values():
            if record.fields:
                records.setdefault(record.client_id, []).append(record)
        return {part: _Part.of(part, kept) for part, kept in records.items()}


@dataclass(frozen=True, slots=True)
class _Scope:
    """Which rows a load reads: those of `clients` (None: every client's) and, when reading
    back what a search shows, only the records `records`, of `kinds`."""

    clients: Collection[UUID] | None = None
    records: Collection[UUID] | None = None
    kinds: Collection[str] | None = None  # None: every kind of record
    session_extras: bool = True  # sessions' private notes and amendments too


_KIND = {Client: "client", TherapySession: "session", PrivateNote: "session",
         SessionAmendment: "session", Goal: "goal", AgreementVersion: "agreement",
         ChecklistItem: "checklist item", Exercise: "exercise", Feedback: "feedback",
         Measure: "measure", JournalEntry: "journal"}  # the kind of record a row is part of


def _rows(s: Session, model: type[Base], scope: _Scope, client_column: str = "client_id",
          record_column: str = "id") -> Iterable[Any]:
    if scope.kinds is not None and _KIND[model] not in scope.kinds:
        return ()
    query = select(model)
    if scope.clients is not None:
        query = query.where(getattr(model, client_column).in_(scope.clients))
    if scope.records is not None:
        # What a search shows (at most its limit), read back at once: its results keep their
        # text anyway, and 200 rows come ~4 ms sooner than a hundred at a time.
        return s.scalars(query.where(getattr(model, record_column).in_(scope.records)))
    # A few rows at a time, each let go once read: not all of them alive at once.
    return s.scalars(query.execution_options(yield_per=ROWS_AT_A_TIME))


def _load_client_records(s: Session, b: _Builder, scope: _Scope) -> None:
    b.read(
        lambda c: b.record("client", c.id, c.id, c.display_name or "", c.created_at),
        _rows(s, Client, scope, "id"),
        lambda c: [("display_name", c.display_name, TITLE_WEIGHT),
                   ("legal_name", c.legal_name, TITLE_WEIGHT), ("contact", c.contact, 1)]
        + [(f"preferences.{k}", v, 1) for k, v in (c.preferences or {}).items()],
    )
    b.read(lambda t: _session_record(b, t), _rows(s, TherapySession, scope),
           lambda t: [(f"note.{k}", v, 1) for k, v in (t.note or {}).items() if k != SIGNED_MARK]
           + [("shared_summary", t.shared_summary, 1)])
    if scope.session_extras:
        _load_session_extras(s, b, scope)
    b.read(
        lambda g: b.record("goal", g.id, g.client_id, g.title or "", g.updated_at),
        _rows(s, Goal, scope),
        lambda g: [("title", g.title, TITLE_WEIGHT), ("why_it_matters", g.why_it_matters, 1),
                   ("first_steps", g.first_steps, 1),
                   ("signs_of_progress", g.signs_of_progress, 1)]
        + [(f"levels.{k}", v, 1) for k, v in (g.levels or {}).items()],
    )
    b.read(
        lambda a: b.record("agreement", a.id, a.client_id, "", a.created_at),
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
        lambda f: b.record("feedback", f.id, f.client_id, "", f.given_at),
        _rows(s, Feedback, scope),
        lambda f: [("different_next_time", f.different_next_time, 1),
                   ("therapist_reflection", f.therapist_reflection, 1)],
    )
    b.read(
        lambda m: b.record("measure", m.id, m.client_id,
                           m.instrument or "", m.taken_at),
        _rows(s, Measure, scope),
        lambda m: [("comment", m.comment, 1),
                   ("followup", (m.followup or {}).get("note"), 1)],
    )


def _session_record(b: _Builder, row: Any) -> _Record:
    """The session record a row is part of: its own, or (a private note, an amendment) its
    session's, read before it."""
    if isinstance(row, (PrivateNote, SessionAmendment)):
        return b.session(row.session_id)
    return b.record("session", row.id, row.client_id, "", row.starts_at)


def _load_session_extras(s: Session, b: _Builder, scope: _Scope) -> None:
    """Sessions' private notes and amendments: fields of the session after its own row's, so
    read after it."""
    b.read(lambda p: _session_record(b, p),
           _rows(s, PrivateNote, scope, record_column="session_id"),
           lambda p: [("private_note", p.text, 1)])
    b.read(lambda a: _session_record(b, a),
           _rows(s, SessionAmendment, scope, record_column="session_id"),
           lambda a: [("amendment", a.text, 1)])


def _field_counts(terms: list[_Term], folded: list[str]) -> list[list[int]]:
    """Each term's matches in each of a record's folded fields."""
    return [[_count(term, text) for term in terms] for text in folded]


def _beyond_own_fields(record: _Record, indexed: list[list[int]]) -> bool:
    """Whether a session's best field, by the index (`_field_counts`), may be in its private
    note or amendments rather than in the fields of its own row, which are all `record` holds
    (every field of a session weighs the same: the first with the most matches is the best)."""
    matches = list(map(sum, indexed))
    return matches.index(max(matches)) >= len(record.fields)


def _load_journal(s: Session, b: _Builder, scope: _Scope) -> None:
    b.read(
        lambda j: b.record("journal", j.id, None, j.title or "", j.created_at),
        _rows(s, JournalEntry, _Scope(records=scope.records, kinds=scope.kinds)),
        lambda j: [("title", j.title, TITLE_WEIGHT), ("body", j.body, 1)],
    )


def _narrowed(hits: list[tuple[int, _Part, int]], term: _Term) -> list[tuple[int, _Part, int]]:
    """The hits that have this term too, its matches added to their scores."""
    if term.encoded is None and term.needle:  # a word: counted in each hit's text, inline
        needle = term.needle
        return [(score + part.weighted(term, i, count), part, i) for score, part, i in hits
                if (count := part.text.count(needle, part.bounds[i], part.bounds[i + 1]))]
    return [(score + part.weighted(term, i, count), part, i) for score, part, i in hits
            if (count := part.count(term, i))]


def _newest_first(hit: tuple[int, _Part, int]) -> tuple[int, datetime, bytes]:
    """A hit's place among the results: by score, then newest first, then by id (its bytes
    sort as the UUID does)."""
    score, part, i = hit
    return score, part.dates[i], part.record_ids[16 * i:16 * i + 16]


def _best(hits: list[tuple[int, _Part, int]], limit: int) -> list[tuple[int, _Part, int]]:
    """The `limit` best hits, best first (`_newest_first`). Only a hit scoring at least the
    limit-th best score can be one of them: the others are dropped before any is given a key
    (thousands, for a common word)."""
    if 0 < limit < len(hits):
        floor = sorted(map(itemgetter(0), hits))[-limit]
        hits = [hit for hit in hits if hit[0] >= floor]
    return heapq.nlargest(limit, hits, key=_newest_first)


Part = UUID | None  # a part of the index: one client's records, or None: practice-wide ones


def _latest_seen_first() -> Select[UUID]:
    """Every client's id, the one with the latest session first (clients with none last)."""
    latest = func.max(TherapySession.starts_at)
    return (select(Client.id).outerjoin(TherapySession, TherapySession.client_id == Client.id)
            .group_by(Client.id).order_by(latest.is_(None), latest.desc(), Client.id))


class Search:
    """The index, in parts. `_pending` lists the parts the build has still to read (None: it has
    not begun), `_in_flight` those a builder is reading now; `_stale` the parts changed since
    they were read, counted in `_changes` so that a change during a read is not missed; a lock
    or `invalidate` starts a new `_round`, and a read of an older one is dropped."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.RLock()
        self._parts: dict[Part, _Part] = {}
        self._pending: list[Part] | None = None
        self._in_flight: set[Part] = set()
        self._builders = 0
        self._in_steps = False  # a build a batch per call (`prepare_some`) is under way
        self._parts_in_all = 0  # how many parts the build reads
        self._stale: set[Part] = set()
        self._changes: Counter[Part] = Counter()
        self._round = 0
        self._every: list[_Part] = []  # the parts in `_parts`, for a search of all of them

    @property
    def is_built(self) -> bool:
        """Every part has been read at least once (a search answered from all of them)."""
        with self._lock:
            return self._pending == [] and not self._in_flight

    def touch(self, scope: Part) -> None:
        """One client's text changed (None: practice-wide text such as the journal)."""
        with self._lock:
            if self._pending is not None:
                self._stale.add(scope)
                self._changes[scope] += 1

    def invalidate(self) -> None:
        """Rebuild everything at the next search (after a restore or a bulk change)."""
        with self._lock:
            self._round += 1
            self._parts, self._pending, self._in_flight = {}, None, set()
            self._in_steps = False
            self._stale.clear()
            self._changes.clear()
            self._every = []

    def clear(self) -> None:
        """Drop every decrypted string (on lock). The next search, once unlocked, rebuilds."""
        self.invalidate()
        _fold_char.cache_clear()

    def prepare(self) -> None:
        """Build the whole index now, a few clients at a time (a search does when no build is
        under way; a background thread may). A search meanwhile answers from the parts read so
        far. Reading a batch at a time keeps little alive at once, so the memory it takes is
        given back."""
        with self._lock:
            self._begin()
            self._builders += 1
        try:
            with gc_paused():  # thousands of live rows a batch: see gc_paused
                while self._build_batch():
                    pass
        finally:
            with self._lock:
                self._builders -= 1

    def prepare_some(self) -> tuple[int, int]:
        """Read the next batch of the index, beginning the build if need be; how many parts
        have been read and how many there are (fewer: parts are left). For the app's build
        right after unlocking, a batch per job on the database worker: whatever the therapist
        asks for meanwhile runs between two batches, with no thread competing for the
        interpreter lock, and a search answers from the parts read so far (it leaves the rest
        to this build; a failure ends it, and the next search reads the rest). The first batch
        is small and holds the clients seen last: an early search finds what is likeliest
        wanted."""
        with self._lock:
            self._begin()
            self._in_steps = True
        try:
            with gc_paused():  # see prepare
                self._build_batch()
        except BaseException:
            with self._lock:
                self._in_steps = False
            raise
        with self._lock:
            self._in_steps = bool(self._pending)
            return self.progress

    @property
    def progress(self) -> tuple[int, int]:
        """How many parts of the index have been read, of how many (0 of 0: not begun)."""
        with self._lock:
            if self._pending is None:
                return 0, 0
            left = len(self._pending) + len(self._in_flight)
            return self._parts_in_all - left, self._parts_in_all

    def _begin(self) -> None:
        """List the parts to read, once per round: the journal, then the clients seen last."""
        if self._pending is None:
            with self._db.begin() as s:
                self._pending = [None, *s.scalars(_latest_seen_first())]
            self._parts_in_all = len(self._pending)

    def _build_batch(self) -> bool:
        """Read the next batch of parts; False once none is left."""
        with self._lock:
            if not self._pending:
                return False
            size = BATCH_CLIENTS if self._parts or self._in_flight else FIRST_BATCH_CLIENTS
            batch = self._pending[:size]
            del self._pending[:size]
            self._in_flight.update(batch)
            started, changes = self._round, self._count_changes(batch)
        try:
            built = self._read(batch)
        except BaseException:
            with self._lock:
                if started == self._round:
                    self._in_flight.difference_update(batch)
                    if self._pending is not None:
                        self._pending[:0] = batch  # left for the next search or builder
            raise
        with self._lock:
            if started == self._round:
                self._in_flight.difference_update(batch)
                self._install(batch, built, changes)
        return True

    def _count_changes(self, parts: Iterable[Part]) -> dict[Part, int]:
        return {part: self._changes[part] for part in parts}

    def _read(self, parts: Collection[Part]) -> dict[Part, _Part]:
        builder = _Builder()
        clients = [part for part in parts if part is not None]
        with self._db.begin() as s:
            if clients:
                _load_client_records(s, builder, _Scope(clients=clients))
            if None in parts:
                _load_journal(s, builder, _Scope())
            return builder.parts()

    def _install(self, parts: Iterable[Part], built: dict[Part, _Part],
                 changes: dict[Part, int]) -> None:
        for part in parts:
            if built.get(part):
                self._parts[part] = built[part]
            else:
                self._parts.pop(part, None)
            if self._changes[part] == changes[part]:
                self._stale.discard(part)
            else:  # changed while it was read: read again at the next search
                self._stale.add(part)
        self._every = list(self._parts.values())

    def _bring_up_to_date(self, client_id: UUID | None) -> None:
        """Read again the parts changed since they were read, and the client searched within if
        the background build has not got to it yet."""
        wanted = set(self._stale)
        if client_id is not None and (client_id in self._in_flight
                                      or client_id in (self._pending or ())):
            wanted.add(client_id)
        if wanted:
            changes = self._count_changes(wanted)
            if self._pending:
                self._pending = [part for part in self._pending if part not in wanted]
            self._install(wanted, self._read(wanted), changes)

    def search(self, query: str, client_id: UUID | None = None,
               limit: int = MAX_RESULTS) -> list[SearchResult]:
        """Records containing every word (or quoted phrase) of the query, most relevant first,
        then newest; at most `limit`. Optionally only one client's records. While the index is
        built in the background, from the part built so far (`is_built` is then False)."""
        terms = parse_query(query)
        if not terms:
            return []
        with self._lock:
            if not self._builders and not self._in_steps:
                self.prepare()  # no build under way: all of it now
            self._bring_up_to_date(client_id)
            if client_id is None:
                parts = self._every
            else:
                parts = [self._parts[client_id]] if client_id in self._parts else []
        # The longest term first (usually the rarest); later terms only look at what is left.
        first, *others = sorted(terms, key=lambda t: len(t.probe), reverse=True)
        hits: list[tuple[int, _Part, int]] = []  # (score, part, index of the record in it)
        for part in parts:
            hits += part.hits(first)
        for term in others:
            hits = _narrowed(hits, term)
        return self._shown(terms, _best(hits, limit))

    def _shown(self, terms: list[_Term],
               best: list[tuple[int, _Part, int]]) -> list[SearchResult]:
        """The results, each with the field that matched best and its snippet, from its record
        read back (the index keeps no text: a session's private note and amendments only when
        the index puts its best field there); one damaged or changed since is left out."""
        if not best:
            return []
        builder = _Builder()
        found_ids = [(part.kinds[i], part.record_id(i)) for _, part, i in best]
        # Counted once, for both which extras to read and which field is best.
        indexed = [_field_counts(terms, part.folded(i).split(SEPARATOR)) for _, part, i in best]
        scope = _Scope(records=[record_id for _, record_id in found_ids],
                       kinds={kind for kind, _ in found_ids}, session_extras=False)
        with self._db.begin() as s:
            _load_client_records(s, builder, scope)
            _load_journal(s, builder, scope)
            # A session's private note and amendments only where its best field may be.
            extras = {record_id
                      for (kind, record_id), counts in zip(found_ids, indexed, strict=True)
                      if kind == "session"
                      and (record := builder.get("session", record_id)) is not None
                      and _beyond_own_fields(record, counts)}
            if extras:
                _load_session_extras(s, builder, _Scope(records=extras))
        results = []
        for (score, part, i), (kind, record_id), counts in zip(best, found_ids, indexed,
                                                               strict=True):
            record = builder.get(kind, record_id)
            first_only = kind == "session" and record_id not in extras
            found = None if record is None else record.best_field(terms, counts, first_only)
            if found is None:
                continue
            name, text, term = found
            snippet, highlight = _snippet(text, term)
            results.append(SearchResult(kind, record_id, part.client_id, part.titles[i], name,
                                        snippet, highlight, part.dates[i], score))
        return results
