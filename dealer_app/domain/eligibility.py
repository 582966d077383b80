"""Which stores a subsidy policy pays, how much, and why, in one plain sentence.

Policies are data (`Policy.kind` + `Policy.params`); this module turns one into an evaluator.
`make_evaluator` does all the work that depends only on the policy once (tiers parsed and
sorted, the store-type set, the fixed reasons) so the returned function costs a few
microseconds per store: the eligibility screen evaluates every store of the ledger (100,000).

Checks run in a fixed order and the first failing one gives the reason: status (only `open`
stores), then store type, then the kind's own rule (opening-date tier, or the partner's yearly
target). A result that is not eligible has amount 0 and tier None.

The reason is a `Msg` (code "reason.*" and plain JSON-able parameters, dates as ISO strings),
said in the user's language by `dealer_app.i18n`; `REASON_CODES` lists the codes and their
parameters. Results of the same evaluator may share one reason: treat it as read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from dealer_app.domain.messages import Msg
from dealer_app.domain.models import (
    DateTier,
    EligibilityResult,
    Policy,
    PolicyKind,
    Store,
    StoreFacts,
    StoreStatus,
    StoreType,
)
from dealer_app.domain.policies import LumpSumTerms, PerVehicleTerms, terms

Evaluator = Callable[[str, str, str, dt.date | None, StoreFacts | None], EligibilityResult]

#: The tier name of every eligible per_vehicle_target result.
TARGET_MET_TIER = "target_met"

#: reason code -> the parameters it carries.
REASON_CODES: dict[str, tuple[str, ...]] = {
    "reason.status_not_open": ("status",),
    "reason.status_unknown": ("status",),
    "reason.type_not_covered": ("store_type", "policy", "eligible_types"),
    "reason.date_unknown": ("policy",),
    "reason.before_first_tier": ("opened", "days", "first_start"),
    "reason.after_cutoff": ("opened", "days", "cutoff"),
    "reason.between_tiers": ("opened", "before", "before_end", "after", "after_start"),
    # position: "only", "first", "last" (day of the tier) or "within"; span: a "span.*" Msg
    "reason.eligible_in_tier": ("opened", "position", "tier", "span", "amount"),
    "reason.no_deliveries": ("year", "target"),
    "reason.target_missed": ("delivered", "year", "short", "target"),
    "reason.no_vehicles_in_period": ("period_start", "period_end"),
    "reason.eligible_target_met": ("target", "years", "vehicles", "rate", "amount"),
}

#: (eligible, amount, tier, reason) of a kind's own rule.
Verdict = tuple[bool, int, str | None, Msg]

_STORE_TYPES = frozenset(t.value for t in StoreType)
_STORE_STATUSES = frozenset(s.value for s in StoreStatus)
_POLICY_KINDS = frozenset(k.value for k in PolicyKind)
_LUMP_KEYS = frozenset({"tiers", "store_types"})
_TIER_KEYS = frozenset({"name", "start", "end", "amount"})
_PER_VEHICLE_KEYS = frozenset(
    {"rate", "target", "years", "last_target_year", "period_start", "period_end", "store_types"}
)


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def span(start: dt.date | None, end: dt.date | None) -> Msg:
    """A tier's opening dates as a message: "2025-01-01 to 2025-12-14", "up to ...", ..."""
    if start is None and end is None:
        return Msg("span.none")
    if start is None:
        return Msg("span.end", {"end": _iso(end)})
    if end is None:
        return Msg("span.start", {"start": _iso(start)})
    return Msg("span.both", {"start": _iso(start), "end": _iso(end)})


# --- the evaluators --------------------------------------------------------------------------


def make_evaluator(policy: Policy) -> Evaluator:
    """Build `evaluate(store_code, store_type, status, established_on, facts)` for `policy`.

    `store_type` and `status` are the enum values (a `StoreType`/`StoreStatus` works too, they
    are str). `facts` is needed only by per_vehicle_target (None counts as no facts at all).
    The evaluator is pure and may be called from any thread.

    Raises InvalidInput (code ``policy.invalid_params``) when the policy's parameters are not
    valid (see `validate_policy_params`).
    """
    rules = terms(policy)
    types = list(rules.store_types)
    type_set = frozenset(types)
    # One reason per status and per store type seen, shared by every store that has it.
    status_reasons: dict[str, Msg] = {}
    type_reasons: dict[str, Msg] = {}
    date_rule: Callable[[dt.date | None, StoreFacts | None], Verdict]
    if isinstance(rules, LumpSumTerms):
        date_rule = _lump_sum_rule(policy.code, rules)
    else:
        date_rule = _per_vehicle_rule(rules)
    open_status = StoreStatus.OPEN.value

    def evaluate_store(
        store_code: str,
        store_type: str,
        status: str,
        established_on: dt.date | None,
        facts: StoreFacts | None,
    ) -> EligibilityResult:
        if status != open_status:
            reason = status_reasons.get(status)
            if reason is None:
                known = status in _STORE_STATUSES
                reason = status_reasons[status] = Msg(
                    "reason.status_not_open" if known else "reason.status_unknown",
                    {"status": str(status or "")},
                )
            return EligibilityResult(store_code, False, 0, None, reason)
        if store_type not in type_set:
            reason = type_reasons.get(store_type)
            if reason is None:
                reason = type_reasons[store_type] = Msg(
                    "reason.type_not_covered",
                    {
                        "store_type": str(store_type or ""),
                        "policy": policy.code,
                        "eligible_types": list(types),
                    },
                )
            return EligibilityResult(store_code, False, 0, None, reason)
        return EligibilityResult(store_code, *date_rule(established_on, facts))

    return evaluate_store


def _lump_sum_rule(
    policy_code: str, rules: LumpSumTerms
) -> Callable[[dt.date | None, StoreFacts | None], Verdict]:
    # Open start sorts first; validation guarantees the tiers do not overlap.
    tiers = rules.sorted_tiers()
    unknown: Verdict = (False, 0, None, Msg("reason.date_unknown", {"policy": policy_code}))
    first_start = tiers[0].start
    cutoff = tiers[-1].end  # None: the last tier is open-ended, nothing is "after the cutoff"
    spans = [span(t.start, t.end) for t in tiers]
    # Every store opened on the same day gets the same verdict: cache it per date. The number
    # of distinct opening dates is small (a few thousand at most), so the cache stays small.
    cache: dict[dt.date, Verdict] = {}

    def judge(opened: dt.date) -> Verdict:
        if first_start is not None and opened < first_start:
            days = (first_start - opened).days
            return (
                False,
                0,
                None,
                Msg(
                    "reason.before_first_tier",
                    {"opened": opened.isoformat(), "days": days, "first_start": _iso(first_start)},
                ),
            )
        if cutoff is not None and opened > cutoff:
            days = (opened - cutoff).days
            return (
                False,
                0,
                None,
                Msg(
                    "reason.after_cutoff",
                    {"opened": opened.isoformat(), "days": days, "cutoff": _iso(cutoff)},
                ),
            )
        for i, tier in enumerate(tiers):
            if tier.start is not None and opened < tier.start:
                before = tiers[i - 1]  # i > 0: the first tier's start was checked above
                return (
                    False,
                    0,
                    None,
                    Msg(
                        "reason.between_tiers",
                        {
                            "opened": opened.isoformat(),
                            "before": before.name,
                            "before_end": _iso(before.end),
                            "after": tier.name,
                            "after_start": _iso(tier.start),
                        },
                    ),
                )
            if tier.end is None or opened <= tier.end:
                if opened == tier.start and opened == tier.end:
                    position = "only"
                elif opened == tier.start:
                    position = "first"
                elif opened == tier.end:
                    position = "last"
                else:
                    position = "within"
                return (
                    True,
                    tier.amount,
                    tier.name,
                    Msg(
                        "reason.eligible_in_tier",
                        {
                            "opened": opened.isoformat(),
                            "position": position,
                            "tier": tier.name,
                            "span": spans[i],
                            "amount": tier.amount,
                        },
                    ),
                )
        raise AssertionError("unreachable: dates after the last tier are past the cutoff")

    def rule(opened: dt.date | None, facts: StoreFacts | None) -> Verdict:
        if opened is None:
            return unknown
        verdict = cache.get(opened)
        if verdict is None:
            verdict = cache[opened] = judge(opened)
        return verdict

    return rule


def _per_vehicle_rule(
    rules: PerVehicleTerms,
) -> Callable[[dt.date | None, StoreFacts | None], Verdict]:
    rate, target = rules.rate, rules.target
    year_range = rules.target_years
    years_text = rules.target_years_text
    no_vehicles: Verdict = (
        False,
        0,
        None,
        Msg(
            "reason.no_vehicles_in_period",
            {
                "period_start": rules.period_start.isoformat(),
                "period_end": rules.period_end.isoformat(),
            },
        ),
    )
    empty = StoreFacts()

    def rule(opened: dt.date | None, facts: StoreFacts | None) -> Verdict:
        facts = facts or empty
        by_year = facts.partner_vehicles_by_year
        for year in year_range:
            delivered = by_year.get(year)
            if delivered is None:
                return (
                    False,
                    0,
                    None,
                    Msg("reason.no_deliveries", {"year": year, "target": target}),
                )
            if delivered < target:
                return (
                    False,
                    0,
                    None,
                    Msg(
                        "reason.target_missed",
                        {
                            "delivered": delivered,
                            "year": year,
                            "short": target - delivered,
                            "target": target,
                        },
                    ),
                )
        vehicles = facts.vehicles_in_period
        if vehicles <= 0:
            return no_vehicles
        amount = rate * vehicles
        return (
            True,
            amount,
            TARGET_MET_TIER,
            Msg(
                "reason.eligible_target_met",
                {
                    "target": target,
                    "years": years_text,
                    "vehicles": vehicles,
                    "rate": rate,
                    "amount": amount,
                },
            ),
        )

    return rule


def evaluate(policy: Policy, store: Store, facts: StoreFacts | None = None) -> EligibilityResult:
    """One store against one policy. For many stores build `make_evaluator(policy)` once."""
    return make_evaluator(policy)(
        store.code, store.store_type, store.status, store.established_on, facts
    )


# --- validation ------------------------------------------------------------------------------


def _is_positive_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _parse_date(value: Any, problems: list[Msg], code: str, **params: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    problems.append(Msg(code, {"value": str(value), **params}))
    return None


def _check_store_types(params: dict[str, Any], problems: list[Msg]) -> None:
    types = params.get("store_types")
    known = [t.value for t in StoreType]
    if types is None:
        problems.append(Msg("policy.store_types_missing", {"known": known}))
        return
    if not isinstance(types, list) or not types:
        problems.append(Msg("policy.store_types_empty", {"known": known}))
        return
    for t in types:
        if not isinstance(t, str) or t not in _STORE_TYPES:
            problems.append(Msg("policy.unknown_store_type", {"value": t, "known": known}))


def _check_unknown_keys(
    params: dict[str, Any], allowed: frozenset[str], kind: str, problems: list[Msg]
) -> None:
    for key in params:
        if key not in allowed:
            names = sorted(allowed)
            problems.append(
                Msg("policy.unknown_param", {"param": key, "kind": kind, "allowed": names})
            )


def _validate_lump_sum(params: dict[str, Any], problems: list[Msg]) -> None:
    kind = PolicyKind.LUMP_SUM_BY_OPENING_DATE.value
    _check_unknown_keys(params, _LUMP_KEYS, kind, problems)
    _check_store_types(params, problems)
    raw_tiers = params.get("tiers")
    if raw_tiers is None:
        problems.append(Msg("policy.tiers_missing"))
        return
    if not isinstance(raw_tiers, list) or not raw_tiers:
        problems.append(Msg("policy.tiers_empty"))
        return
    tiers: list[DateTier] = []
    seen_names: set[str] = set()
    for n, raw in enumerate(raw_tiers, start=1):
        if not isinstance(raw, dict):
            problems.append(Msg("policy.tier_not_object", {"tier": n}))
            continue
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(Msg("policy.tier_no_name", {"tier": n}))
            tier: str | int = n
        else:
            tier = name
            if name in seen_names:
                problems.append(Msg("policy.tier_name_repeated", {"tier": name}))
            seen_names.add(name)
        for key in raw:
            if key not in _TIER_KEYS:
                problems.append(Msg("policy.tier_unknown_field", {"tier": tier, "param": key}))
        ok = True
        start = _parse_date(raw.get("start"), problems, "policy.tier_start_date", tier=tier)
        end = _parse_date(raw.get("end"), problems, "policy.tier_end_date", tier=tier)
        if raw.get("start") is not None and start is None:
            ok = False
        if raw.get("end") is not None and end is None:
            ok = False
        amount = raw.get("amount")
        if "amount" not in raw:
            problems.append(Msg("policy.tier_no_amount", {"tier": tier}))
            ok = False
        elif not _is_positive_int(amount):
            problems.append(Msg("policy.tier_bad_amount", {"tier": tier, "value": str(amount)}))
            ok = False
        if start is not None and end is not None and end < start:
            problems.append(
                Msg(
                    "policy.tier_ends_before_start",
                    {"tier": tier, "start": start.isoformat(), "end": end.isoformat()},
                )
            )
            ok = False
        if ok:
            tiers.append(DateTier(str(name or f"#{n}"), start, end, amount))
    lo = dt.date.min
    hi = dt.date.max
    for i, a in enumerate(tiers):
        for b in tiers[i + 1 :]:
            if (a.start or lo) <= (b.end or hi) and (b.start or lo) <= (a.end or hi):
                problems.append(
                    Msg(
                        "policy.tiers_overlap",
                        {
                            "a": a.name,
                            "b": b.name,
                            "a_span": span(a.start, a.end),
                            "b_span": span(b.start, b.end),
                        },
                    )
                )


def _validate_per_vehicle(params: dict[str, Any], problems: list[Msg]) -> None:
    kind = PolicyKind.PER_VEHICLE_TARGET.value
    _check_unknown_keys(params, _PER_VEHICLE_KEYS, kind, problems)
    _check_store_types(params, problems)
    for key in ("rate", "target", "years"):
        if key not in params:
            problems.append(Msg("policy.param_missing", {"param": key}))
        elif not _is_positive_int(params[key]):
            problems.append(
                Msg("policy.param_not_positive", {"param": key, "value": str(params[key])})
            )
    year = params.get("last_target_year")
    if "last_target_year" not in params:
        problems.append(Msg("policy.last_year_missing"))
    elif not (isinstance(year, int) and not isinstance(year, bool) and 1900 <= year <= 9999):
        problems.append(Msg("policy.last_year_bad", {"value": str(year)}))
    dates = {}
    for key in ("period_start", "period_end"):
        if params.get(key) is None:
            problems.append(Msg("policy.period_missing", {"param": key}))
        else:
            dates[key] = _parse_date(params[key], problems, "policy.period_date", param=key)
    start, end = dates.get("period_start"), dates.get("period_end")
    if start is not None and end is not None and end < start:
        problems.append(
            Msg("policy.period_order", {"start": start.isoformat(), "end": end.isoformat()})
        )


def validate_policy_params(kind: PolicyKind | str, params: dict[str, Any]) -> list[Msg]:
    """Every problem with a policy's parameters, each a plain sentence; empty when valid."""
    if not isinstance(kind, str) or kind not in _POLICY_KINDS:
        known = [k.value for k in PolicyKind]
        return [Msg("policy.unknown_kind", {"value": str(kind), "known": known})]
    if not isinstance(params, dict):
        return [Msg("policy.params_not_object")]
    problems: list[Msg] = []
    if PolicyKind(kind) == PolicyKind.LUMP_SUM_BY_OPENING_DATE:
        _validate_lump_sum(params, problems)
    else:
        _validate_per_vehicle(params, problems)
    return problems
