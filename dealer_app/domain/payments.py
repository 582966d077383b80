"""Payment batches: numbers, limits, what the checker is warned of, and how a bank's result
file is matched to the batch lines it answers (pure: no SQL, no files).

A batch gathers approved subsidies for one bank upload. HQ finance makes it (draft), a second
finance user releases it (released: frozen, its payee details fixed), the bank's result file
settles each line (paid, or failed with the bank's reason: the subsidy is approved again, free
for a later batch) and a batch with no line left pending is closed. A subsidy is in at most one
live line (pending or paid) at a time: the database's own unique index says so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from dealer_app.domain.messages import Msg


class BatchStatus(StrEnum):
    DRAFT = "draft"  # being gathered; lines may be added and removed
    RELEASED = "released"  # a second person released it: frozen, ready for the bank
    CLOSED = "closed"  # every line has the bank's answer
    CANCELLED = "cancelled"  # withdrawn before the bank answered; its lines dropped


class LineStatus(StrEnum):
    PENDING = "pending"  # in a draft or released batch, no answer yet
    PAID = "paid"  # the bank transferred it (its subsidy is paid)
    FAILED = "failed"  # the bank refused it (its subsidy is approved again)
    DROPPED = "dropped"  # removed from a draft, or its batch was cancelled


#: A subsidy is in at most one line of these statuses (payment_lines_one_live).
LIVE_LINES = (LineStatus.PENDING.value, LineStatus.PAID.value)


class Flag(StrEnum):
    """What the checker is told about a line before releasing its batch."""

    RECENT_CHANGE = "recent_change"  # the payee's details took effect in the last 30 days
    PENDING_CHANGE = "pending_change"  # a change of the payee's details awaits confirmation
    INCOMPLETE = "incomplete"  # branch, CNAPS code or account name missing: cannot be sent


#: Flags that stop a release: a change awaiting confirmation is confirmed or rejected first,
#: missing details are completed first. The others need the checker's acknowledgement.
BLOCKING = frozenset({Flag.INCOMPLETE, Flag.PENDING_CHANGE})


def batch_number(year: int, seq: int) -> str:
    return f"PB{year}-{seq:04d}"


def line_reference(number: str, n: int) -> str:
    """A line's reference in the bank file (客户流水号): unique in the ledger, and what the
    bank's result file gives back."""
    return f"{number}-{n:04d}"


@dataclass(frozen=True, slots=True)
class Limits:
    max_count: int
    max_total: int  # yuan


def limit_problem(count: int, total: int, limits: Limits) -> Msg | None:
    if count > limits.max_count:
        return Msg("batch.too_many", {"count": count, "most": limits.max_count})
    if total > limits.max_total:
        return Msg("batch.too_much", {"total": total, "most": limits.max_total})
    return None


def yuan_text(amount: int) -> str:
    """Whole yuan as a bank file writes them: two decimals, no separators (1234.00)."""
    return f"{int(amount)}.00"


_AMOUNT = re.compile(r"^[+]?[0-9]+(\.[0-9]{1,2})?$")


def parse_fen(value: object) -> int | None:
    """An amount in a bank's result file as fen: 1234.5, 1,234.50, ¥1234, 1234 (None if not
    an amount)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value * 100
    if isinstance(value, float):
        value = repr(value)
    text = str(value).strip().replace(",", "").replace("，", "").lstrip("¥￥").strip()
    if text.upper().startswith("RMB"):
        text = text[3:].strip()
    if not _AMOUNT.match(text):
        return None
    try:
        return int(Decimal(text) * 100)
    except InvalidOperation:
        return None


# --- bank results ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One row of a bank's result file, as read (row: its number in the file)."""

    row: int
    reference: str
    account: str  # digits
    fen: int | None
    ok: bool | None  # True: transferred; False: refused; None: a status this program cannot read
    bank_reference: str
    value_date: dt.date | None
    reason: str
    status_text: str = ""


@dataclass(frozen=True, slots=True)
class LineState:
    """A batch line as the ledger holds it, for matching."""

    id: int
    reference: str
    account: str  # the payee account's digits as sent
    amount: int  # yuan
    status: str
    batch_status: str
    bank_reference: str | None = None
    failure_reason: str | None = None


@dataclass(slots=True)
class Matched:
    """What a result file would do: lines to settle, rows already applied, and every problem.
    Nothing is applied unless `problems` is empty (all or nothing)."""

    paid: list[tuple[LineState, ResultRow]] = field(default_factory=list)
    failed: list[tuple[LineState, ResultRow]] = field(default_factory=list)
    already: list[tuple[LineState, ResultRow]] = field(default_factory=list)
    problems: list[Msg] = field(default_factory=list)


def _same_answer(line: LineState, r: ResultRow) -> bool:
    if line.status == LineStatus.PAID:
        return r.ok is True and (line.bank_reference or "") == (r.bank_reference or "")
    if line.status == LineStatus.FAILED:
        return r.ok is False
    return False


def match_results(rows: Sequence[ResultRow], lines: Iterable[LineState]) -> Matched:
    """Match each row to its line: by reference, else by payee account and amount among the
    lines still pending (only when exactly one fits). Rows repeating a line, naming no known
    line, differing in amount or account, or contradicting an answer already recorded are
    problems; a row giving the answer already recorded is `already` (the same file twice
    changes nothing)."""
    lines = list(lines)
    by_ref = {ln.reference: ln for ln in lines}
    out = Matched()
    seen: dict[int, int] = {}  # line id -> first row that named it
    # Rows with a reference first: a row without one then chooses among the lines no other
    # row claims.
    claimed = {by_ref[r.reference].id for r in rows if r.reference in by_ref}
    ordered = sorted(rows, key=lambda r: (not r.reference, r.row))
    for r in ordered:
        line: LineState | None = None
        if r.ok is None:
            out.problems.append(
                Msg("result.status_unknown", {"row": r.row, "value": r.status_text})
            )
            continue
        if r.reference:
            line = by_ref.get(r.reference)
            if line is None:
                out.problems.append(
                    Msg("result.unknown_reference", {"row": r.row, "reference": r.reference})
                )
                continue
        else:
            if r.fen is None or not r.account:
                out.problems.append(Msg("result.no_key", {"row": r.row}))
                continue
            fits = [
                ln for ln in lines
                if ln.account == r.account and ln.amount * 100 == r.fen
                and ln.id not in claimed
            ]  # fmt: skip
            answered = [
                ln for ln in fits if ln.status != LineStatus.PENDING and _same_answer(ln, r)
            ]
            pending = [ln for ln in fits if ln.status == LineStatus.PENDING]
            if len(answered) == 1 and not pending:
                line = answered[0]
            elif len(pending) == 1:
                line = pending[0]
            elif not pending:
                out.problems.append(
                    Msg("result.unmatched", {"row": r.row, "account": r.account, "fen": r.fen})
                )
                continue
            else:
                out.problems.append(
                    Msg("result.ambiguous", {"row": r.row, "account": r.account,
                                             "fen": r.fen, "count": len(pending)})
                )  # fmt: skip
                continue
        claimed.add(line.id)
        if line.id in seen:
            out.problems.append(
                Msg("result.duplicate", {"row": r.row, "first": seen[line.id],
                                         "reference": line.reference})
            )  # fmt: skip
            continue
        seen[line.id] = r.row
        if r.fen is not None and r.fen != line.amount * 100:
            out.problems.append(
                Msg("result.amount_differs", {"row": r.row, "reference": line.reference,
                                              "fen": r.fen, "amount": line.amount})
            )  # fmt: skip
            continue
        if r.account and r.account != line.account:
            out.problems.append(
                Msg("result.account_differs", {"row": r.row, "reference": line.reference,
                                               "account": r.account, "sent": line.account})
            )  # fmt: skip
            continue
        if line.status == LineStatus.DROPPED:
            out.problems.append(
                Msg("result.line_dropped", {"row": r.row, "reference": line.reference})
            )
            continue
        if line.status == LineStatus.PENDING:
            if line.batch_status != BatchStatus.RELEASED:
                out.problems.append(
                    Msg("result.not_released", {"row": r.row, "reference": line.reference,
                                                "status": line.batch_status})
                )  # fmt: skip
                continue
            (out.paid if r.ok else out.failed).append((line, r))
            continue
        if _same_answer(line, r):
            out.already.append((line, r))
            continue
        out.problems.append(
            Msg("result.contradicts", {"row": r.row, "reference": line.reference,
                                       "status": line.status})
        )  # fmt: skip
    out.problems.sort(key=lambda m: int(m.params.get("row", 0)))
    return out
