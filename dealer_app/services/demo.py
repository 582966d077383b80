"""`init --demo`: a realistic, deterministic dealer network (PRODUCT.md "Scale to plan for").

441 sales stores in 131 cities open on 30 Nov 2025 plus the 36 of the December plan (7 of them in
lower-tier cities), 249 service outlets in 144 cities, partner corners, several thousand retail
stores with 14 months of performance, opening dates spread so that every YE2025 tier and every
"not eligible" reason occurs. Demo users, proposals, approvals, payments and closures go through
the real services, so the audit log tells the story.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from dealer_app.domain.credit_code import CHARSET, make_credit_code
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import (
    Partner,
    Policy,
    PolicyKind,
    Role,
    Store,
    StoreStatus,
    StoreType,
    User,
)
from dealer_app.services import closures as closure_service
from dealer_app.services import subsidies as subsidy_service
from dealer_app.services.audit import record
from dealer_app.services.context import Context, fixed_clock
from dealer_app.services.demo_data import (
    DECEMBER_CITIES,
    GEOGRAPHY,
    PARTNER_WORDS,
    RETAIL_BRANDS,
    STREETS,
)
from dealer_app.services.users import add_user
from dealer_app.storage import payments as pay_store
from dealer_app.storage import performance as perf_store
from dealer_app.storage import policies as policy_store
from dealer_app.storage import stores as store_rows
from dealer_app.storage import users as user_store
from dealer_app.storage.db import Ledger

Progress = Callable[[int, int], None]

SEED = 20251215
DEMO_DAY = dt.datetime(2025, 12, 16, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
FIRST_MONTH = (2022, 1)
LAST_MONTH = (2025, 11)
RETAIL_COUNT = 4200
STORE_IN_STORE_COUNT = 120

DEMO_USERS = [
    ("hq.finance", Role.HQ_FINANCE, None),
    ("hq.finance2", Role.HQ_FINANCE, None),
    *[(f"mgr.{code.lower()}", Role.REGIONAL_MANAGER, code) for code in GEOGRAPHY],
    ("mgr.central2", Role.REGIONAL_MANAGER, "CENTRAL"),
]

TARGET666 = Policy(
    code="TARGET666",
    name="Three-year target bonus / 连续三年达标奖励",
    kind=PolicyKind.PER_VEHICLE_TARGET,
    params={
        "rate": 666,
        "target": 1200,
        "years": 3,
        "last_target_year": 2024,
        "period_start": "2025-01-01",
        "period_end": "2025-06-30",
        "store_types": [StoreType.CAR_INTEGRATION_STORE.value, StoreType.DELIVERY_CENTER.value],
    },
    budget=30_000_000,
    valid_from=dt.date(2025, 7, 1),
)


@dataclass
class _City:
    region: str
    province: str
    city: str


def _cities() -> list[_City]:
    return [
        _City(region, province, city)
        for region, provinces in GEOGRAPHY.items()
        for province, cities in provinces.items()
        for city in cities
    ]


def _months(start: tuple[int, int], end: tuple[int, int]) -> list[str]:
    y, m = start
    out = []
    while (y, m) <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


#: The banks of the demo's partners and their CNAPS bank codes (the first three digits).
CNAPS_BANKS = {"中国工商银行": "102", "中国建设银行": "105", "招商银行": "308", "中国银行": "104",
               "交通银行": "301"}  # fmt: skip


class _Builder:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.cities = _cities()
        self.partners: list[Partner] = []
        self.stores: list[tuple[Store, int]] = []  # (store, partner index)
        self.perf: list[tuple[str, str, int, int, int, int]] = []
        self.codes: dict[str, int] = {}

    def credit_code(self) -> str:
        area = f"{self.rng.randint(110000, 659000):06d}"
        body = "".join(self.rng.choice(CHARSET) for _ in range(9))
        return make_credit_code("91" + area + body)

    def partner(self, city: str, kind: str) -> int:
        word = self.rng.choice(PARTNER_WORDS)
        suffix = "汽车销售服务有限公司" if kind == "car" else "商贸有限公司"
        name = f"{city}{word}{suffix}"
        existing = [i for i, p in enumerate(self.partners) if p.name == name]
        if existing:
            return existing[0]
        bank = self.rng.choice(["中国工商银行", "中国建设银行", "招商银行", "中国银行", "交通银行"])
        self.partners.append(
            Partner(
                name=name,
                credit_code=self.credit_code(),
                address=f"{city}市{self.rng.choice(STREETS)}{self.rng.randint(1, 999)}号",
                bank=f"{bank}{city}分行",
                account=" ".join(f"{self.rng.randint(0, 9999):04d}" for _ in range(4)),
            )
        )
        return len(self.partners) - 1

    def branch_of(self, partner: Partner) -> tuple[str, str]:
        """The branch (开户行) and its 12-digit CNAPS code: the bank's clearing code, the city's
        and the branch's, and a check digit."""
        bank = next(b for b in CNAPS_BANKS if partner.bank.startswith(b))
        city = partner.bank.removeprefix(bank).removesuffix("分行")
        street = self.rng.choice(STREETS)
        cnaps = f"{CNAPS_BANKS[bank]}{self.rng.randint(1000, 9999)}{self.rng.randint(1000, 9999)}"
        return f"{bank}{city}{street}支行", cnaps + str(self.rng.randint(0, 9))

    def add(self, prefix: str, store: Store, partner: int) -> Store:
        n = self.codes.get(prefix, 0) + 1
        self.codes[prefix] = n
        store.code = f"{prefix}{n:05d}"
        self.stores.append((store, partner))
        return store

    def date_between(self, a: dt.date, b: dt.date) -> dt.date:
        return a + dt.timedelta(days=self.rng.randint(0, (b - a).days))

    # -- the network ---------------------------------------------------------------------------
    def sales_network(self) -> None:
        rng = self.rng
        sales_cities = [c for c in self.cities if c.city not in DECEMBER_CITIES][:131]
        groups: dict[str, list[int]] = {}
        dates: list[dt.date] = []
        # 200 stores by the end of 2024 (the seed), 241 more by 30 Nov 2025 = 441.
        dates += [dt.date(2024, 12, 31), dt.date(2024, 12, 30)]
        dates += [self.date_between(dt.date(2021, 6, 1), dt.date(2024, 12, 29)) for _ in range(198)]
        dates += [dt.date(2025, 1, 1), dt.date(2025, 1, 2)]
        dates += [self.date_between(dt.date(2025, 1, 3), dt.date(2025, 11, 30)) for _ in range(239)]
        for i, day in enumerate(dates):
            city = sales_cities[i % len(sales_cities)] if i < 262 else rng.choice(sales_cities)
            groups.setdefault(city.city, [])
            if not groups[city.city] or rng.random() < 0.3:
                groups[city.city].append(self.partner(city.city, "car"))
            pidx = rng.choice(groups[city.city])
            kind = (
                StoreType.DELIVERY_CENTER
                if rng.random() < 0.14
                else StoreType.CAR_INTEGRATION_STORE
            )
            label = "交付中心" if kind == StoreType.DELIVERY_CENTER else "汽车融合店"
            self.add(
                "DC" if kind == StoreType.DELIVERY_CENTER else "CS",
                Store(
                    "",
                    f"{city.city}{rng.choice(STREETS)}{label}",
                    self.partners[pidx].name,
                    city.region,
                    city.province,
                    city.city,
                    kind,
                    day,
                    StoreStatus.OPEN,
                    address=f"{city.city}市{rng.choice(STREETS)}{rng.randint(1, 999)}号",
                ),
                pidx,
            )
        # The December plan: 36 new stores, 7 of them in new lower-tier cities. Boundary days of
        # YE2025 on purpose: 12-14 (last eligible day), 12-15 (one day late), 12-16, later.
        december = (
            [dt.date(2025, 12, d) for d in (1, 2, 3, 5, 6, 8, 9, 10, 11, 12, 13)]
            + [dt.date(2025, 12, 14)] * 3
            + [dt.date(2025, 12, 15)] * 3
            + [dt.date(2025, 12, 16)] * 2
            + [dt.date(2025, 12, d) for d in (18, 20, 22, 26, 28, 30, 31)]
            + [None] * 10
        )
        late_cities = [c for c in self.cities if c.city in DECEMBER_CITIES]
        for i, day in enumerate(december):
            city = late_cities[i % len(late_cities)] if i < 14 else rng.choice(sales_cities)
            pidx = self.partner(city.city, "car")
            status = StoreStatus.PLANNED if day is None else StoreStatus.OPEN
            self.add(
                "CS",
                Store(
                    "",
                    f"{city.city}{rng.choice(STREETS)}汽车融合店",
                    self.partners[pidx].name,
                    city.region,
                    city.province,
                    city.city,
                    StoreType.CAR_INTEGRATION_STORE,
                    day,
                    status,
                    address=f"{city.city}市{rng.choice(STREETS)}{rng.randint(1, 999)}号",
                ),
                pidx,
            )
        # 249 service outlets in 144 cities (after-sales only: never eligible for YE2025).
        service_cities = self.cities[:144]
        for i in range(249):
            city = service_cities[i] if i < 144 else rng.choice(service_cities)
            pidx = self.partner(city.city, "car")
            self.add(
                "SV",
                Store(
                    "",
                    f"{city.city}售后服务中心{i % 3 + 1}号",
                    self.partners[pidx].name,
                    city.region,
                    city.province,
                    city.city,
                    StoreType.SERVICE_CENTER,
                    self.date_between(dt.date(2023, 3, 1), dt.date(2025, 11, 20)),
                    StoreStatus.OPEN,
                ),
                pidx,
            )
        for _ in range(STORE_IN_STORE_COUNT):
            city = rng.choice(self.cities)
            pidx = self.partner(city.city, "retail")
            self.add(
                "SS",
                Store(
                    "",
                    f"{city.city}{rng.choice(STREETS)}店中店",
                    self.partners[pidx].name,
                    city.region,
                    city.province,
                    city.city,
                    StoreType.STORE_IN_STORE,
                    self.date_between(dt.date(2022, 1, 1), dt.date(2025, 10, 1)),
                    StoreStatus.OPEN,
                ),
                pidx,
            )
        # Two open stores carried over from an old system without an opening date.
        for _ in range(2):
            city = rng.choice(sales_cities)
            pidx = self.partner(city.city, "car")
            self.add(
                "CS",
                Store(
                    "",
                    f"{city.city}{rng.choice(STREETS)}汽车融合店",
                    self.partners[pidx].name,
                    city.region,
                    city.province,
                    city.city,
                    StoreType.CAR_INTEGRATION_STORE,
                    None,
                    StoreStatus.OPEN,
                ),
                pidx,
            )
        # A few sales stores that are already closing or closed.
        for status in (StoreStatus.CLOSING, StoreStatus.CLOSED, StoreStatus.CLOSED):
            city = rng.choice(sales_cities)
            pidx = self.partner(city.city, "car")
            s = Store(
                "",
                f"{city.city}{rng.choice(STREETS)}汽车融合店",
                self.partners[pidx].name,
                city.region,
                city.province,
                city.city,
                StoreType.CAR_INTEGRATION_STORE,
                self.date_between(dt.date(2022, 1, 1), dt.date(2024, 6, 1)),
                status,
            )
            if status == StoreStatus.CLOSED:
                s.closed_on = dt.date(2025, 9, 30)
            self.add("CS", s, pidx)

    def retail_network(self) -> None:
        rng = self.rng
        for i in range(RETAIL_COUNT):
            city = rng.choice(self.cities)
            pidx = (
                self.partner(city.city, "retail")
                if rng.random() < 0.35 or not self.partners
                else rng.randrange(len(self.partners))
            )
            established = self.date_between(dt.date(2019, 3, 1), dt.date(2025, 10, 31))
            self.add(
                "RT",
                Store(
                    "",
                    f"{rng.choice(RETAIL_BRANDS)}（{city.city}{rng.choice(STREETS)}店）",
                    self.partners[pidx].name,
                    city.region,
                    city.province,
                    city.city,
                    StoreType.RETAIL_STORE,
                    established,
                    StoreStatus.CLOSED if i % 97 == 0 else StoreStatus.OPEN,
                ),
                pidx,
            )

    def performance(self) -> None:
        rng = self.rng
        all_months = _months(FIRST_MONTH, LAST_MONTH)
        retail_months = _months((2024, 10), LAST_MONTH)
        for store, _ in self.stores:
            if store.established_on is None or store.status == StoreStatus.PLANNED:
                continue
            opened = store.established_on.strftime("%Y-%m")
            if store.store_type == StoreType.RETAIL_STORE:
                weak = rng.random() < 0.31 and store.established_on < dt.date(2025, 1, 1)
                for m in retail_months:
                    if m < opened:
                        continue
                    revenue = (
                        rng.randint(120_000, 290_000) if weak else rng.randint(260_000, 900_000)
                    )
                    cost = (
                        revenue + rng.randint(5_000, 40_000)
                        if weak
                        else int(revenue * rng.uniform(0.75, 1.02))
                    )
                    self.perf.append((store.code, m, 0, revenue, cost, revenue - cost))
            elif store.store_type in (StoreType.CAR_INTEGRATION_STORE, StoreType.DELIVERY_CENTER):
                weak = rng.random() < 0.06 and store.established_on < dt.date(2025, 1, 1)
                base = rng.randint(3, 9) if weak else rng.randint(18, 90)
                for m in all_months:
                    if m < opened:
                        continue
                    vehicles = max(0, base + rng.randint(-3, 6))
                    revenue = vehicles * rng.randint(180_000, 230_000) // 10  # dealer margin share
                    cost = (
                        rng.randint(300_000, 600_000)
                        if not weak
                        else revenue + rng.randint(20_000, 90_000)
                    )
                    self.perf.append((store.code, m, vehicles, revenue, cost, revenue - cost))
            elif store.store_type == StoreType.SERVICE_CENTER:
                for m in retail_months:
                    if m < opened:
                        continue
                    revenue = rng.randint(200_000, 700_000)
                    cost = int(revenue * rng.uniform(0.7, 1.05))
                    self.perf.append((store.code, m, 0, revenue, cost, revenue - cost))


def build_demo(ledger: Ledger, password: str, progress: Progress | None = None) -> Msg:
    """Fill a freshly initialised ledger with the demo network. Returns a one-line summary."""
    steps = 6

    def step(n: int) -> None:
        if progress:
            progress(n, steps)

    b = _Builder()
    b.sales_network()
    b.retail_network()
    b.performance()
    step(1)
    admin = user_store.get(ledger, "admin")
    admin_ctx = Context(ledger, admin, fixed_clock(DEMO_DAY))
    now = admin_ctx.now()
    with ledger.atomic():
        index = store_rows.partner_index(ledger)
        pids = [store_rows.insert_partner(ledger, p, index) for p in b.partners]
        for pid, partner in zip(pids, b.partners, strict=True):
            branch, cnaps = b.branch_of(partner)
            pay_store.complete_payee(ledger, pid, branch, cnaps, partner.name)
        for store, pidx in b.stores:
            store.partner_name = b.partners[pidx].name
        store_rows.insert_stores(ledger, [(s, pids[pidx]) for s, pidx in b.stores], now)
        ids = {code: sid for code, (sid, _) in store_rows.existing_codes(ledger).items()}
        perf_store.upsert_rows(ledger, ((ids[c], m, v, r, oc, np) for c, m, v, r, oc, np in b.perf))
        policy_store.insert_version(ledger, TARGET666, now, "admin")
        record(
            admin_ctx,
            "demo.build",
            "ledger",
            ledger.path.name,
            {
                "seed": SEED,
                "stores": len(b.stores),
                "partners": len(b.partners),
                "performance_rows": len(b.perf),
                "policy": "TARGET666",
            },
        )
    # The demo tells the story of December 2025: its business date stays there (letters are
    # dated it, the dashboard is "as of" it); sign-ins and audit times keep the real clock.
    from dealer_app.services.settings import update as update_settings

    update_settings(admin_ctx, {"business_date": DEMO_DAY.date().isoformat()})
    step(2)
    for name, role, region in DEMO_USERS:
        add_user(admin_ctx, name, role, region, password)
    step(3)
    _workflow(ledger, b)
    step(6)
    return Msg(
        "demo.summary",
        {
            "stores": len(b.stores),
            "partners": len(b.partners),
            "rows": len(b.perf),
            "users": [n for n, _, _ in DEMO_USERS],
        },
    )


def _ctx(ledger: Ledger, name: str, minutes: int) -> Context:
    return Context(
        ledger, user_store.get(ledger, name), fixed_clock(DEMO_DAY + dt.timedelta(minutes=minutes))
    )


def _workflow(ledger: Ledger, b: _Builder) -> None:
    """Proposals by each region's manager, decisions by HQ finance, some payments and closures."""
    rng = random.Random(SEED + 1)
    from dealer_app.services.eligibility import eligibility

    hq = _ctx(ledger, "hq.finance", 0)
    rows = eligibility(hq, "YE2025")
    by_region: dict[str, list[str]] = {}
    for r in rows:
        if r.result.eligible:
            by_region.setdefault(r.region, []).append(r.result.store_code)
    approved: list[int] = []
    for i, (region, codes) in enumerate(sorted(by_region.items())):
        mgr = _ctx(ledger, f"mgr.{region.lower()}", 10 + i)
        chosen = [c for c in codes if rng.random() < 0.7]
        result = subsidy_service.propose_many(mgr, "YE2025", chosen)
        for _code, sid in result.done:
            roll = rng.random()
            if roll < 0.55:
                approved.append(subsidy_service.approve(_ctx(ledger, "hq.finance", 60 + i), sid).id)
            elif roll < 0.6:
                subsidy_service.reject(
                    _ctx(ledger, "hq.finance", 60 + i),
                    sid,
                    "需补充开业证明 / opening certificate missing",
                )
    pay_ctx = _ctx(ledger, "hq.finance2", 180)
    for n, sid in enumerate(approved):
        if n % 3 == 0:
            subsidy_service.pay(pay_ctx, sid, f"CMB-20251216-{sid:06d}")
    _money_out(ledger, [sid for n, sid in enumerate(approved) if n % 3])
    # Closures: managers propose some candidates, HQ finance approves most of them.
    cands = closure_service.candidates(hq)
    for n, row in enumerate(c for c in cands if not c.has_approved_unpaid_subsidy):
        if n >= 60:
            break
        mgr = _ctx(ledger, f"mgr.{row.region.lower()}", 240 + n)
        cid = closure_service.propose_closure(mgr, row.candidate.store_code)
        if n % 4 != 3:
            closure_service.approve_closure(
                _ctx(ledger, "hq.finance", 300 + n),
                cid,
                dt.date(2025, 12, 31) if n % 2 else dt.date(2025, 12, 20),
            )


def _money_out(ledger: Ledger, unpaid: list[int]) -> None:
    """A batch made by hq.finance, released by hq.finance2 and answered by the bank (two
    transfers refused); a second batch waiting for its release; a change of bank details
    waiting for a second person."""
    import tempfile
    from pathlib import Path

    from dealer_app.domain.banking import BankDetails
    from dealer_app.services import bank_profiles, banking, payments

    if len(unpaid) < 30:
        return
    first = payments.create_batch(_ctx(ledger, "hq.finance", 200), ids=unpaid[:24]).batch
    payments.release(_ctx(ledger, "hq.finance2", 210), first.number, acknowledge=True)
    hq = _ctx(ledger, "hq.finance", 220)
    lines = payments.lines(hq, first.number)
    header = "客户流水号,收款人账号,金额,交易状态,银行流水号,交易日期,失败原因"
    rows = [header]
    for n, ln in enumerate(lines):
        account = ln.details.account_digits if ln.details else ""
        if n in (3, 11):
            reason = "户名不符" if n == 3 else "账号不存在"
            rows.append(f"{ln.reference},{account},{ln.amount}.00,失败,,2025-12-17,{reason}")
        else:
            rows.append(f"{ln.reference},{account},{ln.amount}.00,成功,CMB{ln.id:08d},2025-12-17,")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{first.number}_结果.csv"
        path.write_bytes(("\r\n".join(rows) + "\r\n").encode("gbk"))
        payments.import_results(hq, path, bank_profiles.get("generic_csv"))
    payments.create_batch(_ctx(ledger, "hq.finance2", 230), ids=unpaid[24:36])
    pid = store_rows.partner_id_by_key(ledger, lines[0].store_code)
    if pid is not None:
        held = banking.payee(hq, pid)
        banking.request_change(
            _ctx(ledger, "hq.finance", 240), pid,
            BankDetails(account=" ".join(held.details.account_digits[i : i + 4][::-1]
                                         for i in range(0, 16, 4))),
            "合作方来函更换结算账户 / the partner's letter",
        )  # fmt: skip


__all__ = ["build_demo", "DEMO_USERS", "TARGET666", "User"]
