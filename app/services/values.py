"""Small helpers every use-case service shares: dates kept as ISO text inside encrypted fields,
bounded ratings, finding a row or saying plainly that it is not there, listing rows so that a
damaged one shows as damaged instead of breaking the list, and the hook that tells the search
index which client's text changed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar
from uuid import UUID

from sqlalchemy.orm import Session

from app.errors import BadInput, IntegrityFailure, NotFound
from app.models import Client, TherapySession
from app.models.base import Base, now

R = TypeVar("R", bound=Base)
V = TypeVar("V")

def iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def parse_date(text: str | None) -> date | None:
    """An ISO date written by `iso`; anything else reads as no date rather than failing."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def rating(value: object, low: int, high: int, what: str) -> int:
    """A whole number from low to high inclusive, or BadInput naming what was rated."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise BadInput(f"{what} is a whole number from {low} to {high}.")
    return value


def optional_rating(value: object, low: int, high: int, what: str) -> int | None:
    return None if value is None else rating(value, low, high, what)


def one_of(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise BadInput(f"{what} is one of: {', '.join(allowed)}.")
    return value


def get_row(s: Session, model: type[R], row_id: UUID, message: str) -> R:
    row = s.get(model, row_id)
    if row is None:
        raise NotFound(message)
    return row


def require_client(s: Session, client_id: UUID) -> Client:
    return get_row(s, Client, client_id, "That client is not in this vault.")


def check_session(s: Session, client_id: UUID, session_id: UUID | None) -> TherapySession | None:
    """The session something refers to, after checking it is this client's."""
    if session_id is None:
        return None
    session = get_row(s, TherapySession, session_id, "That session is not in this vault.")
    if session.client_id != client_id:
        raise BadInput("That session belongs to another client.")
    return session


def moment(s: Session, client_id: UUID, session_id: UUID | None, at: datetime | None) -> datetime:
    """When something about a session happened: the time given, else the session's start (so
    charts line up with sessions), else now. Also checks the session is this client's."""
    session = check_session(s, client_id, session_id)
    if at is not None:
        return at.replace(microsecond=0)
    return session.starts_at if session is not None else now()


def views(rows: Iterable[R], make: Callable[[R], V], damaged: Callable[[R], V]) -> list[V]:
    """Build a view per row; a row that fails its integrity check gets a damaged view."""
    out: list[V] = []
    for row in rows:
        try:
            out.append(make(row))
        except IntegrityFailure:
            out.append(damaged(row))
    return out


def text(value: Any) -> str:
    """A decrypted optional text field as a string."""
    return value or ""
