"""Blank PHQ-9 and GAD-7 forms to fill in by hand, in the instruments' exact published wording
(which the measures service holds): a row per question with a box under each answer and its
score, the difficulty question, a line to add up the total, and the source."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.handouts.content import FormContent, Practice
from app.handouts.document import (
    INK,
    RULE,
    TINT,
    Pdf,
    Styles,
    build_pdf,
    styles,
    table,
    text,
)
from app.handouts.language import N_
from app.handouts.sections import help_box, words
from app.handouts.writing import para_markup

NBSP = "\u00a0"  # an answer's words stay together on one line


def _answer_grid(form: FormContent, st: Styles) -> Flowable:
    centred = ParagraphStyle("centred", parent=st.small, alignment=TA_CENTER)
    box = ParagraphStyle("box", parent=st.body, alignment=TA_CENTER, fontSize=13 * st.scale,
                         leading=16 * st.scale)
    header = [para_markup("", st.small), para_markup(f"<b>{text(form.stem)}</b>", st.body),
              *[para_markup(f"{text(option)}<br/><b>{score}</b>", centred)
                for score, option in enumerate(form.options)]]
    rows: list[list[object]] = [header]
    for number, item in enumerate(form.items, start=1):
        rows.append([para_markup(f"{number}.", st.body), words(item, st.body),
                     *[para_markup("☐", box) for _ in form.options]])
    option_width = 21 * mm * st.scale
    return table(rows, col_widths=[7 * mm * st.scale, None, *[option_width] * len(form.options)],
                 repeat_rows=1, style=[
                     ("BACKGROUND", (0, 0), (-1, 0), TINT),
                     ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                     ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                     ("VALIGN", (2, 1), (-1, -1), "MIDDLE"),
                     ("TOPPADDING", (0, 0), (-1, -1), 1.3 * mm),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8 * mm),
                     ("LEFTPADDING", (0, 0), (-1, -1), 1.2 * mm),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 1.2 * mm),
                 ])


def form_story(form: FormContent, practice: Practice, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [para_markup(text(form.title), st.title)]
    story.append(table([[para_markup("Name", st.body), words(form.client_name, st.body), "",
                         para_markup("Date", st.body), ""]],
                       col_widths=[14 * mm * st.scale, None, 8 * mm, 12 * mm * st.scale,
                                   45 * mm * st.scale],
                       style=[("LINEBELOW", (1, 0), (1, 0), 0.75, INK),
                              ("LINEBELOW", (4, 0), (4, 0), 0.75, INK),
                              ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                              ("TOPPADDING", (0, 0), (-1, -1), 4 * mm)]))
    story.append(Spacer(0, 4 * mm))
    story.append(_answer_grid(form, st))
    adding = " + ".join("____" for _ in form.options[1:])
    story.append(para_markup(f"For office coding: 0 + {adding} = total score ____", st.small))
    story.append(Spacer(0, 2 * mm))
    story.append(KeepTogether([
        words(form.difficulty_question, st.body),
        # The four answers side by side (they wrap at large print): the form stays one page.
        para_markup("&nbsp;&nbsp;&nbsp; ".join(f"☐&nbsp;{text(option.replace(' ', NBSP))}"
                                              for option in form.difficulty_options), st.body),
    ]))
    story.append(Spacer(0, 2 * mm))
    story.append(words(form.source, st.small))
    # The PHQ-9 asks about thoughts of self-harm: whoever fills it in at home sees where to turn.
    story += help_box(practice.crisis_resources, "", st,
                      title=N_("If you are struggling right now"), compact=True)
    return story


def build_form(form: FormContent, practice: Practice) -> Pdf:
    st = styles(practice.large_print)
    return build_pdf(form_story(form, practice, st), letterhead=practice.letterhead,
                     paper=practice.paper, title=f"{form.code} questionnaire",
                     large_print=practice.large_print)
