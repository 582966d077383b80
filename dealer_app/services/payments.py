"""Payment batches, maker and checker, and the bank's answer (PRODUCT.md "Money out").

HQ finance gathers approved subsidies into a numbered batch (`create_batch`); a second finance
user reviews it (`review`: each line's payee and what is worth a second look) and releases it
(`release`): from then on the batch is frozen, its payees' details fixed as they were in
effect. A released batch is written as the bank's batch-transfer file (`write_bank_file`, in a
profile's layout). The bank's result file (`import_results`) settles each line, all or nothing:
successes pay their subsidy with the bank's reference, failures leave it approved with the
bank's reason, for a later batch (`failures`). Each action is one transaction with its audit
entry. A subsidy is in at most one live line: the database's unique index holds that under two
people building batches at once, and manual payment or cancellation of a subsidy in a batch is
refused (services/subsidies.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dealer_app.domain import banking
from dealer_app.domain.bank_files import PayeeLine, Profile, parse_date
from dealer_app.domain.banking import BankDetails
from dealer_app.domain.errors import Conflict, InvalidInput, PermissionDenied
from dealer_app.domain.messages import Msg
from dealer_app.domain.payments import (
    BLOCKING,
    BatchStatus,
    Flag,
    LineStatus,
    Matched,
    ResultRow,
    batch_number,
    limit_problem,
    line_reference,
    match_results,
    parse_fen,
)
from dealer_app.importing.stores import build_region_lookup, lookup_key
from dealer_app.services.audit import record, record_many
from dealer_app.services.banking import with_defaults
from dealer_app.services.context import Context
from dealer_app.services.permissions import require, require_not_proposer, require_transition
from dealer_app.services.settings import payment_limits
from dealer_app.storage import payments as pay_store
from dealer_app.storage import stores as store_rows
from dealer_app.storage.payments import Batch, Line

#: How a result file's totals line starts (it is not a transfer).
TOTALS = ("合计", "总计", "小计", "共", "total")

#: Subsidy ids listed in an audit entry at most (the count is always there).
AUDIT_LISTED = 200
MAX_NOTE = 500


def _what(batch: Batch) -> Msg:
    return Msg("what.batch", {"number": batch.number})


# --- reading --------------------------------------------------------------------------------


def batches(ctx: Context, status: str | None = None) -> list[Batch]:
    require(ctx, "payments.read")
    return pay_store.list_batches(ctx.ledger, status)


def get_batch(ctx: Context, key: int | str) -> Batch:
    require(ctx, "payments.read")
    return pay_store.get_batch(ctx.ledger, key)


def lines(ctx: Context, key: int | str) -> list[Line]:
    require(ctx, "payments.read")
    with ctx.ledger.snapshot():
        batch = pay_store.get_batch(ctx.ledger, key)
        return pay_store.lines_of(ctx.ledger, batch.id)


def failures(ctx: Context) -> list[Line]:
    """Lines the bank refused whose subsidy is still approved and in no batch: to act on."""
    require(ctx, "payments.read")
    return pay_store.failures(ctx.ledger)


# --- making a batch -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Built:
    batch: Batch
    left_out: int  # approved subsidies that matched but would pass the batch's limits


def create_batch(
    ctx: Context,
    *,
    policy: str | None = None,
    region: str | None = None,
    approved_from: dt.date | None = None,
    approved_to: dt.date | None = None,
    ids: Sequence[int] | None = None,
    note: str = "",
) -> Built:
    """Gather approved subsidies in no batch (by policy, region, approval dates, or these ids),
    oldest approval first, as many as the limits allow, into a new draft batch."""
    require(ctx, "batch.create")
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise InvalidInput("batch.note_long", most=MAX_NOTE)
    with ctx.ledger.atomic():
        if region:  # a code (NORTH) or a name (华北, North China), as an import takes it
            lookup = build_region_lookup(store_rows.regions(ctx.ledger))
            code = lookup.get(region) or lookup.get(lookup_key(region))
            if code is None:
                raise InvalidInput("store.unknown_region", value=region,
                                   choices=list(dict.fromkeys(lookup.values())))  # fmt: skip
            region = code
        limits = payment_limits(ctx.ledger)
        found = pay_store.payable(
            ctx.ledger,
            policy_code=policy or None,
            region=region or None,
            approved_from=approved_from.isoformat() if approved_from else None,
            approved_to=approved_to.isoformat() if approved_to else None,
            ids=list(ids) if ids is not None else None,
        )
        if not found:
            raise InvalidInput("batch.nothing")
        taken, total = [], 0
        for p in found:
            if limit_problem(len(taken) + 1, total + p.amount, limits) is not None:
                continue
            taken.append(p)
            total += p.amount
        if not taken:
            raise InvalidInput("batch.nothing_fits", count=len(found), most=limits.max_total)
        year = ctx.today().year
        seq = pay_store.next_seq(ctx.ledger, year)
        number = batch_number(year, seq)
        bid = pay_store.insert_batch(ctx.ledger, number, year, seq, note, ctx.user.name, ctx.now())
        pay_store.insert_lines(ctx.ledger, [
            (bid, p.subsidy_id, n, line_reference(number, n), p.amount, p.partner_id)
            for n, p in enumerate(taken, 1)
        ])  # fmt: skip
        record(
            ctx,
            "batch.create",
            "batch",
            number,
            {
                "count": len(taken),
                "total": total,
                "subsidies": [p.subsidy_id for p in taken[:AUDIT_LISTED]],
                "filter": {
                    "policy": policy, "region": region,
                    "approved_from": approved_from.isoformat() if approved_from else None,
                    "approved_to": approved_to.isoformat() if approved_to else None,
                },
                "left_out": len(found) - len(taken),
                "note": note,
            },
        )  # fmt: skip
        return Built(pay_store.get_batch(ctx.ledger, bid), len(found) - len(taken))


def _maker_draft(ctx: Context, key: int | str) -> Batch:
    """The draft batch `key`, which only its maker changes (the checker reviews and releases
    it as it was made)."""
    batch = pay_store.get_batch(ctx.ledger, key)
    if batch.status != BatchStatus.DRAFT:
        raise Conflict("batch.not_draft", what=_what(batch), status=batch.status)
    if batch.created_by.casefold() != ctx.user.name.casefold():
        raise PermissionDenied("batch.not_maker", what=_what(batch), by=batch.created_by)
    return batch


def add_subsidies(ctx: Context, key: int | str, ids: Sequence[int]) -> Batch:
    """Add approved subsidies (in no batch) to a draft batch, within its limits."""
    require(ctx, "batch.change")
    with ctx.ledger.atomic():
        batch = _maker_draft(ctx, key)
        wanted = sorted({int(i) for i in ids})
        found = {p.subsidy_id: p for p in pay_store.payable(ctx.ledger, ids=wanted)}
        missing = [i for i in wanted if i not in found]
        if missing:
            raise InvalidInput("batch.not_payable", ids=missing)
        count = batch.count + len(found)
        total = batch.total + sum(p.amount for p in found.values())
        problem = limit_problem(count, total, payment_limits(ctx.ledger))
        if problem is not None:
            raise InvalidInput("batch.limits", why=problem)
        n = pay_store.next_n(ctx.ledger, batch.id)
        pay_store.insert_lines(ctx.ledger, [
            (batch.id, p.subsidy_id, n + i, line_reference(batch.number, n + i), p.amount,
             p.partner_id) for i, p in enumerate(found.values())
        ])  # fmt: skip
        record(ctx, "batch.change", "batch", batch.number,
               {"added": wanted, "count": count, "total": total})  # fmt: skip
        return pay_store.get_batch(ctx.ledger, batch.id)


def remove_subsidies(ctx: Context, key: int | str, ids: Sequence[int]) -> Batch:
    """Take subsidies out of a draft batch (their lines are dropped; the subsidies stay
    approved, free for another batch)."""
    require(ctx, "batch.change")
    with ctx.ledger.atomic():
        batch = _maker_draft(ctx, key)
        wanted = {int(i) for i in ids}
        chosen = [ln for ln in pay_store.lines_of(ctx.ledger, batch.id, live_only=True)
                  if ln.subsidy_id in wanted]  # fmt: skip
        missing = sorted(wanted - {ln.subsidy_id for ln in chosen})
        if missing:
            raise InvalidInput("batch.not_in_batch", ids=missing, number=batch.number)
        pay_store.drop_lines(ctx.ledger, batch.id, [ln.id for ln in chosen])
        record(ctx, "batch.change", "batch", batch.number,
               {"removed": sorted(wanted)})  # fmt: skip
        return pay_store.get_batch(ctx.ledger, batch.id)


# --- review and release ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewLine:
    line: Line
    payee: BankDetails  # fixed at release; the details in effect while a draft
    since: str | None
    flags: tuple[Flag, ...]


@dataclass(frozen=True, slots=True)
class Review:
    batch: Batch
    lines: list[ReviewLine]
    problems: list[Msg] = field(default_factory=list)  # what stops a release now

    @property
    def flagged(self) -> list[ReviewLine]:
        return [r for r in self.lines if r.flags]


def _review(ctx: Context, batch: Batch) -> Review:
    rows: list[ReviewLine] = []
    live = pay_store.lines_of(ctx.ledger, batch.id, live_only=True)
    today = ctx.today()
    partner_ids = [ln.partner_id for ln in live]
    payees = pay_store.payees(ctx.ledger, partner_ids)
    waiting = pay_store.partners_with_pending_change(ctx.ledger, partner_ids)
    for ln in live:
        held = payees[ln.partner_id]
        details, since = (ln.details, ln.since) if ln.details is not None else (
            with_defaults(held, BankDetails()), held.since)  # fmt: skip
        flags = []
        if banking.recently_changed(since, today):
            flags.append(Flag.RECENT_CHANGE)
        if ln.partner_id in waiting and batch.status == BatchStatus.DRAFT:
            flags.append(Flag.PENDING_CHANGE)
        if not details.complete:
            flags.append(Flag.INCOMPLETE)
        rows.append(ReviewLine(ln, details, since, tuple(flags)))
    problems = []
    if batch.status == BatchStatus.DRAFT:
        limit = limit_problem(batch.count, batch.total, payment_limits(ctx.ledger))
        if limit is not None:
            problems.append(limit)
        for flag in sorted(BLOCKING):
            blocked = [r for r in rows if flag in r.flags]
            if blocked:
                problems.append(
                    Msg(f"batch.blocked.{flag.value}", {
                        "count": len(blocked),
                        "partners": sorted({r.line.partner for r in blocked})[:10],
                    })
                )  # fmt: skip
        if not rows:
            problems.append(Msg("batch.empty", {"number": batch.number}))
    return Review(batch, rows, problems)


def review(ctx: Context, key: int | str) -> Review:
    """Each line with the payee it would be paid to and its flags (details younger than 30
    days, a change awaiting confirmation, details incomplete), and what stops a release."""
    require(ctx, "payments.read")
    with ctx.ledger.snapshot():
        return _review(ctx, pay_store.get_batch(ctx.ledger, key))


def release(ctx: Context, key: int | str, *, acknowledge: bool = False, comment: str = "") -> Batch:
    """The checker's release: not the maker, within the limits, every payee complete; flagged
    lines only with `acknowledge` (the checker saw them). Fixes each line's payee details."""
    require(ctx, "batch.release")
    with ctx.ledger.atomic():
        batch = pay_store.get_batch(ctx.ledger, key)
        require_transition("batch.release", batch.status, _what(batch),
                           batch.released_by or batch.cancelled_by,
                           batch.released_at or batch.cancelled_at)  # fmt: skip
        require_not_proposer(ctx, batch.created_by, _what(batch), "permission.maker_checker")
        seen = _review(ctx, batch)
        if seen.problems:
            raise Conflict("batch.cannot_release", what=_what(batch), problems=seen.problems)
        flagged = seen.flagged  # (none blocking: those are problems above)
        if flagged and not acknowledge:
            raise Conflict(
                "batch.flags_unacknowledged",
                what=_what(batch),
                count=len(flagged),
                lines=[Msg("batch.flag_line", {
                    "reference": r.line.reference, "partner": r.line.partner,
                    "flags": [f.value for f in r.flags]}) for r in flagged[:20]],
            )  # fmt: skip
        pay_store.fix_payees(ctx.ledger, [(r.line.id, r.payee, r.since) for r in seen.lines])
        pay_store.set_batch_status(
            ctx.ledger, batch.id, BatchStatus.RELEASED.value, ctx.user.name, ctx.now()
        )
        record(
            ctx,
            "batch.release",
            "batch",
            batch.number,
            {
                "before": {"status": batch.status},
                "after": {"status": "released"},
                "count": batch.count,
                "total": batch.total,
                "created_by": batch.created_by,
                "flagged": [
                    {"reference": r.line.reference, "flags": [f.value for f in r.flags]}
                    for r in flagged[:AUDIT_LISTED]
                ],
                "comment": (comment or "").strip()[:MAX_NOTE],
            },
        )
        return pay_store.get_batch(ctx.ledger, batch.id)


def cancel_batch(ctx: Context, key: int | str, reason: str = "") -> Batch:
    """Withdraw a draft, or a released batch the bank has not answered for any line: its
    lines are dropped and its subsidies stay approved."""
    require(ctx, "batch.cancel")
    reason = (reason or "").strip()[:MAX_NOTE]
    with ctx.ledger.atomic():
        batch = pay_store.get_batch(ctx.ledger, key)
        require_transition("batch.cancel", batch.status, _what(batch),
                           batch.cancelled_by, batch.cancelled_at)  # fmt: skip
        answered = [ln for ln in pay_store.lines_of(ctx.ledger, batch.id)
                    if ln.status in (LineStatus.PAID, LineStatus.FAILED)]  # fmt: skip
        if answered:
            raise Conflict("batch.answered", what=_what(batch), count=len(answered))
        if batch.status == BatchStatus.RELEASED and batch.export_count and not reason:
            raise InvalidInput("batch.cancel_reason", number=batch.number)
        pay_store.set_batch_status(
            ctx.ledger, batch.id, BatchStatus.CANCELLED.value, ctx.user.name, ctx.now()
        )
        dropped = pay_store.drop_lines(ctx.ledger, batch.id)
        record(ctx, "batch.cancel", "batch", batch.number, {
            "before": {"status": batch.status}, "after": {"status": "cancelled"},
            "dropped": dropped, "exported": batch.export_count, "reason": reason,
        })  # fmt: skip
        return pay_store.get_batch(ctx.ledger, batch.id)


# --- the bank file --------------------------------------------------------------------------


def _payee_lines(ctx: Context, batch: Batch) -> list[PayeeLine]:
    out = []
    for seq, ln in enumerate(pay_store.lines_of(ctx.ledger, batch.id, live_only=True), 1):
        assert ln.details is not None  # fixed at release
        out.append(
            PayeeLine(
                seq,
                ln.reference,
                ln.amount,
                ln.details,
                batch.number,
                ln.store_code,
                ln.store_name,
                ln.partner,
                ln.region,
                ln.policy,
            )
        )
    return out  # fmt: skip


def bank_rows(ctx: Context, key: int | str, profile: Profile) -> tuple[list[str], list[list[str]]]:
    """The bank file's header and rows for a released batch (what a preview shows)."""
    require(ctx, "payments.read")
    with ctx.ledger.snapshot():
        batch = pay_store.get_batch(ctx.ledger, key)
        if batch.status not in (BatchStatus.RELEASED, BatchStatus.CLOSED):
            raise Conflict("batch.not_released", what=_what(batch), status=batch.status)
        return profile.headers, [profile.cells(p) for p in _payee_lines(ctx, batch)]


def write_bank_file(ctx: Context, key: int | str, profile: Profile, path: Path | str) -> Path:
    """Write a released batch as the bank's batch-transfer file in `profile`'s layout; every
    export is audited with the file's digest (a second export says it is one)."""
    from dealer_app.importing.bank_file import write_bank_file as write

    require(ctx, "batch.export")
    path = Path(path)
    with ctx.ledger.atomic():
        batch = pay_store.get_batch(ctx.ledger, key)
        if batch.status != BatchStatus.RELEASED:
            raise Conflict("batch.not_released", what=_what(batch), status=batch.status)
        rows = [profile.cells(p) for p in _payee_lines(ctx, batch)]
        digest = write(path, profile, profile.headers, rows)
        n = pay_store.count_export(ctx.ledger, batch.id)
        record(ctx, "batch.export", "batch", batch.number, {
            "profile": profile.key, "file": path.name, "sha256": digest, "rows": len(rows),
            "total": batch.total, "export": n,
        })  # fmt: skip
    return path


# --- the bank's results ---------------------------------------------------------------------


@dataclass(slots=True)
class ResultReport:
    file: str
    rows: int
    paid: int = 0
    failed: int = 0
    already: int = 0
    paid_total: int = 0
    batches_closed: list[str] = field(default_factory=list)
    seen_before: tuple[str, str] | None = None  # (by, at) of an earlier import of this file
    still_processing: int = 0  # rows the bank has not finished (not answers yet)
    problems: list[Msg] = field(default_factory=list)
    applied: bool = False


def read_result_rows(path: Path | str, profile: Profile) -> tuple[list[ResultRow], list[Msg], int]:
    """The result file's rows as the profile reads them, problems of the file itself, and how
    many rows say the bank is still processing (they are not answers yet)."""
    from dealer_app.importing.readers import read_rows

    table = read_rows(path)
    # The header is the first row naming the status column (banks often put a title and the
    # account's details above it).
    candidates = [(table.header_row, table.headers), *((n, [str(c or "") for c in cells])
                  for n, cells in list(table.rows)[:12])]  # fmt: skip
    cols, header_at = profile.result_columns(table.headers), table.header_row
    for number, cells in candidates:
        found = profile.result_columns(cells)
        if "status" in found and ("reference" in found or {"account", "amount"} <= set(found)):
            cols, header_at = found, number
            break
    problems = []
    if "status" not in cols:
        problems.append(
            Msg(
                "result.no_column", {"column": "status", "headers": list(profile.results["status"])}
            )
        )
    if "reference" not in cols and not {"account", "amount"} <= set(cols):
        problems.append(
            Msg(
                "result.no_column",
                {"column": "reference", "headers": list(profile.results.get("reference", ()))},
            )
        )
    if problems:
        return [], problems, 0  # fmt: skip

    def cell(values: list, name: str) -> object:
        i = cols.get(name)
        return None if i is None or i >= len(values) else values[i]

    data = [(n, v) for n, v in table.rows if n > header_at]
    rows = []
    processing = 0
    for number, values in data:
        status_text = str(cell(values, "status") or "").strip()
        if status_text and profile.is_pending(status_text):
            processing += 1
            continue
        ref_text = str(cell(values, "reference") or "").strip()
        if not status_text and (not ref_text or ref_text.lower().startswith(TOTALS)):
            continue  # a totals or note line (合计 …), not a transfer
        raw_date = cell(values, "value_date")
        day = parse_date(raw_date)
        if raw_date not in (None, "") and day is None:
            problems.append(Msg("result.bad_date", {"row": number, "value": str(raw_date)}))
        raw_amount = cell(values, "amount")
        fen = parse_fen(raw_amount)
        if raw_amount not in (None, "") and fen is None:
            problems.append(Msg("result.bad_amount", {"row": number, "value": str(raw_amount)}))
        rows.append(
            ResultRow(
                row=number,
                reference=ref_text,
                account=banking.digits_of(str(cell(values, "account") or "")),
                fen=fen,
                ok=profile.status_of(status_text),
                bank_reference=str(cell(values, "bank_reference") or "").strip()[:100],
                value_date=day,
                reason=" ".join(str(cell(values, "reason") or "").split())[:200],
                status_text=status_text,
            )
        )
    return rows, problems, processing


def import_results(
    ctx: Context, path: Path | str, profile: Profile, *, dry_run: bool = False
) -> ResultReport:
    """Read the bank's result file back: all or nothing. Every row is matched to its line (by
    reference, else by payee account and amount when unambiguous); if any row is unmatched or
    contradictory, the report lists every problem and nothing is applied. Successes pay their
    subsidy with the bank's reference and value date; failures keep it approved with the
    bank's reason. The same file twice changes nothing."""
    require(ctx, "batch.results")
    path = Path(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
    rows, problems, processing = read_result_rows(path, profile)
    report = ResultReport(path.name, len(rows), problems=list(problems))
    report.still_processing = processing
    with ctx.ledger.atomic():
        seen = pay_store.result_file_seen(ctx.ledger, digest)
        if seen is not None:
            report.seen_before = (seen["imported_by"], seen["imported_at"])
        if not rows and not problems and not processing:
            report.problems.append(Msg("result.empty", {"file": path.name}))
        matched: Matched = match_results(rows, pay_store.line_states(ctx.ledger))
        report.problems.extend(matched.problems)
        report.paid, report.failed = len(matched.paid), len(matched.failed)
        report.already = len(matched.already)
        report.paid_total = sum(line.amount for line, _ in matched.paid)
        if report.problems or dry_run:
            return report
        if not matched.paid and not matched.failed:
            return report  # every row already recorded: nothing changes, nothing is written
        now, user = ctx.now(), ctx.user.name
        full = pay_store.lines_by_ids(
            ctx.ledger, [line.id for line, _ in (*matched.paid, *matched.failed)]
        )
        settled, paid_rows, entries = [], [], []
        for line, r in matched.paid:
            got = full[line.id]
            if got.subsidy_status != "approved":
                raise Conflict("result.subsidy_not_approved", reference=line.reference,
                               id=got.subsidy_id, status=got.subsidy_status)  # fmt: skip
            value_date = r.value_date.isoformat() if r.value_date else None
            reference = r.bank_reference or line.reference
            settled.append((LineStatus.PAID.value, r.bank_reference or None, value_date, None,
                            user, now, line.id))  # fmt: skip
            paid_rows.append((user, now, reference, got.subsidy_id))
            entries.append(("subsidy.pay", "subsidy", got.subsidy_id, {
                "before": {"status": "approved"}, "after": {"status": "paid"},
                "amount": got.amount, "reference": reference, "batch": got.batch,
                "line": line.reference, "value_date": value_date, "file": path.name,
            }))  # fmt: skip
        for line, r in matched.failed:
            got = full[line.id]
            reason = r.reason or r.status_text
            settled.append((LineStatus.FAILED.value, r.bank_reference or None, None, reason,
                            user, now, line.id))  # fmt: skip
            entries.append(("payment.failed", "subsidy", got.subsidy_id, {
                "amount": got.amount, "batch": got.batch, "line": line.reference,
                "reason": reason, "file": path.name,
            }))  # fmt: skip
        # lines first: a subsidy in a pending line is never paid (the server's guard)
        pay_store.settle_lines(ctx.ledger, settled)
        pay_store.mark_subsidies_paid(ctx.ledger, paid_rows)
        touched = {full[line.id].batch_id for line, _ in (*matched.paid, *matched.failed)}
        record_many(ctx, entries)
        for bid in sorted(touched):
            batch = pay_store.get_batch(ctx.ledger, bid)
            if batch.pending == 0 and batch.status == BatchStatus.RELEASED:
                pay_store.set_batch_status(ctx.ledger, bid, BatchStatus.CLOSED.value, user, now)
                record(ctx, "batch.close", "batch", batch.number, {
                    "before": {"status": "released"}, "after": {"status": "closed"},
                    "paid": batch.paid, "failed": batch.failed,
                })  # fmt: skip
                report.batches_closed.append(batch.number)
        pay_store.record_result_file(ctx.ledger, path.name, digest, len(rows), report.paid,
                                     report.failed, report.already, user, now)  # fmt: skip
        record(ctx, "batch.results", "bank_results", path.name, {
            "sha256": digest, "rows": len(rows), "paid": report.paid, "failed": report.failed,
            "already": report.already, "paid_total": report.paid_total,
        })  # fmt: skip
        report.applied = True
        return report
