"""Boundaries & transparency checklists: the built-in template, the therapist's own templates,
per-client checklists, item status, and what is still open."""

from datetime import date

import pytest

from app.errors import BadInput, NotAllowed
from app.services.checklists import (
    ItemDraft,
    TemplateDraft,
    TemplateItem,
    default_template_items,
    default_template_name,
)
from app.services.clients import ClientDraft
from tests.unit.sentinel_helpers import assert_one_sentence
from tests.unit.service_helpers import WORLDLY, damage, reopened

# Each subject the default template must cover, as words that must appear in one item.
SUBJECTS = {
    "confidentiality and its limits": ("private", "must share"),
    "records and who can see them": ("record", "copy"),
    "fees and cancellation": ("cost", "cancel"),
    "contact between sessions and response times": ("between sessions", "reply"),
    "emergencies": ("emergency", "crisis"),
    "the therapist's approach and its risks": ("the way i work", "painful"),
    "feedback and disagreeing": ("feedback", "disagree"),
    "touch and physical boundaries": ("physical contact", "say no"),
    "social media and meeting outside": ("social media", "outside our sessions"),
    "supervision, de-identified": ("supervisor", "identify you"),
    "ending therapy": ("stop at any time", "ending"),
}


@pytest.fixture
def client(vault):
    return vault.services.clients.create(ClientDraft("Robin"))


def test_the_default_template_covers_every_subject_in_plain_words():
    items = default_template_items()
    texts = [(i["topic"] + " " + i["description"]).lower() for i in items]
    for subject, words in SUBJECTS.items():
        assert any(all(w in t for w in words) for t in texts), subject
    assert all(i["topic"].strip() and i["description"].strip() for i in items)
    # a fresh copy each time: a caller changing it cannot change the built-in wording
    items[0]["topic"] = "changed"
    assert default_template_items()[0]["topic"] != "changed"


def test_the_built_in_template_is_in_the_vault_first_and_can_be_reworded_and_reset(vault):
    checklists = vault.services.checklists
    builtin = checklists.templates()[0]
    assert builtin.builtin and builtin.name == default_template_name()
    assert [i.topic for i in builtin.items] == [i["topic"] for i in default_template_items()]

    reworded = checklists.update_template(
        builtin.id, TemplateDraft("Our ground rules", (TemplateItem("Tea or coffee?", WORLDLY),))
    )
    assert reworded.items == (TemplateItem("Tea or coffee?", WORLDLY),)
    assert len([t for t in checklists.templates() if t.builtin]) == 1

    reset = checklists.reset_default()
    assert reset.id == builtin.id and reset.items == builtin.items

    with pytest.raises(NotAllowed) as refused:
        checklists.delete_template(builtin.id)
    assert_one_sentence(refused.value.message)


def test_the_therapists_own_templates_are_kept_listed_and_deleted(vault, vault_path):
    own = vault.services.checklists.create_template(
        TemplateDraft("  Couples  ", (TemplateItem("Secrets between sessions", "no secrets"),
                                      TemplateItem(WORLDLY))))
    assert own.name == "Couples" and not own.builtin
    with reopened(vault, vault_path) as again:
        names = [t.name for t in again.services.checklists.templates()]
        assert names == [default_template_name(), "Couples"]
        assert again.services.checklists.template(own.id).items[1].topic == WORLDLY
        again.services.checklists.delete_template(own.id)
        assert [t.name for t in again.services.checklists.templates()] == [default_template_name()]


@pytest.mark.parametrize("draft", [
    TemplateDraft(" ", (TemplateItem("x"),)),
    TemplateDraft("No topics", ()),
    TemplateDraft("Blank topic", (TemplateItem("  ", "words"),)),
])
def test_a_template_without_a_name_or_topics_is_refused(vault, draft):
    with pytest.raises(BadInput) as refused:
        vault.services.checklists.create_template(draft)
    assert_one_sentence(refused.value.message)


def test_a_clients_checklist_copies_the_template_and_keeps_its_copy(vault, client):
    checklists = vault.services.checklists
    made = checklists.start(client.id)
    assert made.title == default_template_name()
    assert [i.topic for i in made.items] == [i["topic"] for i in default_template_items()]
    assert {i.status for i in made.items} == {"not_yet"}
    assert [i.position for i in made.items] == list(range(len(made.items)))

    builtin = checklists.default_template()
    checklists.update_template(builtin.id, TemplateDraft("Other", (TemplateItem("Only one"),)))
    assert checklists.get(made.id).items == made.items
    assert [c.id for c in checklists.list(client.id)] == [made.id]


def test_an_item_keeps_status_who_raised_it_note_and_date(vault, vault_path, client):
    checklists = vault.services.checklists
    item = checklists.start(client.id).items[0]
    changed = checklists.update_item(item.id, ItemDraft(
        item.topic, item.description, status="revisit", raised_by="client", note=WORLDLY,
        discussed_on=date(2026, 2, 3)))
    assert (changed.status, changed.raised_by, changed.note, changed.discussed_on) == (
        "revisit", "client", WORLDLY, date(2026, 2, 3))
    with reopened(vault, vault_path) as again:
        stored = again.services.checklists.open_items(client.id)
        assert stored[0] == changed


def test_talking_about_an_item_dates_it_today_unless_a_date_is_given(vault, client):
    checklists = vault.services.checklists
    item = checklists.start(client.id).items[1]
    assert item.discussed_on is None
    discussed = checklists.update_item(item.id, ItemDraft(item.topic, status="discussed"))
    assert discussed.discussed_on == date.today()
    older = checklists.update_item(item.id, ItemDraft(item.topic, status="agreed",
                                                      discussed_on=date(2025, 1, 1)))
    assert older.discussed_on == date(2025, 1, 1)
    kept = checklists.update_item(item.id, ItemDraft(item.topic, status="agreed"))
    assert kept.discussed_on == date(2025, 1, 1)


@pytest.mark.parametrize("draft", [
    ItemDraft("topic", status="done"),
    ItemDraft("topic", raised_by="supervisor"),
    ItemDraft("   "),
])
def test_a_bad_item_is_refused_and_nothing_changes(vault, client, draft):
    checklists = vault.services.checklists
    item = checklists.start(client.id).items[0]
    with pytest.raises(BadInput) as refused:
        checklists.update_item(item.id, draft)
    assert_one_sentence(refused.value.message)
    assert checklists.open_items(client.id)[0] == item


def test_open_items_are_those_not_yet_agreed(vault, client):
    checklists = vault.services.checklists
    items = checklists.start(client.id).items
    for item, status in zip(items[:4], ("agreed", "discussed", "revisit", "agreed"), strict=True):
        checklists.update_item(item.id, ItemDraft(item.topic, status=status))
    still_open = checklists.open_items(client.id)
    assert [i.id for i in still_open] == [items[1].id, items[2].id] + [i.id for i in items[4:]]
    assert {i.status for i in still_open} == {"discussed", "revisit", "not_yet"}
    assert all(i.is_open for i in still_open)


def test_a_topic_the_client_raises_is_added_at_the_end_and_can_be_removed(vault, client):
    checklists = vault.services.checklists
    made = checklists.start(client.id)
    added = checklists.add_item(made.id, ItemDraft("Can my partner come once?", raised_by="client"))
    assert added.position == len(made.items) and added.raised_by == "client"
    assert checklists.get(made.id).items[-1] == added
    checklists.remove_item(added.id)
    assert checklists.get(made.id).items == made.items


def test_a_checklist_for_an_unknown_client_is_refused(vault):
    from uuid import uuid4
    with pytest.raises(BadInput):
        vault.services.checklists.start(uuid4())


def test_a_damaged_item_shows_as_damaged_and_the_rest_still_list(vault, vault_path, client):
    made = vault.services.checklists.start(client.id)
    broken = made.items[2]
    vault.close()
    damage(vault_path, "checklist_item", "note", broken.id)
    with reopened(vault, vault_path) as again:
        items = again.services.checklists.get(made.id).items
        assert [i.damaged for i in items] == [i.id == broken.id for i in made.items]
        assert [i.topic for i in items if not i.damaged] == [
            i.topic for i in made.items if i.id != broken.id]
        assert broken.id in [i.id for i in again.services.checklists.open_items(client.id)]
