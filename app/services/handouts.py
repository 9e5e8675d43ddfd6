"""Handouts: gather what a client may take home from the services' views into the handout
layer's plain content, build the PDF in memory, and log each print or save as a disclosure.

What reaches a handout is decided here, in one place: shared summaries, session notes and
amendments, goals, agreements, checklists, feedback ratings and the client's own words,
questionnaires, practices. Private process notes (read only through `Sessions.private_note`),
the therapist's reflection on feedback and the journal are never read by this module.

`Handouts.prepare` reads the vault (the database worker's job) and `render` lays the pages out
from plain values only (a CPU worker's job, so saves never wait behind a long record);
`build` does both. Building leaves no trace (a preview); `Handouts.log` records that a handout
was printed, `Handouts.save` writes it and records that.

A handout speaks the client's language (`ClientView.handout_language`, else the practice's
`locale`, else one asked for): its fixed words and the services' words for stored values
(levels, statuses, questions) are read and laid out inside `speaking(language)`. The client's and
therapist's own words are printed as written. PHQ-9 and GAD-7 forms print in English, the
instruments' own published wording: no official translation is bundled (docs/translating.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from uuid import UUID

from app.backup.atomic import write_atomically
from app.errors import BadInput, NotFound
from app.handouts.boundaries import build_boundaries
from app.handouts.client_record import build_client_record
from app.handouts.content import (
    AgreementContent,
    ChecklistContent,
    ChecklistItemText,
    ExerciseText,
    FormContent,
    GoalProgress,
    GoalText,
    Practice,
    PracticesContent,
    RecordContent,
    RecordFeedback,
    RecordMeasure,
    RecordSession,
    SessionSummaryContent,
)
from app.handouts.document import Letterhead, Pdf
from app.handouts.goal_agreement import build_goal_agreement
from app.handouts.language import N_, _, day, speaking
from app.handouts.measure_forms import build_form
from app.handouts.practices import build_practices
from app.handouts.session_summary import build_session_summary
from app.languages import LANGUAGES, language_of
from app.services.agreements import GAS_LABELS, AgreementView, GoalSnapshot, GoalView
from app.services.checklists import STATUS_LABELS, ChecklistView
from app.services.clients import PREFERENCE_TOPICS, ClientView, check_handout_language
from app.services.disclosures import DisclosureView
from app.services.exercises import ExerciseView
from app.services.feedback import GIVEN_BY_CLIENT, RATINGS
from app.services.measures import DIFFICULTY_OPTIONS, INSTRUMENTS, instrument
from app.services.sessions import TEMPLATES

if TYPE_CHECKING:
    from app.services.agreements import Agreements
    from app.services.checklists import Checklists
    from app.services.clients import Clients
    from app.services.disclosures import Disclosures
    from app.services.exercises import Exercises
    from app.services.feedback import FeedbackLog
    from app.services.measures import Measures
    from app.services.profile import Profile, ProfileView
    from app.services.sessions import Sessions


class Sources(Protocol):
    """The services a handout reads from (the registry's `Services` is one)."""

    clients: Clients
    sessions: Sessions
    profile: Profile
    agreements: Agreements
    checklists: Checklists
    feedback: FeedbackLog
    measures: Measures
    exercises: Exercises
    disclosures: Disclosures


class HandoutKind(StrEnum):
    SESSION = "session"
    AGREEMENT = "agreement"
    CHECKLIST = "checklist"
    PRACTICES = "practices"
    RECORD = "record"
    PHQ9_FORM = "phq9-form"
    GAD7_FORM = "gad7-form"


# What each kind is called on screen, in the disclosure log and in the PDF's metadata.
KIND_NAMES: dict[HandoutKind, str] = {
    HandoutKind.SESSION: "Session summary",
    HandoutKind.AGREEMENT: "Goal agreement",
    HandoutKind.CHECKLIST: "Boundaries & transparency agreement",
    HandoutKind.PRACTICES: "Practices sheet",
    HandoutKind.RECORD: "The client's record",
    HandoutKind.PHQ9_FORM: "PHQ-9 form (blank)",
    HandoutKind.GAD7_FORM: "GAD-7 form (blank)",
}
_FORM_CODES = {HandoutKind.PHQ9_FORM: "PHQ-9", HandoutKind.GAD7_FORM: "GAD-7"}
# Languages with a bundled official translation of each form: none yet (docs/translating.md).
FORM_LANGUAGES: dict[str, tuple[str, ...]] = {"PHQ-9": ("en",), "GAD-7": ("en",)}

# How stored values read on a handout; the services' own tables (checklist statuses, levels,
# questions, note headings) are translated where they are printed (see `vocabulary`).
_FORMAT_WORDS = {"in person": N_("in person"), "online": N_("online"), "phone": N_("by phone")}
_EXERCISE_STATUS_WORDS = {"active": N_("current"), "paused": N_("paused"), "done": N_("done")}
_BAND_WORDS = {"minimal": N_("minimal"), "mild": N_("mild"), "moderate": N_("moderate"),
               "moderately severe": N_("moderately severe"), "severe": N_("severe")}
_DETAIL_WORDS = (N_("Name"), N_("Full name"), N_("Pronouns"), N_("Contact"), N_("Started on"))


def vocabulary() -> tuple[str, ...]:
    """The words other services keep in tables that handouts print, for the handouts'
    catalogues (tools/translations.py adds them; a test checks every one is translated)."""
    notes = {label for fields in TEMPLATES.values() for _key, label in fields}
    return (*GAS_LABELS.values(), *STATUS_LABELS.values(), *(q for _k, q in RATINGS),
            *(label for _k, label in PREFERENCE_TOPICS), *sorted(notes))


def words_for(table: dict[str, str], value: str) -> str:
    """A stored value's words in the handout's language (the value itself if unknown)."""
    return _(table[value]) if value in table else value
DISCLOSURE_ACTIONS = ("print", "handout")  # printed on paper / saved as a PDF file


def pages(count: int) -> str:
    """ "1 page", "3 pages": as the disclosure log and the command line say it."""
    return "1 page" if count == 1 else f"{count} pages"


def handout_kind(value: str) -> HandoutKind:
    """The kind named on the command line; BadInput naming the kinds otherwise."""
    try:
        return HandoutKind(value)
    except ValueError:
        names = ", ".join(k.value for k in HandoutKind)
        raise BadInput(f"A handout is one of: {names}.") from None


@dataclass(frozen=True, slots=True)
class HandoutRequest:
    kind: HandoutKind
    client_id: UUID
    session_id: UUID | None = None  # for a session summary; None: the latest session
    large_print: bool = False
    language: str | None = None  # one of app.languages.LANGUAGES; None: the client's own


@dataclass(frozen=True, slots=True)
class Prepared:
    """What a handout will show, read from the vault, waiting to be laid out: ``layout``
    works on plain values only (no database), so it can run on a CPU worker."""

    request: HandoutRequest
    layout: Callable[[], Pdf]
    what: str
    recipient: str
    paper: str
    language: str = "en"  # what it is printed in
    # A questionnaire asked for in a language it has no official translation in: it prints in
    # English, and the screen (or the command line, `notice`) says so.
    form_in_english: str = ""  # the language that was asked for

    @property
    def notice(self) -> str:
        if not self.form_in_english:
            return ""
        return (f"This questionnaire prints in English: Reciprocal has no official "
                f"{LANGUAGES[self.form_in_english]} translation of it, and a questionnaire is "
                "never translated by anyone else.")


def render(prepared: Prepared) -> Handout:
    """Lay the prepared handout out as a PDF, in memory (pure CPU work)."""
    with speaking(prepared.language):
        pdf = prepared.layout()
    return Handout(prepared.request, pdf, prepared.what, prepared.recipient, prepared.paper,
                   prepared.form_in_english)


@dataclass(frozen=True, slots=True)
class Handout:
    """A built handout, in memory only. ``what`` is how the disclosure log will name it."""

    request: HandoutRequest
    pdf: Pdf
    what: str
    recipient: str
    paper: str  # "A4" or "Letter", as the practice profile says
    form_in_english: str = ""  # as `Prepared.form_in_english`

    @property
    def pages(self) -> int:
        return self.pdf.pages


def _level_name(level: int) -> str:
    return f"{level:+d} · {_(GAS_LABELS[level])}" if level else f"0 · {_(GAS_LABELS[0])}"


def _goal_text(goal: GoalView | GoalSnapshot) -> GoalText:
    levels = tuple((_level_name(level), goal.levels[level])
                   for level in sorted(goal.levels, reverse=True) if goal.levels[level].strip())
    return GoalText(goal.title, goal.why_it_matters, goal.first_steps, goal.signs_of_progress,
                    goal.review_date, levels)


def _exercise_text(exercise: ExerciseView) -> ExerciseText:
    return ExerciseText(exercise.title, exercise.instructions, exercise.frequency, exercise.kind,
                        words_for(_EXERCISE_STATUS_WORDS, exercise.status), exercise.report_back)


def _agreement_content(client: ClientView, agreement: AgreementView,
                       current_goals: list[GoalView]) -> AgreementContent:
    goals = (agreement.goals if agreement.agreed
             else tuple(g for g in current_goals if g.status == "active"))
    return AgreementContent(
        client_name=client.display_name, version=agreement.version, agreed=agreement.agreed,
        created_on=agreement.created_at.date(),
        agreed_on=agreement.agreed_at.date() if agreement.agreed_at else None,
        goals=tuple(_goal_text(g) for g in goals),
        client_commitments=agreement.client_commitments,
        therapist_commitments=agreement.therapist_commitments,
        client_signature=agreement.client_signature, client_signed_on=agreement.client_signed_on,
        therapist_signature=agreement.therapist_signature,
        therapist_signed_on=agreement.therapist_signed_on,
        revision_note=agreement.revision_note,
    )


def _checklist_content(client: ClientView, checklist: ChecklistView) -> ChecklistContent:
    items = tuple(
        ChecklistItemText(item.topic, words_for(STATUS_LABELS, item.status),
                          item.status == "agreed", item.raised_by, item.description, item.note,
                          item.discussed_on)
        for item in checklist.items if not item.damaged)
    return ChecklistContent(client.display_name, checklist.title, checklist.created_at.date(),
                            items)


def _form(code: str, client_name: str = "") -> FormContent:
    form = instrument(code)
    return FormContent(form.code, form.title, form.stem, form.items, form.options,
                       form.difficulty_question, form.difficulty_options, form.source,
                       client_name)


def _practice(profile: ProfileView, large_print: bool) -> Practice:
    """The practice profile as every handout prints it."""
    letterhead = Letterhead(profile.practice_name, profile.therapist_name, profile.credentials,
                            profile.contact, profile.handout_footer, logo=profile.logo)
    return Practice(letterhead, profile.therapist_name, profile.crisis_resources,
                    profile.paper_size, large_print)


class Handouts:
    def __init__(self, services: Sources) -> None:
        self._s = services

    def prepare(self, request: HandoutRequest) -> Prepared:
        """Read what the handout shows (the database worker's part). BadInput (one sentence)
        when there is nothing of that kind to print or for an unknown language, NotFound for
        an unknown client or session."""
        client = self._s.clients.get(request.client_id)
        if client.damaged:
            raise BadInput("This client's details are damaged, so no handout was made; "
                           "restore them from a backup.")
        profile = self._s.profile.get()
        if request.language is not None:
            check_handout_language(request.language)
        # What the client's handouts speak: the one asked for, else their own, else the practice's.
        language = request.language or client.handout_language or language_of(profile.locale)
        asked = ""
        form_code = _FORM_CODES.get(request.kind)
        if form_code is not None and language not in FORM_LANGUAGES[form_code]:
            asked, language = language, "en"
        with speaking(language):
            prepared = self._prepare(request, client, _practice(profile, request.large_print))
        what = prepared.what if language == "en" else f"{prepared.what}, {LANGUAGES[language]}"
        return replace(prepared, what=what, language=language, form_in_english=asked)

    def _prepare(self, request: HandoutRequest, client: ClientView,
                 practice: Practice) -> Prepared:
        kind = request.kind
        name = KIND_NAMES[kind]
        layout: Callable[[], Pdf]
        if kind is HandoutKind.SESSION:
            summary, about = self._session(client, request.session_id)
            layout, what = partial(build_session_summary, summary, practice), f"{name} of {about}"
        elif kind is HandoutKind.AGREEMENT:
            agreement = self._agreement(client)
            layout = partial(build_goal_agreement, agreement, practice)
            what = f"{name}, version {agreement.version}"
        elif kind is HandoutKind.CHECKLIST:
            layout, what = partial(build_boundaries, self._checklist(client), practice), name
        elif kind is HandoutKind.PRACTICES:
            layout, what = partial(build_practices, self._practices(client), practice), name
        elif kind is HandoutKind.RECORD:
            layout = partial(build_client_record, self.record_content(client), practice)
            what = name
        else:
            form = _form(_FORM_CODES[kind], client.display_name)
            layout, what = partial(build_form, form, practice), name
        return Prepared(request, layout, what, client.display_name, practice.paper)

    def build(self, request: HandoutRequest) -> Handout:
        """`prepare` and `render` in one go (the command line; tests)."""
        return render(self.prepare(request))

    def log(self, handout: Handout, action: str) -> DisclosureView:
        """Record that ``handout`` left the app: ``"print"`` (paper) or ``"handout"`` (a PDF
        file). One entry per print or save, sealed with the client's key."""
        if action not in DISCLOSURE_ACTIONS:
            raise BadInput("A handout is either printed or saved.")
        return self._s.disclosures.log(action, f"{handout.what} ({pages(handout.pages)})",
                                       handout.recipient, handout.request.client_id)

    def save(self, handout: Handout, path: Path) -> DisclosureView:
        """Write the PDF (0600, complete or not at all) and log it. Should the log entry fail
        to save, the file is removed again: nothing leaves the app unrecorded (a file that was
        at ``path`` before is then gone too: the save had already replaced it)."""
        write_atomically(path, lambda out: out.write(handout.pdf), what="handout")
        try:
            return self.log(handout, "handout")
        except BaseException:
            path.unlink(missing_ok=True)
            raise

    # -- one builder per kind ------------------------------------------------------------

    def _session(self, client: ClientView,
                 session_id: UUID | None) -> tuple[SessionSummaryContent, str]:
        """The summary and the session's date in English, for the disclosure log."""
        sessions = self._s.sessions
        listed = sessions.list(client.id)
        if session_id is None:
            if not listed:
                raise BadInput("This client has no sessions yet, so there is no summary to "
                               "print.")
            # The latest that has begun: a session booked for next week is not "the latest".
            now = datetime.now()
            held = [s for s in listed if s.starts_at <= now]
            chosen = (max(held, key=lambda s: s.starts_at) if held
                      else min(listed, key=lambda s: s.starts_at))
            session = sessions.get(chosen.id)
        else:
            # Another client's session and one no longer in the vault alike: NotFound.
            if not any(s.id == session_id for s in listed):
                raise NotFound("That session is not one of this client's.")
            session = sessions.get(session_id)
        later = [s.starts_at for s in listed
                 if s.starts_at > max(session.starts_at, datetime.now())]
        content = SessionSummaryContent(
            client_name=client.display_name, starts_at=session.starts_at,
            duration_minutes=session.duration_minutes,
            format=words_for(_FORMAT_WORDS, session.format),
            shared_summary=session.shared_summary,
            exercises=tuple(_exercise_text(e) for e in self._s.exercises.list(client.id, "active")
                            if not e.damaged),
            goals=self._progress(client.id),
            next_session=min(later) if later else None,
        )
        with speaking("en"):  # the disclosure log is kept in one language
            return content, day(session.starts_at)

    def _progress(self, client_id: UUID) -> tuple[GoalProgress, ...]:
        goals = [g for g in self._s.agreements.goals(client_id)
                 if not g.damaged and g.status == "active"]
        latest: dict[UUID, tuple[datetime, int]] = {}
        for rating in self._s.agreements.ratings(client_id):
            if rating.damaged or rating.score is None:
                continue
            seen = latest.get(rating.goal_id)
            if seen is None or rating.rated_at >= seen[0]:
                latest[rating.goal_id] = (rating.rated_at, rating.score)
        progress = []
        for goal in goals:
            if goal.id in latest:
                at, score = latest[goal.id]
                progress.append(GoalProgress(goal.title, _level_name(score),
                                             goal.levels.get(score, ""), at.date()))
            else:
                progress.append(GoalProgress(goal.title))
        return tuple(progress)

    def _agreement(self, client: ClientView) -> AgreementContent:
        agreement = self._s.agreements.latest(client.id)
        if agreement is None:
            raise BadInput("This client has no goal agreement yet, so there is nothing to "
                           "print.")
        if agreement.damaged:
            raise BadInput("This goal agreement is damaged, so it cannot be printed; restore "
                           "it from a backup.")
        return _agreement_content(client, agreement, self._s.agreements.goals(client.id))

    def _checklist(self, client: ClientView) -> ChecklistContent:
        checklists = [c for c in self._s.checklists.list(client.id) if not c.damaged]
        if not checklists:
            raise BadInput("This client has no boundaries & transparency list yet, so there "
                           "is nothing to print.")
        newest = max(checklists, key=lambda c: c.created_at)
        return _checklist_content(client, newest)

    def _practices(self, client: ClientView) -> PracticesContent:
        exercises = [e for e in self._s.exercises.list(client.id, "active") if not e.damaged]
        return PracticesContent(client.display_name, date.today(),
                                tuple(_exercise_text(e) for e in exercises))

    def record_content(self, client: ClientView) -> RecordContent:
        """Everything shared with the client, for their right of access."""
        s = self._s
        name, full_name, pronouns, contact, started = map(_, _DETAIL_WORDS)
        details = [(name, client.display_name)]
        details += [(label, value) for label, value in (
            (full_name, client.legal_name), (pronouns, client.pronouns),
            (contact, client.contact)) if value]
        if client.start_date:
            details.append((started, day(client.start_date)))
        preferences = tuple((_(label), client.preferences[key]) for key, label in PREFERENCE_TOPICS
                            if client.preferences.get(key, "").strip())
        sessions = []
        for view in sorted(s.sessions.views(client.id), key=lambda x: x.starts_at):
            labels = dict(TEMPLATES.get(view.template, ()))
            notes = tuple((_(labels[key]) if key in labels else key.capitalize(), value)
                          for key, value in view.fields.items() if value.strip())
            sessions.append(RecordSession(
                view.starts_at, view.duration_minutes, words_for(_FORMAT_WORDS, view.format),
                view.signed,
                view.shared_summary, notes,
                tuple((a.created_at, a.text) for a in view.amendments)))
        goals = s.agreements.goals(client.id, include_retired=True)
        agreements = tuple(_agreement_content(client, a, goals)
                           for a in reversed(s.agreements.versions(client.id)) if not a.damaged)
        checklists = tuple(_checklist_content(client, c)
                           for c in sorted(s.checklists.list(client.id),
                                           key=lambda c: c.created_at) if not c.damaged)
        feedback = tuple(
            RecordFeedback(f.given_at.date(),
                           tuple((_(question), getattr(f, key)) for key, question in RATINGS),
                           f.different_next_time, f.given_by == GIVEN_BY_CLIENT)
            for f in sorted(s.feedback.list(client.id), key=lambda f: f.given_at)
            if not f.damaged)
        measures = []
        for m in sorted(s.measures.list(client.id), key=lambda m: m.taken_at):
            if m.damaged or m.instrument not in INSTRUMENTS:
                continue
            difficulty = ("" if m.difficulty is None else DIFFICULTY_OPTIONS[m.difficulty])
            measures.append(RecordMeasure(m.taken_at.date(), m.instrument, m.total,
                                          INSTRUMENTS[m.instrument].max_score,
                                          words_for(_BAND_WORDS, m.severity),
                                          tuple(str(answer) for answer in m.answers),
                                          difficulty))
        exercises = tuple(_exercise_text(e) for e in s.exercises.list(client.id)
                          if not e.damaged)
        disclosures = tuple((d.at, d.what) for d in reversed(s.disclosures.list(client.id))
                            if not d.damaged)
        return RecordContent(
            client_name=client.display_name, made_on=date.today(), details=tuple(details),
            preferences=preferences, sessions=tuple(sessions), agreements=agreements,
            progress=self._progress(client.id), checklists=checklists, feedback=feedback,
            measures=tuple(measures), exercises=exercises, disclosures=disclosures,
        )

