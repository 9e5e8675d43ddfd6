"""Rotate every key of the whole practice (`Vault.renew_keys`, docs/design.md §7: < 3 s), on a
fresh copy of the practice each time. Passed the build's cheap KDF settings, so Argon2id (~1 ms
here) is included but does not dominate; the calibrated KDF's time is the unlock row's.

Until `Vault.renew_keys` exists, this measure reports that it is not there yet."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from app.services.vault import Vault
from benchmarks.practice import BUILD_KDF, PASSPHRASE
from benchmarks.timing import timed

REPEATS = 3


def available() -> bool:
    return hasattr(Vault, "renew_keys")


def rotate_keys(fresh_copy: Callable[[int], Path], repeats: int = REPEATS) -> dict[str, Any]:
    """`fresh_copy(i)` makes the i-th closed copy of the practice and returns its path."""
    if not available():
        return {"available": False}
    times: list[float] = []
    checked: dict[str, Any] = {}
    for i in range(repeats):
        path = fresh_copy(i)
        with Vault.open(path) as vault:
            vault.unlock(PASSPHRASE)
            times.append(timed(partial(vault.renew_keys, PASSPHRASE, kdf_params=BUILD_KDF)))
            if i == 0:  # once, untimed: the rotated practice opens and checks clean
                vault.lock()
                vault.unlock(PASSPHRASE)
                report = vault.check()
                checked = {"records_checked": report.records_checked,
                           "damaged": len(report.damaged),
                           "clients": len(vault.services.clients.list())}
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()
    times.sort()
    return {"available": True, "kdf": "included, build settings", "times_s": times,
            "median_s": times[len(times) // 2], "after": checked}
