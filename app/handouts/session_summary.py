"""The session summary a client takes home: what we worked on (the shared summary, never the
note or the private note), practices until next time, goals in plain words, the next session and
where to find help in between."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.handouts.content import Practice, SessionSummaryContent
from app.handouts.document import Pdf, Styles, build_pdf, styles
from app.handouts.language import N_, _, day, n_
from app.handouts.sections import (
    day_and_time,
    exercise_block,
    help_box,
    inline,
    opening,
    progress_lines,
    words,
)
from app.handouts.writing import para

TITLE = N_("Session summary")


def session_story(content: SessionSummaryContent, practice: Practice,
                  st: Styles) -> list[Flowable]:
    when = _("{day}, {minutes}, {format}").format(
        day=day(content.starts_at), format=content.format,
        minutes=n_("{count} minute", "{count} minutes", content.duration_minutes).format(
            count=content.duration_minutes))
    story = opening(_(TITLE), _("For {name} · {when}").format(
        name=inline(content.client_name), when=when), st)
    story.append(para(_("What we worked on"), st.heading))
    story.append(words(content.shared_summary, st.body) if content.shared_summary.strip()
                 else para(_("Nothing was written down to take home from this session."),
                           st.body))
    if content.exercises:
        story.append(para(_("Until next time"), st.heading))
        for exercise in content.exercises:
            story += exercise_block(exercise, st)
    if content.goals:
        story.append(para(_("Your goals and how they are going"), st.heading))
        story += progress_lines(content.goals, st)
    story.append(para(_("Next session"), st.heading))
    story.append(para(day_and_time(content.next_session) if content.next_session
                      else _("We will agree on the next date together."), st.body))
    story += help_box(practice.crisis_resources, practice.letterhead.contact, st)
    return story


def build_session_summary(content: SessionSummaryContent, practice: Practice) -> Pdf:
    st = styles(practice.large_print)
    return build_pdf(session_story(content, practice, st), letterhead=practice.letterhead,
                     paper=practice.paper, title=_(TITLE), large_print=practice.large_print)
