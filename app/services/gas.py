"""Goal Attainment Scaling: the T-score across a client's goals (Kiresuk & Sherman, 1968).

Each goal is rated from −2 (much less than expected) to +2 (much more than expected), 0 being
the expected outcome. Kiresuk and Sherman's summary score is

    T = 50 + 10·Σ wᵢxᵢ / √((1 − ρ)·Σ wᵢ² + ρ·(Σ wᵢ)²)

where xᵢ is goal i's level, wᵢ its weight (1 when goals are not weighted) and ρ the assumed
correlation between goals' outcomes, conventionally 0.3. T is 50 when every goal is met as
expected, with a standard deviation of about 10 across clients.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from app.errors import BadInput

RHO = 0.3


def t_score(levels: Sequence[int], weights: Sequence[float] | None = None,
            rho: float = RHO) -> float:
    """The GAS T-score of goals at `levels` (each −2…+2) with `weights` (default all 1)."""
    if not levels:
        raise BadInput("A GAS T-score needs at least one rated goal.")
    if any(level not in (-2, -1, 0, 1, 2) for level in levels):
        raise BadInput("Each goal's level is from −2 to +2.")
    weights = list(weights) if weights is not None else [1.0] * len(levels)
    if len(weights) != len(levels) or any(w <= 0 for w in weights):
        raise BadInput("Each rated goal needs a weight above 0.")
    if not 0 <= rho < 1:
        raise BadInput("The correlation between goals is from 0 up to (not including) 1.")
    spread = math.sqrt((1 - rho) * sum(w * w for w in weights) + rho * sum(weights) ** 2)
    return 50 + 10 * sum(w * x for w, x in zip(weights, levels, strict=True)) / spread


@dataclass(frozen=True, slots=True)
class Rated:
    """One goal's level at one moment (a session's rating)."""

    goal_id: UUID
    at: datetime
    level: int


@dataclass(frozen=True, slots=True)
class TScorePoint:
    at: datetime
    t_score: float
    goals: int  # how many goals' latest levels it summarises


def t_scores_over_time(ratings: Sequence[Rated],
                       weights: Mapping[UUID, float] | None = None) -> list[TScorePoint]:
    """The T-score after each rating moment, over every goal's latest level up to then (a goal
    not rated again keeps its last level), oldest first."""
    latest: dict[UUID, int] = {}
    points: list[TScorePoint] = []
    for rated in sorted(ratings, key=lambda r: r.at):
        latest[rated.goal_id] = rated.level
        goals = list(latest)
        score = t_score([latest[g] for g in goals],
                        [weights.get(g, 1.0) for g in goals] if weights else None)
        if points and points[-1].at == rated.at:
            points[-1] = TScorePoint(rated.at, score, len(goals))
        else:
            points.append(TScorePoint(rated.at, score, len(goals)))
    return points
