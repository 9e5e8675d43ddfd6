"""The practices sheet: each practice between sessions with its instructions and a grid to tick
off the days of the coming week, with room for a word about how it went."""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from app.handouts.content import Practice, PracticesContent
from app.handouts.document import INK, RULE, TINT, Pdf, Styles, build_pdf, styles, table, text
from app.handouts.language import N_, _, day, week_column
from app.handouts.sections import exercise_block, inline, opening
from app.handouts.writing import para, para_markup

TITLE = N_("Practices until next time")


def _week_grid(content: PracticesContent, st: Styles) -> Flowable:
    days = [content.week_of + timedelta(days=n) for n in range(7)]
    header = [para_markup(f"<b>{text(weekday)}</b><br/>{text(rest)}", st.small)
              for weekday, rest in map(week_column, days)]
    grid = table([header, [""] * 7, [""] * 7], style=[
        ("BACKGROUND", (0, 0), (-1, 0), TINT),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BOX", (0, 0), (-1, -1), 0.75, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("TOPPADDING", (0, 0), (-1, 0), 1 * mm),
    ], row_heights=[None, 9 * mm * st.scale, 16 * mm * st.scale])
    grid.spaceBefore, grid.spaceAfter = 2 * mm, 1 * mm
    return grid


def practices_story(content: PracticesContent, st: Styles, *, title: str | None = None,
                    with_grid: bool = True) -> list[Flowable]:
    story = opening(title or _(TITLE), _("For {name} · the week from {day}").format(
        name=inline(content.client_name), day=day(content.week_of)), st)
    if not content.exercises:
        story.append(para(_("No practices are planned at the moment."), st.body))
    for exercise in content.exercises:
        block = exercise_block(exercise, st)
        if with_grid:
            block += [_week_grid(content, st),
                      para(_("Tick a day when you did it; jot a word about how it went "
                             "underneath."), st.small)]
        story.append(KeepTogether(block))
    return story


def build_practices(content: PracticesContent, practice: Practice) -> Pdf:
    st = styles(practice.large_print)
    return build_pdf(practices_story(content, st), letterhead=practice.letterhead,
                     paper=practice.paper, title=_(TITLE), large_print=practice.large_print)
