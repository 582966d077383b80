"""Which column of a file holds which field: English or Chinese headers, matched loosely.

"Store Code", "store_code", "STORE-CODE" and "门店编码" all name the store code; a trailing unit in
brackets ("营业收入（元）", "revenue (yuan)") is ignored, but a unit of ten thousand or a
thousand yuan ("营业收入（万元）") is refused rather than silently read 10,000 times too small.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from dealer_app.domain.errors import InvalidInput
from dealer_app.domain.messages import Msg


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the field's English name, also accepted as a header
    zh: str  # the Chinese header
    required: bool
    aliases: tuple[str, ...] = ()  # further accepted headers
    money: bool = False  # an amount in yuan: a header unit of 万元 is refused

    @property
    def label(self) -> str:
        return f"{self.key} ({self.zh})"


STORE_COLUMNS: tuple[Column, ...] = (
    Column("store_code", "门店编码", True, ("门店代码", "门店编号")),
    Column("store_name", "门店名称", True),
    Column("partner_name", "经销商", True, ("经销商名称", "partner")),
    Column("partner_credit_code", "统一社会信用代码", False, ("信用代码", "credit_code")),
    Column("region", "大区", True, ("区域",)),
    Column("province", "省份", False, ("省",)),
    Column("city", "城市", True),
    Column("address", "地址", False, ("门店地址",)),
    Column("store_type", "门店类型", True),
    Column("established_on", "开业日期", True, ("opening_date", "opened_on")),
    Column("status", "状态", False, ("门店状态",)),
    Column("partner_bank", "开户银行", False, ("开户行",)),
    Column("partner_account", "银行账号", False, ("账号",)),
    Column("partner_address", "经销商地址", False),
)

PERFORMANCE_COLUMNS: tuple[Column, ...] = (
    Column("store_code", "门店编码", True, ("门店代码", "门店编号")),
    Column("month", "月份", True),
    Column("vehicles_delivered", "交付台数", True, ("交付量", "vehicles")),
    Column("revenue", "营业收入", True, money=True),
    Column("operating_cost", "运营成本", True, money=True),
    Column("net_profit", "净利润", True, money=True),
)

_SCALED_UNITS = ("万", "千", "百万", "亿", "thousand", "million", "k", "m", "10k", "000")


@dataclass(slots=True)
class ColumnMap:
    """Where each known field is in the file, and what the file calls it."""

    index: dict[str, int]  # key -> position in the row
    header: dict[str, str]  # key -> the header as the file writes it (for messages)
    ignored: list[str] = field(default_factory=list)  # headers of unused columns
    warnings: list[Msg] = field(default_factory=list)

    def has(self, key: str) -> bool:
        return key in self.index


def header_key(text: str) -> tuple[str, str]:
    """A header reduced for matching, and its trailing unit in brackets ('' when none)."""
    text = unicodedata.normalize("NFKC", text.replace("\ufeff", "")).strip().casefold()
    unit = ""
    if text.endswith(")") and "(" in text:
        cut = text.rindex("(")
        unit = text[cut + 1 : -1].strip()
        text = text[:cut]
    for ch in " _-./\u3000":
        text = text.replace(ch, "")
    return text, unit


def _matching_table(columns: Sequence[Column]) -> dict[str, Column]:
    table: dict[str, Column] = {}
    for col in columns:
        for name in (col.key, col.zh, *col.aliases):
            table[header_key(name)[0]] = col
    return table


def accepted_headers(columns: Sequence[Column]) -> list[Msg]:
    """The headers a sheet may use, each as "store_code / 门店编码", the optional ones marked."""
    return [
        Msg("import.header" if c.required else "import.header_optional", {"en": c.key, "zh": c.zh})
        for c in columns
    ]


def map_columns(headers: Sequence[str], columns: Sequence[Column], *, file: str = "") -> ColumnMap:
    """Map the file's headers to `columns`.

    Raises InvalidInput `import.missing_columns` naming every missing required column and
    listing the accepted headers, `import.duplicate_column` when two headers mean the same field,
    and `import.scaled_unit` when an amount column is in 万元 or thousands.
    """
    table = _matching_table(columns)
    result = ColumnMap({}, {})
    for i, raw in enumerate(headers):
        if not raw:
            continue
        key, unit = header_key(raw)
        col = table.get(key)
        if col is None:
            result.ignored.append(raw)
            continue
        if col.key in result.index:
            raise InvalidInput(
                "import.duplicate_column",
                file=file,
                column=col.key,
                first=result.header[col.key],
                second=raw,
            )
        if col.money and unit and any(unit == u or unit.startswith(u) for u in _SCALED_UNITS):
            raise InvalidInput(
                "import.scaled_unit",
                file=file,
                unit=unit,
                column=col.key,
                header=raw,
            )
        result.index[col.key] = i
        result.header[col.key] = raw
    missing = [c for c in columns if c.required and c.key not in result.index]
    if missing:
        raise InvalidInput(
            "import.missing_columns",
            file=file,
            missing=[c.key for c in missing],
            accepted=accepted_headers(columns),
        )
    for raw in result.ignored:
        result.warnings.append(Msg("import.column_ignored", {"value": raw}))
    return result
