"""The Overview tab in one call, and the set of services an unlocked vault offers."""

from datetime import date, datetime
from uuid import uuid4

import pytest

from app.errors import BadInput
from app.services.agreements import AgreementDraft, GoalDraft, Signatures
from app.services.checklists import ItemDraft
from app.services.clients import ClientDraft
from app.services.exercises import ExerciseDraft
from app.services.feedback import FeedbackDraft
from app.services.measures import MeasureDraft
from app.services.sessions import SessionDraft


def test_an_unlocked_vault_offers_every_service(vault):
    for name in ("clients", "sessions", "profile", "agreements", "checklists", "feedback",
                 "measures", "exercises", "journal", "disclosures", "search", "overview"):
        assert getattr(vault.services, name) is not None, name


def test_a_new_client_has_an_empty_overview(vault):
    robin = vault.services.clients.create(ClientDraft("Robin", pronouns="they/them"))
    overview = vault.services.overview.get(robin.id)
    assert overview.client == robin
    assert (overview.goals, overview.open_items, overview.active_exercises, overview.flags) == (
        (), (), (), ())
    assert (overview.agreement, overview.last_feedback, overview.latest_session) == (
        None, None, None)
    assert (overview.agreement_status, overview.session_count) == ("none", 0)


def test_the_overview_shows_what_to_glance_at_before_a_session(vault):
    s = vault.services
    robin = s.clients.create(ClientDraft("Robin"))
    kim = s.clients.create(ClientDraft("Kim"))
    for day in (3, 17, 10):
        s.sessions.create(robin.id, SessionDraft(datetime(2026, 2, day, 9)))
    s.sessions.create(kim.id, SessionDraft(datetime(2026, 4, 1, 9)))

    goal = s.agreements.add_goal(robin.id, GoalDraft("Sleep before midnight"))
    retired = s.agreements.add_goal(robin.id, GoalDraft("Old goal"))
    s.agreements.retire_goal(retired.id)
    draft = s.agreements.start(robin.id, AgreementDraft())

    items = s.checklists.start(robin.id).items
    s.checklists.update_item(items[0].id, ItemDraft(items[0].topic, status="agreed"))
    s.feedback.record(robin.id, FeedbackDraft(overall=4, given_at=datetime(2026, 2, 3, 10)))
    last = s.feedback.record(robin.id, FeedbackDraft(overall=8,
                                                     given_at=datetime(2026, 2, 17, 10)))
    walk = s.exercises.create(robin.id, ExerciseDraft("Walk"))
    s.exercises.set_status(s.exercises.create(robin.id, ExerciseDraft("Old")).id, "done")
    flagged = s.measures.record(robin.id, MeasureDraft("PHQ-9", (1,) * 9))
    s.measures.record(robin.id, MeasureDraft("PHQ-9", (0,) * 9))

    overview = s.overview.get(robin.id)
    assert [g.id for g in overview.goals] == [goal.id]
    assert (overview.agreement.id, overview.agreement_status) == (draft.id, "draft")
    assert [i.id for i in overview.open_items] == [i.id for i in items[1:]]
    assert overview.last_feedback == last
    assert [p.id for p in overview.active_exercises] == [walk.id]
    assert [(f.measure_id, f.answer) for f in overview.flags] == [(flagged.id, 1)]
    assert (overview.latest_session, overview.session_count) == (datetime(2026, 2, 17, 9), 3)

    s.agreements.agree(draft.id, Signatures("Robin", date(2026, 2, 17), "Dr Lee",
                                            date(2026, 2, 17)))
    s.measures.record_followup(flagged.id, "Talked it through; no current thoughts of harm.")
    overview = s.overview.get(robin.id)
    assert overview.agreement_status == "agreed" and overview.flags == ()


def test_the_overview_of_an_unknown_client_is_refused(vault):
    with pytest.raises(BadInput):
        vault.services.overview.get(uuid4())


def test_what_needs_attention_and_last_time_are_there_before_the_session(vault):
    from datetime import date, datetime, timedelta

    from app.services.agreements import GoalDraft
    from app.services.clients import ClientDraft
    from app.services.measures import MeasureDraft
    from app.services.sessions import SessionDraft

    services = vault.services
    client = services.clients.create(ClientDraft("Ana"))
    services.agreements.add_goal(client.id, GoalDraft(
        "Sleep through", review_date=date.today() + timedelta(days=3)))
    earlier = datetime.now().replace(microsecond=0) - timedelta(days=7)
    services.sessions.create(client.id, SessionDraft(
        earlier, template="SOAP", fields={"plan": "Try the wind-down routine"},
        shared_summary="We looked at evenings"))
    services.sessions.create(client.id, SessionDraft(earlier + timedelta(days=14)))  # ahead
    for day, (code, answers) in enumerate((("PHQ-9", (1,) * 9), ("GAD-7", (2,) * 7),
                                           ("PHQ-9", (0,) * 9))):
        services.measures.record(client.id, MeasureDraft(
            code, answers, taken_at=earlier + timedelta(days=day)))
    overview = services.overview.get(client.id)
    assert overview.last_session is not None
    assert (overview.last_session.plan, overview.last_session.shared_summary) == (
        "Try the wind-down routine", "We looked at evenings")
    assert [(m.instrument, m.total) for m in overview.latest_measures] == [("PHQ-9", 0),
                                                                          ("GAD-7", 14)]
