"""Recovery keys: 256 random bits written as 14 groups of 4 characters with a checksum.

The alphabet is Crockford's base32 (no I, L, O or U), so reading aloud and retyping are forgiving:
case, spaces and dashes are ignored, and O/I/L are read as 0/1/1. The last 4 characters are a
20-bit CRC of the key. A CRC catches every error confined to 20 consecutive bits, and one
character is 5 bits, so any single mistyped character (and any swap of two neighbouring ones) is
caught for certain, instead of silently deriving a wrong key.
"""

from __future__ import annotations

import os

from app.crypto.errors import BadRecoveryKey

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_VALUE.update({"O": 0, "I": 1, "L": 1})
KEY_BYTES = 32
DATA_CHARS = 52  # 256 bits -> 52 base32 characters (4 padding bits, always zero)
CHECK_CHARS = 4
GROUP = 4
TOTAL_CHARS = DATA_CHARS + CHECK_CHARS
_CRC_POLY = 0x00009  # x^20 + x^3 + 1, without the x^20 term


def _to_base32(value: int, chars: int) -> str:
    return "".join(ALPHABET[(value >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def _checksum(key: bytes) -> str:
    """CRC with the primitive polynomial x^20 + x^3 + 1 over the key's bits, most significant
    first (a hash truncated to 20 bits would miss one typo in a million)."""
    value, crc = int.from_bytes(key, "big"), 0
    for bit in range(KEY_BYTES * 8 - 1, -1, -1):
        feedback = (crc >> 19) ^ ((value >> bit) & 1)
        crc = ((crc << 1) & 0xFFFFF) ^ (_CRC_POLY if feedback else 0)
    return _to_base32(crc, CHECK_CHARS)


def new_recovery_key() -> bytearray:
    return bytearray(os.urandom(KEY_BYTES))


def format_recovery_key(key: bytes | bytearray) -> str:
    """Render as ``XXXX-XXXX-…`` (14 groups of 4) for the screen and the recovery sheet."""
    if len(key) != KEY_BYTES:
        raise ValueError("a recovery key is 32 bytes")
    text = _to_base32(int.from_bytes(bytes(key), "big") << 4, DATA_CHARS) + _checksum(bytes(key))
    return "-".join(text[i : i + GROUP] for i in range(0, TOTAL_CHARS, GROUP))


def parse_recovery_key(text: str) -> bytearray:
    """Read a typed recovery key; raises BadRecoveryKey with a sentence that says what is wrong."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    for position, ch in enumerate(cleaned):
        if ch not in _VALUE:
            raise BadRecoveryKey(
                f"Group {position // GROUP + 1} of the recovery key has a character that is not "
                "used in recovery keys; please check it against your recovery sheet."
            )
    if len(cleaned) != TOTAL_CHARS:
        raise BadRecoveryKey(
            f"A recovery key has {TOTAL_CHARS // GROUP} groups of {GROUP} characters; "
            f"this one has {len(cleaned)} characters instead of {TOTAL_CHARS}."
        )
    canonical = "".join(ALPHABET[_VALUE[ch]] for ch in cleaned)
    value = 0
    for ch in canonical[:DATA_CHARS]:
        value = (value << 5) | _VALUE[ch]
    if value & 0xF:
        raise BadRecoveryKey(
            "The recovery key has a typing mistake; please check each group against your recovery sheet."
        )
    key = bytearray((value >> 4).to_bytes(KEY_BYTES, "big"))
    if _checksum(bytes(key)) != canonical[DATA_CHARS:]:
        raise BadRecoveryKey(
            "The recovery key has a typing mistake; please check each group against your recovery sheet."
        )
    return key
