"""The project's own exceptions. Each message is one plain sentence a therapist can act on.

This module imports nothing else from the app, so every layer (including the UI and the command
line) can catch these without reaching into the database or crypto layers. Messages never carry
client or journal content: at most a record's kind and random id.
"""

from __future__ import annotations


class ReciprocalError(Exception):
    """Base class; ``exit_code`` is what the command line returns for it (docs/design.md §6)."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class BadInput(ReciprocalError):
    """Something the user gave us cannot be used (missing file, not a vault, bad value)."""


class NotAVault(BadInput):
    """The file exists but is not a Reciprocal vault."""


class VaultExists(BadInput):
    """Creating or restoring would overwrite an existing file."""


class WrongPassphrase(ReciprocalError):
    exit_code = 2


class WrongKey(ReciprocalError):
    """A recovery key, age identity or backup key that does not open what it was given."""

    exit_code = 2


class IntegrityFailure(ReciprocalError):
    """Tampered, truncated or corrupt data. ``records`` names the damaged records (kind, id)."""

    exit_code = 3

    def __init__(self, message: str, records: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(message)
        self.records = records


class VaultBusy(ReciprocalError):
    exit_code = 4


class VaultLocked(ReciprocalError):
    """A service was used while the vault is locked."""


class NotFound(BadInput):
    """The record asked for is not in the vault (any more): for instance a client erased
    meanwhile. Screens that showed it clear themselves instead of showing an error."""


class NotAllowed(BadInput):
    """The action breaks a rule of the record (for instance, editing a signed note)."""


class BackupError(ReciprocalError):
    """A backup could not be written, read or restored."""


class DiskFull(ReciprocalError):
    """The disk ran out of space; nothing was changed."""
