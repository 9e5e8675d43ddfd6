"""How cost grows with the practice: unlock (the cheap KDF taken away), the client list, and
loading and decrypting every session note (all fields), at 1x, 2x and 4x the practice (200, 400
and 800 clients x 50 sessions); the figure is the 2x and 4x time divided by the 1x time
(linear: 2x and 4x; the issue allows 4.4x at 4x)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.models import TherapySession
from app.services.vault import Vault
from benchmarks.plain_twin import NOTE_FIELDS, read_all
from benchmarks.practice import PASSPHRASE
from benchmarks.timing import side_by_side_timed, timed
from benchmarks.unlock_and_open import cheap_kdf_seconds


def _one(path: Path, cheap_kdf: float) -> dict[str, float]:
    """One open: the stages' times and the whole."""
    stages: dict[str, float] = {}
    with Vault.open(path) as vault:
        stages["unlock"] = timed(lambda: vault.unlock(PASSPHRASE)) - cheap_kdf
        stages["client_list"] = timed(lambda: vault.services.clients.list(flags=False))

        def load() -> None:
            with vault._database().begin() as s:
                read_all(s, TherapySession, NOTE_FIELDS)

        stages["load_all"] = timed(load)
        with vault._database().begin() as s:
            stages["notes"] = float(s.query(TherapySession).count())
    stages["total"] = stages["unlock"] + stages["client_list"] + stages["load_all"]
    return stages


def scaling(paths: dict[int, Path], repeats: int) -> dict[str, Any]:
    """`paths`: scale -> a closed copy of the practice at that scale. The scales take turns in
    every repeat (benchmarks/timing.py), so all see the same state of the machine."""
    cheap_kdf = cheap_kdf_seconds()
    seen: dict[int, list[dict[str, float]]] = {scale: [] for scale in paths}

    def arm(scale: int) -> Callable[[], float]:
        def run() -> float:
            stages = _one(paths[scale], cheap_kdf)
            seen[scale].append(stages)
            return stages["total"]
        return run

    totals = side_by_side_timed({str(scale): arm(scale) for scale in paths}, repeats)
    out: dict[str, Any] = {"kdf_excluded_s": cheap_kdf, "scales": {}}
    for scale, runs in seen.items():
        timed_runs = runs[1:]  # the first was the warm-up
        out["scales"][scale] = {
            name: sorted(r[name] for r in timed_runs)[len(timed_runs) // 2]
            for name in ("unlock", "client_list", "load_all", "notes")
        } | {"total": totals[str(scale)]}
    base = out["scales"][min(paths)]["total"]
    for scale in paths:
        out["scales"][scale]["ratio"] = out["scales"][scale]["total"] / base
    return out
