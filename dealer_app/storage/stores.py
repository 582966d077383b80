"""Stores and the partners behind them: rows <-> domain dataclasses, filters, bulk upserts."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence

from dealer_app.domain.errors import InvalidInput, NotFound
from dealer_app.domain.models import (
    Partner,
    Region,
    Store,
    StoreFilter,
    StoreRow,
    StoreStatus,
    StoreType,
)
from dealer_app.storage.db import Ledger, Where

STORE_COLUMNS = (
    "s.id, s.code, s.name, p.name AS partner_name, s.region, s.province, s.city, s.store_type,"
    " s.established_on, s.status, s.address, p.credit_code, p.bank, p.account, s.closed_on,"
    " s.partner_id, p.address AS partner_address, s.row_version"
)
STORE_FROM = "stores s JOIN partners p ON p.id = s.partner_id"

#: Sort keys the UI may ask for, mapped to SQL (never user text in SQL).
SORT_COLUMNS = {
    "code": "s.code",
    "name": "s.name",
    "partner": "p.name",
    "region": "s.region",
    "province": "s.province",
    "city": "s.city",
    "store_type": "s.store_type",
    "established_on": "s.established_on",
    "status": "s.status",
}


#: The longest search text: longer is no search a person types (SQLite refuses LIKE patterns
#: past 50,000 bytes), said plainly.
MAX_SEARCH = 200


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def row_to_store(r: sqlite3.Row) -> Store:
    return Store(
        code=r["code"],
        name=r["name"],
        partner_name=r["partner_name"],
        region=r["region"],
        province=r["province"],
        city=r["city"],
        store_type=StoreType(r["store_type"]),
        established_on=_date(r["established_on"]),
        status=StoreStatus(r["status"]),
        address=r["address"],
        partner_credit_code=r["credit_code"],
        partner_bank=r["bank"],
        partner_account=r["account"],
        closed_on=_date(r["closed_on"]),
        partner_id=r["partner_id"],
        id=r["id"],
        partner_address=r["partner_address"],
        row_version=r["row_version"],
    )


# -- regions ------------------------------------------------------------------------------------
def regions(ledger: Ledger) -> list[Region]:
    return [
        Region(r["code"], r["name_zh"], r["name_en"])
        for r in ledger.query("SELECT code, name_zh, name_en FROM regions ORDER BY rowid")
    ]


def insert_regions(ledger: Ledger, items: Iterable[Region]) -> None:
    ledger.conn.executemany(
        "INSERT INTO regions (code, name_zh, name_en) VALUES (?, ?, ?)",
        [(r.code, r.name_zh, r.name_en) for r in items],
    )


# -- reads --------------------------------------------------------------------------------------
def _where(f: StoreFilter) -> tuple[str, list]:
    where = (
        Where()
        .regions(f.regions)
        .equal("s.region", f.region)
        .equal("s.store_type", f.store_type)
        .equal("s.status", f.status)
    )
    text = f.search.strip()
    if len(text) > MAX_SEARCH:
        raise InvalidInput("search.too_long", most=MAX_SEARCH)
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.add(
            "(s.code LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\'"
            " OR s.city LIKE ? ESCAPE '\\' OR s.province LIKE ? ESCAPE '\\')",
            *[like] * 5,
        )
    return where.sql.lstrip(), where.params


def _ordered(ledger: Ledger, f: StoreFilter, sort: str, descending: bool) -> tuple[str, str, list]:
    """(WHERE …, ORDER BY … of the matching stores in display order, the parameters)."""
    where, params = _where(f)
    order = SORT_COLUMNS.get(sort, "s.code")
    direction = "DESC" if descending else "ASC"
    if ledger.is_server:  # NULLs first going up, as SQLite sorts them (PostgreSQL: last)
        direction += " NULLS LAST" if descending else " NULLS FIRST"
    return where, f"ORDER BY {order} {direction}, s.code {direction}", params


def _source(f: StoreFilter, sort: str) -> str:
    """The tables the matching stores' ids come from (partners only when needed)."""
    return STORE_FROM if sort == "partner" or f.search.strip() else "stores s"


def store_ids(
    ledger: Ledger, f: StoreFilter, sort: str = "code", descending: bool = False
) -> list[int]:
    """The ids of matching stores in display order: what a big table model keeps in memory."""
    where, order, params = _ordered(ledger, f, sort, descending)
    sql = f"SELECT s.id FROM {_source(f, sort)} {where} {order}"
    return [r[0] for r in ledger.conn.execute(sql, params)]


#: A store's display tuple (see `store_rows`), after its id.
ROW_COLUMNS = (
    "s.id, s.code, s.name, p.name, s.region, s.province, s.city, s.store_type,"
    " s.established_on, s.status, s.address, p.credit_code"
)


def store_page(
    ledger: Ledger,
    f: StoreFilter,
    sort: str,
    descending: bool,
    first: int,
    total_of: StoreFilter | None = None,
) -> tuple[list[int], dict[int, tuple], int | None]:
    """What a stores table shows first: the ids in display order, the display tuples of the
    first `first` of them, and the number of stores `total_of` matches (None when not asked).
    A server ledger answers in one round trip (the statements pipelined): a search scans once,
    numbering the matches and joining the first page's rows; without one, the ids and the
    first page are two index-ordered reads."""
    total_sql = None
    if total_of is not None:
        total_where, total_params = _where(total_of)
        total_sql = (f"SELECT count(*) FROM stores s {total_where}", tuple(total_params))
    if not ledger.is_server:  # no network: the ids, then the first page by id (as before)
        ids = store_ids(ledger, f, sort, descending)
        rows = store_rows(ledger, ids[:first])
        total = int(ledger.query_one(*total_sql)[0]) if total_sql is not None else None
        return ids, rows, total
    where, order, params = _ordered(ledger, f, sort, descending)
    searched = bool(f.search.strip())
    if searched:
        # a search scans the stores once: number the matches and join the first page's rows
        statements = [
            (
                f"WITH m AS (SELECT s.id, row_number() OVER ({order}) AS rn"
                f" FROM {_source(f, sort)} {where}) SELECT m.id, r.* FROM m LEFT JOIN LATERAL"
                f" (SELECT {ROW_COLUMNS} FROM {STORE_FROM} WHERE s.id = m.id AND m.rn <= ?) r"
                " ON true ORDER BY m.rn",
                (*params, first),
            )
        ]
    else:
        # no search: two index-ordered reads, sent together
        statements = [
            (f"SELECT s.id FROM {_source(f, sort)} {where} {order}", tuple(params)),
            (f"SELECT {ROW_COLUMNS} FROM {STORE_FROM} {where} {order} LIMIT ?", (*params, first)),
        ]
    if total_sql is not None:
        statements.append(total_sql)
    results = ledger.query_many(statements)
    ids = [r[0] for r in results[0]]
    if searched:  # (id, then the joined row: its own id, NULL past the first page, and tuple)
        rows = {r[0]: tuple(r[2:]) for r in results[0] if r[1] is not None}
    else:
        rows = {r[0]: tuple(r[1:]) for r in results[1]}
    total = int(results[-1][0][0]) if total_sql is not None else None
    return ids, rows, total


def store_rows(ledger: Ledger, ids: Sequence[int]) -> dict[int, tuple]:
    """Display tuples for the given ids (for lazy fetching in table models), keyed by id.

    Tuple: (code, name, partner_name, region, province, city, store_type, established_on,
    status, address, credit_code)
    """
    out: dict[int, tuple] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for r in ledger.conn.execute(
            f"SELECT {ROW_COLUMNS} FROM {STORE_FROM} WHERE s.id IN ({marks})", chunk
        ):
            out[r[0]] = tuple(r[1:])
    return out


def list_stores(ledger: Ledger, f: StoreFilter | None = None) -> list[Store]:
    where, params = _where(f or StoreFilter())
    return [
        row_to_store(r)
        for r in ledger.query(
            f"SELECT {STORE_COLUMNS} FROM {STORE_FROM} {where} ORDER BY s.code", tuple(params)
        )
    ]


def eligibility_rows(ledger: Ledger, regions: frozenset[str] | None) -> list[StoreRow]:
    """Every store the regions hold, sorted by code (no sqlite3.Row per store: this reads every
    store of the ledger)."""
    where, params = _where(StoreFilter(regions=regions))
    cur = ledger.conn.cursor()
    cur.row_factory = None
    rows = cur.execute(
        "SELECT s.code, s.store_type, s.status, s.established_on, s.region, s.partner_id, s.id,"
        f" s.name FROM stores s {where} ORDER BY s.code",
        params,
    ).fetchall()
    return list(map(StoreRow._make, rows))


def eligibility_row(store: Store) -> StoreRow:
    """`store` as `eligibility_rows` gives it."""
    assert store.id is not None and store.partner_id is not None
    return StoreRow(
        store.code,
        store.store_type.value,
        store.status.value,
        store.established_on.isoformat() if store.established_on else None,
        store.region,
        store.partner_id,
        store.id,
        store.name,
    )


def get_store(ledger: Ledger, code: str) -> Store:
    r = ledger.query_one(
        f"SELECT {STORE_COLUMNS} FROM {STORE_FROM} WHERE s.code = ?", (code.strip().upper(),)
    )
    if r is None:
        raise NotFound("store.not_found", store=code)
    return row_to_store(r)


def partner_address(ledger: Ledger, partner_id: int) -> str:
    r = ledger.query_one("SELECT address FROM partners WHERE id = ?", (partner_id,))
    return r[0] if r else ""


def get_partner(ledger: Ledger, partner_id: int) -> Partner:
    r = ledger.query_one(
        "SELECT id, name, credit_code, address, bank, account FROM partners WHERE id = ?",
        (partner_id,),
    )
    if r is None:
        raise NotFound("partner.not_found", id=partner_id)
    return Partner(r["name"], r["credit_code"], r["address"], r["bank"], r["account"], r["id"])


def existing_codes(ledger: Ledger) -> dict[str, tuple[int, str]]:
    """code -> (id, region) for every store."""
    source = "dd_store_codes()" if ledger.is_server else "stores"  # every region's codes
    return {
        r[0]: (r[1], r[2]) for r in ledger.conn.execute(f"SELECT code, id, region FROM {source}")
    }


# -- writes -------------------------------------------------------------------------------------
def _partner_key(name: str, credit_code: str | None) -> tuple[str, str]:
    return ("code", credit_code) if credit_code else ("name", name)


def partner_index(ledger: Ledger) -> dict[tuple[str, str], int]:
    """Keys by which an imported partner is recognised: credit code first, else name."""
    index: dict[tuple[str, str], int] = {}
    for r in ledger.conn.execute("SELECT id, name, credit_code FROM partners"):
        if r[2]:
            index[("code", r[2])] = r[0]
        index.setdefault(("name", r[1]), r[0])
    return index


def find_partner(
    ledger: Ledger,
    name: str,
    credit_code: str | None,
    index: dict[tuple[str, str], int] | None = None,
    pending: NewPartners | None = None,
) -> int | None:
    """The partner a store names: by credit code, else by name (a partner of that name with
    another credit code is another company). `pending`: partners of this import not written
    yet (a server ledger's batch)."""
    if index is None:
        index = partner_index(ledger)
    pid = index.get(_partner_key(name, credit_code))
    if pid is None and credit_code:
        pid = index.get(("name", name))
        if pid is not None:
            if pending is not None and pid in pending.codes:
                held = pending.codes[pid]
            else:
                row = ledger.query_one("SELECT credit_code FROM partners WHERE id = ?", (pid,))
                held = row[0] if row else None
            if held and held != credit_code:
                pid = None  # same name, different company
    return pid


class NewPartners:
    """An import's new partners on a server ledger, written in one go: their ids are taken from
    the sequence in one round trip (at most `upper_bound`; unused ones are gaps), each is
    matched exactly as if it had been inserted at once, and `flush` COPYs them all before the
    stores that name them."""

    def __init__(self, ledger: Ledger, upper_bound: int) -> None:
        self.ledger = ledger
        self.rows: dict[int, tuple] = {}
        self.codes: dict[int, str | None] = {}
        got = ledger.query(
            "SELECT nextval(pg_get_serial_sequence('partners', 'id')) FROM generate_series(1, ?)",
            (max(upper_bound, 1),),
        )
        self._ids = iter(int(r[0]) for r in got)

    def add(self, partner: Partner, index: dict[tuple[str, str], int]) -> int:
        pid = next(self._ids)
        self.rows[pid] = (
            pid, partner.name, partner.credit_code, partner.address, partner.bank, partner.account
        )  # fmt: skip
        self.codes[pid] = partner.credit_code
        if partner.credit_code:
            index[("code", partner.credit_code)] = pid
        index[("name", partner.name)] = pid
        return pid

    def get(self, pid: int) -> Partner | None:
        """A pending partner as the ledger will hold it (None: not one of this batch)."""
        row = self.rows.get(pid)
        return None if row is None else Partner(row[1], row[2], row[3], row[4], row[5], pid)

    def flush(self) -> None:
        if self.rows:
            self.ledger.bulk_insert(
                "partners",
                ("id", "name", "credit_code", "address", "bank", "account"),
                self.rows.values(),
            )
            self.rows = {}


def insert_partner(
    ledger: Ledger, partner: Partner, index: dict[tuple[str, str], int] | None = None
) -> int:
    cur = ledger.execute(
        "INSERT INTO partners (name, credit_code, address, bank, account) VALUES (?,?,?,?,?)"
        " RETURNING id",
        (partner.name, partner.credit_code, partner.address, partner.bank, partner.account),
    )
    pid = int(cur.fetchone()[0])
    if index is not None:
        if partner.credit_code:
            index[("code", partner.credit_code)] = pid
        index[("name", partner.name)] = pid
    return pid


def partner_id_by_key(ledger: Ledger, key: str) -> int | None:
    """The partner with this credit code, else the partner of the store with this code."""
    row = ledger.query_one(
        "SELECT id FROM partners WHERE credit_code = ? UNION ALL"
        " SELECT partner_id FROM stores WHERE code = ? LIMIT 1",
        (key.upper(), key),
    )
    return int(row[0]) if row else None


def partner_regions(ledger: Ledger, partner_id: int) -> set[str]:
    """The regions of the partner's stores (closed ones included: their letters stay)."""
    if ledger.is_server:  # every region's stores, also for a manager who reads one
        rows = ledger.query("SELECT r FROM dd_partner_regions(?) AS r", (partner_id,))
    else:
        rows = ledger.query(
            "SELECT DISTINCT region FROM stores WHERE partner_id = ?", (partner_id,)
        )
    return {r[0] for r in rows}


def set_partner_bank(ledger: Ledger, partner_id: int, bank: str, account: str) -> None:
    ledger.execute(
        "UPDATE partners SET bank = ?, account = ? WHERE id = ?", (bank, account, partner_id)
    )


def list_partners(ledger: Ledger, search: str = "", limit: int = 200) -> list[Partner]:
    if len(search.strip()) > MAX_SEARCH:
        raise InvalidInput("search.too_long", most=MAX_SEARCH)
    like = f"%{search.strip()}%"
    rows = ledger.query(
        "SELECT id, name, credit_code, address, bank, account FROM partners"
        " WHERE name LIKE ? OR coalesce(credit_code, '') LIKE ? ORDER BY name LIMIT ?",
        (like, like, limit),
    )
    return [Partner(r[1], r[2], r[3], r[4], r[5], r[0]) for r in rows]


def _store_params(s: Store, partner_id: int, now: str) -> tuple:
    return (
        s.name,
        partner_id,
        s.region,
        s.province,
        s.city,
        s.address,
        s.store_type.value,
        s.established_on.isoformat() if s.established_on else None,
        s.status.value,
        s.closed_on.isoformat() if s.closed_on else None,
        now,
        s.code,
    )


def insert_stores(ledger: Ledger, items: Sequence[tuple[Store, int]], now: str) -> None:
    """Bulk insert (store, partner_id) pairs: one executemany on the wrapped connection (a
    server ledger: COPY)."""
    if ledger.is_server:
        ledger.bulk_insert(
            "stores",
            ("name", "partner_id", "region", "province", "city", "address", "store_type",
             "established_on", "status", "closed_on", "updated_at", "code"),
            (_store_params(s, pid, now) for s, pid in items),
        )  # fmt: skip
        return
    ledger.conn.executemany(
        "INSERT INTO stores (name, partner_id, region, province, city, address, store_type,"
        " established_on, status, closed_on, updated_at, code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [_store_params(s, pid, now) for s, pid in items],
    )


def update_stores(ledger: Ledger, items: Sequence[tuple[Store, int]], now: str, by: str) -> None:
    ledger.conn.executemany(
        "UPDATE stores SET name = ?, partner_id = ?, region = ?, province = ?, city = ?,"
        " address = ?, store_type = ?, established_on = ?, status = ?, closed_on = ?,"
        " updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE code = ?",
        [(*_store_params(s, pid, now)[:-1], by, s.code) for s, pid in items],
    )


def store_stamp(ledger: Ledger, code: str) -> tuple[int, str | None, str]:
    """(row version, who changed the store last, when) of the store with `code`."""
    r = ledger.query_one(
        "SELECT row_version, updated_by, updated_at FROM stores WHERE code = ?", (code,)
    )
    if r is None:
        raise NotFound("store.not_found", store=code)
    return int(r[0]), r[1], r[2]


def store_as_dict(s: Store) -> dict:
    """The audit's before/after picture of a store."""
    return {
        "code": s.code,
        "name": s.name,
        "partner_name": s.partner_name,
        "partner_credit_code": s.partner_credit_code,
        "region": s.region,
        "province": s.province,
        "city": s.city,
        "address": s.address,
        "store_type": s.store_type.value,
        "established_on": s.established_on.isoformat() if s.established_on else None,
        "status": s.status.value,
        "closed_on": s.closed_on.isoformat() if s.closed_on else None,
    }


def set_status(
    ledger: Ledger,
    store_id: int,
    status: StoreStatus,
    now: str,
    by: str,
    closed_on: dt.date | None = None,
) -> None:
    ledger.execute(
        "UPDATE stores SET status = ?, closed_on = coalesce(?, closed_on), updated_at = ?,"
        " updated_by = ?, row_version = row_version + 1 WHERE id = ?",
        (status.value, closed_on.isoformat() if closed_on else None, now, by, store_id),
    )


# -- dashboard figures --------------------------------------------------------------------------
def counts_by_status(ledger: Ledger, regions: frozenset[str] | None) -> dict[str, int]:
    where, params = _where(StoreFilter(regions=regions))
    return dict(
        ledger.conn.execute(
            f"SELECT s.status, count(*) FROM stores s {where} GROUP BY s.status", params
        ).fetchall()
    )


def openings_by_month(ledger: Ledger, regions: frozenset[str] | None) -> list[tuple[str, int]]:
    where, params = _where(StoreFilter(regions=regions))
    cond = ("AND" if where else "WHERE") + " s.established_on IS NOT NULL"
    return [
        (r[0], r[1])
        for r in ledger.conn.execute(
            f"SELECT substr(s.established_on, 1, 7) m, count(*) FROM stores s {where} {cond}"
            " GROUP BY m ORDER BY m",
            params,
        )
    ]
