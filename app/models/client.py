"""The client and the key that seals everything about them (deleting it is crypto-erasure)."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, encrypted_json, encrypted_text, now
from app.models.shapes import TEXT, MapOf


class Client(Base):
    __tablename__ = "client"
    __label__ = "client"
    __key_owner__ = "id"

    status: Mapped[str] = mapped_column(String(10), default="active")  # active | paused | closed
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)
    start_date: Mapped[date | None]

    display_name = encrypted_text()
    legal_name = encrypted_text()
    pronouns = encrypted_text()
    contact = encrypted_text()
    preferences = encrypted_json(MapOf(TEXT, TEXT))  # "How I like to work", in the client's words, by topic
    handout_language = encrypted_text()  # app.languages code; empty: the practice's language


class ClientKey(Base):
    """The client's random key, wrapped by the vault's DEK. One row per client."""

    __tablename__ = "client_key"
    __label__ = "client key"
    __key_owner__ = None

    client_id: Mapped[UUID] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), unique=True
    )
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
