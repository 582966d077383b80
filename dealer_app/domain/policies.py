"""A policy's parameters, typed: what the JSON `Policy.params` of each kind means.

The ledger keeps a policy version's parameters as JSON (so a subsidy keeps the exact parameters
that set its amount); everything that reads them goes through `terms(policy)`, which gives a
`LumpSumTerms` or a `PerVehicleTerms`. Parameters that do not validate
(`eligibility.validate_policy_params`) raise `InvalidInput` ``policy.invalid_params``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealer_app.domain.models import DateTier, Policy, PolicyKind


@dataclass(frozen=True, slots=True)
class LumpSumTerms:
    """lump_sum_by_opening_date: an amount per tier of opening dates."""

    tiers: tuple[DateTier, ...]  # in the order the author wrote them
    store_types: tuple[str, ...]

    def sorted_tiers(self) -> tuple[DateTier, ...]:
        return tuple(sorted(self.tiers, key=lambda t: t.start or dt.date.min))


@dataclass(frozen=True, slots=True)
class PerVehicleTerms:
    """per_vehicle_target: `rate` yuan per vehicle the store delivered in the period, when its
    partner delivered `target` vehicles in each of `years` years ending with
    `last_target_year`."""

    rate: int
    target: int
    years: int
    last_target_year: int
    period_start: dt.date
    period_end: dt.date
    store_types: tuple[str, ...]

    @property
    def target_years(self) -> range:
        return range(self.last_target_year - self.years + 1, self.last_target_year + 1)

    @property
    def target_years_text(self) -> str:
        """'2024' or '2022–2024'."""
        first = self.target_years[0]
        return (
            str(self.last_target_year)
            if first == self.last_target_year
            else (f"{first}–{self.last_target_year}")
        )


Terms = LumpSumTerms | PerVehicleTerms


def _types(params: dict) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(t) for t in params.get("store_types", [])))


def terms(policy: Policy) -> Terms:
    """The typed parameters of `policy` (validated first)."""
    from dealer_app.domain.eligibility import validate_policy_params
    from dealer_app.domain.errors import InvalidInput

    problems = validate_policy_params(policy.kind, policy.params)
    if problems:
        raise InvalidInput(
            "policy.invalid_params", policy=policy.code, version=policy.version, problems=problems
        )
    p = policy.params
    if PolicyKind(policy.kind) == PolicyKind.LUMP_SUM_BY_OPENING_DATE:
        return LumpSumTerms(tuple(policy.tiers()), _types(p))
    return PerVehicleTerms(
        rate=int(p["rate"]),
        target=int(p["target"]),
        years=int(p["years"]),
        last_target_year=int(p["last_target_year"]),
        period_start=dt.date.fromisoformat(p["period_start"]),
        period_end=dt.date.fromisoformat(p["period_end"]),
        store_types=_types(p),
    )
