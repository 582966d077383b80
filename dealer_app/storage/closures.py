"""Closure proposals and their decisions."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from dealer_app.domain.errors import NotFound
from dealer_app.domain.models import Closure, ClosureStatus
from dealer_app.domain.workflow import CLOSURE
from dealer_app.storage.db import Ledger, Where, in_list

#: Status sets as SQL lists, from the workflow table: a closure still to decide; one that
#: closed its store.
LIVE = in_list(CLOSURE.statuses(live=True))
CLOSED_STORE = in_list([CLOSURE.transition("closure.approve").target])

SELECT = (
    "SELECT c.id, s.code AS store_code, c.status, c.proposed_by, c.proposed_at, c.estimated_loss,"
    " c.metrics, c.decided_by, c.decided_at, c.closed_on, c.comment, s.region, s.name AS store_name,"
    " c.store_id FROM closures c JOIN stores s ON s.id = c.store_id"
)


def _row(r: sqlite3.Row) -> Closure:
    return Closure(
        id=r["id"],
        store_code=r["store_code"],
        status=ClosureStatus(r["status"]),
        proposed_by=r["proposed_by"],
        proposed_at=r["proposed_at"],
        estimated_loss=r["estimated_loss"],
        metrics=json.loads(r["metrics"]),
        approved_by=r["decided_by"],
        decided_at=r["decided_at"],
        closed_on=dt.date.fromisoformat(r["closed_on"]) if r["closed_on"] else None,
        comment=r["comment"],
        region=r["region"],
        store_name=r["store_name"],
    )


def get(ledger: Ledger, closure_id: int) -> Closure:
    r = ledger.query_one(SELECT + " WHERE c.id = ?", (closure_id,))
    if r is None:
        raise NotFound("closure.not_found", id=closure_id)
    return _row(r)


def store_id_of(ledger: Ledger, closure_id: int) -> int:
    r = ledger.query_one("SELECT store_id FROM closures WHERE id = ?", (closure_id,))
    if r is None:
        raise NotFound("closure.not_found", id=closure_id)
    return r[0]


def list_where(
    ledger: Ledger, *, regions: frozenset[str] | None = None, status: str | None = None
) -> list[Closure]:
    where = Where().regions(regions).equal("c.status", status)
    return [
        _row(r) for r in ledger.query(SELECT + where.sql + " ORDER BY c.id", tuple(where.params))
    ]


def open_for_store(ledger: Ledger, store_id: int) -> Closure | None:
    r = ledger.query_one(SELECT + f" WHERE c.store_id = ? AND c.status IN {LIVE}", (store_id,))
    return _row(r) if r else None


def insert(
    ledger: Ledger,
    *,
    store_id: int,
    estimated_loss: int,
    metrics: dict,
    user: str,
    now: str,
    comment: str,
) -> int:
    cur = ledger.execute(
        "INSERT INTO closures (store_id, status, proposed_by, proposed_at, estimated_loss, metrics,"
        " comment) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (
            store_id,
            ClosureStatus.PROPOSED.value,
            user,
            now,
            estimated_loss,
            json.dumps(metrics, ensure_ascii=False, sort_keys=True),
            comment,
        ),
    )
    return int(cur.fetchone()[0])


def decide(
    ledger: Ledger,
    closure_id: int,
    status: ClosureStatus,
    user: str,
    now: str,
    comment: str,
    closed_on: dt.date | None,
) -> None:
    ledger.execute(
        "UPDATE closures SET status = ?, decided_by = ?, decided_at = ?, comment = ?,"
        " closed_on = ? WHERE id = ?",
        (
            status.value,
            user,
            now,
            comment,
            closed_on.isoformat() if closed_on else None,
            closure_id,
        ),
    )


def loss_booked(ledger: Ledger, regions: frozenset[str] | None) -> tuple[int, int]:
    """(count, total estimated loss) of approved closures."""
    where = Where(f"c.status IN {CLOSED_STORE}").regions(regions)
    r = ledger.query_one(
        "SELECT count(*), coalesce(sum(c.estimated_loss), 0) FROM closures c"
        " JOIN stores s ON s.id = c.store_id" + where.sql,
        tuple(where.params),
    )
    return (r[0], r[1])


def closures_by_month(ledger: Ledger, regions: frozenset[str] | None) -> list[tuple[str, int]]:
    where = Where(f"c.status IN {CLOSED_STORE}", "c.closed_on IS NOT NULL").regions(regions)
    return [
        (r[0], r[1])
        for r in ledger.query(
            "SELECT substr(c.closed_on, 1, 7) m, count(*) FROM closures c JOIN stores s"
            " ON s.id = c.store_id" + where.sql + " GROUP BY m ORDER BY m",
            tuple(where.params),
        )
    ]
