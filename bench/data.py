"""Deterministic benchmark data: a stores CSV, a performance CSV and ready-made ledgers.

Everything comes from `random.Random(SEED)` and the scale, so two runs (or two machines) build
byte-for-byte the same files. Files are cached in the work folder under names that carry the
scale and `GEN_VERSION`; bump the version when the generator changes.

Ledgers for the read cases (eligibility, closures, GUI, letters) are built with the storage
layer's bulk functions inside one transaction, not through the demo or the services: that takes
seconds at 100,000 stores, where going through the import would be measured twice.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dealer_app.domain.credit_code import make_credit_code
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import STANDARD_REGIONS

GEN_VERSION = 2
SEED = 20251215
PASSWORD = "bench-password-1"
HQ_USER = "bench_hq"
APPROVER = "bench_hq2"
#: Months of performance per store: 20 x 100,000 stores = the product's 2,000,000 rows.
MONTHS = [
    f"{y:04d}-{m:02d}"
    for y, m in [(2024, m) for m in range(5, 13)] + [(2025, m) for m in range(1, 13)]
]
assert len(MONTHS) == 20

STORE_HEADERS = [
    "store_code",
    "store_name",
    "partner_name",
    "partner_credit_code",
    "region",
    "province",
    "city",
    "address",
    "store_type",
    "established_on",
    "status",
    "partner_bank",
    "partner_account",
    "partner_address",
]
PERF_HEADERS = [
    "store_code",
    "month",
    "vehicles_delivered",
    "revenue",
    "operating_cost",
    "net_profit",
]

# (province, [cities]) per region, so every city sits in its real province and region.
GEOGRAPHY: dict[str, list[tuple[str, list[str]]]] = {
    "NORTH": [("北京", ["北京"]), ("河北", ["石家庄", "唐山", "保定"]), ("山西", ["太原", "大同"])],
    "NORTHEAST": [
        ("辽宁", ["沈阳", "大连"]),
        ("吉林", ["长春"]),
        ("黑龙江", ["哈尔滨", "齐齐哈尔"]),
    ],
    "EAST": [("上海", ["上海"]), ("江苏", ["南京", "苏州", "无锡"]), ("浙江", ["杭州", "宁波"])],
    "CENTRAL": [
        ("湖北", ["武汉", "宜昌", "襄阳"]),
        ("湖南", ["长沙", "衡阳"]),
        ("河南", ["郑州", "洛阳"]),
    ],
    "SOUTH": [("广东", ["广州", "深圳", "东莞", "佛山"]), ("广西", ["南宁"]), ("海南", ["海口"])],
    "SOUTHWEST": [("四川", ["成都", "绵阳"]), ("重庆", ["重庆"]), ("云南", ["昆明"])],
    "NORTHWEST": [("陕西", ["西安"]), ("甘肃", ["兰州"]), ("新疆", ["乌鲁木齐"])],
}
REGION_ZH = {r.code: r.name_zh for r in STANDARD_REGIONS}
# The network's mix: mostly retail stores, then sales outlets, then after-sales and corners.
TYPES = (
    ["retail_store"] * 60
    + ["car_integration_store"] * 18
    + ["delivery_center"] * 6
    + ["service_center"] * 10
    + ["store_in_store"] * 6
)
TYPE_WORD = {
    "retail_store": "零售店",
    "car_integration_store": "汽车融合店",
    "delivery_center": "交付中心",
    "service_center": "售后服务中心",
    "store_in_store": "店中店",
}
BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "招商银行", "交通银行"]
STORES_PER_PARTNER = 5
EPOCH = dt.date(2018, 1, 1)
LAST_OPENING = dt.date(2026, 1, 31)


def store_code(i: int) -> str:
    return f"S{i:06d}"


@dataclass(frozen=True)
class Scale:
    stores: int
    months: int = len(MONTHS)

    @property
    def perf_rows(self) -> int:
        return self.stores * self.months

    @property
    def tag(self) -> str:
        return f"v{GEN_VERSION}-{self.stores}"


# ---------------------------------------------------------------------------------- rows


def _partner(p: int, rng: random.Random) -> tuple[str, str, str, str, str]:
    region = STANDARD_REGIONS[p % len(STANDARD_REGIONS)].code
    province, cities = GEOGRAPHY[region][rng.randrange(len(GEOGRAPHY[region]))]
    name = f"{cities[0]}第{p:06d}号汽车销售服务有限公司"
    credit = make_credit_code(f"91{p % 90 + 10:02d}0100{p:09d}")
    bank = f"{BANKS[p % len(BANKS)]}{cities[0]}分行"
    account = f"62{p:014d}"
    address = f"{province}{cities[0]}经济开发区创业路{p % 997 + 1}号"
    return name, credit, bank, account, address


def store_rows(scale: Scale) -> Iterator[list[str]]:
    """The stores sheet's data rows, in file order (codes ascending)."""
    rng = random.Random(SEED)
    span = (LAST_OPENING - EPOCH).days
    partners: dict[int, tuple[str, str, str, str, str]] = {}
    n_partners = max(1, scale.stores // STORES_PER_PARTNER)
    for i in range(1, scale.stores + 1):
        p = rng.randrange(n_partners)
        if p not in partners:
            partners[p] = _partner(p, random.Random(SEED + p))
        pname, credit, bank, account, paddr = partners[p]
        region = STANDARD_REGIONS[p % len(STANDARD_REGIONS)].code
        province, cities = GEOGRAPHY[region][rng.randrange(len(GEOGRAPHY[region]))]
        city = cities[rng.randrange(len(cities))]
        store_type = TYPES[rng.randrange(len(TYPES))]
        roll = rng.random()
        status = "open" if roll < 0.92 else "planned" if roll < 0.95 else "closing"
        # Opening dates over 2018..Jan 2026, with extra weight around YE2025's cutoff.
        if rng.random() < 0.02:
            opened = dt.date(2025, 12, 10) + dt.timedelta(days=rng.randrange(10))
        else:
            opened = EPOCH + dt.timedelta(days=rng.randrange(span))
        established = "" if status == "planned" and rng.random() < 0.5 else opened.isoformat()
        yield [
            store_code(i),
            f"{city}{TYPE_WORD[store_type]}{i}号",
            pname,
            credit,
            REGION_ZH[region] if i % 3 == 0 else region,
            province,
            city,
            f"{city}{['人民路', '解放路', '中山路', '建设大道'][i % 4]}{i % 500 + 1}号",
            store_type,
            established,
            status,
            bank,
            account,
            paddr,
        ]


def perf_rows(scale: Scale) -> Iterator[list[str]]:
    """(code, month, vehicles, revenue, cost, net profit) for every store and month.

    About one store in twelve is a weak one (few vehicles or little revenue, and losses), so the
    closure candidates are a few thousand out of 100,000, like the seed's "over 1,000" out of
    the real network. Retail stores sell phones and appliances: their revenue does not follow
    vehicles."""
    rng = random.Random(SEED + 1)
    for i, store in enumerate(store_rows(scale), start=1):
        retail = store[8] == "retail_store"
        weak = rng.random() < 0.08
        base = rng.randrange(1, 8) if weak else rng.randrange(6, 60)
        for month in MONTHS:
            vehicles = 0 if retail else max(0, base + rng.randrange(-3, 4))
            if retail:
                revenue = (
                    rng.randrange(120_000, 340_000) if weak else rng.randrange(250_000, 2_000_000)
                )
            else:
                revenue = vehicles * 180_000 + rng.randrange(50_000, 400_000)
            margin = rng.randrange(-120_000, 10_000) if weak else rng.randrange(-30_000, 250_000)
            cost = revenue - margin
            yield [store_code(i), month, str(vehicles), str(revenue), str(cost), str(margin)]


# ---------------------------------------------------------------------------------- files


def _write_csv(path: Path, headers: list[str], rows: Iterator[list[str]]) -> Path:
    if path.exists():
        return path
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(headers)
        w.writerows(rows)
    os.replace(tmp, path)
    return path


def stores_csv(work: Path, scale: Scale) -> Path:
    return _write_csv(work / f"stores-{scale.tag}.csv", STORE_HEADERS, store_rows(scale))


def perf_csv(work: Path, scale: Scale) -> Path:
    return _write_csv(work / f"performance-{scale.tag}.csv", PERF_HEADERS, perf_rows(scale))


# -------------------------------------------------------------------------------- ledgers

#: The benchmark's fixed "today": inside YE2025's validity, like the tests' clock.
TODAY = dt.datetime(2025, 12, 16, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def _clock() -> dt.datetime:
    return TODAY


def empty_ledger(work: Path) -> Path:
    """A seeded ledger (regions, YE2025, admin) plus two HQ finance users, no stores."""
    path = work / f"empty-v{GEN_VERSION}.sqlite3"
    if path.exists():
        return path
    from dealer_app.domain.models import Role
    from dealer_app.services.context import Context
    from dealer_app.services.setup import init_ledger
    from dealer_app.services.users import add_user
    from dealer_app.storage import users as user_store

    tmp = work / "empty-building.sqlite3"
    _remove_ledger(tmp)
    ledger = init_ledger(tmp, PASSWORD, _clock)
    try:
        admin = Context(ledger, user_store.get(ledger, "admin"), _clock)
        add_user(admin, HQ_USER, Role.HQ_FINANCE, None, PASSWORD)
        add_user(admin, APPROVER, Role.HQ_FINANCE, None, PASSWORD)
        from dealer_app.services.settings import update

        update(admin, {"business_date": TODAY.date().isoformat()})  # the bench's December 2025
        ledger.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ledger.close()
    os.replace(tmp, path)
    return path


def _remove_ledger(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()


def copy_ledger(src: Path, dest: Path) -> Path:
    """A private copy of a closed, checkpointed ledger (no -wal file to carry along)."""
    _remove_ledger(dest)
    shutil.copyfile(src, dest)
    return dest


def loaded_ledger(
    work: Path, scale: Scale, *, performance: bool = True, subsidies: int = 0
) -> Path:
    """The empty ledger plus every store of the CSV and (unless `performance` is False) every
    performance row, written with the storage layer's bulk functions in one transaction; then
    `subsidies` approved YE2025 subsidies of 100,000 yuan (for the letters case)."""
    path = work / f"loaded-{scale.tag}-{'p' if performance else 'np'}-{subsidies}.sqlite3"
    if path.exists():
        return path
    from dealer_app.domain.models import Partner, Store, StoreStatus, StoreType, SubsidyStatus
    from dealer_app.storage import performance as perf_store
    from dealer_app.storage import policies as policy_store
    from dealer_app.storage import stores as store_store
    from dealer_app.storage import subsidies as subsidy_store
    from dealer_app.storage.db import open_ledger

    tmp = work / "loaded-building.sqlite3"
    copy_ledger(empty_ledger(work), tmp)
    ledger = open_ledger(tmp)
    now = TODAY.isoformat(timespec="seconds")
    region_of = {r.name_zh: r.code for r in STANDARD_REGIONS}
    try:
        with ledger.atomic():
            index = store_store.partner_index(ledger)
            pids: dict[str, int] = {}
            items: list[tuple[Store, int]] = []
            for row in store_rows(scale):
                (
                    code,
                    name,
                    pname,
                    credit,
                    region,
                    province,
                    city,
                    address,
                    stype,
                    est,
                    status,
                    bank,
                    account,
                    paddr,
                ) = row
                pid = pids.get(credit)
                if pid is None:
                    pid = pids[credit] = store_store.insert_partner(
                        ledger, Partner(pname, credit, paddr, bank, account), index
                    )
                s = Store(
                    code=code,
                    name=name,
                    partner_name=pname,
                    region=region_of.get(region, region),
                    province=province,
                    city=city,
                    store_type=StoreType(stype),
                    established_on=dt.date.fromisoformat(est) if est else None,
                    status=StoreStatus(status),
                    address=address,
                )
                items.append((s, pid))
            store_store.insert_stores(ledger, items, now)
            ids = {code: sid for code, (sid, _) in store_store.existing_codes(ledger).items()}
            if performance:
                perf_store.upsert_rows(
                    ledger,
                    (
                        (ids[c], m, int(v), int(r), int(oc), int(np))
                        for c, m, v, r, oc, np in perf_rows(scale)
                    ),
                )
            if subsidies:
                policy = policy_store.current(ledger, "YE2025")
                picked = [
                    s
                    for s, _ in items
                    if s.status == StoreStatus.OPEN
                    and s.store_type in (StoreType.CAR_INTEGRATION_STORE, StoreType.DELIVERY_CENTER)
                    and s.established_on is not None
                    and s.established_on <= dt.date(2024, 12, 31)
                ][:subsidies]
                assert len(picked) == subsidies, "not enough eligible stores for the letters"
                for s in picked:
                    sid = subsidy_store.insert(
                        ledger,
                        store_id=ids[s.code],
                        policy_id=policy.id,
                        policy_code=policy.code,
                        policy_version=policy.version,
                        params=policy.params,
                        amount=100_000,
                        tier="established_by_2024",
                        reason=Msg("text.verbatim", {"text": "bench"}),
                        user=HQ_USER,
                        now=now,
                    )
                    subsidy_store.decide(
                        ledger, sid, SubsidyStatus.APPROVED, APPROVER, now, "bench"
                    )
        ledger.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ledger.close()
    os.replace(tmp, path)
    return path
