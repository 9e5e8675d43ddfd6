"""The therapist's journal: reflection, supervision and self-care entries with check-ins."""

from datetime import datetime

import pytest

from app.errors import BadInput
from app.services.journal import CHECKIN_TOPICS, JournalDraft
from tests.unit.sentinel_helpers import assert_one_sentence
from tests.unit.service_helpers import WORLDLY, damage, reopened


def test_entries_round_trip_newest_first_and_filter_by_kind(vault, vault_path):
    journal = vault.services.journal
    older = journal.save(JournalDraft("supervision", "Bring to supervision", WORLDLY,
                                      written_at=datetime(2026, 1, 5, 18)))
    checkin = {key: 7 for key, _ in CHECKIN_TOPICS} | {"walks by the sea": 10}
    newer = journal.save(JournalDraft("self-care", "Sunday check-in", "", checkin,
                                      written_at=datetime(2026, 1, 11, 20)))
    with reopened(vault, vault_path) as again:
        journal = again.services.journal
        assert journal.list() == [newer, older]
        assert journal.list("supervision") == [older]
        assert journal.get(older.id).body == WORLDLY
        assert journal.get(newer.id).checkin["walks by the sea"] == 10


def test_editing_keeps_the_date_and_deleting_removes_the_entry(vault):
    journal = vault.services.journal
    entry = journal.save(JournalDraft("reflection", "After a hard day", "first thoughts",
                                      written_at=datetime(2026, 1, 5, 18)))
    edited = journal.save(JournalDraft("reflection", "After a hard day", "second thoughts"),
                          entry.id)
    assert edited.id == entry.id and edited.created_at == datetime(2026, 1, 5, 18)
    assert journal.get(entry.id).body == "second thoughts"
    journal.delete(entry.id)
    assert journal.list() == []
    with pytest.raises(BadInput):
        journal.get(entry.id)


@pytest.mark.parametrize("draft", [
    JournalDraft("diary", "x"),
    JournalDraft("reflection", "  ", "  "),
    JournalDraft("self-care", checkin={"sleep": 11}),
    JournalDraft("self-care", checkin={"": 5}),
])
def test_an_empty_entry_an_unknown_kind_or_a_rating_off_the_scale_is_refused(vault, draft):
    with pytest.raises(BadInput) as refused:
        vault.services.journal.save(draft)
    assert_one_sentence(refused.value.message)
    assert vault.services.journal.list() == []


def test_a_damaged_entry_is_listed_as_damaged(vault, vault_path):
    kept = vault.services.journal.save(JournalDraft("reflection", "kept",
                                                    written_at=datetime(2026, 1, 1, 9)))
    broken = vault.services.journal.save(JournalDraft("reflection", "broken",
                                                      written_at=datetime(2026, 1, 2, 9)))
    vault.close()
    damage(vault_path, "journal_entry", "body", broken.id)
    with reopened(vault, vault_path) as again:
        listed = again.services.journal.list("reflection")
        assert [(e.id, e.damaged) for e in listed] == [(broken.id, True), (kept.id, False)]
