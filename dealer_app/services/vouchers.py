"""Vouchers for the books: a period's money events as balanced journal entries, out to a
generic XLSX or 用友U8's plain-text import (domain/vouchers.py lays them out).

The events are the audit log's, the ledger's own history: an approval accrues, the cancellation
of an approved subsidy reverses its accrual, a payment settles, an approved closure books its
one-time loss. The account codes and auxiliary items are the ledger's settings. A period once
exported is marked: exporting it (or a period overlapping it) again is refused, naming the
earlier export, unless the person asks for a repeat, which is recorded as one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from dealer_app.domain import vouchers as vd
from dealer_app.domain.errors import Conflict, InvalidInput
from dealer_app.domain.vouchers import Event, EventKind, Voucher
from dealer_app.services.audit import record
from dealer_app.services.context import Context
from dealer_app.services.permissions import require
from dealer_app.services.settings import all_settings
from dealer_app.storage import payments as pay_store
from dealer_app.storage import stores as store_rows
from dealer_app.storage.payments import VoucherExport

FORMATS = ("xlsx", "u8")
MAX_DAYS = 400


def _region_names(ctx: Context) -> dict[str, str]:
    return {r.code: r.name_zh for r in store_rows.regions(ctx.ledger)}


def events(ctx: Context, first: dt.date, last: dt.date) -> list[Event]:
    """The money events dated first..last (both included), from the audit log."""
    raw = pay_store.money_events(ctx.ledger, first.isoformat(), last.isoformat())
    parsed = [(eid, at, action, entity_id, json.loads(data or "{}"))
              for eid, at, action, entity_id, data in raw]  # fmt: skip
    subsidy_ids = [int(e[3]) for e in parsed if e[2].startswith("subsidy.")]
    closure_ids = [int(e[3]) for e in parsed if e[2] == "closure.approve"]
    subs = pay_store.subsidy_facts(ctx.ledger, subsidy_ids)
    closures = pay_store.closure_facts(ctx.ledger, closure_ids)
    names = _region_names(ctx)
    out: list[Event] = []
    for eid, at, action, entity_id, data in parsed:
        day = dt.date.fromisoformat(at[:10])
        if action == "closure.approve":
            facts = closures.get(int(entity_id))
            if facts is None:
                continue
            loss, code, name, partner, region = facts
            amount = int(data.get("estimated_loss", loss))
            if amount <= 0:
                continue
            out.append(Event(EventKind.CLOSURE_LOSS, day, amount, f"closure {entity_id}", code,
                             name, partner, names.get(region, region), "", eid))  # fmt: skip
            continue
        facts = subs.get(int(entity_id))
        if facts is None:
            continue
        amount, code, name, partner, region, policy = facts
        if action == "subsidy.approve":
            kind = EventKind.ACCRUAL
        elif action == "subsidy.pay":
            kind = EventKind.PAYMENT
        elif (data.get("before") or {}).get("status") == "approved":
            kind = EventKind.REVERSAL  # a cancelled approval (a proposal withdrawn books nothing)
        else:
            continue
        out.append(Event(kind, day, int(data.get("amount", amount)), f"subsidy {entity_id}",
                         code, name, partner, names.get(region, region), policy, eid))  # fmt: skip
    return out


@dataclass(frozen=True, slots=True)
class VoucherSet:
    first: dt.date
    last: dt.date
    vouchers: list[Voucher]
    events: list[Event]

    @property
    def debit(self) -> int:
        return sum(v.debit for v in self.vouchers)

    @property
    def credit(self) -> int:
        return sum(v.credit for v in self.vouchers)

    @property
    def entries(self) -> int:
        return sum(len(v.entries) for v in self.vouchers)

    def totals(self) -> dict[str, int]:
        return vd.totals(self.vouchers)


def _period(first: dt.date, last: dt.date) -> None:
    if last < first:
        raise InvalidInput("vouchers.period_order", first=first, last=last)
    if (last - first).days > MAX_DAYS:
        raise InvalidInput("vouchers.period_long", most=MAX_DAYS)


def build(ctx: Context, first: dt.date, last: dt.date) -> VoucherSet:
    """The period's vouchers (not written anywhere)."""
    require(ctx, "payments.read")
    _period(first, last)
    with ctx.ledger.snapshot():
        found = events(ctx, first, last)
        s = all_settings(ctx.ledger)
    vouchers = vd.build(found, s["voucher_accounts"], s["voucher_aux"], s["voucher_word"])
    return VoucherSet(first, last, vouchers, found)


AUX_HEADERS = {"partner": "往来单位", "region": "大区", "store": "门店"}
XLSX_HEADERS = ["日期", "凭证字", "凭证号", "摘要", "科目编码", "科目名称", "借方金额", "贷方金额"]


def write_file(vs: VoucherSet, fmt: str, aux: list[str], path: Path) -> None:
    """The vouchers to `path`: 用友U8's text (GBK) or the generic XLSX, whole or not at all
    (the writers the other exports use)."""
    if fmt == "u8":
        from dealer_app.importing.export import write_bytes

        text = "\r\n".join(vd.u8_lines(vs.vouchers)) + "\r\n"
        write_bytes(path, text.encode("gbk", "replace"))
        return
    from dealer_app.services.exports import write_table

    rows = []
    for v in vs.vouchers:
        for e in v.entries:
            rows.append([v.day, v.word, v.number, e.summary, e.account, e.account_name,
                         e.debit // 100, e.credit // 100, *(val for _, val in e.aux)])  # fmt: skip
    headers = XLSX_HEADERS + [AUX_HEADERS[a] for a in aux]
    about = [f"凭证 {vs.first.isoformat()} 至 {vs.last.isoformat()}：{len(vs.vouchers)} 张，"
             f"{vs.entries} 条分录，借方合计 {vd.fen_text(vs.debit)}，"
             f"贷方合计 {vd.fen_text(vs.credit)}"]  # fmt: skip
    write_table(path, headers, rows, sheet="凭证", about=about, money=[6, 7], totals="合计",
                widths=[12, 8, 8, 40, 12, 22, 14, 14, 28, 10, 10])  # fmt: skip


@dataclass(frozen=True, slots=True)
class Exported:
    path: Path
    vouchers: VoucherSet
    export_id: int
    repeat_of: VoucherExport | None


def export(
    ctx: Context, first: dt.date, last: dt.date, fmt: str, path: Path | str, *,
    again: bool = False,
) -> Exported:  # fmt: skip
    """Write the period's vouchers; refused when the period (or part of it) was exported
    before, unless `again` (then recorded as a repeat of that export)."""
    require(ctx, "vouchers.export")
    if fmt not in FORMATS:
        raise InvalidInput("vouchers.format", value=fmt, allowed=list(FORMATS))
    _period(first, last)
    path = Path(path)
    with ctx.ledger.atomic():
        earlier = pay_store.overlapping_exports(ctx.ledger, first.isoformat(), last.isoformat())
        if earlier and not again:
            e = earlier[0]
            raise Conflict("vouchers.already_exported", first=e.period_from, last=e.period_to,
                           by=e.exported_by, at=e.exported_at, format=e.format)  # fmt: skip
        found = events(ctx, first, last)
        s = all_settings(ctx.ledger)
        vouchers = vd.build(found, s["voucher_accounts"], s["voucher_aux"], s["voucher_word"])
        if not vouchers:
            raise InvalidInput("vouchers.nothing", first=first, last=last)
        vs = VoucherSet(first, last, vouchers, found)
        if vs.debit != vs.credit or not all(v.balanced for v in vouchers):
            raise AssertionError("unbalanced vouchers")  # never: each event books both sides
        digest = hashlib.sha256(json.dumps(vd.u8_lines(vouchers)).encode()).hexdigest()
        write_file(vs, fmt, list(s["voucher_aux"]), path)
        repeat = earlier[0] if earlier else None
        eid = pay_store.insert_export(ctx.ledger, VoucherExport(
            0, first.isoformat(), last.isoformat(), fmt, len(vouchers), vs.entries, vs.debit,
            digest, ctx.user.name, ctx.now(), repeat.id if repeat else None))  # fmt: skip
        record(ctx, "vouchers.export", "vouchers", eid, {
            "first": first.isoformat(), "last": last.isoformat(), "format": fmt,
            "vouchers": len(vouchers), "entries": vs.entries, "debit": vs.debit,
            "credit": vs.credit, "totals": vs.totals(), "digest": digest, "file": path.name,
            "repeat_of": repeat.id if repeat else None,
        })  # fmt: skip
        return Exported(path, vs, eid, repeat)


def exports(ctx: Context) -> list[VoucherExport]:
    require(ctx, "payments.read")
    return pay_store.list_exports(ctx.ledger)
