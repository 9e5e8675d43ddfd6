"""Clients: create, edit, list, close/reopen, find by reference, and erase for good."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from app.errors import BadInput, IntegrityFailure, NotAllowed, NotFound
from app.languages import LANGUAGES
from app.models import Client, ClientKey, PracticeProfile, TherapySession
from app.models.record_index import forget_or_update
from app.services.changes import Changed, RecordKind, ignore_change
from app.services.database import Database
from app.services.measures import clients_with_flags, flag_views

STATUSES = ("active", "paused", "closed")

# "How I like to work": the client's own preferences, in their words, by topic.
PREFERENCE_TOPICS: tuple[tuple[str, str], ...] = (
    ("pace", "Pace"),
    ("directness", "How direct I'd like you to be"),
    # The key was written before the exercise had its own name; stored preferences use it.
    ("practices", "Exercises between sessions, or not"),
    ("language", "Language and words that suit me"),
    ("what_helps", "What helps"),
    ("what_doesnt", "What doesn't help"),
)


@dataclass(frozen=True, slots=True)
class ClientDraft:
    display_name: str
    legal_name: str = ""
    pronouns: str = ""
    contact: str = ""
    start_date: date | None = None
    preferences: dict[str, str] = field(default_factory=dict)
    handout_language: str = ""  # one of app.languages.LANGUAGES; "": the practice's


@dataclass(frozen=True, slots=True)
class ClientView:
    id: UUID
    display_name: str
    legal_name: str
    pronouns: str
    contact: str
    status: str
    start_date: date | None
    created_at: datetime
    preferences: dict[str, str]
    damaged: bool = False
    # A PHQ-9 item 9 answer not yet followed up (by `Clients.list` and `Clients.get`).
    needs_followup: bool = False
    handout_language: str = ""  # "": the practice's language


@dataclass(frozen=True, slots=True)
class RetentionStatus:
    last_session: datetime | None
    keep_until: date | None
    passed: bool
    years: int = 7  # the practice's retention period, counted from the last session


DAMAGED_NAME = "(damaged record)"


def client_view(row: Client) -> ClientView:
    return ClientView(
        id=row.id,
        display_name=row.display_name or "",
        legal_name=row.legal_name or "",
        pronouns=row.pronouns or "",
        contact=row.contact or "",
        status=row.status,
        start_date=row.start_date,
        created_at=row.created_at,
        preferences=dict(row.preferences or {}),
        handout_language=row.handout_language or "",
    )


def _damaged_view(row: Client) -> ClientView:
    return ClientView(row.id, DAMAGED_NAME, "", "", "", row.status, row.start_date,
                      row.created_at, {}, damaged=True)


def _view_or_damaged(row: Client) -> ClientView:
    try:
        return client_view(row)
    except IntegrityFailure:
        return _damaged_view(row)


def _load_or_damaged(s: Session, client_id: UUID) -> ClientView:
    """One client, or a damaged entry for it when even its row does not load (a date in it
    does not read): its id and status are plain and still known."""
    try:
        row = s.scalars(select(Client).where(Client.id == client_id)).one()
    except IntegrityFailure:
        status = s.scalar(select(Client.status).where(Client.id == client_id)) or ""
        return ClientView(client_id, DAMAGED_NAME, "", "", "", status, None, datetime.min, {},
                          damaged=True)
    return _view_or_damaged(row)


def confirms_erasure(typed: str, client: ClientView) -> bool:
    """Whether what the therapist typed to confirm erasing `client` is their name (or, for a
    damaged record whose name cannot be read, their id): spaces around it and Unicode
    composition do not matter; capitals and accents do."""
    wanted = str(client.id) if client.damaged else client.display_name
    return bool(wanted.strip()) and (unicodedata.normalize("NFC", typed.strip())
                                     == unicodedata.normalize("NFC", wanted.strip()))


def _validate(draft: ClientDraft) -> None:
    if not draft.display_name.strip():
        raise BadInput("Please give the client a name to show in the list.")
    if draft.handout_language:
        check_handout_language(draft.handout_language)


def check_handout_language(code: str) -> None:
    """BadInput unless `code` is a language handouts are printed in."""
    if code not in LANGUAGES:
        raise BadInput(f"Handouts are printed in one of: {', '.join(LANGUAGES)}.")


class Clients:
    def __init__(self, db: Database, changed: Changed = ignore_change) -> None:
        self._db = db
        self._changed = changed  # tells the search index this client's text changed

    def list(self, status: str | None = None, *, flags: bool = True) -> list[ClientView]:
        """Sorted by name; a damaged client (a name that does not decrypt, a date that does not
        read) shows as such instead of hiding the others. ``flags=False`` leaves out the
        follow-up marks, which open every questionnaire in the practice (`flagged`): for a list
        that must show at once and gets its marks a moment later."""
        with self._db.begin() as s:
            query = select(Client)
            if status is not None:
                query = query.where(Client.status == status)
            try:
                views = [_view_or_damaged(row) for row in s.scalars(query)]
            except IntegrityFailure:  # a date in some row does not read: one row at a time
                ids = s.scalars(query.with_only_columns(Client.id)).all()
                views = [_load_or_damaged(s, client_id) for client_id in ids]
            flagged = clients_with_flags(s) if flags else set()
        views = [replace(v, needs_followup=True) if v.id in flagged else v for v in views]
        return sorted(views, key=lambda v: (v.damaged, v.display_name.casefold(), str(v.id)))

    def flagged(self) -> set[UUID]:
        """The clients with a PHQ-9 item 9 answer (or a damaged questionnaire) not yet followed
        up."""
        with self._db.begin() as s:
            return clients_with_flags(s)

    def get(self, client_id: UUID) -> ClientView:
        with self._db.begin() as s:
            view = client_view(self._row(s, client_id))
            return replace(view, needs_followup=bool(flag_views(s, client_id)))

    @staticmethod
    def _row(s, client_id: UUID) -> Client:
        row = s.get(Client, client_id)
        if row is None:
            raise NotFound("That client is not in this vault.")
        return row

    def create(self, draft: ClientDraft) -> ClientView:
        _validate(draft)
        assert self._db.keyring is not None
        with self._db.begin() as s:
            row = Client(status="active", start_date=draft.start_date or date.today())
            wrapped = self._db.keyring.new_client_key(row.id)
            self._apply(row, draft)
            s.add(row)
            s.flush()  # no ORM relationships: the parent row goes first
            s.add(ClientKey(client_id=row.id, wrapped=wrapped))
            s.flush()
            view = client_view(row)
        self._changed(view.id, RecordKind.CLIENT)
        return view

    def update(self, client_id: UUID, draft: ClientDraft) -> ClientView:
        _validate(draft)
        with self._db.begin() as s:
            row = self._row(s, client_id)
            self._apply(row, draft)
            s.flush()
            view = client_view(row)
        self._changed(client_id, RecordKind.CLIENT)
        return view

    @staticmethod
    def _apply(row: Client, draft: ClientDraft) -> None:
        row.display_name = draft.display_name.strip()
        row.legal_name = draft.legal_name
        row.pronouns = draft.pronouns
        row.contact = draft.contact
        if draft.start_date is not None:
            row.start_date = draft.start_date
        row.preferences = {k: v for k, v in draft.preferences.items() if v}
        row.handout_language = draft.handout_language or None  # nothing stored: the practice's

    def set_status(self, client_id: UUID, status: str) -> ClientView:
        if status not in STATUSES:
            raise BadInput(f"A client's status is one of: {', '.join(STATUSES)}.")
        with self._db.begin() as s:
            row = self._row(s, client_id)
            row.status = status
            s.flush()
            view = client_view(row)
        self._changed(client_id, RecordKind.CLIENT)
        return view

    def resolve(self, reference: str) -> ClientView:
        """A client by id, exact display name, or 1-based position in `list()` (docs/design.md §6)."""
        clients = self.list()
        ref = reference.strip()
        try:
            wanted = UUID(ref)
        except ValueError:
            wanted = None
        for view in clients:
            if view.id == wanted:
                return view
        named = [v for v in clients if v.display_name == ref]
        if len(named) == 1:
            return named[0]
        if len(named) > 1:
            raise BadInput("More than one client has that name; use the id or position instead.")
        if ref.isdigit() and 1 <= int(ref) <= len(clients):
            return clients[int(ref) - 1]
        raise BadInput("No client matches that id, name or position.")

    def retention(self, client_id: UUID) -> RetentionStatus:
        with self._db.begin() as s:
            self._row(s, client_id)
            last = s.scalar(
                select(func.max(TherapySession.starts_at)).where(
                    TherapySession.client_id == client_id
                )
            )
            years = s.scalar(select(PracticeProfile.retention_years)) or 7
        if last is None:
            return RetentionStatus(None, None, True, years)
        try:
            keep_until = last.date().replace(year=last.year + years)
        except ValueError:  # 29 February
            keep_until = last.date().replace(year=last.year + years, day=28)
        return RetentionStatus(last, keep_until, keep_until <= date.today(), years)

    def erase(self, client_id: UUID, *, before_retention_ends: bool = False) -> None:
        """Destroy the client's key and every row about them, then VACUUM so no page keeps
        their ciphertext. Old backups still hold them: the UI must say so."""
        status = self.retention(client_id)
        if not status.passed and not before_retention_ends:
            raise NotAllowed(
                f"This client's records should be kept until {status.keep_until:%d %B %Y}; "
                "confirm that you want to erase them before then."
            )
        with self._db.begin() as s:
            s.execute(delete(ClientKey).where(ClientKey.client_id == client_id))
            s.execute(delete(Client).where(Client.id == client_id))  # cascades to the rest
            forget_or_update(s, None, {("client", client_id.hex): None})  # off the practice's list
        assert self._db.keyring is not None
        self._db.keyring.forget(client_id)
        self._changed(client_id, RecordKind.CLIENT)
        with self._db.engine.connect() as conn:
            conn.execute(text("VACUUM"))
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
