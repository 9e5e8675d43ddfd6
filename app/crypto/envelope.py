"""The versioned AES-256-GCM envelope used for every record and wrapped key.

Layout: ``version (1 byte) | key id (16 bytes) | nonce (12 bytes) | ciphertext + tag (16 bytes)``.
The associated data names what the bytes belong to (for a record: its table, row id and plain
values, app/models/row_seal.py), so a ciphertext copied anywhere else fails to decrypt.
"""

from __future__ import annotations

import os
from uuid import UUID

from cryptography.exceptions import InvalidTag as InvalidTag  # for callers decrypting in line
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.crypto.errors import DecryptionFailed

VERSION = 1
NONCE_LENGTH = 12
HEADER_LENGTH = 1 + 16 + NONCE_LENGTH
TAG_LENGTH = 16


def field_ad(table: str, column: str, row_id: UUID | str) -> bytes:
    """Associated data binding a field's ciphertext to its table, column and row: each field
    was its own envelope before revision 0010 (read only to convert such a vault)."""
    return f"reciprocal/v1/{table}/{column}/{row_id}".encode()


def seal(aead: AESGCM, key_id: UUID, plaintext: bytes | bytearray, ad: bytes) -> bytes:
    nonce = os.urandom(NONCE_LENGTH)
    return bytes([VERSION]) + key_id.bytes + nonce + aead.encrypt(nonce, plaintext, ad)


def envelope_key_id(blob: bytes) -> UUID:
    """The key id of an envelope; raises DecryptionFailed if the header is malformed."""
    if not isinstance(blob, bytes | bytearray) or len(blob) < HEADER_LENGTH + TAG_LENGTH \
            or blob[0] != VERSION:
        raise DecryptionFailed("The encrypted data is malformed.")
    return UUID(bytes=bytes(blob[1:17]))


def open_sealed(aead: AESGCM, key_id: UUID, blob: bytes, ad: bytes) -> bytes:
    """Decrypt an envelope made by `seal`; any change to any byte raises DecryptionFailed."""
    return open_sealed_fast(aead, key_id.bytes, blob, ad)


def open_sealed_fast(aead: AESGCM, key_id_bytes: bytes, blob: bytes, ad: bytes) -> bytes:
    """`open_sealed` with the key id already as bytes, for loops over many envelopes (no UUID
    objects; `_checked` written out for bytes, and slices of them, cheaper than a memoryview
    even of a long note)."""
    try:
        if type(blob) is bytes and len(blob) >= HEADER_LENGTH + TAG_LENGTH \
                and blob[0] == VERSION and blob[1:17] == key_id_bytes:
            return aead.decrypt(blob[17:HEADER_LENGTH], blob[HEADER_LENGTH:], ad)
        view = _checked(key_id_bytes, blob)
        return aead.decrypt(view[17:HEADER_LENGTH], view[HEADER_LENGTH:], ad)
    except InvalidTag as exc:
        raise DecryptionFailed("The encrypted data failed its integrity check.") from exc


def open_sealed_into(aead: AESGCM, key_id: UUID, blob: bytes, ad: bytes) -> bytearray:
    """Decrypt straight into a new bytearray, for keys: no immutable copy is left behind that
    a lock could not wipe."""
    view = _checked(key_id.bytes, blob)
    out = bytearray(len(view) - HEADER_LENGTH - TAG_LENGTH)
    try:
        aead.decrypt_into(view[17:HEADER_LENGTH], view[HEADER_LENGTH:], ad, out)
    except InvalidTag as exc:
        raise DecryptionFailed("The encrypted data failed its integrity check.") from exc
    return out


def _checked(key_id_bytes: bytes, blob: bytes) -> memoryview:
    if (
        not isinstance(blob, bytes | bytearray)  # a tampered column may hold a number or text
        or len(blob) < HEADER_LENGTH + TAG_LENGTH
        or blob[0] != VERSION
    ):
        raise DecryptionFailed("The encrypted data is malformed.")
    if blob[1:17] != key_id_bytes:
        raise DecryptionFailed("The encrypted data belongs to another key.")
    return memoryview(blob)


def new_key() -> bytearray:
    return bytearray(os.urandom(32))


def wipe(buffer: bytearray) -> None:
    """Overwrite key material in place (best effort: Python may hold other copies)."""
    for i in range(len(buffer)):
        buffer[i] = 0
