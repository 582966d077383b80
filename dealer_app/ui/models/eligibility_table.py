"""Every store's verdict under one policy (services.eligibility.EligibilityRow), filtered and
sorted in memory: the list is at most one row per store and the verdicts are already computed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dealer_app import i18n
from dealer_app.domain.messages import Msg
from dealer_app.services.eligibility import EligibilityRow
from dealer_app.ui.formatting import subsidy_status_label, tier_label, yuan

COL_CODE, COL_NAME, COL_REGION, COL_ELIGIBLE, COL_AMOUNT, COL_TIER, COL_SUBSIDY, COL_REASON = range(
    8
)

HEADERS = [
    QT_TRANSLATE_NOOP("EligibilityTableModel", "Code"),
    QT_TRANSLATE_NOOP("EligibilityTableModel", "Store"),
    QT_TRANSLATE_NOOP("EligibilityTableModel", "Region"),
    QT_TRANSLATE_NOOP("EligibilityTableModel", "Eligible"),
    QT_TRANSLATE_NOOP("EligibilityTableModel", "Amount"),
    QT_TRANSLATE_NOOP("EligibilityTableModel", "Tier"),
    QT_TRANSLATE_NOOP("EligibilityTableModel", "Subsidy"),
    QT_TRANSLATE_NOOP("EligibilityTableModel", "Reason"),
]

SHOW_ALL, SHOW_ELIGIBLE, SHOW_NOT_ELIGIBLE, SHOW_TO_PROPOSE = range(4)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

_GREEN = QColor("#15803d")
_GREY = QColor("#6b7280")


def memo_reason() -> Callable[[EligibilityRow], str]:
    """A row's reason in the interface language. An evaluator shares one reason between every
    store with the same verdict (a few thousand for 100,000 stores): each is said once."""
    memo: dict[int, tuple[Msg, str]] = {}

    def reason(row: EligibilityRow) -> str:
        msg = row.result.reason
        hit = memo.get(id(msg))
        if hit is not None and hit[0] is msg:
            return hit[1]
        text = i18n.text(msg)
        memo[id(msg)] = (msg, text)
        return text

    return reason


def _sort_key(col: int, reason: Callable[[EligibilityRow], str]) -> Callable[[EligibilityRow], Any]:
    return {
        COL_CODE: lambda r: r.result.store_code,
        COL_NAME: lambda r: r.store_name,
        COL_REGION: lambda r: r.region,
        COL_ELIGIBLE: lambda r: (r.result.eligible, r.result.store_code),
        COL_AMOUNT: lambda r: (r.result.amount, r.result.store_code),
        COL_TIER: lambda r: (r.result.tier or "", r.result.store_code),
        COL_SUBSIDY: lambda r: (r.subsidy_status or "", r.result.store_code),
        COL_REASON: reason,
    }[col]


def can_propose(row: EligibilityRow) -> bool:
    """Eligible and without a live subsidy under this policy."""
    return row.result.eligible and row.subsidy_id is None


class EligibilityTableModel(QAbstractTableModel):
    def __init__(self, region_name: Callable[[str], str] = str) -> None:
        super().__init__()
        self._region_name = region_name
        self.all_rows: list[EligibilityRow] = []
        self.rows: list[EligibilityRow] = []
        self.mode = SHOW_ALL
        self.text = ""
        self.sort_column = COL_CODE
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.reason: Callable[[EligibilityRow], str] = memo_reason()

    def set_rows(self, rows: list[EligibilityRow]) -> None:
        self.all_rows = rows
        # The reason in the interface language, said once per distinct verdict.
        self.reason = memo_reason()
        self._apply()

    def set_filter(self, mode: int, text: str) -> None:
        self.mode, self.text = mode, text.strip().casefold()
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        rows = self.all_rows
        if self.mode == SHOW_ELIGIBLE:
            rows = [r for r in rows if r.result.eligible]
        elif self.mode == SHOW_NOT_ELIGIBLE:
            rows = [r for r in rows if not r.result.eligible]
        elif self.mode == SHOW_TO_PROPOSE:
            rows = [r for r in rows if can_propose(r)]
        if self.text:
            t = self.text
            reason = self.reason
            rows = [
                r
                for r in rows
                if t in r.result.store_code.casefold()
                or t in r.store_name.casefold()
                or t in reason(r).casefold()
            ]
        rows = sorted(
            rows,
            key=_sort_key(self.sort_column, self.reason),
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )
        self.rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> EligibilityRow:
        return self.rows[row]

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("EligibilityTableModel", HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        r, col = row.result, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_CODE:
                return r.store_code
            if col == COL_NAME:
                return row.store_name
            if col == COL_REGION:
                return self._region_name(row.region)
            if col == COL_ELIGIBLE:
                return (
                    QCoreApplication.translate("EligibilityTableModel", "Yes")
                    if r.eligible
                    else QCoreApplication.translate("EligibilityTableModel", "No")
                )
            if col == COL_AMOUNT:
                return yuan(r.amount) if r.eligible else ""
            if col == COL_TIER:
                return tier_label(r.tier)
            if col == COL_SUBSIDY:
                if row.subsidy_id is None:
                    return ""
                return f"#{row.subsidy_id} {subsidy_status_label(row.subsidy_status)}"
            if col == COL_REASON:
                return self.reason(row)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_REASON:
            return self.reason(row)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_ELIGIBLE:
            return QBrush(_GREEN if r.eligible else _GREY)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self._apply()

    # -- export (ui/grid_actions.py) ------------------------------------------------------------
    def money_columns(self) -> set[int]:
        return {COL_AMOUNT}

    def export_cell(self, row: int, col: int) -> Any:
        r = self.rows[row].result
        if col == COL_AMOUNT:
            return r.amount if r.eligible else None
        return self.data(self.index(row, col))

    def describe(self) -> list[str]:
        return [self.text] if self.text else []
