"""The goal agreement: each goal in the client's words with why it matters, first steps, signs
of progress and the words for each level; both sides' commitments; the version and its date;
the typed signatures once agreed, lines with room to sign while it is a draft."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from app.handouts.content import AgreementContent, Practice
from app.handouts.document import Pdf, Signer, Styles, boxed, build_pdf, signature_block, styles
from app.handouts.language import N_, _, day
from app.handouts.sections import goal_block, inline, labelled, opening
from app.handouts.writing import para

TITLE = N_("Our goal agreement")


def _status_line(content: AgreementContent) -> str:
    if content.agreed and content.agreed_on:
        return _("version {version}, agreed on {day}").format(version=content.version,
                                                               day=day(content.agreed_on))
    return _("version {version}, a draft of {day}").format(version=content.version,
                                                            day=day(content.created_on))


def agreement_story(content: AgreementContent, practice: Practice, st: Styles,
                    *, title: str | None = None) -> list[Flowable]:
    client = inline(content.client_name)
    between = (_("Between {client} and {therapist}").format(
        client=client, therapist=inline(practice.therapist_name))
        if practice.therapist_name else _("Between {client}").format(client=client))
    story = opening(title or _(TITLE), f"{between} · {_status_line(content)}", st)
    if not content.agreed:
        story.append(boxed(para(_("This is a draft to talk over: nothing is agreed until we "
                                  "have both signed."), st.body)))
    story += labelled(_("What changed in this version"), content.revision_note, st)
    story.append(para(_("Your goals"), st.heading))
    if not content.goals:
        story.append(para(_("No goals are written down yet."), st.body))
    for number, goal in enumerate(content.goals, start=1):
        story += goal_block(number, goal, st)
    story.append(para(_("What we each commit to"), st.heading))
    you = labelled(_("{name} will").format(name=client), content.client_commitments, st)
    therapist = labelled(_("{name} will").format(name=inline(practice.therapist_name))
                         if practice.therapist_name else _("Your therapist will"),
                         content.therapist_commitments, st)
    story += (you + therapist) or [para(_("Nothing is written down yet."), st.body)]
    # The heading, the sentence and the lines stay on one page together.
    story.append(KeepTogether([
        para(_("Signatures"), st.heading),
        para(_("We agree to work towards these goals together and to look at them again "
               "whenever either of us asks."), st.body),
        signature_block([
            Signer(_("Client"), content.client_signature,
                   day(content.client_signed_on) if content.client_signed_on else ""),
            Signer(_("Therapist"), content.therapist_signature,
                   day(content.therapist_signed_on) if content.therapist_signed_on else ""),
        ], st),
    ]))
    return story


def build_goal_agreement(content: AgreementContent, practice: Practice) -> Pdf:
    st = styles(practice.large_print)
    return build_pdf(agreement_story(content, practice, st), letterhead=practice.letterhead,
                     paper=practice.paper, title=_(TITLE), large_print=practice.large_print)
