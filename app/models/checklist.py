"""Boundaries & transparency checklists: templates, and per-client instances with items."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, encrypted_json, encrypted_text, now
from app.models.shapes import TEXT, Fields, ListOf


class ChecklistTemplate(Base):
    __tablename__ = "checklist_template"
    __label__ = "checklist template"
    __key_owner__ = None

    builtin: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)

    name = encrypted_text()
    items = encrypted_json(ListOf(Fields.of(topic=TEXT, description=TEXT)))


class Checklist(Base):
    __tablename__ = "checklist"
    __label__ = "checklist"

    client_id: Mapped[UUID] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    template_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("checklist_template.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=now)

    title = encrypted_text()


class ChecklistItem(Base):
    __tablename__ = "checklist_item"
    __label__ = "checklist item"

    checklist_id: Mapped[UUID] = mapped_column(
        ForeignKey("checklist.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[UUID] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(12), default="not_yet")
    # not_yet | discussed | agreed | revisit
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)

    topic = encrypted_text()
    description = encrypted_text()
    raised_by = encrypted_text()  # client | therapist
    note = encrypted_text()
    discussed_on = encrypted_text()  # ISO date
