"""Payout letters (subsidy notices): the snapshot a letter is rendered from, its digest, the
payload of its QR code, dates in both languages and the default body texts.

Pure: no reportlab, no I/O, no clock reads. The ledger stores `LetterData.to_json_dict()` when
a letter number is issued and renders every print (original or copy) from that snapshot, so a
reprint is byte-for-byte the same letter; `letter_digest` is what the QR code and the PDF
metadata carry so a printed letter can be checked against the ledger.

Amounts arrive already formatted (`amount_figures` "¥500,000.00", `amount_words`
"人民币伍拾万元整", see domain/money.py): this module never formats money itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: Scheme and version at the start of every QR payload; bump the number if the payload changes.
QR_PREFIX = "DEALERDESK:1"
#: How many hex digits of the digest the QR code carries (64 bits: enough to catch a forgery,
#: short enough for a small, robust code).
QR_DIGEST_CHARS = 16

_NUMBER_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
_HEX16_RE = re.compile(r"^[0-9a-f]{16}$")

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class LetterData:
    """Everything printed on one payout letter, frozen at the moment its number was issued.

    `number` is the letter's unique number (e.g. "YE2025-CENTRAL-000123"), never reused.
    """

    number: str
    issue_date: dt.date
    policy_code: str
    policy_name: str
    policy_version: int
    store_code: str
    store_name: str
    store_city: str
    region_code: str
    region_name_zh: str
    partner_name: str
    partner_address: str
    partner_bank: str
    partner_account: str
    partner_credit_code: str
    amount_fen: int
    amount_figures: str  # "¥500,000.00", formatted by the caller
    amount_words: str  # "人民币伍拾万元整", formatted by the caller
    issuer_name: str
    issuer_address: str
    body_zh: str
    body_en: str
    subsidy_id: int

    def __post_init__(self) -> None:
        # These are programming errors (the ledger builds the snapshot), hence ValueError.
        if not _NUMBER_RE.match(self.number):
            raise ValueError(
                f"letter number {self.number!r} must be letters, digits, '-', '_' or '.'"
            )
        if type(self.issue_date) is not dt.date:
            raise ValueError(f"issue_date must be a datetime.date, got {self.issue_date!r}")
        for name in ("amount_fen", "policy_version", "subsidy_id"):
            value = getattr(self, name)
            if type(value) is not int:
                raise ValueError(f"{name} must be an int, got {value!r}")
        if self.amount_fen < 0:
            raise ValueError(f"amount_fen must not be negative, got {self.amount_fen}")
        for f in dataclasses.fields(self):
            if f.type == "str" and not isinstance(getattr(self, f.name), str):
                raise ValueError(f"{f.name} must be a str, got {getattr(self, f.name)!r}")

    def to_json_dict(self) -> dict[str, Any]:
        """The snapshot as plain JSON data (the date as ISO "2025-12-15")."""
        d = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        d["issue_date"] = self.issue_date.isoformat()
        return d

    @classmethod
    def from_json_dict(cls, d: Mapping[str, Any]) -> LetterData:
        """The inverse of `to_json_dict`. Every field must be present and no other: a snapshot
        that does not match exactly would not give the same digest."""
        names = [f.name for f in dataclasses.fields(cls)]
        missing = [n for n in names if n not in d]
        extra = sorted(k for k in d if k not in names)
        if missing or extra:
            raise ValueError(
                f"letter snapshot does not match: missing {missing}, unexpected {extra}"
            )
        values = dict(d)
        values["issue_date"] = dt.date.fromisoformat(d["issue_date"])
        return cls(**values)

    def fields_for_body(self) -> dict[str, str]:
        """The placeholders the body templates may use, as text."""
        return {name: str(getattr(self, name)) for name in BODY_PLACEHOLDERS}


def canonical_json(data: LetterData) -> str:
    """The snapshot as canonical JSON: sorted keys, UTF-8 text kept as is, no spaces."""
    return json.dumps(
        data.to_json_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


def letter_digest(data: LetterData) -> str:
    """SHA-256 (hex, lower case) of the canonical JSON of the snapshot."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def qr_payload(data: LetterData, digest: str) -> str:
    """What the letter's QR code encodes, e.g.
    "DEALERDESK:1|YE2025-CENTRAL-000123|50000000|1f2e3d4c5b6a7980"."""
    short = digest[:QR_DIGEST_CHARS].lower()
    if not _HEX16_RE.match(short):
        raise ValueError(f"digest must be hexadecimal with at least 16 digits, got {digest!r}")
    return f"{QR_PREFIX}|{data.number}|{data.amount_fen}|{short}"


def parse_qr_payload(s: str) -> tuple[str, int, str]:
    """(number, amount_fen, first 16 hex digits of the digest) from a scanned QR payload.

    Raises ValueError when the text is not a Dealer Desk letter code."""
    parts = s.strip().split("|")
    if len(parts) != 4 or parts[0] != QR_PREFIX:
        raise ValueError("this is not a Dealer Desk payout letter code")
    _, number, amount, digest16 = parts
    if not _NUMBER_RE.match(number):
        raise ValueError(f"the letter number {number!r} in the code is not valid")
    if not amount.isascii() or not amount.isdigit():
        raise ValueError(f"the amount {amount!r} in the code is not a whole number of fen")
    if not _HEX16_RE.match(digest16):
        raise ValueError(f"the digest {digest16!r} in the code is not 16 hexadecimal digits")
    return number, int(amount), digest16


def format_issue_date_zh(d: dt.date) -> str:
    """2025年12月15日 (no leading zeros, as on official letters)."""
    return f"{d.year}年{d.month}月{d.day}日"


def format_issue_date_en(d: dt.date) -> str:
    """15 December 2025."""
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


#: The placeholders the body templates may use.
BODY_PLACEHOLDERS = (
    "partner_name",
    "store_name",
    "store_code",
    "store_city",
    "policy_name",
    "policy_code",
    "amount_figures",
    "amount_words",
    "issuer_name",
    "number",
)

DEFAULT_BODY_ZH = (
    "尊敬的{partner_name}：\n\n"
    "根据{policy_name}，贵司经营的{store_name}（门店编号 {store_code}）符合补贴条件，"
    "经审批同意，本公司向贵司发放补贴{amount_figures}（大写：{amount_words}）。"
    "款项将汇入上列贵司银行账户，请注意查收，并在收到款项后核对金额。\n\n"
    "本补贴不附带销售目标或其他条件。特此通知。"
)

DEFAULT_BODY_EN = (
    "Dear {partner_name},\n\n"
    "Under the {policy_name}, the store {store_name} (store code {store_code}) operated by "
    "your company qualifies for a subsidy. The subsidy has been approved, and we will pay "
    "{amount_figures} ({amount_words}) to your company's bank account shown above. Please "
    "check the amount when it arrives.\n\n"
    "This subsidy carries no sales target or other condition."
)

_PLACEHOLDER_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fill_body(template: str, data_fields: Mapping[str, object]) -> str:
    """Replace each `{name}` whose name is a key of `data_fields` by its value as text.

    Unknown placeholders, `{0}`, `{a.b}`, `{x[0]}` and stray braces are left exactly as
    written: unlike `str.format`, a template typed into the settings can neither fail nor reach
    attributes of the values."""

    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        return str(data_fields[name]) if name in data_fields else m.group(0)

    return _PLACEHOLDER_RE.sub(repl, template)


def default_body_zh(data_fields: Mapping[str, object], template: str = DEFAULT_BODY_ZH) -> str:
    """The Chinese body: `template` (the default unless the settings hold another) filled in."""
    return fill_body(template, data_fields)


def default_body_en(data_fields: Mapping[str, object], template: str = DEFAULT_BODY_EN) -> str:
    """The English body: `template` (the default unless the settings hold another) filled in."""
    return fill_body(template, data_fields)
