"""The vault's backup identity: an age X25519 key pair made with the vault.

Backups are encrypted to its public key (plus any extra recipients), so writing a backup never
needs the passphrase; the identity is stored wrapped by the DEK inside the vault.
"""

from __future__ import annotations

from pyrage import x25519


def new_backup_identity() -> tuple[str, str]:
    """Return (secret identity ``AGE-SECRET-KEY-1…``, public recipient ``age1…``)."""
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def recipient_of(identity: str) -> str:
    return str(x25519.Identity.from_str(identity).to_public())
