"""What changed between two versions of a client's goal agreement, goal by goal and word by
word: for the history view, so that both people can see how the work has moved.

Words are compared with difflib (the standard library's sequence matcher) on whitespace-split
words, so a reworded goal shows which words went and which came, not just "changed".
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from uuid import UUID

from app.services.agreements import AgreementView, GoalSnapshot

KEPT, ADDED, REMOVED = "kept", "added", "removed"
# The parts of a goal compared, in the order shown (GAS levels after these, +2 down to −2).
GOAL_PARTS = ("title", "why_it_matters", "first_steps", "signs_of_progress")


@dataclass(frozen=True, slots=True)
class Words:
    how: str  # KEPT, ADDED or REMOVED
    text: str


@dataclass(frozen=True, slots=True)
class PartChange:
    part: str  # a GOAL_PARTS name, "level +2" … "level -2", or a commitments field
    words: tuple[Words, ...]


@dataclass(frozen=True, slots=True)
class GoalChange:
    goal_id: UUID
    title: str  # as in the newer version (the older one if the goal was taken out)
    how: str  # KEPT (changed in place), ADDED or REMOVED
    parts: tuple[PartChange, ...]


@dataclass(frozen=True, slots=True)
class VersionChanges:
    older: int
    newer: int
    goals: tuple[GoalChange, ...]
    commitments: tuple[PartChange, ...]

    @property
    def unchanged(self) -> bool:
        return not self.goals and not self.commitments


def word_changes(before: str, after: str) -> tuple[Words, ...]:
    """`before` → `after` as runs of kept, removed and added words."""
    old, new = before.split(), after.split()
    out: list[Words] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(Words(KEPT, " ".join(old[i1:i2])))
            continue
        if i2 > i1:
            out.append(Words(REMOVED, " ".join(old[i1:i2])))
        if j2 > j1:
            out.append(Words(ADDED, " ".join(new[j1:j2])))
    return tuple(out)


def _parts(goal: GoalSnapshot) -> dict[str, str]:
    parts = {name: str(getattr(goal, name) or "") for name in GOAL_PARTS}
    parts.update({f"level {level:+d}": goal.levels.get(level, "") for level in (2, 1, 0, -1, -2)})
    parts["review_date"] = goal.review_date.isoformat() if goal.review_date else ""
    return parts


def _changed_parts(before: dict[str, str], after: dict[str, str]) -> tuple[PartChange, ...]:
    return tuple(PartChange(name, word_changes(before.get(name, ""), after.get(name, "")))
                 for name in after if before.get(name, "") != after.get(name, ""))


def compare(older: AgreementView, newer: AgreementView) -> VersionChanges:
    """Every goal added, taken out or changed between two versions, and the commitments."""
    before = {g.goal_id: g for g in older.goals}
    after = {g.goal_id: g for g in newer.goals}
    goals: list[GoalChange] = []
    for goal in newer.goals:
        if goal.goal_id not in before:
            goals.append(GoalChange(goal.goal_id, goal.title, ADDED,
                                    _changed_parts({}, _parts(goal))))
        else:
            parts = _changed_parts(_parts(before[goal.goal_id]), _parts(goal))
            if parts:
                goals.append(GoalChange(goal.goal_id, goal.title, KEPT, parts))
    goals += [GoalChange(g.goal_id, g.title, REMOVED, ()) for g in older.goals
              if g.goal_id not in after]
    commitments = _changed_parts(
        {"client_commitments": older.client_commitments,
         "therapist_commitments": older.therapist_commitments},
        {"client_commitments": newer.client_commitments,
         "therapist_commitments": newer.therapist_commitments})
    return VersionChanges(older.version, newer.version, tuple(goals), commitments)
