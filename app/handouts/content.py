"""What a handout shows, as plain values: the services fill these from their views, and the
handout modules lay them out. Nothing here reads the vault, so a handout can only ever print
what a service chose to put in (no private note, no journal: those are never copied here).

Dates are kept as dates; the handout formats them, so issue 13 can print them in the client's
language. Labels for stored codes (a checklist status, an exercise kind) are the services'
words, already plain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.handouts.document import Letterhead


@dataclass(frozen=True, slots=True)
class Practice:
    """Who hands it over and how it is printed: the practice profile plus the client's needs."""

    letterhead: Letterhead = field(default_factory=Letterhead)
    therapist_name: str = ""
    crisis_resources: str = ""
    paper: str = "A4"
    large_print: bool = False


@dataclass(frozen=True, slots=True)
class GoalText:
    """A goal in the client's own words, with the words for each Goal Attainment Scaling level."""

    title: str
    why_it_matters: str = ""
    first_steps: str = ""
    signs_of_progress: str = ""
    review_date: date | None = None
    # (the level as printed, "+2 · Much more than hoped", and the client's words for it), from
    # the best outcome down; levels without words are left out.
    levels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class GoalProgress:
    """Where a goal stands, in plain words: the latest rating and the client's words for it."""

    title: str
    level: str = ""  # as printed ("0 · As hoped"); empty while not yet rated
    level_words: str = ""
    rated_on: date | None = None


@dataclass(frozen=True, slots=True)
class ExerciseText:
    title: str
    instructions: str = ""
    frequency: str = ""
    kind: str = ""
    status: str = "active"
    report_back: str = ""


@dataclass(frozen=True, slots=True)
class SessionSummaryContent:
    client_name: str
    starts_at: datetime
    duration_minutes: int
    format: str
    shared_summary: str
    exercises: tuple[ExerciseText, ...] = ()
    goals: tuple[GoalProgress, ...] = ()
    next_session: datetime | None = None


@dataclass(frozen=True, slots=True)
class AgreementContent:
    client_name: str
    version: int
    agreed: bool
    created_on: date
    agreed_on: date | None = None
    goals: tuple[GoalText, ...] = ()
    client_commitments: str = ""
    therapist_commitments: str = ""
    client_signature: str = ""
    client_signed_on: date | None = None
    therapist_signature: str = ""
    therapist_signed_on: date | None = None
    revision_note: str = ""


@dataclass(frozen=True, slots=True)
class ChecklistItemText:
    topic: str
    status: str  # in words: "Agreed", "Not yet talked about"…
    agreed: bool
    raised_by: str = ""  # "client" or "therapist"
    description: str = ""
    note: str = ""
    discussed_on: date | None = None


@dataclass(frozen=True, slots=True)
class ChecklistContent:
    client_name: str
    title: str
    created_on: date
    items: tuple[ChecklistItemText, ...] = ()


@dataclass(frozen=True, slots=True)
class PracticesContent:
    client_name: str
    week_of: date
    exercises: tuple[ExerciseText, ...] = ()


@dataclass(frozen=True, slots=True)
class FormContent:
    """A blank questionnaire, in the instrument's exact published wording."""

    code: str
    title: str
    stem: str
    items: tuple[str, ...]
    options: tuple[str, ...]
    difficulty_question: str
    difficulty_options: tuple[str, ...]
    source: str
    client_name: str = ""  # printed on the "Name" line when the form is for one client


@dataclass(frozen=True, slots=True)
class RecordSession:
    starts_at: datetime
    duration_minutes: int
    format: str
    signed: bool
    shared_summary: str = ""
    notes: tuple[tuple[str, str], ...] = ()  # (heading, text) of the session note's fields
    amendments: tuple[tuple[datetime, str], ...] = ()


@dataclass(frozen=True, slots=True)
class RecordFeedback:
    given_on: date
    ratings: tuple[tuple[str, int | None], ...]  # (question, 0-10 or None)
    different_next_time: str = ""
    by_client_alone: bool = False


@dataclass(frozen=True, slots=True)
class RecordMeasure:
    taken_on: date
    code: str
    total: int
    max_score: int
    band: str
    answers: tuple[str, ...] = ()  # each question's score in order, "0"-"3" ("–" unanswered)
    difficulty: str = ""  # the answer to the difficulty question, in its words


@dataclass(frozen=True, slots=True)
class RecordContent:
    """Everything the app shares with a client (their right of access): never a private note,
    a feedback reflection or the journal."""

    client_name: str
    made_on: date
    details: tuple[tuple[str, str], ...] = ()  # (label, value): names, pronouns, contact…
    preferences: tuple[tuple[str, str], ...] = ()  # "How I like to work", in their words
    sessions: tuple[RecordSession, ...] = ()
    agreements: tuple[AgreementContent, ...] = ()
    progress: tuple[GoalProgress, ...] = ()
    checklists: tuple[ChecklistContent, ...] = ()
    feedback: tuple[RecordFeedback, ...] = ()
    measures: tuple[RecordMeasure, ...] = ()
    exercises: tuple[ExerciseText, ...] = ()
    disclosures: tuple[tuple[datetime, str], ...] = ()  # what left the app about them, and when
