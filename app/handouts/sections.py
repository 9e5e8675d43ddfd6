"""Pieces several handouts share: the opening lines, dates in words, a goal with its levels, a
practice, labelled paragraphs. Each takes the handout's `Styles`, so large print follows."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.handouts.content import ExerciseText, GoalProgress, GoalText
from app.handouts.document import RULE, TINT, Styles, boxed, table, text
from app.handouts.language import N_, _, clock, day, weekday_and_day
from app.handouts.writing import para, para_markup


def day_and_time(value: datetime) -> str:
    """"Wednesday, 4 March 2026 at 14:30", in the handout's language."""
    return _("{day} at {time}").format(day=weekday_and_day(value), time=clock(value))


def inline(value: str) -> str:
    """Someone's words set inside one of our sentences ("For {name} · 4 March"): after words
    written right to left, a left-to-right mark keeps what follows (a date, a number) in the
    sentence's own order instead of joining the name's."""
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in value):
        return value + "\u200e"
    return value


def words(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of the client's or therapist's own words, kept exactly (line breaks too),
    in any script and either direction."""
    return para(value, style)


def opening(title: str, subtitle: str, st: Styles) -> list[Flowable]:
    """The handout's title and the line under it (for whom, when)."""
    return [para_markup(text(title), st.title), para_markup(text(subtitle), st.body),
            Spacer(0, 2 * mm)]


def labelled(label: str, value: str, st: Styles) -> list[Flowable]:
    """A small bold label with the text under it; nothing at all when the text is empty."""
    if not value.strip():
        return []
    return [para_markup(f"<b>{text(label)}</b>", st.body), words(value, st.body)]


def goal_block(number: int, goal: GoalText, st: Styles) -> list[Flowable]:
    """One goal of an agreement: its title in the client's words, why it matters, first steps,
    signs of progress, the review date and the words for each level, in a tinted table."""
    parts: list[Flowable] = [para_markup(f"{number}. {text(goal.title)}", st.subheading)]
    parts += labelled(_("Why it matters"), goal.why_it_matters, st)
    parts += labelled(_("First steps"), goal.first_steps, st)
    parts += labelled(_("How we will notice progress"), goal.signs_of_progress, st)
    if goal.review_date:
        parts.append(para_markup(
            text(_("We will look at it again on {day}")).format(day=day(goal.review_date)),
            st.body))
    if goal.levels:
        rows = [[para_markup(f"<b>{text(level)}</b>", st.small), words(client_words, st.body)]
                for level, client_words in goal.levels]
        levels = table(rows, col_widths=[48 * mm * st.scale, None], style=[
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
        ])
        levels.spaceBefore, levels.spaceAfter = 1 * mm, 3 * mm
        heading = text(_("What each level would look like, in your words"))
        parts += [para_markup(f"<b>{heading}</b>", st.body),
                  levels]
    return parts


def progress_lines(goals: Sequence[GoalProgress], st: Styles) -> list[Flowable]:
    """Each goal with where it stands now, in plain words."""
    parts: list[Flowable] = []
    for goal in goals:
        if goal.level:
            where = f"{text(goal.level)}"
            if goal.level_words:
                where += f": “{text(goal.level_words)}”"
            if goal.rated_on:
                where += f" ({day(goal.rated_on)})"
        else:
            where = text(_("Not rated yet"))
        parts.append(para_markup(f"<b>{text(goal.title)}</b><br/>{where}", st.body))
    return parts


def exercise_block(exercise: ExerciseText, st: Styles) -> list[Flowable]:
    """A practice between sessions: its name, how often, and what to do."""
    head = f"<b>{text(exercise.title)}</b>"
    if exercise.frequency:
        head += f" · {text(exercise.frequency)}"
    parts: list[Flowable] = [para_markup(head, st.body)]
    if exercise.instructions:
        parts.append(words(exercise.instructions, st.body))
    return parts


# Printed when the practice has not written its own crisis resources (Settings): a handout
# that goes home never leaves a client without somewhere to turn.
DEFAULT_CRISIS = N_("If you are in danger or feel unable to keep yourself safe, call your "
                    "local emergency number now, or go to the nearest emergency department.")


def help_box(crisis_resources: str, contact: str, st: Styles,
             title: str = N_("If you need help before then"), *,
             compact: bool = False) -> list[Flowable]:
    """Where to turn between sessions: the practice's crisis resources (or a plain default)
    and its contact; ``compact`` sets it small, under a form that fills its page."""
    style = st.small if compact else st.body
    inner: list[Flowable] = [para_markup(f"<b>{text(_(title))}</b>", style),
                             words(crisis_resources if crisis_resources.strip()
                                   else _(DEFAULT_CRISIS), style)]
    if contact.strip() and not compact:
        inner.append(words(contact, st.small))
    return [KeepTogether([boxed(inner, padding=(2 if compact else 4) * mm)])]
