"""Standard measures: PHQ-9 and GAD-7, with their exact public-domain wording, scoring and
published severity bands; recording and listing them; and the PHQ-9 item 9 flag.

Any answer above 0 on PHQ-9 item 9 (thoughts of being better off dead or of self-harm) is
flagged on the client's overview until the therapist records a follow-up. The flag is derived
from the stored answers and the follow-up, never from a separate switch that could drift.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import BadInput, IntegrityFailure, NotAllowed
from app.models import Measure
from app.models.base import RESEAL_DAMAGED
from app.services.changes import Changed, RecordKind, ignore_change
from app.services.database import Database
from app.services.values import (
    get_row,
    moment,
    one_of,
    optional_rating,
    parse_date,
    rating,
    require_client,
    text,
    views,
)

# The response options of both questionnaires, scored 0-3 in this order. (Some copies of the
# GAD-7 misprint the first as "Not at all sure"; the published form says "Not at all".)
RESPONSE_OPTIONS = ("Not at all", "Several days", "More than half the days", "Nearly every day")
DIFFICULTY_OPTIONS = (
    "Not difficult at all",
    "Somewhat difficult",
    "Very difficult",
    "Extremely difficult",
)
SOURCE = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc. No permission required to reproduce, "
    "translate, display or distribute."
)
MODES = ("in session", "on paper", "by the client")  # the last: in hand-over mode, alone


@dataclass(frozen=True, slots=True)
class Band:
    low: int
    high: int
    label: str


@dataclass(frozen=True, slots=True)
class Instrument:
    code: str
    title: str
    stem: str
    items: tuple[str, ...]
    difficulty_question: str
    bands: tuple[Band, ...]
    options: tuple[str, ...] = RESPONSE_OPTIONS
    difficulty_options: tuple[str, ...] = DIFFICULTY_OPTIONS
    source: str = SOURCE

    @property
    def max_score(self) -> int:
        return 3 * len(self.items)

    def severity(self, total: int) -> str:
        for band in self.bands:
            if band.low <= total <= band.high:
                return band.label
        raise BadInput(f"A {self.code} total is from 0 to {self.max_score}.")


PHQ9 = Instrument(
    code="PHQ-9",
    title="Patient Health Questionnaire (PHQ-9)",
    stem="Over the last 2 weeks, how often have you been bothered by any of the following "
    "problems?",
    items=(
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your "
        "family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    ),
    difficulty_question="If you checked off any problems, how difficult have these problems "
    "made it for you to do your work, take care of things at home, or get along with other "
    "people?",
    bands=(
        Band(0, 4, "minimal"),
        Band(5, 9, "mild"),
        Band(10, 14, "moderate"),
        Band(15, 19, "moderately severe"),
        Band(20, 27, "severe"),
    ),
)

GAD7 = Instrument(
    code="GAD-7",
    title="Generalized Anxiety Disorder 7-item scale (GAD-7)",
    stem="Over the last 2 weeks, how often have you been bothered by the following problems?",
    items=(
        "Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid, as if something awful might happen",
    ),
    difficulty_question="If you checked any problems, how difficult have they made it for you "
    "to do your work, take care of things at home, or get along with other people?",
    bands=(
        Band(0, 4, "minimal"),
        Band(5, 9, "mild"),
        Band(10, 14, "moderate"),
        Band(15, 21, "severe"),
    ),
)

INSTRUMENTS: dict[str, Instrument] = {PHQ9.code: PHQ9, GAD7.code: GAD7}
ITEM9 = 8  # index of PHQ-9 item 9


def instrument(code: str) -> Instrument:
    if code not in INSTRUMENTS:
        raise BadInput(f"A questionnaire is one of: {', '.join(INSTRUMENTS)}.")
    return INSTRUMENTS[code]


def score(code: str, answers: tuple[int, ...] | list[int]) -> tuple[int, str]:
    """The total and its published severity band, after checking every answer."""
    inst = instrument(code)
    if len(answers) != len(inst.items):
        raise BadInput(f"The {code} has {len(inst.items)} questions; please answer each one.")
    for number, answer in enumerate(answers, start=1):
        rating(answer, 0, 3, f"The answer to question {number}")
    total = sum(answers)
    return total, inst.severity(total)


@dataclass(frozen=True, slots=True)
class MeasureDraft:
    instrument: str
    answers: tuple[int, ...]
    difficulty: int | None = None  # index into DIFFICULTY_OPTIONS, if answered
    mode: str = "in session"
    comment: str = ""
    session_id: UUID | None = None
    taken_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Followup:
    on: date | None
    note: str


@dataclass(frozen=True, slots=True)
class MeasureView:
    id: UUID
    client_id: UUID
    session_id: UUID | None
    taken_at: datetime
    instrument: str = ""
    answers: tuple[int, ...] = ()
    difficulty: int | None = None
    total: int = 0
    severity: str = ""
    mode: str = ""
    comment: str = ""
    followup: Followup | None = None
    damaged: bool = False

    @property
    def needs_followup(self) -> bool:
        """PHQ-9 item 9 above 0 and no follow-up recorded yet."""
        return _item9_raised(self.instrument, self.answers) and self.followup is None


@dataclass(frozen=True, slots=True)
class MeasureFlag:
    """A questionnaire the therapist still has to follow up. `answer` is the PHQ-9 item 9
    answer (0-3); a damaged record is listed too, since it cannot be shown to be safe."""

    measure_id: UUID
    client_id: UUID
    taken_at: datetime
    answer: int | None = None
    damaged: bool = False

    @property
    def answer_label(self) -> str:
        return "" if self.answer is None else RESPONSE_OPTIONS[self.answer]


def _item9_raised(code: str, answers: tuple[int, ...]) -> bool:
    return code == PHQ9.code and len(answers) > ITEM9 and answers[ITEM9] > 0


def _followup(row: Measure) -> Followup | None:
    value = row.followup
    if not value:
        return None
    return Followup(parse_date(value.get("on")), str(value.get("note", "")))


def _split(code: str, stored: list[int] | None) -> tuple[tuple[int, ...], int | None]:
    """Stored answers are the items, then the difficulty answer if there was one."""
    values = list(stored or [])
    count = len(INSTRUMENTS[code].items) if code in INSTRUMENTS else len(values)
    difficulty = values[count] if len(values) > count else None
    return tuple(values[:count]), difficulty


def _view(row: Measure) -> MeasureView:
    code = text(row.instrument)
    answers, difficulty = _split(code, row.answers)
    total, severity = score(code, answers)
    return MeasureView(
        row.id, row.client_id, row.session_id, row.taken_at, code, answers, difficulty,
        total, severity, text(row.mode), text(row.comment), _followup(row),
    )


def _damaged(row: Measure) -> MeasureView:
    return MeasureView(row.id, row.client_id, row.session_id, row.taken_at, damaged=True)


def _flag(row: Measure) -> MeasureFlag | None:
    """Followed up means no flag, even if another field of the record is damaged.

    The fields are opened only as far as needed (the client list asks this of every
    questionnaire in the practice): the answers first, since fewer than nine can be no PHQ-9
    and a 0 on item 9 raises nothing; then which questionnaire it is; the follow-up last."""
    try:
        stored = row.answers or []
        if len(stored) <= ITEM9 or not stored[ITEM9]:
            return None
        code = text(row.instrument)
        answers, _ = _split(code, stored)
        if not _item9_raised(code, answers) or _followup(row) is not None:
            return None
    except IntegrityFailure:
        try:  # a follow-up that reads still means no flag
            return None if _followup(row) is not None else MeasureFlag(
                row.id, row.client_id, row.taken_at, damaged=True)
        except IntegrityFailure:
            return MeasureFlag(row.id, row.client_id, row.taken_at, damaged=True)
    return MeasureFlag(row.id, row.client_id, row.taken_at, answers[ITEM9])


def clients_with_flags(s: Session) -> set[UUID]:
    """Every client with a PHQ-9 item 9 answer (or a damaged questionnaire) not yet followed
    up: for the client list, which marks them."""
    flagged: set[UUID] = set()
    # A hundred rows made into objects at a time, each let go once asked: every questionnaire
    # of the practice alive at once was the largest thing made right after unlocking (14 MB).
    for row in s.scalars(select(Measure).execution_options(yield_per=100)):
        if row.client_id not in flagged and _flag(row) is not None:
            flagged.add(row.client_id)
    return flagged


def latest_measure_views(s: Session, client_id: UUID) -> list[MeasureView]:
    """The newest readable questionnaire of each kind the client has filled in."""
    rows = s.scalars(select(Measure).where(Measure.client_id == client_id)
                     .order_by(Measure.taken_at.desc()))
    latest: dict[str, MeasureView] = {}
    for view in views(rows, _view, _damaged):
        if not view.damaged and view.instrument not in latest:
            latest[view.instrument] = view
    return [latest[code] for code in INSTRUMENTS if code in latest]


def flag_views(s: Session, client_id: UUID) -> list[MeasureFlag]:
    rows = s.scalars(select(Measure).where(Measure.client_id == client_id)
                     .order_by(Measure.taken_at))
    return [flag for row in rows if (flag := _flag(row)) is not None]


class Measures:
    def __init__(self, db: Database, changed: Changed = ignore_change) -> None:
        self._db = db
        self._changed = changed

    def record(self, client_id: UUID, draft: MeasureDraft) -> MeasureView:
        score(draft.instrument, draft.answers)
        difficulty = optional_rating(draft.difficulty, 0, 3, "The difficulty answer")
        one_of(draft.mode, MODES, "How the questionnaire was given")
        with self._db.begin() as s:
            require_client(s, client_id)
            row = Measure(
                client_id=client_id,
                session_id=draft.session_id,
                taken_at=moment(s, client_id, draft.session_id, draft.taken_at),
                instrument=draft.instrument,
                answers=list(draft.answers) + ([] if difficulty is None else [difficulty]),
                mode=draft.mode,
                comment=draft.comment,
                followup=None,
            )
            s.add(row)
            s.flush()
            view = _view(row)
        self._changed(client_id, RecordKind.MEASURE)
        return view

    def get(self, measure_id: UUID) -> MeasureView:
        with self._db.begin() as s:
            return _view(self._row(s, measure_id))

    @staticmethod
    def _row(s: Session, measure_id: UUID) -> Measure:
        return get_row(s, Measure, measure_id, "That questionnaire is not in this vault.")

    def list(self, client_id: UUID, instrument: str | None = None) -> list[MeasureView]:
        """Oldest first, for charts over time; damaged records are listed as damaged."""
        with self._db.begin() as s:
            rows = s.scalars(select(Measure).where(Measure.client_id == client_id)
                             .order_by(Measure.taken_at))
            found = views(rows, _view, _damaged)
        if instrument is None:
            return found
        return [m for m in found if m.instrument == instrument]

    def flags(self, client_id: UUID) -> builtins.list[MeasureFlag]:
        """PHQ-9s with item 9 above 0 that have no follow-up yet, oldest first."""
        with self._db.begin() as s:
            return flag_views(s, client_id)

    def record_followup(self, measure_id: UUID, note: str, on: date | None = None) -> MeasureView:
        """Record how item 9 was followed up; this clears the flag. A follow-up is kept as
        written and cannot be replaced."""
        if not note.strip():
            raise BadInput("Please write a few words about how you followed this up.")
        with self._db.begin() as s:
            row = self._row(s, measure_id)
            flag = _flag(row)
            if flag is None:
                if _followup(row) is not None:
                    raise NotAllowed("A follow-up is already recorded for this questionnaire.")
                raise NotAllowed("This questionnaire has no answer that needs a follow-up.")
            if flag.damaged:
                row.__dict__[RESEAL_DAMAGED] = True  # the follow-up is recorded regardless
            row.followup = {"on": (on or date.today()).isoformat(), "note": note}
            s.flush()
            view = _damaged(row) if flag.damaged else _view(row)
            client_id = row.client_id
        self._changed(client_id, RecordKind.MEASURE)
        return view
