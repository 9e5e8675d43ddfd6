"""Goals in the client's own words, the versioned goal agreement, and goal progress (Goal
Attainment Scaling, -2 to +2 per goal per session).

An agreement version starts as a draft, becomes agreed once both people have typed their names
and dates, and is never changed after that: `revise()` starts the next version as a draft and
every earlier version stays as it was, with its own snapshot of the goals as they then stood.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import BadInput, IntegrityFailure, NotAllowed
from app.models import AgreementVersion, Goal, GoalRating
from app.models.base import now
from app.services.changes import Changed, RecordKind, ignore_change
from app.services.database import Database
from app.services.values import (
    get_row,
    iso,
    moment,
    one_of,
    parse_date,
    rating,
    require_client,
    text,
    views,
)

GOAL_STATUSES = ("active", "achieved", "retired")
GAS_LEVELS = (-2, -1, 0, 1, 2)
# Plain words for each Goal Attainment Scaling level; the client's own words go beside them.
GAS_LABELS = {
    -2: "Much less than hoped",
    -1: "Somewhat less than hoped",
    0: "What we hoped for",
    1: "Somewhat more than hoped",
    2: "Much more than hoped",
}


@dataclass(frozen=True, slots=True)
class GoalDraft:
    title: str  # in the client's own words
    why_it_matters: str = ""
    first_steps: str = ""
    signs_of_progress: str = ""
    review_date: date | None = None
    levels: dict[int, str] = field(default_factory=dict)  # GAS level -> the client's words
    weight: int | None = None  # how much it counts in the GAS T-score, 1-10 (None: 1)


@dataclass(frozen=True, slots=True)
class GoalView:
    id: UUID
    client_id: UUID
    position: int
    status: str
    created_at: datetime
    updated_at: datetime
    title: str = ""
    why_it_matters: str = ""
    first_steps: str = ""
    signs_of_progress: str = ""
    review_date: date | None = None
    levels: dict[int, str] = field(default_factory=dict)
    weight: int | None = None
    damaged: bool = False


@dataclass(frozen=True, slots=True)
class GoalSnapshot:
    """A goal as it stood in one agreement version."""

    goal_id: UUID
    title: str
    why_it_matters: str
    first_steps: str
    signs_of_progress: str
    review_date: date | None
    levels: dict[int, str]


@dataclass(frozen=True, slots=True)
class AgreementDraft:
    client_commitments: str = ""
    therapist_commitments: str = ""


@dataclass(frozen=True, slots=True)
class Signatures:
    """Both people's typed names and the dates they signed."""

    client_name: str
    client_signed_on: date
    therapist_name: str
    therapist_signed_on: date


@dataclass(frozen=True, slots=True)
class AgreementView:
    id: UUID
    client_id: UUID
    version: int
    status: str
    created_at: datetime
    agreed_at: datetime | None
    goals: tuple[GoalSnapshot, ...] = ()
    client_commitments: str = ""
    therapist_commitments: str = ""
    client_signature: str = ""
    client_signed_on: date | None = None
    therapist_signature: str = ""
    therapist_signed_on: date | None = None
    revision_note: str = ""
    damaged: bool = False

    @property
    def agreed(self) -> bool:
        return self.status == "agreed"


@dataclass(frozen=True, slots=True)
class RatingView:
    id: UUID
    client_id: UUID
    goal_id: UUID
    session_id: UUID | None
    rated_at: datetime
    score: int | None = None
    comment: str = ""
    level_words: str = ""  # the client's words for this level of this goal, if given
    damaged: bool = False


@dataclass(frozen=True, slots=True)
class GoalSeries:
    """One goal's ratings over time, for a chart."""

    goal_id: UUID
    title: str
    points: tuple[tuple[datetime, int], ...]


# -- goals ----------------------------------------------------------------------------------
def _levels_in(stored: dict[str, Any] | None) -> dict[int, str]:
    return {int(k): str(v) for k, v in (stored or {}).items()}


def _goal_view(row: Goal) -> GoalView:
    return GoalView(
        row.id, row.client_id, row.position, row.status, row.created_at, row.updated_at,
        text(row.title), text(row.why_it_matters), text(row.first_steps),
        text(row.signs_of_progress), parse_date(row.review_date), _levels_in(row.levels),
        row.weight,
    )


def _damaged_goal(row: Goal) -> GoalView:
    return GoalView(row.id, row.client_id, row.position, row.status, row.created_at,
                    row.updated_at, damaged=True)


def goal_views(s: Session, client_id: UUID, include_retired: bool = False) -> list[GoalView]:
    query = select(Goal).where(Goal.client_id == client_id)
    if not include_retired:
        query = query.where(Goal.status != "retired")
    rows = s.scalars(query.order_by(Goal.position, Goal.created_at))
    return views(rows, _goal_view, _damaged_goal)


def _validate_goal(draft: GoalDraft) -> dict[str, str]:
    if not draft.title.strip():
        raise BadInput("Please write the goal in a few words, as the client puts it.")
    for level in draft.levels:
        if level not in GAS_LEVELS:
            raise BadInput("Goal levels run from -2 to +2.")
    if draft.weight is not None:
        rating(draft.weight, 1, 10, "A goal's weight")
    return {str(level): words for level, words in sorted(draft.levels.items()) if words.strip()}


# -- agreement versions -----------------------------------------------------------------------
def _snapshot_of(goal: GoalView) -> dict[str, Any]:
    return {
        "goal_id": str(goal.id),
        "title": goal.title,
        "why_it_matters": goal.why_it_matters,
        "first_steps": goal.first_steps,
        "signs_of_progress": goal.signs_of_progress,
        "review_date": iso(goal.review_date),
        "levels": {str(k): v for k, v in goal.levels.items()},
    }


def _snapshot_in(item: dict[str, Any]) -> GoalSnapshot:
    return GoalSnapshot(
        UUID(item["goal_id"]), str(item.get("title", "")), str(item.get("why_it_matters", "")),
        str(item.get("first_steps", "")), str(item.get("signs_of_progress", "")),
        parse_date(item.get("review_date")), _levels_in(item.get("levels")),
    )


def _agreement_view(row: AgreementVersion) -> AgreementView:
    return AgreementView(
        row.id, row.client_id, row.version, row.status, row.created_at, row.agreed_at,
        tuple(_snapshot_in(g) for g in (row.goals or [])),
        text(row.client_commitments), text(row.therapist_commitments),
        text(row.client_signature), parse_date(row.client_signed_on),
        text(row.therapist_signature), parse_date(row.therapist_signed_on),
        text(row.revision_note),
    )


def _damaged_agreement(row: AgreementVersion) -> AgreementView:
    return AgreementView(row.id, row.client_id, row.version, row.status, row.created_at,
                         row.agreed_at, damaged=True)


def latest_agreement_view(s: Session, client_id: UUID) -> AgreementView | None:
    row = s.scalars(select(AgreementVersion).where(AgreementVersion.client_id == client_id)
                    .order_by(AgreementVersion.version.desc()).limit(1)).first()
    return None if row is None else views([row], _agreement_view, _damaged_agreement)[0]


def _validate_signatures(signed: Signatures) -> None:
    if not signed.client_name.strip() or not signed.therapist_name.strip():
        raise BadInput("Both of you need to type your name to sign the agreement.")
    today = date.today()
    if signed.client_signed_on > today or signed.therapist_signed_on > today:
        raise BadInput("A signature date cannot be in the future.")


class Agreements:
    def __init__(self, db: Database, changed: Changed = ignore_change) -> None:
        self._db = db
        self._changed = changed

    # -- goals ----------------------------------------------------------------------------
    def goals(self, client_id: UUID, include_retired: bool = False) -> list[GoalView]:
        """The client's goals in their agreed order; retired ones only when asked for."""
        with self._db.begin() as s:
            return goal_views(s, client_id, include_retired)

    def goal(self, goal_id: UUID) -> GoalView:
        with self._db.begin() as s:
            return _goal_view(self._goal_row(s, goal_id))

    @staticmethod
    def _goal_row(s: Session, goal_id: UUID) -> Goal:
        return get_row(s, Goal, goal_id, "That goal is not in this vault.")

    def add_goal(self, client_id: UUID, draft: GoalDraft) -> GoalView:
        levels = _validate_goal(draft)
        with self._db.begin() as s:
            require_client(s, client_id)
            last = s.scalar(select(func.max(Goal.position)).where(Goal.client_id == client_id))
            row = Goal(client_id=client_id, status="active",
                       position=0 if last is None else last + 1)
            self._apply_goal(row, draft, levels)
            s.add(row)
            s.flush()
            view = _goal_view(row)
        self._changed(client_id, RecordKind.GOAL)
        return view

    def edit_goal(self, goal_id: UUID, draft: GoalDraft) -> GoalView:
        """Change a goal's words. Agreed versions keep the words they were signed with."""
        levels = _validate_goal(draft)
        with self._db.begin() as s:
            row = self._goal_row(s, goal_id)
            self._apply_goal(row, draft, levels)
            s.flush()
            view = _goal_view(row)
        self._changed(view.client_id, RecordKind.GOAL)
        return view

    @staticmethod
    def _apply_goal(row: Goal, draft: GoalDraft, levels: dict[str, str]) -> None:
        row.title = draft.title.strip()
        row.why_it_matters = draft.why_it_matters
        row.first_steps = draft.first_steps
        row.signs_of_progress = draft.signs_of_progress
        row.review_date = iso(draft.review_date)
        row.levels = levels
        row.weight = draft.weight

    def reorder_goals(self, client_id: UUID, goal_ids: list[UUID]) -> list[GoalView]:
        """Put the listed goals first, in that order; any not listed follow as they were."""
        if len(set(goal_ids)) != len(goal_ids):
            raise BadInput("Each goal can appear only once in the new order.")
        with self._db.begin() as s:
            rows = list(s.scalars(select(Goal).where(Goal.client_id == client_id)
                                  .order_by(Goal.position, Goal.created_at)))
            by_id = {row.id: row for row in rows}
            if any(goal_id not in by_id for goal_id in goal_ids):
                raise BadInput("Only this client's goals can be put in order here.")
            listed = [by_id[goal_id] for goal_id in goal_ids]
            chosen = set(goal_ids)
            rest = [row for row in rows if row.id not in chosen]
            for position, row in enumerate(listed + rest):
                row.position = position
            s.flush()
            ordered = goal_views(s, client_id, include_retired=True)
        self._changed(client_id, RecordKind.GOAL)
        return ordered

    def set_goal_status(self, goal_id: UUID, status: str) -> GoalView:
        one_of(status, GOAL_STATUSES, "A goal's status")
        with self._db.begin() as s:
            row = self._goal_row(s, goal_id)
            row.status = status
            s.flush()
            view = _goal_view(row)
        self._changed(view.client_id, RecordKind.GOAL)
        return view

    def retire_goal(self, goal_id: UUID) -> GoalView:
        """Set a goal aside. It leaves new agreement versions; old ones and its ratings stay."""
        return self.set_goal_status(goal_id, "retired")

    # -- agreement versions -------------------------------------------------------------------
    def versions(self, client_id: UUID) -> list[AgreementView]:
        """Every version, newest first; damaged ones are listed as damaged."""
        with self._db.begin() as s:
            rows = s.scalars(select(AgreementVersion)
                             .where(AgreementVersion.client_id == client_id)
                             .order_by(AgreementVersion.version.desc()))
            return views(rows, _agreement_view, _damaged_agreement)

    def latest(self, client_id: UUID) -> AgreementView | None:
        with self._db.begin() as s:
            return latest_agreement_view(s, client_id)

    def get(self, version_id: UUID) -> AgreementView:
        with self._db.begin() as s:
            return _agreement_view(self._version_row(s, version_id))

    @staticmethod
    def _version_row(s: Session, version_id: UUID) -> AgreementVersion:
        return get_row(s, AgreementVersion, version_id, "That goal agreement is not in this vault.")

    @staticmethod
    def _latest_row(s: Session, client_id: UUID) -> AgreementVersion | None:
        return s.scalars(select(AgreementVersion).where(AgreementVersion.client_id == client_id)
                         .order_by(AgreementVersion.version.desc()).limit(1)).first()

    @staticmethod
    def _draft_row(s: Session, version_id: UUID) -> AgreementVersion:
        row = Agreements._version_row(s, version_id)
        if row.status != "draft":
            raise NotAllowed("This agreement is signed, so it cannot be changed; "
                             "revise it to make a new version.")
        return row

    @staticmethod
    def _take_snapshot(s: Session, row: AgreementVersion) -> None:
        goals = goal_views(s, row.client_id)
        if any(goal.damaged for goal in goals):
            raise IntegrityFailure(
                "One of this client's goals is damaged, so the agreement cannot include it; "
                "restore it from a backup or retire it.",
                tuple(("goal", str(goal.id)) for goal in goals if goal.damaged),
            )
        row.goals = [_snapshot_of(goal) for goal in goals]

    def start(self, client_id: UUID, draft: AgreementDraft) -> AgreementView:
        """The first version of the client's goal agreement, as a draft."""
        with self._db.begin() as s:
            require_client(s, client_id)
            if self._latest_row(s, client_id) is not None:
                raise NotAllowed("This client already has a goal agreement; "
                                 "edit the draft or revise the agreed version.")
            row = AgreementVersion(client_id=client_id, version=1, status="draft",
                                   revision_note="")
            self._apply(row, draft)
            self._take_snapshot(s, row)
            s.add(row)
            s.flush()
            view = _agreement_view(row)
        self._changed(client_id, RecordKind.AGREEMENT)
        return view

    def save_draft(self, version_id: UUID, draft: AgreementDraft) -> AgreementView:
        """Save the draft's commitments and refresh its snapshot of the goals."""
        with self._db.begin() as s:
            row = self._draft_row(s, version_id)
            self._apply(row, draft)
            self._take_snapshot(s, row)
            s.flush()
            view = _agreement_view(row)
        self._changed(view.client_id, RecordKind.AGREEMENT)
        return view

    @staticmethod
    def _apply(row: AgreementVersion, draft: AgreementDraft) -> None:
        row.client_commitments = draft.client_commitments
        row.therapist_commitments = draft.therapist_commitments

    def agree(self, version_id: UUID, signed: Signatures) -> AgreementView:
        """Both signatures make the draft the agreed version, with the goals as they stand."""
        _validate_signatures(signed)
        with self._db.begin() as s:
            row = self._draft_row(s, version_id)
            self._take_snapshot(s, row)
            if not row.goals:
                raise BadInput("Add at least one goal before agreeing.")
            row.client_signature = signed.client_name.strip()
            row.client_signed_on = iso(signed.client_signed_on)
            row.therapist_signature = signed.therapist_name.strip()
            row.therapist_signed_on = iso(signed.therapist_signed_on)
            row.status = "agreed"
            row.agreed_at = now()
            s.flush()
            view = _agreement_view(row)
        self._changed(view.client_id, RecordKind.AGREEMENT)
        return view

    def revise(self, version_id: UUID, revision_note: str = "") -> AgreementView:
        """Start the next version from the latest agreed one. The agreed version is kept."""
        with self._db.begin() as s:
            base = self._version_row(s, version_id)
            latest = self._latest_row(s, base.client_id)
            if base.status != "agreed":
                raise NotAllowed("Only an agreed version can be revised; edit the draft instead.")
            if latest is not None and latest.id != base.id:
                raise NotAllowed("A newer version of this agreement exists; revise that one.")
            row = AgreementVersion(
                client_id=base.client_id, version=base.version + 1, status="draft",
                client_commitments=base.client_commitments,
                therapist_commitments=base.therapist_commitments,
                revision_note=revision_note,
            )
            self._take_snapshot(s, row)
            s.add(row)
            s.flush()
            view = _agreement_view(row)
        self._changed(view.client_id, RecordKind.AGREEMENT)
        return view

    def discard_draft(self, version_id: UUID) -> None:
        with self._db.begin() as s:
            row = self._draft_row(s, version_id)
            client_id = row.client_id
            s.delete(row)
        self._changed(client_id, RecordKind.AGREEMENT)

    # -- goal progress ----------------------------------------------------------------------
    def rate(self, goal_id: UUID, score: int, session_id: UUID | None = None,
             comment: str = "", rated_at: datetime | None = None) -> RatingView:
        """Rate a goal from -2 to +2. Rating the same goal again for the same session replaces
        that session's rating (one rating per goal per session)."""
        rating(score, -2, 2, "A goal rating")
        with self._db.begin() as s:
            goal = self._goal_row(s, goal_id)
            when = moment(s, goal.client_id, session_id, rated_at)
            row = None
            if session_id is not None:
                row = s.scalars(select(GoalRating).where(GoalRating.goal_id == goal_id,
                                                         GoalRating.session_id == session_id)
                                ).first()
            if row is None:
                row = GoalRating(client_id=goal.client_id, goal_id=goal_id,
                                 session_id=session_id)
                s.add(row)
            row.rated_at = when
            row.score = score
            row.comment = comment
            s.flush()
            view = self._rating_view(row, _levels_in(goal.levels))
        self._changed(view.client_id, RecordKind.RATING)
        return view

    @staticmethod
    def _rating_view(row: GoalRating, levels: dict[int, str]) -> RatingView:
        score = row.score
        words = "" if score is None else levels.get(score, "")
        return RatingView(row.id, row.client_id, row.goal_id, row.session_id, row.rated_at,
                          score, text(row.comment), words)

    def ratings(self, client_id: UUID, goal_id: UUID | None = None) -> list[RatingView]:
        """Oldest first, for charts; damaged ratings are listed as damaged."""
        with self._db.begin() as s:
            levels: dict[UUID, dict[int, str]] = {}
            for goal in goal_views(s, client_id, include_retired=True):
                levels[goal.id] = goal.levels
            query = select(GoalRating).where(GoalRating.client_id == client_id)
            if goal_id is not None:
                query = query.where(GoalRating.goal_id == goal_id)
            rows = s.scalars(query.order_by(GoalRating.rated_at))
            return views(
                rows,
                lambda row: self._rating_view(row, levels.get(row.goal_id, {})),
                lambda row: RatingView(row.id, row.client_id, row.goal_id, row.session_id,
                                       row.rated_at, damaged=True),
            )

    def series(self, client_id: UUID) -> list[GoalSeries]:
        """Each rated goal's ratings over time, in the goals' order (damaged ones left out)."""
        with self._db.begin() as s:
            goals = goal_views(s, client_id, include_retired=True)
        points: dict[UUID, list[tuple[datetime, int]]] = {}
        for r in self.ratings(client_id):
            if not r.damaged and r.score is not None:
                points.setdefault(r.goal_id, []).append((r.rated_at, r.score))
        return [GoalSeries(g.id, g.title, tuple(points[g.id])) for g in goals if g.id in points]
