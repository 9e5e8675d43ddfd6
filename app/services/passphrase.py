"""Opening the vault's data key with a passphrase: one place for the KDF, the unwrap and the
wipe, used by unlocking, changing the passphrase and writing backup-key.age.

The Argon2id settings and salt are checked before any work (below the floor or above the cost
bound is damage, app/crypto/kdf.py) and are bound into the wrap's associated data, so a wrap opens
only with the settings it was made with; so is the mark that the vault's rows are sealed. Vaults
wrapped before those bindings still open; the caller then stores `Opened.upgraded_wrap`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from uuid import UUID

from app.crypto import kdf
from app.crypto.envelope import wipe
from app.crypto.errors import BadKdfParameters, DecryptionFailed
from app.crypto.keyring import unwrap_key, wrap_ad, wrap_key
from app.errors import BadInput, IntegrityFailure, WrongPassphrase

SETTINGS_CHANGED = (
    "The vault's key settings were changed (the file may have been tampered with), so the "
    "passphrase was not tried; open it with the recovery key to set new ones, or restore it "
    "from a backup."
)


# Bound into the wraps of a vault whose rows are sealed (app/models/row_seal.py): a file whose
# schema was set back to before row seals (so that the next unlock would seal whatever is
# there, tampering included) is refused, since nobody without the keys can make a wrap
# without this mark.
ROWS_SEALED_MARK = b"/rows-sealed"
SCHEMA_SET_BACK = (
    "The vault file was changed to look like an older version (its seals were taken away), "
    "so it was not opened; restore it from a backup."
)


def passphrase_ad(vault_id: UUID, salt: bytes, params: kdf.KdfParams) -> bytes:
    """Associated data of the passphrase wrap: the vault, the Argon2id settings and salt, and
    that its rows are sealed."""
    return _bound_passphrase_ad(vault_id, salt, params) + ROWS_SEALED_MARK


def _bound_passphrase_ad(vault_id: UUID, salt: bytes, params: kdf.KdfParams) -> bytes:
    """The associated data of wraps made before the rows-sealed mark was bound into it."""
    return wrap_ad("passphrase", vault_id) + (
        f"argon2id/m={params.memory_kib}/t={params.iterations}/p={params.lanes}"
        f"/salt={salt.hex()}"
    ).encode()


def _unbound_passphrase_ad(vault_id: UUID) -> bytes:
    """The associated data of wraps made before the settings were bound into it."""
    return wrap_ad("passphrase", vault_id)


def require_usable_settings(vault_id: UUID, salt: object, params: kdf.KdfParams) -> None:
    """Refuse stored settings as damage (IntegrityFailure, exit 3) before any derivation."""
    try:
        if not isinstance(salt, bytes) or len(salt) < kdf.SALT_LENGTH:
            raise BadKdfParameters("The salt is missing or too short.")
        kdf.require_acceptable(params)
    except BadKdfParameters as exc:
        raise IntegrityFailure(SETTINGS_CHANGED, (("vault settings", str(vault_id)),)) from exc


@dataclass(frozen=True, slots=True)
class Opened:
    dek: bytearray
    # The data key wrapped again under today's associated data, when the stored wrap was made
    # before the settings or the rows-sealed mark were bound (None otherwise): store it in
    # `dek_by_passphrase` once the rows are sealed.
    upgraded_wrap: bytes | None

    @property
    def rows_sealed(self) -> bool:
        """The wrap says this vault's rows are sealed (so its schema must say so too)."""
        return self.upgraded_wrap is None


def unlock_data_key(passphrase: str, vault_id: UUID, salt: bytes, params: kdf.KdfParams,
                    wrapped: bytes, *,
                    wrong: str = "That passphrase does not open this vault.") -> Opened:
    """Check the settings, derive the key-encryption key (slow by design) and unwrap the data
    key. Raises IntegrityFailure for unusable settings, WrongPassphrase with ``wrong``; the
    derived key is wiped either way."""
    require_usable_settings(vault_id, salt, params)
    kek = kdf.derive_key(passphrase, salt, params)
    current = passphrase_ad(vault_id, salt, params)
    try:
        try:
            return Opened(unwrap_key(kek, vault_id, wrapped, current), None)
        except DecryptionFailed:
            pass
        for earlier in (_bound_passphrase_ad(vault_id, salt, params),
                        _unbound_passphrase_ad(vault_id)):
            try:
                dek = unwrap_key(kek, vault_id, wrapped, earlier)
            except DecryptionFailed:
                continue
            return Opened(dek, wrap_key(kek, vault_id, dek, current))
        raise WrongPassphrase(wrong)
    finally:
        wipe(kek)


def check_passphrase(passphrase: str, vault_id: UUID, salt: bytes, params: kdf.KdfParams,
                     wrapped: bytes, *, wrong: str = "That passphrase does not open this vault.",
                     ) -> None:
    """Like `unlock_data_key`, for when only the answer matters: the data key is wiped (a wrap
    made before the settings were bound is upgraded at the next unlock, not here)."""
    wipe(unlock_data_key(passphrase, vault_id, salt, params, wrapped, wrong=wrong).dek)


def wrap_data_key(passphrase: str, vault_id: UUID, dek: bytearray,
                  params: kdf.KdfParams) -> tuple[bytes, bytes]:
    """A fresh salt and the data key wrapped under ``passphrase`` with ``params`` (which must be
    settings a vault may carry): what `vault_meta` stores as `kdf_salt` and `dek_by_passphrase`."""
    try:
        kdf.require_acceptable(params)
    except BadKdfParameters as exc:
        raise BadInput(str(exc)) from exc
    salt = os.urandom(kdf.SALT_LENGTH)
    kek = kdf.derive_key(passphrase, salt, params)
    try:
        return salt, wrap_key(kek, vault_id, dek, passphrase_ad(vault_id, salt, params))
    finally:
        wipe(kek)
