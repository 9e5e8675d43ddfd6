"""The disclosure log: every export, print, handout and backup — what, for whom, when.

It answers a client's request for an accounting of disclosures (HIPAA) and shows what left the
app (GDPR accountability). Entries are only ever added: none is edited or deleted, except that
erasing a client erases the entries about them with the rest of their record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import select

from app.errors import BadInput
from app.models import Disclosure
from app.models.base import now
from app.services.database import Database
from app.services.values import one_of, require_client, text, views

ACTIONS = ("export", "print", "handout", "backup")


@dataclass(frozen=True, slots=True)
class DisclosureView:
    id: UUID
    at: datetime
    client_id: UUID | None
    action: str = ""
    what: str = ""
    recipient: str = ""
    damaged: bool = False


def _view(row: Disclosure) -> DisclosureView:
    return DisclosureView(row.id, row.at, row.client_id, text(row.action), text(row.what),
                          text(row.recipient))


def _damaged(row: Disclosure) -> DisclosureView:
    return DisclosureView(row.id, row.at, row.client_id, damaged=True)


class Disclosures:
    def __init__(self, db: Database) -> None:
        self._db = db

    def log(self, action: str, what: str, recipient: str = "", client_id: UUID | None = None,
            at: datetime | None = None) -> DisclosureView:
        """Record that something left the app: `what` (for instance "session summary, 4 March
        2026"), for whom, and about which client (None for the whole practice, as a backup)."""
        one_of(action, ACTIONS, "A disclosure")
        if not what.strip():
            raise BadInput("Say what was disclosed, in a few words.")
        with self._db.begin() as s:
            if client_id is not None:
                require_client(s, client_id)
            row = Disclosure(client_id=client_id, at=(at or now()).replace(microsecond=0),
                             action=action, what=what.strip(), recipient=recipient.strip())
            s.add(row)
            s.flush()
            return _view(row)

    def list(self, client_id: UUID | None = None) -> list[DisclosureView]:
        """Newest first: every entry, or only those about one client."""
        with self._db.begin() as s:
            query = select(Disclosure)
            if client_id is not None:
                query = query.where(Disclosure.client_id == client_id)
            rows = s.scalars(query.order_by(Disclosure.at.desc()))
            return views(rows, _view, _damaged)
