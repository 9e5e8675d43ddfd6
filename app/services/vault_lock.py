"""One process per vault: an exclusive OS lock on a file beside the vault.

The lock file is named after the vault's resolved path (symbolic links followed), so a link to an
open vault finds the same lock; a vault file with a second hard link (another name for the same
inode, which would get its own lock and its own WAL) is refused by `refuse_hard_links`. The OS
drops the lock when the process dies (even on kill -9), so a crash never leaves the vault stuck
as "busy".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.errors import BadInput, VaultBusy


def lock_path(vault_path: Path) -> Path:
    """`<vault>.lock` beside the file the path resolves to, whatever link it was reached by."""
    real = Path(os.path.realpath(vault_path))
    return real.with_name(real.name + ".lock")


def refuse_hard_links(vault_path: Path) -> None:
    """Raise BadInput if the vault file has more than one name: each name would take its own
    lock and SQLite would keep a WAL beside each, so two programs could write it at once."""
    try:
        links = os.stat(vault_path).st_nlink
    except OSError:
        return  # a missing file is reported by whoever opens it
    if links > 1:
        raise BadInput(
            f"The vault file {vault_path} has {links} names on the disk (hard links), so it could "
            "be opened twice at once; delete the other names, or copy the file, and open the copy."
        )


def _still_at(fd: int, path: Path) -> bool:
    """Whether the open file is still the one at `path` (release() unlinks it on POSIX)."""
    if sys.platform == "win32":
        return True
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False


class VaultLock:
    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, vault_path: Path) -> VaultLock:
        path = lock_path(vault_path)
        busy = VaultBusy(
            "This vault is already open in another Reciprocal window or program; close it there first."
        )
        for _attempt in range(3):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise BadInput(f"The vault's folder cannot be written to ({exc.strerror}).") from exc
            try:
                if sys.platform == "win32":
                    import msvcrt

                    msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                else:
                    import fcntl

                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                raise busy from exc
            if _still_at(fd, path):
                return cls(path, fd)
            # The holder released (and removed) the file between our open and our lock: the
            # lock we hold is on a file nobody else will find. Take the current one instead.
            os.close(fd)
        raise busy

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform != "win32":
            # Unlink while still holding the lock, so no other process can be holding it.
            try:
                os.unlink(self.path)
            except OSError:
                pass
        os.close(fd)
