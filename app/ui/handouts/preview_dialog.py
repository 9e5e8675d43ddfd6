"""The handout preview: the PDF as the client will get it, with Print… and Save as PDF….

The handout is read on the database worker, laid out on the CPU pool and shown from memory
(QtPdf reads it through a buffer); nothing is written to disk for a preview or a print. Each print or save adds one entry
to the disclosure log, through the handouts service, once it has happened. Large print rebuilds
the handout. Ctrl+P prints what is shown.

The dialog is parented to the client's workspace, so a lock (which deletes the workspace) closes
it and drops the PDF with it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, cast
from uuid import UUID

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.languages import LANGUAGES
from app.ui.handouts.kinds import FILE_NAMES, kind_title
from app.ui.handouts.printing import print_pdf
from app.ui.kit.app_dialog import AppDialog
from app.ui.kit.busy_indicator import BusyIndicator
from app.ui.kit.context import AppContext
from app.ui.kit.error_dialog import error_sentence, show_error
from app.ui.kit.operation import Operation


class HandoutPreview(AppDialog):
    def __init__(self, ctx: AppContext, client_id: UUID, kind: str, parent: QWidget,
                 session_id: UUID | None = None) -> None:
        super().__init__(parent, ctx.settings, "handout-preview")
        self._ctx = ctx
        self._client_id = client_id
        self._kind = kind
        self._session_id = session_id
        self._handout: Any = None  # app.services.handouts.Handout, once built
        self._buffer: QBuffer | None = None  # QPdfDocument reads from it: keep it alive
        self._printer: QPrinter | None = None  # held while a print job runs
        self.setWindowTitle(self.tr("Handout: {kind}").format(kind=kind_title(kind)))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Preview of the handout"))
        self.large_print = QCheckBox(self.tr("&Large print"), self)
        self.large_print.setAccessibleName(self.tr("Large print"))
        self.large_print.setToolTip(self.tr("Bigger type, for a client who finds small print "
                                            "hard to read"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Handout status"))
        self.busy = BusyIndicator(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("Print it (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setDefault(True)
        self.print_action = QAction(self.tr("Print"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_handout)
        self.addAction(self.print_action)

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.large_print)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.print_button.clicked.connect(self.print_handout)
        self.save_button.clicked.connect(self.save_as)
        buttons.rejected.connect(self.reject)
        self.large_print.toggled.connect(lambda _on: self.build())
        self.resize(760, 680)
        self.build()

    @property
    def handout(self) -> Any:
        return self._handout

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.print_button, self.save_button, self.large_print):
            widget.setEnabled(ready)
        self.print_action.setEnabled(ready)

    # -- building -------------------------------------------------------------------------
    def build(self) -> None:
        """(Re)build the handout off the UI thread and show it when it arrives."""
        services = self._ctx.services
        client_id, kind, session_id = self._client_id, self._kind, self._session_id
        large = self.large_print.isChecked()

        def read() -> Any:  # on the database worker
            from app.services.handouts import HandoutKind, HandoutRequest

            return services.handouts.prepare(
                HandoutRequest(HandoutKind(kind), client_id, session_id, large))

        def lay_out(prepared: Any) -> None:  # then on the CPU pool: saves never wait for it
            from app.services.handouts import render

            Operation(self, lambda: render(prepared), kind="cpu") \
                .success(self._on_built).failure(self._on_build_failed).run()

        self._set_ready(False)
        self.busy.start(self.tr("Preparing the handout…"))
        self._ctx.op(self, read).success(lay_out).failure(self._on_build_failed).run()

    def _on_built(self, handout: Any) -> None:
        self.busy.stop()
        self._handout = handout
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(handout.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        status = self.tr("%n page(s) on {paper} paper. Nothing is saved or logged until you "
                         "print or save it.", "", handout.pages).format(paper=handout.paper)
        if handout.form_in_english:
            status = self.tr("This questionnaire prints in English: there is no official "
                             "translation of it in {language} here, and a questionnaire is never "
                             "translated by anyone else. {status}").format(
                                 language=LANGUAGES[handout.form_in_english], status=status)
        self.status.setText(status)
        self._set_ready(True)

    def _on_build_failed(self, error: BaseException) -> None:
        self.busy.stop()
        self.status.setText(error_sentence(error))  # never the exception's own words
        if self._handout is not None:  # the preview still shows the last one built: say so
            self.large_print.blockSignals(True)
            self.large_print.setChecked(self._handout.request.large_print)
            self.large_print.blockSignals(False)
            self._set_ready(True)
        else:
            self.large_print.setEnabled(True)

    # -- printing -------------------------------------------------------------------------
    def printer(self) -> QPrinter:
        """A printer set up for this handout: its paper, and its kind as the job's name (the
        name print queues show; never the client's)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(kind_title(self._kind))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if self._handout.paper == "Letter"
                                      else QPageSize.PageSizeId.A4))
        return printer

    def print_handout(self) -> None:
        """Ask the system print dialog where to print, then print from memory."""
        if self._handout is None or self._printer is not None:
            return
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the handout"))

        def on_finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.print_to(printer)

        dialog.finished.connect(on_finished)
        cast(QDialog, dialog).open()  # PySide6's stub hides the open() QPrintDialog inherits

    def print_to(self, printer: QPrinter) -> None:
        """Log the print, then print on ``printer`` (set up by the print dialog) from memory on
        the CPU pool.

        The entry is written first, on the database worker, so a print never leaves the app
        unrecorded: not when this dialog is closed mid-print (the job goes on), nor when the
        vault locks (the job stops before its next page). "Print to file" without a page range
        or copies saves the handout itself instead: the same pages with their text, owner-only,
        logged as saved."""
        if (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
                and printer.outputFileName() and printer.pageRanges().isEmpty()
                and printer.copyCount() <= 1):
            self.save_to(Path(printer.outputFileName()))
            return
        handout, services, vault = self._handout, self._ctx.services, self._ctx.vault
        assert vault is not None
        keeper = self.parentWidget() or self  # outlives this dialog, though not a lock
        self._printer = printer
        self._set_ready(False)
        self.busy.start(self.tr("Printing…"))

        def progress(done: int, total: int) -> None:
            if isValid(self):
                self.busy.progress(done, total)

        def printed(_pages: int) -> None:
            if isValid(self):
                self._done(self.tr("Sent to the printer. The disclosure log records it."))

        def failed(error: BaseException) -> None:
            if isValid(self):
                self._on_output_failed(error)
            else:
                show_error(keeper, error)

        def start(_entry: object) -> None:
            Operation(keeper, lambda report: print_pdf(handout.pdf, printer, report,
                                                       lambda: not vault.is_unlocked),
                      kind="cpu").progress(progress).success(printed).failure(failed).run()

        self._ctx.op(keeper, lambda: services.handouts.log(handout, "print")) \
            .success(start).failure(failed).run()

    # -- saving ---------------------------------------------------------------------------
    def save_as(self) -> None:
        if self._handout is None:
            return
        dialog = QFileDialog(self, self.tr("Save the handout as a PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"{FILE_NAMES[self._kind]}-{date.today().isoformat()}.pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.save_to(Path(name)))
        dialog.open()

    def save_to(self, path: Path) -> None:
        """Write the PDF (owner-only, complete or not at all) and log it, on the worker."""
        handout, services = self._handout, self._ctx.services
        self._set_ready(False)
        self.busy.start(self.tr("Saving…"))
        self._ctx.op(self, lambda: services.handouts.save(handout, path)) \
            .success(lambda _entry: self._done(self.tr(
                "Saved to {path}. The disclosure log records it.").format(path=path))) \
            .failure(self._on_output_failed) \
            .run()

    # -- after printing or saving ---------------------------------------------------------
    def _done(self, sentence: str) -> None:
        self._printer = None
        self.busy.stop()
        self.status.setText(sentence)
        self._set_ready(True)

    def _on_output_failed(self, error: BaseException) -> None:
        self._printer = None
        self.busy.stop()
        self._set_ready(self._handout is not None)
        show_error(self, error)
