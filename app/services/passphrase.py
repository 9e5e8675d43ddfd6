"""Opening the vault's data key with a passphrase: one place for the KDF, the unwrap and the
wipe, used by unlocking, changing the passphrase and writing backup-key.age."""

from __future__ import annotations

from uuid import UUID

from app.crypto import kdf
from app.crypto.envelope import wipe
from app.crypto.errors import DecryptionFailed
from app.crypto.keyring import unwrap_key, wrap_ad
from app.errors import WrongPassphrase


def passphrase_ad(vault_id: UUID) -> bytes:
    return wrap_ad("passphrase", vault_id)


def open_data_key(passphrase: str, vault_id: UUID, salt: bytes, params: kdf.KdfParams,
                  wrapped: bytes, *,
                  wrong: str = "That passphrase does not open this vault.") -> bytearray:
    """Derive the key-encryption key (slow by design) and unwrap the data key with it.
    Raises WrongPassphrase with ``wrong``; the derived key is wiped either way."""
    kek = kdf.derive_key(passphrase, salt, params)
    try:
        return unwrap_key(kek, vault_id, wrapped, passphrase_ad(vault_id))
    except DecryptionFailed as exc:
        raise WrongPassphrase(wrong) from exc
    finally:
        wipe(kek)


def check_passphrase(passphrase: str, vault_id: UUID, salt: bytes, params: kdf.KdfParams,
                     wrapped: bytes, *, wrong: str = "That passphrase does not open this vault.",
                     ) -> None:
    """Like `open_data_key`, for when only the answer matters: the data key is wiped."""
    wipe(open_data_key(passphrase, vault_id, salt, params, wrapped, wrong=wrong))
