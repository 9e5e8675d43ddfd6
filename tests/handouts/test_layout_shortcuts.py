"""The shortcuts that lay a long handout out faster give exactly what reportlab gives without
them: the same fragments, lines, subset codes and PDF bytes."""

from __future__ import annotations

import contextlib

import pytest
from reportlab.lib import rl_accel
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import PageBreak, Paragraph
from reportlab.platypus import paragraph as rl_paragraph

from app.handouts import document, fonts, writing
from app.handouts.document import BODY, HEADING, SMALL, build_pdf, table, text
from app.handouts.fonts import SANS
from app.handouts.writing import LaidParagraph, para

SIMPLE = ["Plain words, with 'quotes' and \"more\"", "", "  spaced \n\n  out   words ", "a > b",
          "<b>Plan</b>", "<b></b>", "<b> bold, spaced </b>", "Zoë · 4 March 2026 – 14:30"]
NOT_SIMPLE = ["a <b>b</b>", "Tom &amp; Jerry", "one<br/>two", '<font face="DejaVuSans">x</font>',
              "<i>x</i>"]


def frags(p: Paragraph) -> list[dict[str, object]]:
    return [dict(vars(f)) for f in p.frags]


@pytest.mark.parametrize("markup", SIMPLE + NOT_SIMPLE)
def test_a_paragraph_has_the_fragments_reportlabs_parser_makes(markup: str) -> None:
    ours, theirs = LaidParagraph(markup, BODY), Paragraph(markup, BODY)
    assert frags(ours) == frags(theirs)
    assert (ours.text, ours.style, ours.bulletText) == (theirs.text, theirs.style, theirs.bulletText)


def test_simple_markup_skips_the_html_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    fed: list[str] = []
    monkeypatch.setattr(writing.ParaParser, "feed", lambda self, data: fed.append(data))
    for markup in SIMPLE:
        LaidParagraph(markup, BODY)
    assert fed == []


def test_a_paragraph_is_laid_out_once_for_a_width(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[float] = []
    original = Paragraph.wrap
    monkeypatch.setattr(Paragraph, "wrap",
                        lambda self, w, h: calls.append(w) or original(self, w, h))
    words = " ".join(["several words of a note"] * 30)
    p, plain = para(words, BODY), Paragraph(words, BODY)
    first = p.wrap(300, 1000)
    assert p.wrap(300, 50) == first == plain.wrap(300, 1000)
    assert len(calls) == 2  # ours once, the plain one once
    assert p.wrap(200, 1000) == plain.wrap(200, 1000) != first
    assert p.wrap(300, 1000) == first
    assert len(calls) == 5
    # A split that finds no room drops the lines; the next wrap lays them out again.
    assert p.split(300, 5) == []
    assert not hasattr(p, "blPara")
    assert p.wrap(300, 1000) == first
    assert len(calls) == 6


LONG = "a-word-far-too-long-for-any-line-of-the-handout-at-all-" * 3


@pytest.mark.parametrize("words", [
    " ".join(["several words of a note, each measured"] * 20),
    "one", "  leading and trailing  ", "no\u00a0break between\u00a0these words " * 9,
    "soft\u00adhyphen in a word " * 12, f"short then {LONG} then short", "\t\n"])
@pytest.mark.parametrize("widths", [[300.0, 300.0], [250.0, 320.0], [40.0], [90.0, 60.0, 120.0]])
@pytest.mark.parametrize("style", [BODY, HEADING, ParagraphStyle("shrinks", parent=BODY,
                                                                 spaceShrinkage=0.1)])
def test_lines_are_broken_as_reportlab_breaks_them(words: str, widths: list[float],
                                                   style: ParagraphStyle) -> None:
    ours, theirs = LaidParagraph(text(words), style), Paragraph(text(words), style)
    mine, reportlabs = ours.breakLines(list(widths)), theirs.breakLines(list(widths))
    assert type(mine) is type(reportlabs)
    assert vars(mine) == vars(reportlabs)
    for attribute in ("_width_max", "height", "_splitLongWordCount", "_hyphenations"):
        assert getattr(ours, attribute) == getattr(theirs, attribute)


class _Doc:
    """Stands for a PDF document, which a font keeps its subsets for."""


def test_lines_are_coded_as_reportlabs_loop_codes_them() -> None:
    font = pdfmetrics.getFont(SANS)
    assert isinstance(font, fonts._Font)
    ours, theirs = _Doc(), _Doc()  # two documents: each has its own subsets
    many = "".join(chr(c) for c in range(0x391, 0x3C9)) + "".join(map(chr, range(0x400, 0x4FF)))
    texts = ["Hello", "Hello again", "no\u00a0break", "\u00a0", "Zoë", many, "Hello Ωμέγα",
             "ไทย", "ok ไทย ok", many[::-1], "Привет", "", "Hello"]
    for value in texts:
        assert font.splitString(value, ours) == ttfonts.TTFont.splitString(font, value, theirs)
    assert font.state[ours].assignments == font.state[theirs].assignments
    assert len(font.state[ours].subsets) > 1  # the texts went past the first subset


def test_word_widths_are_reportlabs_and_forgotten_after_a_handout() -> None:
    build_pdf([para("Remembered words only while laid out", BODY)], letterhead=None,
              paper="A4", title="Test")
    assert writing._word_width.cache_info().currsize == 0
    with writing.laying_out():
        assert writing._word_width("Remembered", SANS, 10) == \
            pdfmetrics.stringWidth("Remembered", SANS, 10)
        assert writing._word_width.cache_info().currsize == 1
    assert writing._word_width.cache_info().currsize == 0


def test_reportlab_lays_out_as_ever_outside_a_handout() -> None:
    """The shortcuts are reportlab's only while a handout is built (two at once included):
    a Paragraph laid out afterwards leaves none of its words remembered."""
    stock = (rl_paragraph.stringWidth, rl_paragraph.sameFrag)
    assert stock == (pdfmetrics.stringWidth, rl_accel.sameFrag)
    with writing.laying_out():
        with writing.laying_out():
            assert rl_paragraph.stringWidth is writing._word_width
        assert rl_paragraph.sameFrag is writing._same_frag  # the other build goes on
    build_pdf([para("Remembered words only while laid out", BODY)], letterhead=None,
              paper="A4", title="Test")
    assert (rl_paragraph.stringWidth, rl_paragraph.sameFrag) == stock
    Paragraph("Words of a client laid out elsewhere", BODY).wrap(200, 100)
    assert writing._word_width.cache_info().currsize == 0


def _story() -> list[object]:
    note = " ".join(["Abena spoke about the week, the card and the queue; it went well."] * 12)
    rows = [[para(f"Row {n}", SMALL), para(note[: 40 * n], BODY)] for n in range(1, 30)]
    return [para("Your record", HEADING), *[para(note, BODY) for _ in range(6)],
            para_bold("Shared with you"), para("Line one\nline two & more", BODY),
            table(rows, col_widths=[30 * mm, None], repeat_rows=1), PageBreak(),
            para("Ωμέγα Привет · ไทย 🙂", BODY), para("مرحبا بكم", BODY)]


def para_bold(label: str) -> Paragraph:
    return writing.para_markup(f"<b>{text(label)}</b>", BODY)


def test_a_handout_is_the_same_pdf_without_the_shortcuts(monkeypatch: pytest.MonkeyPatch) -> None:
    head = document.Letterhead("Willow Lane", footer="Confidential: written for you")
    fast = build_pdf(_story(), letterhead=head, paper="A4", title="Test")
    with monkeypatch.context() as m:
        m.setattr(LaidParagraph, "wrap", Paragraph.wrap)
        m.setattr(LaidParagraph, "breakLines", Paragraph.breakLines)
        m.setattr(LaidParagraph, "_setup", Paragraph._setup)
        m.setattr(fonts._Font, "splitString", ttfonts.TTFont.splitString)
        m.setattr(document, "laying_out", contextlib.nullcontext)
        slow = build_pdf(_story(), letterhead=head, paper="A4", title="Test")
    assert fast.pages == slow.pages > 2
    assert bytes(fast) == bytes(slow)


def test_only_the_commonest_paragraph_takes_the_short_way() -> None:
    def short(words: str, style: ParagraphStyle = BODY) -> bool:
        return LaidParagraph(text(words), style)._simple_lines([300.0]) is not None

    assert short("several words of a note")
    assert LaidParagraph("<b>Plan</b>", BODY)._simple_lines([300.0]) is not None
    assert not short(LONG) and not short("soft\u00adhyphen") and not short("one\ntwo")
    assert not short("words", ParagraphStyle("hyphenated", parent=BODY, hyphenationLang="en_GB"))


def test_fragments_are_alike_exactly_when_reportlabs_c_code_says_so() -> None:
    marked = ('one <b>two</b> three<br/>four <font color="red">five</font> '
              '<font face="DejaVuSans-Bold" size="12">six</font> <a href="https://x.example">'
              'seven</a> <span backColor="yellow">eight</span> <u>nine</u> ten<br/>eleven')
    fragments = [*Paragraph(marked, BODY).frags, *Paragraph("plain words", SMALL).frags]
    first = fragments[0]
    fragments += [first.clone(), first.clone(backColor=None), first.clone(nobr=1),
                  first.clone(textColor=first.textColor.clone()), first.clone(us_lines=[])]
    for f in fragments:
        for g in fragments:
            assert writing._same_frag(f, g) == rl_accel.sameFrag(f, g)
    assert writing._same_frag(first, first.clone()) == 1


def test_the_rest_of_a_split_paragraph_breaks_as_reportlab_breaks_it() -> None:
    words = text(" ".join(["the rest of a long note, after the page break"] * 20))
    ours, theirs = LaidParagraph(words, BODY), Paragraph(words, BODY)
    rests = []
    for p in (ours, theirs):
        p.wrap(300, 1000)
        _first, rest = p.split(300, 60)
        assert hasattr(rest.frags[0], "words")
        rests.append(rest)
    assert rests[0]._simple_lines([250.0, 320.0]) is not None
    assert vars(rests[0].breakLines([250.0, 320.0])) == vars(rests[1].breakLines([250.0, 320.0]))
    assert rests[0]._width_max == rests[1]._width_max


def test_a_paragraph_with_no_room_answers_as_reportlabs_every_time() -> None:
    ours, theirs = LaidParagraph("No room at all", BODY), Paragraph("No room at all", BODY)
    for _ in range(2):
        assert ours.wrap(0, 100) == theirs.wrap(0, 100)
        assert hasattr(ours, "width") == hasattr(theirs, "width")
    assert ours.wrap(200, 100) == theirs.wrap(200, 100)
