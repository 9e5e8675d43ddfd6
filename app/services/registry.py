"""The set of use-case services an unlocked vault offers, built together and closed together.

Every service reports each write as a change *(client, kind)* to one `ChangeLog`: the search
index hears of it at once (the next search rebuilds just that client's part) and whoever ran
the write takes the changes to tell the screens. `close()` (on lock) drops the index and every
decrypted string in it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from app.services.agreements import Agreements
from app.services.backup import Backups
from app.services.changes import ChangeLog
from app.services.checklists import Checklists
from app.services.client_overview import ClientOverviews
from app.services.clients import Clients
from app.services.database import Database
from app.services.disclosures import Disclosures
from app.services.exercises import Exercises
from app.services.feedback import FeedbackLog
from app.services.journal import Journal
from app.services.measures import Measures
from app.services.profile import Profile
from app.services.search import Search
from app.services.sessions import Sessions

if TYPE_CHECKING:
    from app.services.handouts import Handouts


class Services:
    def __init__(self, db: Database) -> None:
        self.search = Search(db)
        self.changes = ChangeLog(lambda client_id, _kind: self.search.touch(client_id))
        changed = self.changes.record
        self.clients = Clients(db, changed)
        self.sessions = Sessions(db, changed)
        self.profile = Profile(db, changed)
        self.agreements = Agreements(db, changed)
        self.checklists = Checklists(db, changed)
        self.feedback = FeedbackLog(db, changed)
        self.measures = Measures(db, changed)
        self.exercises = Exercises(db, changed)
        self.journal = Journal(db, changed)
        self.disclosures = Disclosures(db)
        self.backups = Backups(db, self.disclosures)
        self.overview = ClientOverviews(db)

    @functools.cached_property
    def handouts(self) -> Handouts:
        """Made on first use: it imports reportlab (~0.13 s), which unlocking need not wait for."""
        from app.services.handouts import Handouts

        return Handouts(self)

    def close(self) -> None:
        """Drop anything cached in memory: the search index and its decrypted text."""
        self.search.clear()
