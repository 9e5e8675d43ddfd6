"""A row's "updated" time is read from the clock once per save: the time sealed is the time
written. A save in the same second as the stored time used to leave the column out of the
UPDATE, so SQLAlchemy ran its onupdate again; when the clock ticked between the two readings,
the row was written one second later than it was sealed, and read as damaged ever after."""

from __future__ import annotations

from datetime import datetime, timedelta

import app.models.base as base
from app.services.profile import ProfileDraft


def _clock(monkeypatch, start: datetime) -> list[datetime]:
    """The models' clock, reading `readings` in turn (the last one for ever)."""
    readings = [start]

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return readings.pop(0) if len(readings) > 1 else readings[0]

    monkeypatch.setattr(base, "datetime", Clock)
    return readings


def test_a_second_ticking_during_a_save_leaves_the_row_readable(vault, monkeypatch):
    start = datetime(2026, 12, 1, 23, 0, 5)
    readings = _clock(monkeypatch, start)
    profile = vault.services.profile
    profile.update(ProfileDraft(practice_name="Harbour Room"))  # stored at 23:00:05
    readings[:] = [start, start + timedelta(seconds=1)]  # the clock ticks during the flush
    profile.update(ProfileDraft(practice_name="Harbour Room", therapist_name="Dr Ana Lima"))
    assert profile.get().therapist_name == "Dr Ana Lima"
    assert vault.check().ok
