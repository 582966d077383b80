"""Closure candidates: open, older stores that are both inefficient and loss-making.

The storage layer sums each store's last `settings.months` recorded months in SQL; this
module only judges those sums, so it is called once per store with plain numbers.

A store is a candidate iff it is `open`, was established before `settings.cutoff`, has at least
one recorded month, is inefficient (average vehicles per month below
`settings.min_avg_vehicles`; for a retail store, average revenue per month below
`settings.min_avg_revenue_retail`) and lost money (net profit summed over the same months < 0).
An average exactly at the threshold is not inefficient; a net profit of exactly 0 is not a loss.

A candidate's `reason` is a `Msg` (see `REASON_CODES`), said in the user's language by
`dealer_app.i18n`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

from dealer_app.domain.messages import Msg
from dealer_app.domain.models import ClosureCandidate, ClosureSettings, StoreStatus, StoreType

_CENT = Decimal("0.01")

#: reason code -> the parameters it carries. avg_vehicles and the vehicles threshold are
#: text as a sentence writes them ("9.83", "7.5", "10"); money is int yuan.
REASON_CODES: dict[str, tuple[str, ...]] = {
    "reason.low_revenue_and_loss": ("avg_revenue", "months", "threshold", "loss"),
    "reason.low_vehicles_and_loss": ("avg_vehicles", "months", "threshold", "loss"),
}


@lru_cache(maxsize=64)
def _exact(threshold: float | int) -> Fraction:
    """The threshold as the user typed it: 0.7 means 7/10, not the binary float near it."""
    if isinstance(threshold, int):
        return Fraction(threshold)
    return Fraction(repr(float(threshold)))


def _threshold_text(threshold: float | int) -> str:
    """10 -> "10", 10.0 -> "10", 7.5 -> "7.5", 12000 -> "12,000"."""
    exact = _exact(threshold)
    if exact.denominator == 1:
        return f"{exact.numerator:,}"
    return repr(float(threshold))


def _half_up_div(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half away from zero, in integers (denominator > 0)."""
    q, r = divmod(abs(numerator), denominator)
    if 2 * r >= denominator:
        q += 1
    return q if numerator >= 0 else -q


def judge_closure(
    store_code: str,
    store_type: str,
    status: str,
    established_on: dt.date | None,
    months: int,
    vehicles_sum: int,
    revenue_sum: int,
    net_profit_sum: int,
    settings: ClosureSettings,
) -> ClosureCandidate | None:
    """The store's closure candidacy from its last `months` recorded months, or None.

    `vehicles_sum`, `revenue_sum` and `net_profit_sum` are sums over those months (yuan for the
    money). Raises ValueError for a store type that is not a `StoreType` value.
    """
    if status != StoreStatus.OPEN.value:
        return None
    if established_on is None or established_on >= settings.cutoff:
        return None
    if months < 1 or net_profit_sum >= 0:
        return None
    kind = StoreType(store_type)
    avg_revenue = _half_up_div(revenue_sum, months)
    avg_vehicles_exact = Decimal(vehicles_sum) / Decimal(months)
    avg_vehicles_2dp = avg_vehicles_exact.quantize(_CENT, rounding=ROUND_HALF_UP)
    if kind == StoreType.RETAIL_STORE:
        threshold = settings.min_avg_revenue_retail
        if revenue_sum >= threshold * months:
            return None
        code = "reason.low_revenue_and_loss"
        params: dict[str, Any] = {
            "avg_revenue": avg_revenue,
            "months": months,
            "threshold": threshold,
            "loss": -net_profit_sum,
        }
    else:
        if Fraction(vehicles_sum, months) >= _exact(settings.min_avg_vehicles):
            return None
        threshold_text = _threshold_text(settings.min_avg_vehicles)
        code = "reason.low_vehicles_and_loss"
        params = {
            "avg_vehicles": str(avg_vehicles_2dp),
            "months": months,
            "threshold": threshold_text,
            "loss": -net_profit_sum,
        }
    return ClosureCandidate(
        store_code=store_code,
        store_type=kind,
        months=months,
        avg_vehicles=float(avg_vehicles_2dp),
        avg_revenue=avg_revenue,
        net_profit_sum=net_profit_sum,
        estimated_loss=settings.loss_by_type.get(kind.value, 0),
        reason=Msg(code, params),
    )


def closure_metrics_snapshot(
    candidate: ClosureCandidate, settings: ClosureSettings
) -> dict[str, Any]:
    """The metrics and thresholds behind a candidate, as JSON-able data for the proposal.

    Stored with the closure so it still shows why the store was proposed after the store's
    figures or the settings change.
    """
    retail = candidate.store_type == StoreType.RETAIL_STORE
    return {
        "store_code": candidate.store_code,
        "store_type": candidate.store_type.value,
        "measure": "avg_revenue" if retail else "avg_vehicles",
        "months": candidate.months,
        "window_months": settings.months,
        "avg_vehicles": candidate.avg_vehicles,
        "avg_revenue": candidate.avg_revenue,
        "net_profit_sum": candidate.net_profit_sum,
        "min_avg_vehicles": settings.min_avg_vehicles,
        "min_avg_revenue_retail": settings.min_avg_revenue_retail,
        "cutoff": settings.cutoff.isoformat(),
        "estimated_loss": candidate.estimated_loss,
        "reason": candidate.reason.as_json(),
    }


def total_estimated_loss(cands: Iterable[ClosureCandidate]) -> int:
    """The one-time loss of closing all these stores, in yuan."""
    return sum(c.estimated_loss for c in cands)


def snapshot_reason(metrics: dict[str, Any] | None) -> Msg | None:
    """The reason stored with a closure proposal (`closure_metrics_snapshot`). A ledger written
    before reasons were messages holds an English sentence there: the reason is then rebuilt
    from the metrics beside it, so that it too reads in the user's language."""
    metrics = metrics or {}
    stored = metrics.get("reason")
    if not stored:
        return None
    if isinstance(stored, dict):
        return Msg.from_json(stored)
    try:
        loss = -int(metrics["net_profit_sum"])
        months = int(metrics["months"])
        if metrics.get("measure") == "avg_revenue":
            return Msg(
                "reason.low_revenue_and_loss",
                {
                    "avg_revenue": int(metrics["avg_revenue"]),
                    "months": months,
                    "threshold": int(metrics["min_avg_revenue_retail"]),
                    "loss": loss,
                },
            )
        return Msg(
            "reason.low_vehicles_and_loss",
            {
                "avg_vehicles": f"{float(metrics['avg_vehicles']):.2f}",
                "months": months,
                "threshold": _threshold_text(float(metrics["min_avg_vehicles"])),
                "loss": loss,
            },
        )
    except (KeyError, TypeError, ValueError):
        return Msg("text.verbatim", {"text": str(stored)})
