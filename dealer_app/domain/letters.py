"""Payout letters (subsidy notices): the snapshot a letter is rendered from, its digest, the
payload of its QR code, letter numbers, dates in both languages and the default body texts.

Pure: no reportlab, no I/O, no clock reads. The ledger stores `LetterData.to_json_dict()` when
a letter number is issued and renders every print (original or copy) from that snapshot, so a
reprint is byte-for-byte the same letter; `letter_digest` is what the QR code and the PDF
metadata carry so a printed letter can be checked against the ledger.

Layouts: a snapshot says which layout it was issued in. Layout 2 (this version) keeps Chinese
and English names apart, states a payment, prints handling lines and carries the audit chain's
position at issue. A layout 1 snapshot (issued by an earlier version) is read as it was written:
its digest stays the one it was issued with.

Amounts arrive already formatted (`amount_figures` "¥500,000.00", `amount_words`
"人民币伍拾万元整", see domain/money.py): this module never formats money itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dealer_app.domain.errors import InvalidInput

#: Scheme and version at the start of every QR payload.
QR_PREFIX = "DEALERDESK:2"
QR_PREFIX_V1 = "DEALERDESK:1"
#: How many hex digits of a digest the QR code carries (64 bits: enough to catch a forgery,
#: short enough for a small, robust code).
QR_DIGEST_CHARS = 16
LAYOUT = 2

#: A letter number: letters (any script), digits, '-', '_', '.' and the brackets of a 文号
#: (〔2025〕): nothing a file name or the QR code's '|' could trip on.
_NUMBER_RE = re.compile(r"^[^\W_][\w.\-〔〕()\[\]]*$")
_HEX16_RE = re.compile(r"^[0-9a-f]{16}$")

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

#: The handling lines printed under a letter when the settings name none: who prepared it,
#: who checked it, who is responsible (each "中文 / English").
DEFAULT_HANDLERS = ("经办人 / Prepared by", "复核 / Checked by", "负责人 / Approved by")

#: Fields of a layout 1 snapshot (issued before names were kept apart).
_V1_FIELDS = (
    "number", "issue_date", "policy_code", "policy_name", "policy_version", "store_code",
    "store_name", "store_city", "region_code", "region_name_zh", "partner_name",
    "partner_address", "partner_bank", "partner_account", "partner_credit_code", "amount_fen",
    "amount_figures", "amount_words", "issuer_name", "issuer_address", "body_zh", "body_en",
    "subsidy_id",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LetterData:
    """Everything printed on one payout letter, frozen at the moment its number was issued.

    `number` is the letter's unique number (e.g. "YE2025-CENTRAL-2025-000123"), never reused.
    """

    number: str
    issue_date: dt.date
    policy_code: str
    policy_name_zh: str
    policy_name_en: str
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
    issuer_name_zh: str
    issuer_name_en: str
    issuer_address: str
    body_zh: str
    body_en: str
    subsidy_id: int
    paid_on: str = ""  # ISO date the subsidy was paid, when the letter was issued after it
    payment_reference: str = ""  # the bank transfer's reference, when paid
    handlers: tuple[str, ...] = DEFAULT_HANDLERS
    audit_entry: int = 0  # the audit log's last entry when the letter was issued
    audit_hash: str = ""  # its hash (the first 16 hex digits)
    layout: int = LAYOUT

    def __post_init__(self) -> None:
        # These are programming errors (the ledger builds the snapshot), hence ValueError.
        if not _NUMBER_RE.match(self.number):
            raise ValueError(
                f"letter number {self.number!r} must be letters, digits, '-', '_' or '.'"
            )
        if type(self.issue_date) is not dt.date:
            raise ValueError(f"issue_date must be a datetime.date, got {self.issue_date!r}")
        for name in ("amount_fen", "policy_version", "subsidy_id", "audit_entry", "layout"):
            value = getattr(self, name)
            if type(value) is not int:
                raise ValueError(f"{name} must be an int, got {value!r}")
        if self.amount_fen < 0:
            raise ValueError(f"amount_fen must not be negative, got {self.amount_fen}")
        for f in dataclasses.fields(self):
            if f.type == "str" and not isinstance(getattr(self, f.name), str):
                raise ValueError(f"{f.name} must be a str, got {getattr(self, f.name)!r}")
        if not isinstance(self.handlers, tuple):
            object.__setattr__(self, "handlers", tuple(self.handlers))

    @property
    def paid(self) -> bool:
        return bool(self.paid_on)

    def to_json_dict(self) -> dict[str, Any]:
        """The snapshot as plain JSON data (the date as ISO "2025-12-15"); a layout 1
        snapshot exactly as it was written."""
        if self.layout == 1:
            d = {name: getattr(self, name, None) for name in _V1_FIELDS if hasattr(self, name)}
            d["policy_name"] = self.policy_name_zh
            d["issuer_name"] = self.issuer_name_zh
        else:
            d = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
            d["handlers"] = list(self.handlers)
        d["issue_date"] = self.issue_date.isoformat()
        return d

    @classmethod
    def from_json_dict(cls, d: Mapping[str, Any]) -> LetterData:
        """The inverse of `to_json_dict`. Every field must be present and no other: a snapshot
        that does not match exactly would not give the same digest."""
        if "layout" not in d:
            return cls._from_v1(d)
        names = [f.name for f in dataclasses.fields(cls)]
        missing = [n for n in names if n not in d]
        extra = sorted(k for k in d if k not in names)
        if missing or extra:
            raise ValueError(
                f"letter snapshot does not match: missing {missing}, unexpected {extra}"
            )
        values = dict(d)
        values["issue_date"] = dt.date.fromisoformat(d["issue_date"])
        values["handlers"] = tuple(d["handlers"])
        return cls(**values)

    @classmethod
    def _from_v1(cls, d: Mapping[str, Any]) -> LetterData:
        missing = [n for n in _V1_FIELDS if n not in d]
        extra = sorted(k for k in d if k not in _V1_FIELDS)
        if missing or extra:
            raise ValueError(
                f"letter snapshot does not match: missing {missing}, unexpected {extra}"
            )
        values = {k: v for k, v in d.items() if k not in ("policy_name", "issuer_name")}
        values["issue_date"] = dt.date.fromisoformat(d["issue_date"])
        return cls(
            **values,
            policy_name_zh=d["policy_name"],
            policy_name_en="",
            issuer_name_zh=d["issuer_name"],
            issuer_name_en="",
            handlers=(),
            layout=1,
        )

    def printed_fields(self) -> dict[str, str]:
        """Every text the letter prints, by field: what must be printable."""
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
               if f.type == "str" and f.name not in ("audit_hash", "paid_on")}  # fmt: skip
        out["handlers"] = "".join(self.handlers)
        return out

    def fields_for_body(self) -> dict[str, str]:
        """The placeholders the body templates may use, as text."""
        out = {name: str(getattr(self, name, "")) for name in BODY_PLACEHOLDERS}
        if self.paid_on:
            paid = dt.date.fromisoformat(self.paid_on)
            out["paid_on_zh"] = format_issue_date_zh(paid)
            out["paid_on_en"] = format_issue_date_en(paid)
        return out


def canonical_json(data: LetterData) -> str:
    """The snapshot as canonical JSON: sorted keys, UTF-8 text kept as is, no spaces."""
    return json.dumps(
        data.to_json_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


def letter_digest(data: LetterData) -> str:
    """SHA-256 (hex, lower case) of the canonical JSON of the snapshot."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class QrCode:
    """What a letter's QR code says: its number, amount and digest, the audit chain's position
    at issue, and whether the print was the original or a copy."""

    number: str
    amount_fen: int
    digest16: str
    audit_entry: int = 0
    audit_hash16: str = ""
    copy: bool | None = None  # None: a layout 1 code, which does not say
    version: int = 2
    extra: dict[str, str] = field(default_factory=dict)


def qr_payload(data: LetterData, digest: str, copy: bool = False) -> str:
    """What the letter's QR code encodes, e.g.
    "DEALERDESK:2|YE2025-CENTRAL-2025-000123|50000000|1f2e3d4c5b6a7980|812|9a0b1c2d3e4f5a6b|O"
    (O: the original, C: a copy). A layout 1 letter keeps its layout 1 code."""
    short = digest[:QR_DIGEST_CHARS].lower()
    if not _HEX16_RE.match(short):
        raise ValueError(f"digest must be hexadecimal with at least 16 digits, got {digest!r}")
    if data.layout == 1:
        return f"{QR_PREFIX_V1}|{data.number}|{data.amount_fen}|{short}"
    anchor = (data.audit_hash or "0" * QR_DIGEST_CHARS)[:QR_DIGEST_CHARS]
    return f"{QR_PREFIX}|{data.number}|{data.amount_fen}|{short}|{data.audit_entry}|{anchor}|" + (
        "C" if copy else "O"
    )


def parse_qr_payload(s: str) -> QrCode:
    """The QR code of a letter, as a USB scanner types it or as pasted: surrounding blanks,
    line ends and full-width characters (a Chinese input method's ｜ and digits) are forgiven.

    Raises InvalidInput (qr.not_ours, qr.damaged) when the text is not a Dealer Desk letter
    code or lost characters on the way."""
    text = unicodedata.normalize("NFKC", s).strip().replace("\r", "").replace("\n", "")
    parts = [p.strip() for p in text.split("|")]
    if parts[0].upper() == QR_PREFIX_V1 and len(parts) == 4:
        _, number, amount, digest16 = parts
        code = QrCode(number, _amount(amount), digest16.lower(), copy=None, version=1)
    elif parts[0].upper() == QR_PREFIX and len(parts) == 7:
        _, number, amount, digest16, entry, anchor, mark = parts
        anchor, mark = anchor.lower(), mark.upper()
        if not entry.isascii() or not entry.isdigit() or not _HEX16_RE.match(anchor):
            raise InvalidInput("qr.damaged", part="audit")
        if mark not in ("O", "C"):
            raise InvalidInput("qr.damaged", part="mark")
        code = QrCode(number, _amount(amount), digest16.lower(), int(entry), anchor, mark == "C")
    else:
        raise InvalidInput("qr.not_ours")
    if not _NUMBER_RE.match(code.number):
        raise InvalidInput("qr.damaged", part="number")
    if not _HEX16_RE.match(code.digest16):
        raise InvalidInput("qr.damaged", part="digest")
    return code


def _amount(text: str) -> int:
    if not text.isascii() or not text.isdigit():
        raise InvalidInput("qr.damaged", part="amount")
    return int(text)


def format_issue_date_zh(d: dt.date) -> str:
    """2025年12月15日 (no leading zeros, as on official letters)."""
    return f"{d.year}年{d.month}月{d.day}日"


def format_issue_date_en(d: dt.date) -> str:
    """15 December 2025."""
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


# --- letter numbers -------------------------------------------------------------------------

#: The default format of letter numbers: the policy, the region's code, the year and a number
#: gapless within them, e.g. YE2025-CENTRAL-2025-000123. A setting may change it (a 文号 style
#: such as "{policy}〔{year}〕{region_zh}{seq:04d}号"); the placeholders are these.
DEFAULT_NUMBER_FORMAT = "{policy}-{region}-{year}-{seq:06d}"
NUMBER_PLACEHOLDERS = ("policy", "region", "region_zh", "year", "seq")


def letter_number(
    fmt: str, *, policy: str, region: str, region_zh: str, year: int, seq: int
) -> str:
    """The number of the `seq`th letter of `year` for this policy and region.

    Raises ValueError when `fmt` is not a usable format (checked when the setting is saved)."""
    try:
        number = fmt.format(policy=policy, region=region, region_zh=region_zh, year=year, seq=seq)
    except (KeyError, IndexError, ValueError, AttributeError) as exc:
        raise ValueError(f"letter number format {fmt!r}: {exc}") from None
    if "{seq" not in fmt.replace(" ", "") or not _NUMBER_RE.match(number):
        raise ValueError(f"letter number format {fmt!r} gives {number!r}")
    return number


# --- bodies ---------------------------------------------------------------------------------

#: The placeholders the body templates may use.
BODY_PLACEHOLDERS = (
    "partner_name",
    "store_name",
    "store_code",
    "store_city",
    "policy_name_zh",
    "policy_name_en",
    "policy_code",
    "amount_figures",
    "amount_words",
    "issuer_name_zh",
    "issuer_name_en",
    "number",
    "payment_reference",
    "paid_on_zh",  # filled in a letter issued after the payment
    "paid_on_en",
)

DEFAULT_BODY_ZH = (
    "尊敬的{partner_name}：\n\n"
    "根据《{policy_name_zh}》，贵司经营的{store_name}（门店编号 {store_code}）符合补贴条件，"
    "经审批同意，本公司向贵司发放补贴{amount_figures}（大写：{amount_words}）。"
    "款项将汇入上列贵司银行账户，请注意查收，并在收到款项后核对金额。\n\n"
    "本补贴不附带销售目标或其他条件。特此通知。"
)

DEFAULT_BODY_EN = (
    "Dear {partner_name},\n\n"
    "Under the {policy_name_en}, the store {store_name} (store code {store_code}) operated by "
    "your company qualifies for a subsidy. The subsidy has been approved, and we will pay "
    "{amount_figures} to your company's bank account shown above. Please check the amount "
    "when it arrives.\n\n"
    "This subsidy carries no sales target or other condition."
)

DEFAULT_BODY_PAID_ZH = (
    "尊敬的{partner_name}：\n\n"
    "根据《{policy_name_zh}》，贵司经营的{store_name}（门店编号 {store_code}）符合补贴条件，"
    "经审批同意，本公司已于{paid_on_zh}向上列贵司银行账户支付补贴{amount_figures}"
    "（大写：{amount_words}），银行交易参考号 {payment_reference}。请核对到账金额。\n\n"
    "本补贴不附带销售目标或其他条件。特此通知。"
)

DEFAULT_BODY_PAID_EN = (
    "Dear {partner_name},\n\n"
    "Under the {policy_name_en}, the store {store_name} (store code {store_code}) operated by "
    "your company qualifies for a subsidy. The subsidy has been approved, and on "
    "{paid_on_en} we paid {amount_figures} to your company's bank account shown above, bank "
    "reference {payment_reference}. Please check the amount received.\n\n"
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


#: What a draft letter shows where its number will be: no number is taken until the letter is
#: printed or saved (services/letters.py `preview_letters`).
DRAFT_NUMBER = "DRAFT"
