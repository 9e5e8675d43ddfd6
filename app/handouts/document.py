"""The shared frame of every handout: paper, letterhead, footer, typography and a few flowables.

A handout module builds a list of flowables with the styles and helpers here and hands it to
:func:`build_pdf`, which returns the PDF as bytes (built in memory: no temp file ever holds
client content). The PDF's metadata never carries client content: its title is the kind of
document, the author is empty, and output is byte-for-byte deterministic for the same input.

Importing this module imports reportlab (~0.13 s): import it lazily, off the start-up path.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from app.errors import BadInput
from app.handouts.fonts import SANS, SANS_BOLD, ensure_fonts

PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
MARGIN = 18 * mm
FOOTER_HEIGHT = 12 * mm  # between the text and the bottom margin: a rule, then the footer

# Paragraphs resolve their fonts when they are made, so the fonts are registered on import.
ensure_fonts()

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#2f5d62")
RULE = colors.HexColor("#b8c4c6")
TINT = colors.HexColor("#eef3f3")

TITLE = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=19, leading=24, textColor=ACCENT,
                       spaceAfter=4 * mm)
HEADING = ParagraphStyle("heading", fontName=SANS_BOLD, fontSize=12, leading=16, textColor=ACCENT,
                         spaceBefore=5 * mm, spaceAfter=2 * mm, keepWithNext=1)
BODY = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=14.5, textColor=INK,
                      spaceAfter=2 * mm)
SMALL = ParagraphStyle("small", fontName=SANS, fontSize=8, leading=11, textColor=MUTED)
SMALL_RIGHT = ParagraphStyle("small-right", parent=SMALL, alignment=TA_RIGHT)

# Every table starts from this, so a plain-string cell never falls back to Helvetica.
_BASE_TABLE_STYLE: tuple[tuple[Any, ...], ...] = (
    ("FONTNAME", (0, 0), (-1, -1), SANS),
    ("FONTSIZE", (0, 0), (-1, -1), BODY.fontSize),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
)


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The practice's header and footer, from the practice profile (never client content).
    ``footer`` is a line or two (crisis numbers, say); it is printed small on every page."""

    practice_name: str = ""
    therapist_name: str = ""
    credentials: str = ""
    contact: str = ""
    footer: str = ""


@dataclass(frozen=True, slots=True)
class Signer:
    """One line of a signature block; name and date are printed when already known."""

    role: str
    name: str = ""
    signed_on: str = ""


def text(value: str) -> str:
    """Escape plain text (a name, a note) for a Paragraph, keeping its line breaks."""
    return escape(value).replace("\n", "<br/>")


def table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float | str | None] | None = None,
          style: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A Table on the embedded fonts, with ``style`` commands applied after the base style."""
    return Table([list(r) for r in rows], colWidths=col_widths,
                 style=TableStyle([*_BASE_TABLE_STYLE, *style]))


def boxed(flowables: Sequence[Flowable] | Flowable, *, background: colors.Color = TINT,
          border: colors.Color = RULE, padding: float = 4 * mm) -> Table:
    """Flowables inside a tinted, bordered box the width of the text column."""
    cell = list(flowables) if isinstance(flowables, Sequence) else [flowables]
    box = table([[cell]], style=[
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("BOX", (0, 0), (-1, -1), 0.75, border),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding * 0.8),
    ])
    box.spaceBefore, box.spaceAfter = 1 * mm, 2.5 * mm
    return box


def checkbox_rows(items: Sequence[tuple[str, bool]]) -> Table:
    """One row per item: ☑ when ticked, ☐ when not, the text hanging beside the box."""
    box = ParagraphStyle("checkbox", parent=BODY, fontSize=12, leading=BODY.leading)
    rows = [[Paragraph("☑" if ticked else "☐", box), Paragraph(text(label), BODY)]
            for label, ticked in items]
    return table(rows, col_widths=[7 * mm, None])


def signature_block(signers: Sequence[Signer]) -> Flowable:
    """Side-by-side columns, one per signer, each with a captioned line for the typed or printed
    name and one for the date; values already agreed in the app are printed on their line.
    The block is never split across pages."""
    columns: list[list[Any]] = []
    widths: list[float | None] = []
    for i, s in enumerate(signers):
        if i:
            columns.append([""] * 5)
            widths.append(10 * mm)
        columns.append([
            Paragraph(f"<b>{text(s.role)}</b>", BODY),
            Paragraph(text(s.name) or "&nbsp;", BODY),
            Paragraph("Name", SMALL),
            Paragraph(text(s.signed_on) or "&nbsp;", BODY),
            Paragraph("Date", SMALL),
        ])
        widths.append(None)
    style: list[tuple[Any, ...]] = [("LINEBELOW", (c, r), (c, r), 0.75, INK)
             for c in range(0, len(columns), 2) for r in (1, 3)]
    style += [("TOPPADDING", (0, r), (-1, r), 5 * mm) for r in (1, 3)]
    block = table(list(zip(*columns, strict=True)), col_widths=widths, style=style)
    block.spaceBefore = 4 * mm
    return KeepTogether([block])


def _letterhead_flowables(head: Letterhead) -> list[Flowable]:
    name_line = ", ".join(p for p in (head.therapist_name, head.credentials) if p)
    left = [Paragraph(text(head.practice_name), ParagraphStyle(
        "practice", parent=BODY, fontName=SANS_BOLD, fontSize=12, leading=15, textColor=ACCENT,
        spaceAfter=0))] if head.practice_name else []
    if name_line:
        left.append(Paragraph(text(name_line), ParagraphStyle("therapist", parent=SMALL, fontSize=9,
                                                              leading=12, textColor=INK)))
    right = [Paragraph(text(head.contact), SMALL_RIGHT)] if head.contact else []
    if not (left or right):
        return []
    return [
        table([[left, right]], col_widths=["60%", "40%"], style=[("VALIGN", (1, 0), (1, 0), "BOTTOM")]),
        HRFlowable(width="100%", thickness=0.75, color=RULE, spaceBefore=2 * mm, spaceAfter=6 * mm),
    ]


class _FooterCanvas(Canvas):
    """Holds pages back until the end so each footer can say "page x of y"."""

    def __init__(self, *args: Any, footer: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width = self._pagesize[0]
        rule_y = MARGIN + FOOTER_HEIGHT - 4 * mm
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, rule_y, width - MARGIN, rule_y)
        self.setFont(SANS, SMALL.fontSize)
        self.setFillColor(MUTED)
        number_y = rule_y - 2 * mm - SMALL.fontSize
        self.drawRightString(width - MARGIN, number_y, f"Page {self._pageNumber} of {total}")
        if self._footer:
            note = Paragraph(text(self._footer), SMALL)
            _, height = note.wrapOn(self, width - 2 * MARGIN - 35 * mm, MARGIN + FOOTER_HEIGHT)
            note.drawOn(self, MARGIN, rule_y - 2 * mm - height)


def build_pdf(story: Sequence[Flowable], *, letterhead: Letterhead | None, paper: str,
              title: str) -> bytes:
    """Lay out ``story`` (after the letterhead, if any) on A4 or Letter and return the PDF bytes;
    BadInput for any other ``paper``.

    ``title`` becomes the PDF's metadata title and must name the kind of document only
    ("Session summary"), never a client: metadata is visible in file browsers and viewers.
    """
    if paper not in PAPER_SIZES:
        raise BadInput(f"The paper size must be A4 or Letter, not {paper!r}.")
    size = PAPER_SIZES[paper]
    head = letterhead or Letterhead()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=title, author="", subject="", keywords=[],
        creator="Reciprocal", producer="Reciprocal", invariant=1, initialFontName=SANS,
        initialFontSize=BODY.fontSize, initialLeading=BODY.leading,
    )
    frame = Frame(MARGIN, MARGIN + FOOTER_HEIGHT, size[0] - 2 * MARGIN,
                  size[1] - 2 * MARGIN - FOOTER_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=size)])
    doc.build([*_letterhead_flowables(head), *story],
              canvasmaker=functools.partial(_FooterCanvas, footer=head.footer))
    return out.getvalue()

