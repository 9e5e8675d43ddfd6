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
from app.handouts.language import N_, _, day
from app.handouts.sections import inline, opening, words
from app.handouts.writing import para, para_markup

TITLE = N_("Boundaries & transparency")
RAISED_BY = {"client": N_("you"), "therapist": N_("your therapist")}


def checklist_table(content: ChecklistContent, practice: Practice, st: Styles) -> Flowable:
    """One row per topic: topic (with its description and our note), status, who raised it.
    A header row repeats on every page the table runs over."""
    raised_names = {code: _(name) for code, name in RAISED_BY.items()}
    if practice.therapist_name:
        raised_names["therapist"] = practice.therapist_name
    header = [para(label, st.small, bold=True) for label in
              (_("Topic"), _("Where we are"), _("Raised by"))]
    rows: list[list[object]] = [header]
    for item in content.items:
        cell: list[Flowable] = [para_markup(f"<b>{text(item.topic)}</b>", st.body)]
        if item.description:
            cell.append(words(item.description, st.small))
        if item.note:
            our_note = text(_("Our note:"))
            cell.append(para_markup(f"<i>{our_note}</i> {text(item.note)}", st.body))
        status = text(item.status)
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
                    *, title: str | None = None) -> list[Flowable]:
    story = opening(title or _(TITLE), _("{list} · for {name} · started on {day}").format(
        list=inline(content.title), name=inline(content.client_name),
        day=day(content.created_on)), st)
    story.append(para(_(
        "How we work together, written down so that nothing about it is a surprise. Any topic "
        "can be talked about again at any time."), st.body))
    if content.items:
        story.append(checklist_table(content, practice, st))
    else:
        story.append(para(_("No topics are on this list yet."), st.body))
    return story


def build_boundaries(content: ChecklistContent, practice: Practice) -> Pdf:
    st = styles(practice.large_print)
    story = checklist_story(content, practice, st)
    story.append(signature_block([Signer(_("Client")), Signer(_("Therapist"))], st))
    return build_pdf(story, letterhead=practice.letterhead, paper=practice.paper, title=_(TITLE),
                     large_print=practice.large_print)
