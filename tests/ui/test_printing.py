"""Printing a handout: the PDF's pages reach a QPrinter from memory (page range, copies,
progress, plain-sentence errors, no temporary file), from a worker thread as the app runs it,
and through a real CUPS queue when one is set up (.ci/run adds a cups-pdf queue)."""

from __future__ import annotations

import io
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from app.errors import BadInput
from app.ui.handouts.printing import PRINTER_FAILED, UNREADABLE, print_pdf
from app.ui.kit.operation import Operation


def handout(pages: int) -> bytes:
    """A handout of exactly `pages` pages, laid out by the product's own frame."""
    from reportlab.platypus import PageBreak, Paragraph

    from app.handouts.document import BODY, build_pdf

    story: list = []
    for page in range(1, pages + 1):
        if page > 1:
            story.append(PageBreak())
        story += [Paragraph(f"Page {page}, paragraph {n}: " + "a steady breath in, " * 12, BODY)
                  for n in range(4)]
    pdf = build_pdf(story, letterhead=None, paper="A4", title="Test")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == pages
    return pdf


@pytest.fixture(scope="module")
def five_pages() -> bytes:
    return handout(5)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Python's and Qt's temporary folder, empty and ours alone (nobody else writes there)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))  # QDir.tempPath() reads it on every call
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert tempfile.gettempdir() == str(folder)
    return folder


def test_every_page_is_printed_with_progress_and_nothing_else_on_disk(qapp, tmp_path, private_tmp,
                                                                      five_pages):
    out = tmp_path / "printed.pdf"
    before = set(tmp_path.iterdir())
    reports: list[tuple[int, int]] = []

    printed = print_pdf(five_pages, pdf_printer(out), lambda done, total:
                        reports.append((done, total)))

    assert printed == 5
    assert len(PdfReader(out).pages) == 5
    assert reports == [(n, 5) for n in range(6)]
    assert set(tmp_path.iterdir()) - before == {out}
    assert list(private_tmp.iterdir()) == [] == list(Path(tempfile.gettempdir()).iterdir())


def test_the_page_range_and_copies_the_print_dialog_sets_are_honoured(qapp, tmp_path, five_pages):
    printer = pdf_printer(tmp_path / "two.pdf")
    printer.setFromTo(2, 3)
    assert print_pdf(five_pages, printer) == 2
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2

    printer = pdf_printer(tmp_path / "copies.pdf")
    printer.setFromTo(4, 9)  # past the end: only the pages there are
    printer.setCopyCount(3)  # a PDF file makes no copies itself: they are drawn
    assert print_pdf(five_pages, printer) == 6
    assert len(PdfReader(tmp_path / "copies.pdf").pages) == 6


def test_an_unreadable_handout_says_so_in_a_plain_sentence(qapp, tmp_path, private_tmp):
    out = tmp_path / "never.pdf"
    with pytest.raises(BadInput) as caught:
        print_pdf(b"%PDF-1.7 Dana Whitfield, anxious about her brother", pdf_printer(out))
    assert str(caught.value) == UNREADABLE
    assert "Dana" not in str(caught.value) and caught.value.__cause__ is None
    assert not out.exists() and list(private_tmp.iterdir()) == []


def test_a_printer_that_cannot_start_says_so_in_a_plain_sentence(qapp, tmp_path, five_pages):
    printer = pdf_printer(tmp_path / "no such folder" / "out.pdf")
    with pytest.raises(BadInput) as caught:
        print_pdf(five_pages, printer)
    assert str(caught.value) == PRINTER_FAILED
    assert str(caught.value) == ("The printer could not start this job. Check that it is switched "
                                 "on and try again.")


def test_it_prints_on_a_worker_thread_as_an_operation(qtbot, real_jobs, tmp_path, five_pages):
    """How the preview dialog runs it: on the CPU pool, progress and result on the UI thread."""
    asker = QWidget()
    qtbot.addWidget(asker)
    out = tmp_path / "from a worker.pdf"
    printer = pdf_printer(out)
    reports: list[tuple[int, int]] = []
    results: list[object] = []
    Operation(asker, lambda report: print_pdf(five_pages, printer, report), kind="cpu") \
        .progress(lambda done, total: reports.append((done, total))) \
        .success(results.append).failure(results.append).run()
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert results == [5]
    qtbot.waitUntil(lambda: len(reports) == 6)
    assert reports == [(n, 5) for n in range(6)]
    assert len(PdfReader(out).pages) == 5


# -- a real print queue --------------------------------------------------------------------------
def _cups_pdf_folders() -> list[Path]:
    """Where cups-pdf writes a job of this user: `Out` (default ~/PDF, the home in the password
    database, not $HOME), or the anonymous folder when it does not know the user."""
    conf: dict[str, str] = {}
    with_conf = Path("/etc/cups/cups-pdf.conf")
    if with_conf.exists():
        for line in with_conf.read_text(errors="replace").splitlines():
            parts = line.split(None, 1)
            if len(parts) == 2 and not parts[0].startswith("#"):
                conf[parts[0]] = parts[1].strip()
    user = pwd.getpwuid(os.getuid())
    out = conf.get("Out", "${HOME}/PDF").replace("${HOME}", user.pw_dir)
    out = out.replace("${USER}", user.pw_name)
    anonymous = conf.get("AnonDirName", "/var/spool/cups-pdf/ANONYMOUS")
    return [Path(out), Path(anonymous)]


def _completed_jobs(queue: str) -> set[str]:
    listing = subprocess.run(["lpstat", "-W", "completed", "-o", queue], capture_output=True,
                             text=True, timeout=10).stdout
    return {line.split()[0] for line in listing.splitlines() if line.strip()}


def test_a_handout_goes_through_a_real_cups_queue(qapp):
    queue = os.environ.get("RECIPROCAL_TEST_PRINTER")
    if not queue or shutil.which("lpstat") is None:
        # CI on Linux sets one up (.ci/run): there, a missing queue is a failure, not a skip.
        if os.environ.get("CI") and sys.platform.startswith("linux"):
            pytest.fail("CI on Linux must have a CUPS queue: .ci/run sets RECIPROCAL_TEST_PRINTER")
        pytest.skip("no CUPS queue: set RECIPROCAL_TEST_PRINTER (.ci/run does)")
    pdf = handout(3)
    token = f"reciprocal-test-{uuid.uuid4().hex[:12]}"  # cups-pdf names the file after the job
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(queue)
    assert printer.printerName() == queue  # an unknown name silently falls back to another
    printer.setDocName(token)
    jobs_before = _completed_jobs(queue)

    assert print_pdf(pdf, printer) == 3

    found: list[Path] = []
    pages = 0
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            done = _completed_jobs(queue) - jobs_before
            found = [path for folder in _cups_pdf_folders() if folder.is_dir()
                     for path in folder.iterdir() if re.search(re.escape(token), path.name)]
            if done and found:
                try:
                    pages = len(PdfReader(found[0]).pages)
                    break
                except Exception:  # still being written
                    pass
            time.sleep(0.25)
        assert done, f"no job of {queue} completed within 60 s"
        assert found, f"cups-pdf wrote no {token}*.pdf in {_cups_pdf_folders()}"
        # Ghostscript re-renders the job, so its text layer is no use: count the pages.
        assert pages == 3
    finally:
        for path in found:
            path.unlink(missing_ok=True)
