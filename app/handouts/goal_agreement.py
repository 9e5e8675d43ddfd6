"""The goal agreement: each goal in the client's words with why it matters, first steps, signs
of progress and the words for each level; both sides' commitments; the version and its date;
the typed signatures once agreed, lines with room to sign while it is a draft."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from app.handouts.content import AgreementContent, Practice
from app.handouts.document import Pdf, Signer, Styles, boxed, build_pdf, signature_block, styles
from app.handouts.sections import day, goal_block, inline, labelled, opening
from app.handouts.writing import para_markup

TITLE = "Our goal agreement"


def _status_line(content: AgreementContent) -> str:
    if content.agreed and content.agreed_on:
        return f"version {content.version}, agreed on {day(content.agreed_on)}"
    return f"version {content.version}, a draft of {day(content.created_on)}"


def agreement_story(content: AgreementContent, practice: Practice, st: Styles,
                    *, title: str = TITLE) -> list[Flowable]:
    between = inline(content.client_name)
    if practice.therapist_name:
        between += f" and {inline(practice.therapist_name)}"
    story = opening(title, f"Between {between} · {_status_line(content)}", st)
    if not content.agreed:
        story.append(boxed(para_markup("This is a draft to talk over: nothing is agreed until we "
                                     "have both signed.", st.body)))
    story += labelled("What changed in this version", content.revision_note, st)
    story.append(para_markup("Your goals", st.heading))
    if not content.goals:
        story.append(para_markup("No goals are written down yet.", st.body))
    for number, goal in enumerate(content.goals, start=1):
        story += goal_block(number, goal, st)
    story.append(para_markup("What we each commit to", st.heading))
    you = labelled(f"{inline(content.client_name)} will", content.client_commitments, st)
    therapist = labelled(f"{inline(practice.therapist_name) or 'Your therapist'} will",
                         content.therapist_commitments, st)
    story += (you + therapist) or [para_markup("Nothing is written down yet.", st.body)]
    # The heading, the sentence and the lines stay on one page together.
    story.append(KeepTogether([
        para_markup("Signatures", st.heading),
        para_markup("We agree to work towards these goals together and to look at them again "
                    "whenever either of us asks.", st.body),
        signature_block([
            Signer("Client", content.client_signature,
                   day(content.client_signed_on) if content.client_signed_on else ""),
            Signer("Therapist", content.therapist_signature,
                   day(content.therapist_signed_on) if content.therapist_signed_on else ""),
        ], st),
    ]))
    return story


def build_goal_agreement(content: AgreementContent, practice: Practice) -> Pdf:
    st = styles(practice.large_print)
    return build_pdf(agreement_story(content, practice, st), letterhead=practice.letterhead,
                     paper=practice.paper, title=TITLE, large_print=practice.large_print)
