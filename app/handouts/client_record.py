"""The client's record, for their right of access (HIPAA §164.524, GDPR Art. 15): everything
the app shares with them — details, sessions with their shared summaries and notes, every
version of the goal agreement, progress, the boundaries & transparency list, their feedback,
questionnaires with totals and bands, practices, and what left the app about them.

What it is given decides what it prints: the service never puts private process notes, the
therapist's reflections on feedback or the journal into `RecordContent`.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph

from app.handouts.boundaries import checklist_table
from app.handouts.content import Practice, RecordContent, RecordSession
from app.handouts.document import RULE, TINT, Pdf, Styles, build_pdf, styles, table, text
from app.handouts.goal_agreement import agreement_story
from app.handouts.sections import (
    day,
    day_and_time,
    exercise_block,
    labelled,
    opening,
    progress_lines,
    words,
)

TITLE = "Your record"


def _pairs(rows: tuple[tuple[str, str], ...], st: Styles) -> Flowable:
    return table([[Paragraph(f"<b>{text(label)}</b>", st.body), words(value, st.body)]
                  for label, value in rows], col_widths=[45 * mm * st.scale, None],
                 style=[("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm)])


def _session(session: RecordSession, st: Styles) -> list[Flowable]:
    state = "" if session.signed else " · not yet signed"
    parts: list[Flowable] = [
        Paragraph(text(day_and_time(session.starts_at)), st.subheading),
        Paragraph(f"{session.duration_minutes} minutes, {text(session.format)}{state}",
                  st.small),
    ]
    parts += labelled("Shared with you", session.shared_summary, st)
    for heading, value in session.notes:
        parts += labelled(heading, value, st)
    for when, amendment in session.amendments:
        parts += labelled(f"Added on {day(when)}", amendment, st)
    return parts


def _table(header: list[str], rows: list[list[str]], st: Styles,
           widths: list[float | None]) -> Flowable:
    cells = [[Paragraph(f"<b>{text(h)}</b>", st.small) for h in header]]
    cells += [[words(value, st.body) for value in row] for row in rows]
    return table(cells, col_widths=widths, repeat_rows=1, style=[
        ("BACKGROUND", (0, 0), (-1, 0), TINT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.2 * mm),
    ])


def record_story(content: RecordContent, practice: Practice, st: Styles) -> list[Flowable]:
    story = opening(TITLE, f"A copy of what this practice keeps about {content.client_name} "
                           f"and shares with them, made on {day(content.made_on)}", st)
    story.append(Paragraph(
        "It holds your details, our sessions, our agreements, your feedback and "
        "questionnaires, and the practices between sessions. Your therapist's private process "
        "notes and personal reflections are kept apart and are not part of this copy; ask if "
        "you would like to talk about them.", st.body))
    story.append(Paragraph("Your details", st.heading))
    story.append(_pairs(content.details, st))
    if content.preferences:
        story.append(Paragraph("How you like to work", st.heading))
        story.append(_pairs(content.preferences, st))

    story.append(Paragraph(f"Sessions ({len(content.sessions)})", st.heading))
    if not content.sessions:
        story.append(Paragraph("No sessions yet.", st.body))
    for session in content.sessions:
        story += _session(session, st)

    for agreement in content.agreements:
        story.append(PageBreak())
        story += agreement_story(agreement, practice, st,
                                 title=f"Goal agreement, version {agreement.version}")
    if content.progress:
        story.append(Paragraph("How your goals are going", st.heading))
        story += progress_lines(content.progress, st)

    for checklist in content.checklists:
        story.append(CondPageBreak(60 * mm))
        story.append(Paragraph(f"Boundaries & transparency: {text(checklist.title)}",
                               st.heading))
        story.append(checklist_table(checklist, practice, st) if checklist.items
                     else Paragraph("No topics on this list.", st.body))

    if content.feedback:
        story.append(Paragraph("Your feedback on our sessions", st.heading))
        for entry in content.feedback:
            rated = "; ".join(f"{text(q)}: {'not rated' if v is None else f'{v} of 10'}"
                              for q, v in entry.ratings)
            alone = " (given on your own)" if entry.by_client_alone else ""
            block: list[Flowable] = [Paragraph(f"<b>{day(entry.given_on)}</b>{alone}<br/>{rated}",
                                               st.body)]
            block += labelled("What could be different next time", entry.different_next_time, st)
            story.append(KeepTogether(block))

    if content.measures:
        story.append(Paragraph("Questionnaires", st.heading))
        story.append(_table(
            ["Date", "Questionnaire", "Total", "Band"],
            [[day(m.taken_on), m.code, f"{m.total} of {m.max_score}", m.band]
             for m in content.measures], st,
            [32 * mm * st.scale, 32 * mm * st.scale, 28 * mm * st.scale, None]))
        for m in content.measures:
            if m.answers:
                story.append(Paragraph(f"{m.code} on {day(m.taken_on)}", st.subheading))
                story.append(_pairs(m.answers, st))

    if content.exercises:
        story.append(Paragraph("Practices between sessions", st.heading))
        for exercise in content.exercises:
            story += exercise_block(exercise, st)
            extra = f"Status: {exercise.status}"
            if exercise.report_back:
                extra += f" · how it went: {exercise.report_back}"
            story.append(words(extra, st.small))

    story.append(Paragraph("What has left the practice's records about you", st.heading))
    if content.disclosures:
        story.append(_table(["When", "What"],
                            [[day_and_time(at), what] for at, what in content.disclosures], st,
                            [60 * mm * st.scale, None]))
    else:
        story.append(Paragraph("Nothing before this copy.", st.body))
    return story


def build_client_record(content: RecordContent, practice: Practice) -> Pdf:
    st = styles(practice.large_print)
    return build_pdf(record_story(content, practice, st), letterhead=practice.letterhead,
                     paper=practice.paper, title=TITLE, large_print=practice.large_print)
