"""Money out: payee details and their changes, payment batches and lines, bank result files,
voucher exports (rows <-> domain values; all SQL of the way out is here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dealer_app.domain.banking import BankDetails
from dealer_app.domain.errors import NotFound
from dealer_app.domain.payments import LIVE_LINES, LineState
from dealer_app.storage.db import Ledger, Where, id_chunks, in_list

LIVE = in_list(LIVE_LINES)
DETAILS = "bank, branch, cnaps, account, account_name"


# --- payees ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Payee:
    partner_id: int
    name: str
    credit_code: str | None
    details: BankDetails
    since: str | None  # when these details took effect (None: before the ledger kept it)


def _details(r) -> BankDetails:  # noqa: ANN001 - a row
    return BankDetails(r["bank"], r["branch"], r["cnaps"], r["account"], r["account_name"])


def payee(ledger: Ledger, partner_id: int) -> Payee:
    r = ledger.query_one(
        f"SELECT id, name, credit_code, {DETAILS}, bank_since FROM partners WHERE id = ?",
        (partner_id,),
    )
    if r is None:
        raise NotFound("partner.not_found", id=partner_id)
    return Payee(r["id"], r["name"], r["credit_code"], _details(r), r["bank_since"])


def payees(ledger: Ledger, partner_ids: Sequence[int]) -> dict[int, Payee]:
    """Many partners' payee details at once (a batch's review: one query, not one each)."""
    out: dict[int, Payee] = {}
    for marks, chunk in id_chunks(partner_ids):
        for r in ledger.query(
            f"SELECT id, name, credit_code, {DETAILS}, bank_since FROM partners"
            f" WHERE id IN {marks}",
            chunk,
        ):
            out[r["id"]] = Payee(r["id"], r["name"], r["credit_code"], _details(r),
                                 r["bank_since"])  # fmt: skip
    return out


def partners_with_pending_change(ledger: Ledger, partner_ids: Sequence[int]) -> set[int]:
    out: set[int] = set()
    for marks, chunk in id_chunks(partner_ids):
        out |= {
            int(r[0])
            for r in ledger.query(
                "SELECT partner_id FROM bank_changes WHERE status = 'pending'"
                f" AND partner_id IN {marks}",
                chunk,
            )
        }
    return out


def set_payee(ledger: Ledger, partner_id: int, d: BankDetails, since: str) -> None:
    ledger.execute(
        "UPDATE partners SET bank = ?, branch = ?, cnaps = ?, account = ?, account_name = ?,"
        " bank_since = ? WHERE id = ?",
        (d.bank, d.branch, d.cnaps, d.account, d.account_name, since, partner_id),
    )


def complete_payee(
    ledger: Ledger, partner_id: int, branch: str, cnaps: str, account_name: str
) -> None:
    """Fill in the details a ledger made before schema 6 never held, as the partner's own
    (the demo ledger's network: a shared ledger's guards allow this to no one but the owner)."""
    ledger.execute(
        "UPDATE partners SET branch = ?, cnaps = ?, account_name = ? WHERE id = ?",
        (branch, cnaps, account_name, partner_id),
    )


# --- changes of bank details ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BankChange:
    id: int
    partner_id: int
    partner: str
    details: BankDetails
    reason: str
    status: str
    requested_by: str
    requested_at: str
    decided_by: str | None
    decided_at: str | None
    comment: str
    now_bank: str = ""  # the partner's details in effect now, beside what is asked
    now_account: str = ""


_CHANGE = (
    "SELECT c.id, c.partner_id, p.name AS partner, c.bank, c.branch, c.cnaps, c.account,"
    " c.account_name, c.reason, c.status, c.requested_by, c.requested_at, c.decided_by,"
    " c.decided_at, c.comment, p.bank AS now_bank, p.account AS now_account"
    " FROM bank_changes c JOIN partners p ON p.id = c.partner_id"
)


def _change(r) -> BankChange:  # noqa: ANN001
    return BankChange(
        r["id"], r["partner_id"], r["partner"], _details(r), r["reason"], r["status"],
        r["requested_by"], r["requested_at"], r["decided_by"], r["decided_at"], r["comment"],
        r["now_bank"], r["now_account"],
    )  # fmt: skip


def insert_change(
    ledger: Ledger, partner_id: int, d: BankDetails, reason: str, user: str, now: str
) -> int:
    cur = ledger.execute(
        "INSERT INTO bank_changes (partner_id, bank, branch, cnaps, account, account_name,"
        " reason, status, requested_by, requested_at) VALUES (?,?,?,?,?,?,?,'pending',?,?)"
        " RETURNING id",
        (partner_id, d.bank, d.branch, d.cnaps, d.account, d.account_name, reason, user, now),
    )
    return int(cur.fetchone()[0])


def get_change(ledger: Ledger, change_id: int) -> BankChange:
    r = ledger.query_one(_CHANGE + " WHERE c.id = ?", (change_id,))
    if r is None:
        raise NotFound("bank.change_not_found", id=change_id)
    return _change(r)


def pending_change(ledger: Ledger, partner_id: int) -> BankChange | None:
    r = ledger.query_one(
        _CHANGE + " WHERE c.partner_id = ? AND c.status = 'pending'", (partner_id,)
    )
    return _change(r) if r else None


def list_changes(ledger: Ledger, status: str | None = None, partner_id: int | None = None):  # noqa: ANN201
    where = Where().equal("c.status", status).equal("c.partner_id", partner_id)
    return [
        _change(r)
        for r in ledger.query(_CHANGE + where.sql + " ORDER BY c.id DESC", tuple(where.params))
    ]


def decide_change(
    ledger: Ledger, change_id: int, status: str, user: str, now: str, comment: str
) -> None:
    ledger.execute(
        "UPDATE bank_changes SET status = ?, decided_by = ?, decided_at = ?, comment = ?"
        " WHERE id = ?",
        (status, user, now, comment, change_id),
    )


# --- batches --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Batch:
    id: int
    number: str
    status: str
    note: str
    created_by: str
    created_at: str
    released_by: str | None
    released_at: str | None
    cancelled_by: str | None
    cancelled_at: str | None
    closed_at: str | None
    export_count: int
    count: int = 0  # live lines (pending or paid)
    total: int = 0
    paid: int = 0  # amount paid
    failed: int = 0  # lines failed
    pending: int = 0  # lines pending


_BATCH = (
    "SELECT b.id, b.number, b.status, b.note, b.created_by, b.created_at, b.released_by,"
    " b.released_at, b.cancelled_by, b.cancelled_at, b.closed_at, b.export_count,"
    " (SELECT count(*) FROM payment_lines l WHERE l.batch_id = b.id"
    "   AND l.status <> 'dropped') AS n,"
    " (SELECT coalesce(sum(l.amount), 0) FROM payment_lines l WHERE l.batch_id = b.id"
    "   AND l.status <> 'dropped') AS total,"
    " (SELECT coalesce(sum(l.amount), 0) FROM payment_lines l WHERE l.batch_id = b.id"
    "   AND l.status = 'paid') AS paid,"
    " (SELECT count(*) FROM payment_lines l WHERE l.batch_id = b.id"
    "   AND l.status = 'failed') AS failed,"
    " (SELECT count(*) FROM payment_lines l WHERE l.batch_id = b.id"
    "   AND l.status = 'pending') AS pending"
    " FROM payment_batches b"
)


def _batch(r) -> Batch:  # noqa: ANN001
    return Batch(
        r["id"], r["number"], r["status"], r["note"], r["created_by"], r["created_at"],
        r["released_by"], r["released_at"], r["cancelled_by"], r["cancelled_at"],
        r["closed_at"], r["export_count"], int(r["n"]), int(r["total"]), int(r["paid"]),
        int(r["failed"]), int(r["pending"]),
    )  # fmt: skip


def next_seq(ledger: Ledger, year: int) -> int:
    r = ledger.query_one(
        "SELECT coalesce(max(seq), 0) + 1 FROM payment_batches WHERE year = ?", (year,)
    )
    return int(r[0])


def insert_batch(
    ledger: Ledger, number: str, year: int, seq: int, note: str, user: str, now: str
) -> int:
    cur = ledger.execute(
        "INSERT INTO payment_batches (number, year, seq, status, note, created_by, created_at)"
        " VALUES (?, ?, ?, 'draft', ?, ?, ?) RETURNING id",
        (number, year, seq, note, user, now),
    )
    return int(cur.fetchone()[0])


def get_batch(ledger: Ledger, key: int | str) -> Batch:
    if isinstance(key, int) or str(key).isdigit():
        r = ledger.query_one(_BATCH + " WHERE b.id = ?", (int(key),))
    else:
        r = ledger.query_one(_BATCH + " WHERE b.number = ?", (str(key).strip().upper(),))
    if r is None:
        raise NotFound("batch.not_found", id=str(key))
    return _batch(r)


def list_batches(ledger: Ledger, status: str | None = None) -> list[Batch]:
    where = Where().equal("b.status", status)
    return [
        _batch(r)
        for r in ledger.query(_BATCH + where.sql + " ORDER BY b.id DESC", tuple(where.params))
    ]


def set_batch_status(ledger: Ledger, batch_id: int, status: str, user: str, now: str) -> None:
    column = {"released": "released", "cancelled": "cancelled"}.get(status)
    if column is None:  # closed
        ledger.execute(
            "UPDATE payment_batches SET status = ?, closed_at = ? WHERE id = ?",
            (status, now, batch_id),
        )
        return
    ledger.execute(
        f"UPDATE payment_batches SET status = ?, {column}_by = ?, {column}_at = ? WHERE id = ?",
        (status, user, now, batch_id),
    )


def count_export(ledger: Ledger, batch_id: int) -> int:
    ledger.execute(
        "UPDATE payment_batches SET export_count = export_count + 1 WHERE id = ?", (batch_id,)
    )
    return int(
        ledger.query_one("SELECT export_count FROM payment_batches WHERE id = ?", (batch_id,))[0]
    )


# --- lines ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Line:
    id: int
    batch_id: int
    batch: str
    subsidy_id: int
    n: int
    reference: str
    amount: int
    status: str
    partner_id: int
    partner: str
    store_code: str
    store_name: str
    region: str
    policy: str
    approved_at: str | None
    details: BankDetails | None  # fixed at release; None while the batch is a draft
    since: str | None
    bank_reference: str | None
    value_date: str | None
    failure_reason: str | None
    result_by: str | None
    result_at: str | None
    subsidy_status: str = ""


_LINE = (
    "SELECT l.id, l.batch_id, b.number AS batch, l.subsidy_id, l.n, l.reference, l.amount,"
    " l.status, l.partner_id, p.name AS partner, s.code AS store_code, s.name AS store_name,"
    " s.region, x.policy_code, x.decided_at, l.bank, l.branch, l.cnaps, l.account,"
    " l.account_name, l.bank_since, l.bank_reference, l.value_date, l.failure_reason,"
    " l.result_by, l.result_at, x.status AS subsidy_status"
    " FROM payment_lines l JOIN payment_batches b ON b.id = l.batch_id"
    " JOIN subsidies x ON x.id = l.subsidy_id JOIN stores s ON s.id = x.store_id"
    " JOIN partners p ON p.id = l.partner_id"
)


def _line(r) -> Line:  # noqa: ANN001
    details = None if r["account"] is None else _details(r)
    return Line(
        r["id"], r["batch_id"], r["batch"], r["subsidy_id"], r["n"], r["reference"],
        r["amount"], r["status"], r["partner_id"], r["partner"], r["store_code"],
        r["store_name"], r["region"], r["policy_code"], r["decided_at"], details,
        r["bank_since"], r["bank_reference"], r["value_date"], r["failure_reason"],
        r["result_by"], r["result_at"], r["subsidy_status"],
    )  # fmt: skip


def lines_of(ledger: Ledger, batch_id: int, *, live_only: bool = False) -> list[Line]:
    extra = " AND l.status <> 'dropped'" if live_only else ""
    return [
        _line(r)
        for r in ledger.query(
            _LINE + " WHERE l.batch_id = ?" + extra + " ORDER BY l.n", (batch_id,)
        )
    ]


def live_line_for(ledger: Ledger, subsidy_id: int) -> Line | None:
    r = ledger.query_one(_LINE + f" WHERE l.subsidy_id = ? AND l.status IN {LIVE}", (subsidy_id,))
    return _line(r) if r else None


def next_n(ledger: Ledger, batch_id: int) -> int:
    r = ledger.query_one(
        "SELECT coalesce(max(n), 0) + 1 FROM payment_lines WHERE batch_id = ?", (batch_id,)
    )
    return int(r[0])


def insert_lines(ledger: Ledger, rows: Sequence[tuple[int, int, int, str, int, int]]) -> None:
    """New pending lines (batch id, subsidy id, n, reference, amount, partner id), in one go
    (a server ledger: pipelined, not a round trip each)."""
    ledger.conn.executemany(
        "INSERT INTO payment_lines (batch_id, subsidy_id, n, reference, amount, partner_id,"
        " status) VALUES (?, ?, ?, ?, ?, ?, 'pending')",
        list(rows),
    )


def fix_payees(ledger: Ledger, rows: Sequence[tuple[int, BankDetails, str | None]]) -> None:
    """Each line's payee details as released: (line id, details, in effect since)."""
    ledger.conn.executemany(
        "UPDATE payment_lines SET bank = ?, branch = ?, cnaps = ?, account = ?,"
        " account_name = ?, bank_since = ? WHERE id = ?",
        [(d.bank, d.branch, d.cnaps, d.account, d.account_name, since, lid)
         for lid, d, since in rows],
    )  # fmt: skip


def drop_lines(ledger: Ledger, batch_id: int, line_ids: Sequence[int] | None = None) -> int:
    if line_ids is None:
        cur = ledger.execute(
            "UPDATE payment_lines SET status = 'dropped' WHERE batch_id = ? AND status = 'pending'",
            (batch_id,),
        )
        return cur.rowcount
    done = 0
    for lid in line_ids:
        cur = ledger.execute(
            "UPDATE payment_lines SET status = 'dropped' WHERE id = ? AND batch_id = ?"
            " AND status = 'pending'",
            (lid, batch_id),
        )
        done += cur.rowcount
    return done


def lines_by_ids(ledger: Ledger, ids: Sequence[int]) -> dict[int, Line]:
    out: dict[int, Line] = {}
    for marks, chunk in id_chunks(ids):
        for r in ledger.query(_LINE + f" WHERE l.id IN {marks}", chunk):
            line = _line(r)
            out[line.id] = line
    return out


def settle_lines(ledger: Ledger, rows: Sequence[tuple]) -> None:
    """(status, bank reference, value date, reason, user, now, line id) for many lines."""
    ledger.conn.executemany(
        "UPDATE payment_lines SET status = ?, bank_reference = ?, value_date = ?,"
        " failure_reason = ?, result_by = ?, result_at = ? WHERE id = ?",
        list(rows),
    )


def mark_subsidies_paid(ledger: Ledger, rows: Sequence[tuple[str, str, str, int]]) -> None:
    """(paid by, paid at, payment reference, subsidy id) for many subsidies."""
    ledger.conn.executemany(
        "UPDATE subsidies SET status = 'paid', paid_by = ?, paid_at = ?, payment_reference = ?"
        " WHERE id = ? AND status = 'approved'",
        list(rows),
    )


def line_states(ledger: Ledger) -> list[LineState]:
    """Every line that may answer a result row (dropped ones too: a row for them is a
    problem to show, not an unknown reference)."""
    return [
        LineState(
            r[0],
            r[1],
            "".join(c for c in (r[2] or "") if c.isdigit()),
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
        )  # fmt: skip
        for r in ledger.query(
            "SELECT l.id, l.reference, l.account, l.amount, l.status, b.status,"
            " l.bank_reference, l.failure_reason FROM payment_lines l"
            " JOIN payment_batches b ON b.id = l.batch_id"
        )
    ]


# --- what may be gathered ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Payable:
    subsidy_id: int
    amount: int
    partner_id: int
    store_code: str
    region: str
    policy: str
    approved_at: str


def payable(
    ledger: Ledger,
    *,
    policy_code: str | None = None,
    region: str | None = None,
    approved_from: str | None = None,
    approved_to: str | None = None,
    ids: Sequence[int] | None = None,
) -> list[Payable]:
    """Approved subsidies in no live line, oldest approval first."""
    where = Where("x.status = 'approved'")
    where.add(f"NOT EXISTS (SELECT 1 FROM payment_lines l WHERE l.subsidy_id = x.id"
              f" AND l.status IN {LIVE})")  # fmt: skip
    where.equal("x.policy_code", policy_code).equal("s.region", region)
    if approved_from:
        where.add("substr(x.decided_at, 1, 10) >= ?", approved_from)
    if approved_to:
        where.add("substr(x.decided_at, 1, 10) <= ?", approved_to)
    if ids is not None:
        if not ids:
            return []
        where.add(f"x.id IN ({','.join('?' * len(ids))})", *ids)
    return [
        Payable(r[0], r[1], r[2], r[3], r[4], r[5], r[6])
        for r in ledger.query(
            "SELECT x.id, x.amount, s.partner_id, s.code, s.region, x.policy_code, x.decided_at"
            " FROM subsidies x JOIN stores s ON s.id = x.store_id"
            + where.sql
            + " ORDER BY x.decided_at, x.id",
            tuple(where.params),
        )
    ]


def failures(ledger: Ledger) -> list[Line]:
    """Failed lines whose subsidy is still approved and in no live line: to act on (correct
    the payee's details and gather it again, or cancel the subsidy)."""
    return [
        _line(r)
        for r in ledger.query(
            _LINE + " WHERE l.status = 'failed' AND x.status = 'approved'"
            f" AND NOT EXISTS (SELECT 1 FROM payment_lines o WHERE o.subsidy_id = l.subsidy_id"
            f" AND o.status IN {LIVE})"
            " AND l.id = (SELECT max(f.id) FROM payment_lines f WHERE f.subsidy_id = l.subsidy_id"
            " AND f.status = 'failed') ORDER BY l.result_at DESC, l.id"
        )
    ]


# --- bank result files ----------------------------------------------------------------------


def record_result_file(
    ledger: Ledger, name: str, digest: str, rows: int, paid: int, failed: int, already: int,
    user: str, now: str,
) -> int:  # fmt: skip
    cur = ledger.execute(
        "INSERT INTO bank_results (file_name, digest, rows, paid, failed, already, imported_by,"
        " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (name, digest, rows, paid, failed, already, user, now),
    )
    return int(cur.fetchone()[0])


def result_file_seen(ledger: Ledger, digest: str):  # noqa: ANN201 - a row or None
    return ledger.query_one(
        "SELECT id, file_name, imported_by, imported_at FROM bank_results WHERE digest = ?"
        " ORDER BY id LIMIT 1",
        (digest,),
    )


def result_totals(ledger: Ledger) -> tuple[int, int]:
    """(paid, failed) over every result file read."""
    r = ledger.query_one(
        "SELECT coalesce(sum(paid), 0), coalesce(sum(failed), 0) FROM bank_results"
    )
    return int(r[0]), int(r[1])


# --- voucher exports ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VoucherExport:
    id: int
    period_from: str
    period_to: str
    format: str
    vouchers: int
    entries: int
    debit_total: int  # fen
    digest: str
    exported_by: str
    exported_at: str
    repeat_of: int | None


def _export(r) -> VoucherExport:  # noqa: ANN001
    return VoucherExport(*[r[i] for i in range(11)])


_EXPORT = (
    "SELECT id, period_from, period_to, format, vouchers, entries, debit_total, digest,"
    " exported_by, exported_at, repeat_of FROM voucher_exports"
)


def overlapping_exports(ledger: Ledger, first: str, last: str) -> list[VoucherExport]:
    return [
        _export(r)
        for r in ledger.query(
            _EXPORT + " WHERE period_from <= ? AND period_to >= ? AND repeat_of IS NULL"
            " ORDER BY id",
            (last, first),
        )
    ]


def insert_export(ledger: Ledger, e: VoucherExport) -> int:
    cur = ledger.execute(
        "INSERT INTO voucher_exports (period_from, period_to, format, vouchers, entries,"
        " debit_total, digest, exported_by, exported_at, repeat_of)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (
            e.period_from,
            e.period_to,
            e.format,
            e.vouchers,
            e.entries,
            e.debit_total,
            e.digest,
            e.exported_by,
            e.exported_at,
            e.repeat_of,
        ),  # fmt: skip
    )
    return int(cur.fetchone()[0])


def list_exports(ledger: Ledger) -> list[VoucherExport]:
    return [_export(r) for r in ledger.query(_EXPORT + " ORDER BY id DESC")]


# --- events for the books and the reports ---------------------------------------------------


def money_events(ledger: Ledger, first: str, last: str) -> list[tuple]:
    """The audit entries of money events dated `first`..`last` (ISO days): (id, at, action,
    entity_id, data), in order."""
    return [
        tuple(r)
        for r in ledger.query(
            "SELECT id, at, action, entity_id, data FROM audit_log"
            " WHERE action IN ('subsidy.approve', 'subsidy.cancel', 'subsidy.pay',"
            " 'closure.approve') AND substr(at, 1, 10) >= ? AND substr(at, 1, 10) <= ?"
            " ORDER BY id",
            (first, last),
        )
    ]


def subsidy_facts(ledger: Ledger, ids: Sequence[int]) -> dict[int, tuple]:
    """subsidy id -> (amount, store code, store name, partner, region, policy)."""
    out: dict[int, tuple] = {}
    for marks, chunk in id_chunks(ids):
        for r in ledger.query(
            "SELECT x.id, x.amount, s.code, s.name, p.name, s.region, x.policy_code"
            " FROM subsidies x JOIN stores s ON s.id = x.store_id"
            " JOIN partners p ON p.id = s.partner_id"
            f" WHERE x.id IN {marks}",
            chunk,
        ):
            out[int(r[0])] = tuple(r[1:])
    return out


def closure_facts(ledger: Ledger, ids: Sequence[int]) -> dict[int, tuple]:
    """closure id -> (estimated loss, store code, store name, partner, region)."""
    out: dict[int, tuple] = {}
    for marks, chunk in id_chunks(ids):
        for r in ledger.query(
            "SELECT c.id, c.estimated_loss, s.code, s.name, p.name, s.region"
            " FROM closures c JOIN stores s ON s.id = c.store_id"
            " JOIN partners p ON p.id = s.partner_id"
            f" WHERE c.id IN {marks}",
            chunk,
        ):
            out[int(r[0])] = tuple(r[1:])
    return out


def liabilities(ledger: Ledger) -> list[tuple[str, str, int]]:
    """Approved, unpaid subsidies: (region, approved at, amount)."""
    return [
        (r[0], r[1], int(r[2]))
        for r in ledger.query(
            "SELECT s.region, x.decided_at, x.amount FROM subsidies x"
            " JOIN stores s ON s.id = x.store_id WHERE x.status = 'approved'"
        )
    ]


def payments_by_month(ledger: Ledger) -> list[tuple[str, str, int, int]]:
    """(month, region, count, amount) of paid subsidies by the month they were paid."""
    return [
        (r[0], r[1], int(r[2]), int(r[3]))
        for r in ledger.query(
            "SELECT substr(x.paid_at, 1, 7) AS m, s.region, count(*), sum(x.amount)"
            " FROM subsidies x JOIN stores s ON s.id = x.store_id WHERE x.status = 'paid'"
            " GROUP BY m, s.region ORDER BY m, s.region"
        )
    ]


def reconciliation_rows(ledger: Ledger) -> dict[str, list[tuple]]:
    """The facts the reconciliation compares."""
    q = ledger.query
    return {
        "paid_subsidies": [tuple(r) for r in q(
            "SELECT x.id, x.amount, x.payment_reference, x.paid_at FROM subsidies x"
            " WHERE x.status = 'paid'")],
        "paid_lines": [tuple(r) for r in q(
            "SELECT l.subsidy_id, l.amount, l.reference, l.bank_reference, b.number,"
            " x.status, x.amount FROM payment_lines l"
            " JOIN payment_batches b ON b.id = l.batch_id JOIN subsidies x ON x.id = l.subsidy_id"
            " WHERE l.status = 'paid'")],
        "pending_lines": [tuple(r) for r in q(
            "SELECT l.subsidy_id, l.amount, l.reference, b.number, b.status, x.status"
            " FROM payment_lines l JOIN payment_batches b ON b.id = l.batch_id"
            " JOIN subsidies x ON x.id = l.subsidy_id WHERE l.status = 'pending'")],
    }  # fmt: skip
