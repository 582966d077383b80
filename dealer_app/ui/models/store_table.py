"""The stores table: ids in memory, display rows fetched lazily in pages (Anki's browser model).

At 100,000 stores the model holds a list of 100,000 ints. `data()` never blocks: a row that is
not cached yet shows empty cells and asks the fetcher for its page; when the page arrives the
rows are repainted. Sorting and filtering happen in the service (SQL), which returns new ids.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from dealer_app.domain.models import StoreStatus
from dealer_app.ui.formatting import store_status_label, store_type_label

#: fetch(ids, deliver): get display tuples for `ids` (from services.stores.store_rows_for) and
#: call deliver(dict id -> tuple) later, on the GUI thread.
Fetcher = Callable[[list[int], Callable[[dict[int, tuple]], None]], None]

# Tuple layout of services.stores.store_rows_for
T_CODE, T_NAME, T_PARTNER, T_REGION, T_PROVINCE, T_CITY, T_TYPE, T_OPENED, T_STATUS = range(9)

COL_CODE, COL_NAME, COL_PARTNER, COL_REGION, COL_CITY, COL_TYPE, COL_OPENED, COL_STATUS = range(8)

#: column -> (header, tuple index, service sort key)
COLUMNS: list[tuple[str, int, str]] = [
    (QT_TRANSLATE_NOOP("StoreTableModel", "Code"), T_CODE, "code"),
    (QT_TRANSLATE_NOOP("StoreTableModel", "Store"), T_NAME, "name"),
    (QT_TRANSLATE_NOOP("StoreTableModel", "Partner"), T_PARTNER, "partner"),
    (QT_TRANSLATE_NOOP("StoreTableModel", "Region"), T_REGION, "region"),
    (QT_TRANSLATE_NOOP("StoreTableModel", "City"), T_CITY, "city"),
    (QT_TRANSLATE_NOOP("StoreTableModel", "Type"), T_TYPE, "store_type"),
    (QT_TRANSLATE_NOOP("StoreTableModel", "Opened"), T_OPENED, "established_on"),
    (QT_TRANSLATE_NOOP("StoreTableModel", "Status"), T_STATUS, "status"),
]

PAGE_SIZE = 200
MAX_CACHED_PAGES = 100  # 20,000 rows

_STATUS_COLOURS = {
    StoreStatus.CLOSED.value: QColor("#9ca3af"),
    StoreStatus.CLOSING.value: QColor("#b45309"),
    StoreStatus.PLANNED.value: QColor("#2563eb"),
}


class StoreTableModel(QAbstractTableModel):
    """Rows are store ids; `row_tuple(row)` gives the cached display tuple (or None).

    `sort_requested(key, descending)` is emitted when the view asks to sort: the screen fetches
    the ids again in that order and calls `set_ids`.
    """

    sort_requested = Signal(str, bool)

    def __init__(self, fetcher: Fetcher, region_name: Callable[[str], str] = str) -> None:
        super().__init__()
        self._fetch = fetcher
        self._region_name = region_name
        self.ids: list[int] = []
        self._rows: dict[int, tuple] = {}
        self._pages: OrderedDict[int, list[int]] = OrderedDict()  # page -> ids it cached (LRU)
        self._asked: set[int] = set()
        self._generation = 0
        self.sort_key = "code"
        self.descending = False

    # -- feeding -----------------------------------------------------------------------------
    def set_ids(self, ids: list[int]) -> None:
        """New ids (a new filter, sort or reload). Cached rows stay valid for the same ids."""
        self.beginResetModel()
        self.ids = list(ids)
        if len(self._rows) > 2 * MAX_CACHED_PAGES * PAGE_SIZE:
            self._rows.clear()
        self._pages.clear()
        self._asked.clear()
        self._generation += 1
        self.endResetModel()

    # -- export (ui/grid_actions.py) ------------------------------------------------------------
    def money_columns(self) -> set[int]:
        return set()

    def export_rows(self, rows: dict[int, tuple]) -> list[list[Any]]:
        """Every shown store (`rows`: all their display tuples) as the table shows them."""
        out = []
        for i in self.ids:
            t = rows.get(i)
            if t is None:
                continue
            out.append([self._shown(t, col) for col in range(len(COLUMNS))])
        return out

    def _shown(self, t: tuple, col: int) -> Any:
        """A cell as the table shows it (labels and region names in the interface language)."""
        value = t[COLUMNS[col][1]]
        if col == COL_TYPE:
            return store_type_label(value)
        if col == COL_STATUS:
            return store_status_label(value)
        if col == COL_REGION:
            return self._region_name(value)
        return value if value is not None else ""

    def prime(self, rows: dict[int, tuple]) -> None:
        """Rows fetched with the ids (the first page, in the same round trip): shown without
        asking again."""
        self._rows.update(rows)
        first = self.ids[:PAGE_SIZE]
        if first and all(i in rows for i in first):
            self._pages[0] = first

    def invalidate(self) -> None:
        """Forget every cached row (the ledger changed); visible rows are fetched again."""
        self._rows.clear()
        self._pages.clear()
        self._asked.clear()
        self._generation += 1
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(COLUMNS) - 1))

    def row_tuple(self, row: int) -> tuple | None:
        if 0 <= row < len(self.ids):
            return self._rows.get(self.ids[row])
        return None

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def code_at(self, row: int) -> str | None:
        t = self.row_tuple(row)
        return t[T_CODE] if t else None

    def is_loading(self) -> bool:
        return bool(self._asked)

    def _ensure(self, row: int) -> None:
        page = row // PAGE_SIZE
        if page in self._pages:
            self._pages.move_to_end(page)
            return
        if page in self._asked:
            return
        self._asked.add(page)
        generation = self._generation
        ids = self.ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        self._fetch(ids, lambda rows: self._arrived(generation, page, ids, rows))

    def _arrived(self, generation: int, page: int, ids: list[int], rows: dict[int, tuple]) -> None:
        if generation != self._generation:
            self._rows.update(rows)  # still true data, even if this page is stale
            return
        self._asked.discard(page)
        self._rows.update(rows)
        self._pages[page] = ids
        while len(self._pages) > MAX_CACHED_PAGES:
            _old, old_ids = self._pages.popitem(last=False)
            for i in old_ids:
                self._rows.pop(i, None)
        first = page * PAGE_SIZE
        last = min(first + len(ids), len(self.ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("StoreTableModel", COLUMNS[section][0])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        t = self._rows.get(self.ids[row]) if row < len(self.ids) else None
        if t is None:
            self._ensure(row)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = _STATUS_COLOURS.get(t[T_STATUS])
            return QBrush(colour) if colour is not None and col == COL_STATUS else None
        if col == COL_CITY and role == Qt.ItemDataRole.ToolTipRole:
            return f"{t[T_PROVINCE]} {t[T_CITY]}"
        shown = self._shown(t, col)
        if role == Qt.ItemDataRole.ToolTipRole:  # a cell too narrow shows it whole on hover
            return shown or None
        return shown

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][2]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self.ids:
            return
        self.sort_key, self.descending = key, descending
        self.sort_requested.emit(key, descending)
