"""The age layer around the archive (via pyrage): encrypt to X25519 recipients, decrypt with
identities, and turn pyrage's errors into sentences with the right exit code.

age cannot tell a wrong identity from a damaged recipient line (both are "no matching key"), so
that case is reported as a key that does not open the backup; every other failure after the
first line is damage.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import BinaryIO

import pyrage
from pyrage import x25519

from app.backup.errors import BackupDamaged, BackupKeyMismatch, NotABackup
from app.errors import BadInput

AGE_MAGIC = b"age-encryption.org/v1\n"
ARMOR_MAGIC = b"-----BEGIN AGE ENCRYPTED FILE-----"
# This version reads archives up to this size (they are decrypted in memory; see the format doc).
MAX_ENCRYPTED_BYTES = 1 << 30
_NO_MATCH = "no matching keys"


def parse_recipient(text: str) -> x25519.Recipient:
    """An age X25519 public key (``age1…``); BadInput with a plain sentence otherwise."""
    try:
        return x25519.Recipient.from_str(text.strip())
    except Exception as exc:  # pyrage raises its own RecipientError or ValueError
        # Not echoed: someone may paste a secret key here by mistake.
        raise BadInput("That recipient is not an age public key (one starts with age1).") from exc


def looks_like_age(head: bytes) -> bool:
    return head.startswith(AGE_MAGIC) or head.startswith(ARMOR_MAGIC)


def check_age_header(head: bytes, what: str = "backup") -> None:
    """Refuse a file that is not age-encrypted. A file that is empty, cut short inside the
    first line, or off by a few bytes there is a damaged age file (exit 3); anything else is
    the wrong file (exit 1)."""
    if looks_like_age(head):
        return
    first = head[: len(AGE_MAGIC)]
    if AGE_MAGIC.startswith(first):
        raise BackupDamaged(f"This {what} file is cut short (it may not have finished copying).")
    if len(first) == len(AGE_MAGIC) and sum(a != b for a, b in zip(first, AGE_MAGIC, strict=True)) <= 3:
        raise BackupDamaged(f"This {what} file is damaged at its very beginning.")
    raise NotABackup(
        f"This is not a Reciprocal {what} file (it is not age-encrypted); check that you "
        "picked the right file."
    )


def _damaged() -> BackupDamaged:
    return BackupDamaged("This backup is damaged or cut short; its encryption check failed.")


def decrypt_to_memory(path: Path, identities: list[x25519.Identity]) -> io.BytesIO:
    """Decrypt the whole file into memory (never to disk: what is inside is plaintext)."""
    plain = io.BytesIO()
    try:
        with path.open("rb") as handle:
            check_age_header(handle.read(len(AGE_MAGIC)))
            if path.stat().st_size > MAX_ENCRYPTED_BYTES:
                raise BackupDamaged(
                    "This backup is larger than this version of Reciprocal can read."
                )
            handle.seek(0)
            try:
                pyrage.decrypt_io(handle, plain, identities)
            except pyrage.DecryptError as exc:
                if _NO_MATCH in str(exc).lower():
                    raise BackupKeyMismatch(
                        "This key does not open this backup (it was made for another key)."
                    ) from None
                raise _damaged() from None
            except OSError as exc:
                if exc.errno is None:  # pyrage reports a failed chunk as an errno-less OSError
                    raise _damaged() from None
                raise
    except IsADirectoryError:
        raise BadInput(f"{path} is a folder, not a backup file.") from None
    except FileNotFoundError:
        raise BadInput(f"There is no backup file at {path}.") from None
    except OSError as exc:
        raise BadInput(f"The backup file {path} cannot be read ({exc.strerror}).") from None
    plain.seek(0)
    return plain


def encrypt_stream(source: BinaryIO, target: BinaryIO, recipients: list[x25519.Recipient]) -> None:
    """Encrypt to every recipient, streaming in age's 64 KiB chunks; OSError (disk full)
    propagates unchanged."""
    pyrage.encrypt_io(source, target, recipients)
    target.flush()
    os.fsync(target.fileno())
