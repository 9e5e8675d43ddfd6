"""The GUI's measures, each in fresh processes of the real app (`benchmarks.gui_child`), so that
neither the benchmark's own imports nor its memory count:

- cold start: from just before the process is started until the main window, showing the unlock
  panel, has first painted (offscreen);
- opening a client with 50 sessions until every tab shows its data, and from the client list on
  screen after unlocking until the search dialog answers (cold index);
- the memory the GUI holds with the practice unlocked and every tab of a client visited, after
  garbage collection, and its peak (which includes the KDF's memory during unlock).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.practice import copy_vault

ROOT = Path(__file__).resolve().parent.parent
OPENS = 10  # client openings per session process


def _run(mode: str, vault: Path, *args: str, timeout: float = 600) -> tuple[float, dict[str, Any]]:
    """Start the child on a private copy of `vault`; the monotonic time just before it was
    started and what it reported."""
    with tempfile.TemporaryDirectory(prefix="reciprocal-gui-") as tmp:
        folder = Path(tmp)
        copy = copy_vault(vault, folder / "practice.vault")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "XDG_CONFIG_HOME": str(folder / "config"), "XDG_STATE_HOME": str(folder / "state"),
               "XDG_DATA_HOME": str(folder / "data"),
               "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT),
                                                           os.environ.get("PYTHONPATH"))))}
        command = [sys.executable, "-m", "benchmarks.gui_child", mode, str(copy), *args]
        started = time.monotonic()
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=timeout, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("BENCH ")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"the GUI process ({mode}) failed, exit {done.returncode}: {tail}")
    return started, json.loads(lines[-1][len("BENCH "):])


def cold_start(vault: Path, repeats: int) -> dict[str, Any]:
    """Seconds from exec to the painted unlock window, each a fresh process; one untimed
    start first, so that every timed one finds the files in the page cache, as a second
    start of the day does."""
    _run("cold-start", vault)
    times = []
    for _ in range(repeats):
        started, got = _run("cold-start", vault)
        if not got.get("unlock_panel"):
            raise RuntimeError("the first window painted was not the unlock panel")
        times.append(got["painted"] - started)
    return {"median": statistics.median(times), "runs": times}


def session(vault: Path, passphrase: str, repeats: int, opens: int = OPENS) -> dict[str, Any]:
    """Opening a client (median over every opening of every process) and search ready after
    unlock (median over processes)."""
    opened: list[float] = []
    ready: list[float] = []
    complete: list[float] = []
    sessions = 0
    for _ in range(repeats):
        _, got = _run("session", vault, passphrase, str(opens))
        opened += got["open_client"]
        ready.append(got["search_ready_after_unlock"])
        complete.append(got["search_complete_after_unlock"])
        sessions = got["sessions"]
        if not got["search_results"]:
            raise RuntimeError("the first search found nothing")
    return {"open_client": statistics.median(opened), "open_client_runs": opened,
            "sessions": sessions, "search_ready_after_unlock": statistics.median(ready),
            "search_ready_runs": ready, "search_complete": statistics.median(complete),
            "search_complete_runs": complete}


def memory(vault: Path, passphrase: str, repeats: int) -> dict[str, Any]:
    """Bytes held after the work (after gc) and the peak, medians over fresh processes."""
    held, peak, before = [], [], []
    for _ in range(repeats):
        _, got = _run("memory", vault, passphrase)
        held.append(got["held"])
        peak.append(got["peak"])
        before.append(got["before_unlock"])
    return {"held": statistics.median(held), "peak": statistics.median(peak),
            "before_unlock": statistics.median(before), "held_runs": held, "peak_runs": peak}
