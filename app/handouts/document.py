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

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from app.errors import BadInput
from app.handouts.fonts import SANS, SANS_BOLD, ensure_fonts
from app.handouts.language import _
from app.handouts.writing import LaidParagraph, laying_out

PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
MARGIN = 18 * mm
FOOTER_HEIGHT = 12 * mm  # between the text and the bottom margin: a rule, then the footer

# Paragraphs resolve their fonts when they are made, so the fonts are registered on import.
ensure_fonts()
# Page streams are compressed; reportlab would also ASCII85-encode them (25% larger, and a fifth
# of the time it takes to lay out a long record) for 7-bit channels no handout goes through.
rl_config.useA85 = 0

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#2f5d62")
RULE = colors.HexColor("#b8c4c6")
TINT = colors.HexColor("#eef3f3")



@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles of one handout. Large print scales every size by the same factor,
    so a handout keeps its look for a client who needs bigger type."""

    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    scale: float


LARGE_PRINT_SCALE = 1.4


@functools.cache
def styles(large_print: bool = False) -> Styles:
    k = LARGE_PRINT_SCALE if large_print else 1.0
    suffix = "-large" if large_print else ""
    body = ParagraphStyle(f"body{suffix}", fontName=SANS, fontSize=10 * k, leading=14.5 * k,
                          textColor=INK, spaceAfter=2 * mm)
    small = ParagraphStyle(f"small{suffix}", fontName=SANS, fontSize=8 * k, leading=11 * k,
                           textColor=MUTED)
    return Styles(
        title=ParagraphStyle(f"title{suffix}", fontName=SANS_BOLD, fontSize=19 * k,
                             leading=24 * k, textColor=ACCENT, spaceAfter=4 * mm),
        heading=ParagraphStyle(f"heading{suffix}", fontName=SANS_BOLD, fontSize=12 * k,
                               leading=16 * k, textColor=ACCENT, spaceBefore=5 * mm,
                               spaceAfter=2 * mm, keepWithNext=1),
        subheading=ParagraphStyle(f"subheading{suffix}", parent=body, fontName=SANS_BOLD,
                                  spaceBefore=2.5 * mm, spaceAfter=1 * mm, keepWithNext=1),
        body=body,
        small=small,
        small_right=ParagraphStyle(f"small-right{suffix}", parent=small, alignment=TA_RIGHT),
        scale=k,
    )


STANDARD = styles()
TITLE, HEADING, BODY, SMALL, SMALL_RIGHT = (STANDARD.title, STANDARD.heading, STANDARD.body,
                                            STANDARD.small, STANDARD.small_right)

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
    logo: bytes = b""  # a PNG or JPEG the practice chose; drawn at most 20 mm tall


@dataclass(frozen=True, slots=True)
class Signer:
    """One line of a signature block; name and date are printed when already known."""

    role: str
    name: str = ""
    signed_on: str = ""


def text(value: str) -> str:
    """Escape plain text (a name, a note) for a Paragraph, keeping its line breaks; characters
    DejaVu lacks are set in the bundled font that has them (``writing.markup``)."""
    from app.handouts.writing import markup

    return markup(value)


def table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float | str | None] | None = None,
          style: Sequence[tuple[Any, ...]] = (), *, repeat_rows: int = 0,
          row_heights: Sequence[float | None] | None = None) -> Table:
    """A Table on the embedded fonts, with ``style`` commands applied after the base style.
    ``repeat_rows`` header rows are printed again on each page a long table runs over. A row
    taller than a page (a long note in someone's own words) runs on over the next page, in
    pieces of at least two lines, instead of stopping the whole handout."""
    grid = Table([list(r) for r in rows], colWidths=col_widths, rowHeights=row_heights,
                 repeatRows=repeat_rows, style=TableStyle([*_BASE_TABLE_STYLE, *style]))
    grid.splitInRow = 2 * STANDARD.body.leading
    return grid


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


def checkbox_rows(items: Sequence[tuple[str, bool]], st: Styles = STANDARD) -> Table:
    """One row per item: ☑ when ticked, ☐ when not, the text hanging beside the box."""
    box = ParagraphStyle("checkbox", parent=st.body, fontSize=12 * st.scale,
                         leading=st.body.leading)
    rows = [[Paragraph("☑" if ticked else "☐", box), Paragraph(text(label), st.body)]
            for label, ticked in items]
    return table(rows, col_widths=[7 * mm * st.scale, None])


def signature_block(signers: Sequence[Signer], st: Styles = STANDARD) -> Flowable:
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
            Paragraph(f"<b>{text(s.role)}</b>", st.body),
            Paragraph(text(s.name) or "&nbsp;", st.body),
            Paragraph(text(_("Name")), st.small),
            Paragraph(text(s.signed_on) or "&nbsp;", st.body),
            Paragraph(text(_("Date")), st.small),
        ])
        widths.append(None)
    style: list[tuple[Any, ...]] = [("LINEBELOW", (c, r), (c, r), 0.75, INK)
             for c in range(0, len(columns), 2) for r in (1, 3)]
    style += [("TOPPADDING", (0, r), (-1, r), 7 * mm) for r in (1, 3)]
    block = table(list(zip(*columns, strict=True)), col_widths=widths, style=style)
    block.spaceBefore = 4 * mm
    return KeepTogether([block])


def logo_image(data: bytes, max_width: float = 45 * mm, max_height: float = 20 * mm) -> Image:
    """The practice's logo scaled to fit the box, keeping its shape; BadInput if ``data`` is not
    an image reportlab (through Pillow) can read."""
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:  # Pillow raises many kinds for a damaged or foreign file
        raise BadInput("The logo is not a picture Reciprocal can read; choose a PNG or JPEG "
                       "file.") from None
    factor = min(max_width / width, max_height / height)
    return Image(io.BytesIO(data), width=width * factor, height=height * factor,
                 hAlign="LEFT")


def _letterhead_flowables(head: Letterhead, st: Styles) -> list[Flowable]:
    name_line = ", ".join(p for p in (head.therapist_name, head.credentials) if p)
    left: list[Flowable] = [Paragraph(text(head.practice_name), ParagraphStyle(
        "practice", parent=st.body, fontName=SANS_BOLD, fontSize=12 * st.scale,
        leading=15 * st.scale, textColor=ACCENT, spaceAfter=0))] if head.practice_name else []
    if name_line:
        left.append(Paragraph(text(name_line), ParagraphStyle(
            "therapist", parent=st.small, fontSize=9 * st.scale, leading=12 * st.scale,
            textColor=INK)))
    right = [Paragraph(text(head.contact), st.small_right)] if head.contact else []
    if not (left or right or head.logo):
        return []
    row: list[Any] = [left, right]
    widths: list[float | str] = ["60%", "40%"]
    if head.logo:
        logo = logo_image(head.logo)
        row.insert(0, logo)
        widths = [logo.drawWidth + 4 * mm, "*", "40%"]
    return [
        table([row], col_widths=widths, style=[("VALIGN", (0, 0), (-1, 0), "BOTTOM")]),
        HRFlowable(width="100%", thickness=0.75, color=RULE, spaceBefore=2 * mm, spaceAfter=6 * mm),
    ]


class Pdf(bytes):
    """A built PDF: its bytes, and how many pages it has (counted as it was laid out)."""

    pages: int


class _FooterCanvas(Canvas):
    """Holds pages back until the end so each footer can say "page x of y"."""

    def __init__(self, *args: Any, footer: str = "", st: Styles = STANDARD,
                 counted: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        # One paragraph for every page: its lines are laid out once, not once a page.
        self._note = LaidParagraph(text(footer), st.small) if footer else None
        self._st = st
        self._counted = counted
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        self._counted.append(total)
        for state in self._held:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width = self._pagesize[0]
        rule_y = MARGIN + FOOTER_HEIGHT * self._st.scale - 4 * mm
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, rule_y, width - MARGIN, rule_y)
        small = self._st.small
        self.setFont(SANS, small.fontSize)
        self.setFillColor(MUTED)
        number_y = rule_y - 2 * mm - small.fontSize
        self.drawRightString(width - MARGIN, number_y, _("Page {page} of {pages}").format(page=self._pageNumber, pages=total))
        if self._note is not None:
            _width, height = self._note.wrapOn(self, width - 2 * MARGIN - 45 * mm,
                                               MARGIN + FOOTER_HEIGHT)
            self._note.drawOn(self, MARGIN, rule_y - 2 * mm - height)


def build_pdf(story: Sequence[Flowable], *, letterhead: Letterhead | None, paper: str,
              title: str, large_print: bool = False) -> Pdf:
    """Lay out ``story`` (after the letterhead, if any) on A4 or Letter and return the PDF bytes;
    BadInput for any other ``paper``.

    ``title`` becomes the PDF's metadata title and must name the kind of document only
    ("Session summary"), never a client: metadata is visible in file browsers and viewers.
    ``large_print`` sizes the letterhead and footer to match a story made with
    ``styles(large_print=True)``.
    """
    if paper not in PAPER_SIZES:
        raise BadInput(f"The paper size must be A4 or Letter, not {paper!r}.")
    size = PAPER_SIZES[paper]
    head = letterhead or Letterhead()
    st = styles(large_print)
    footer_height = FOOTER_HEIGHT * st.scale
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=title, author="", subject="", keywords=[],
        creator="Reciprocal", producer="Reciprocal", invariant=1, initialFontName=SANS,
        initialFontSize=BODY.fontSize, initialLeading=BODY.leading,
    )
    frame = Frame(MARGIN, MARGIN + footer_height, size[0] - 2 * MARGIN,
                  size[1] - 2 * MARGIN - footer_height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=size)])
    counted: list[int] = []
    with laying_out():
        doc.build([*_letterhead_flowables(head, st), *story],
                  canvasmaker=functools.partial(_FooterCanvas, footer=head.footer, st=st,
                                                counted=counted))
    pdf = Pdf(out.getvalue())
    pdf.pages = counted[-1]
    return pdf

