"""Performance benchmark of docs/design.md §7 on the 200 x 50 demo practice (and 2x and 4x it).
Not a test: it prints a table with the target beside each figure and writes
`benchmarks/results.json`; nothing here passes or fails on a time.

    python -m benchmarks.run            (`make bench`: several minutes)
    python -m benchmarks.run --smoke    (`make bench-smoke`: a 4 x 5 practice, once each)

Each measure is repeated and its median kept; comparisons are measured side by side in the same
run. A measure that fails records its error and the others go on. The measures are in the modules
named for them beside this one; the GUI's run in fresh processes of the real app.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from app.crypto import kdf
from app.runtime import tune_garbage_collector
from app.services.vault import Vault
from benchmarks import gui
from benchmarks.backup_restore import backup_verify_restore
from benchmarks.decrypt_all import decrypt_all
from benchmarks.handouts import handouts
from benchmarks.practice import PASSPHRASE, SMOKE, Workload, build, cached, copy_vault
from benchmarks.record_list_writes import save_note
from benchmarks.results import MB, REQUIRED, Results
from benchmarks.rotate_keys import rotate_keys
from benchmarks.scaling import scaling
from benchmarks.search import search
from benchmarks.table import table
from benchmarks.timing import median, timed
from benchmarks.unlock_and_open import open_client, unlock_to_client_list

RESULTS = Path(__file__).parent / "results.json"


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


class _Run:
    """One run of every measure on `work`, in the scratch `folder`."""

    def __init__(self, work: Workload, folder: Path, cache: Path | None) -> None:
        self.work, self.folder, self.cache = work, folder, cache
        self.results = Results()
        self.n = 0

    def practice(self, scale: int = 1) -> Path:
        return cached(self.work.clients * scale, self.work.sessions, self.cache)

    def copy(self, name: str, scale: int = 1) -> Path:
        self.n += 1
        return copy_vault(self.practice(scale), self.folder / f"{self.n}-{name}.vault")

    def measure(self, names: tuple[str, ...], what: str, job: Any) -> None:
        _say(what + "…")
        self.results.attempt(names, job)

    # -- the measures, each adding its results ------------------------------------------------
    def demo_generation(self) -> None:
        target = self.folder / "generated.vault"
        seconds = timed(lambda: build(target, self.work.clients, self.work.sessions))
        self.results.add("demo_generation", seconds, runs=[seconds],
                         vault_mb=target.stat().st_size / 1_000_000,
                         workload=f"{self.work.clients} x {self.work.sessions}")
        for leftover in self.folder.glob("generated.vault*"):
            leftover.unlink()

    def cold_start(self) -> None:
        got = gui.cold_start(self.practice(), max(self.work.repeats, 1))
        self.results.add("cold_start", got["median"], runs=got["runs"])

    def unlock(self) -> None:
        got = unlock_to_client_list(self.copy("unlock"), self.work.repeats)
        self.results.add("unlock_excluding_kdf", got["sealed"], unsealed=got["unsealed"],
                         kdf_excluded_s=got["kdf_excluded_s"])

    def gui_session(self) -> None:
        got = gui.session(self.practice(), PASSPHRASE, self.work.gui_repeats,
                          opens=3 if self.work.smoke else gui.OPENS)
        self.results.add("open_client", got["open_client"], runs=got["open_client_runs"],
                         sessions=got["sessions"])
        self.results.add("search_ready_after_unlock", got["search_ready_after_unlock"],
                         runs=got["search_ready_runs"], whole_index_s=got["search_complete"],
                         whole_index_runs=got["search_complete_runs"])

    def open_client_services(self) -> None:
        with Vault.open(self.copy("open")) as vault:
            vault.unlock(PASSPHRASE)
            got = open_client(vault, max(self.work.repeats, 3) * 4)
        self.results.add("open_client_services", got["record"]["sealed"],
                         target=0.05, target_text="(part of open_client)",
                         choose_session=got["choose_session"]["sealed"], sessions=got["sessions"],
                         unsealed=got["record"]["unsealed"])

    def search(self) -> None:
        got = search(self.copy("search"), self.work.repeats)
        self.results.add("search_word", got["word"], results=got["results"])
        self.results.add("search_phrase", got["phrase"])
        self.results.add("search_first_build", got["first_search"], target=None,
                         target_text="(the index built in the first search)")

    def decrypt(self) -> None:
        with Vault.open(self.copy("decrypt")) as vault:
            vault.unlock(PASSPHRASE)
            got = decrypt_all(vault, self.folder, max(self.work.repeats, 3))
        for name, label in (("decrypt_all_ratio", "all_fields"),
                            ("decrypt_notes_ratio", "note_text")):
            n = got[label]
            self.results.add(name, n["ratio_sealed"], notes=n["notes"], fields=n["fields"],
                             encrypted_s=n["sealed"], plaintext_s=n["plaintext"],
                             ratio_unsealed=n["ratio_unsealed"])

    def handouts(self) -> None:
        with Vault.open(self.copy("handouts")) as vault:
            vault.unlock(PASSPHRASE)
            got = handouts(vault, max(self.work.repeats, 3))
        for kind, made in got["kinds"].items():
            name = "handout_" + kind.replace(" (large print)", "_large_print")
            if "error" in made:
                self.results.add(name, None, error=made["error"])
            else:
                self.results.add(name, made["median_s"], pages=made["pages"],
                                 sessions=got["sessions"])

    def backup(self) -> None:
        scratch = self.folder / "backups"
        scratch.mkdir(exist_ok=True)
        got = backup_verify_restore(self.copy("backup"), scratch, max(self.work.repeats, 3))
        self.results.add("backup", got["backup"], runs=got["backup_runs"],
                         backup_mb=got["backup_mb"], records=got["records"])
        self.results.add("verify_backup", got["verify_backup"], runs=got["verify_runs"])
        self.results.add("restore", got["restore"], runs=got["restore_runs"])

    def rotate(self) -> None:
        got = rotate_keys(lambda i: self.copy(f"rotate-{i}"), max(self.work.repeats, 1))
        if not got["available"]:
            raise RuntimeError("Vault.renew_keys is not there")
        self.results.add("rotate_keys", got["median_s"], runs=got["times_s"],
                         after=got["after"])

    def save_note(self) -> None:
        got = save_note(self.copy("writes"), 5 if self.work.smoke else 30)
        self.results.add("save_note", got["with_list"], target=None,
                         target_text="(no target)", without_list=got["without_list"])

    def calibrated(self) -> None:
        """The unlock with the KDF calibrated for this computer, and the GUI's memory on that
        vault (its peak includes the KDF's)."""
        path = self.copy("calibrated")
        params = kdf.calibrate() if self.work.calibrate else None
        if params is not None:
            with Vault.open(path) as vault:
                vault.unlock(PASSPHRASE)
                vault.change_passphrase(PASSPHRASE, PASSPHRASE, kdf_params=params)
        with Vault.open(path) as vault:
            kept = vault.kdf_params
            def unlock_and_lock() -> None:
                vault.unlock(PASSPHRASE)
                vault.lock()

            seconds = median(unlock_and_lock, repeats=max(min(self.work.repeats, 3), 1))
        kdf_mb = kept.memory_kib / 1024
        self.results.add("unlock_calibrated", seconds, target_min=0.5 if params else 0,
                         kdf=f"Argon2id {kdf_mb:.0f} MiB t={kept.iterations} p={kept.lanes}"
                             + ("" if params else " (the build's: smoke run)"))
        got = gui.memory(path, PASSPHRASE, self.work.gui_repeats)
        self.results.add("gui_held_rss", got["held"] / MB, runs=[v / MB for v in got["held_runs"]],
                         before_unlock=got["before_unlock"] / MB)
        self.results.add("gui_peak_rss", got["peak"] / MB, runs=[v / MB for v in got["peak_runs"]],
                         target=200 + kdf_mb,
                         target_text=f"<= 200 MB + the KDF's {kdf_mb:.0f} MiB")

    def scaling(self) -> None:
        got = scaling({scale: self.copy(f"scale-{scale}", scale) for scale in self.work.scales},
                      max(self.work.repeats, 1))
        scales = got["scales"]
        one = scales[1]

        def others(key: str) -> dict[str, float]:
            return {f"{s}x": scales[s][key] for s in self.work.scales if s != 1}

        for scale in self.work.scales:
            if scale != 1:
                self.results.add(f"scaling_{scale}x_ratio", scales[scale]["ratio"],
                                 total_s=scales[scale]["total"], total_1x_s=one["total"])
        self.results.add("scaled_unlock_excluding_kdf", one["unlock"], target=0.2,
                         target_text="< 0.2 s", scales=others("unlock"))
        self.results.add("scaled_client_list", one["client_list"], target=None,
                         target_text="", scales=others("client_list"))
        self.results.add("scaled_load_all_notes", one["load_all"], target=None,
                         target_text="", scales=others("load_all"), notes=one["notes"])
        self.results.add("scaled_total", one["total"], target=None,
                         target_text="linear", scales=others("total"))

    def all(self) -> Results:
        m = self.measure
        for scale in self.work.scales:  # built (or found in the cache) before anything is timed
            self.practice(scale)
        m(("demo_generation",), "Generating the demo practice afresh", self.demo_generation)
        m(("cold_start",), "Cold start to the painted unlock window", self.cold_start)
        m(("unlock_excluding_kdf",), "Unlocking to the client list", self.unlock)
        m(("open_client", "search_ready_after_unlock"),
          "The GUI: search after unlock, opening clients", self.gui_session)
        m(("open_client_services",), "Opening a client, services only", self.open_client_services)
        m(("search_word", "search_phrase"), "Searching", self.search)
        m(("decrypt_all_ratio", "decrypt_notes_ratio"),
          "Loading every note, encrypted and from a plaintext twin", self.decrypt)
        m(("handout_session", "handout_record"), "Making every kind of handout", self.handouts)
        m(("backup", "verify_backup", "restore"), "Backup, verify, restore", self.backup)
        m(("rotate_keys",), "Rotating the keys", self.rotate)
        m(("save_note",), "Saving session notes", self.save_note)
        m(("unlock_calibrated", "gui_held_rss", "gui_peak_rss"),
          "Calibrated KDF: unlock, and the GUI's memory", self.calibrated)
        m(tuple(f"scaling_{s}x_ratio" for s in self.work.scales if s != 1),
          "Scaling: 1x, 2x, 4x", self.scaling)
        return self.results


def run(work: Workload, cache: Path | None = None) -> Results:
    with tempfile.TemporaryDirectory(prefix="reciprocal-bench-") as tmp:
        folder = Path(tmp)
        return _Run(work, folder, cache or (folder / "cache" if work.smoke else None)).all()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run")
    parser.add_argument("--smoke", action="store_true",
                        help="a tiny practice, every measure once: checks the benchmark runs")
    parser.add_argument("--out", type=Path, help=f"where the results go (default {RESULTS}; "
                                                 "bench-results/smoke.json with --smoke)")
    parser.add_argument("--repeats", type=int, help="repeats of each measure")
    args = parser.parse_args(argv)
    tune_garbage_collector()  # as the app and the command line start (app/runtime.py)
    work = SMOKE if args.smoke else Workload()
    if args.repeats:
        work = dataclasses.replace(work, repeats=args.repeats)
    out = args.out or (Path("bench-results") / "smoke.json" if args.smoke else RESULTS)
    results = run(work)
    data: dict[str, Any] = results.as_json()
    data["workload"] = f"{work.clients} x {work.sessions}" + (" (smoke)" if work.smoke else "")
    print(table(data))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    missing = [n for n in REQUIRED if not isinstance(
        (results.get(n) or {}).get("median"), int | float)]
    _say(f"\nWritten to {out}" + (f"; no figure for {', '.join(missing)}" if missing else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
