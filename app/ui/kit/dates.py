"""One way to write dates and times on every screen: the system locale's (Qt's `QLocale`), in
the medium length a therapist reads at a glance — the locale's long date without the weekday,
with the month abbreviated ("1 Dec 2026" in Britain, "Dec 1, 2026" in the US, "1. Dez. 2026"
in Germany). Times follow the locale's short time format."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

_WEEKDAY = re.compile(r"d{4}[,.]?\s*")


def date_format(locale: QLocale | None = None) -> str:
    """The Qt date format behind `long_date` (also for date editors)."""
    long = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    return _WEEKDAY.sub("", long).replace("MMMM", "MMM").strip(" ,")


def time_format(locale: QLocale | None = None) -> str:
    return (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)


def date_time_format(locale: QLocale | None = None) -> str:
    """With the weekday first, for when a session is (also for date-time editors)."""
    return f"ddd {date_format(locale)}, {time_format(locale)}"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def long_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    return QLocale().toString(_qdate(day), date_format())


def clock(value: datetime) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), time_format())


def moment(value: datetime | None) -> str:
    """A date with its time, like "1 Dec 2026, 10:30"."""
    return "" if value is None else f"{long_date(value)}, {clock(value)}"


def session_moment(value: datetime) -> str:
    """When a session is, with its weekday: "Tue 1 Dec 2026, 10:30" — `date_time_format`,
    its date and its time formatted apart: a QDateTime looks up the local time zone, ten
    times the cost, and the sessions list writes one per session. The time is shown as
    stored, as `moment` shows it, also in the hour a clock change skips (a QDateTime would
    move it on by an hour there)."""
    locale = QLocale()
    day = locale.toString(_qdate(value.date()), f"ddd {date_format(locale)}")
    return f"{day}, {locale.toString(QTime(value.hour, value.minute), time_format(locale))}"
