"""The shared handout frame: paper sizes, letterhead, page x of y, metadata, helper flowables."""

from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.platypus import Paragraph

from app.errors import BadInput
from app.handouts.document import (
    BODY,
    TITLE,
    Letterhead,
    Signer,
    boxed,
    build_pdf,
    checkbox_rows,
    signature_block,
    table,
)
from tests.unit.test_handouts_fonts import embedded_fonts, page_text, pdftotext

HEAD = Letterhead(practice_name="Harbour Counselling", therapist_name="Dr Ana Núñez",
                  credentials="PhD", contact="12 Quay Street\nana@example.org",
                  footer="In a crisis, call 116 123, free, day or night.")
CLIENT = "Sam Rivera-Okafor"


def long_story() -> list:
    return [Paragraph("Our agreement", TITLE),
            *[Paragraph(f"{CLIENT} wrote paragraph {i}. " * 12, BODY) for i in range(40)]]


def test_media_box_matches_the_paper():
    for paper, (width, height) in {"A4": (595.28, 841.89), "Letter": (612, 792)}.items():
        pdf = build_pdf([Paragraph("x", BODY)], letterhead=None, paper=paper, title="Test")
        box = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == (width, height)


def test_an_unknown_paper_size_is_refused_in_one_sentence():
    with pytest.raises(BadInput, match="A4 or Letter"):
        build_pdf([Paragraph("x", BODY)], letterhead=None, paper="A5", title="Test")


def test_letterhead_on_the_first_page_footer_and_page_x_of_y_on_every_page():
    reader = pypdf.PdfReader(io.BytesIO(build_pdf(long_story(), letterhead=HEAD, paper="A4",
                                                  title="Agreement")))
    total = len(reader.pages)
    assert total >= 3
    texts = [page.extract_text() for page in reader.pages]
    assert "Dr Ana Núñez, PhD" in texts[0] and "ana@example.org" in texts[0]
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in page
        assert HEAD.footer in page
    assert "Harbour Counselling" not in texts[1]


def test_metadata_names_the_kind_of_document_and_nothing_else():
    pdf = build_pdf(long_story(), letterhead=HEAD, paper="A4", title="Reciprocal handout")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    info = {k: str(v) for k, v in reader.metadata.items()}
    assert info["/Title"] == "Reciprocal handout"
    assert info["/Author"] == info["/Subject"] == info["/Keywords"] == ""
    assert reader.xmp_metadata is None
    for value in info.values():
        for private in (CLIENT, HEAD.practice_name, HEAD.therapist_name):
            assert private not in value


def test_the_same_input_gives_the_same_bytes():
    first = build_pdf(long_story(), letterhead=HEAD, paper="Letter", title="Test")
    assert build_pdf(long_story(), letterhead=HEAD, paper="Letter", title="Test") == first
    assert build_pdf(long_story(), letterhead=None, paper="Letter", title="Test") != first


def test_checkbox_rows_and_signature_block_read_back():
    story = [
        checkbox_rows([("Confidentiality and its limits", True), ("Fees and cancellation", False)]),
        signature_block([Signer("Client", CLIENT, "2026-03-04"), Signer("Therapist")]),
    ]
    pdf = build_pdf(story, letterhead=None, paper="A4", title="Test")
    lines = [" ".join(line.split()) for line in pdftotext(pdf).splitlines()]
    assert "☑ Confidentiality and its limits" in lines
    assert "☐ Fees and cancellation" in lines
    assert "Client Therapist" in lines
    assert CLIENT in lines and "2026-03-04" in lines
    assert lines.count("Name Name") == 1 and lines.count("Date Date") == 1
    assert set(embedded_fonts(pdf).values()) == {"yes"}


def test_a_signature_block_is_never_split_across_pages():
    for filler in range(30, 45):  # end page 1 at many different heights
        story = [*[Paragraph(f"Line {i}", BODY) for i in range(filler)],
                 signature_block([Signer("Client"), Signer("Therapist")])]
        pages = [" ".join(p.split()) for p in pdftotext(
            build_pdf(story, letterhead=None, paper="A4", title="Test")).split("\f")]
        assert [("Client Therapist" in p, "Date Date" in p) for p in pages if "Name" in p] == [
            (True, True)]


def test_plain_text_is_escaped_not_parsed_as_markup():
    from app.handouts.document import text

    pdf = build_pdf([Paragraph(text("a < b & <b>c</b>\nnext"), BODY)], letterhead=None,
                    paper="A4", title="Test")
    assert page_text(pdf).splitlines()[:2] == ["a < b & <b>c</b>", "next"]


def test_a_box_or_table_row_longer_than_a_page_runs_on_instead_of_failing():
    very_long = " ".join(f"word{i}" for i in range(4000))  # a crisis text, a level's words…
    story = [boxed(Paragraph(very_long, BODY)),
             table([[Paragraph("Level", BODY), Paragraph(very_long, BODY)]])]
    reader = pypdf.PdfReader(io.BytesIO(build_pdf(story, letterhead=None, paper="A4",
                                                  title="Test")))
    text = "".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) > 4
    assert text.count("word3999") == 2
