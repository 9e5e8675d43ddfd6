"""Exceptions raised by the crypto layer; each message is one sentence fit for a user."""


class CryptoError(Exception):
    """Base class for crypto-layer failures."""


class DecryptionFailed(CryptoError):
    """An authentication tag did not verify: wrong key, or the bytes were changed."""


class BadKdfParameters(CryptoError):
    """Stored KDF parameters are outside the bounds this app accepts."""


class BadRecoveryKey(CryptoError):
    """A recovery key was mistyped or is not a recovery key at all."""
