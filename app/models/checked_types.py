"""Column types that turn an unreadable stored value into an IntegrityFailure.

Ids and dates are plaintext columns (docs/design.md §3), so someone editing the file can put anything
there. SQLAlchemy's own types would raise a bare ValueError deep in a query; these wrap the same
types so the user gets the usual "damaged" sentence and the command line exits 3.

Every id and date of every row loaded goes through these (benchmarks/decrypt_all.py), so on
SQLite, where SQLAlchemy's own conversion is known, each is one function doing that conversion
with the check around it, rather than a check calling SQLAlchemy's function: the same values,
and the same values refused (tests/unit/test_checked_types_fast.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from uuid import UUID, SafeUUID

from sqlalchemy import Date, DateTime, Dialect, TypeDecorator, Uuid
from sqlalchemy.engine import processors

from app.errors import IntegrityFailure

_UNREADABLE = IntegrityFailure(
    "A date or id stored in the vault is damaged (the file was changed outside Reciprocal); "
    "run a check to see which record, and restore it from a backup.",
)
# What SQLAlchemy's conversions raise for a value they cannot read (AttributeError: a number
# where a UUID is stored as text).
_REFUSED = (ValueError, TypeError, OverflowError, AttributeError)


def _checked(inner: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def process(value: Any) -> Any:
        try:
            return inner(value)
        except _REFUSED as exc:
            raise IntegrityFailure(_UNREADABLE.message) from exc

    return process


def _checked_iso(parse: Callable[[str], Any]) -> Callable[[Any], Any]:
    """`_checked` of SQLAlchemy's SQLite ``str_to_datetime`` / ``str_to_date`` (None stays None,
    anything else is parsed by `parse`, ``fromisoformat``), written as one function."""

    def process(value: Any) -> Any:
        if value is None:
            return None
        try:
            return parse(value)
        except _REFUSED as exc:
            raise IntegrityFailure(_UNREADABLE.message) from exc

    return process


_new_uuid = UUID.__new__
_set = object.__setattr__
_UNKNOWN = SafeUUID.unknown


def _uuid_from_text(inner: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`_checked` of SQLAlchemy's processor for a UUID stored as text (``UUID(value)``). What
    SQLAlchemy writes, 32 hex digits, is turned into a UUID as ``UUID.__init__`` does for text
    without dashes, braces or a "urn:uuid:" prefix (the int of the hex digits, safety unknown),
    without its Python-level parsing; anything else goes to `inner`."""
    fallback = _checked(inner)

    def process(value: Any) -> Any:
        if type(value) is str and len(value) == 32 and value.isalnum():
            try:
                number = int(value, 16)
            except ValueError as exc:
                raise IntegrityFailure(_UNREADABLE.message) from exc
            uuid = _new_uuid(UUID)
            _set(uuid, "int", number)
            _set(uuid, "is_safe", _UNKNOWN)
            return uuid
        return None if value is None else fallback(value)

    return process


class _Checked(TypeDecorator[Any]):

    def result_processor(
        self, dialect: Dialect, coltype: object
    ) -> Callable[[Any], Any] | None:
        inner = super().result_processor(dialect, coltype)
        if inner is None:
            return None
        return self._fast(inner, dialect) or _checked(inner)

    def _fast(self, inner: Callable[[Any], Any], dialect: Dialect) -> Callable[[Any], Any] | None:
        """`_checked(inner)` as one function, where what `inner` does is known."""
        return None


class CheckedUuid(_Checked):
    impl = Uuid
    cache_ok = True

    def _fast(self, inner: Callable[[Any], Any], dialect: Dialect) -> Callable[[Any], Any] | None:
        impl: Any = self.impl_instance
        if dialect.name == "sqlite" and impl.as_uuid \
                and not (dialect.supports_native_uuid and impl.native_uuid):
            return _uuid_from_text(inner)
        return None


class CheckedDateTime(_Checked):
    impl = DateTime
    cache_ok = True

    def _fast(self, inner: Callable[[Any], Any], dialect: Dialect) -> Callable[[Any], Any] | None:
        return _checked_iso(datetime.fromisoformat) if inner is processors.str_to_datetime \
            else None


class CheckedDate(_Checked):
    impl = Date
    cache_ok = True

    def _fast(self, inner: Callable[[Any], Any], dialect: Dialect) -> Callable[[Any], Any] | None:
        return _checked_iso(date.fromisoformat) if inner is processors.str_to_date else None
