"""SQLAlchemy models of the vault. Importing this package registers every table on Base."""

from app.models.agreement import AgreementVersion, Goal, GoalRating
from app.models.base import KEYRING, Base
from app.models.checklist import Checklist, ChecklistItem, ChecklistTemplate
from app.models.client import Client, ClientKey
from app.models.disclosure import Disclosure
from app.models.exercise import Exercise
from app.models.feedback import Feedback
from app.models.journal import JournalEntry
from app.models.measure import Measure
from app.models.record_index import RecordIndex
from app.models.therapy_session import PrivateNote, SessionAmendment, TherapySession
from app.models.vault_meta import PracticeProfile, VaultMeta
from app.models.write_counter import WriteCounter

# Parents before children: the order backups write and restores insert.
ALL_MODELS: tuple[type[Base], ...] = (
    VaultMeta,
    PracticeProfile,
    ChecklistTemplate,
    JournalEntry,
    Client,
    ClientKey,
    TherapySession,
    PrivateNote,
    SessionAmendment,
    Goal,
    AgreementVersion,
    GoalRating,
    Checklist,
    ChecklistItem,
    Feedback,
    Measure,
    Exercise,
    Disclosure,
    RecordIndex,
    WriteCounter,
)

__all__ = [
    "ALL_MODELS",
    "KEYRING",
    "AgreementVersion",
    "Base",
    "Checklist",
    "ChecklistItem",
    "ChecklistTemplate",
    "Client",
    "ClientKey",
    "Disclosure",
    "Exercise",
    "Feedback",
    "Goal",
    "GoalRating",
    "JournalEntry",
    "Measure",
    "PracticeProfile",
    "PrivateNote",
    "RecordIndex",
    "SessionAmendment",
    "TherapySession",
    "VaultMeta",
    "WriteCounter",
]
