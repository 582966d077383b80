"""Closure candidates (services.closures.CandidateRow) and closure proposals (domain Closure),
in memory: a few thousand rows at most, each already judged by the service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from dealer_app import i18n
from dealer_app.domain.closures import snapshot_reason
from dealer_app.domain.models import Closure, ClosureStatus
from dealer_app.services.closures import CandidateRow
from dealer_app.ui.formatting import count, date_text, store_type_label, yuan
from dealer_app.ui.models.rows_table import Column, RowsTableModel, when_text

_CC = "CandidateTableModel"
_PC = "ClosureTableModel"

(
    CAND_STORE,
    CAND_NAME,
    CAND_TYPE,
    CAND_REGION,
    CAND_MONTHS,
    CAND_VEHICLES,
    CAND_REVENUE,
    CAND_PROFIT,
    CAND_LOSS,
    CAND_REASON,
) = range(10)

(
    CL_ID,
    CL_STORE,
    CL_NAME,
    CL_REGION,
    CL_LOSS,
    CL_STATUS,
    CL_PROPOSED_BY,
    CL_PROPOSED_AT,
    CL_DECIDED_BY,
    CL_CLOSED_ON,
    CL_COMMENT,
) = range(11)

CLOSURE_STATUS_LABELS = {
    ClosureStatus.PROPOSED: QT_TRANSLATE_NOOP(_PC, "Proposed"),
    ClosureStatus.APPROVED: QT_TRANSLATE_NOOP(_PC, "Approved"),
    ClosureStatus.REJECTED: QT_TRANSLATE_NOOP(_PC, "Rejected"),
}
CLOSURE_STATUS_COLOURS = {
    ClosureStatus.PROPOSED: QColor("#b45309"),
    ClosureStatus.APPROVED: QColor("#15803d"),
    ClosureStatus.REJECTED: QColor("#6b7280"),
}
_RED = QColor("#b91c1c")


def closure_status_label(status: ClosureStatus | str) -> str:
    source = CLOSURE_STATUS_LABELS.get(ClosureStatus(status))
    return QCoreApplication.translate(_PC, source) if source else str(status)


def warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def blocked_text(row: CandidateRow) -> str:
    return QCoreApplication.translate(
        _CC,
        "{store} has an approved subsidy that is not paid yet. The closure can be proposed, but "
        "it cannot be approved until that subsidy is paid or cancelled.",
    ).format(store=row.candidate.store_code)


class CandidateTableModel(RowsTableModel):
    CONTEXT = _CC

    def __init__(self, region_name: Callable[[str], str] = str) -> None:
        super().__init__()
        self.region_name = region_name
        c = lambda r: r.candidate  # noqa: E731 - a column accessor
        self.COLUMNS = [
            Column(
                QT_TRANSLATE_NOOP(_CC, "Store"),
                lambda r: c(r).store_code,
                lambda r: c(r).store_code,
                width=104,
            ),
            Column(
                QT_TRANSLATE_NOOP(_CC, "Name"),
                lambda r: r.store_name,
                lambda r: r.store_name,
                width=180,
            ),
            Column(
                QT_TRANSLATE_NOOP(_CC, "Type"),
                lambda r: store_type_label(c(r).store_type),
                lambda r: (c(r).store_type.value, c(r).store_code),
                width=136,
            ),
            Column(
                QT_TRANSLATE_NOOP(_CC, "Region"),
                lambda r: self.region_name(r.region),
                lambda r: (r.region, c(r).store_code),
                width=104,
            ),
            Column(
                QT_TRANSLATE_NOOP(_CC, "Months"),
                lambda r: str(c(r).months),
                lambda r: (c(r).months, c(r).store_code),
                True,
                60,
            ),
            Column(
                QT_TRANSLATE_NOOP(_CC, "Avg vehicles"),
                # (retail stores are judged on revenue: vehicles do not apply to them)
                lambda r: "—" if c(r).store_type == "retail_store" else f"{c(r).avg_vehicles:.2f}",
                lambda r: (c(r).avg_vehicles, c(r).store_code),
                True,
                88,
            ),
            Column(
                QT_TRANSLATE_NOOP(_CC, "Avg revenue"),
                lambda r: yuan(c(r).avg_revenue),
                lambda r: (c(r).avg_revenue, c(r).store_code),
                True,
                96,
                money=lambda r: c(r).avg_revenue,
            ),
            Column(
                QT_TRANSLATE_NOOP(_CC, "Net profit"),
                lambda r: yuan(c(r).net_profit_sum),
                lambda r: (c(r).net_profit_sum, c(r).store_code),
                True,
                96,
                money=lambda r: c(r).net_profit_sum,
            ),
            Column(
                QT_TRANSLATE_NOOP(_CC, "Est. loss"),
                lambda r: yuan(c(r).estimated_loss),
                lambda r: (c(r).estimated_loss, c(r).store_code),
                True,
                90,
                money=lambda r: c(r).estimated_loss,
            ),
            Column(
                QT_TRANSLATE_NOOP(_CC, "Reason"),
                lambda r: i18n.text(c(r).reason),
                lambda r: i18n.text(c(r).reason),
                width=400,
            ),
        ]

    def key(self, row: CandidateRow) -> str:
        return row.candidate.store_code

    def haystack(self, row: CandidateRow) -> str:
        c = row.candidate
        return " ".join(
            (
                c.store_code,
                row.store_name,
                self.region_name(row.region),
                store_type_label(c.store_type),
            )
        )

    def foreground(self, row: CandidateRow, col: int) -> Any:
        if col == CAND_PROFIT and row.candidate.net_profit_sum < 0:
            return QBrush(_RED)
        return None

    def decoration(self, row: CandidateRow, col: int) -> Any:
        if col == CAND_STORE and row.has_approved_unpaid_subsidy:
            return warning_icon()
        return None

    def tooltip(self, row: CandidateRow, col: int) -> str | None:
        if row.has_approved_unpaid_subsidy and col in (CAND_STORE, CAND_NAME):
            return blocked_text(row)
        if col == CAND_REASON:
            return i18n.text(row.candidate.reason)
        if col == CAND_STORE and row.open_closure_id is not None:
            return QCoreApplication.translate(
                _CC, "Closure {id} is waiting for a decision."
            ).format(id=row.open_closure_id)
        return None

    def total_loss(self) -> int:
        return sum(r.candidate.estimated_loss for r in self.rows)

    def summary(self) -> str:
        return QCoreApplication.translate(_CC, "{n} candidates").format(n=count(len(self.rows)))


class ClosureTableModel(RowsTableModel):
    CONTEXT = _PC

    def __init__(self, region_name: Callable[[str], str] = str) -> None:
        super().__init__()
        self.region_name = region_name
        self.COLUMNS = [
            Column(QT_TRANSLATE_NOOP(_PC, "ID"), lambda c: str(c.id), lambda c: c.id, True, 56),
            Column(
                QT_TRANSLATE_NOOP(_PC, "Store"),
                lambda c: c.store_code,
                lambda c: (c.store_code, c.id),
                width=96,
            ),
            Column(
                QT_TRANSLATE_NOOP(_PC, "Name"),
                lambda c: c.store_name,
                lambda c: c.store_name,
                width=190,
            ),
            Column(
                QT_TRANSLATE_NOOP(_PC, "Region"),
                lambda c: self.region_name(c.region),
                lambda c: (c.region, c.id),
                width=110,
            ),
            Column(
                QT_TRANSLATE_NOOP(_PC, "Est. loss"),
                lambda c: yuan(c.estimated_loss),
                lambda c: (c.estimated_loss, c.id),
                True,
                96,
                money=lambda c: c.estimated_loss,
            ),
            Column(
                QT_TRANSLATE_NOOP(_PC, "Status"),
                lambda c: closure_status_label(c.status),
                lambda c: (list(ClosureStatus).index(c.status), c.id),
                width=86,
            ),
            Column(
                QT_TRANSLATE_NOOP(_PC, "Proposed by"),
                lambda c: c.proposed_by,
                lambda c: (c.proposed_by, c.id),
                width=110,
            ),
            Column(
                QT_TRANSLATE_NOOP(_PC, "Proposed at"),
                lambda c: when_text(c.proposed_at),
                lambda c: (c.proposed_at, c.id),
                width=124,
            ),
            Column(
                QT_TRANSLATE_NOOP(_PC, "Decided by"),
                lambda c: c.approved_by or "",
                lambda c: (c.approved_by or "", c.id),
                width=110,
            ),
            Column(
                QT_TRANSLATE_NOOP(_PC, "Closing date"),
                lambda c: date_text(c.closed_on),
                lambda c: (date_text(c.closed_on), c.id),
                width=100,
            ),
            Column(
                QT_TRANSLATE_NOOP(_PC, "Comment"),
                lambda c: c.comment,
                lambda c: (c.comment, c.id),
                width=240,
            ),
        ]

    def haystack(self, row: Closure) -> str:
        return " ".join(
            (
                str(row.id),
                row.store_code,
                row.store_name,
                self.region_name(row.region),
                row.proposed_by,
                row.approved_by or "",
                row.comment,
            )
        )

    def foreground(self, row: Closure, col: int) -> Any:
        if col == CL_STATUS:
            return QBrush(CLOSURE_STATUS_COLOURS.get(row.status, QColor("#111827")))
        return None

    def tooltip(self, row: Closure, col: int) -> str | None:
        if col == CL_COMMENT and row.comment:
            return row.comment
        if col in (CL_STORE, CL_NAME):
            reason = snapshot_reason(row.metrics)
            return i18n.text(reason) if reason is not None else None
        return None

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in self.all_rows:
            out[c.status.value] = out.get(c.status.value, 0) + 1
        return out
