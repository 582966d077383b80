"""Who gets what under a policy, and why: the eligibility screen and `dealer-app eligibility`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dealer_app.domain.eligibility import make_evaluator
from dealer_app.domain.models import EligibilityResult, Policy, StoreFacts, StoreRow
from dealer_app.domain.policies import PerVehicleTerms, terms
from dealer_app.importing.readers import paused_gc
from dealer_app.services.context import Context
from dealer_app.services.permissions import scope
from dealer_app.storage import performance as perf_store
from dealer_app.storage import policies as policy_store
from dealer_app.storage import stores as store_rows
from dealer_app.storage import subsidies as subsidy_store
from dealer_app.storage.db import Ledger


@dataclass(frozen=True, slots=True)
class EligibilityRow:
    """One store's result plus what the screen shows beside it."""

    result: EligibilityResult
    region: str
    store_name: str
    store_id: int
    subsidy_id: int | None  # the live subsidy under this policy, if any
    subsidy_status: str | None


def facts_for(
    ledger: Ledger, policy: Policy, rows: Iterable[StoreRow]
) -> dict[str, StoreFacts] | None:
    """What a per_vehicle_target evaluation needs, fetched in two aggregate queries."""
    rules = terms(policy)
    if not isinstance(rules, PerVehicleTerms):
        return None
    by_partner = perf_store.partner_vehicles_by_year(ledger, rules.target_years)
    start = rules.period_start.strftime("%Y-%m")
    end = rules.period_end.strftime("%Y-%m")
    in_period = perf_store.vehicles_in_period(ledger, start, end)
    return {
        r.code: StoreFacts(by_partner.get(r.partner_id, {}), in_period.get(r.id, 0)) for r in rows
    }


def evaluate_policy(
    ledger: Ledger, policy: Policy, regions: frozenset[str] | None
) -> list[EligibilityRow]:
    rows = store_rows.eligibility_rows(ledger, regions)
    facts = facts_for(ledger, policy, rows)
    evaluate = make_evaluator(policy)
    live = subsidy_store.live_store_ids(ledger, policy.code)
    fromiso = dt.date.fromisoformat
    days: dict[str, dt.date] = {}  # a few thousand opening dates for 100,000 stores
    out: list[EligibilityRow] = []
    add = out.append
    # Two objects per store that live on in `out`: the cyclic collector would walk all of them
    # again and again while the list grows (a third of the time at 100,000 stores).
    with paused_gc():
        for code, store_type, status, established, region, _pid, sid, name in rows:
            if established:
                day = days.get(established)
                if day is None:
                    day = days[established] = fromiso(established)
            else:
                day = None
            result = evaluate(
                code, store_type, status, day, facts.get(code) if facts is not None else None
            )
            sub = live.get(sid)
            add(
                EligibilityRow(
                    result, region, name, sid, sub[0] if sub else None, sub[1] if sub else None
                )
            )
    return out


def eligibility(ctx: Context, policy_code: str) -> list[EligibilityRow]:
    """Every store the user may see, sorted by store code, evaluated under the current version."""
    with ctx.ledger.snapshot():
        policy = policy_store.current(ctx.ledger, policy_code)
        return evaluate_policy(ctx.ledger, policy, scope(ctx.user))


@dataclass(frozen=True, slots=True)
class EligibilityTotals:
    by_tier: dict[str, tuple[int, int]]  # tier -> (stores, amount)
    by_region: dict[str, tuple[int, int]]
    eligible: int
    not_eligible: int
    amount: int


def totals(rows: Iterable[EligibilityRow]) -> EligibilityTotals:
    by_tier: dict[str, tuple[int, int]] = {}
    by_region: dict[str, tuple[int, int]] = {}
    eligible = not_eligible = amount = 0
    for row in rows:
        r = row.result
        if not r.eligible:
            not_eligible += 1
            continue
        eligible += 1
        amount += r.amount
        n, a = by_tier.get(r.tier or "", (0, 0))
        by_tier[r.tier or ""] = (n + 1, a + r.amount)
        n, a = by_region.get(row.region, (0, 0))
        by_region[row.region] = (n + 1, a + r.amount)
    return EligibilityTotals(by_tier, by_region, eligible, not_eligible, amount)
