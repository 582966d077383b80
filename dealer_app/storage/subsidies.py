"""Subsidies: one row per proposal, with the policy version and parameters that set its amount."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from dealer_app.domain.errors import NotFound
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Subsidy, SubsidyStatus
from dealer_app.domain.workflow import SUBSIDY
from dealer_app.storage.db import Ledger, Where, id_chunks, in_list

#: Status sets as SQL lists, from the workflow table.
LIVE = in_list(SUBSIDY.statuses(live=True))
COMMITTED = in_list(SUBSIDY.statuses(commits_budget=True))
OPEN = in_list(SUBSIDY.statuses(final=False))
UNPAID = in_list(SUBSIDY.statuses(commits_budget=True, final=False))

SELECT = (
    "SELECT x.id, s.code AS store_code, x.policy_code, x.policy_version, x.amount, x.tier,"
    " x.status, x.proposed_by, x.proposed_at, x.decided_by, x.decided_at, x.comment, x.paid_by,"
    " x.paid_at, x.payment_reference, s.region, s.name AS store_name, x.store_id, x.policy_id,"
    " (SELECT b.number FROM payment_lines l JOIN payment_batches b ON b.id = l.batch_id"
    "  WHERE l.subsidy_id = x.id AND l.status IN ('pending', 'paid')"  # payment_lines_one_live
    "  AND l.status = 'pending') AS batch"
    " FROM subsidies x JOIN stores s ON s.id = x.store_id"
)


def _row(r: sqlite3.Row) -> Subsidy:
    return Subsidy(
        id=r["id"],
        store_code=r["store_code"],
        policy_code=r["policy_code"],
        policy_version=r["policy_version"],
        amount=r["amount"],
        tier=r["tier"],
        status=SubsidyStatus(r["status"]),
        proposed_by=r["proposed_by"],
        proposed_at=r["proposed_at"],
        approved_by=r["decided_by"],
        decided_at=r["decided_at"],
        comment=r["comment"],
        paid_by=r["paid_by"],
        paid_at=r["paid_at"],
        payment_reference=r["payment_reference"],
        region=r["region"],
        store_name=r["store_name"],
        batch=r["batch"],
    )


def get(ledger: Ledger, subsidy_id: int) -> Subsidy:
    r = ledger.query_one(SELECT + " WHERE x.id = ?", (subsidy_id,))
    if r is None:
        raise NotFound("subsidy.not_found", id=subsidy_id)
    return _row(r)


def store_id_of(ledger: Ledger, subsidy_id: int) -> int:
    r = ledger.query_one("SELECT store_id FROM subsidies WHERE id = ?", (subsidy_id,))
    if r is None:
        raise NotFound("subsidy.not_found", id=subsidy_id)
    return r[0]


def policy_id_of(ledger: Ledger, subsidy_id: int) -> int:
    r = ledger.query_one("SELECT policy_id FROM subsidies WHERE id = ?", (subsidy_id,))
    if r is None:
        raise NotFound("subsidy.not_found", id=subsidy_id)
    return r[0]


def params_snapshot(ledger: Ledger, subsidy_id: int) -> dict:
    r = ledger.query_one("SELECT params_snapshot FROM subsidies WHERE id = ?", (subsidy_id,))
    return json.loads(r[0]) if r else {}


def list_where(
    ledger: Ledger,
    *,
    regions: frozenset[str] | None = None,
    status: str | None = None,
    policy_code: str | None = None,
    ids: Sequence[int] | None = None,
) -> list[Subsidy]:
    where = Where().regions(regions).equal("x.status", status).equal("x.policy_code", policy_code)
    if ids is not None:
        # Chunks stay far below SQLite's limit on bound parameters.
        out: list[Subsidy] = []
        for marks, chunk in id_chunks(ids):
            part = Where(*where.terms).add(f"x.id IN {marks}", *chunk)
            part.params[:0] = where.params
            out.extend(
                _row(r)
                for r in ledger.query(SELECT + part.sql + " ORDER BY x.id", tuple(part.params))
            )
        return out
    return [
        _row(r) for r in ledger.query(SELECT + where.sql + " ORDER BY x.id", tuple(where.params))
    ]


def live_for(ledger: Ledger, store_id: int, policy_code: str) -> Subsidy | None:
    r = ledger.query_one(
        SELECT + f" WHERE x.store_id = ? AND x.policy_code = ? AND x.status IN {LIVE}",
        (store_id, policy_code),
    )
    return _row(r) if r else None


def live_store_ids(ledger: Ledger, policy_code: str) -> dict[int, tuple[int, str]]:
    """store_id -> (subsidy id, status) of the live subsidy under `policy_code`."""
    return {
        r[0]: (r[1], r[2])
        for r in ledger.conn.execute(
            f"SELECT store_id, id, status FROM subsidies WHERE policy_code = ? AND status IN {LIVE}",
            (policy_code,),
        )
    }


def insert(
    ledger: Ledger,
    *,
    store_id: int,
    policy_id: int,
    policy_code: str,
    policy_version: int,
    params: dict,
    amount: int,
    tier: str | None,
    reason: Msg,
    user: str,
    now: str,
) -> int:
    cur = ledger.execute(
        "INSERT INTO subsidies (store_id, policy_id, policy_code, policy_version, params_snapshot,"
        " amount, tier, reason, status, proposed_by, proposed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
        " RETURNING id",
        (
            store_id,
            policy_id,
            policy_code,
            policy_version,
            json.dumps(params, ensure_ascii=False, sort_keys=True),
            amount,
            tier,
            json.dumps(reason.as_json(), ensure_ascii=False, sort_keys=True),
            SubsidyStatus.PROPOSED.value,
            user,
            now,
        ),
    )
    return int(cur.fetchone()[0])


def decide_in_one_trip(
    ledger: Ledger,
    action: str,
    subsidy_id: int,
    user: str,
    now: str,
    comment: str = "",
    reference: str = "",
) -> tuple[int, Subsidy] | None:
    """A server ledger's approve, reject or pay, its audit entry and the subsidy as it is then,
    in one round trip (dd_decide, storage/pg_schema.py): (the audit entry's number, the
    subsidy). None on a ledger file, and when the database refused: the ordinary way then
    decides, and says why."""
    if not ledger.is_server:
        return None
    results = ledger.write_in_one_trip(
        [
            (
                "SELECT dd_decide({}, {}, {}, {}, {}, {}) AS entry",
                (action, subsidy_id, user, now, comment, reference),
            ),
            (SELECT + " WHERE x.id = {}", (subsidy_id,)),
        ]
    )
    if results is None:
        return None
    return int(results[0][0]["entry"]), _row(results[1][0])


def decide(
    ledger: Ledger, subsidy_id: int, status: SubsidyStatus, user: str, now: str, comment: str
) -> None:
    ledger.execute(
        "UPDATE subsidies SET status = ?, decided_by = ?, decided_at = ?, comment = ? WHERE id = ?",
        (status.value, user, now, comment, subsidy_id),
    )


def mark_paid(ledger: Ledger, subsidy_id: int, user: str, now: str, reference: str) -> None:
    ledger.execute(
        "UPDATE subsidies SET status = 'paid', paid_by = ?, paid_at = ?, payment_reference = ?"
        " WHERE id = ?",
        (user, now, reference, subsidy_id),
    )


def cancel(ledger: Ledger, subsidy_id: int, user: str, now: str, comment: str) -> None:
    ledger.execute(
        "UPDATE subsidies SET status = 'cancelled', decided_by = ?, decided_at = ?, comment = ?"
        " WHERE id = ?",
        (user, now, comment, subsidy_id),
    )


def committed_total(ledger: Ledger, policy_code: str) -> int:
    """Approved + paid amount under a policy (all versions, every region): what counts against
    the budget."""
    totals = national_totals(ledger, policy_code)
    return sum(totals.get(status, 0) for status in SUBSIDY.statuses(commits_budget=True))


def totals_by_status(
    ledger: Ledger, policy_code: str | None, regions: frozenset[str] | None
) -> dict[str, tuple[int, int]]:
    """status -> (count, amount)."""
    where = Where().equal("x.policy_code", policy_code).regions(regions)
    sql = (
        "SELECT x.status, count(*), coalesce(sum(x.amount), 0) FROM subsidies x"
        " JOIN stores s ON s.id = x.store_id" + where.sql + " GROUP BY x.status"
    )
    return {r[0]: (r[1], r[2]) for r in ledger.query(sql, tuple(where.params))}


def national_totals(ledger: Ledger, policy_code: str) -> dict[str, int]:
    """status -> amount over every region (a server ledger: through dd_policy_totals, since a
    regional manager reads only their region's rows)."""
    if ledger.is_server:
        rows = ledger.query("SELECT status, amount FROM dd_policy_totals(?)", (policy_code,))
    else:
        rows = ledger.query(
            "SELECT status, coalesce(sum(amount), 0) FROM subsidies WHERE policy_code = ?"
            " GROUP BY status",
            (policy_code,),
        )
    return {r[0]: int(r[1]) for r in rows}


def region_committed(ledger: Ledger, policy_code: str, region: str) -> int:
    """Approved + paid amount under a policy in one region: what counts against its quota."""
    return dict(totals_by_region(ledger, policy_code, frozenset({region}))).get(region, 0)


def totals_by_region(
    ledger: Ledger, policy_code: str | None, regions: frozenset[str] | None
) -> list[tuple[str, int]]:
    """region -> approved + paid amount."""
    where = Where(f"x.status IN {COMMITTED}").equal("x.policy_code", policy_code).regions(regions)
    return [
        (r[0], r[1])
        for r in ledger.query(
            "SELECT s.region, sum(x.amount) FROM subsidies x JOIN stores s ON s.id = x.store_id"
            + where.sql
            + " GROUP BY s.region ORDER BY s.region",
            tuple(where.params),
        )
    ]


def open_for_store(ledger: Ledger, store_id: int) -> list[Subsidy]:
    return [
        _row(r)
        for r in ledger.query(SELECT + f" WHERE x.store_id = ? AND x.status IN {OPEN}", (store_id,))
    ]


def approved_unpaid_store_ids(ledger: Ledger) -> set[int]:
    return {
        r[0]
        for r in ledger.conn.execute(f"SELECT store_id FROM subsidies WHERE status IN {UNPAID}")
    }
