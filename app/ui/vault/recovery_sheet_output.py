"""Print the recovery sheet, or save it as a PDF, right after a vault is made or restored.

The recovery-sheet service builds the PDF in memory on the database worker (it reads the backup
key and the practice profile; reportlab is imported there, not at start-up). Printing draws the
PDF's pages with QtPdf straight from memory (`app.ui.handouts.printing`), off the UI thread: no
temporary file of ours ever holds the keys.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.ui.kit.error_dialog import show_error
from app.ui.kit.operation import Operation


def paper_for_locale() -> str:
    """US-style measurement means Letter paper; everywhere else A4."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if us else "A4"


class RecoverySheetOutput(QObject):
    done = Signal(str)  # one sentence saying where the sheet went

    def __init__(self, parent: QWidget, paper: str | None = None) -> None:
        """`paper` None = the practice profile's paper size."""
        super().__init__(parent)
        self._parent = parent
        self._paper = paper

    def _build(self, vault: Any, recovery_key: str, then) -> None:
        """Build the sheet from the vault (database worker: it reads the backup key and the
        practice profile), then `then(pdf)`."""
        paper = self._paper

        def build() -> bytes:
            from app.services.recovery_sheet import recovery_sheet_pdf

            return recovery_sheet_pdf(vault, recovery_key, paper)

        Operation(self, build).success(then).failure(self._on_failed).run()

    def _on_failed(self, error: BaseException) -> None:
        show_error(self._parent, error)

    # -- saving ---------------------------------------------------------------------------
    def save_sheet(self, vault: Any, recovery_key: str) -> None:
        dialog = QFileDialog(self._parent, self.tr("Save the recovery sheet"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile("Reciprocal recovery sheet.pdf")
        dialog.fileSelected.connect(lambda name: self.save_to(vault, recovery_key, Path(name)))
        dialog.open()

    def save_to(self, vault: Any, recovery_key: str, path: Path) -> None:
        from app.services.recovery_sheet import save_recovery_sheet

        def write(pdf: bytes) -> None:
            # Owner-only (0600) through a temporary file and a rename, even over a 0644 file.
            Operation(self, lambda: save_recovery_sheet(path, pdf), kind="cpu") \
                .success(lambda _r: self.done.emit(
                                  self.tr("Saved the recovery sheet to {path}. Print it, then "
                                          "delete the file.").format(path=path))) \
                .failure(self._on_failed) \
                .run()

        self._build(vault, recovery_key, write)

    # -- printing -------------------------------------------------------------------------
    def print_sheet(self, vault: Any, recovery_key: str) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Print the recovery sheet"))

        def on_finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.print_to(vault, recovery_key, printer)

        dialog.finished.connect(on_finished)
        cast(QDialog, dialog).open()  # PySide6's stub hides the open() QPrintDialog inherits

    def print_to(self, vault: Any, recovery_key: str, printer: Any) -> None:
        self._build(vault, recovery_key, lambda pdf: self._paint(pdf, printer))

    def _paint(self, pdf: bytes, printer: Any) -> None:
        """Print from memory on the CPU pool (pages rendered at up to 300 dpi), as handouts are."""
        from app.ui.handouts.printing import print_pdf

        Operation(self, lambda: print_pdf(pdf, printer), kind="cpu") \
            .success(lambda _pages: self.done.emit(
                self.tr("Sent the recovery sheet to the printer."))) \
            .failure(self._on_failed) \
            .run()
