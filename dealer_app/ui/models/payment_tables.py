"""The Payments screen's lists: batches, a batch's lines with what to look at, payments the bank
refused, and changes of bank details waiting for a second person."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from dealer_app import i18n
from dealer_app.ui.formatting import yuan
from dealer_app.ui.models.rows_table import Column, RowsTableModel, when_text

_B = "BatchTableModel"
_L = "BatchLineTableModel"
_F = "FailureTableModel"
_C = "BankChangeTableModel"

WARN = QColor("#b45309")
BAD = QColor("#b91c1c")


def word(kind: str, value: str) -> str:
    return i18n.fmt(f"word.{kind}", value)


class BatchTableModel(RowsTableModel):
    CONTEXT = _B

    def __init__(self) -> None:
        super().__init__()
        self.COLUMNS = [
            Column(QT_TRANSLATE_NOOP(_B, "Batch"), lambda b: b.number, lambda b: b.id, width=120),
            Column(QT_TRANSLATE_NOOP(_B, "Status"), lambda b: word("batch_status", b.status),
                   lambda b: (b.status, b.id), width=90),
            Column(QT_TRANSLATE_NOOP(_B, "Lines"), lambda b: i18n.fmt("num", b.count),
                   lambda b: b.count, True, 76),
            Column(QT_TRANSLATE_NOOP(_B, "Amount"), lambda b: yuan(b.total),
                   lambda b: b.total, True, 120, money=lambda b: b.total),
            Column(QT_TRANSLATE_NOOP(_B, "Paid"), lambda b: yuan(b.paid), lambda b: b.paid,
                   True, 110, money=lambda b: b.paid),
            Column(QT_TRANSLATE_NOOP(_B, "Failed"), lambda b: i18n.fmt("num", b.failed),
                   lambda b: b.failed, True, 60),
            Column(QT_TRANSLATE_NOOP(_B, "Made by"), lambda b: b.created_by,
                   lambda b: b.created_by, width=100),
            Column(QT_TRANSLATE_NOOP(_B, "Released by"), lambda b: b.released_by or "",
                   lambda b: b.released_by or "", width=100),
            Column(QT_TRANSLATE_NOOP(_B, "Made"), lambda b: when_text(b.created_at),
                   lambda b: b.created_at, width=130),
        ]  # fmt: skip

    def foreground(self, row: Any, col: int) -> Any:
        return BAD if row.failed and col == 5 else None


class BatchLineTableModel(RowsTableModel):
    """A batch's lines as the review shows them (services.payments.ReviewLine)."""

    CONTEXT = _L

    def __init__(self) -> None:
        super().__init__()
        self.COLUMNS = [
            Column(QT_TRANSLATE_NOOP(_L, "Reference"), lambda r: r.line.reference,
                   lambda r: r.line.n, width=140),
            Column(QT_TRANSLATE_NOOP(_L, "Store"), lambda r: r.line.store_code,
                   lambda r: r.line.store_code, width=80),
            Column(QT_TRANSLATE_NOOP(_L, "Partner"), lambda r: r.line.partner,
                   lambda r: r.line.partner, width=180),
            Column(QT_TRANSLATE_NOOP(_L, "Amount"), lambda r: yuan(r.line.amount),
                   lambda r: r.line.amount, True, 100, money=lambda r: r.line.amount),
            Column(QT_TRANSLATE_NOOP(_L, "Look at"), lambda r: "；".join(
                word("flag", f.value) for f in r.flags) if i18n.is_chinese() else "; ".join(
                word("flag", f.value) for f in r.flags), lambda r: len(r.flags), width=200),
            Column(QT_TRANSLATE_NOOP(_L, "Account"), lambda r: r.payee.account,
                   lambda r: r.payee.account, width=160),
            Column(QT_TRANSLATE_NOOP(_L, "Account name"), lambda r: r.payee.account_name,
                   lambda r: r.payee.account_name, width=160),
            Column(QT_TRANSLATE_NOOP(_L, "Branch"), lambda r: r.payee.branch,
                   lambda r: r.payee.branch, width=150),
            Column(QT_TRANSLATE_NOOP(_L, "CNAPS"), lambda r: r.payee.cnaps,
                   lambda r: r.payee.cnaps, width=100),
            Column(QT_TRANSLATE_NOOP(_L, "Status"), lambda r: word("line_status", r.line.status),
                   lambda r: r.line.status, width=90),
            Column(QT_TRANSLATE_NOOP(_L, "Bank's answer"), lambda r: r.line.bank_reference
                   or r.line.failure_reason or "", lambda r: r.line.bank_reference or "",
                   width=140),
            Column(QT_TRANSLATE_NOOP(_L, "Subsidy"), lambda r: str(r.line.subsidy_id),
                   lambda r: r.line.subsidy_id, True, 64),
        ]  # fmt: skip

    def key(self, row: Any) -> Any:
        return row.line.id

    def foreground(self, row: Any, col: int) -> Any:
        if row.line.status == "failed":
            return BAD
        return WARN if row.flags else None


class FailureTableModel(RowsTableModel):
    CONTEXT = _F

    def __init__(self) -> None:
        super().__init__()
        self.COLUMNS = [
            Column(QT_TRANSLATE_NOOP(_F, "Reference"), lambda f: f.reference,
                   lambda f: f.reference, width=140),
            Column(QT_TRANSLATE_NOOP(_F, "Subsidy"), lambda f: str(f.subsidy_id),
                   lambda f: f.subsidy_id, True, 64),
            Column(QT_TRANSLATE_NOOP(_F, "Store"), lambda f: f.store_code,
                   lambda f: f.store_code, width=80),
            Column(QT_TRANSLATE_NOOP(_F, "Partner"), lambda f: f.partner, lambda f: f.partner,
                   width=200),
            Column(QT_TRANSLATE_NOOP(_F, "Amount"), lambda f: yuan(f.amount),
                   lambda f: f.amount, True, 100, money=lambda f: f.amount),
            Column(QT_TRANSLATE_NOOP(_F, "Bank's reason"), lambda f: f.failure_reason or "",
                   lambda f: f.failure_reason or "", width=160),
            Column(QT_TRANSLATE_NOOP(_F, "Account sent to"),
                   lambda f: f.details.account if f.details else "",
                   lambda f: f.details.account if f.details else "", width=160),
            Column(QT_TRANSLATE_NOOP(_F, "Answered"), lambda f: when_text(f.result_at),
                   lambda f: f.result_at or "", width=130),
        ]  # fmt: skip


class BankChangeTableModel(RowsTableModel):
    CONTEXT = _C

    def __init__(self) -> None:
        super().__init__()
        self.COLUMNS = [
            Column(QT_TRANSLATE_NOOP(_C, "ID"), lambda c: str(c.id), lambda c: c.id, True, 48),
            Column(QT_TRANSLATE_NOOP(_C, "Partner"), lambda c: c.partner, lambda c: c.partner,
                   width=190),
            Column(QT_TRANSLATE_NOOP(_C, "Paid to now"),
                   lambda c: f"{c.now_bank} {c.now_account}".strip()
                   if c.status == "pending" else "", lambda c: c.now_account, width=200),
            Column(QT_TRANSLATE_NOOP(_C, "Bank"), lambda c: c.details.bank,
                   lambda c: c.details.bank, width=110),
            Column(QT_TRANSLATE_NOOP(_C, "Branch"), lambda c: c.details.branch,
                   lambda c: c.details.branch, width=150),
            Column(QT_TRANSLATE_NOOP(_C, "CNAPS"), lambda c: c.details.cnaps,
                   lambda c: c.details.cnaps, width=100),
            Column(QT_TRANSLATE_NOOP(_C, "Account"), lambda c: c.details.account,
                   lambda c: c.details.account, width=160),
            Column(QT_TRANSLATE_NOOP(_C, "Account name"), lambda c: c.details.account_name,
                   lambda c: c.details.account_name, width=160),
            Column(QT_TRANSLATE_NOOP(_C, "Status"), lambda c: word("bank_status", c.status),
                   lambda c: c.status, width=90),
            Column(QT_TRANSLATE_NOOP(_C, "Requested by"), lambda c: c.requested_by,
                   lambda c: c.requested_by, width=100),
            Column(QT_TRANSLATE_NOOP(_C, "Requested"), lambda c: when_text(c.requested_at),
                   lambda c: c.requested_at, width=130),
            Column(QT_TRANSLATE_NOOP(_C, "Reason"), lambda c: c.reason, lambda c: c.reason,
                   width=160),
        ]  # fmt: skip
