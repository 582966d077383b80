"""The append-only, hash-chained audit log.

Each row's hash is sha256(previous hash | canonical JSON of the row's own fields, id included).
Editing, deleting, inserting or reordering a row breaks the chain from that row on; deleting rows
at the tail is caught by comparing with SQLite's AUTOINCREMENT counter. `append` must be called
inside the transaction of the change it records.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from dealer_app.domain.messages import Msg
from dealer_app.storage.db import Ledger

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def entry_hash(
    prev_hash: str,
    id_: int,
    at: str,
    user: str,
    action: str,
    entity: str,
    entity_id: str,
    data: str,
) -> str:
    payload = canonical_json([id_, at, user, action, entity, entity_id, data])
    return hashlib.sha256(f"{prev_hash}|{payload}".encode()).hexdigest()


_SURROGATES = re.compile("[\ud800-\udfff]")


def _storable(text: str) -> str:
    return _SURROGATES.sub("\ufffd", text)


def append(
    ledger: Ledger,
    *,
    at: str,
    user: str,
    action: str,
    entity: str,
    entity_id: str | int,
    data: dict[str, Any] | None = None,
) -> int:
    """Write one audit entry; returns its id. Call inside `ledger.atomic()`."""
    assert ledger.conn.in_transaction, "audit entries are written in the change's transaction"
    data_text = _storable(canonical_json(data or {}))
    entity_id = _storable(str(entity_id))
    if ledger.is_server:  # the database numbers and chains it (one round trip, its own lock)
        row = ledger.query_one(
            'INSERT INTO audit_log (at, "user", action, entity, entity_id, data)'
            " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            (at, user, action, entity, entity_id, data_text),
        )
        return int(row[0])
    last = ledger.audit_tail()
    next_id = max(last["id"] if last else 0, ledger.audit_counter() or 0) + 1
    prev_hash = last["hash"] if last else GENESIS
    # (A lone surrogate, a file name in another encoding, cannot be stored as UTF-8 text: it is
    # recorded as U+FFFD rather than making the change it records fail.)
    h = entry_hash(prev_hash, next_id, at, user, action, entity, entity_id, data_text)
    ledger.execute(
        'INSERT INTO audit_log (id, at, "user", action, entity, entity_id, data, prev_hash, hash)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (next_id, at, user, action, entity, entity_id, data_text, prev_hash, h),
    )
    return next_id


def append_many(
    ledger: Ledger,
    *,
    at: str,
    user: str,
    entries: list[tuple[str, str, str | int, dict[str, Any]]],
) -> list[int]:
    """Write several entries (action, entity, entity id, data) in order, chained as `append`
    chains them, in one statement (a server ledger: pipelined, not a round trip each); returns
    their ids. Call inside `ledger.atomic()`."""
    assert ledger.conn.in_transaction, "audit entries are written in the change's transaction"
    if not entries:
        return []
    rows = [
        (action, entity, _storable(str(eid)), _storable(canonical_json(data or {})))
        for action, entity, eid, data in entries
    ]
    if ledger.is_server:  # the database numbers and chains each, in order, under its lock
        ledger.conn.executemany(
            'INSERT INTO audit_log (at, "user", action, entity, entity_id, data)'
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(at, user, *r) for r in rows],
        )
        last = int(ledger.audit_tail()[0])
        return list(range(last - len(rows) + 1, last + 1))
    last = ledger.audit_tail()
    next_id = max(last["id"] if last else 0, ledger.audit_counter() or 0) + 1
    prev_hash = last["hash"] if last else GENESIS
    out, values = [], []
    for action, entity, eid, data_text in rows:
        h = entry_hash(prev_hash, next_id, at, user, action, entity, eid, data_text)
        values.append((next_id, at, user, action, entity, eid, data_text, prev_hash, h))
        out.append(next_id)
        prev_hash, next_id = h, next_id + 1
    ledger.conn.executemany(
        'INSERT INTO audit_log (id, at, "user", action, entity, entity_id, data, prev_hash, hash)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )
    return out


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: str
    user: str
    action: str
    entity: str
    entity_id: str
    data: dict[str, Any]


def _data(text: str) -> dict[str, Any]:
    """An entry's data; a row whose data is no longer JSON (a tampered file) is still listed."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {"_unreadable": text}
    return value if isinstance(value, dict) else {"_value": value}


def verify(ledger: Ledger) -> tuple[int, list[Msg]]:
    """Walk the whole chain. Returns (entries checked, problems as plain sentences)."""
    problems: list[Msg] = []
    missing = sorted(ledger.audit_guards_expected() - ledger.audit_guards())
    if missing:  # only someone editing the file removes them: the log may have been rewritten
        problems.append(Msg("audit.guards_missing", {"guards": missing}))
    prev_hash = GENESIS
    expected_id = 1
    count = 0
    for row in ledger.conn.execute(
        'SELECT id, at, "user", action, entity, entity_id, data, prev_hash, hash FROM audit_log'
        " ORDER BY id"
    ):
        count += 1
        rid = row["id"]
        if rid != expected_id:
            if rid > expected_id:
                problems.append(Msg("audit.missing", {"first": expected_id, "last": rid - 1}))
            else:
                problems.append(Msg("audit.out_of_order", {"entry": rid}))
        if row["prev_hash"] != prev_hash:
            problems.append(Msg("audit.chain_broken", {"entry": rid}))
        recomputed = entry_hash(
            row["prev_hash"],
            rid,
            row["at"],
            row["user"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["data"],
        )
        if recomputed != row["hash"]:
            problems.append(Msg("audit.altered", {"entry": rid, "audit_action": row["action"]}))
        prev_hash = row["hash"]
        expected_id = rid + 1
        if len(problems) > 50:
            problems.append(Msg("audit.too_many", {"max": 50}))
            break
    seq = ledger.audit_counter()
    if seq is not None and seq > expected_id - 1 and len(problems) <= 50:
        problems.append(Msg("audit.missing_at_end", {"first": expected_id, "last": seq}))
    return count, problems


@dataclass(frozen=True, slots=True)
class ChainHead:
    """Where a log ends: its number of entries and its last entry (id, hash, time)."""

    entries: int
    last_id: int
    last_hash: str | None
    last_at: str | None


def head(ledger: Ledger) -> ChainHead:
    row = ledger.query_one(
        "SELECT (SELECT count(*) FROM audit_log) AS n, id, hash, at FROM audit_log"
        " ORDER BY id DESC LIMIT 1"
    )
    if row is None:
        return ChainHead(0, 0, None, None)
    return ChainHead(row["n"], row["id"], row["hash"], row["at"])


def continues(ledger: Ledger, anchor: ChainHead, name: str) -> list[str]:
    """Problems if this ledger's log does not continue the log that ended at `anchor` (a copy
    of the ledger, called `name` in the sentences). The chain makes one comparison enough: the
    anchor's last entry, with the same hash, at the same id, means every entry before it is
    the same too (when this ledger's own chain verifies).

    This is what catches entries deleted from the end of the log together with SQLite's
    AUTOINCREMENT counter, which the chain alone cannot see."""
    if anchor.last_id == 0:
        return []
    row = ledger.query_one("SELECT hash FROM audit_log WHERE id = ?", (anchor.last_id,))
    problems: list[str] = []
    if row is None:
        mine = head(ledger)
        problems.append(
            Msg(
                "audit.shorter_than_copy",
                {
                    "copy": name,
                    "last": anchor.last_id,
                    "at": anchor.last_at or "",
                    "mine": mine.last_id,
                },
            )
        )
    elif row["hash"] != anchor.last_hash:
        problems.append(Msg("audit.differs_from_copy", {"copy": name, "entry": anchor.last_id}))
    if problems:
        restores = ledger.query(
            "SELECT id, at, data FROM audit_log WHERE action = 'ledger.restore' ORDER BY id"
        )
        for r in restores:
            source = _data(r["data"]).get("from", "")
            problems.append(
                Msg("audit.restored", {"entry": r["id"], "on": r["at"][:10], "source": str(source)})
            )
    return problems


def entries(
    ledger: Ledger,
    *,
    user: str | None = None,
    action: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 5000,
) -> list[AuditEntry]:
    """Newest first, filtered. Dates are ISO days, both inclusive."""
    where, params = [], []
    if user:
        where.append('"user" = ?')
        params.append(user)
    if action:
        where.append("action LIKE ?")
        params.append(action.replace("%", "") + "%")
    if date_from:
        where.append("at >= ?")
        params.append(date_from)
    if date_to:
        where.append("at < ?")
        params.append(date_to + "T99")
    sql = 'SELECT id, at, "user", action, entity, entity_id, data FROM audit_log'
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ?"
    params.append(limit)
    return [
        AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], _data(r[6]))
        for r in ledger.query(sql, tuple(params))
    ]


def iter_raw(ledger: Ledger) -> Iterator[sqlite3.Row]:
    """Every row exactly as stored, oldest first: id, at, user, action, entity, entity_id, data
    (JSON text, not parsed: a tampered row must still be shown), prev_hash, hash."""
    yield from ledger.conn.execute(
        'SELECT id, at, "user", action, entity, entity_id, data, prev_hash, hash FROM audit_log'
        " ORDER BY id"
    )


def distinct_users_and_actions(ledger: Ledger) -> tuple[list[str], list[str]]:
    users = [r[0] for r in ledger.query('SELECT DISTINCT "user" FROM audit_log ORDER BY "user"')]
    actions = [r[0] for r in ledger.query("SELECT DISTINCT action FROM audit_log ORDER BY action")]
    return users, actions


def last_entry(ledger: Ledger) -> tuple[int, str]:
    """The log's last entry: its id and hash ((0, GENESIS) for an empty log)."""
    row = ledger.query_one("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
    return (0, GENESIS) if row is None else (int(row["id"]), str(row["hash"]))


def hash_of(ledger: Ledger, entry_id: int) -> str | None:
    """The hash of entry `entry_id`, None when the log holds no such entry."""
    if entry_id == 0:
        return GENESIS
    # (a server ledger: through a function, as a regional manager reads only their own entries)
    sql = (
        "SELECT dd_audit_hash(?) AS hash"
        if ledger.is_server
        else "SELECT hash FROM audit_log WHERE id = ?"
    )
    row = ledger.query_one(sql, (entry_id,))
    return None if row is None or row["hash"] is None else str(row["hash"])


def ledger_id(ledger: Ledger) -> tuple[str, str] | None:
    """Which ledger this is: the hash of its first audit entry (its creation) and when that
    was, the same in every copy of it, of any age; None when its log is empty."""
    row = ledger.query_one("SELECT hash, at FROM audit_log ORDER BY id LIMIT 1")
    return None if row is None else (str(row["hash"])[:32], str(row["at"]))


def people_entries(ledger: Ledger) -> Iterator[tuple[int, str, str, str, str, str]]:
    """(id, at, user, action, entity_id, data) of the entries that say who made or reset an
    account and who proposed and approved what, oldest first (domain/four_eyes.py)."""
    yield from ledger.conn.execute(
        'SELECT id, at, "user", action, entity_id, data FROM audit_log WHERE action IN'
        " ('user.add', 'user.reset_password', 'subsidy.propose', 'subsidy.approve',"
        " 'closure.propose', 'closure.approve') ORDER BY id"
    )


def replay_problems(ledger: Ledger) -> list[Msg]:
    """Where this ledger's tables say other than its own audit log (domain/replay.py):
    subsidies' amounts and statuses, closures' losses and statuses, users' roles, partners'
    recorded bank accounts. The chain alone cannot see a table edited behind the program's
    back; this can, unless the log was rewritten too (then only a copy or a printed letter's
    anchor shows it)."""
    return replay_with(ledger.query)


def replay_with(query: Callable[[str], Iterable]) -> list[Msg]:
    """`replay_problems` through `query(sql) -> rows` (a ledger's, or a copy's own read-only
    connection: storage/files.py)."""
    from dealer_app.domain.replay import differences, replay

    told = replay(
        (r[0], r[1], r[2])
        for r in query(
            "SELECT action, entity_id, data FROM audit_log WHERE action LIKE 'subsidy.%'"
            " OR action LIKE 'closure.%' OR action LIKE 'user.%'"
            " OR action IN ('ledger.init', 'partner.bank', 'bank.confirm',"
            " 'store.add', 'store.edit', 'store.import') ORDER BY id"
        )
    )
    return differences(
        told,
        query("SELECT id, amount, status FROM subsidies ORDER BY id"),
        query("SELECT name, role, region FROM users ORDER BY id"),
        query("SELECT id, bank, account FROM partners ORDER BY id"),
        query("SELECT id, estimated_loss, status FROM closures ORDER BY id"),
    )
