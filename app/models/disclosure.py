"""The disclosure log: every export, print, handout and backup (what, for whom, when)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from app.crypto.keyring import KeyRing
from app.models.base import Base, encrypted_text, now


class Disclosure(Base):
    """Sealed with the client's key when about one client (erased with them), else the DEK."""

    __tablename__ = "disclosure"
    __label__ = "disclosure log entry"

    at: Mapped[datetime] = mapped_column(default=now, index=True)
    client_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )

    action = encrypted_text()  # export | print | handout | backup
    what = encrypted_text()
    recipient = encrypted_text()

    def key_id(self, keyring: KeyRing) -> UUID:
        return self.client_id if self.client_id is not None else keyring.vault_id
