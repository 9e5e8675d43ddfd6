"""A full backup of the practice (`Backups.write`: every record, decrypted, archived and
encrypted with age), verifying it (`verify_backup`), and restoring it through to an opened
vault: `restore_backup` into a new vault, then `Vault.open`, unlock and the client list, as a
therapist on a new computer sees it (docs/design.md §7: < 1 s / < 0.6 s / < 1.5 s).

Everything runs on a scratch copy (each backup is logged in its disclosure log). The new vault
is made with the build's cheap KDF (~1 ms, twice: create and unlock), so the calibrated KDF's
deliberate cost is left to the unlock row."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from app.services.backup_check import backup_key_from_text, verify_backup
from app.services.restore import restore_backup
from app.services.vault import Vault
from benchmarks.practice import BUILD_KDF, PASSPHRASE
from benchmarks.timing import timed


def backup_verify_restore(path: Path, folder: Path, repeats: int) -> dict[str, Any]:
    """`path` is a scratch copy of the practice, closed; `folder` takes the files made."""
    out: dict[str, Any] = {}
    backups: list[Path] = []
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
        identity = vault.backup_identity()
        write = vault.services.backups.write
        write(folder / "warm-up.age")
        times = []
        for i in range(repeats):
            target = folder / f"backup-{i}.age"
            times.append(timed(partial(write, target)))
            backups.append(target)
        out["backup"] = sorted(times)[len(times) // 2]
        out["backup_runs"] = times
        out["backup_mb"] = backups[-1].stat().st_size / 1_000_000
    key = backup_key_from_text(identity)
    latest = backups[-1]
    verify = [timed(lambda: verify_backup(latest, key)) for _ in range(repeats)]
    out["verify_backup"] = sorted(verify)[len(verify) // 2]
    out["verify_runs"] = verify
    out["records"] = verify_backup(latest, key).records

    def restore_and_open(target: Path) -> None:
        restore_backup(latest, key, target, PASSPHRASE, kdf_params=BUILD_KDF)
        with Vault.open(target) as restored:
            restored.unlock(PASSPHRASE)
            restored.services.clients.list(flags=False)  # the list the app shows first

    restores = []
    for i in range(repeats):
        target = folder / f"restored-{i}.vault"
        restores.append(timed(partial(restore_and_open, target)))
        for leftover in folder.glob(target.name + "*"):
            leftover.unlink()
    out["restore"] = sorted(restores)[len(restores) // 2]
    out["restore_runs"] = restores
    for made in folder.glob("*.age"):
        made.unlink()
    return out
