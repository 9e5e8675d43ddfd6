"""The AES-256-GCM envelope: exact bytes for a published vector, and clear failures for a
wrong version, a short blob or another key."""

from __future__ import annotations

import os
from uuid import UUID

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.crypto import envelope
from app.crypto.errors import DecryptionFailed
from app.crypto.keyring import KeyRing, unwrap_key, wrap_ad, wrap_key

# McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16 (AES-256, 96-bit IV, AD).
KEY = bytes.fromhex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
NONCE = bytes.fromhex("cafebabefacedbaddecaf888")
AD = bytes.fromhex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
PLAINTEXT = bytes.fromhex(
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
    "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"
)
CIPHERTEXT = bytes.fromhex(
    "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
    "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
)
TAG = bytes.fromhex("76fc6ece0f4e1768cddf8853bb2d551b")
KEY_ID = UUID("00112233-4455-6677-8899-aabbccddeeff")
# version 1 | key id (16 bytes, big-endian UUID) | nonce (12) | ciphertext | tag (16)
ENVELOPE = bytes.fromhex("01" "00112233445566778899aabbccddeeff") + NONCE + CIPHERTEXT + TAG


@pytest.fixture
def fixed_nonce(monkeypatch):
    """Make the nonce the vector's IV (the only randomness in `seal`)."""
    monkeypatch.setattr(envelope.os, "urandom", lambda n: NONCE if n == 12 else os.urandom(n))


def test_seal_produces_the_exact_documented_bytes(fixed_nonce):
    blob = envelope.seal(AESGCM(KEY), KEY_ID, PLAINTEXT, AD)
    assert blob == ENVELOPE
    assert blob[0] == envelope.VERSION == 1
    assert blob[1:17] == KEY_ID.bytes
    assert blob[17 : envelope.HEADER_LENGTH] == NONCE
    assert blob[-envelope.TAG_LENGTH :] == TAG
    assert len(blob) == envelope.HEADER_LENGTH + len(PLAINTEXT) + envelope.TAG_LENGTH


def test_open_reads_the_documented_bytes():
    assert envelope.open_sealed(AESGCM(KEY), KEY_ID, ENVELOPE, AD) == PLAINTEXT
    assert envelope.envelope_key_id(ENVELOPE) == KEY_ID


def test_every_seal_uses_a_fresh_nonce():
    aead = AESGCM(KEY)
    blobs = {envelope.seal(aead, KEY_ID, b"same text", AD) for _ in range(50)}
    assert len(blobs) == 50
    assert len({b[17 : envelope.HEADER_LENGTH] for b in blobs}) == 50


def test_field_ad_names_table_column_and_row():
    row = UUID("12345678-1234-5678-1234-567812345678")
    assert envelope.field_ad("client", "display_name", row) == (
        b"reciprocal/v1/client/display_name/12345678-1234-5678-1234-567812345678"
    )
    assert envelope.field_ad("client", "legal_name", row) != envelope.field_ad(
        "client", "display_name", row
    )


def _fails(blob: bytes, *, key_id: UUID = KEY_ID, ad: bytes = AD) -> str:
    with pytest.raises(DecryptionFailed) as exc:
        envelope.open_sealed(AESGCM(KEY), key_id, blob, ad)
    message = str(exc.value)
    assert message.startswith("The encrypted data") and message.endswith(".")
    return message


@pytest.mark.parametrize("version", [0, 2, 255])
def test_an_unknown_version_byte_is_refused(version):
    assert "malformed" in _fails(bytes([version]) + ENVELOPE[1:])


@pytest.mark.parametrize("length", [0, 1, 17, envelope.HEADER_LENGTH, envelope.HEADER_LENGTH + 15])
def test_a_short_blob_is_refused(length):
    assert "malformed" in _fails(ENVELOPE[:length])


def test_another_key_id_is_refused_before_decrypting():
    other = UUID(int=KEY_ID.int ^ 1)
    assert "another key" in _fails(ENVELOPE, key_id=other)
    assert "another key" in _fails(ENVELOPE[:1] + other.bytes + ENVELOPE[17:])


@pytest.mark.parametrize(
    "position",
    [17, envelope.HEADER_LENGTH - 1, envelope.HEADER_LENGTH, len(ENVELOPE) - 1],
    ids=["nonce-first", "nonce-last", "ciphertext", "tag"],
)
def test_any_changed_byte_after_the_header_fails_the_tag(position):
    tampered = bytearray(ENVELOPE)
    tampered[position] ^= 0x01
    assert "integrity check" in _fails(bytes(tampered))


def test_other_associated_data_fails_the_tag():
    assert "integrity check" in _fails(ENVELOPE, ad=AD + b"x")


def test_keyring_wraps_client_keys_bound_to_vault_and_client():
    vault_id, client_id, other_client = UUID(int=1), UUID(int=2), UUID(int=3)
    ring = KeyRing(vault_id, envelope.new_key())
    wrapped = ring.new_client_key(client_id)
    assert envelope.envelope_key_id(wrapped) == vault_id
    assert unwrap_key(ring.dek, vault_id, wrapped, wrap_ad("client", vault_id, client_id)) == (
        ring._keys[client_id]
    )
    with pytest.raises(DecryptionFailed):
        ring.load_client_key(other_client, wrapped)  # moved to another client
    with pytest.raises(DecryptionFailed):
        unwrap_key(envelope.new_key(), vault_id, wrapped, wrap_ad("client", vault_id, client_id))
    kek = envelope.new_key()
    blob = wrap_key(kek, vault_id, bytearray(b"k" * 32), b"ad")
    assert unwrap_key(kek, vault_id, blob, b"ad") == bytearray(b"k" * 32)


def test_wipe_zeroes_in_place():
    key = envelope.new_key()
    alias = key
    envelope.wipe(key)
    assert alias == bytearray(32)
