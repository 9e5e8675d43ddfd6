"""The unlocked vault's keys: the data key (DEK) and the per-client keys it wraps.

Keys live in bytearrays so `wipe()` can overwrite them when the vault locks. AESGCM objects are
cached per key id because building one per field would dominate decryption time.
"""

from __future__ import annotations

from uuid import UUID

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.crypto.envelope import new_key, open_sealed_into, seal, wipe
from app.crypto.errors import DecryptionFailed


def wrap_ad(purpose: str, vault_id: UUID, subject: UUID | None = None) -> bytes:
    """Associated data for a wrapped key: what it wraps and in which vault."""
    return f"reciprocal/v1/wrap/{purpose}/{vault_id}/{subject or ''}".encode()


def wrap_key(kek: bytearray, kek_id: UUID, key: bytearray, ad: bytes) -> bytes:
    return seal(AESGCM(kek), kek_id, key, ad)


def unwrap_key(kek: bytearray, kek_id: UUID, blob: bytes, ad: bytes) -> bytearray:
    """Raises DecryptionFailed if the key-encryption key is wrong or the blob changed."""
    return open_sealed_into(AESGCM(kek), kek_id, blob, ad)


class KeyRing:
    """Holds the DEK (key id = the vault id) and client keys (key id = the client id)."""

    def __init__(self, vault_id: UUID, dek: bytearray) -> None:
        self.vault_id = vault_id
        self._keys: dict[UUID, bytearray] = {vault_id: dek}
        self._aeads: dict[UUID, tuple[AESGCM, bytes]] = {}
        # (this keyring, cipher, key-id bytes) per key: what every row sealed with that key
        # opens its fields with, one tuple shared by all of them (not one per row loaded).
        self._contexts: dict[UUID, tuple[KeyRing, AESGCM, bytes]] = {}
        self.wiped = False

    @property
    def dek(self) -> bytearray:
        return self._keys[self.vault_id]

    def has_key(self, key_id: UUID) -> bool:
        return key_id in self._keys

    def _aead(self, key_id: UUID) -> tuple[AESGCM, bytes]:
        entry = self._aeads.get(key_id)
        if entry is None:
            key = self._keys.get(key_id)
            if key is None:  # an erased client, or a wrapped key that failed to open
                raise DecryptionFailed("There is no key for this record.")
            entry = self._aeads[key_id] = (AESGCM(key), key_id.bytes)
        return entry

    def seal(self, key_id: UUID, plaintext: bytes, ad: bytes) -> bytes:
        return seal(self._aead(key_id)[0], key_id, plaintext, ad)

    def opener(self, key_id: UUID) -> tuple[AESGCM, bytes]:
        """The cipher and key-id bytes for one key, so a row can open all its fields with one
        look-up; raises DecryptionFailed if the key is not held (erased or damaged)."""
        return self._aead(key_id)

    def row_context(self, key_id: UUID) -> tuple[KeyRing, AESGCM, bytes]:
        """`opener` with this keyring in front, the same tuple for every call with `key_id`
        (app/models/base.py keeps it on each row it opens); raises DecryptionFailed as
        `opener` does."""
        context = self._contexts.get(key_id)
        if context is None:
            context = self._contexts[key_id] = (self, *self._aead(key_id))
        return context

    def new_client_key(self, client_id: UUID) -> bytes:
        """Make a client key, keep it, and return it wrapped by the DEK for storage."""
        key = new_key()
        self._keys[client_id] = key
        return self.wrap_client_key(client_id)

    def wrap_client_key(self, client_id: UUID) -> bytes:
        return wrap_key(
            self.dek, self.vault_id, self._keys[client_id], wrap_ad("client", self.vault_id, client_id)
        )

    def load_client_key(self, client_id: UUID, wrapped: bytes) -> None:
        self._keys[client_id] = unwrap_key(
            self.dek, self.vault_id, wrapped, wrap_ad("client", self.vault_id, client_id)
        )

    def forget(self, key_id: UUID) -> None:
        """Drop one client's key from memory (erasure); the DEK cannot be forgotten this way."""
        if key_id == self.vault_id:
            raise ValueError("the data key is dropped only by wipe()")
        self._aeads.pop(key_id, None)
        self._contexts.pop(key_id, None)
        key = self._keys.pop(key_id, None)
        if key is not None:
            wipe(key)

    def wipe(self) -> None:
        """Overwrite and drop every key."""
        self.wiped = True
        self._aeads.clear()
        self._contexts.clear()
        for key in self._keys.values():
            wipe(key)
        self._keys.clear()
