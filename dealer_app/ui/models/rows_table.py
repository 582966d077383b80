"""A small table model over a list of plain rows (dataclasses from the services), filtered and
sorted in memory: for lists of at most one row per subsidy, closure or candidate, which the
services already computed in full (Vorta's `archive_table_model.py`: `set_rows()` inside a model
reset, `COL_*` constants, headers marked for translation).

Subclasses give `CONTEXT` (the translation context of their headers, which they mark with
QT_TRANSLATE_NOOP under that context) and `COLUMNS`, and may override the per-cell hooks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    header: str  # the source text, marked with QT_TRANSLATE_NOOP(CONTEXT, ...) by the subclass
    text: Callable[[Any], str]
    sort: Callable[[Any], Any]
    right: bool = False  # numbers and money align right
    width: int = 100  # the default width in pixels, before the user changes it
    money: Callable[[Any], int | None] | None = None  # yuan, for exports and totals


def when_text(iso: str | None) -> str:
    """An ISO timestamp as "2025-12-16 09:40" (the ledger's local time, as recorded)."""
    if not iso:
        return ""
    return iso[:16].replace("T", " ")


class RowsTableModel(QAbstractTableModel):
    CONTEXT = "RowsTableModel"
    COLUMNS: list[Column] = []

    def __init__(self) -> None:
        super().__init__()
        self.all_rows: list[Any] = []
        self.rows: list[Any] = []
        self._hay: list[str] | None = None  # casefolded search text per row, built on first search
        self.predicate: Callable[[Any], bool] | None = None
        self.text = ""
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- hooks --------------------------------------------------------------------------------
    def key(self, row: Any) -> Any:
        """A stable identity (for keeping the selection across reloads)."""
        return row.id

    def haystack(self, row: Any) -> str:
        """The text the search field looks in, casefolded by the caller."""
        return " ".join(c.text(row) for c in self.COLUMNS)

    def foreground(self, row: Any, col: int) -> Any:
        return None

    def decoration(self, row: Any, col: int) -> Any:
        return None

    def tooltip(self, row: Any, col: int) -> str | None:
        return None

    def selectable(self, row: Any) -> bool:
        return True

    # -- rows ---------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Any]) -> None:
        self.all_rows = list(rows)
        self._hay = None
        self._apply()

    def set_filter(self, predicate: Callable[[Any], bool] | None, text: str = "") -> None:
        self.predicate, self.text = predicate, text.strip().casefold()
        self._apply()

    def _matching(self) -> list[Any]:
        rows, keep, text = self.all_rows, self.predicate, self.text
        if text:
            if self._hay is None:
                self._hay = [self.haystack(r).casefold() for r in rows]
            rows = [r for r, hay in zip(rows, self._hay, strict=True) if text in hay]
        return rows if keep is None else [r for r in rows if keep(r)]

    def _apply(self) -> None:
        self.beginResetModel()
        self.rows = sorted(
            self._matching(),
            key=self.COLUMNS[self.sort_column].sort,
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    def row_of(self, key: Any) -> int | None:
        for i, r in enumerate(self.rows):
            if self.key(r) == key:
                return i
        return None

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT  # a right-aligned title would run under the sort arrow
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[col].text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.COLUMNS[col].right else LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, col)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            # a cell too narrow for its text shows it whole on hover
            return self.tooltip(row, col) or self.COLUMNS[col].text(row) or None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.selectable(self.rows[index.row()]):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self._apply()

    # -- export (ui/grid_actions.py) ------------------------------------------------------------
    def money_columns(self) -> set[int]:
        return {i for i, c in enumerate(self.COLUMNS) if c.money is not None}

    def export_cell(self, row: int, col: int) -> Any:
        """A cell as a spreadsheet takes it: money as a number of yuan, the rest as shown."""
        column, item = self.COLUMNS[col], self.rows[row]
        return column.money(item) if column.money is not None else column.text(item)

    def describe(self) -> list[str]:
        """What is shown, for an export's first lines (the search; a screen adds its tab)."""
        return [self.text] if self.text else []


# ---------------------------------------------------------------------------------------------
def setup_table(table: QTableView, model: RowsTableModel, *, multi: bool = True) -> None:
    """The look every list in the application shares (stores, eligibility)."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    for col, c in enumerate(model.COLUMNS):
        table.setColumnWidth(col, c.width)
    table.setSortingEnabled(True)
    from dealer_app.ui import grid_actions

    grid_actions.install(table, lambda: screen_title(table))


def screen_title(table: QTableView) -> str:
    """The name of the screen a table is on (the window title's first part)."""
    return table.window().windowTitle().split(" — ")[0] or "Dealer Desk"


def selected_rows(table: QTableView) -> list[Any]:
    """The selected rows' objects, in the order shown."""
    model = table.model()
    assert isinstance(model, RowsTableModel)
    return [model.row_at(i.row()) for i in sorted(table.selectionModel().selectedRows())]


def first_selected_row(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return min(i.row() for i in rows) if rows else None


def reselect(table: QTableView, keys: list[Any], anchor: int | None) -> None:
    """After a reload: select the rows that were selected; if they all left the view (approved
    rows leave the "proposed" queue), select the row that took the first one's place, so the
    next decision is one keystroke away."""
    select_keys(table, keys)
    model = table.model()
    if keys and anchor is not None and not table.selectionModel().hasSelection():
        n = model.rowCount()
        if n:
            table.selectRow(min(anchor, n - 1))


def select_keys(table: QTableView, keys: Iterable[Any]) -> None:
    """Select the rows whose `key` is in `keys` (after a reload), keeping the current one."""
    model = table.model()
    assert isinstance(model, RowsTableModel)
    wanted = set(keys)
    selection = QItemSelection()
    last = model.columnCount() - 1
    first_row = None
    for i, r in enumerate(model.rows):
        if model.key(r) in wanted:
            selection.select(model.index(i, 0), model.index(i, last))
            first_row = i if first_row is None else first_row
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    table.selectionModel().select(selection, flags)
    if first_row is not None:
        table.selectionModel().setCurrentIndex(
            model.index(first_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )
