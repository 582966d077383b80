"""The bare baselines of the import cases, run as their own process like the CLI is:

    python bench/bare.py stores LEDGER FILE.csv
    python bench/bare.py performance LEDGER FILE.csv

Each reads the same CSV with the csv module and writes the same rows into the same tables of a
copy of the same ledger with raw sqlite3 `executemany` in one transaction. Nothing is checked,
nothing is audited: this is the floor the real import is compared with. Only the standard
library is imported, so the process starts as fast as Python can.
"""

from __future__ import annotations

import csv
import sqlite3
import sys

REGIONS = {
    "华北": "NORTH",
    "东北": "NORTHEAST",
    "华东": "EAST",
    "华中": "CENTRAL",
    "华南": "SOUTH",
    "西南": "SOUTHWEST",
    "西北": "NORTHWEST",
}
NOW = "2025-12-16T10:00:00+08:00"


def stores(conn: sqlite3.Connection, path: str) -> int:
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        rows = list(reader)
    partners: dict[str, tuple] = {}
    for r in rows:
        if r[3] not in partners:
            partners[r[3]] = (len(partners) + 1, r[2], r[3], r[13], r[11], r[12])
    pid = {code: p[0] for code, p in partners.items()}
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO partners (id, name, credit_code, address, bank, account) VALUES (?,?,?,?,?,?)",
        list(partners.values()),
    )
    conn.executemany(
        "INSERT INTO stores (code, name, partner_id, region, province, city, address, store_type,"
        " established_on, status, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                r[0],
                r[1],
                pid[r[3]],
                REGIONS.get(r[4], r[4]),
                r[5],
                r[6],
                r[7],
                r[8],
                r[9] or None,
                r[10],
                NOW,
            )
            for r in rows
        ],
    )
    conn.execute("COMMIT")
    return len(rows)


def performance(conn: sqlite3.Connection, path: str) -> int:
    ids = dict(conn.execute("SELECT code, id FROM stores"))
    conn.execute("BEGIN")
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        cur = conn.executemany(
            "INSERT INTO performance (store_id, month, vehicles_delivered, revenue,"
            " operating_cost, net_profit) VALUES (?,?,?,?,?,?)",
            ((ids[c], m, int(v), int(r), int(oc), int(np)) for c, m, v, r, oc, np in reader),
        )
    conn.execute("COMMIT")
    return cur.rowcount


def main() -> int:
    kind, ledger, path = sys.argv[1:4]
    conn = sqlite3.connect(ledger, isolation_level=None)
    n = (stores if kind == "stores" else performance)(conn, path)
    conn.close()
    print(n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
