"""The benchmark's results: one entry per measure, with its median, unit and docs/design.md §7
target, written to `benchmarks/results.json` as

    {"machine": "...", "results": [{"name": ..., "median": ..., "unit": "s" | "ratio" | "MB",
                                    "target": ...}, ...]}

`target` is the bound the median should stay under (same unit); `target_text` says it in words.
A measure that fails records its error (median null) and the run goes on. Measures taken at
several sizes of the practice keep the other sizes in `scales` ({"2x": ..., "4x": ...}).
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

MB = 1024 * 1024  # "MB" in the results is MiB, as ps and top count it

# name: (unit, target, target in words). The required names of issue 11 come first.
TARGETS: dict[str, tuple[str, float | None, str]] = {
    "cold_start": ("s", 0.3, "< 0.3 s"),
    "unlock_excluding_kdf": ("s", 0.2, "< 0.2 s"),
    "unlock_calibrated": ("s", 1.0, "0.5-1 s (deliberate)"),
    "open_client": ("s", 0.05, "< 50 ms"),
    "decrypt_all_ratio": ("ratio", 1.3, "<= 1.3x"),
    "decrypt_notes_ratio": ("ratio", 1.3, "<= 1.3x"),
    "search_word": ("s", 0.05, "< 50 ms"),
    "search_phrase": ("s", 0.05, "< 50 ms"),
    "search_ready_after_unlock": ("s", 1.0, "< 1 s"),
    "handout_session": ("s", 0.05, "< 50 ms"),
    "handout_record": ("s", 0.25, "< 0.25 s"),
    "backup": ("s", 1.0, "< 1 s"),
    "verify_backup": ("s", 0.6, "< 0.6 s"),
    "restore": ("s", 1.5, "< 1.5 s"),
    "rotate_keys": ("s", 3.0, "< 3 s"),
    "demo_generation": ("s", 30.0, "< 30 s"),
    "gui_held_rss": ("MB", 200.0, "< 200 MB"),
    "gui_peak_rss": ("MB", None, "<= held + the KDF's memory"),
    "scaling_4x_ratio": ("ratio", 4.4, "<= 4.4x (linear)"),
    "scaling_2x_ratio": ("ratio", 2.2, "<= 2.2x (linear)"),
}
REQUIRED = ("cold_start", "unlock_excluding_kdf", "open_client", "decrypt_all_ratio",
            "decrypt_notes_ratio", "search_word", "search_phrase", "search_ready_after_unlock",
            "handout_session", "handout_record", "backup", "verify_backup", "restore",
            "rotate_keys", "demo_generation", "gui_held_rss", "gui_peak_rss",
            "scaling_4x_ratio")


def machine() -> str:
    load = os.getloadavg()
    return (f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}, "
            f"Python {platform.python_version()}; load average {load[0]:.2f} at the start")


@dataclass
class Results:
    machine: str = field(default_factory=machine)
    entries: list[dict[str, Any]] = field(default_factory=list)

    def add(self, name: str, median: float | None, *, unit: str | None = None,
            target: float | None = None, target_text: str | None = None,
            **extra: Any) -> dict[str, Any]:
        known_unit, known_target, known_text = TARGETS.get(name, ("s", None, ""))
        entry: dict[str, Any] = {
            "name": name, "median": median, "unit": unit or known_unit,
            "target": known_target if target is None else target,
            "target_text": target_text if target_text is not None else known_text,
            **extra,
        }
        self.entries = [e for e in self.entries if e["name"] != name] + [entry]
        return entry

    def error(self, name: str, exc: BaseException) -> None:
        where = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
        at = f" (at {where[0].filename.split('/')[-1]}:{where[0].lineno})" if where else ""
        self.add(name, None, error=f"{type(exc).__name__}: {exc}{at}")

    def get(self, name: str) -> dict[str, Any] | None:
        return next((e for e in self.entries if e["name"] == name), None)

    def attempt(self, names: tuple[str, ...], job: Callable[[], object]) -> None:
        """Run `job` (which adds the results `names`); if it fails, each of `names` it did not
        add records the error, and the run goes on."""
        try:
            job()
        except Exception as exc:  # a failing measure must not hide the others
            print(f"  failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
            for name in names:
                entry = self.get(name)
                if entry is None or entry.get("median") is None:
                    self.error(name, exc)

    def as_json(self) -> dict[str, Any]:
        return {"machine": self.machine, "results": self.entries}
