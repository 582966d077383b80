"""Monthly performance rows: bulk upsert and the aggregates the rules need."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dealer_app.storage.db import Ledger


def upsert_rows(ledger: Ledger, rows: Iterable[tuple[int, str, int, int, int, int]]) -> int:
    """(store_id, month, vehicles, revenue, operating_cost, net_profit); a month already recorded
    for a store is replaced. One executemany on the wrapped connection (bulk path)."""
    cur = ledger.conn.executemany(
        "INSERT INTO performance (store_id, month, vehicles_delivered, revenue, operating_cost,"
        " net_profit) VALUES (?,?,?,?,?,?) ON CONFLICT (store_id, month) DO UPDATE SET"
        " vehicles_delivered = excluded.vehicles_delivered, revenue = excluded.revenue,"
        " operating_cost = excluded.operating_cost, net_profit = excluded.net_profit",
        rows,
    )
    return cur.rowcount


def existing_keys(ledger: Ledger, store_ids: Sequence[int] | None = None) -> set[tuple[int, str]]:
    if store_ids is None:
        return {
            (r[0], r[1]) for r in ledger.conn.execute("SELECT store_id, month FROM performance")
        }
    out: set[tuple[int, str]] = set()
    ids = list(store_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        out.update(
            (r[0], r[1])
            for r in ledger.conn.execute(
                f"SELECT store_id, month FROM performance WHERE store_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        )
    return out


def row_count(ledger: Ledger) -> int:
    return ledger.conn.execute("SELECT count(*) FROM performance").fetchone()[0]


def closure_aggregates(
    ledger: Ledger, months: int, cutoff_iso: str, regions: frozenset[str] | None
) -> list[tuple]:
    """For open stores established before `cutoff_iso`: the sums over their last `months`
    recorded months.

    Rows: (code, store_type, status, established_on, months, vehicles_sum, revenue_sum,
    net_profit_sum, region, name, id).
    """
    region_sql = ""
    params: list = [cutoff_iso]
    if regions is not None:
        region_sql = f" AND s.region IN ({','.join('?' * len(regions))})" if regions else " AND 0"
        params.extend(sorted(regions))
    params.append(months)
    return ledger.conn.execute(
        "WITH eligible AS (SELECT s.id FROM stores s WHERE s.status = 'open'"
        " AND s.established_on IS NOT NULL AND s.established_on < ?" + region_sql + "),"
        " ranked AS (SELECT p.store_id, p.vehicles_delivered, p.revenue, p.net_profit,"
        " row_number() OVER (PARTITION BY p.store_id ORDER BY p.month DESC) AS rn"
        " FROM performance p JOIN eligible e ON e.id = p.store_id),"
        " agg AS (SELECT store_id, count(*) n, sum(vehicles_delivered) v, sum(revenue) r,"
        " sum(net_profit) np FROM ranked WHERE rn <= ? GROUP BY store_id)"
        " SELECT s.code, s.store_type, s.status, s.established_on, agg.n, agg.v, agg.r, agg.np,"
        " s.region, s.name, s.id FROM agg JOIN stores s ON s.id = agg.store_id ORDER BY s.code",
        params,
    ).fetchall()


def partner_vehicles_by_year(ledger: Ledger, years: Iterable[int]) -> dict[int, dict[int, int]]:
    """partner_id -> {year: vehicles delivered by all its stores}."""
    ys = sorted(set(years))
    if not ys:
        return {}
    out: dict[int, dict[int, int]] = {}
    for pid, year, total in ledger.conn.execute(
        "SELECT s.partner_id, CAST(substr(p.month, 1, 4) AS INTEGER) y, sum(p.vehicles_delivered)"
        " FROM performance p JOIN stores s ON s.id = p.store_id"
        " WHERE p.month >= ? AND p.month < ? GROUP BY s.partner_id, y",
        (f"{ys[0]:04d}-01", f"{ys[-1] + 1:04d}-01"),
    ):
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
