"""The set of use-case services an unlocked vault offers, built together and closed together."""

from __future__ import annotations

from app.services.clients import Clients
from app.services.database import Database
from app.services.sessions import Sessions


class Services:
    def __init__(self, db: Database) -> None:
        self.clients = Clients(db)
        self.sessions = Sessions(db)

    def close(self) -> None:
        """Drop anything cached in memory (search index, decrypted views)."""
