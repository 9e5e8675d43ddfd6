"""Every write a service makes is reported as (client, kind), so the screens can refresh; reads
report nothing. Ids and kinds only: a change never carries client text."""

from datetime import date, datetime

import pytest

from app.services.agreements import AgreementDraft, GoalDraft, Signatures
from app.services.changes import Change, RecordKind
from app.services.checklists import ItemDraft, TemplateDraft, TemplateItem
from app.services.clients import ClientDraft
from app.services.exercises import ExerciseDraft
from app.services.feedback import FeedbackDraft
from app.services.journal import JournalDraft
from app.services.measures import MeasureDraft
from app.services.profile import ProfileDraft
from app.services.sessions import SessionDraft

K = RecordKind


@pytest.fixture
def services(vault):
    return vault.services


def taken(services, write):
    services.changes.take()
    result = write()
    return result, services.changes.take()


def test_client_and_session_writes_are_reported(services):
    client, changes = taken(services, lambda: services.clients.create(ClientDraft("Robin")))
    assert changes == (Change(client.id, K.CLIENT),)
    c = client.id
    assert taken(services, lambda: services.clients.set_status(c, "paused"))[1] == (
        Change(c, K.CLIENT),)
    session, changes = taken(services, lambda: services.sessions.create(
        c, SessionDraft(datetime(2026, 3, 2, 10))))
    assert changes == (Change(c, K.SESSION),)
    for write in (lambda: services.sessions.save(session.id, SessionDraft(
                      datetime(2026, 3, 2, 10), shared_summary="We talked")),
                  lambda: services.sessions.sign(session.id, "Dr Sam"),
                  lambda: services.sessions.amend(session.id, "Also: sleep")):
        assert taken(services, write)[1] == (Change(c, K.SESSION),)


def test_record_writes_name_their_kind(services):
    c = services.clients.create(ClientDraft("Kim")).id
    goal, changes = taken(services, lambda: services.agreements.add_goal(c, GoalDraft("Sleep")))
    assert changes == (Change(c, K.GOAL),)
    assert taken(services, lambda: services.agreements.set_goal_status(goal.id, "achieved"))[1] \
        == (Change(c, K.GOAL),)
    assert taken(services, lambda: services.agreements.rate(goal.id, 1))[1] == (
        Change(c, K.RATING),)
    version, changes = taken(services, lambda: services.agreements.start(c, AgreementDraft()))
    assert changes == (Change(c, K.AGREEMENT),)
    assert taken(services, lambda: services.agreements.agree(version.id, Signatures(
        "Kim", date(2026, 3, 2), "Sam", date(2026, 3, 2))))[1] == (Change(c, K.AGREEMENT),)
    checklist, changes = taken(services, lambda: services.checklists.start(c))
    assert changes == (Change(c, K.CHECKLIST),)
    assert taken(services, lambda: services.checklists.add_item(
        checklist.id, ItemDraft("Fees")))[1] == (Change(c, K.CHECKLIST),)
    assert taken(services, lambda: services.feedback.record(c, FeedbackDraft(heard=8)))[1] == (
        Change(c, K.FEEDBACK),)
    assert taken(services, lambda: services.measures.record(
        c, MeasureDraft("GAD-7", (0,) * 7)))[1] == (Change(c, K.MEASURE),)
    exercise, changes = taken(services, lambda: services.exercises.create(
        c, ExerciseDraft("Walk")))
    assert changes == (Change(c, K.EXERCISE),)
    assert taken(services, lambda: services.exercises.set_status(exercise.id, "done"))[1] == (
        Change(c, K.EXERCISE),)


def test_practice_wide_writes_have_no_client(services):
    assert taken(services, lambda: services.journal.save(JournalDraft(body="tired")))[1] == (
        Change(None, K.JOURNAL),)
    assert taken(services, lambda: services.profile.update(ProfileDraft("Sam")))[1] == (
        Change(None, K.PROFILE),)
    template = TemplateDraft("Mine", (TemplateItem("Fees", ""),))
    assert taken(services, lambda: services.checklists.create_template(template))[1] == (
        Change(None, K.CHECKLIST_TEMPLATE),)


def test_reads_report_nothing_and_repeats_are_reported_once(services):
    c = services.clients.create(ClientDraft("Ana")).id
    services.changes.take()
    services.clients.list()
    services.overview.get(c)
    services.search.search("Ana")
    assert services.changes.take() == ()
    services.clients.update(c, ClientDraft("Ana B"))
    services.clients.update(c, ClientDraft("Ana C"))
    assert services.changes.take() == (Change(c, K.CLIENT),)
