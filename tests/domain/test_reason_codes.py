"""The reasons of eligibility results and closure candidates are data (a `Msg`: code and
parameters), said in the user's language by the catalogue, stored and compared as data."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from english import en, zh

from dealer_app.domain import closures, eligibility
from dealer_app.domain.closures import judge_closure
from dealer_app.domain.eligibility import TARGET_MET_TIER, make_evaluator
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import (
    YE2025,
    ClosureCandidate,
    ClosureSettings,
    EligibilityResult,
    Policy,
    PolicyKind,
    StoreFacts,
    StoreType,
)

D = dt.date
CAR = StoreType.CAR_INTEGRATION_STORE.value
OPEN = "open"
ye2025 = make_evaluator(YE2025)

PV = Policy(
    "PV666",
    "per vehicle",
    PolicyKind.PER_VEHICLE_TARGET,
    {
        "rate": 666,
        "target": 1200,
        "years": 3,
        "last_target_year": 2024,
        "period_start": "2025-01-01",
        "period_end": "2025-06-30",
        "store_types": [CAR, StoreType.DELIVERY_CENTER.value],
    },
    10**8,
)
pv = make_evaluator(PV)


def _facts(y22: int | None, y23: int | None, y24: int | None, period: int) -> StoreFacts:
    years = {y: n for y, n in ((2022, y22), (2023, y23), (2024, y24)) if n is not None}
    return StoreFacts(years, period)


@pytest.mark.parametrize(
    ("opened", "code", "params"),
    [
        (
            D(2024, 12, 31),
            "reason.eligible_in_tier",
            {
                "opened": "2024-12-31",
                "position": "last",
                "tier": "established_by_2024",
                "start": None,
                "end": "2024-12-31",
                "amount": 100_000,
            },
        ),
        (
            D(2025, 1, 1),
            "reason.eligible_in_tier",
            {
                "opened": "2025-01-01",
                "position": "first",
                "tier": "new_in_2025",
                "start": "2025-01-01",
                "end": "2025-12-14",
                "amount": 500_000,
            },
        ),
        (
            D(2025, 3, 1),
            "reason.eligible_in_tier",
            {
                "opened": "2025-03-01",
                "position": "within",
                "tier": "new_in_2025",
                "start": "2025-01-01",
                "end": "2025-12-14",
                "amount": 500_000,
            },
        ),
        (
            D(2025, 12, 14),
            "reason.eligible_in_tier",
            {
                "opened": "2025-12-14",
                "position": "last",
                "tier": "new_in_2025",
                "start": "2025-01-01",
                "end": "2025-12-14",
                "amount": 500_000,
            },
        ),
        (
            D(2025, 12, 15),
            "reason.after_cutoff",
            {"opened": "2025-12-15", "days": 1, "cutoff": "2025-12-14"},
        ),
        (
            D(2026, 1, 20),
            "reason.after_cutoff",
            {"opened": "2026-01-20", "days": 37, "cutoff": "2025-12-14"},
        ),
        (None, "reason.date_unknown", {"policy": "YE2025"}),
    ],
)
def test_ye2025_boundaries(opened, code, params) -> None:
    result = ye2025("WH-001", CAR, OPEN, opened, None)
    got = dict(result.reason.params)
    if "span" in got:  # the tier's dates, as a message of their own
        span = got.pop("span")
        got |= {"start": span.params.get("start"), "end": span.params.get("end")}
    assert (result.reason.code, got) == (code, params)


def test_lump_sum_before_the_first_tier_between_tiers_and_the_only_day() -> None:
    policy = Policy(
        "GAP",
        "gap",
        PolicyKind.LUMP_SUM_BY_OPENING_DATE,
        {
            "tiers": [
                {"name": "a", "start": "2025-01-01", "end": "2025-01-31", "amount": 1},
                {"name": "b", "start": "2025-03-01", "end": "2025-03-01", "amount": 2},
            ],
            "store_types": [CAR],
        },
        10,
    )
    evaluate = make_evaluator(policy)
    before = evaluate("S", CAR, OPEN, D(2024, 12, 31), None)
    assert (before.reason.code, before.reason.params) == (
        "reason.before_first_tier",
        {"opened": "2024-12-31", "days": 1, "first_start": "2025-01-01"},
    )
    gap = evaluate("S", CAR, OPEN, D(2025, 2, 10), None)
    assert (gap.reason.code, gap.reason.params) == (
        "reason.between_tiers",
        {
            "opened": "2025-02-10",
            "before": "a",
            "before_end": "2025-01-31",
            "after": "b",
            "after_start": "2025-03-01",
        },
    )
    only = evaluate("S", CAR, OPEN, D(2025, 3, 1), None)
    assert only.reason.code == "reason.eligible_in_tier"
    assert only.reason.params["position"] == "only"
    assert only.reason.params["amount"] == 2


@pytest.mark.parametrize("status", ["planned", "closing", "closed"])
def test_status_comes_first(status) -> None:
    result = ye2025("S", "retail_store", status, None, None)
    assert (result.reason.code, result.reason.params) == (
        "reason.status_not_open",
        {"status": status},
    )


@pytest.mark.parametrize("status", ["suspended", ""])
def test_a_status_the_ledger_does_not_know(status) -> None:
    result = ye2025("S", "retail_store", status, None, None)
    assert (result.reason.code, result.reason.params) == (
        "reason.status_unknown",
        {"status": status},
    )


def test_type_not_covered_lists_the_policy_types_in_order() -> None:
    result = ye2025("S", "retail_store", OPEN, D(2025, 3, 1), None)
    assert result.reason.code == "reason.type_not_covered"
    assert result.reason.params == {
        "store_type": "retail_store",
        "policy": "YE2025",
        "eligible_types": ["car_integration_store", "delivery_center"],
    }


@pytest.mark.parametrize(
    ("facts", "code", "params"),
    [
        (
            _facts(1200, 1200, 1200, 10),
            "reason.eligible_target_met",
            {
                "target": 1200,
                "years": "2022–2024",
                "vehicles": 10,
                "rate": 666,
                "amount": 6_660,
            },
        ),
        (
            _facts(1200, 1199, 1200, 10),
            "reason.target_missed",
            {"delivered": 1199, "year": 2023, "short": 1, "target": 1200},
        ),
        (_facts(None, 1300, 1300, 10), "reason.no_deliveries", {"year": 2022, "target": 1200}),
        (None, "reason.no_deliveries", {"year": 2022, "target": 1200}),
        (
            _facts(1300, 1300, 1300, 0),
            "reason.no_vehicles_in_period",
            {"period_start": "2025-01-01", "period_end": "2025-06-30"},
        ),
    ],
)
def test_per_vehicle_target(facts, code, params) -> None:
    result = pv("S", CAR, OPEN, None, facts)
    assert (result.reason.code, result.reason.params) == (code, params)
    assert result.tier == (TARGET_MET_TIER if code.startswith("reason.eligible") else None)


def test_every_declared_code_names_its_params() -> None:
    seen: dict[str, set[str]] = {}
    cases = [
        ye2025("S", CAR, s, d, None)
        for s in ("open", "planned", "suspended")
        for d in (None, D(2024, 1, 1), D(2025, 1, 1), D(2025, 12, 15))
    ]
    cases.append(ye2025("S", "retail_store", OPEN, D(2025, 1, 1), None))
    cases += [
        pv("S", CAR, OPEN, None, f)
        for f in (
            _facts(1200, 1200, 1200, 3),
            _facts(1, 1200, 1200, 3),
            None,
            _facts(1200, 1200, 1200, 0),
        )
    ]
    gap = make_evaluator(
        Policy(
            "G",
            "g",
            PolicyKind.LUMP_SUM_BY_OPENING_DATE,
            {
                "tiers": [
                    {"name": "a", "start": "2025-01-01", "end": "2025-01-02", "amount": 1},
                    {"name": "b", "start": "2025-02-01", "end": None, "amount": 1},
                ],
                "store_types": [CAR],
            },
            1,
        )
    )
    cases += [gap("S", CAR, OPEN, d, None) for d in (D(2024, 1, 1), D(2025, 1, 15))]
    for r in cases:
        seen[r.reason.code] = set(r.reason.params)
        stored = json.loads(json.dumps(r.reason.as_json()))
        assert Msg.from_json(stored) == r.reason
    assert {c: set(p) for c, p in eligibility.REASON_CODES.items()} == seen


def test_a_reason_reads_in_both_languages() -> None:
    result = ye2025("WH-001", CAR, OPEN, D(2025, 12, 15), None)
    assert en(result.reason) == "Opened 2025-12-15, one day after the cutoff of 2025-12-14."
    assert zh(result.reason) == "开业日期 2025-12-15，比截止日期 2025-12-14 晚 1 天。"
    assert result == EligibilityResult("WH-001", False, 0, None, result.reason)


# --- closures ----------------------------------------------------------------------------------


def _judge(store_type: str, months: int, vehicles: int, revenue: int, profit: int, settings=None):
    return judge_closure(
        "WH-001",
        store_type,
        "open",
        D(2023, 6, 1),
        months,
        vehicles,
        revenue,
        profit,
        settings or ClosureSettings(),
    )


def test_closure_vehicles_reason() -> None:
    c = _judge(CAR, 6, 59, 0, -1)  # 9.8333 a month, just under 10
    assert c is not None
    assert c.reason.code == "reason.low_vehicles_and_loss"
    assert c.reason.params == {"avg_vehicles": "9.83", "months": 6, "threshold": "10", "loss": 1}


def test_closure_vehicles_threshold_as_typed() -> None:
    c = _judge(CAR, 1, 7, 0, -500, ClosureSettings(min_avg_vehicles=7.5))
    assert c is not None
    assert c.reason.params == {"avg_vehicles": "7.00", "months": 1, "threshold": "7.5", "loss": 500}


def test_closure_retail_reason() -> None:
    c = _judge("retail_store", 6, 0, 1_080_000, -45_000)
    assert c is not None
    assert (c.reason.code, c.reason.params) == (
        "reason.low_revenue_and_loss",
        {"avg_revenue": 180_000, "months": 6, "threshold": 300_000, "loss": 45_000},
    )
    assert set(c.reason.params) == set(closures.REASON_CODES[c.reason.code])


def test_closure_candidates_compare_as_data() -> None:
    c = _judge(CAR, 6, 21, 0, -120_000)
    assert c == ClosureCandidate(
        store_code="WH-001",
        store_type=StoreType.CAR_INTEGRATION_STORE,
        months=6,
        avg_vehicles=3.5,
        avg_revenue=0,
        net_profit_sum=-120_000,
        estimated_loss=500_000,
        reason=c.reason,
    )
    assert set(c.reason.params) == set(closures.REASON_CODES[c.reason.code])
