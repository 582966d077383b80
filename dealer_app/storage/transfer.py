"""Whole ledgers from one backend to the other, row for row: a server ledger's backup into a new
ledger file (self-contained: `restore`, `audit verify --against` and an auditor offline read
it), and a ledger file moved into an empty server ledger (`dealer-app migrate`).

Ids, texts and the audit log are copied exactly (the hash chain is computed alike on both
backends, so it verifies on both sides). Into a server: COPY, as the ledger's owner role (the
workflow's guards are for people; the audit chain trigger still checks every entry, in order).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from dealer_app.storage.db import Ledger

#: Every business table, parents first.
TABLES = (
    "regions",
    "partners",
    "stores",
    "performance",
    "policies",
    "policy_quotas",
    "subsidies",
    "closures",
    "letters",
    "bank_changes",
    "payment_batches",
    "payment_lines",
    "bank_results",
    "voucher_exports",
    "users",
    "settings",
    "audit_log",
)

#: The order rows are read in (ids, and the regions' own order).
ORDER = {
    "regions": "rowid",
    "performance": "store_id, month",
    "settings": "key",
    "policy_quotas": "policy_code, region",
}

Progress = Callable[[str, int], None]
CHUNK = 5000


def columns(ledger: Ledger, table: str) -> list[str]:
    if ledger.is_server:
        rows = ledger.query(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
            " AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
    else:
        rows = ledger.query(f"SELECT name FROM pragma_table_info('{table}')")
    return [r[0] for r in rows if r[0] != "rowid"]


def counts(ledger: Ledger) -> dict[str, int]:
    return {t: int(ledger.query_one(f"SELECT count(*) FROM {t}")[0]) for t in TABLES}


def _q(name: str) -> str:
    return '"' + name + '"'


def read_rows(ledger: Ledger, table: str, cols: list[str]) -> Iterator[tuple]:
    order = ORDER.get(table, "id")
    sql = f"SELECT {', '.join(map(_q, cols))} FROM {table} ORDER BY {order}"
    if ledger.is_server:  # a server-side cursor: a million rows are not held in memory
        with ledger.conn.raw.cursor(name=f"copy_{table}") as cur:
            cur.itersize = CHUNK
            cur.execute(sql)
            yield from cur
    else:
        cur = ledger.conn.cursor()
        cur.row_factory = None
        yield from cur.execute(sql)


def copy_all(source: Ledger, dest: Ledger, progress: Progress | None = None) -> None:
    """Every row of every table from `source` to the empty `dest`, inside the caller's
    transactions (source: one snapshot; dest: one transaction)."""
    for table in TABLES:
        cols = [c for c in columns(source, table) if c in set(columns(dest, table))]
        rows = read_rows(source, table, cols)
        n = _write(dest, table, cols, rows, table == "users")
        if progress is not None:
            progress(table, n)
    if dest.is_server:
        for table in TABLES:
            if "id" in columns(dest, table) and table != "audit_log":
                dest.query_one(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                    f" coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
                )


def _write(dest: Ledger, table: str, cols: list[str], rows: Iterator[tuple], users: bool) -> int:
    n = 0
    if users and dest.is_server:
        pos = cols.index("password_hash")
        rows = (r[:pos] + ("",) + r[pos + 1 :] for r in rows)  # the server keeps passwords
    if dest.is_server:
        names = ", ".join(map(_q, cols))
        with dest.conn.raw.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                n += 1
        return n
    marks = ", ".join("?" * len(cols))
    sql = f"INSERT INTO {table} ({', '.join(map(_q, cols))}) VALUES ({marks})"
    batch: list[Any] = []
    for row in rows:
        batch.append(tuple(row))
        if len(batch) >= CHUNK:
            dest.conn.executemany(sql, batch)
            n += len(batch)
            batch = []
    if batch:
        dest.conn.executemany(sql, batch)
        n += len(batch)
    return n


def write_copy(
    source: Ledger,
    dest: Path,
    publish: Callable[[Path, Path], None],
    then: Callable[[Ledger], None] | None = None,
) -> None:
    """A whole copy of `source` (one consistent snapshot) as a new ledger file at `dest`: written
    under a temporary name beside it, `then(copy)` run in the copy's transaction, and only a
    whole file put in place by `publish(tmp, dest)` (os.replace, or os.link never to replace);
    the temporary file and its side files are gone whatever happens."""
    import secrets

    from dealer_app.storage.db import open_ledger

    tmp = dest.with_name(f"{dest.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        copy = open_ledger(tmp, create=True)
        try:
            with source.snapshot(), copy.atomic():
                copy_all(source, copy)
                if then is not None:
                    then(copy)
        finally:
            copy.close()
        publish(tmp, dest)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
