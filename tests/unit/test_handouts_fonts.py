"""Handouts embed DejaVu and nothing else, and their text layer gives back what was written."""

from __future__ import annotations

import io
import subprocess

import pypdf
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.platypus import Paragraph

from app.handouts.document import BODY, Letterhead, build_pdf, table
from app.handouts.fonts import MONO, SANS, missing_glyphs, patch_to_unicode_cmap

# What DejaVu Sans draws: accents, Greek, Hebrew letters, ballot boxes, a tick, BMP and non-BMP emoji.
COVERED = "Ångström-ñandú Ωμέγα ☐ ☑ ✓ ❤ 😀 😊"


def embedded_fonts(pdf: bytes) -> dict[str, str]:
    """Font name -> the "emb" column of poppler's ``pdffonts`` for a PDF given as bytes."""
    out = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout
    rows = out.decode().splitlines()[2:]
    return {row.split()[0]: row.split()[-5] for row in rows}


def pdftotext(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()


def page_text(pdf: bytes, page: int = 0) -> str:
    return pypdf.PdfReader(io.BytesIO(pdf)).pages[page].extract_text()


def one_line(line: str) -> bytes:
    return build_pdf([Paragraph(line, BODY)], letterhead=None, paper="A4", title="Test")


def test_covered_characters_round_trip_through_the_text_layer():
    pdf = one_line(COVERED)
    assert COVERED in page_text(pdf).splitlines()
    assert COVERED in pdftotext(pdf)


def test_a_raw_paragraph_without_the_fallback_fonts_reads_back_as_replacement_characters():
    # What writing.markup prevents: DejaVu alone has no glyph for these.
    line = "Ångström-ñandú-日本語-🙂"
    assert "Ångström-ñandú-\ufffd\ufffd\ufffd-\ufffd" in page_text(one_line(line)).splitlines()


def test_missing_glyphs_lists_only_what_no_bundled_font_draws_once_each():
    assert missing_glyphs("本 α\n本\t😀 🙂🙂 שלום مرحبا 한국") == ""  # a Noto font has each
    assert missing_glyphs("नमस्ते नमस्ते") == "नमस्ते"  # Devanagari: no bundled font
    assert missing_glyphs(COVERED) == ""


def test_to_unicode_entries_outside_the_bmp_are_surrogate_pairs():
    cmap = ttfonts.makeToUnicodeCMap("AAAAAA+Test", [0, 0x41, 0x1F600, 0x10FFFF])
    assert "<00> <FFFD>" in cmap
    assert "<01> <0041>" in cmap
    assert "<02> <D83DDE00>" in cmap
    assert "<03> <DBFFDFFF>" in cmap
    assert "<00> <03>" in cmap  # the code space range line is left alone


def test_the_patch_applies_once():
    patched = ttfonts.makeToUnicodeCMap
    patch_to_unicode_cmap()
    patch_to_unicode_cmap()
    assert ttfonts.makeToUnicodeCMap is patched
    assert not getattr(patched.__wrapped__, "reciprocal_utf16", False)


def test_only_embedded_fonts_even_with_plain_table_cells_bold_italic_and_mono():
    mono = ParagraphStyle("mono", parent=BODY, fontName=MONO)
    story = [
        Paragraph("<b>bold</b> <i>italic</i> <b><i>both</i></b> plain", BODY),
        Paragraph("<b>mono bold</b> ☐", mono),
        table([["a plain string cell", "another"], ["ü", "✓"]]),
    ]
    pdf = build_pdf(story, letterhead=Letterhead("Practice", footer="Footer"), paper="Letter",
                    title="Test")
    fonts = embedded_fonts(pdf)
    assert set(fonts.values()) == {"yes"}
    assert {name.split("+")[-1] for name in fonts} == {SANS, f"{SANS}-Bold", MONO}
