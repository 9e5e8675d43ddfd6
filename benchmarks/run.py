"""Performance benchmark on the 200 x 50 demo practice (docs/design.md §7). Not a test: it prints a
table and writes bench-results/latest.json; nothing here passes or fails.

Run with `make bench` (or `python -m benchmarks.run`). Each comparison is measured side by side
in the same run, repeated, and the median kept: with the row seals verified as the app does, and
without (rows_sealed=False, the stand-in for before them). The measures are in the modules named
for them beside this one.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from app.crypto import kdf
from app.services.vault import Vault
from benchmarks import practice
from benchmarks.decrypt_all import decrypt_all
from benchmarks.handouts import handouts
from benchmarks.practice import PASSPHRASE, build, copy_vault
from benchmarks.record_list_writes import save_note
from benchmarks.rotate_keys import rotate_keys
from benchmarks.table import table
from benchmarks.timing import median, timed
from benchmarks.unlock_and_open import open_client, unlock_to_client_list

RESULTS = Path("bench-results") / "latest.json"


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _rotate(folder: Path, pristine: Path) -> dict[str, Any]:
    _say("Rotating the keys of copies of the practice…")
    try:
        return rotate_keys(lambda i: copy_vault(pristine, folder / f"rotate-{i}.vault"))
    except Exception as exc:  # a measure still being written must not hide the others
        return {"available": True, "error": f"{type(exc).__name__}: {exc}"}


def run() -> dict[str, Any]:
    results: dict[str, Any] = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(),
                    "load_average_at_start": os.getloadavg()},
        "workload": {"clients": practice.CLIENTS, "sessions_per_client": practice.SESSIONS},
    }
    with tempfile.TemporaryDirectory(prefix="reciprocal-bench-") as tmp:
        folder = Path(tmp)
        path = folder / "demo.vault"
        _say(f"Building the {practice.CLIENTS} x {practice.SESSIONS} demo practice…")
        results["demo_generation_s"] = timed(lambda: build(path))
        results["vault_size_mb"] = path.stat().st_size / 1_000_000
        pristine = copy_vault(path, folder / "pristine.vault")  # cheap KDF, never written to

        _say("Unlocking to the client list…")
        results["unlock_to_client_list"] = unlock_to_client_list(path)
        _say("Saving session notes on a scratch copy…")
        results["save_note"] = save_note(copy_vault(pristine, folder / "writes.vault"))
        results["rotate_keys"] = _rotate(folder, pristine)

        _say("Calibrating Argon2id for this computer…")
        params = kdf.calibrate()
        with Vault.open(path) as vault:
            vault.unlock(PASSPHRASE)
            vault.change_passphrase(PASSPHRASE, PASSPHRASE, kdf_params=params)
        results["kdf"] = {"memory_kib": params.memory_kib, "iterations": params.iterations,
                          "lanes": params.lanes}
        with Vault.open(path) as vault:
            results["unlock_calibrated_s"] = median(
                lambda: (vault.unlock(PASSPHRASE), vault.lock()), repeats=3)
            vault.unlock(PASSPHRASE)
            _say("Opening a client…")
            results["open_client"] = open_client(vault)
            _say("Loading every note, encrypted and from a plaintext twin…")
            results["load_all_notes"] = decrypt_all(vault, folder)
            _say("Making every kind of handout…")
            results["handouts"] = handouts(vault)
    return results


def main() -> None:
    results = run()
    print(table(results))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    _say(f"\nWritten to {RESULTS}")


if __name__ == "__main__":
    main()
