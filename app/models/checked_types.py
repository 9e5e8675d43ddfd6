"""Column types that turn an unreadable stored value into an IntegrityFailure.

Ids and dates are plaintext columns (docs/design.md §3), so someone editing the file can put anything
there. SQLAlchemy's own types would raise a bare ValueError deep in a query; these wrap the same
types so the user gets the usual "damaged" sentence and the command line exits 3.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Date, DateTime, Dialect, TypeDecorator, Uuid

from app.errors import IntegrityFailure

_UNREADABLE = IntegrityFailure(
    "A date or id stored in the vault is damaged (the file was changed outside Reciprocal); "
    "run a check to see which record, and restore it from a backup.",
)


class _Checked(TypeDecorator[Any]):

    def result_processor(
        self, dialect: Dialect, coltype: object
    ) -> Callable[[Any], Any] | None:
        inner = super().result_processor(dialect, coltype)
        if inner is None:
            return None

        def process(value: Any) -> Any:
            try:
                return inner(value)
            except (ValueError, TypeError, OverflowError) as exc:
                raise IntegrityFailure(_UNREADABLE.message) from exc

        return process


class CheckedUuid(_Checked):
    impl = Uuid
    cache_ok = True


class CheckedDateTime(_Checked):
    impl = DateTime
    cache_ok = True


class CheckedDate(_Checked):
    impl = Date
    cache_ok = True
