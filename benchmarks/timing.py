"""Timing helpers: each measure is repeated and its median kept; arms compared with each other
are run in turn within each repeat, after one untimed round, so that all of them see the same
state of the machine (this one is shared: expect noise, compare within a run). Garbage left by
one arm is collected before the next starts, so no arm pays for another's."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from functools import partial

REPEATS = 5


def timed(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def median(job: Callable[[], object], repeats: int = REPEATS) -> float:
    return statistics.median(timed(job) for _ in range(repeats))


def side_by_side(arms: dict[str, Callable[[], object]],
                 repeats: int = REPEATS) -> dict[str, float]:
    """The median time of each arm, the arms taking turns in every repeat."""
    return side_by_side_timed({name: partial(timed, job) for name, job in arms.items()},
                              repeats)


def side_by_side_timed(arms: dict[str, Callable[[], float]],
                       repeats: int = REPEATS) -> dict[str, float]:
    """As `side_by_side`, for arms that time their own work (leaving their set-up out) and
    return that time."""
    for job in arms.values():  # warm-up: caches filled, nothing timed
        job()
    times: dict[str, list[float]] = {name: [] for name in arms}
    for _ in range(repeats):
        for name, job in arms.items():
            gc.collect()
            times[name].append(job())
    return {name: statistics.median(values) for name, values in times.items()}
