"""A client's words in any script: fallback fonts, right-to-left order and shaping in handouts."""

from __future__ import annotations

import io
import re
import time
from xml.sax.saxutils import escape

import pypdf
from bidi.algorithm import get_display
from pypdf.generic import ContentStream
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from app.handouts.document import BODY, HEADING, build_pdf, table, text
from app.handouts.fonts import ARABIC, missing_glyphs
from app.handouts.writing import BidiParagraph, LaidParagraph, is_rtl, markup, para, para_markup
from tests.unit.test_handouts_fonts import embedded_fonts, page_text

LTR_SCRIPTS = "Ωμέγα Привет Ångström-ñandú 王小明 さくら 김민준 🙂😀👍"
HEBREW = "שלום, דנה כהן (2 פעמים)"
MIXED = "Goal: أريد أن أنام جيدا 🙂 (2 times)"


def pdf_of(*story) -> bytes:
    return build_pdf(list(story), letterhead=None, paper="A4", title="Test")


_TO_UNICODE = re.compile(rb"<([0-9A-F]{2})> <([0-9A-F]+)>")


def drawn(pdf: bytes, page: int = 0) -> list[tuple[float, float, str, str]]:
    """Every text-showing operation in content-stream order, as (y, x, text, font): the line's
    origin, the glyphs as the font's ToUnicode map reads them, in the order they are drawn
    (left to right), and the font's name. (pypdf's own extraction reorders right-to-left
    letters, so it cannot tell us the visual order.)"""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    resources = reader.pages[page]["/Resources"]["/Font"]
    maps: dict[str, tuple[dict[int, str], str]] = {}
    for key, ref in resources.items():
        font = ref.get_object()
        table: dict[int, str] = {}
        if "/ToUnicode" in font:
            cmap = font["/ToUnicode"].get_object().get_data()
            for section in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
                for code, uni in _TO_UNICODE.findall(section):
                    table[int(code, 16)] = bytes.fromhex(uni.decode()).decode("utf-16-be")
        maps[key] = (table, str(font["/BaseFont"]).split("+")[-1])
    out: list[tuple[float, float, str, str]] = []
    x = y = leading = 0.0
    origin, saved = (0.0, 0.0), []  # translations only: reportlab moves each flowable with cm
    table, name = {}, ""
    for operands, op in ContentStream(reader.pages[page].get_contents(), reader).operations:
        if op == b"q":
            saved.append(origin)
        elif op == b"Q":
            origin = saved.pop()
        elif op == b"cm":
            origin = (origin[0] + float(operands[4]), origin[1] + float(operands[5]))
        elif op == b"Tf":
            table, name = maps[operands[0]]
        elif op == b"Tm":
            x, y = float(operands[4]), float(operands[5])
        elif op == b"Td":
            x, y = x + float(operands[0]), y + float(operands[1])
        elif op == b"TL":
            leading = float(operands[0])
        elif op == b"T*":
            y -= leading
        elif op in (b"Tj", b"TJ"):
            items = operands[0] if op == b"TJ" else [operands[0]]
            data = b"".join(bytes(i.original_bytes) for i in items if hasattr(i, "original_bytes"))
            out.append((round(origin[1] + y, 1), origin[0] + x, "".join(table.get(b, "?") for b in data), name))
    return out


def lines(pdf: bytes, page: int = 0) -> list[str]:
    """Each printed line's glyphs from left to right (the visual order), top line first."""
    rows: dict[float, list[str]] = {}
    for y, _, txt, _ in drawn(pdf, page):
        rows.setdefault(y, []).append(txt)
    return ["".join(parts).strip() for _, parts in sorted(rows.items(), reverse=True)]


def test_every_font_is_embedded_and_helvetica_never_appears():
    story = [para(LTR_SCRIPTS, BODY), para(HEBREW, BODY), para(MIXED, HEADING, bold=True),
             table([[text("Zoë 🙂"), Paragraph(text("مرحبا 王"), BODY)]])]
    fonts = embedded_fonts(pdf_of(*story))
    assert set(fonts.values()) == {"yes"}
    names = {name.split("+")[-1] for name in fonts}
    assert not any("Helvetica" in n for n in names)
    assert names == {"DejaVuSans", "DejaVuSans-Bold", "NotoEmoji-Regular", "NotoSansSC-Regular",
                     "NotoSansKR-Regular", "NotoSansHebrew-Regular", "NotoSansArabic-Regular",
                     "NotoSansArabic-Bold"}


def test_greek_cyrillic_accents_cjk_hangul_and_emoji_read_back_as_written():
    pdf = pdf_of(para(LTR_SCRIPTS, BODY), Paragraph(text(LTR_SCRIPTS), BODY))
    assert page_text(pdf).splitlines()[:2] == [LTR_SCRIPTS, LTR_SCRIPTS]
    fonts = {font for *_, font in drawn(pdf)}
    assert {"NotoEmoji-Regular", "NotoSansSC-Regular", "NotoSansKR-Regular"} <= fonts


def test_markup_escapes_and_wraps_only_what_dejavu_should_not_draw():
    assert markup("Café <b> & ü\nΩ") == "Café &lt;b&gt; &amp; ü<br/>Ω"
    assert markup("Hi 🙂!") == 'Hi <font face="NotoEmoji">🙂</font>!'
    assert markup("王 小") == '<font face="NotoSansSC">王 小</font>'
    assert markup("مرحبا بك", bold=True) == '<font face="NotoSansArabic-Bold">مرحبا بك</font>'
    assert markup("שלום <3") == '<font face="NotoSansHebrew">שלום</font> &lt;3'
    assert text("a & b") == escape("a & b")


def test_markup_of_a_long_latin_note_costs_well_under_a_millisecond():
    note = ("Sam slept seven hours most nights; café with Zoë on Friday, naïve but good. " * 40)
    note = note[:2400]
    markup(note)
    start = time.perf_counter()
    for _ in range(100):
        markup(note)
    assert (time.perf_counter() - start) / 100 < 0.0002


def test_hebrew_is_drawn_right_to_left_in_noto_and_right_aligned():
    p = para(HEBREW, BODY)
    assert isinstance(p, BidiParagraph) and is_rtl(HEBREW)
    pdf = pdf_of(p, para("left", BODY))
    assert lines(pdf)[:1] == [get_display(HEBREW)]
    hebrew = [d for d in drawn(pdf) if re.search("[\u05d0-\u05ea]", d[2])]
    assert hebrew and {d[3] for d in hebrew} == {"NotoSansHebrew-Regular"}
    left = min(d[1] for d in drawn(pdf) if "left" in d[2])
    assert min(d[1] for d in hebrew) > left + 200  # starts far right: right-aligned


def test_english_with_arabic_keeps_the_english_in_place_and_the_parenthesis_whole():
    pdf = pdf_of(para(MIXED, BODY), para_markup("<b>Goal:</b> " + markup(MIXED[6:]), BODY))
    for line in lines(pdf)[:2]:
        assert line.startswith("Goal: ") and line.endswith("🙂 (2 times)")
    arabic = [d for d in drawn(pdf) if re.search("[\u0600-\u06ff\ufb50-\ufeff\ue000-\uf8ff]", d[2])]
    assert arabic and {d[3] for d in arabic} == {"NotoSansArabic-Regular"}


def test_a_wrapped_arabic_paragraph_reads_right_to_left_top_line_first_across_pages():
    words = [f"كلمة {n}" for n in range(1, 701)]
    pdf = pdf_of(para(" ".join(words), BODY))
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert pages >= 2
    order: list[int] = []
    per_line: list[list[int]] = []
    for page in range(pages):
        for line in lines(pdf, page):
            numbers = [int(n) for n in re.findall(r"\d+", line)]
            if numbers and not line.startswith("Page"):
                per_line.append(numbers)
                order.extend(reversed(numbers))  # a line is read from its right end
    assert len(per_line) >= 3
    assert all(len(n) > 3 for n in per_line[:-1])
    assert order == list(range(1, 701))


def test_arabic_is_shaped_and_arabic_digits_stay_left_to_right():
    p = para("بيت", BODY)
    p.wrap(400, 100)
    shaped = p.blPara.lines[0].maxWidth - p.blPara.lines[0].extraSpace
    assert abs(shaped - stringWidth("بيت", ARABIC, BODY.fontSize)) > 0.5
    pdf = pdf_of(para("عدد ١٢٣ و 45", BODY))
    assert re.search("45.*١٢٣", lines(pdf)[0])


def test_plain_text_stays_a_plain_paragraph():
    assert type(para("Plain words, Zoë 🙂", BODY)) is LaidParagraph
    assert not is_rtl("Goal: مرحبا")


def test_missing_glyphs_reports_only_what_no_bundled_font_draws():
    assert missing_glyphs("नमस्ते Ωμέγα 🙂 日本 김 שלום مرحبا") == "नमस्ते"
    assert missing_glyphs("ไทย ☐") == "ไทย"
