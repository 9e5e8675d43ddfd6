"""Helpers for the use-case service tests: reopen a vault, damage one stored field on disk."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from uuid import UUID

from app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.sentinel_helpers import read_blob, write_blob

# Right-to-left (Hebrew, Arabic), combining accents and emoji outside the BMP.
WORLDLY = "שלום עולם · مرحبا بالعالم · Zoë née Ångström 🙂🌱👩🏽‍⚕️"


@contextmanager
def reopened(vault: Vault, path: Path) -> Iterator[Vault]:
    """Close the vault and open the file again, unlocked: what a restart would see."""
    vault.close()
    with Vault.open(path) as again:
        again.unlock(PASSPHRASE)
        yield again


def damage(path: Path, table: str, column: str, row_id: UUID) -> None:
    """Flip one bit of a stored ciphertext (the vault must be closed): the field's stretch of
    its row's envelope, or, for an empty text (no bytes), the envelope's tag in the seal."""
    blob = bytearray(read_blob(path, table, column, row_id))
    if not blob:
        column, blob = "row_seal", bytearray(read_blob(path, table, "row_seal", row_id))
    blob[-1] ^= 0x01
    write_blob(path, table, column, row_id, bytes(blob))
