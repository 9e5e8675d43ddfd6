"""Atomic, private file writing: the file appears complete or not at all, readable by its owner
only.

Every file Reciprocal writes with client data or keys in it (backups, backup-key.age, the
recovery sheet, exported PDFs) goes through `write_atomically`. The bytes go to a temporary file
in the same folder, created mode 0600 and with a name that does not look like a backup, are
flushed to the disk, and only then renamed over the final name. Renaming replaces an existing
file rather than writing into it, so a file that was there before (say 0644) never lends the new
content its permissions. Any failure — a full disk, a removed USB stick, an interrupt — removes
the temporary file and leaves the folder as it was.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from app.errors import BackupError, BadInput, DiskFull

TEMP_PREFIX = ".reciprocal-incomplete-"
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened this way on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, write: Callable[[BinaryIO], object], what: str = "backup") -> None:
    """Call ``write`` with a binary file, then put that file at ``path`` (mode 0600, even over
    an existing file). ``what`` names the file in error messages. Raises DiskFull, BadInput
    (folder missing or not writable) or BackupError."""
    folder = path.parent
    if not folder.is_dir():
        raise BadInput(f"The folder {folder} does not exist.")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=folder)
    except OSError as exc:
        raise BadInput(f"Reciprocal cannot write to the folder {folder} ({exc.strerror}).") from None
    temp = Path(temp_name)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # mkstemp's mode already; said here because it is the point
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        fsync_folder(folder)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno in _FULL:
            raise DiskFull(
                f"The disk is full, so the {what} was not written; free some space or choose "
                "another folder."
            ) from None
        if isinstance(exc, OSError):
            raise BackupError(
                f"The {what} could not be written to {folder} ({exc.strerror or 'write error'})."
            ) from None
        raise
