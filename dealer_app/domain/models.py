"""The domain's vocabulary: enums and plain dataclasses. No Qt, no SQL, no I/O, no clock reads.

Money is always an `int` of yuan unless a name says `_fen`. Dates are `datetime.date`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

from dealer_app.domain.messages import Msg


class StoreType(StrEnum):
    CAR_INTEGRATION_STORE = "car_integration_store"  # 汽车融合店
    DELIVERY_CENTER = "delivery_center"  # 交付中心
    SERVICE_CENTER = "service_center"  # 售后服务中心
    STORE_IN_STORE = "store_in_store"  # 店中店
    RETAIL_STORE = "retail_store"  # 零售店


STORE_TYPE_ZH: dict[StoreType, str] = {
    StoreType.CAR_INTEGRATION_STORE: "汽车融合店",
    StoreType.DELIVERY_CENTER: "交付中心",
    StoreType.SERVICE_CENTER: "售后服务中心",
    StoreType.STORE_IN_STORE: "店中店",
    StoreType.RETAIL_STORE: "零售店",
}


class StoreStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSING = "closing"
    CLOSED = "closed"


STORE_STATUS_ZH: dict[StoreStatus, str] = {
    StoreStatus.PLANNED: "筹备中",
    StoreStatus.OPEN: "营业中",
    StoreStatus.CLOSING: "关闭中",
    StoreStatus.CLOSED: "已关闭",
}


class Role(StrEnum):
    ADMIN = "admin"
    HQ_FINANCE = "hq_finance"
    REGIONAL_MANAGER = "regional_manager"
    AUDITOR = "auditor"  # reads everything (every region, the audit log, exports); writes nothing


class SubsidyStatus(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"
    PAID = "paid"
    CANCELLED = "cancelled"


# Which statuses are live or count against the budget, and which may follow which: the
# workflow table, dealer_app.domain.workflow.


class ClosureStatus(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"


class PolicyKind(StrEnum):
    LUMP_SUM_BY_OPENING_DATE = "lump_sum_by_opening_date"
    PER_VEHICLE_TARGET = "per_vehicle_target"


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # NORTH, CENTRAL, ...
    name_zh: str
    name_en: str


STANDARD_REGIONS: tuple[Region, ...] = (
    Region("NORTH", "华北", "North China"),
    Region("NORTHEAST", "东北", "Northeast China"),
    Region("EAST", "华东", "East China"),
    Region("CENTRAL", "华中", "Central China"),
    Region("SOUTH", "华南", "South China"),
    Region("SOUTHWEST", "西南", "Southwest China"),
    Region("NORTHWEST", "西北", "Northwest China"),
)


@dataclass(slots=True)
class Partner:
    """The dealer company behind one or more stores."""

    name: str
    credit_code: str | None = None  # 18-character unified social credit code
    address: str = ""
    bank: str = ""
    account: str = ""
    id: int | None = None


@dataclass(slots=True)
class Store:
    code: str
    name: str
    partner_name: str
    region: str  # Region.code
    province: str
    city: str
    store_type: StoreType
    established_on: dt.date | None
    status: StoreStatus
    address: str = ""
    partner_credit_code: str | None = None
    partner_bank: str = ""
    partner_account: str = ""
    closed_on: dt.date | None = None
    partner_id: int | None = None
    id: int | None = None
    partner_address: str = ""  # the partner's registered address (imports carry it)
    #: The row's version when it was read (every edit adds one); 0: not read from a ledger.
    row_version: int = 0


@dataclass(frozen=True, slots=True)
class MonthlyPerformance:
    store_code: str
    month: str  # "YYYY-MM"
    vehicles_delivered: int
    revenue: int  # yuan
    operating_cost: int  # yuan
    net_profit: int  # yuan, may be negative


@dataclass(frozen=True, slots=True)
class DateTier:
    """Stores established between `start` and `end` (both inclusive; None = open) get `amount`."""

    name: str
    start: dt.date | None
    end: dt.date | None
    amount: int


@dataclass(slots=True)
class Policy:
    """One version of a subsidy policy. `params` is the kind's parameters as plain JSON data.

    lump_sum_by_opening_date params::

        {"tiers": [{"name": "established_by_2024", "start": null, "end": "2024-12-31",
                    "amount": 100000}, ...],
         "store_types": ["car_integration_store", "delivery_center"]}

    per_vehicle_target params::

        {"rate": 666, "target": 1200, "years": 3, "last_target_year": 2024,
         "period_start": "2025-01-01", "period_end": "2025-06-30",
         "store_types": ["car_integration_store", "delivery_center"]}

    A store qualifies for per_vehicle_target when its partner delivered at least `target`
    vehicles (all its stores together) in each of the `years` calendar years ending with
    `last_target_year`; the amount is `rate` x the store's own vehicles delivered in the
    months of the period.
    """

    code: str
    name: str
    kind: PolicyKind
    params: dict[str, Any]
    budget: int
    version: int = 1
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    id: int | None = None
    #: Its name in each language (a letter prints each in its own sentence). Empty: read from
    #: `name`, which a policy saved before names were kept apart holds as "中文 / English".
    name_zh: str = ""
    name_en: str = ""

    def names(self) -> tuple[str, str]:
        """(Chinese name, English name)."""
        if self.name_zh or self.name_en:
            return self.name_zh, self.name_en
        return split_name(self.name)

    @property
    def store_types(self) -> frozenset[StoreType]:
        return frozenset(StoreType(t) for t in self.params.get("store_types", []))

    def tiers(self) -> list[DateTier]:
        """The date tiers of a lump_sum_by_opening_date policy, in the order stored."""
        out = []
        for t in self.params.get("tiers", []):
            out.append(
                DateTier(
                    name=t["name"],
                    start=dt.date.fromisoformat(t["start"]) if t.get("start") else None,
                    end=dt.date.fromisoformat(t["end"]) if t.get("end") else None,
                    amount=int(t["amount"]),
                )
            )
        return out


def split_name(name: str) -> tuple[str, str]:
    """ "2025 year-end dealer subsidy / 2025年度经销商年终补贴" -> (the part holding Chinese,
    the other part); a name in one language only is both."""
    parts = [p.strip() for p in name.split(" / ") if p.strip()]
    if len(parts) != 2:
        return name.strip(), name.strip()
    a, b = parts
    if any(ord(c) >= 0x2E80 for c in b) and not any(ord(c) >= 0x2E80 for c in a):
        return b, a
    return a, b


def join_names(zh: str, en: str) -> str:
    """The one-line name lists show: "中文 / English"."""
    zh, en = zh.strip(), en.strip()
    return f"{zh} / {en}" if zh and en and zh != en else (zh or en)


YE2025 = Policy(
    code="YE2025",
    name="2025年度经销商年终补贴 / 2025 year-end dealer subsidy",
    kind=PolicyKind.LUMP_SUM_BY_OPENING_DATE,
    params={
        "tiers": [
            {"name": "established_by_2024", "start": None, "end": "2024-12-31", "amount": 100_000},
            {"name": "new_in_2025", "start": "2025-01-01", "end": "2025-12-14", "amount": 500_000},
        ],
        "store_types": [StoreType.CAR_INTEGRATION_STORE.value, StoreType.DELIVERY_CENTER.value],
    },
    budget=150_000_000,
    valid_from=dt.date(2025, 12, 1),
    name_zh="2025年度经销商年终补贴",
    name_en="2025 year-end dealer subsidy",
)


@dataclass(frozen=True, slots=True)
class StoreFilter:
    """Which stores a list shows."""

    region: str | None = None  # a region code, or None for all
    regions: frozenset[str] | None = None  # restrict to these (the user's scope); None = all
    store_type: str | None = None
    status: str | None = None
    search: str = ""  # substring of code, name, partner name, city (any script)


class StoreRow(NamedTuple):
    """What eligibility needs of a store, read for every store of the ledger at once."""

    code: str
    store_type: str
    status: str
    established_on: str | None  # ISO date
    region: str
    partner_id: int
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class StoreFacts:
    """What a per_vehicle_target evaluation needs beyond the store row itself."""

    partner_vehicles_by_year: dict[int, int] = field(default_factory=dict)
    vehicles_in_period: int = 0


@dataclass(frozen=True, slots=True)
class EligibilityResult:
    store_code: str
    eligible: bool
    amount: int  # yuan; 0 when not eligible
    tier: str | None  # the tier's name when eligible, else None
    reason: Msg  # why, eligible or not: one plain sentence in the user's language (i18n)


@dataclass(frozen=True, slots=True)
class ClosureSettings:
    min_avg_vehicles: float = 10  # below this a (non-retail) store is inefficient
    min_avg_revenue_retail: int = 300_000  # yuan/month; below this a retail store is inefficient
    months: int = 6  # the last N recorded months
    cutoff: dt.date = dt.date(2025, 1, 1)  # only stores established before this
    loss_by_type: dict[str, int] = field(
        default_factory=lambda: {
            StoreType.RETAIL_STORE.value: 27_260,
            StoreType.STORE_IN_STORE.value: 60_000,
            StoreType.SERVICE_CENTER.value: 300_000,
            StoreType.CAR_INTEGRATION_STORE.value: 500_000,
            StoreType.DELIVERY_CENTER.value: 800_000,
        }
    )


@dataclass(frozen=True, slots=True)
class ClosureCandidate:
    store_code: str
    store_type: StoreType
    months: int  # how many recorded months the metrics cover (at most settings.months)
    avg_vehicles: float  # rounded to 2 decimals
    avg_revenue: int  # yuan per month, rounded half-up
    net_profit_sum: int  # yuan
    estimated_loss: int  # yuan, from the per-type default
    reason: Msg  # why it is a candidate: one plain sentence in the user's language (i18n)


@dataclass(slots=True)
class User:
    name: str
    role: Role
    region: str | None = None  # required for regional_manager, None otherwise
    locked: bool = False
    id: int | None = None
    row_version: int = 0  # as for Store


@dataclass(slots=True)
class Subsidy:
    id: int
    store_code: str
    policy_code: str
    policy_version: int
    amount: int
    tier: str | None
    status: SubsidyStatus
    proposed_by: str
    proposed_at: str  # ISO timestamp
    approved_by: str | None = None  # who approved or rejected
    decided_at: str | None = None
    comment: str = ""
    paid_by: str | None = None
    paid_at: str | None = None
    payment_reference: str | None = None
    region: str = ""
    store_name: str = ""
    batch: str | None = None  # the payment batch it waits in (a pending line), if any


@dataclass(slots=True)
class Closure:
    id: int
    store_code: str
    status: ClosureStatus
    proposed_by: str
    proposed_at: str
    estimated_loss: int
    metrics: dict[str, Any]
    approved_by: str | None = None
    decided_at: str | None = None
    closed_on: dt.date | None = None
    comment: str = ""
    region: str = ""
    store_name: str = ""
