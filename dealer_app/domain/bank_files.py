"""Bank file profiles: what a bank's batch-transfer upload looks like, as data.

Every bank's online banking (企业网银) takes its own layout for a batch transfer: XLSX or CSV, GBK
or UTF-8, which columns under which headers, the purpose text (用途) and its length. A profile
says all that in a small TOML file (resources/bank_profiles/*.toml ship with the program; a
user adds theirs to the data folder's bank_profiles/ without code). The same file says how the
bank's result file names its columns and its success and failure words.

Pure: `profile_from_dict` checks a parsed file, `Profile.cells` lays out one line.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dealer_app.domain.banking import BankDetails
from dealer_app.domain.errors import InvalidInput
from dealer_app.domain.messages import Msg
from dealer_app.domain.payments import yuan_text

#: What a column of the bank file may hold.
LINE_FIELDS = (
    "seq",  # 1, 2, 3 … within the file
    "reference",  # the line's reference (客户流水号), what the result file gives back
    "payee_account",
    "payee_name",
    "bank",
    "branch",
    "cnaps",
    "amount",  # yuan with two decimals: 1234.00
    "purpose",  # 用途, from the profile's template
    "batch",
    "store_code",
    "store_name",
    "partner",
    "region",
    "policy",
)
PURPOSE_FIELDS = ("policy", "store", "store_name", "batch", "reference", "partner", "region")
RESULT_FIELDS = ("reference", "account", "amount", "status", "bank_reference", "value_date",
                 "reason")  # fmt: skip
FORMATS = ("xlsx", "csv")
#: A result row's status saying the bank has not finished (unless a profile names its own).
PENDING_WORDS = ("处理中", "待处理", "银行处理中", "交易处理中", "processing", "pending")
ENCODINGS = ("gbk", "utf-8", "utf-8-sig")


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    field: str = ""  # one of LINE_FIELDS, or
    value: str = ""  # a fixed text (币种: 人民币)


@dataclass(frozen=True, slots=True)
class PayeeLine:
    """One line of a released batch, as a bank file writes it."""

    seq: int
    reference: str
    amount: int  # yuan
    payee: BankDetails
    batch: str
    store_code: str
    store_name: str
    partner: str
    region: str
    policy: str


@dataclass(frozen=True, slots=True)
class Profile:
    key: str  # the file's name without .toml
    name_zh: str
    name_en: str
    format: str
    encoding: str
    columns: tuple[Column, ...]
    purpose: str
    purpose_max: int
    sheet: str = "Sheet1"
    title_rows: tuple[str, ...] = ()
    results: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    success: tuple[str, ...] = ()
    failure: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()  # the bank has not finished: the row is not an answer yet
    source: str = ""  # where it was read from

    def name_for(self, chinese: bool) -> str:
        """Its name in the interface's language."""
        return self.name_zh if chinese else self.name_en

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def purpose_text(self, line: PayeeLine) -> str:
        values = {
            "policy": line.policy, "store": line.store_code, "store_name": line.store_name,
            "batch": line.batch, "reference": line.reference, "partner": line.partner,
            "region": line.region,
        }  # fmt: skip
        text = self.purpose.format_map(values)
        return " ".join(text.split())[: self.purpose_max]

    def cells(self, line: PayeeLine) -> list[str]:
        """The row of the bank file for `line`: text cells, the amount as 1234.00."""
        values = {
            "seq": str(line.seq),
            "reference": line.reference,
            "payee_account": line.payee.account_digits,
            "payee_name": line.payee.account_name,
            "bank": line.payee.bank,
            "branch": line.payee.branch,
            "cnaps": line.payee.cnaps,
            "amount": yuan_text(line.amount),
            "purpose": self.purpose_text(line),
            "batch": line.batch,
            "store_code": line.store_code,
            "store_name": line.store_name,
            "partner": line.partner,
            "region": line.region,
            "policy": line.policy,
        }
        return [values[c.field] if c.field else c.value for c in self.columns]

    def is_pending(self, text: str) -> bool:
        """Whether `text` says the bank is still processing the transfer."""
        key = _key(text)
        return any(_key(w) == key for w in self.pending)

    def status_of(self, text: str) -> bool | None:
        """True for a success word, False for a failure word, None for neither."""
        key = _key(text)
        if any(_key(w) == key for w in self.success):
            return True
        if any(_key(w) == key for w in self.failure):
            return False
        return None

    def result_columns(self, headers: Sequence[str]) -> dict[str, int]:
        """field -> column index in a result file's header row (the first alias found)."""
        keys = [_key(h) for h in headers]
        out: dict[str, int] = {}
        for name, aliases in self.results.items():
            for alias in aliases:
                if _key(alias) in keys:
                    out[name] = keys.index(_key(alias))
                    break
        return out


def _key(text: object) -> str:
    """A header or a status word as compared: no spaces, no trailing colon or star, no unit in
    brackets ("金额（元）" is "金额"), case-insensitive."""
    key = "".join(str(text or "").split()).strip(":：*").lower()
    for unit in ("(元)", "（元）", "(rmb)", "（rmb）", "(人民币)", "（人民币）"):
        key = key.removesuffix(unit)
    return key


def _bad(source: str, why: str, **params: Any) -> InvalidInput:
    return InvalidInput("profile.invalid", file=source, why=Msg(why, params))


def _text(data: Mapping[str, Any], key: str, source: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or (default is None and not value.strip()):
        raise _bad(source, "profile.why.text", key=key)
    return value


def _words(value: Any, source: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _bad(source, "profile.why.words", key=key)
    return tuple(value)


def profile_from_dict(key: str, data: Mapping[str, Any], source: str = "") -> Profile:
    """A profile from a parsed TOML file; InvalidInput ("profile.invalid") saying what is wrong
    and where, so a user who wrote one can fix it."""
    source = source or key
    fmt = _text(data, "format", source).lower()
    if fmt not in FORMATS:
        raise _bad(source, "profile.why.format", value=fmt)
    encoding = _text(data, "encoding", source, "utf-8-sig").lower()
    if encoding not in ENCODINGS:
        raise _bad(source, "profile.why.encoding", value=encoding)
    raw_columns = data.get("columns")
    if not isinstance(raw_columns, list) or not raw_columns:
        raise _bad(source, "profile.why.columns")
    columns = []
    for i, c in enumerate(raw_columns, 1):
        if not isinstance(c, dict) or not isinstance(c.get("header"), str):
            raise _bad(source, "profile.why.column", n=i)
        name, value = c.get("field", ""), c.get("value", "")
        if bool(name) == bool(value) or (name and name not in LINE_FIELDS):
            raise _bad(source, "profile.why.column_field", n=i, value=str(name or ""))
        columns.append(Column(c["header"], str(name), str(value)))
    fields_used = {c.field for c in columns}
    for needed in ("reference", "payee_account", "payee_name", "amount"):
        if needed not in fields_used:
            raise _bad(source, "profile.why.needs", field=needed)
    purpose = _text(data, "purpose", source, "{policy} {store}")
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(purpose) if f is not None}
    except ValueError:
        raise _bad(source, "profile.why.purpose", value=purpose) from None
    if not names <= set(PURPOSE_FIELDS):
        raise _bad(source, "profile.why.purpose", value=purpose)
    purpose_max = data.get("purpose_max", 30)
    if not isinstance(purpose_max, int) or not 4 <= purpose_max <= 200:
        raise _bad(source, "profile.why.purpose_max")
    results_raw = data.get("results", {})
    if not isinstance(results_raw, dict):
        raise _bad(source, "profile.why.results")
    results = {}
    for name in RESULT_FIELDS:
        if name in results_raw:
            results[name] = _words(results_raw[name], source, f"results.{name}")
    for needed in ("status",):
        if needed not in results:
            raise _bad(source, "profile.why.results_needs", field=needed)
    if "reference" not in results and not {"account", "amount"} <= set(results):
        raise _bad(source, "profile.why.results_needs", field="reference")
    titles = data.get("title_rows", [])
    if not isinstance(titles, list) or not all(isinstance(t, str) for t in titles):
        raise _bad(source, "profile.why.words", key="title_rows")
    return Profile(
        key=key,
        name_zh=_text(data, "name_zh", source),
        name_en=_text(data, "name_en", source),
        format=fmt,
        encoding=encoding,
        columns=tuple(columns),
        purpose=purpose,
        purpose_max=purpose_max,
        sheet=str(data.get("sheet", "Sheet1"))[:31] or "Sheet1",
        title_rows=tuple(titles),
        results=results,
        success=_words(results_raw.get("success", ["成功"]), source, "results.success"),
        failure=_words(results_raw.get("failure", ["失败"]), source, "results.failure"),
        pending=_words(results_raw.get("pending", list(PENDING_WORDS)), source, "results.pending"),
        source=source,
    )


def parse_date(value: object) -> dt.date | None:
    """A value date in a result file: a date cell, 2026-12-04, 2026/12/04, 20261204 or
    2026年12月4日 (None when it is none of these)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y年%m月%d日", "%Y-%m-%d %H:%M:%S",
                "%Y/%m/%d %H:%M:%S", "%Y.%m.%d"):  # fmt: skip
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None
