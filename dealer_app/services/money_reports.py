"""Reports on the way out: what is owed (approved, not yet paid) by region and age, what was
paid by month, and a reconciliation of ledger, batches, bank results and vouchers that lists
every difference. The same figures feed the Payments screen (with a chart), the command line
and an XLSX workbook (formatting, totals and charts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from dealer_app.domain.messages import Msg
from dealer_app.domain.vouchers import EventKind
from dealer_app.services import vouchers as voucher_service
from dealer_app.services.context import Context
from dealer_app.services.permissions import require
from dealer_app.storage import payments as pay_store
from dealer_app.storage import stores as store_rows

#: Age buckets of a liability, in days since approval: (label key, up to and including).
AGE_BUCKETS: tuple[tuple[str, int | None], ...] = (
    ("0_30", 30), ("31_60", 60), ("61_90", 90), ("over_90", None),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Liabilities:
    as_of: dt.date
    regions: list[str]  # codes, in the table's order
    buckets: list[str]
    amounts: dict[tuple[str, str], int]  # (region, bucket) -> yuan
    counts: dict[str, int]  # region -> subsidies

    def region_total(self, region: str) -> int:
        return sum(self.amounts.get((region, b), 0) for b in self.buckets)

    def bucket_total(self, bucket: str) -> int:
        return sum(self.amounts.get((r, bucket), 0) for r in self.regions)

    @property
    def total(self) -> int:
        return sum(self.amounts.values())


def _bucket(days: int) -> str:
    for key, most in AGE_BUCKETS:
        if most is None or days <= most:
            return key
    raise AssertionError(days)


def liabilities(ctx: Context) -> Liabilities:
    require(ctx, "payments.read")
    today = ctx.today()
    with ctx.ledger.snapshot():
        rows = pay_store.liabilities(ctx.ledger)
        order = [r.code for r in store_rows.regions(ctx.ledger)]
    amounts: dict[tuple[str, str], int] = {}
    counts: dict[str, int] = {}
    for region, approved_at, amount in rows:
        days = (today - dt.date.fromisoformat((approved_at or today.isoformat())[:10])).days
        key = (region, _bucket(max(days, 0)))
        amounts[key] = amounts.get(key, 0) + amount
        counts[region] = counts.get(region, 0) + 1
    return Liabilities(today, order, [b for b, _ in AGE_BUCKETS], amounts, counts)


@dataclass(frozen=True, slots=True)
class MonthlyPayments:
    months: list[str]
    regions: list[str]
    amounts: dict[tuple[str, str], int]  # (month, region) -> yuan
    counts: dict[str, int]  # month -> subsidies paid

    def month_total(self, month: str) -> int:
        return sum(self.amounts.get((month, r), 0) for r in self.regions)

    @property
    def total(self) -> int:
        return sum(self.amounts.values())


def payments_by_month(ctx: Context) -> MonthlyPayments:
    require(ctx, "payments.read")
    with ctx.ledger.snapshot():
        rows = pay_store.payments_by_month(ctx.ledger)
        order = [r.code for r in store_rows.regions(ctx.ledger)]
    amounts: dict[tuple[str, str], int] = {}
    counts: dict[str, int] = {}
    for month, region, count, amount in rows:
        amounts[(month, region)] = amount
        counts[month] = counts.get(month, 0) + count
    return MonthlyPayments(sorted(counts), order, amounts, counts)


@dataclass(slots=True)
class Reconciliation:
    figures: list[tuple[Msg, int]] = field(default_factory=list)  # (what, yuan)
    differences: list[Msg] = field(default_factory=list)
    notes: list[Msg] = field(default_factory=list)  # not differences, worth knowing

    @property
    def clean(self) -> bool:
        return not self.differences


def reconcile(ctx: Context) -> Reconciliation:
    """Ledger against batches, bank results and vouchers: every difference named."""
    require(ctx, "payments.read")
    out = Reconciliation()
    with ctx.ledger.snapshot():
        facts = pay_store.reconciliation_rows(ctx.ledger)
        exports = pay_store.list_exports(ctx.ledger)
        owed = sum(a for _, _, a in pay_store.liabilities(ctx.ledger))
        results = pay_store.result_totals(ctx.ledger)
    paid = facts["paid_subsidies"]
    lines = facts["paid_lines"]
    by_line = {}
    for sid, amount, ref, _bank_ref, batch, status, sub_amount in lines:
        if sid in by_line:
            out.differences.append(Msg("reconcile.paid_twice", {"id": sid, "batch": batch}))
        by_line[sid] = (amount, ref, batch)
        if status != "paid":
            out.differences.append(Msg("reconcile.line_paid_subsidy_not",
                                       {"id": sid, "reference": ref, "status": status}))  # fmt: skip
        if amount != sub_amount:
            out.differences.append(Msg("reconcile.amount_differs", {
                "id": sid, "reference": ref, "line": amount, "subsidy": sub_amount}))  # fmt: skip
    by_hand = [(sid, amount) for sid, amount, _, _ in paid if sid not in by_line]
    paid_total = sum(a for _, a, _, _ in paid)
    out.figures += [
        (Msg("reconcile.fig.paid_ledger", {"count": len(paid)}), paid_total),
        (Msg("reconcile.fig.paid_batches", {"count": len(lines)}), sum(x[1] for x in lines)),
        (Msg("reconcile.fig.paid_by_hand", {"count": len(by_hand)}), sum(a for _, a in by_hand)),
        (Msg("reconcile.fig.owed", {}), owed),
    ]
    if by_hand:
        out.notes.append(Msg("reconcile.by_hand", {"count": len(by_hand),
                                                   "ids": [i for i, _ in by_hand[:20]]}))  # fmt: skip
    for sid, _amount, ref, number, batch_status, status in facts["pending_lines"]:
        if batch_status in ("closed", "cancelled"):
            out.differences.append(Msg("reconcile.pending_in_closed", {
                "reference": ref, "batch": number, "status": batch_status}))  # fmt: skip
        if status != "approved":
            out.differences.append(Msg("reconcile.pending_not_approved", {
                "reference": ref, "id": sid, "status": status}))  # fmt: skip
    if results[0] != len(lines):
        out.differences.append(Msg("reconcile.results_differ", {
            "results": results[0], "lines": len(lines)}))  # fmt: skip
    failures = pay_store.failures(ctx.ledger)
    if failures:
        out.notes.append(Msg("reconcile.failures", {"count": len(failures),
                                                    "total": sum(f.amount for f in failures)}))  # fmt: skip
    # The books: what the vouchers of the whole history say is owed equals what is owed now.
    first = dt.date(2000, 1, 1)
    found = voucher_service.events(ctx, first, dt.date(2100, 12, 31))
    sums = {k: 0 for k in EventKind}
    for e in found:
        sums[e.kind] += e.amount
    books_owed = sums[EventKind.ACCRUAL] - sums[EventKind.REVERSAL] - sums[EventKind.PAYMENT]
    out.figures.append((Msg("reconcile.fig.owed_books", {}), books_owed))
    if books_owed != owed:
        out.differences.append(Msg("reconcile.books_owed", {"books": books_owed, "ledger": owed}))
    if sums[EventKind.PAYMENT] != paid_total:
        out.differences.append(Msg("reconcile.books_paid", {
            "books": sums[EventKind.PAYMENT], "ledger": paid_total}))  # fmt: skip
    for e in exports:
        if e.repeat_of is not None:
            continue
        first, last = dt.date.fromisoformat(e.period_from), dt.date.fromisoformat(e.period_to)
        debit = sum(x.amount for x in found if first <= x.day <= last) * 100  # (read once)
        if debit != e.debit_total:
            out.differences.append(Msg("reconcile.export_changed", {
                "first": e.period_from, "last": e.period_to, "then": e.debit_total // 100,
                "now": debit // 100}))  # fmt: skip
    return out


def write_workbook(ctx: Context, path: Path | str) -> Path:
    """The three reports in one XLSX: formatted, with totals and charts."""
    from dealer_app import i18n
    from dealer_app.importing.report_file import Sheet, write_report

    t = i18n.t
    owed = liabilities(ctx)
    months = payments_by_month(ctx)
    rec = reconcile(ctx)
    names = {r.code: (r.name_zh if i18n.language().startswith("zh") else r.name_en)
             for r in store_rows.regions(ctx.ledger)}  # fmt: skip
    sheets = [
        Sheet(
            t("report.liabilities"),
            [t("report.as_of", day=owed.as_of)],
            [t("report.col.region"), *(t(f"report.age.{b}") for b in owed.buckets),
             t("report.col.total"), t("report.col.count")],
            [[names.get(r, r), *(owed.amounts.get((r, b), 0) for b in owed.buckets),
              owed.region_total(r), owed.counts.get(r, 0)] for r in owed.regions],
            money=list(range(1, len(owed.buckets) + 2)),
            totals=t("cli.xlsx_total"),
            chart=t("report.liabilities"),
        ),
        Sheet(
            t("report.payments"),
            [],
            [t("report.col.month"), *(names.get(r, r) for r in months.regions),
             t("report.col.total"), t("report.col.count")],
            [[m, *(months.amounts.get((m, r), 0) for r in months.regions),
              months.month_total(m), months.counts[m]] for m in months.months],
            money=list(range(1, len(months.regions) + 2)),
            totals=t("cli.xlsx_total"),
            chart=t("report.payments"),
        ),
        Sheet(
            t("report.reconciliation"),
            [t("report.reconcile_clean") if rec.clean
             else t("report.reconcile_differences", count=len(rec.differences))],
            [t("report.col.what"), t("report.col.amount")],
            [[i18n.text(m), a] for m, a in rec.figures]
            + [[t("report.difference", what=d), None] for d in rec.differences]
            + [[i18n.text(n), None] for n in rec.notes],
            money=[1],
        ),
    ]  # fmt: skip
    return write_report(Path(path), sheets)
