"""Eligibility: every YE2025 boundary, every status and type, per_vehicle_target near misses."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from english import en

from dealer_app.domain.eligibility import (
    TARGET_MET_TIER,
    evaluate,
    make_evaluator,
    validate_policy_params,
)
from dealer_app.domain.errors import InvalidInput
from dealer_app.domain.models import (
    YE2025,
    EligibilityResult,
    Policy,
    PolicyKind,
    Store,
    StoreFacts,
    StoreStatus,
    StoreType,
)

D = dt.date
CAR = StoreType.CAR_INTEGRATION_STORE.value
OPEN = StoreStatus.OPEN.value
MARCH_2025 = D(2025, 3, 1)

ye2025 = make_evaluator(YE2025)


def _store(
    *,
    store_type: StoreType = StoreType.CAR_INTEGRATION_STORE,
    status: StoreStatus = StoreStatus.OPEN,
    established_on: dt.date | None = MARCH_2025,
) -> Store:
    return Store(
        code="WH-001",
        name="武汉光谷汽车融合店",
        partner_name="武汉某汽车销售服务有限公司",
        region="CENTRAL",
        province="湖北",
        city="武汉",
        store_type=store_type,
        established_on=established_on,
        status=status,
    )


# --- YE2025 boundaries -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opened", "eligible", "amount", "tier", "reason"),
    [
        (
            D(2024, 12, 31),
            True,
            100_000,
            "established_by_2024",
            "Eligible: opened 2024-12-31, the last day of tier established_by_2024 "
            "(up to 2024-12-31): 100,000 yuan.",
        ),
        (
            D(2018, 5, 20),
            True,
            100_000,
            "established_by_2024",
            "Eligible: opened 2018-05-20, within tier established_by_2024 "
            "(up to 2024-12-31): 100,000 yuan.",
        ),
        (
            D(2025, 1, 1),
            True,
            500_000,
            "new_in_2025",
            "Eligible: opened 2025-01-01, the first day of tier new_in_2025 "
            "(2025-01-01 to 2025-12-14): 500,000 yuan.",
        ),
        (
            D(2025, 7, 15),
            True,
            500_000,
            "new_in_2025",
            "Eligible: opened 2025-07-15, within tier new_in_2025 "
            "(2025-01-01 to 2025-12-14): 500,000 yuan.",
        ),
        (
            D(2025, 12, 14),
            True,
            500_000,
            "new_in_2025",
            "Eligible: opened 2025-12-14, the last day of tier new_in_2025 "
            "(2025-01-01 to 2025-12-14): 500,000 yuan.",
        ),
        (
            D(2025, 12, 15),
            False,
            0,
            None,
            "Opened 2025-12-15, one day after the cutoff of 2025-12-14.",
        ),
        (
            D(2025, 12, 16),
            False,
            0,
            None,
            "Opened 2025-12-16, 2 days after the cutoff of 2025-12-14.",
        ),
        (
            D(2026, 1, 10),
            False,
            0,
            None,
            "Opened 2026-01-10, 27 days after the cutoff of 2025-12-14.",
        ),
        (
            D(2028, 12, 14),
            False,
            0,
            None,
            "Opened 2028-12-14, 1,096 days after the cutoff of 2025-12-14.",
        ),
        (
            None,
            False,
            0,
            None,
            "Opening date is unknown; YE2025 needs it to place the store in a tier.",
        ),
    ],
)
def test_ye2025_opening_dates(
    opened: dt.date | None, eligible: bool, amount: int, tier: str | None, reason: str
) -> None:
    for store_type in (CAR, StoreType.DELIVERY_CENTER.value):
        result = ye2025("WH-001", store_type, OPEN, opened, None)
        assert en(result) == EligibilityResult("WH-001", eligible, amount, tier, reason)


def test_same_date_twice_gives_the_same_answer_for_each_store() -> None:
    """The per-date cache must not leak one store's code into another's result."""
    a = ye2025("A", CAR, OPEN, D(2025, 5, 5), None)
    b = ye2025("B", CAR, OPEN, D(2025, 5, 5), None)
    assert (a.store_code, b.store_code) == ("A", "B")
    assert a.reason == b.reason and a.amount == b.amount == 500_000


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (StoreStatus.PLANNED, "Store is planned, not open; only open stores are eligible."),
        (StoreStatus.CLOSING, "Store is closing; only open stores are eligible."),
        (StoreStatus.CLOSED, "Store is closed; only open stores are eligible."),
        ("suspended", "Store status suspended is not open; only open stores are eligible."),
    ],
)
def test_only_open_stores_are_eligible(status: str, reason: str) -> None:
    # Status is checked first: an ineligible type or a missing date does not change the reason.
    for store_type, opened in ((CAR, D(2025, 1, 1)), ("retail_store", None)):
        result = ye2025("WH-001", store_type, status, opened, None)
        assert en(result) == EligibilityResult("WH-001", False, 0, None, reason)


def test_open_status_as_enum_or_str() -> None:
    a = ye2025("S", StoreType.DELIVERY_CENTER, StoreStatus.OPEN, D(2025, 1, 1), None)
    b = ye2025("S", "delivery_center", "open", D(2025, 1, 1), None)
    assert a == b and a.eligible


@pytest.mark.parametrize(
    ("store_type", "reason"),
    [
        (
            StoreType.SERVICE_CENTER,
            "Store type service_center is not covered by YE2025; "
            "eligible types: car_integration_store, delivery_center.",
        ),
        (
            StoreType.STORE_IN_STORE,
            "Store type store_in_store is not covered by YE2025; "
            "eligible types: car_integration_store, delivery_center.",
        ),
        (
            StoreType.RETAIL_STORE,
            "Store type retail_store is not covered by YE2025; "
            "eligible types: car_integration_store, delivery_center.",
        ),
        (
            "kiosk",
            "Store type kiosk is not covered by YE2025; "
            "eligible types: car_integration_store, delivery_center.",
        ),
    ],
)
def test_ineligible_types(store_type: str, reason: str) -> None:
    # Type comes before date: an unknown opening date does not change the reason.
    for opened in (D(2025, 1, 1), None):
        result = ye2025("WH-001", store_type, OPEN, opened, None)
        assert en(result) == EligibilityResult("WH-001", False, 0, None, reason)


@pytest.mark.parametrize("store_type", [StoreType.CAR_INTEGRATION_STORE, StoreType.DELIVERY_CENTER])
def test_eligible_types(store_type: StoreType) -> None:
    assert ye2025("S", store_type.value, OPEN, D(2024, 1, 1), None).eligible


def test_evaluate_convenience_uses_the_store_row() -> None:
    assert en(evaluate(YE2025, _store())) == EligibilityResult(
        "WH-001",
        True,
        500_000,
        "new_in_2025",
        "Eligible: opened 2025-03-01, within tier new_in_2025 (2025-01-01 to 2025-12-14): "
        "500,000 yuan.",
    )
    assert not evaluate(YE2025, _store(status=StoreStatus.CLOSING)).eligible
    assert en(evaluate(YE2025, _store(established_on=None)).reason).startswith("Opening date is")


# --- a policy with a first start, a gap, and an open end -------------------------------------


def _gappy(last_end: str | None = "2025-12-31") -> Policy:
    return Policy(
        code="GAP1",
        name="gaps",
        kind=PolicyKind.LUMP_SUM_BY_OPENING_DATE,
        params={
            # stored out of order on purpose: the evaluator sorts by start
            "tiers": [
                {"name": "late", "start": "2025-07-01", "end": last_end, "amount": 30_000},
                {"name": "early", "start": "2020-01-01", "end": "2022-12-31", "amount": 10_000},
                {"name": "middle", "start": "2023-03-01", "end": "2025-06-30", "amount": 20_000},
            ],
            "store_types": ["store_in_store"],
        },
        budget=1_000_000,
    )


@pytest.mark.parametrize(
    ("opened", "amount", "tier", "reason"),
    [
        (
            D(2019, 12, 31),
            0,
            None,
            "Opened 2019-12-31, one day before the first tier starts on 2020-01-01.",
        ),
        (
            D(2019, 12, 1),
            0,
            None,
            "Opened 2019-12-01, 31 days before the first tier starts on 2020-01-01.",
        ),
        (
            D(2020, 1, 1),
            10_000,
            "early",
            "Eligible: opened 2020-01-01, the first day of tier early (2020-01-01 to 2022-12-31): "
            "10,000 yuan.",
        ),
        (
            D(2023, 1, 1),
            0,
            None,
            "Opened 2023-01-01, between tiers early (ends 2022-12-31) and middle (starts 2023-03-01).",
        ),
        (
            D(2023, 2, 28),
            0,
            None,
            "Opened 2023-02-28, between tiers early (ends 2022-12-31) and middle (starts 2023-03-01).",
        ),
        (
            D(2023, 3, 1),
            20_000,
            "middle",
            "Eligible: opened 2023-03-01, the first day of tier middle (2023-03-01 to 2025-06-30): "
            "20,000 yuan.",
        ),
        (
            D(2025, 6, 30),
            20_000,
            "middle",
            "Eligible: opened 2025-06-30, the last day of tier middle (2023-03-01 to 2025-06-30): "
            "20,000 yuan.",
        ),
        (
            D(2025, 7, 1),
            30_000,
            "late",
            "Eligible: opened 2025-07-01, the first day of tier late (2025-07-01 to 2025-12-31): "
            "30,000 yuan.",
        ),
        (D(2026, 1, 1), 0, None, "Opened 2026-01-01, one day after the cutoff of 2025-12-31."),
    ],
)
def test_policy_with_gaps(opened: dt.date, amount: int, tier: str | None, reason: str) -> None:
    result = make_evaluator(_gappy())("S", "store_in_store", OPEN, opened, None)
    assert en(result) == EligibilityResult("S", amount > 0, amount, tier, reason)


def test_open_ended_last_tier_has_no_cutoff() -> None:
    evaluator = make_evaluator(_gappy(last_end=None))
    assert en(evaluator("S", "store_in_store", OPEN, D(2031, 1, 1), None)) == EligibilityResult(
        "S",
        True,
        30_000,
        "late",
        "Eligible: opened 2031-01-01, within tier late (from 2025-07-01): 30,000 yuan.",
    )


def test_single_day_and_any_date_tiers() -> None:
    one_day = Policy(
        "ONE",
        "one day",
        PolicyKind.LUMP_SUM_BY_OPENING_DATE,
        {
            "tiers": [
                {"name": "opening_day", "start": "2025-05-01", "end": "2025-05-01", "amount": 1}
            ],
            "store_types": [CAR],
        },
        budget=10,
    )
    assert en(make_evaluator(one_day)("S", CAR, OPEN, D(2025, 5, 1), None).reason) == (
        "Eligible: opened 2025-05-01, the only day of tier opening_day "
        "(2025-05-01 to 2025-05-01): 1 yuan."
    )
    any_date = Policy(
        "ANY",
        "any",
        PolicyKind.LUMP_SUM_BY_OPENING_DATE,
        {"tiers": [{"name": "all", "start": None, "end": None, "amount": 5}], "store_types": [CAR]},
        budget=10,
    )
    assert en(make_evaluator(any_date)("S", CAR, OPEN, D(1990, 1, 1), None).reason) == (
        "Eligible: opened 1990-01-01, within tier all (any date): 5 yuan."
    )


def test_make_evaluator_refuses_invalid_policy() -> None:
    bad = copy.deepcopy(YE2025)
    bad.params["tiers"][1]["start"] = "2024-12-31"
    with pytest.raises(InvalidInput) as info:
        make_evaluator(bad)
    assert info.value.code == "policy.invalid_params"
    assert info.value.params["policy"] == "YE2025"
    assert len(info.value.params["problems"]) == 1


def test_evaluator_handles_100k_stores_consistently() -> None:
    """The evaluator caches per opening date: 100,000 calls give the same verdicts as fresh ones.
    (Speed is measured by bench/run.py, never asserted in tests.)"""
    evaluator = make_evaluator(YE2025)
    dates = [D(2020, 1, 1) + dt.timedelta(days=i % 2500) for i in range(100_000)]
    results = [evaluator(f"S{i}", CAR, OPEN, opened, None) for i, opened in enumerate(dates)]
    for i in (0, 1826, 1827, 2175, 2176, 99_999):
        fresh = make_evaluator(YE2025)(f"S{i}", CAR, OPEN, dates[i], None)
        assert results[i] == fresh


# --- per_vehicle_target ----------------------------------------------------------------------

PV_PARAMS: dict[str, Any] = {
    "rate": 666,
    "target": 1200,
    "years": 3,
    "last_target_year": 2024,
    "period_start": "2025-01-01",
    "period_end": "2025-06-30",
    "store_types": ["car_integration_store", "delivery_center"],
}
PV666 = Policy("PV666", "666 per vehicle", PolicyKind.PER_VEHICLE_TARGET, PV_PARAMS, 10**9)
pv = make_evaluator(PV666)


def _facts(y2022: int | None, y2023: int | None, y2024: int | None, period: int) -> StoreFacts:
    years = {2022: y2022, 2023: y2023, 2024: y2024}
    return StoreFacts({y: v for y, v in years.items() if v is not None}, period)


@pytest.mark.parametrize(
    ("facts", "amount", "reason"),
    [
        (
            _facts(1200, 1300, 1250, 812),
            540_792,
            "Eligible: partner met the target of 1,200 vehicles in 2022–2024; "
            "812 vehicles × 666 yuan = 540,792 yuan.",
        ),
        (
            _facts(1200, 1200, 1200, 1),
            666,
            "Eligible: partner met the target of 1,200 vehicles in 2022–2024; "
            "1 vehicle × 666 yuan = 666 yuan.",
        ),
        (
            _facts(1201, 1201, 1201, 10),
            6_660,
            "Eligible: partner met the target of 1,200 vehicles in 2022–2024; "
            "10 vehicles × 666 yuan = 6,660 yuan.",
        ),
        (
            _facts(1199, 1300, 1300, 10),
            0,
            "Partner delivered 1,199 vehicles in 2022, 1 short of the target of 1,200.",
        ),
        (
            _facts(1300, 1150, 1300, 10),
            0,
            "Partner delivered 1,150 vehicles in 2023, 50 short of the target of 1,200.",
        ),
        (
            _facts(1300, 1300, 1199, 10),
            0,
            "Partner delivered 1,199 vehicles in 2024, 1 short of the target of 1,200.",
        ),
        # the first failing year gives the reason
        (
            _facts(1000, 1150, 0, 10),
            0,
            "Partner delivered 1,000 vehicles in 2022, 200 short of the target of 1,200.",
        ),
        (
            _facts(1300, 1300, 0, 10),
            0,
            "Partner delivered 0 vehicles in 2024, 1,200 short of the target of 1,200.",
        ),
        (
            _facts(1300, 1300, 1, 10),
            0,
            "Partner delivered 1 vehicle in 2024, 1,199 short of the target of 1,200.",
        ),
        (
            _facts(None, 1300, 1300, 10),
            0,
            "Partner has no deliveries recorded for 2022; the target is 1,200 vehicles a year.",
        ),
        (
            _facts(1300, None, 1000, 10),
            0,
            "Partner has no deliveries recorded for 2023; the target is 1,200 vehicles a year.",
        ),
        (
            _facts(1300, 1300, 1300, 0),
            0,
            "No vehicles delivered between 2025-01-01 and 2025-06-30.",
        ),
        (
            None,
            0,
            "Partner has no deliveries recorded for 2022; the target is 1,200 vehicles a year.",
        ),
    ],
)
def test_per_vehicle_target(facts: StoreFacts | None, amount: int, reason: str) -> None:
    tier = TARGET_MET_TIER if amount else None
    assert en(pv("S", CAR, OPEN, None, facts)) == EligibilityResult(
        "S", amount > 0, amount, tier, reason
    )


def test_per_vehicle_target_years_outside_the_window_do_not_count() -> None:
    facts = StoreFacts({2021: 0, 2022: 1200, 2023: 1200, 2024: 1200, 2025: 5}, 3)
    assert pv("S", CAR, OPEN, None, facts).amount == 1_998


def test_per_vehicle_target_status_and_type_first() -> None:
    good = _facts(1300, 1300, 1300, 10)
    assert en(pv("S", CAR, "closed", None, good).reason) == (
        "Store is closed; only open stores are eligible."
    )
    assert en(pv("S", "retail_store", OPEN, None, good).reason) == (
        "Store type retail_store is not covered by PV666; "
        "eligible types: car_integration_store, delivery_center."
    )


def test_per_vehicle_target_one_year() -> None:
    policy = Policy("PV1", "one", PolicyKind.PER_VEHICLE_TARGET, {**PV_PARAMS, "years": 1}, 10**6)
    result = make_evaluator(policy)("S", CAR, OPEN, None, StoreFacts({2024: 1200}, 2))
    assert en(result.reason) == (
        "Eligible: partner met the target of 1,200 vehicles in 2024; "
        "2 vehicles × 666 yuan = 1,332 yuan."
    )


# --- validation ------------------------------------------------------------------------------


def test_seeded_policies_are_valid() -> None:
    assert en(validate_policy_params(YE2025.kind, YE2025.params)) == []
    assert en(validate_policy_params("per_vehicle_target", PV_PARAMS)) == []
    assert en(validate_policy_params(PolicyKind.LUMP_SUM_BY_OPENING_DATE, _gappy().params)) == []


def _tiers(*tiers: dict[str, Any]) -> dict[str, Any]:
    return {"tiers": list(tiers), "store_types": [CAR]}


@pytest.mark.parametrize(
    ("params", "problems"),
    [
        (
            _tiers(
                {"name": "a", "start": None, "end": "2024-12-31", "amount": 1},
                {"name": "b", "start": "2024-12-31", "end": None, "amount": 2},
            ),
            [
                "Tiers a (up to 2024-12-31) and b (from 2024-12-31) overlap; "
                "a store must fall in one tier at most."
            ],
        ),
        (
            _tiers(
                {"name": "a", "start": None, "end": None, "amount": 1},
                {"name": "b", "start": "2020-01-01", "end": "2020-12-31", "amount": 2},
            ),
            [
                "Tiers a (any date) and b (2020-01-01 to 2020-12-31) overlap; "
                "a store must fall in one tier at most."
            ],
        ),
        (
            _tiers({"name": "a", "start": "2025-12-14", "end": "2025-01-01", "amount": 1}),
            ["Tier a ends on 2025-01-01, before it starts on 2025-12-14."],
        ),
        (
            _tiers({"name": "a", "start": None, "end": "2024-12-31", "amount": 0}),
            ["Tier a amount '0' is not a whole number of yuan above 0; write it like 500000."],
        ),
        (
            _tiers({"name": "a", "start": None, "end": "2024-12-31", "amount": 100.5}),
            ["Tier a amount '100.5' is not a whole number of yuan above 0; write it like 500000."],
        ),
        (
            _tiers({"name": "a", "start": None, "end": "2024-12-31", "amount": "100000"}),
            ["Tier a amount '100000' is not a whole number of yuan above 0; write it like 500000."],
        ),
        (
            _tiers({"name": "a", "start": None, "end": "2024-12-31"}),
            ["Tier a has no amount; give a whole number of yuan above 0."],
        ),
        (
            _tiers({"name": "a", "start": None, "end": "31/12/2024", "amount": 1}),
            ["Tier a end '31/12/2024' is not a date; write it as YYYY-MM-DD, e.g. 2025-12-14."],
        ),
        (
            _tiers(
                {"name": "a", "start": None, "end": "2020-12-31", "amount": 1},
                {"name": "a", "start": "2021-01-01", "end": None, "amount": 1},
            ),
            ["Two tiers are named a; tier names must be unique."],
        ),
        (
            _tiers({"start": None, "end": "2020-12-31", "amount": 1, "bonus": 2}),
            [
                "Tier 1 has no name; give each tier a short name.",
                "Tier 1 has an unknown field 'bonus'; allowed: amount, end, name, start.",
            ],
        ),
        (
            {"store_types": [CAR]},
            ["Missing tiers: give at least one tier with name, start, end and amount."],
        ),
        (
            {"tiers": [], "store_types": [CAR]},
            ["tiers must be a non-empty list of tiers with name, start, end and amount."],
        ),
        (
            {
                "tiers": [{"name": "a", "start": None, "end": None, "amount": 1}],
                "store_types": ["kiosk"],
            },
            [
                "Unknown store type 'kiosk'; known types: car_integration_store, delivery_center, "
                "service_center, store_in_store, retail_store."
            ],
        ),
        (
            {"tiers": [{"name": "a", "start": None, "end": None, "amount": 1}]},
            [
                "Missing store_types: list the eligible store types (car_integration_store, "
                "delivery_center, service_center, store_in_store, retail_store)."
            ],
        ),
        (
            {
                "tiers": [{"name": "a", "start": None, "end": None, "amount": 1}],
                "store_types": [],
                "x": 1,
            },
            [
                "Unknown parameter 'x' for lump_sum_by_opening_date; allowed: store_types, tiers.",
                "store_types must be a non-empty list of store types (car_integration_store, "
                "delivery_center, service_center, store_in_store, retail_store).",
            ],
        ),
    ],
)
def test_lump_sum_validation(params: dict[str, Any], problems: list[str]) -> None:
    assert en(validate_policy_params(PolicyKind.LUMP_SUM_BY_OPENING_DATE, params)) == problems


def test_adjacent_tiers_do_not_overlap() -> None:
    params = _tiers(
        {"name": "a", "start": None, "end": "2024-12-31", "amount": 1},
        {"name": "b", "start": "2025-01-01", "end": "2025-12-14", "amount": 2},
        {"name": "c", "start": "2025-12-15", "end": None, "amount": 3},
    )
    assert en(validate_policy_params("lump_sum_by_opening_date", params)) == []


def _without(key: str) -> dict[str, Any]:
    return {k: v for k, v in PV_PARAMS.items() if k != key}


@pytest.mark.parametrize(
    ("params", "problems"),
    [
        (
            _without("rate"),
            [
                "Missing rate: the amount in yuan per vehicle delivered in the period, a whole number above 0."
            ],
        ),
        (
            _without("target"),
            [
                "Missing target: the vehicles the partner must deliver each year, a whole number above 0."
            ],
        ),
        (
            _without("years"),
            [
                "Missing years: how many years in a row the target must be met, a whole number above 0."
            ],
        ),
        (
            {**PV_PARAMS, "rate": 0},
            [
                "rate '0' is not a whole number above 0 (the amount in yuan per vehicle delivered in the period)."
            ],
        ),
        (
            {**PV_PARAMS, "rate": 6.66},
            [
                "rate '6.66' is not a whole number above 0 (the amount in yuan per vehicle delivered in the period)."
            ],
        ),
        (
            {**PV_PARAMS, "years": True},
            [
                "years 'True' is not a whole number above 0 (how many years in a row the target must be met)."
            ],
        ),
        (
            _without("last_target_year"),
            ["Missing last_target_year: the last calendar year of the target, e.g. 2024."],
        ),
        (
            {**PV_PARAMS, "last_target_year": "2024"},
            ["last_target_year '2024' is not a calendar year such as 2024."],
        ),
        (
            _without("period_start"),
            [
                "Missing period_start: the first day of the period whose vehicles are paid, as YYYY-MM-DD."
            ],
        ),
        (
            _without("period_end"),
            [
                "Missing period_end: the last day of the period whose vehicles are paid, as YYYY-MM-DD."
            ],
        ),
        (
            {**PV_PARAMS, "period_end": "2024-12-31"},
            ["period_end 2024-12-31 is before period_start 2025-01-01."],
        ),
        (
            {**PV_PARAMS, "period_start": "2025-13-01"},
            ["period_start '2025-13-01' is not a date; write it as YYYY-MM-DD, e.g. 2025-12-14."],
        ),
        (
            {**PV_PARAMS, "tiers": []},
            [
                "Unknown parameter 'tiers' for per_vehicle_target; allowed: last_target_year, "
                "period_end, period_start, rate, store_types, target, years."
            ],
        ),
    ],
)
def test_per_vehicle_validation(params: dict[str, Any], problems: list[str]) -> None:
    assert en(validate_policy_params(PolicyKind.PER_VEHICLE_TARGET, params)) == problems


def test_unknown_kind_and_bad_params() -> None:
    assert en(validate_policy_params("per_store", {})) == [
        "Unknown policy kind 'per_store'; known kinds: lump_sum_by_opening_date, per_vehicle_target."
    ]
    assert en(validate_policy_params("per_vehicle_target", [1, 2])) == [  # type: ignore[arg-type]
        "Policy parameters must be a JSON object."
    ]
