"""Cryptography for the vault: passphrase KDF, key wrapping, the field envelope, recovery keys.

Only `cryptography` and `pyrage` are used here; nothing in this package knows about SQL or Qt.
"""
