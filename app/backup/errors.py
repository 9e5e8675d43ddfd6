"""The ways a backup can fail, each a `BackupError` that also belongs to the family the command
line maps to its exit code (docs/design.md §6), so callers can catch either."""

from __future__ import annotations

from app.errors import BackupError, BadInput, IntegrityFailure, WrongKey, WrongPassphrase


class NotABackup(BackupError, BadInput):
    """The file is not an age-encrypted file at all (most likely the wrong file was picked)."""

    exit_code = 1


class BackupTooNew(BackupError, BadInput):
    """Made by a newer version of Reciprocal whose format this version cannot read."""

    exit_code = 1


class BackupKeyMismatch(BackupError, WrongKey):
    """None of the given identities opens the backup."""

    exit_code = 2


class BackupKeyPassphraseWrong(BackupError, WrongPassphrase):
    """The passphrase does not open ``backup-key.age``."""

    exit_code = 2


class BackupDamaged(BackupError, IntegrityFailure):
    """Truncated, tampered or corrupt: a hash, count, size or record does not check out."""

    exit_code = 3

    def __init__(self, message: str) -> None:
        IntegrityFailure.__init__(self, message, (("backup", "archive"),))
