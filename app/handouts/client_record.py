"""The client's record, for their right of access (HIPAA §164.524, GDPR Art. 15): everything
the app shares with them — details, sessions with their shared summaries and notes, every
version of the goal agreement, progress, the boundaries & transparency list, their feedback,
questionnaires with totals and bands, practices, and what left the app about them.

What it is given decides what it prints: the service never puts private process notes, the
therapist's reflections on feedback or the journal into `RecordContent`.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from app.handouts.boundaries import checklist_table
from app.handouts.content import Practice, RecordContent, RecordSession
from app.handouts.document import RULE, TINT, Pdf, Styles, build_pdf, styles, table, text
from app.handouts.goal_agreement import agreement_story
from app.handouts.language import N_, _, day, n_
from app.handouts.sections import (
    day_and_time,
    exercise_block,
    inline,
    labelled,
    opening,
    progress_lines,
    words,
)
from app.handouts.writing import para, para_markup

TITLE = N_("Your record")


def _pairs(rows: tuple[tuple[str, str], ...], st: Styles) -> Flowable:
    return table([[para_markup(f"<b>{text(label)}</b>", st.body), words(value, st.body)]
                  for label, value in rows], col_widths=[45 * mm * st.scale, None],
                 style=[("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm)])


def _session(session: RecordSession, st: Styles) -> list[Flowable]:
    line = _("{minutes}, {format}").format(
        minutes=n_("{count} minute", "{count} minutes", session.duration_minutes).format(
            count=session.duration_minutes), format=session.format)
    if not session.signed:
        line = _("{session} · not yet signed").format(session=line)
    parts: list[Flowable] = [para(day_and_time(session.starts_at), st.subheading),
                             para(line, st.small)]
    parts += labelled(_("Shared with you"), session.shared_summary, st)
    for heading, value in session.notes:
        parts += labelled(heading, value, st)
    for when, amendment in session.amendments:
        parts += labelled(_("Added on {day}").format(day=day(when)), amendment, st)
    return parts


def _table(header: list[str], rows: list[list[str]], st: Styles,
           widths: list[float | None]) -> Flowable:
    cells = [[para_markup(f"<b>{text(h)}</b>", st.small) for h in header]]
    cells += [[words(value, st.body) for value in row] for row in rows]
    return table(cells, col_widths=widths, repeat_rows=1, style=[
        ("BACKGROUND", (0, 0), (-1, 0), TINT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.2 * mm),
    ])


def record_story(content: RecordContent, practice: Practice, st: Styles) -> list[Flowable]:
    story = opening(_(TITLE), _("A copy of what this practice keeps about {name} and shares "
                                "with them, made on {day}").format(
        name=inline(content.client_name), day=day(content.made_on)), st)
    story.append(para(_(
        "It holds your details, our sessions, our agreements, your feedback and "
        "questionnaires, and the practices between sessions. Your therapist's private process "
        "notes and personal reflections are kept apart and are not part of this copy; ask if "
        "you would like to talk about them."), st.body))
    story.append(para(_("Your details"), st.heading))
    story.append(_pairs(content.details, st))
    if content.preferences:
        story.append(para(_("How you like to work"), st.heading))
        story.append(_pairs(content.preferences, st))

    story.append(para(_("Sessions ({count})").format(count=len(content.sessions)), st.heading))
    if not content.sessions:
        story.append(para(_("No sessions yet."), st.body))
    for session in content.sessions:
        story += _session(session, st)

    for agreement in content.agreements:
        story.append(PageBreak())
        story += agreement_story(agreement, practice, st,
                                 title=_("Goal agreement, version {version}").format(
                                     version=agreement.version))
    if content.progress:
        story.append(para(_("How your goals are going"), st.heading))
        story += progress_lines(content.progress, st)

    for checklist in content.checklists:
        story.append(CondPageBreak(60 * mm))
        story.append(para(_("Boundaries & transparency: {list}").format(list=checklist.title),
                          st.heading))
        story.append(checklist_table(checklist, practice, st) if checklist.items
                     else para(_("No topics on this list."), st.body))

    if content.feedback:
        story.append(para(_("Your feedback on our sessions"), st.heading))
        questions = [q for q, _v in content.feedback[0].ratings]
        story.append(para_markup(text(_("Each out of 10:")) + " " + "; ".join(
            f"<b>{n}</b> {text(q)}" for n, q in enumerate(questions, start=1)), st.small))
        alone = _("(on your own)")
        rated = [[day(entry.given_on) + (f" {alone}" if entry.by_client_alone else ""),
                  *["–" if v is None else str(v) for _q, v in entry.ratings],
                  entry.different_next_time] for entry in content.feedback]
        story.append(_table([_("Date"), *[str(n) for n in range(1, len(questions) + 1)],
                             _("What could be different next time")], rated, st,
                            [30 * mm * st.scale, *[8 * mm * st.scale] * len(questions), None]))

    if content.measures:
        story.append(para(_("Questionnaires"), st.heading))
        story.append(para(_(
            "Answers to each question in order: 0 not at all, 1 several days, 2 more than half "
            "the days, 3 nearly every day. Under the band: how difficult things were, if you "
            "said."), st.small))
        story.append(_table(
            [_("Date"), _("Questionnaire"), _("Answers"), _("Total"), _("Band")],
            [[day(m.taken_on), m.code, " ".join(m.answers),
              _("{total} of {most}").format(total=m.total, most=m.max_score),
              m.band + (f"\n{m.difficulty}" if m.difficulty else "")]
             for m in content.measures], st,
            [30 * mm * st.scale, 24 * mm * st.scale, None, 20 * mm * st.scale,
             30 * mm * st.scale]))

    if content.exercises:
        story.append(para(_("Practices between sessions"), st.heading))
        for exercise in content.exercises:
            story += exercise_block(exercise, st)
            extra = _("Status: {status}").format(status=exercise.status)
            if exercise.report_back:
                extra = _("{status} · how it went: {words}").format(status=extra,
                                                                   words=exercise.report_back)
            story.append(words(extra, st.small))

    story.append(para(_("What has left the practice's records about you"), st.heading))
    if content.disclosures:
        story.append(_table([_("When"), _("What")],
                            [[day_and_time(at), what] for at, what in content.disclosures], st,
                            [60 * mm * st.scale, None]))
    else:
        story.append(para(_("Nothing before this copy."), st.body))
    return story


def build_client_record(content: RecordContent, practice: Practice) -> Pdf:
    st = styles(practice.large_print)
    return build_pdf(record_story(content, practice, st), letterhead=practice.letterhead,
                     paper=practice.paper, title=_(TITLE), large_print=practice.large_print)
