"""Closure candidates: boundaries of every condition, retail vs the others, the seed's total."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from english import en

from dealer_app.domain.closures import (
    closure_metrics_snapshot,
    judge_closure,
    snapshot_reason,
    total_estimated_loss,
)
from dealer_app.domain.models import ClosureCandidate, ClosureSettings, StoreStatus, StoreType

D = dt.date
SETTINGS = ClosureSettings()
OLD = D(2023, 6, 1)
RETAIL = StoreType.RETAIL_STORE.value
CAR = StoreType.CAR_INTEGRATION_STORE.value


def judge(
    *,
    store_type: str = CAR,
    status: str = "open",
    established_on: dt.date | None = OLD,
    months: int = 6,
    vehicles_sum: int = 21,
    revenue_sum: int = 1_080_000,
    net_profit_sum: int = -120_000,
    settings: ClosureSettings = SETTINGS,
) -> ClosureCandidate | None:
    return judge_closure(
        "WH-001",
        store_type,
        status,
        established_on,
        months,
        vehicles_sum,
        revenue_sum,
        net_profit_sum,
        settings,
    )


def test_vehicle_candidate_exact() -> None:
    assert en(judge()) == ClosureCandidate(
        store_code="WH-001",
        store_type=StoreType.CAR_INTEGRATION_STORE,
        months=6,
        avg_vehicles=3.5,
        avg_revenue=180_000,
        net_profit_sum=-120_000,
        estimated_loss=500_000,
        reason="Averaged 3.50 vehicles a month over the last 6 months (threshold 10) "
        "and lost 120,000 yuan.",
    )


def test_retail_candidate_exact() -> None:
    assert en(judge(store_type=RETAIL, vehicles_sum=0, net_profit_sum=-45_000)) == ClosureCandidate(
        store_code="WH-001",
        store_type=StoreType.RETAIL_STORE,
        months=6,
        avg_vehicles=0.0,
        avg_revenue=180_000,
        net_profit_sum=-45_000,
        estimated_loss=27_260,
        reason="Averaged 180,000 yuan revenue a month over the last 6 months "
        "(threshold 300,000) and lost 45,000 yuan.",
    )


# --- inefficiency boundaries -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("vehicles_sum", "candidate"),
    [(59, True), (60, False), (61, False), (0, True)],  # 60 / 6 == 10 is not below 10
)
def test_vehicle_threshold_boundary(vehicles_sum: int, candidate: bool) -> None:
    assert (judge(vehicles_sum=vehicles_sum) is not None) is candidate


def test_vehicle_average_rounding_and_text() -> None:
    c = judge(vehicles_sum=59)
    assert c is not None and c.avg_vehicles == 9.83
    assert en(c.reason).startswith("Averaged 9.83 vehicles a month over the last 6 months")
    c = judge(vehicles_sum=1, months=8, settings=dataclasses.replace(SETTINGS, months=12))
    assert c is not None and c.avg_vehicles == 0.13  # 0.125 half-up, not banker's 0.12
    assert "Averaged 0.13 vehicles a month over the last 8 months" in en(c.reason)


def test_fractional_vehicle_threshold_is_exact() -> None:
    """0.7 x 10 months is 7 vehicles exactly: 7 is AT the threshold, not below it."""
    settings = dataclasses.replace(SETTINGS, min_avg_vehicles=0.7, months=10)
    assert judge(months=10, vehicles_sum=7, settings=settings) is None
    c = judge(months=10, vehicles_sum=6, settings=settings)
    assert c is not None
    assert en(c.reason) == (
        "Averaged 0.60 vehicles a month over the last 10 months (threshold 0.7) "
        "and lost 120,000 yuan."
    )
    settings = dataclasses.replace(SETTINGS, min_avg_vehicles=10.0)
    assert en(judge(vehicles_sum=59, settings=settings).reason).endswith(  # type: ignore[union-attr]
        "(threshold 10) and lost 120,000 yuan."
    )


@pytest.mark.parametrize(
    ("revenue_sum", "candidate"),
    [(1_799_999, True), (1_800_000, False), (1_800_001, False), (0, True)],  # 300,000 x 6
)
def test_retail_revenue_threshold_boundary(revenue_sum: int, candidate: bool) -> None:
    result = judge(store_type=RETAIL, vehicles_sum=0, revenue_sum=revenue_sum)
    assert (result is not None) is candidate


def test_retail_ignores_vehicles_and_others_ignore_revenue() -> None:
    # A retail store selling no cars but with high revenue is efficient.
    assert judge(store_type=RETAIL, vehicles_sum=0, revenue_sum=3_000_000) is None
    # A car store with low revenue but enough vehicles is efficient.
    assert judge(store_type=CAR, vehicles_sum=120, revenue_sum=0) is None
    for store_type in ("delivery_center", "service_center", "store_in_store"):
        assert judge(store_type=store_type, vehicles_sum=120, revenue_sum=0) is None
        assert judge(store_type=store_type, vehicles_sum=0, revenue_sum=10**9) is not None


def test_average_revenue_rounds_half_up() -> None:
    c = judge(store_type=RETAIL, months=4, revenue_sum=10)  # 2.5 -> 3
    assert c is not None and c.avg_revenue == 3
    c = judge(store_type=RETAIL, months=3, revenue_sum=10)  # 3.33 -> 3
    assert c is not None and c.avg_revenue == 3
    c = judge(store_type=RETAIL, months=6, revenue_sum=-15)  # -2.5 -> -3 (half away from zero)
    assert c is not None and c.avg_revenue == -3


# --- loss boundary ---------------------------------------------------------------------------


@pytest.mark.parametrize(("net_profit_sum", "candidate"), [(-1, True), (0, False), (1, False)])
def test_loss_boundary(net_profit_sum: int, candidate: bool) -> None:
    assert (judge(net_profit_sum=net_profit_sum) is not None) is candidate
    retail = judge(store_type=RETAIL, vehicles_sum=0, net_profit_sum=net_profit_sum)
    assert (retail is not None) is candidate


def test_loss_of_one_yuan_reads_plainly() -> None:
    c = judge(net_profit_sum=-1)
    assert c is not None and en(c.reason).endswith("and lost 1 yuan.")


# --- status, opening date, months ------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "candidate"),
    [
        (StoreStatus.OPEN, True),
        (StoreStatus.PLANNED, False),
        (StoreStatus.CLOSING, False),
        (StoreStatus.CLOSED, False),
    ],
)
def test_only_open_stores(status: StoreStatus, candidate: bool) -> None:
    assert (judge(status=status.value) is not None) is candidate
    assert (judge(status=status) is not None) is candidate


@pytest.mark.parametrize(
    ("established_on", "candidate"),
    [
        (D(2024, 12, 31), True),
        (D(2025, 1, 1), False),
        (D(2025, 6, 1), False),
        (D(2010, 1, 1), True),
        (None, False),
    ],
)
def test_established_before_cutoff(established_on: dt.date | None, candidate: bool) -> None:
    assert (judge(established_on=established_on) is not None) is candidate


def test_cutoff_is_a_setting() -> None:
    settings = dataclasses.replace(SETTINGS, cutoff=D(2024, 1, 1))
    assert judge(established_on=D(2023, 12, 31), settings=settings) is not None
    assert judge(established_on=D(2024, 1, 1), settings=settings) is None


def test_months() -> None:
    assert judge(months=0, vehicles_sum=0, revenue_sum=0) is None
    c = judge(months=1, vehicles_sum=3, net_profit_sum=-5_000)
    assert c is not None
    assert en(c.reason) == (
        "Averaged 3.00 vehicles a month over the last month (threshold 10) and lost 5,000 yuan."
    )


def test_loss_by_type() -> None:
    expected = {
        "retail_store": 27_260,
        "store_in_store": 60_000,
        "service_center": 300_000,
        "car_integration_store": 500_000,
        "delivery_center": 800_000,
    }
    for store_type, loss in expected.items():
        c = judge(store_type=store_type, vehicles_sum=0, revenue_sum=0)
        assert c is not None and c.estimated_loss == loss
    settings = dataclasses.replace(SETTINGS, loss_by_type={"retail_store": 1})
    c = judge(store_type=CAR, settings=settings)
    assert c is not None and c.estimated_loss == 0


def test_unknown_store_type_is_a_bug() -> None:
    with pytest.raises(ValueError):
        judge(store_type="kiosk")


# --- snapshot and total ----------------------------------------------------------------------


def test_metrics_snapshot_is_json_and_complete() -> None:
    c = judge(store_type=RETAIL, vehicles_sum=0, net_profit_sum=-45_000)
    assert c is not None
    snapshot = closure_metrics_snapshot(c, SETTINGS)
    assert json.loads(json.dumps(snapshot)) == snapshot
    assert snapshot == {
        "store_code": "WH-001",
        "store_type": "retail_store",
        "measure": "avg_revenue",
        "months": 6,
        "window_months": 6,
        "avg_vehicles": 0.0,
        "avg_revenue": 180_000,
        "net_profit_sum": -45_000,
        "min_avg_vehicles": 10,
        "min_avg_revenue_retail": 300_000,
        "cutoff": "2025-01-01",
        "estimated_loss": 27_260,
        "reason": {
            "code": "reason.low_revenue_and_loss",
            "params": {"avg_revenue": 180_000, "months": 6, "threshold": 300_000, "loss": 45_000},
        },
    }
    assert en(snapshot_reason(snapshot)) == (
        "Averaged 180,000 yuan revenue a month over the last 6 months "
        "(threshold 300,000) and lost 45,000 yuan."
    )
    car = judge()
    assert car is not None
    assert closure_metrics_snapshot(car, SETTINGS)["measure"] == "avg_vehicles"
    assert closure_metrics_snapshot(car, SETTINGS)["avg_vehicles"] == 3.5


def test_seed_total_of_one_thousand_retail_closures() -> None:
    """The seed: over 1,000 closures, a one-time loss of about 27.26 million yuan."""
    cands = [
        judge_closure(f"R{i:05d}", RETAIL, "open", D(2024, 3, 1), 6, 0, 600_000, -10_000, SETTINGS)
        for i in range(1_000)
    ]
    assert all(c is not None for c in cands)
    assert total_estimated_loss(c for c in cands if c is not None) == 27_260_000


def test_total_of_nothing_is_zero() -> None:
    assert total_estimated_loss([]) == 0
