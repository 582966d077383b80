"""The subsidies of one policy (services.subsidies.list_subsidies), in memory: at most one live
subsidy per store and policy, so even a 100,000-store network is a list the GUI can hold."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor

from dealer_app.domain.models import Subsidy, SubsidyStatus
from dealer_app.ui.formatting import subsidy_status_label, tier_label, yuan
from dealer_app.ui.models.rows_table import Column, RowsTableModel, when_text

_C = "SubsidyTableModel"

(
    COL_ID,
    COL_STORE,
    COL_NAME,
    COL_REGION,
    COL_AMOUNT,
    COL_TIER,
    COL_STATUS,
    COL_PROPOSED_BY,
    COL_PROPOSED_AT,
    COL_DECIDED_BY,
    COL_REFERENCE,
) = range(11)

STATUS_COLOURS = {
    SubsidyStatus.PROPOSED: QColor("#b45309"),
    SubsidyStatus.APPROVED: QColor("#1d4ed8"),
    SubsidyStatus.PAID: QColor("#15803d"),
    SubsidyStatus.REJECTED: QColor("#b91c1c"),
    SubsidyStatus.CANCELLED: QColor("#6b7280"),
}


def _reference_text(s: Subsidy) -> str:
    """The payment's reference; for a subsidy waiting in a payment batch, that batch."""
    if s.payment_reference:
        return s.payment_reference
    if s.batch:
        return QCoreApplication.translate(_C, "in batch {batch}").format(batch=s.batch)
    return ""


class SubsidyTableModel(RowsTableModel):
    CONTEXT = _C

    def __init__(self, region_name: Callable[[str], str] = str) -> None:
        super().__init__()
        self.region_name = region_name
        self.COLUMNS = [
            Column(QT_TRANSLATE_NOOP(_C, "ID"), lambda s: str(s.id), lambda s: s.id, True, 52),
            Column(
                QT_TRANSLATE_NOOP(_C, "Store"),
                lambda s: s.store_code,
                lambda s: (s.store_code, s.id),
                width=64,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Name"),
                lambda s: s.store_name,
                lambda s: s.store_name,
                width=150,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Region"),
                lambda s: self.region_name(s.region),
                lambda s: (s.region, s.id),
                width=96,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Amount"),
                lambda s: yuan(s.amount),
                lambda s: (s.amount, s.id),
                True,
                84,
                money=lambda s: s.amount,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Tier"),
                lambda s: tier_label(s.tier),
                lambda s: (s.tier or "", s.id),
                width=110,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Status"),
                lambda s: subsidy_status_label(s.status),
                lambda s: (list(SubsidyStatus).index(s.status), s.id),
                width=64,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Proposed by"),
                lambda s: s.proposed_by,
                lambda s: (s.proposed_by, s.id),
                width=92,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Proposed at"),
                lambda s: when_text(s.proposed_at),
                lambda s: (s.proposed_at, s.id),
                width=112,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Decided by"),
                lambda s: s.approved_by or "",
                lambda s: (s.approved_by or "", s.id),
                width=88,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Payment reference"),
                _reference_text,
                lambda s: (s.payment_reference or s.batch or "", s.id),
                width=120,
            ),
        ]

    def haystack(self, row: Subsidy) -> str:
        return " ".join(
            (
                str(row.id),
                row.store_code,
                row.store_name,
                self.region_name(row.region),
                row.proposed_by,
                row.approved_by or "",
                row.payment_reference or "",
                row.batch or "",
                row.comment,
            )
        )

    def foreground(self, row: Subsidy, col: int) -> Any:
        if col == COL_STATUS:
            return QBrush(STATUS_COLOURS.get(row.status, QColor("#111827")))
        return None

    def tooltip(self, row: Subsidy, col: int) -> str | None:
        if col == COL_STATUS and row.comment:
            return row.comment
        if col == COL_NAME:
            return row.store_name
        return None

    def counts(self) -> dict[str, int]:
        """status -> how many of all the rows (whatever the filter) have it."""
        out: dict[str, int] = {}
        for s in self.all_rows:
            out[s.status.value] = out.get(s.status.value, 0) + 1
        return out
