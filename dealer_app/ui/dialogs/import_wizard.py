"""Import wizard: pick a CSV/XLSX file -> preview with every bad row highlighted and explained,
or what the import would change -> Import (all rows or none) or Cancel.

The preview comes from a real dry run of the same service function (`dry_run=True`), so what the
wizard promises is what the import does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from dealer_app import i18n
from dealer_app.domain.errors import DealerError, RowError
from dealer_app.services import stores as store_service
from dealer_app.services.stores import ImportCheck, ImportReport
from dealer_app.ui import settings as desk
from dealer_app.ui.formatting import count
from dealer_app.ui.models.preview_table import PreviewTableModel
from dealer_app.ui.tasks import Cancelled, run_op_with_progress

KIND_STORES = "stores"
KIND_PERFORMANCE = "performance"
KEY_FOLDER = "import/last_folder"


class FilePage(QWizardPage):
    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV (UTF-8 or GBK) or Excel .xlsx file with a header row. English or Chinese "
                "column names are both fine."
            )
        )
        self.stores_radio = QRadioButton(self.tr("Stores (one row per store)"))
        self.stores_radio.setObjectName("kindStores")
        self.performance_radio = QRadioButton(
            self.tr("Monthly performance (one row per store and month)")
        )
        self.performance_radio.setObjectName("kindPerformance")
        group = QButtonGroup(self)
        group.addButton(self.stores_radio)
        group.addButton(self.performance_radio)
        (self.stores_radio if kind == KIND_STORES else self.performance_radio).setChecked(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Path of a .csv or .xlsx file"))
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What does the file hold?")))
        layout.addWidget(self.stores_radio)
        layout.addWidget(self.performance_radio)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("File:")))
        layout.addLayout(row)
        layout.addStretch(1)

    def kind(self) -> str:
        return KIND_STORES if self.stores_radio.isChecked() else KIND_PERFORMANCE

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        text = self.path_edit.text().strip()
        return bool(text) and Path(text).is_file()

    def _browse(self) -> None:
        folder = desk.get_str(KEY_FOLDER)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a spreadsheet"),
            folder,
            self.tr("Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)"),
        )
        if path:
            desk.set_value(KEY_FOLDER, str(Path(path).parent))
            self.path_edit.setText(path)


class PreviewPage(QWizardPage):
    """Shows the dry run's verdict; complete only when the file has no problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check the file"))
        self.result: ImportCheck | None = None
        self.imported: ImportReport | None = None
        self.checking = False

        self.verdict = QLabel("")
        self.verdict.setObjectName("importVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.only_bad = QCheckBox(self.tr("Show only rows with problems"))
        self.only_bad.setObjectName("onlyBadRows")
        self.only_bad.setVisible(False)
        self.model = PreviewTableModel()
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.only_bad.toggled.connect(self.model.set_only_problems)
        self.details = QListWidget()
        self.details.setObjectName("importDetails")
        self.details.itemActivated.connect(self._go_to_row)
        self.details.itemClicked.connect(self._go_to_row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.only_bad)
        layout.addWidget(split, 1)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if self.imported is not None:
            return True
        r = self.result
        return (
            not self.checking
            and r is not None
            and r.report is not None
            and not r.problems
            and r.error is None
        )

    def _go_to_row(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if number is None:
            return
        row = self.model.view_row_of(int(number))
        if row is not None:
            index = self.model.index(row, 0)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self.table.selectRow(row)

    # -- showing results ---------------------------------------------------------------------
    def show_checking(self, path: Path) -> None:
        self.checking = True
        self.result = None
        self.imported = None
        self.details.clear()
        self.model.set_table([], [])
        self.only_bad.setVisible(False)
        self.verdict.setProperty("state", "")
        self.verdict.setText(self.tr("Checking {name}…").format(name=path.name))
        self.completeChanged.emit()

    def show_result(self, result: ImportCheck, kind: str) -> None:
        self.checking = False
        self.result = result
        self.details.clear()
        if result.table is not None:
            self.model.set_table(result.table.headers, result.table.rows)
            self.table.resizeColumnsToContents()
            for col in range(self.model.columnCount()):
                if self.table.columnWidth(col) > 260:
                    self.table.setColumnWidth(col, 260)
        if result.problems:
            self.model.set_problems(result.problems)
            bad = self.model.bad_row_count()
            self._set_verdict(
                "bad",
                (
                    self.tr(
                        "1 row of {total} has a problem. Nothing will be imported until it is "
                        "fixed: correct the file and check it again."
                    )
                    if bad == 1
                    else self.tr(
                        "{n} rows of {total} have problems. Nothing will be imported until they "
                        "are fixed: correct the file and check it again."
                    )
                ).format(
                    n=count(bad),
                    total=count(len(result.table.rows) if result.table else 0),
                ),
            )
            self.only_bad.setVisible(True)
            for p in result.problems:
                item = QListWidgetItem(i18n.text(p))
                item.setData(Qt.ItemDataRole.UserRole, p.row)
                self.details.addItem(item)
        elif result.error is not None:
            self._set_verdict("bad", i18n.text(result.error))
        elif result.report is not None:
            self._set_verdict("good", self._report_text(result.report, kind, dry_run=True))
            self._list_report(result.report)
        self.completeChanged.emit()

    def show_imported(self, report: ImportReport, kind: str) -> None:
        self.imported = report
        self._set_verdict("good", self._report_text(report, kind, dry_run=False))
        self.completeChanged.emit()

    def show_failed(self, error: BaseException, kind: str) -> None:
        if isinstance(error, Cancelled):
            self._set_verdict("", self.tr("Import cancelled; nothing was changed."))
        elif isinstance(error, RowError):
            self.show_result(
                ImportCheck(self.result.table if self.result else None, problems=error.problems),
                kind,
            )
        elif isinstance(error, DealerError):
            self._set_verdict("bad", i18n.text(error))
        self.completeChanged.emit()

    def _set_verdict(self, state: str, text: str) -> None:
        self.verdict.setProperty("state", state)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.verdict.setText(text)

    def _report_text(self, r: ImportReport, kind: str, dry_run: bool) -> str:
        if kind == KIND_STORES:
            template = (
                self.tr(
                    "The file is fine: {rows} rows. Importing it will add {added} stores, update "
                    "{updated} and leave {unchanged} unchanged."
                )
                if dry_run
                else self.tr(
                    "Imported {rows} rows: {added} stores added, {updated} updated, "
                    "{unchanged} unchanged."
                )
            )
        else:
            template = (
                self.tr(
                    "The file is fine: {rows} rows. Importing it will add {added} monthly rows "
                    "and replace {updated}."
                )
                if dry_run
                else self.tr(
                    "Imported {rows} rows: {added} monthly rows added, {updated} replaced."
                )
            )
        text = template.format(
            rows=count(r.rows),
            added=count(r.added_count),
            updated=count(r.updated_count),
            unchanged=count(r.unchanged),
        )
        if r.warnings:
            text += "\n" + "\n".join(i18n.text(w) for w in r.warnings[:5])
        return text

    def _list_report(self, r: ImportReport) -> None:
        limit = 500
        for code in r.added[:limit]:
            self.details.addItem(self.tr("new: {code}").format(code=code))
        for code, fields in list(r.updated.items())[:limit]:
            self.details.addItem(
                self.tr("changed: {code} ({fields})").format(code=code, fields=", ".join(fields))
            )
        more = max(len(r.added) - limit, 0) + max(len(r.updated) - limit, 0)
        if more:
            self.details.addItem(self.tr("… and {n} more").format(n=count(more)))
        for w in r.warnings:
            self.details.addItem(i18n.text(w))


class ImportWizard(QWizard):
    """Opened by the stores screen. Finish runs the import; the wizard stays open to show what
    happened, and closes on the second press."""

    def __init__(self, parent: QWidget | None = None, kind: str = KIND_STORES) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setMinimumSize(860, 600)
        self.file_page = FilePage(kind)
        self.preview_page = PreviewPage()
        self.addPage(self.file_page)
        self.addPage(self.preview_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Check"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, page_id: int) -> None:
        if self.page(page_id) is self.preview_page:
            self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
            self.check()

    def check(self) -> None:
        kind, path = self.file_page.kind(), self.file_page.path()
        self.preview_page.show_checking(path)
        run_op_with_progress(
            self,
            lambda ctx, progress: store_service.check_import(ctx, kind, path, progress),
            lambda result: self.preview_page.show_result(result, kind),
            lambda error: self.preview_page.show_failed(error, kind),
            title=self.tr("Import"),
            label=self.tr("Checking {name}…").format(name=path.name),
        )

    def accept(self) -> None:
        if self.preview_page.imported is not None:
            super().accept()
            return
        if not self.preview_page.isComplete():
            return
        kind, path = self.file_page.kind(), self.file_page.path()
        fn = (
            store_service.import_stores if kind == KIND_STORES else store_service.import_performance
        )
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        run_op_with_progress(
            self,
            lambda ctx, progress: fn(ctx, path, progress=progress),
            lambda report: self._imported(report, kind),
            lambda error: self.preview_page.show_failed(error, kind),
            title=self.tr("Import"),
            label=self.tr("Importing {name}…").format(name=path.name),
        )

    def _imported(self, report: ImportReport, kind: str) -> None:
        self.preview_page.show_imported(report, kind)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
