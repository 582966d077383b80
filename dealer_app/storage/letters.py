"""Payout letters: numbers allocated once (gapless per policy, region and year), snapshot,
digest, the count of prints (the first is the original), and void letters."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from dealer_app.domain.errors import NotFound
from dealer_app.domain.workflow import LetterStatus
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
    year: int = 0
    status: str = "issued"  # or "void": its subsidy was cancelled after it was issued
    voided_at: str | None = None
    voided_by: str | None = None

    @property
    def void(self) -> bool:
        return self.status == LetterStatus.VOID


COLUMNS = (
    "id, number, subsidy_id, policy_code, region, seq, snapshot, digest, created_at, created_by,"
    " print_count, year, status, voided_at, voided_by"
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
        r["year"],
        r["status"],
        r["voided_at"],
        r["voided_by"],
    )


def by_number(ledger: Ledger, number: str) -> LetterRecord:
    r = ledger.query_one(f"SELECT {COLUMNS} FROM letters WHERE number = ?", (number,))
    if r is None:
        raise NotFound("letter.not_found", number=number)
    return _row(r)


def next_seq(ledger: Ledger, policy_code: str, region: str, year: int) -> int:
    """Next number in the (policy, region, year) series: gapless, as each is taken inside the
    transaction that inserts it (the write lock is held: nobody else takes the same)."""
    r = ledger.query_one(
        "SELECT coalesce(max(seq), 0) FROM letters WHERE policy_code = ? AND region = ?"
        " AND year = ?",
        (policy_code, region, year),
    )
    return int(r[0]) + 1


def insert(
    ledger: Ledger,
    *,
    number: str,
    subsidy_id: int,
    policy_code: str,
    region: str,
    year: int,
    seq: int,
    snapshot: dict,
    digest: str,
    now: str,
    user: str,
) -> int:
    cur = ledger.execute(
        "INSERT INTO letters (number, subsidy_id, policy_code, region, year, seq, snapshot,"
        " digest, created_at, created_by, print_count, status) VALUES (?,?,?,?,?,?,?,?,?,?,0,?)"
        " RETURNING id",
        (
            number,
            subsidy_id,
            policy_code,
            region,
            year,
            seq,
            json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
            digest,
            now,
            user,
            LetterStatus.ISSUED.value,
        ),
    )
    return int(cur.fetchone()[0])


def add_print(ledger: Ledger, letter_id: int) -> int:
    """Count one more print of the letter and return its place: 1 is the original, any later
    one a copy. Decided by the same statement that counts it, inside the caller's transaction,
    so two programs printing at once never both get 1."""
    ledger.execute("UPDATE letters SET print_count = print_count + 1 WHERE id = ?", (letter_id,))
    return int(ledger.query_one("SELECT print_count FROM letters WHERE id = ?", (letter_id,))[0])


def take_back_print(ledger: Ledger, letter_id: int, place: int) -> bool:
    """Undo the `add_print` that gave `place` when nothing was printed after all (the render
    or the file failed): only while no later print was counted."""
    cur = ledger.execute(
        "UPDATE letters SET print_count = print_count - 1 WHERE id = ? AND print_count = ?",
        (letter_id, place),
    )
    return bool(cur.rowcount)


def void_for_subsidy(ledger: Ledger, subsidy_id: int, user: str, now: str) -> LetterRecord | None:
    """Mark the letter of a subsidy void (its subsidy was cancelled); None when it has none or
    it was void already."""
    cur = ledger.execute(
        "UPDATE letters SET status = ?, voided_by = ?, voided_at = ? WHERE subsidy_id = ?"
        " AND status = ?",
        (LetterStatus.VOID.value, user, now, subsidy_id, LetterStatus.ISSUED.value),
    )
    if not cur.rowcount:
        return None
    r = ledger.query_one(f"SELECT {COLUMNS} FROM letters WHERE subsidy_id = ?", (subsidy_id,))
    return _row(r)


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
