"""Print a handout's PDF on one of the system's printers (or to a PDF file through QPrinter).

The handout arrives as bytes built in memory and this module writes it nowhere: QtPdf reads it
through a buffer. Printing to a PDF file writes only that file. A system printer is another
matter, outside the app's hands: Qt's CUPS engine spools the job through an owner-only temporary
file it deletes once CUPS has it, and cupsd keeps its own copy as its PreserveJobFiles says.
Pages are rasterised, painted onto white and drawn full-page, so a handout comes out at the size
it was laid out for whatever the printer's margins.

`print_pdf` blocks and touches no widget: run it in an operation on the CPU pool, with a
`QPrinter` the UI thread configured (QPrintDialog) and no longer touches until it returns:

    Operation(self, lambda report: print_pdf(pdf, printer, report), kind="cpu") \\
        .progress(self._on_printed_page).success(self._on_printed).run()
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from app.errors import BadInput

# Pages are rendered at the printer's resolution, but no finer than this: Qt reports 1200 dpi for
# a HighResolution printer (PDF files included) and an A4 page at 1200 dpi is a 550 MB image.
# 300 dpi (35 MB a page) prints text cleanly.
MAX_DPI = 300

UNREADABLE = "This handout could not be read, so nothing was printed."
PRINTER_FAILED = "The printer could not start this job. Check that it is switched on and try again."
NO_PAGES = "The pages chosen for printing are not in this handout."
STOPPED = "The print was stopped before it finished, because Reciprocal was locked."
NO_MEMORY = "There was not enough memory to print this handout. Close other programs and try again."


def print_pdf(pdf: bytes, printer: QPrinter,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> int:
    """Print every page of `pdf` that the printer's page range asks for (all pages when it
    has none), in the printer's page order, and return how many pages were drawn.

    Copies: when the printer makes copies itself (a system printer), the job asks it for
    `copyCount()`; otherwise (a PDF file) each copy is drawn, collated or not as set, and counted.
    `progress(done, total)` is called with (0, total) first and after each page drawn.
    `cancelled()` is asked before each page (the vault was locked, say): the job is then
    aborted, nothing more is sent, and BadInput says the print was stopped.

    The printer's ``docName()`` becomes the job's name in the print queue (and cups-pdf's file
    name): it must name the kind of document only, never a client. Sets the printer to
    full-page. Raises BadInput (a plain sentence) when the PDF cannot be read, the range holds
    none of its pages, or the printer cannot start or finish the job.
    """
    data = QByteArray(pdf)
    buffer = QBuffer(data)  # the document reads from it until it is closed
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)  # synchronous for a random-access device
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise BadInput(UNREADABLE)
        pages = _pages_to_print(printer, document.pageCount())
        return _paint(document, pages, printer, progress, cancelled)
    finally:
        document.close()
        buffer.close()


def _pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """Zero-based page numbers in the order they are drawn, copies included when we draw them."""
    ranges = printer.pageRanges()  # what QPrintDialog's "Pages" field and setFromTo() set
    if ranges.isEmpty():
        chosen = list(range(count))
    else:
        chosen = [page for page in range(count) if ranges.contains(page + 1)]
    if not chosen:
        raise BadInput(NO_PAGES)
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        chosen.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return chosen * copies
    return [page for page in chosen for _copy in range(copies)]


def _paint(document: QPdfDocument, pages: list[int], printer: QPrinter,
           progress: Callable[[int, int], None] | None,
           cancelled: Callable[[], bool] | None) -> int:
    total = len(pages)
    if progress is not None:
        progress(0, total)
    printer.setFullPage(True)  # origin at the paper's corner: the PDF carries its own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise BadInput(PRINTER_FAILED)
    finished = False
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        dpi = min(printer.resolution(), MAX_DPI)
        for done, page in enumerate(pages, start=1):
            if cancelled is not None and cancelled():
                raise BadInput(STOPPED)
            if done > 1 and not printer.newPage():
                raise BadInput(PRINTER_FAILED)
            sheet = _render_on_white(document, page, dpi)
            # Fit the page to the paper, centred (A4 on Letter and back), keeping its shape.
            scale = min(paper.width() / sheet.width(), paper.height() / sheet.height())
            width, height = sheet.width() * scale, sheet.height() * scale
            target = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2,
                            width, height)
            painter.drawImage(target, sheet)
            if progress is not None:
                progress(done, total)
        finished = True
    finally:
        if not finished:
            printer.abort()  # nothing half-printed is left in the queue
        ended = painter.end()
    if not ended or printer.printerState() == QPrinter.PrinterState.Error:
        raise BadInput(PRINTER_FAILED)
    return total


def _render_on_white(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """QtPdf renders ARGB32 on transparent; printers want paper-white, without an alpha mask."""
    points = document.pagePointSize(page)
    size = QSize(max(1, round(points.width() * dpi / 72)),
                 max(1, round(points.height() * dpi / 72)))
    rendered = document.render(page, size)
    sheet = QImage(size, QImage.Format.Format_RGB32)
    if rendered.isNull() or sheet.isNull():
        raise BadInput(NO_MEMORY)
    sheet.fill(QColor("white"))
    inner = QPainter(sheet)
    inner.drawImage(0, 0, rendered)
    inner.end()
    return sheet
