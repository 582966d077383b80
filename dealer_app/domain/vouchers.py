"""Vouchers for the books: the ledger's money events as balanced journal entries (pure).

PRODUCT.md, "Money out": on approval, accrue (借 销售费用—经销商补贴 / 贷 其他应付款—经销商); on
payment, settle (借 其他应付款—经销商 / 贷 银行存款); on cancellation of an approved subsidy,
reverse the accrual; on an approved closure, book the one-time loss (借 营业外支出—闭店损失 /
贷 the account the settings name). The account codes and the auxiliary items (partner, region,
store) are the ledger's settings.

A voucher is the entries of one day and one kind of event (记 word, numbered in order): each
event gives one debit and one credit entry of the same amount, so every voucher balances. The
summaries are in Chinese, the language of the books.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class EventKind(StrEnum):
    ACCRUAL = "accrual"  # a subsidy approved
    REVERSAL = "reversal"  # an approved subsidy cancelled
    PAYMENT = "payment"  # a subsidy paid
    CLOSURE_LOSS = "closure_loss"  # a closure approved: its one-time loss


KIND_ORDER = tuple(EventKind)

#: (debit account key, credit account key) per kind.
POSTINGS: dict[EventKind, tuple[str, str]] = {
    EventKind.ACCRUAL: ("expense", "payable"),
    EventKind.REVERSAL: ("payable", "expense"),
    EventKind.PAYMENT: ("payable", "bank"),
    EventKind.CLOSURE_LOSS: ("closure_loss", "closure_credit"),
}

SUMMARY = {
    EventKind.ACCRUAL: "计提经销商补贴",
    EventKind.REVERSAL: "冲销经销商补贴",
    EventKind.PAYMENT: "支付经销商补贴",
    EventKind.CLOSURE_LOSS: "闭店一次性损失",
}

ACCOUNT_KEYS = ("expense", "payable", "bank", "closure_loss", "closure_credit")
AUX_ITEMS = ("partner", "region", "store")

DEFAULT_ACCOUNTS: dict[str, dict[str, str]] = {
    "expense": {"code": "660112", "name": "销售费用—经销商补贴"},
    "payable": {"code": "224101", "name": "其他应付款—经销商"},
    "bank": {"code": "100201", "name": "银行存款"},
    "closure_loss": {"code": "671101", "name": "营业外支出—闭店损失"},
    "closure_credit": {"code": "224102", "name": "其他应付款—闭店补偿"},
}


@dataclass(frozen=True, slots=True)
class Event:
    kind: EventKind
    day: dt.date
    amount: int  # yuan
    source: str  # "subsidy 12" / "closure 3": what it books
    store_code: str
    store_name: str
    partner: str
    region: str  # the region's name as the books name it
    policy: str = ""
    audit_id: int = 0


@dataclass(frozen=True, slots=True)
class Entry:
    summary: str
    account: str
    account_name: str
    debit: int  # fen
    credit: int  # fen
    aux: tuple[tuple[str, str], ...] = ()  # (item, value) in the settings' order


@dataclass(slots=True)
class Voucher:
    day: dt.date
    word: str
    number: int
    kind: EventKind
    entries: list[Entry] = field(default_factory=list)

    @property
    def debit(self) -> int:
        return sum(e.debit for e in self.entries)

    @property
    def credit(self) -> int:
        return sum(e.credit for e in self.entries)

    @property
    def balanced(self) -> bool:
        return self.debit == self.credit


def _summary(e: Event) -> str:
    what = f"{e.policy} {e.store_code}" if e.policy else e.store_code
    return f"{SUMMARY[e.kind]} {what} {e.store_name}".strip()


def build(
    events: Iterable[Event],
    accounts: Mapping[str, Mapping[str, str]],
    aux: Sequence[str] = AUX_ITEMS,
    word: str = "记",
    first_number: int = 1,
) -> list[Voucher]:
    """One voucher per day and kind, numbered from `first_number` in day order; every voucher
    balances (an event gives a debit and a credit of its amount)."""
    groups: dict[tuple[dt.date, int], list[Event]] = {}
    for e in events:
        groups.setdefault((e.day, KIND_ORDER.index(e.kind)), []).append(e)
    out: list[Voucher] = []
    number = first_number
    for (day, k), items in sorted(groups.items()):
        kind = KIND_ORDER[k]
        v = Voucher(day, word, number, kind)
        debit_key, credit_key = POSTINGS[kind]
        for e in sorted(items, key=lambda x: (x.audit_id, x.source)):
            values = {"partner": e.partner, "region": e.region, "store": e.store_code}
            items_aux = tuple((a, values[a]) for a in aux if a in values)
            fen = e.amount * 100
            for key, debit, credit in ((debit_key, fen, 0), (credit_key, 0, fen)):
                acc = accounts[key]
                v.entries.append(
                    Entry(_summary(e), acc["code"], acc.get("name", ""), debit, credit, items_aux)
                )
        assert v.balanced, v  # an event books the same amount on both sides
        out.append(v)
        number += 1
    return out


def totals(vouchers: Iterable[Voucher]) -> dict[str, int]:
    """kind -> amount booked (fen, the debit side)."""
    out = {k.value: 0 for k in EventKind}
    for v in vouchers:
        out[v.kind.value] += v.debit
    return out


def fen_text(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def _u8_text(text: str) -> str:
    """Text for a comma-separated line: no commas, quotes or line breaks of its own."""
    return " ".join(str(text).replace(",", "，").replace('"', "“").split())


def u8_lines(vouchers: Iterable[Voucher]) -> list[str]:
    """用友U8's plain-text voucher import: per entry, date, word, number, attachments, summary,
    account code, debit, credit, then the auxiliary items, separated by commas."""
    lines = []
    for v in vouchers:
        for e in v.entries:
            fields = [
                v.day.isoformat(), v.word, str(v.number), "0", _u8_text(e.summary), e.account,
                fen_text(e.debit), fen_text(e.credit), *(_u8_text(val) for _, val in e.aux),
            ]  # fmt: skip
            lines.append(",".join(fields))
    return lines
