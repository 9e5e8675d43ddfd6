"""The practice profile: round trip, paper size, retention, extra backup recipients."""

import pytest
from pyrage import x25519

from app.errors import BadInput
from app.services.profile import ProfileDraft
from tests.unit.sentinel_helpers import assert_one_sentence
from tests.unit.service_helpers import WORLDLY, reopened


def test_a_new_vault_has_a_blank_profile_with_defaults(vault):
    profile = vault.services.profile.get()
    assert (profile.paper_size, profile.retention_years, profile.locale) == ("A4", 7, "en")
    assert profile.therapist_name == "" and profile.backup_recipients == ()


def test_the_profile_round_trips(vault, vault_path):
    custodian = str(x25519.Identity.generate().to_public())
    saved = vault.services.profile.update(ProfileDraft(
        therapist_name=" Dr Sam Lee ", credentials="MSc, UKCP", practice_name=WORLDLY,
        contact="sam@example.org\n+44 20 0000 0000", handout_footer="Thank you 🙏",
        crisis_resources="Samaritans 116 123", paper_size="Letter", locale="en-GB",
        retention_years=10, backup_recipients=(f"  {custodian} ", custodian)))
    assert saved.therapist_name == "Dr Sam Lee"
    assert saved.backup_recipients == (custodian,)  # tidied, and only once
    with reopened(vault, vault_path) as again:
        assert again.services.profile.get() == saved
        assert again.services.profile.get().practice_name == WORLDLY


@pytest.mark.parametrize("draft", [
    ProfileDraft(paper_size="A5"),
    ProfileDraft(retention_years=0),
    ProfileDraft(retention_years=101),
    ProfileDraft(locale=""),
    ProfileDraft(backup_recipients=("age1notakey",)),
    ProfileDraft(backup_recipients=("AGE-SECRET-KEY-1QQQ",)),
])
def test_bad_settings_are_refused_and_nothing_changes(vault, draft):
    before = vault.services.profile.get()
    with pytest.raises(BadInput) as refused:
        vault.services.profile.update(draft)
    assert_one_sentence(refused.value.message)
    assert vault.services.profile.get() == before
