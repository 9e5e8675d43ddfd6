"""The benchmark's smoke run (`make bench-smoke`): the same code as `make bench` on a 4 x 5
practice, once each, in a subprocess. It asserts only that every result name of issue 11 comes
out with a number: no time is judged here (docs/design.md §7: benchmark targets, not timed
tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.results import REQUIRED

ROOT = Path(__file__).resolve().parent.parent


def test_the_smoke_run_produces_every_result(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "RECIPROCAL_BENCH_CACHE": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-m", "benchmarks.run", "--smoke", "--out", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(data["machine"], str)
    results = {entry["name"]: entry for entry in data["results"]}
    for entry in data["results"]:
        assert entry["unit"] in ("s", "ratio", "MB")
    failed = {name: results.get(name, {}).get("error", "not produced") for name in REQUIRED
              if not isinstance(results.get(name, {}).get("median"), int | float)}
    assert not failed, failed
