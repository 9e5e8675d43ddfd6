"""The boundaries & transparency agreement: every topic, where we are with it, who raised it,
what we noted; then lines to sign."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.handouts.content import ChecklistContent, Practice
from app.handouts.document import (
    RULE,
    TINT,
    Pdf,
    Signer,
    Styles,
    build_pdf,
    signature_block,
    styles,
    table,
    text,
)
from app.handouts.sections import day, inline, opening, words
from app.handouts.writing import para_markup

TITLE = "Boundaries & transparency"
RAISED_BY = {"client": "you", "therapist": "your therapist"}


def checklist_table(content: ChecklistContent, practice: Practice, st: Styles) -> Flowable:
    """One row per topic: topic (with its description and our note), status, who raised it.
    A header row repeats on every page the table runs over."""
    raised_names = dict(RAISED_BY)
    if practice.therapist_name:
        raised_names["therapist"] = practice.therapist_name
    header = [para_markup(f"<b>{label}</b>", st.small) for label in
              ("Topic", "Where we are", "Raised by")]
    rows: list[list[object]] = [header]
    for item in content.items:
        cell: list[Flowable] = [para_markup(f"<b>{text(item.topic)}</b>", st.body)]
        if item.description:
            cell.append(words(item.description, st.small))
        if item.note:
            cell.append(para_markup(f"<i>Our note:</i> {text(item.note)}", st.body))
        status = item.status
        if item.discussed_on:
            status += f"<br/>{day(item.discussed_on)}"
        mark = "☑ " if item.agreed else "☐ "
        rows.append([cell, para_markup(mark + status, st.body),
                     para_markup(text(raised_names.get(item.raised_by, item.raised_by)), st.body)])
    grid = table(rows, col_widths=[None, 40 * mm * st.scale, 30 * mm * st.scale], style=[
        ("BACKGROUND", (0, 0), (-1, 0), TINT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
    ], repeat_rows=1)
    return grid


def checklist_story(content: ChecklistContent, practice: Practice, st: Styles,
                    *, title: str = TITLE) -> list[Flowable]:
    story = opening(title, f"{inline(content.title)} · for {inline(content.client_name)} · "
                           f"started on {day(content.created_on)}", st)
    story.append(para_markup(
        "How we work together, written down so that nothing about it is a surprise. Any topic "
        "can be talked about again at any time.", st.body))
    if content.items:
        story.append(checklist_table(content, practice, st))
    else:
        story.append(para_markup("No topics are on this list yet.", st.body))
    return story


def build_boundaries(content: ChecklistContent, practice: Practice) -> Pdf:
    st = styles(practice.large_print)
    story = checklist_story(content, practice, st)
    story.append(signature_block([Signer("Client"), Signer("Therapist")], st))
    return build_pdf(story, letterhead=practice.letterhead, paper=practice.paper, title=TITLE,
                     large_print=practice.large_print)
