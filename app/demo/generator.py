"""Building the demo practice: a NEW vault filled with a realistic, entirely fictional practice.

The same seed always writes the same practice (names, words, scores), dated relative to the day
it is built so it looks current. Each client has its own random generator seeded from (seed,
position), so the content never depends on how the writing is batched.

How it writes: the practice-wide settings (the profile, the built-in checklist template) go
through their services, as Settings would set them. Everything with a history (clients, their
notes, signatures, agreements, ratings, the journal) is planned here as plain values and handed
to `app.services.bulk.insert_records`, many clients per unit of work. That seam exists because
the services record what happens *now* (a note is signed today) while a demo is years of past
sessions, and because one service call per record (~55,000 of them at 200 x 50) would take about
a minute where the target is well under 30 s. The generator itself imports no models and no
database: it only knows the kinds of record and their fields.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from app.crypto.kdf import KdfParams
from app.demo import phrases as words
from app.errors import BadInput
from app.services.bulk import NewRecord, insert_records
from app.services.checklists import default_template_items, default_template_name
from app.services.clients import PREFERENCE_TOPICS
from app.services.journal import CHECKIN_TOPICS
from app.services.measures import GAD7, ITEM9, PHQ9, Instrument
from app.services.profile import ProfileDraft
from app.services.sessions import TEMPLATES, stored_note
from app.services.vault import Vault

Progress = Callable[[int, int], None]
Record = dict[str, Any]  # one planned record's column values (see app.services.bulk)
CLIENTS_PER_UNIT = 25
MAX_CLIENTS = 5000
MAX_SESSIONS = 500


@dataclass(frozen=True, slots=True)
class DemoSummary:
    path: Path
    clients: int
    sessions: int
    recovery_key: str
    kdf_params: KdfParams


def build_demo(
    path: Path | str,
    passphrase: str,
    clients: int = 200,
    sessions: int = 50,
    seed: int = 0,
    kdf_params: KdfParams | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Create the vault at `path` (which must not exist) and fill it. The KDF is calibrated
    unless `kdf_params` is given. `progress(done, total)` is called as clients are written. If
    anything fails, the half-built vault is removed."""
    if not 1 <= clients <= MAX_CLIENTS:
        raise BadInput(f"A demo practice has from 1 to {MAX_CLIENTS} clients.")
    if not 1 <= sessions <= MAX_SESSIONS:
        raise BadInput(f"A demo client has from 1 to {MAX_SESSIONS} sessions.")
    vault, recovery_key = Vault.create(path, passphrase, kdf_params=kdf_params)
    try:
        _fill(vault, clients, sessions, seed, progress)
        params = vault.kdf_params
    except BaseException:
        vault.close()
        for leftover in (vault.path, *(vault.path.with_name(vault.path.name + suffix)
                                       for suffix in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    vault.close()
    return DemoSummary(vault.path, clients, clients * sessions, recovery_key, params)


def _fill(vault: Vault, clients: int, sessions: int, seed: int,
          progress: Progress | None) -> None:
    today = date.today()
    practice = _PracticeWriter(random.Random(f"reciprocal-demo/{seed}"), today)
    people = practice.people(clients)
    template_id = practice.write(vault)
    for start in range(0, clients, CLIENTS_PER_UNIT):
        batch = [
            _ClientWriter(random.Random(f"reciprocal-demo/{seed}/{index}"), index, person,
                          sessions, today, practice.therapist, template_id)
            for index, person in enumerate(people[start:start + CLIENTS_PER_UNIT], start)
        ]
        insert_records(vault, (record for writer in batch for record in writer.records))
        if progress is not None:
            progress(min(start + CLIENTS_PER_UNIT, clients), clients)


# -- the practice: therapist, profile, checklist template, journal ----------------------------
@dataclass(frozen=True, slots=True)
class _Person:
    display_name: str
    legal_name: str
    gender: str  # f, m or u: only to make the usual pronouns for the name likely
    contact: str


class _PracticeWriter:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.therapist, self.credentials = rng.choice(words.THERAPISTS)
        self.practice_name = rng.choice(words.PRACTICE_NAMES)

    def people(self, count: int) -> list[_Person]:
        """Distinct display names, drawn from many languages (a few in their own script)."""
        rng = self.rng
        seen: set[str] = set()
        out: list[_Person] = []
        cultures = sorted(words.NAME_POOLS)
        while len(out) < count:
            culture = rng.choice(cultures)
            firsts, lasts, native = words.NAME_POOLS[culture]
            first, gender = rng.choice(firsts).split(":")
            last, middle = rng.choice(lasts), rng.choice(firsts).split(":")[0]
            if culture == "russian" and gender == "f":
                last += "a"  # Ivanov, Ivanova
            if native and rng.random() < 0.3:
                native_display, legal, gender = rng.choice(native)
                candidates = [native_display]
            else:
                legal = f"{first} {middle} {last}" if rng.random() < 0.15 else f"{first} {last}"
                short, full = f"{first} {last[0]}.", f"{first} {last}"
                candidates = [short, full] if rng.random() < 0.65 else [full, short]
                candidates.append(f"{first} {middle[0]}. {last}")  # two clients, one name
            display = next((c for c in candidates if c not in seen), None)
            if display is None:
                continue
            seen.add(display)
            out.append(_Person(display, legal, gender, self._contact(first, last)))
        return out

    def _contact(self, first: str, last: str) -> str:
        plain = unicodedata.normalize("NFKD", f"{first}.{last}".lower())
        handle = "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == "."))
        handle = handle.strip(".") or f"client{self.rng.randrange(1000, 9999)}"
        phone = f"+44 7700 900{self.rng.randrange(0, 1000):03d}"
        return f"{handle}@example.org · {phone}" if self.rng.random() < 0.8 else phone

    def write(self, vault: Vault) -> UUID:
        """The profile, the built-in checklist template and the journal; returns the
        template's id (every client's checklist follows it)."""
        services = vault.services
        current = services.profile.get()
        services.profile.update(ProfileDraft(
            therapist_name=self.therapist,
            credentials=self.credentials,
            practice_name=self.practice_name,
            contact=(f"{self.practice_name}, 12 Mill Lane, Exampletown · 01632 960 123 · "
                     "hello@practice.example"),
            handout_footer=(f"{self.practice_name} · Confidential: written for you, to keep or "
                            "share as you choose."),
            crisis_resources=words.CRISIS_RESOURCES,
            paper_size=current.paper_size,
            locale=current.locale,
            retention_years=current.retention_years,
            backup_recipients=current.backup_recipients,
        ))
        template = services.checklists.default_template()
        insert_records(vault, self._journal())
        return template.id

    def _journal(self) -> list[NewRecord]:
        rng, entries = self.rng, []
        kinds = list(words.JOURNAL)
        for week in range(52):
            kind = kinds[week % len(kinds)]
            title, body = rng.choice(words.JOURNAL[kind])
            when = datetime.combine(self.today - timedelta(days=7 * week + rng.randrange(0, 3)),
                                    time(rng.choice((7, 18, 19, 20, 21)), rng.choice((0, 30))))
            checkin = ({topic: rng.randint(3, 9) for topic, _ in CHECKIN_TOPICS}
                       if kind == "self-care" else {})
            entries.append(("journal_entry", {
                "kind": kind, "title": title, "body": body, "checkin": checkin,
                "created_at": when, "updated_at": when}))
        return entries


# -- one client and everything about them -------------------------------------------------------
_THEY = {"they": "they", "them": "them", "their": "their", "themselves": "themselves",
         "are": "are", "have": "have", "were": "were", "feel": "feel", "sit": "sit"}
_SINGULAR = {"are": "is", "have": "has", "were": "was", "feel": "feels", "sit": "sits"}
# How notes refer to a client, from the first of their pronouns (none given: they).
PRONOUN_FORMS: dict[str, dict[str, str]] = {
    "they": _THEY,
    "she": {**_THEY, **_SINGULAR, "they": "she", "them": "her", "their": "her",
            "themselves": "herself"},
    "he": {**_THEY, **_SINGULAR, "they": "he", "them": "him", "their": "his",
           "themselves": "himself"},
    "ze": {**_THEY, **_SINGULAR, "they": "ze", "them": "zir", "their": "zir",
           "themselves": "zirself"},
}


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _weighted(rng: random.Random, choices: Sequence[tuple[str, int]]) -> str:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


@dataclass
class _Moment:
    """One session as the writer plans it, before its rows exist."""

    index: int
    starts_at: datetime
    row: Record = field(init=False)


class _ClientWriter:
    """Plans one client's whole history as the records to write (`records`)."""

    def __init__(self, rng: random.Random, index: int, person: _Person, sessions: int,
                 today: date, therapist: str, template_id: UUID | None) -> None:
        self.rng = rng
        self.person = person
        self.therapist = therapist
        self.template_id = template_id
        self.theme = words.THEMES[rng.randrange(len(words.THEMES))]
        self.status = _weighted(rng, (("active", 72), ("paused", 14), ("closed", 14)))
        # Every 15th client reports thoughts of self-harm on the PHQ-9 at first; for a third
        # of those the latest such answer is still waiting for a follow-up.
        self.at_risk = index % 15 == 2
        self.flag_left_open = self.at_risk and (index // 15) % 3 == 0
        self.improvement = rng.triangular(-0.2, 1.0, 0.6)
        self.main_template = list(TEMPLATES)[index % len(TEMPLATES)]
        self.records: list[NewRecord] = []
        self.moments = self._timeline(sessions, today)
        self.client = self._client()
        pronoun = (self.client["pronouns"] or "they").split("/")[0]
        # What sentences about this client are filled in with: name and pronouns.
        self.terms = {"name": person.display_name.split(" ")[0], **PRONOUN_FORMS[pronoun]}
        self._goals: list[tuple[Record, words.GoalSeed, int, float]] = []
        self._commitments = ("", "")
        self._write_sessions()
        self._write_checklist()

    def _add(self, kind: str, /, **values: Any) -> Record:
        """Plan one record of ``kind`` (with its id, for the records that refer to it)."""
        record = {"id": uuid4(), **values}
        self.records.append((kind, record))
        return record

    # timeline
    def _timeline(self, count: int, today: date) -> list[_Moment]:
        rng = self.rng
        if self.status == "active":
            last = today - timedelta(days=rng.randint(1, 6))
        elif self.status == "paused":
            last = today - timedelta(days=rng.randint(21, 60))
        else:
            last = today - timedelta(days=rng.randint(90, 540))
        days = [last]
        for _ in range(count - 1):
            gap = rng.choices((7, 14, 6, 8, 21), weights=(70, 12, 8, 8, 2))[0]
            days.append(days[-1] - timedelta(days=gap))
        hour = rng.choice((8, 9, 10, 11, 13, 14, 15, 16, 17, 18))
        minute = rng.choice((0, 0, 0, 30))
        return [
            _Moment(i, datetime.combine(day, time(hour if rng.random() < 0.85 else
                                                  rng.choice((9, 12, 17)), minute)))
            for i, day in enumerate(reversed(days))
        ]

    def _client(self) -> Record:
        rng = self.rng
        topics = rng.sample([key for key, _ in PREFERENCE_TOPICS], rng.randint(3, 6))
        first = self.moments[0].starts_at
        created_at = first - timedelta(days=rng.randint(2, 10))
        return self._add(
            "client",
            status=self.status, start_date=first.date(),
            created_at=created_at,
            display_name=self.person.display_name, legal_name=self.person.legal_name,
            pronouns=_weighted(rng, words.PRONOUNS[self.person.gender]),
            contact=self.person.contact,
            preferences={key: rng.choice(words.PREFERENCES[key]) for key in topics},
            updated_at=created_at,
        )

    def _progress(self, index: int) -> float:
        return index / max(1, len(self.moments) - 1)

    # sessions and everything hanging off them
    def _write_sessions(self) -> None:
        rng, count = self.rng, len(self.moments)
        agreement_at = min(1, count - 1)
        revisions = self._revision_points(count)
        exercise: Record | None = None
        for moment in self.moments:
            k = moment.index
            if k == agreement_at:
                self._start_goals(moment, initial=True)
                self._agreement(moment, version=1)
            elif k in revisions:
                self._revise(moment, revisions.index(k) + 2)
            new_exercise = rng.choice(self.theme.exercises) if k % 4 == 1 else None
            scores = self._plan_measures(k) if k % 4 == 0 else []
            self._session(moment, exercise, new_exercise, scores)
            if new_exercise is not None:
                exercise = self._exercise(moment, exercise, new_exercise)
            self._measures(moment, scores)
            self._rate_goals(moment)
            if rng.random() < 0.8:
                self._feedback(moment)
        if self.status == "active" and count >= 8 and rng.random() < 0.15:
            # Goals under review right now: the newest version is a draft nobody signed yet.
            self._agreement(self.moments[-1], version=len(revisions) + 2, draft=True,
                            note=rng.choice(words.REVISION_NOTES).format(**self.terms))
        self._finish_goals()
        self._disclosures()

    def _revision_points(self, count: int) -> list[int]:
        rng, points = self.rng, []
        if count >= 12 and rng.random() < 0.45:
            points.append(int(count * rng.uniform(0.3, 0.5)))
            if count >= 24 and rng.random() < 0.35:
                points.append(int(count * rng.uniform(0.65, 0.85)))
        return points

    def _ctx(self, moment: _Moment, exercise: Record | None) -> dict[str, Any]:
        goal = self.rng.choice(self._goals)[1].short if self._goals else "what brought them here"
        return {**self.terms, "goal": goal, "n": moment.index + 1,
                "review": moment.index + 7,
                "exercise": f"'{exercise['title']}'" if exercise is not None else "the exercise"}

    def _compose(self, banks: Sequence[Sequence[str]], target: int, ctx: dict[str, Any]) -> str:
        pool = [sentence for bank in banks for sentence in bank]
        picked, size = [], 0
        for sentence in self.rng.sample(pool, min(len(pool), 2 + target // 90)):
            picked.append(sentence.format(**ctx))
            size += len(picked[-1]) + 1
            if size >= target:
                break
        return " ".join(picked)

    def _session(self, moment: _Moment, reported: Record | None,
                 new_exercise: words.ExerciseSeed | None,
                 scores: list[tuple[Instrument, list[int]]]) -> None:
        rng, theme, k = self.rng, self.theme, moment.index
        ctx = self._ctx(moment, reported)
        template = self.main_template if rng.random() < 0.85 else rng.choice(list(TEMPLATES))
        opener = rng.choice(words.OPENERS).format(**ctx)
        if reported is not None and rng.random() < 0.6:
            opener += " " + rng.choice(words.REPORT_BACKS).format(**ctx)
        risk = rng.choice(words.RISK_FLAG if self._flagged_now(k) else words.RISK_NONE)
        plan_extra = ("" if new_exercise is None else
                      " " + words.NEXT_EXERCISE.format(exercise=f"'{new_exercise.title}'"))
        subjective = opener + " " + self._compose([theme.subjective], 450, ctx)
        objective = self._compose([words.OBJECTIVE], 330, ctx) + "".join(
            f" {inst.code} today: {sum(answers)} ({inst.severity(sum(answers))})."
            for inst, answers in scores)
        assessment = (self._compose([theme.assessment, words.ASSESSMENT_GENERIC], 420, ctx)
                      + " " + risk.format(**ctx))
        interventions = self._compose([theme.interventions, words.INTERVENTIONS_GENERIC], 520,
                                      ctx)
        response = self._compose([words.RESPONSES], 330, ctx)
        plan = self._compose([words.PLAN_GENERIC], 330, ctx) + plan_extra
        fields = {
            "SOAP": {"subjective": subjective, "objective": objective,
                     "assessment": assessment, "plan": plan},
            "DAP": {"data": f"{subjective} {objective}", "assessment": assessment, "plan": plan},
            "BIRP": {"behavior": f"{subjective} {objective}", "intervention": interventions,
                     "response": response, "plan": plan},
            "free": {"note": "\n\n".join((subjective, objective, interventions, response,
                                          assessment, plan))},
        }[template]
        fmt = _weighted(rng, (("in person", 60), ("online", 30), ("phone", 10)))
        duration = 80 if k == 0 and rng.random() < 0.5 else (
            rng.choice((30, 50)) if fmt == "phone" else rng.choice((50, 50, 50, 50, 60)))
        signed = not (self.status == "active" and (
            (k == len(self.moments) - 1 and rng.random() < 0.6)
            or (k == len(self.moments) - 2 and rng.random() < 0.1)))
        end = moment.starts_at + timedelta(minutes=duration)
        signed_at = min(end + timedelta(hours=rng.randint(1, 20)), datetime.now()).replace(
            microsecond=0)
        client_id = self.client["id"]
        row = self._add(
            "therapy_session",
            client_id=client_id, starts_at=moment.starts_at,
            status="signed" if signed else "draft", signed_at=signed_at if signed else None,
            created_at=end, updated_at=signed_at if signed else end,
            duration_minutes=duration, format=fmt, template=template,
            note=stored_note(fields, signed_at if signed else None),
            shared_summary=self._summary(ctx) if rng.random() < 0.85 else "",
            signed_by=self.therapist if signed else "",
        )
        moment.row = row
        private = self._compose([theme.private], 260, ctx) if rng.random() < 0.75 else ""
        self._add("private_note", session_id=row["id"], client_id=client_id, text=private,
                  updated_at=end)
        if signed and rng.random() < 0.03:
            self._add("session_amendment",
                      session_id=row["id"], client_id=client_id,
                      created_at=signed_at + timedelta(days=rng.randint(1, 5)),
                      text=rng.choice(words.AMENDMENTS).format(**ctx))

    def _summary(self, ctx: dict[str, Any]) -> str:
        picked = self.rng.sample(self.theme.summary, min(2, len(self.theme.summary)))
        return " ".join([*picked, self.rng.choice(words.SUMMARY_CLOSINGS)]).format(**ctx)

    # measures
    def _flagged_now(self, k: int) -> bool:
        return self.at_risk and k % 4 == 0 and k < max(1, len(self.moments) // 2)

    def _answers(self, total: float, items: int, rng: random.Random) -> list[int]:
        answers = [0] * items
        for _ in range(_clamp(total, 0, 3 * items)):
            open_items = [i for i, a in enumerate(answers) if a < 3]
            answers[rng.choice(open_items)] += 1
        return answers

    def _plan_measures(self, k: int) -> list[tuple[Instrument, list[int]]]:
        """PHQ-9 and GAD-7 answers that ease as the client improves (or not, for some)."""
        rng = self.rng
        relief = 1 - self.improvement * self._progress(k)
        phq = self._answers(14 * relief + rng.gauss(0, 1.5), 8, rng)
        phq.insert(ITEM9, rng.choice((1, 1, 2)) if self._flagged_now(k) else 0)
        gad = self._answers(12 * relief + rng.gauss(0, 1.5), 7, rng)
        return [(PHQ9, phq), (GAD7, gad)]

    def _measures(self, moment: _Moment, scores: list[tuple[Instrument, list[int]]]) -> None:
        rng, k = self.rng, moment.index
        mode = "in session" if rng.random() < 0.8 else "on paper"
        for inst, answers in scores:
            followup = None
            if (inst is PHQ9 and answers[ITEM9] > 0
                    and not (self.flag_left_open and self._last_flag(k))):
                day = moment.starts_at.date() + timedelta(days=rng.choice((0, 0, 1)))
                followup = {"on": day.isoformat(),
                            "note": rng.choice(words.FOLLOWUPS).format(**self.terms)}
            if sum(answers) and rng.random() < 0.8:  # the difficulty question, if answered
                answers = [*answers, min(3, sum(answers) // 7)]
            self._add("measure",
                      client_id=self.client["id"], session_id=moment.row["id"],
                      taken_at=moment.starts_at, instrument=inst.code, answers=answers,
                      mode=mode, comment="", followup=followup)

    def _last_flag(self, k: int) -> bool:
        return not any(self._flagged_now(j) for j in range(k + 1, len(self.moments)))

    # feedback
    def _feedback(self, moment: _Moment) -> None:
        rng, p = self.rng, self._progress(moment.index)
        rupture = rng.random() < 0.06
        dip = rng.randint(3, 4) if rupture else 0

        def score(base: float) -> int:
            return _clamp(base + 1.5 * p + rng.gauss(0, 0.8) - dip, 0, 10)

        different = (rng.choice(words.DIFFERENT_NEXT_TIME)
                     if rupture or rng.random() < 0.25 else "")
        reflection = (rng.choice(words.THERAPIST_REFLECTIONS).format(**self.terms)
                      if rupture or (different and rng.random() < 0.4) else "")
        self._add("feedback",
                  client_id=self.client["id"], session_id=moment.row["id"],
                  given_at=moment.starts_at,
                  heard=score(7.8), mattered=score(7.0), fit=score(6.8), overall=score(7.2),
                  different_next_time=different, therapist_reflection=reflection)

    # goals, agreement, ratings
    def _start_goals(self, moment: _Moment, initial: bool) -> None:
        rng = self.rng
        taken = {seed.title for _, seed, _, _ in self._goals}
        available = [seed for seed in self.theme.goals if seed.title not in taken]
        if not available:
            return
        count = rng.randint(2, min(3, len(available))) if initial else 1
        for seed in rng.sample(available, count):
            review = moment.starts_at.date() + timedelta(weeks=12)
            goal = self._add(
                "goal",
                client_id=self.client["id"], position=len(self._goals), status="active",
                created_at=moment.starts_at, updated_at=moment.starts_at,
                title=seed.title, why_it_matters=seed.why, first_steps=seed.first_steps,
                signs_of_progress=seed.signs, review_date=review.isoformat(),
                levels={str(level): text for level, text in zip((-2, -1, 0, 1, 2), seed.levels,
                                                                strict=True)},
            )
            gain = rng.uniform(0.6, 3.2) * max(0.1, self.improvement)
            self._goals.append((goal, seed, moment.index, gain))

    def _snapshot(self) -> list[dict[str, Any]]:
        return [{"goal_id": str(goal["id"]), "title": goal["title"],
                 "why_it_matters": goal["why_it_matters"], "first_steps": goal["first_steps"],
                 "signs_of_progress": goal["signs_of_progress"],
                 "review_date": goal["review_date"], "levels": goal["levels"]}
                for goal, _, _, _ in self._goals]

    def _agreement(self, moment: _Moment, version: int, note: str = "",
                   draft: bool = False) -> None:
        rng = self.rng
        if version == 1 or rng.random() < 0.5:  # a revision often rewords a commitment
            self._commitments = (" ".join(rng.sample(words.CLIENT_COMMITMENTS, 3)),
                                 " ".join(rng.sample(words.THERAPIST_COMMITMENTS, 3)))
        day = None if draft else moment.starts_at.date().isoformat()
        self._add(
            "agreement_version",
            client_id=self.client["id"], version=version,
            status="draft" if draft else "agreed", created_at=moment.starts_at,
            agreed_at=None if draft else moment.starts_at + timedelta(minutes=45),
            goals=self._snapshot(),
            client_commitments=self._commitments[0], therapist_commitments=self._commitments[1],
            client_signature="" if draft else self.person.legal_name, client_signed_on=day,
            therapist_signature="" if draft else self.therapist, therapist_signed_on=day,
            revision_note=note,
        )

    def _revise(self, moment: _Moment, version: int) -> None:
        self._start_goals(moment, initial=False)
        note = self.rng.choice(words.REVISION_NOTES).format(**self.terms)
        self._agreement(moment, version, note)

    def _rate_goals(self, moment: _Moment) -> None:
        rng = self.rng
        for goal, _, since, gain in self._goals:
            if moment.index < since:
                continue
            span = max(1, len(self.moments) - 1 - since)
            score = _clamp(-1 + gain * (moment.index - since) / span + rng.gauss(0, 0.45), -2, 2)
            comment = rng.choice(words.GAS_COMMENTS) if rng.random() < 0.08 else ""
            self._add("goal_rating",
                      client_id=self.client["id"], goal_id=goal["id"],
                      session_id=moment.row["id"], rated_at=moment.starts_at, score=score,
                      comment=comment)

    def _finish_goals(self) -> None:
        for goal, _, _, gain in self._goals:
            if self.status == "closed" and gain > 1.2:
                goal["status"] = "achieved"
            elif self.rng.random() < 0.05:
                goal["status"] = "retired"

    # exercises between sessions
    def _exercise(self, moment: _Moment, previous: Record | None,
                  seed: words.ExerciseSeed) -> Record:
        rng = self.rng
        if previous is not None:
            previous["status"] = "done" if rng.random() < 0.8 else "paused"
            previous["report_back"] = rng.choice(words.CLIENT_REPORT_BACKS)
            previous["updated_at"] = moment.starts_at
        return self._add(
            "exercise",
            client_id=self.client["id"], session_id=moment.row["id"], status="active",
            created_at=moment.starts_at, updated_at=moment.starts_at,
            title=seed.title, instructions=seed.instructions, kind=seed.kind,
            frequency=seed.frequency, report_back="",
        )

    # the boundaries & transparency checklist, walked through in the first sessions
    def _write_checklist(self) -> None:
        rng = self.rng
        first = self.moments[0].starts_at
        checklist = self._add("checklist", client_id=self.client["id"],
                              template_id=self.template_id, created_at=first,
                              title=default_template_name())
        early = self.moments[:4]
        for position, item in enumerate(default_template_items()):
            status = _weighted(rng, (("agreed", 50), ("discussed", 20), ("not_yet", 20),
                                     ("revisit", 10)))
            when = rng.choice(early).starts_at if status != "not_yet" else first
            self._add(
                "checklist_item",
                checklist_id=checklist["id"], client_id=self.client["id"], position=position,
                status=status, updated_at=when, topic=item["topic"],
                description=item["description"],
                raised_by="client" if rng.random() < 0.2 else "therapist",
                note=rng.choice(words.CHECKLIST_NOTES) if rng.random() < 0.25 else "",
                discussed_on=when.date().isoformat() if status != "not_yet" else None,
            )

    def _disclosures(self) -> None:
        rng = self.rng
        for action, what, recipient in words.DISCLOSURE_WHATS:
            if rng.random() < 0.2:
                when = rng.choice(self.moments).starts_at + timedelta(minutes=55)
                self._add("disclosure", client_id=self.client["id"], at=when,
                          action=action, what=what, recipient=recipient)
