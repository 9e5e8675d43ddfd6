"""The archive's seal: ``manifest.mac``, an HMAC-SHA256 of the exact bytes of ``manifest.json``
keyed from the vault's backup identity.

age encrypts to a public key and does not say who wrote a file, and the practice's backup
recipient is no secret (it is plaintext in the vault file): anyone could encrypt a complete,
self-consistent archive to it. The seal can only be made with the identity's secret half, so a
backup opened with that identity is known to come from the practice's own Reciprocal, unchanged
since. The manifest holds every part's SHA-256, so sealing it seals every record.

A forger may also name their own key as the backup's and seal with it, encrypting the file to
the practice's key as well. Opened with the practice's own key (`BackupKey.own`), such a backup
is refused: a manifest must name the very identity that opened it (`NOT_THIS_PRACTICE`). Opened
with another key (a records custodian's), the seal cannot be checked; the reader then reports
the backup as not authenticated rather than refusing it.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pyrage import x25519

from app.backup.errors import BackupDamaged

SEAL_NAME = "manifest.mac"
SEAL_INFO = b"reciprocal/v1/backup-manifest-mac"
SEAL_MAX_BYTES = 256  # the seal is 64 hex digits and a newline; room for stray whitespace
NOT_OURS = ("This backup was not made by this practice's Reciprocal, or it was changed "
            "afterwards.")
NOT_THIS_PRACTICE = ("This backup was not made by this practice: it names another practice's "
                     "backup key and was only encrypted to this one, so it was refused.")


def seal_key(identity: str) -> bytes:
    """HKDF-SHA256 (no salt) of the identity as age-keygen writes it (upper case, ASCII)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=SEAL_INFO)
    return hkdf.derive(identity.strip().upper().encode("ascii"))


def manifest_seal(manifest: bytes, identity: str) -> bytes:
    """The content of ``manifest.mac`` for these manifest bytes."""
    return hmac.new(seal_key(identity), manifest, hashlib.sha256).hexdigest().encode() + b"\n"


def secret_for(identities: Iterable[x25519.Identity], recipient: str) -> str | None:
    """The secret identity (``AGE-SECRET-KEY-1…``) whose public key is ``recipient``."""
    for identity in identities:
        if str(identity.to_public()) == recipient:
            return str(identity)
    return None


def check_seal(manifest: bytes, seal: bytes | None, identity: str) -> None:
    """Raise BackupDamaged unless ``seal`` (None: no ``manifest.mac``) is the manifest's seal
    under ``identity``."""
    expected = manifest_seal(manifest, identity)
    if seal is None or not hmac.compare_digest(seal.strip(), expected.strip()):
        raise BackupDamaged(NOT_OURS)
