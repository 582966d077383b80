"""What every grid offers: copy the selected rows (Ctrl+C, with the column headers, for pasting
into Excel or WPS), a context menu, and export of what is shown (the filter and search applied)
to an XLSX file: headers as the screen shows them, money as numbers with separators, a totals
row, the header frozen, and the first lines saying what the table is and how it was filtered.
Text that could start a formula is written as text (importing/export.py).

A model takes part by having `export_cell(row, col)` (a cell as a spreadsheet takes it),
`money_columns()` and `describe()` (the filter in words); a lazy model that holds only ids
(the stores) has `export_rows(rows)` and gets its rows from `fetch_all(ctx)`, given here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QTableView

Fetch = Callable[[Any], dict[int, tuple]]  # fetch_all(ctx) on the worker: every row's tuple


def install(
    table: QTableView,
    title: Callable[[], str],
    fetch_all: Fetch | None = None,
    describe: Callable[[], list[str]] | None = None,
) -> None:
    """Give `table` Copy (Ctrl+C), a context menu and Export to Excel…; `title()`: what the table
    is (the screen's name), for the export's first line and file name; `describe()`: the filter
    in words (else the model's)."""
    if describe is not None:
        table.describe_filter = describe
    copy = QAction(QCoreApplication.translate("GridActions", "&Copy selected rows"), table)
    copy.setObjectName("copyRows")
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    copy.triggered.connect(lambda: copy_rows(table))
    export = QAction(
        QCoreApplication.translate("GridActions", "&Export shown rows to Excel…"), table
    )
    export.setObjectName("exportRows")
    export.setShortcut(QKeySequence("Ctrl+E"))
    export.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    export.triggered.connect(lambda: choose_and_export(table, title, fetch_all))
    table.addAction(copy)
    table.addAction(export)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def menu_at(pos: QPoint) -> None:
        menu = QMenu(table)
        menu.setObjectName("gridMenu")
        copy.setEnabled(bool(table.selectionModel().selectedRows()))
        menu.addAction(copy)
        menu.addAction(export)
        menu.popup(table.viewport().mapToGlobal(pos))
        table.grid_menu = menu  # (tests look at it)

    table.customContextMenuRequested.connect(menu_at)


def _columns(table: QTableView) -> list[int]:
    model = table.model()
    return [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]


def headers(table: QTableView) -> list[str]:
    model = table.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in _columns(table)]


def _cell(table: QTableView, row: int, col: int) -> Any:
    model = table.model()
    export = getattr(model, "export_cell", None)
    if export is not None:
        return export(row, col)
    value = model.data(model.index(row, col))
    return "" if value is None else value


def copy_rows(table: QTableView) -> str:
    """The selected rows, with the headers, as tab-separated text on the clipboard."""
    rows = sorted(i.row() for i in table.selectionModel().selectedRows())
    cols = _columns(table)
    lines = ["\t".join(headers(table))]
    model = table.model()
    for r in rows:
        cells = []
        for c in cols:
            value = model.data(model.index(r, c))
            cells.append(str(value if value is not None else "").replace("\t", " "))
        lines.append("\t".join(cells))
    text = "\n".join(lines) + "\n"
    QGuiApplication.clipboard().setText(text)
    return text


def table_rows(table: QTableView) -> list[list[Any]]:
    """Every shown row's cells as the export writes them."""
    cols = _columns(table)
    count = table.model().rowCount(QModelIndex())
    return [[_cell(table, r, c) for c in cols] for r in range(count)]


def about(table: QTableView, title: str) -> list[str]:
    """The export's first lines: what, when, and the filter applied."""
    model = table.model()
    lines = [title]
    describe = getattr(table, "describe_filter", None) or getattr(model, "describe", None)
    shown = describe() if describe is not None else []
    if shown:
        lines.append(
            QCoreApplication.translate("GridActions", "Filter: {text}").format(
                text=" · ".join(shown)
            )
        )
    lines.append(
        QCoreApplication.translate("GridActions", "{n} rows, exported {when}").format(
            n=model.rowCount(QModelIndex()), when=dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        )
    )
    return lines


def _write(
    path: Path,
    title: str,
    heads: list[str],
    rows: list[list[Any]],
    lines: list[str],
    money: list[int],
    widths: list[int],
) -> Path:
    from dealer_app.services.exports import write_table

    write_table(
        path,
        heads,
        rows,
        sheet=title,
        about=lines,
        money=money,
        totals=QCoreApplication.translate("GridActions", "Total") if money else None,
        widths=widths,
    )
    return path


def choose_and_export(table: QTableView, title: Callable[[], str], fetch_all: Fetch | None) -> None:
    """Ask where, then write what the table shows there (on the worker: a big table takes
    seconds)."""
    from dealer_app.ui import settings as desk

    name = title()
    folder = desk.get_str("last_export_folder") or str(Path.home())
    stamp = dt.date.today().strftime("%Y%m%d")
    path, _ = QFileDialog.getSaveFileName(
        table,
        QCoreApplication.translate("GridActions", "Export to Excel"),
        str(Path(folder) / f"{name}-{stamp}.xlsx"),
        QCoreApplication.translate("GridActions", "Excel workbooks (*.xlsx)"),
    )
    if not path:
        return
    target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
    desk.set_value("last_export_folder", str(target.parent))
    export_to(table, target, name, fetch_all)


def export_to(table: QTableView, target: Path, name: str, fetch_all: Fetch | None = None) -> None:
    """Write what `table` shows to the XLSX file `target`."""
    from dealer_app.ui.tasks import run_op, task_manager

    model = table.model()
    cols = _columns(table)
    heads = headers(table)
    lines = about(table, name)
    money = [cols.index(c) for c in sorted(model.money_columns()) if c in cols]
    widths = [max(8, min(40, table.columnWidth(c) // 7)) for c in cols]

    def done(out: Path) -> None:
        table.last_export = out  # (tests look at it)
        task_manager().notice.emit(
            QCoreApplication.translate("GridActions", "Exported to {path}").format(path=out)
        )

    if fetch_all is None:
        rows = table_rows(table)  # the model's cells, read here on the GUI thread
        run_op(table, lambda ctx: _write(target, name, heads, rows, lines, money, widths), done)
        return

    def fetch_and_write(ctx: Any) -> Path:  # on the worker
        every = [[line[c] for c in cols] for line in model.export_rows(fetch_all(ctx))]
        return _write(target, name, heads, every, lines, money, widths)

    run_op(table, fetch_and_write, done)
