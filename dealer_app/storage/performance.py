"""Monthly performance rows: bulk upsert and the aggregates the rules need."""

from __future__ import annotations

from collections.abc import Iterable

from dealer_app.storage.db import Ledger


def upsert_rows(ledger: Ledger, rows: Iterable[tuple[int, str, int, int, int, int]]) -> int:
    """(store_id, month, vehicles, revenue, operating_cost, net_profit); a month already recorded
    for a store is replaced. One executemany on the wrapped connection (bulk path); on a server
    ledger, COPY."""
    if ledger.is_server:
        return ledger.bulk_insert(
            "performance",
            ("store_id", "month", "vehicles_delivered", "revenue", "operating_cost", "net_profit"),
            rows,
            "ON CONFLICT (store_id, month) DO UPDATE SET"
            " vehicles_delivered = excluded.vehicles_delivered, revenue = excluded.revenue,"
            " operating_cost = excluded.operating_cost, net_profit = excluded.net_profit",
        )
    cur = ledger.conn.executemany(
        "INSERT INTO performance (store_id, month, vehicles_delivered, revenue, operating_cost,"
        " net_profit) VALUES (?,?,?,?,?,?) ON CONFLICT (store_id, month) DO UPDATE SET"
        " vehicles_delivered = excluded.vehicles_delivered, revenue = excluded.revenue,"
        " operating_cost = excluded.operating_cost, net_profit = excluded.net_profit",
        rows,
    )
    return cur.rowcount


def row_count(ledger: Ledger) -> int:
    return ledger.conn.execute("SELECT count(*) FROM performance").fetchone()[0]


def newest_month(ledger: Ledger) -> str | None:
    """The newest month ("YYYY-MM") of performance on file (that the reader may see)."""
    row = ledger.query_one("SELECT max(month) FROM performance")
    return row[0] if row and row[0] else None


#: The sums over each store's last N recorded months. The N-th latest month is found through
#: the primary key (store_id, month) per store, so only N rows per store are read; a
#: row_number() window over the whole table read and numbered every row (10x slower at 2M rows).
_LAST_MONTHS_SUMS = (
    "SELECT s.code, s.store_type, s.status, s.established_on, count(*) n,"
    " sum(p.vehicles_delivered) v, sum(p.revenue) r, sum(p.net_profit) np, s.region, s.name, s.id"
    " FROM stores s JOIN performance p ON p.store_id = s.id"
    " WHERE s.status = 'open' AND s.established_on IS NOT NULL AND s.established_on < :cutoff"
    "{region} AND p.month >= coalesce((SELECT q.month FROM performance q WHERE q.store_id = s.id"
    " ORDER BY q.month DESC LIMIT 1 OFFSET :months - 1), '')"
    " GROUP BY s.id {having} ORDER BY s.code"
)


def _region_filter(regions: frozenset[str] | None, params: dict) -> str:
    if regions is None:
        return ""
    if not regions:
        return " AND 0"
    names = []
    for i, region in enumerate(sorted(regions)):
        params[f"region{i}"] = region
        names.append(f":region{i}")
    return f" AND s.region IN ({','.join(names)})"


def closure_aggregates(
    ledger: Ledger, months: int, cutoff_iso: str, regions: frozenset[str] | None
) -> list[tuple]:
    """For open stores established before `cutoff_iso`: the sums over their last `months`
    recorded months.

    Rows: (code, store_type, status, established_on, months, vehicles_sum, revenue_sum,
    net_profit_sum, region, name, id).
    """
    params: dict = {"cutoff": cutoff_iso, "months": months}
    region = _region_filter(regions, params)
    sql = _LAST_MONTHS_SUMS.format(region=region, having="")
    return ledger.conn.execute(sql, params).fetchall()


def closure_candidate_aggregates(
    ledger: Ledger,
    months: int,
    cutoff_iso: str,
    regions: frozenset[str] | None,
    min_avg_vehicles: float,
    min_avg_revenue_retail: int,
) -> list[tuple]:
    """`closure_aggregates` narrowed in SQL to the rows that can be candidates: a loss over the
    months, and below the vehicles threshold (or, for retail stores, the revenue threshold).

    A superset, never fewer: the vehicles test allows one vehicle of slack for the float
    threshold, so the exact rule (domain.closures.judge_closure) still decides every row.
    """
    params: dict = {
        "cutoff": cutoff_iso,
        "months": months,
        "vehicles": float(min_avg_vehicles),
        "revenue": int(min_avg_revenue_retail),
    }
    region = _region_filter(regions, params)
    having = (
        "HAVING sum(p.net_profit) < 0 AND CASE WHEN s.store_type = 'retail_store'"
        " THEN sum(p.revenue) < :revenue * count(*)"
        " ELSE sum(p.vehicles_delivered) < :vehicles * count(*) + 1 END"
    )
    sql = _LAST_MONTHS_SUMS.format(region=region, having=having)
    return ledger.conn.execute(sql, params).fetchall()


def partner_vehicles_by_year(ledger: Ledger, years: Iterable[int]) -> dict[int, dict[int, int]]:
    """partner_id -> {year: vehicles delivered by all its stores}."""
    ys = sorted(set(years))
    if not ys:
        return {}
    out: dict[int, dict[int, int]] = {}
    sql = (
        # a partner's deliveries in every region count, also for a manager who reads one
        "SELECT partner_id, y, total FROM dd_partner_vehicles(?, ?)"
        if ledger.is_server
        else "SELECT s.partner_id, CAST(substr(p.month, 1, 4) AS INTEGER) y,"
        " sum(p.vehicles_delivered) FROM performance p JOIN stores s ON s.id = p.store_id"
        " WHERE p.month >= ? AND p.month < ? GROUP BY s.partner_id, y"
    )
    for pid, year, total in ledger.conn.execute(sql, (f"{ys[0]:04d}-01", f"{ys[-1] + 1:04d}-01")):
        out.setdefault(pid, {})[year] = total
    return out


def vehicles_in_period(ledger: Ledger, first_month: str, last_month: str) -> dict[int, int]:
    """store_id -> vehicles delivered in the months first_month..last_month (YYYY-MM, inclusive)."""
    return dict(
        ledger.conn.execute(
            "SELECT store_id, sum(vehicles_delivered) FROM performance"
            " WHERE month >= ? AND month <= ? GROUP BY store_id",
            (first_month, last_month),
        ).fetchall()
    )


def store_history(ledger: Ledger, store_id: int) -> list[tuple]:
    return ledger.conn.execute(
        "SELECT month, vehicles_delivered, revenue, operating_cost, net_profit FROM performance"
        " WHERE store_id = ? ORDER BY month",
        (store_id,),
    ).fetchall()
