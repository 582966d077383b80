"""A spreadsheet's rows as read from the file, with its bad rows highlighted and explained."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dealer_app import i18n

BAD_ROW = QColor("#fde8e8")
BAD_CELL = QColor("#f8b4b4")


def _norm(text: str) -> str:
    return "".join(str(text).split()).casefold()


class PreviewTableModel(QAbstractTableModel):
    """Column 0 is the spreadsheet row number; then the file's own columns.

    `set_table(headers, rows)` with rows as (row number, cells), from importing.readers;
    `set_problems(problems)` with ImportProblem-like objects (row, column, message).
    """

    def __init__(self) -> None:
        super().__init__()
        self.headers: list[str] = []
        self.rows: list[tuple[int, list[Any]]] = []
        self.visible: list[int] = []  # indexes into rows
        self.problems: dict[int, list[tuple[str | None, str]]] = {}  # row number -> problems
        self._row_index: dict[int, int] = {}  # row number -> index into rows
        self.only_problems = False

    # -- feeding -----------------------------------------------------------------------------
    def set_table(self, headers: list[str], rows: list[tuple[int, list[Any]]]) -> None:
        self.beginResetModel()
        self.headers = list(headers)
        self.rows = rows
        self._row_index = {number: i for i, (number, _cells) in enumerate(rows)}
        self.problems = {}
        self._refilter()
        self.endResetModel()

    def set_problems(self, problems: list) -> None:
        self.beginResetModel()
        self.problems = {}
        for p in problems:
            self.problems.setdefault(p.row, []).append((p.column, i18n.text(p.msg)))
        self._refilter()
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self.only_problems = only
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        if self.only_problems and self.problems:
            self.visible = [i for i, (n, _c) in enumerate(self.rows) if n in self.problems]
        else:
            self.visible = list(range(len(self.rows)))

    def view_row_of(self, row_number: int) -> int | None:
        """The model row showing spreadsheet row `row_number`, if shown."""
        i = self._row_index.get(row_number)
        if i is None:
            return None
        try:
            return self.visible.index(i)
        except ValueError:
            return None

    def bad_row_count(self) -> int:
        return len(self.problems)

    def _column_matches(self, column: str | None, header: str) -> bool:
        return column is not None and _norm(column) == _norm(header)

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers) + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("PreviewTableModel", "Row")
        return self.headers[section - 1]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        number, cells = self.rows[self.visible[index.row()]]
        col = index.column()
        problems = self.problems.get(number)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return number
            value = cells[col - 1] if col - 1 < len(cells) else None
            if value is None:
                return ""
            if isinstance(value, dt.datetime):
                return (
                    value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
                )
            if isinstance(value, float) and value.is_integer():
                return str(int(value))
            return str(value)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            if col > 0 and any(
                self._column_matches(c, self.headers[col - 1]) for c, _m in problems
            ):
                return QBrush(BAD_CELL)
            return QBrush(BAD_ROW)
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join((f"{c}: {m}" if c else m) for c, m in problems)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
