"""Vault-wide rows: key material wrapped for unlocking, and the practice profile."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, encrypted_bytes, encrypted_json, encrypted_text, now
from app.models.shapes import AGE_RECIPIENT, ListOf


class VaultMeta(Base):
    """One row. Its id is the vault id (and the key id of the DEK). Only KDF parameters, salts,
    wrapped keys and the backup public key are plaintext; none of them reveal anything."""

    __tablename__ = "vault_meta"
    __label__ = "vault settings"
    __key_owner__ = None
    # Left out of the row seal: they are read before any key exists, are checked by the wraps
    # themselves (the settings and salt are bound into the passphrase's wrap), and the
    # recovery key must be able to replace them on a vault whose settings were tampered with.
    __unsealed__ = ("kdf_salt", "kdf_memory_kib", "kdf_iterations", "kdf_lanes",
                    "dek_by_passphrase", "dek_by_recovery")

    created_at: Mapped[datetime] = mapped_column(default=now)
    kdf_salt: Mapped[bytes] = mapped_column(LargeBinary)
    kdf_memory_kib: Mapped[int]
    kdf_iterations: Mapped[int]
    kdf_lanes: Mapped[int]
    dek_by_passphrase: Mapped[bytes] = mapped_column(LargeBinary)
    dek_by_recovery: Mapped[bytes] = mapped_column(LargeBinary)
    backup_recipient: Mapped[str] = mapped_column(String(100))
    passphrase_changed_at: Mapped[datetime] = mapped_column(default=now)

    backup_identity = encrypted_text()


class PracticeProfile(Base):
    """One row: who the practice is, as printed on handouts. Sealed with the vault's data key."""

    __tablename__ = "practice_profile"
    __label__ = "practice profile"
    __key_owner__ = None

    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)
    paper_size: Mapped[str] = mapped_column(String(10), default="A4")
    locale: Mapped[str] = mapped_column(String(20), default="en")
    retention_years: Mapped[int] = mapped_column(default=7)

    therapist_name = encrypted_text()
    credentials = encrypted_text()
    practice_name = encrypted_text()
    contact = encrypted_text()
    handout_footer = encrypted_text()
    crisis_resources = encrypted_text()
    backup_recipients = encrypted_json(ListOf(AGE_RECIPIENT))  # extra age public keys, e.g. a records custodian
    logo = encrypted_bytes()  # a PNG or JPEG printed on the handouts' letterhead (revision 0007)
