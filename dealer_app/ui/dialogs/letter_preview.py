"""The payout letters in the application (QtPdf), printed through the system print dialog or
saved as PDF. A print or save first claims its prints in the ledger (services.letters.printing):
the ledger says which is the original and which a copy, the letters are rendered so, and a print
that fails is given back. The preview is then rendered again, so what it shows from then on is
the copy (副本 / COPY): a letter has one original, even when two desks print it at once.

Printing and saving run on the ledger worker (rasterising A4 pages for a printer takes a fraction
of a second each; a batch would freeze the window), with a cancellable progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dealer_app.domain.errors import DealerError
from dealer_app.services import letters as letter_service
from dealer_app.services.context import Context
from dealer_app.ui.formatting import count
from dealer_app.ui.tasks import Cancelled, run_op_with_progress, task_manager

KEY_FOLDER = "letters/last_folder"
PRINT_DPI = 300  # letters are text and a QR code: 300 dpi prints them crisply and quickly

Records = Sequence[Any]  # services.letters' LetterRecord
Renderer = Callable[[list[int], Callable[[list[Any], bytes], None]], None]


class PrintFailed(DealerError):
    def __init__(self) -> None:
        super().__init__("letters.print_failed")


def load_pdf(document: QPdfDocument, pdf: bytes) -> QBuffer:
    """Load `pdf` into `document` from memory; keep the returned buffer alive while it is shown."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


def print_pdf(pdf: bytes, printer: QPrinter, progress: Callable[[int, int], None]) -> int:
    """Rasterise every page of `pdf` into `printer`, each page scaled to fit the paper and centred.
    Runs on the worker (QPainter on a QPrinter is allowed off the GUI thread). Returns the pages
    printed; `progress` raising Cancelled aborts the print job."""
    document = QPdfDocument()
    buffer = load_pdf(document, pdf)
    pages = document.pageCount()
    painter = QPainter()
    printer.setFullPage(True)
    if pages <= 0 or not painter.begin(printer):
        buffer.close()
        raise PrintFailed()
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
        for i in range(pages):
            progress(i, pages)
            if i:
                printer.newPage()
            size = document.pagePointSize(i)
            image = document.render(
                i, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
            )
            scale = min(paper.width() / image.width(), paper.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            target = QRectF(
                QPointF(
                    paper.left() + (paper.width() - w) / 2, paper.top() + (paper.height() - h) / 2
                ),
                QSize(round(w), round(h)),
            )
            painter.drawImage(target, image)
        progress(pages, pages)
    except Cancelled:
        printer.abort()
        raise
    finally:
        painter.end()
        document.close()
        buffer.close()
    return pages


def _numbered(ctx: Context, subsidy_ids: list[int]) -> list[str]:
    """On the worker: the letters' numbers, issuing those previewed as drafts (the letters that
    already have one keep it)."""
    return [r.number for r in letter_service.issue_letters(ctx, subsidy_ids).records]


class LetterPreviewDialog(QDialog):
    """Shows `pdf` (the letters `records` of the subsidies `ids`); prints and saves it.

    `renderer(ids, done)` renders the letters again (done(records, pdf) on the GUI thread)."""

    def __init__(
        self,
        ids: list[int],
        records: Records,
        pdf: bytes,
        renderer: Renderer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letterPreview")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ids = list(ids)
        self.records: list[Any] = []
        self.pdf = b""
        self.renderer = renderer
        self.printed_pages = 0
        self.copies_refused = False
        self.saved: list[Path] = []

        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("letterView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor("#4b5563"))  # the backdrop behind pages
        self.view.setPalette(palette)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._show_page())

        self.info = QLabel("")
        self.info.setObjectName("previewInfo")
        self.info.setStyleSheet("font-weight: 600;")
        self.notice = QLabel("")
        self.notice.setObjectName("previewNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel#previewNotice { background: #fef3c7; color: #78350f; border: 1px solid"
            " #f59e0b; border-radius: 6px; padding: 6px 10px; }"
        )
        self.notice.setVisible(False)
        self.page_label = QLabel("")
        self.page_label.setObjectName("pageLabel")

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setProperty("primary", True)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(self.tr("Print through the system print dialog (Ctrl+P)"))
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button = QToolButton()
        self.save_button.setObjectName("saveButton")
        self.save_button.setText(self.tr("&Save PDF…"))
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save the letters as a PDF file (Ctrl+S)"))
        self.save_button.clicked.connect(self.choose_file)
        self.save_menu = QMenu(self.save_button)
        self.save_menu.addAction(self.tr("All letters in one PDF…"), self.choose_file)
        self.save_menu.addAction(self.tr("One PDF per letter, into a folder…"), self.choose_folder)
        self.fit_width = QPushButton(self.tr("Fit &width"))
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page = QPushButton(self.tr("Whole p&age"))
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)

        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        bar.addWidget(self.page_label)
        bar.addSpacing(12)
        bar.addWidget(self.fit_width)
        bar.addWidget(self.fit_page)
        bar.addSpacing(12)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        screen = self.screen().availableGeometry() if self.screen() else None
        height = min(1000, screen.height() - 60) if screen else 1000
        self.resize(min(1060, screen.width() - 40) if screen else 1060, height)
        self.set_letters(records, pdf)

    # -- content -----------------------------------------------------------------------------
    def set_letters(self, records: Records, pdf: bytes) -> None:
        self.records, self.pdf = list(records), pdf
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._buffer = load_pdf(self.document, pdf)
        n = len(self.records)
        copies = sum(1 for r in self.records if r.print_count > 0)
        drafts = sum(1 for r in self.records if r.number is None)
        numbers = [r.number for r in self.records if r.number is not None]
        first = numbers[0] if numbers else ""
        last = numbers[-1] if numbers else ""
        if len(numbers) > 1 and last.rsplit("-", 1)[0] == first.rsplit("-", 1)[0]:
            last = last.rsplit("-", 1)[-1]  # YE2025-CENTRAL-000001 … 000003
        names = first if len(numbers) == 1 else f"{first} … {last}" if numbers else ""
        if drafts:
            names = (
                self.tr("not numbered yet")
                if not numbers
                else names + " · " + self.tr("{n} not numbered yet").format(n=count(drafts))
            )
            kind = self.tr(
                "drafts marked 草稿 / DRAFT: each is numbered when it is printed or saved"
            )
        elif copies == 0:
            kind = self.tr("originals") if n > 1 else self.tr("original")
        elif copies == n:
            kind = (
                self.tr("copies marked 副本 / COPY")
                if n > 1
                else self.tr("copy marked 副本 / COPY")
            )
        else:
            kind = self.tr("{o} originals, {c} copies marked 副本 / COPY").format(
                o=count(n - copies), c=count(copies)
            )
        self.info.setText(
            (self.tr("1 letter") if n == 1 else self.tr("{n} letters").format(n=count(n)))
            + f" · {names} · {kind}"
        )
        self.setWindowTitle(self.tr("Payout letters — {names}").format(names=names))
        self.save_button.setPopupMode(
            QToolButton.ToolButtonPopupMode.MenuButtonPopup
            if n > 1
            else QToolButton.ToolButtonPopupMode.DelayedPopup
        )
        self.save_button.setMenu(self.save_menu if n > 1 else None)
        self._show_page()

    def page_count(self) -> int:
        return self.document.pageCount()

    def _show_page(self) -> None:
        pages = self.document.pageCount()
        page = self.view.pageNavigator().currentPage() + 1 if pages else 0
        self.page_label.setText(self.tr("Page {page} of {pages}").format(page=page, pages=pages))

    # -- print -------------------------------------------------------------------------------
    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        # What "Print to File (PDF)" suggests when there is no printer (else a bare folder).
        printer.setOutputFileName(str(Path(self._folder()) / self.default_name()))
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda *_: self.start_print(printer))  # accepted(QPrinter*)
        self._printer = printer  # the dialog holds only a pointer
        # PySide6 binds QPrintDialog.open to the (receiver, member) overload only.
        QDialog.open(dialog)

    def start_print(self, printer: QPrinter) -> None:
        """Print the previewed letters once (drafts are numbered first). Several copies asked
        for in the print dialog would all be originals: one is printed, and the user is told
        to print again for copies (each later print is marked 副本 / COPY and counted)."""
        ids = self.ids
        self.copies_refused = printer.copyCount() > 1
        printer.setCopyCount(1)

        def work(ctx: Context, progress: Callable[[int, int], None]) -> int:
            numbers = _numbered(ctx, ids)
            with letter_service.printing(ctx, numbers, "print") as prints:
                return print_pdf(letter_service.render_prints(prints), printer, progress)

        run_op_with_progress(
            self,
            work,
            lambda pages: self._counted(pages, printed=True),
            title=self.tr("Print letters"),
            label=self.tr("Printing the letters…"),
        )

    # -- save --------------------------------------------------------------------------------
    def _folder(self) -> str:
        from dealer_app.ui import settings as desk

        return desk.get_str(KEY_FOLDER, str(Path.home()))

    def _remember(self, folder: Path) -> None:
        from dealer_app.ui import settings as desk

        desk.set_value(KEY_FOLDER, str(folder))

    def default_name(self) -> str:
        numbers = [r.number for r in self.records]
        if None in numbers:  # drafts: numbered when saved
            return "payout-letters.pdf"
        if len(numbers) == 1:
            return f"{numbers[0]}.pdf"
        return f"{numbers[0]}_{numbers[-1].rsplit('-', 1)[-1]}.pdf"

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save letters as PDF"),
            str(Path(self._folder()) / self.default_name()),
            self.tr("PDF files (*.pdf)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # never overwritten: "name (2).pdf"
        )
        if path:
            path = path if path.lower().endswith(".pdf") else path + ".pdf"
            self.start_save(Path(path))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save one PDF per letter into"), self._folder()
        )
        if folder:
            self.start_save_each(Path(folder))

    def start_save(self, path: Path) -> None:
        """Write the letters to `path` (or "name (2).pdf" when it exists: never over a file),
        each counted as a print."""
        ids = self.ids
        self._remember(path.parent)

        def work(ctx: Context, progress: Callable[[int, int], None]) -> list[Path]:
            numbers = _numbered(ctx, ids)
            with letter_service.printing(ctx, numbers, "file") as prints:
                return [letter_service.write_new(path, letter_service.render_prints(prints))]

        run_op_with_progress(
            self,
            work,
            lambda paths: self._counted(0, saved=paths),
            title=self.tr("Save letters"),
            label=self.tr("Saving…"),
        )

    def start_save_each(self, folder: Path) -> None:
        """One PDF per letter, named by its number (a copy NUMBER-copyN.pdf); a failure midway
        removes the files written and gives all the prints back."""
        records = list(self.records)
        ids = self.ids
        self._remember(folder)

        def work(ctx: Context, progress: Callable[[int, int], None]) -> list[Path]:
            written: list[Path] = []
            with letter_service.printing(ctx, _numbered(ctx, ids), "file") as prints:
                try:
                    for i, p in enumerate(prints):
                        progress(i, len(prints))
                        pdf = letter_service.render_prints([p])
                        written.append(
                            letter_service.write_new(
                                folder / letter_service.print_file_name(p), pdf
                            )
                        )
                    progress(len(prints), len(prints))
                except BaseException:
                    for path in written:
                        path.unlink(missing_ok=True)
                    raise
            return written

        run_op_with_progress(
            self,
            work,
            lambda paths: self._counted(0, saved=paths),
            title=self.tr("Save letters"),
            label=self.tr("Saving {n} letters…").format(n=count(len(records))),
        )

    # -- after a print or save ---------------------------------------------------------------
    def _counted(self, pages: int, printed: bool = False, saved: list[Path] | None = None) -> None:
        if printed:
            self.printed_pages = pages
            text = (
                self.tr("Sent 1 page to the printer.")
                if pages == 1
                else self.tr("Sent {n} pages to the printer.").format(n=count(pages))
            )
            if self.copies_refused:
                text += " " + self.tr(
                    "Only one set was printed: a letter has one original. Print again for "
                    "copies marked 副本 / COPY."
                )
        else:
            self.saved = list(saved or [])
            text = (
                self.tr("Saved {path}.").format(path=self.saved[0])
                if len(self.saved) == 1
                else self.tr("Saved {n} files in {folder}.").format(
                    n=count(len(self.saved)), folder=self.saved[0].parent
                )
            )
        task_manager().notice.emit(text)
        originals = any(r.print_count == 0 for r in self.records)
        if originals:
            self.notice.setText(
                text
                + " "
                + self.tr(
                    "The originals are counted as printed; the preview now shows the copies "
                    "(副本 / COPY)."
                )
            )
        else:
            self.notice.setText(text)
        self.notice.setVisible(True)
        if originals:
            self.renderer(
                self.ids, lambda recs, pdf: shiboken6.isValid(self) and self.set_letters(recs, pdf)
            )
