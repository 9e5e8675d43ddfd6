"""Session notes: templated notes, the shared summary, the private process note (kept apart),
sign-and-lock, and dated amendments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from sqlalchemy import Select, select

from app.errors import BadInput, IntegrityFailure, NotAllowed
from app.models import PrivateNote, SessionAmendment, TherapySession
from app.models.base import now
from app.services.changes import Changed, RecordKind, ignore_change
from app.services.database import Database

# Each template's fields, in order: (key, label shown to the therapist).
TEMPLATES: dict[str, tuple[tuple[str, str], ...]] = {
    "SOAP": (
        ("subjective", "Subjective"),
        ("objective", "Objective"),
        ("assessment", "Assessment"),
        ("plan", "Plan"),
    ),
    "DAP": (("data", "Data"), ("assessment", "Assessment"), ("plan", "Plan")),
    "BIRP": (
        ("behavior", "Behaviour"),
        ("intervention", "Intervention"),
        ("response", "Response"),
        ("plan", "Plan"),
    ),
    "free": (("note", "Note"),),
}
FORMATS = ("in person", "online", "phone")
# Inside the encrypted note once it is signed. The plaintext status column alone could be
# flipped back to "draft" by anyone who can write the file; this mark cannot be removed without
# destroying the note itself.
SIGNED_MARK = "_signed_at"


def stored_note(fields: dict[str, str], signed_at: datetime | None) -> dict[str, str]:
    """The note as it is sealed: the template's fields, plus the signing time once signed."""
    return fields if signed_at is None else {**fields, SIGNED_MARK: signed_at.isoformat()}


def _is_signed(row: TherapySession) -> bool:
    return row.status == "signed" or SIGNED_MARK in (row.note or {})


@dataclass(frozen=True, slots=True)
class SessionDraft:
    starts_at: datetime
    duration_minutes: int = 50
    format: str = "in person"
    template: str = "SOAP"
    fields: dict[str, str] = field(default_factory=dict)
    shared_summary: str = ""
    private_note: str = ""


@dataclass(frozen=True, slots=True)
class AmendmentView:
    id: UUID
    created_at: datetime
    text: str


@dataclass(frozen=True, slots=True)
class SessionView:
    """A session as the client's record may show it. The private note is deliberately not
    here: it is read only through `Sessions.private_note()`."""

    id: UUID
    client_id: UUID
    starts_at: datetime
    duration_minutes: int
    format: str
    template: str
    fields: dict[str, str]
    shared_summary: str
    status: str
    signed_at: datetime | None
    signed_by: str
    amendments: tuple[AmendmentView, ...] = ()

    @property
    def signed(self) -> bool:
        return self.status == "signed"


@dataclass(frozen=True, slots=True)
class SessionSummary:
    id: UUID
    client_id: UUID
    starts_at: datetime
    status: str
    template: str
    format: str
    damaged: bool = False


def _validate(draft: SessionDraft) -> None:
    if draft.template not in TEMPLATES:
        raise BadInput(f"A note template is one of: {', '.join(TEMPLATES)}.")
    if draft.format not in FORMATS:
        raise BadInput(f"A session format is one of: {', '.join(FORMATS)}.")
    if not 0 < int(draft.duration_minutes) <= 24 * 60:
        raise BadInput("A session lasts between 1 minute and 24 hours.")


def session_view(row: TherapySession, amendments: list[SessionAmendment]) -> SessionView:
    return SessionView(
        id=row.id,
        client_id=row.client_id,
        starts_at=row.starts_at,
        duration_minutes=int(row.duration_minutes or 0),
        format=row.format or "",
        template=row.template or "free",
        fields={k: v for k, v in (row.note or {}).items() if k != SIGNED_MARK},
        shared_summary=row.shared_summary or "",
        status="signed" if _is_signed(row) else row.status,
        signed_at=row.signed_at,
        signed_by=row.signed_by or "",
        amendments=tuple(
            AmendmentView(a.id, a.created_at, a.text or "")
            for a in sorted(amendments, key=lambda a: a.created_at)
        ),
    )


def _damaged(row: TherapySession) -> bool:
    """Whether the row fails its check when read, as `Sessions.list` reads it."""
    try:
        row.template, row.format  # noqa: B018 -- read for the check only
    except IntegrityFailure:
        return True
    return False


def _newest_first(client_id: UUID) -> Select[TherapySession]:
    """A client's sessions, newest first; those that start at the same moment in the order of
    their ids, as search orders them."""
    return (select(TherapySession).where(TherapySession.client_id == client_id)
            .order_by(TherapySession.starts_at.desc(), TherapySession.id.desc()))


class Sessions:
    def __init__(self, db: Database, changed: Changed = ignore_change) -> None:
        self._db = db
        self._changed = changed  # tells the search index this client's text changed

    def list(self, client_id: UUID) -> list[SessionSummary]:
        """Newest first; sessions that start at the same moment in the order of their ids, as
        search orders them. A damaged note is listed as damaged, not hidden."""
        with self._db.begin() as s:
            out = []
            for row in s.scalars(_newest_first(client_id)):
                try:
                    out.append(SessionSummary(row.id, row.client_id, row.starts_at, row.status,
                                              row.template or "free", row.format or ""))
                except IntegrityFailure:
                    out.append(SessionSummary(row.id, row.client_id, row.starts_at, row.status,
                                              "", "", damaged=True))
            return out

    def views(self, client_id: UUID) -> tuple[SessionView, ...]:
        """Every session of the client that `list` does not mark damaged, in its order, as
        `get` gives each: in one unit of work and two queries, not two for each session (the
        record handout reads all of a client's sessions)."""
        with self._db.begin() as s:
            rows = list(s.scalars(_newest_first(client_id)))
            amendments: dict[UUID, list[SessionAmendment]] = {row.id: [] for row in rows}
            for amendment in s.scalars(select(SessionAmendment)
                                       .where(SessionAmendment.client_id == client_id)):
                amendments.setdefault(amendment.session_id, []).append(amendment)
            return tuple(session_view(row, amendments[row.id]) for row in rows
                         if not _damaged(row))

    def get(self, session_id: UUID) -> SessionView:
        with self._db.begin() as s:
            return self._view(s, self._row(s, session_id))

    @staticmethod
    def _row(s, session_id: UUID) -> TherapySession:
        row = s.get(TherapySession, session_id)
        if row is None:
            raise BadInput("That session is not in this vault.")
        return row

    @staticmethod
    def _view(s, row: TherapySession) -> SessionView:
        amendments = list(
            s.scalars(select(SessionAmendment).where(SessionAmendment.session_id == row.id))
        )
        return session_view(row, amendments)

    def latest(self, client_id: UUID) -> SessionView | None:
        with self._db.begin() as s:
            row = s.scalars(
                select(TherapySession)
                .where(TherapySession.client_id == client_id)
                .order_by(TherapySession.starts_at.desc())
                .limit(1)
            ).first()
            return None if row is None else self._view(s, row)

    def create(self, client_id: UUID, draft: SessionDraft) -> SessionView:
        _validate(draft)
        with self._db.begin() as s:
            row = TherapySession(client_id=client_id, status="draft")
            self._apply(row, draft)
            s.add(row)
            s.flush()  # no ORM relationships: the parent row goes first
            s.add(PrivateNote(session_id=row.id, client_id=client_id, text=draft.private_note))
            s.flush()
            view = self._view(s, row)
        self._changed(client_id, RecordKind.SESSION)
        return view

    def save(self, session_id: UUID, draft: SessionDraft) -> SessionView:
        """Save a draft note and its private note together. A signed note refuses."""
        _validate(draft)
        with self._db.begin() as s:
            row = self._row(s, session_id)
            if _is_signed(row):
                raise NotAllowed("This note is signed and locked; add an amendment instead.")
            self._apply(row, draft)
            private = self._private_row(s, row)
            if private.text != draft.private_note:
                private.text = draft.private_note
            s.flush()
            view = self._view(s, row)
        self._changed(view.client_id, RecordKind.SESSION)
        return view

    @staticmethod
    def _apply(row: TherapySession, draft: SessionDraft) -> None:
        keys = [k for k, _ in TEMPLATES[draft.template]]
        row.starts_at = draft.starts_at.replace(microsecond=0)
        row.duration_minutes = int(draft.duration_minutes)
        row.format = draft.format
        row.template = draft.template
        row.note = {k: draft.fields.get(k, "") for k in keys}
        row.shared_summary = draft.shared_summary

    @staticmethod
    def _private_row(s, row: TherapySession) -> PrivateNote:
        private = s.scalars(select(PrivateNote).where(PrivateNote.session_id == row.id)).first()
        if private is None:
            private = PrivateNote(session_id=row.id, client_id=row.client_id, text="")
            s.add(private)
        return private

    def private_note(self, session_id: UUID) -> str:
        """The therapist's private process note. Never passed to handouts or record exports."""
        with self._db.begin() as s:
            return self._private_row(s, self._row(s, session_id)).text or ""

    def sign(self, session_id: UUID, signed_by: str) -> SessionView:
        if not signed_by.strip():
            raise BadInput("Type your name to sign the note.")
        with self._db.begin() as s:
            row = self._row(s, session_id)
            if _is_signed(row):
                raise NotAllowed("This note is already signed.")
            row.status = "signed"
            row.signed_at = now()
            row.signed_by = signed_by.strip()
            row.note = stored_note(dict(row.note or {}), row.signed_at)
            s.flush()
            view = self._view(s, row)
        self._changed(view.client_id, RecordKind.SESSION)
        return view

    def amend(self, session_id: UUID, text: str) -> SessionView:
        """Add a dated amendment to a signed note (the note itself never changes)."""
        if not text.strip():
            raise BadInput("An amendment cannot be empty.")
        with self._db.begin() as s:
            row = self._row(s, session_id)
            if not _is_signed(row):
                raise NotAllowed("Only a signed note takes amendments; edit the draft instead.")
            s.add(SessionAmendment(session_id=row.id, client_id=row.client_id, text=text))
            s.flush()
            view = self._view(s, row)
        self._changed(view.client_id, RecordKind.SESSION)
        return view

    def delete_draft(self, session_id: UUID) -> None:
        with self._db.begin() as s:
            row = self._row(s, session_id)
            if _is_signed(row):
                raise NotAllowed("A signed note cannot be deleted.")
            client_id = row.client_id
            s.delete(row)
        self._changed(client_id, RecordKind.SESSION)
