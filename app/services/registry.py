"""The set of use-case services an unlocked vault offers, built together and closed together.

Every service that changes searchable text reports which client it touched to the search index
(`search.touch`), so the next search rebuilds just that part; `close()` (on lock) drops the
index and every decrypted string in it.
"""

from __future__ import annotations

from app.services.agreements import Agreements
from app.services.backup import Backups
from app.services.checklists import Checklists
from app.services.client_overview import ClientOverviews
from app.services.clients import Clients
from app.services.database import Database
from app.services.disclosures import Disclosures
from app.services.feedback import FeedbackLog
from app.services.journal import Journal
from app.services.measures import Measures
from app.services.practices import Practices
from app.services.profile import Profile
from app.services.search import Search
from app.services.sessions import Sessions


class Services:
    def __init__(self, db: Database) -> None:
        self.search = Search(db)
        changed = self.search.touch
        self.clients = Clients(db, changed)
        self.sessions = Sessions(db, changed)
        self.profile = Profile(db)
        self.agreements = Agreements(db, changed)
        self.checklists = Checklists(db, changed)
        self.feedback = FeedbackLog(db, changed)
        self.measures = Measures(db, changed)
        self.practices = Practices(db, changed)
        self.journal = Journal(db, changed)
        self.disclosures = Disclosures(db)
        self.backups = Backups(db, self.disclosures)
        self.overview = ClientOverviews(db)

    def close(self) -> None:
        """Drop anything cached in memory: the search index and its decrypted text."""
        self.search.clear()
