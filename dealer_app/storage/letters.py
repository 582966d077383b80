"""Payout letters: numbers allocated once (gapless per policy and region), snapshot, digest."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from dealer_app.domain.errors import NotFound
from dealer_app.storage.db import Ledger


@dataclass(frozen=True, slots=True)
class LetterRecord:
    id: int
    number: str
    subsidy_id: int
    policy_code: str
    region: str
    seq: int
    snapshot: dict
    digest: str
    created_at: str
    created_by: str
    print_count: int


COLUMNS = (
    "id, number, subsidy_id, policy_code, region, seq, snapshot, digest, created_at, created_by,"
    " print_count"
)


def _row(r: sqlite3.Row) -> LetterRecord:
    return LetterRecord(
        r["id"],
        r["number"],
        r["subsidy_id"],
        r["policy_code"],
        r["region"],
        r["seq"],
        json.loads(r["snapshot"]),
        r["digest"],
        r["created_at"],
        r["created_by"],
        r["print_count"],
    )


def by_number(ledger: Ledger, number: str) -> LetterRecord:
    r = ledger.query_one(f"SELECT {COLUMNS} FROM letters WHERE number = ?", (number,))
    if r is None:
        raise NotFound("letter.not_found", number=number)
    return _row(r)


def next_seq(ledger: Ledger, policy_code: str, region: str) -> int:
    """Next number in the (policy, region) series. Call inside the transaction that inserts it."""
    r = ledger.query_one(
        "SELECT coalesce(max(seq), 0) FROM letters WHERE policy_code = ? AND region = ?",
        (policy_code, region),
    )
    return int(r[0]) + 1


def insert(
    ledger: Ledger,
    *,
    number: str,
    subsidy_id: int,
    policy_code: str,
    region: str,
    seq: int,
    snapshot: dict,
    digest: str,
    now: str,
    user: str,
) -> int:
    cur = ledger.execute(
        "INSERT INTO letters (number, subsidy_id, policy_code, region, seq, snapshot, digest,"
        " created_at, created_by, print_count) VALUES (?,?,?,?,?,?,?,?,?,0)",
        (
            number,
            subsidy_id,
            policy_code,
            region,
            seq,
            json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
            digest,
            now,
            user,
        ),
    )
    return int(cur.lastrowid)


def add_print(ledger: Ledger, letter_id: int) -> None:
    ledger.execute("UPDATE letters SET print_count = print_count + 1 WHERE id = ?", (letter_id,))


def list_for(ledger: Ledger, subsidy_ids: list[int]) -> dict[int, LetterRecord]:
    out: dict[int, LetterRecord] = {}
    for start in range(0, len(subsidy_ids), 500):
        chunk = subsidy_ids[start : start + 500]
        for r in ledger.query(
            f"SELECT {COLUMNS} FROM letters WHERE subsidy_id IN ({','.join('?' * len(chunk))})",
            tuple(chunk),
        ):
            rec = _row(r)
            out[rec.subsidy_id] = rec
    return out


def count(ledger: Ledger) -> int:
    return ledger.conn.execute("SELECT count(*) FROM letters").fetchone()[0]
