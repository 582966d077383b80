"""Which stores a subsidy policy pays, how much, and why, in one plain English sentence.

Policies are data (`Policy.kind` + `Policy.params`); this module turns one into an evaluator.
`make_evaluator` does all the work that depends only on the policy once (tiers parsed and
sorted, the store-type set, the fixed sentences) so the returned function costs a few
microseconds per store: the eligibility screen evaluates every store of the ledger (100,000).

Checks run in a fixed order and the first failing one gives the reason: status (only `open`
stores), then store type, then the kind's own rule (opening-date tier, or the partner's yearly
target). A result that is not eligible has amount 0 and tier None.

Each result also carries its sentence as `reason_code` + `reason_params` (plain JSON-able
values, dates as ISO strings) so the GUI can say it in the interface language; `REASON_CODES`
lists the codes and their parameters. Results of the same evaluator may share one params dict:
treat it as read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from dealer_app.domain.errors import CodedText, InvalidInput
from dealer_app.domain.models import (
    STORE_TYPE_ZH,
    DateTier,
    EligibilityResult,
    Policy,
    PolicyKind,
    Store,
    StoreFacts,
    StoreStatus,
    StoreType,
)

Evaluator = Callable[[str, str, str, dt.date | None, StoreFacts | None], EligibilityResult]

#: The tier name of every eligible per_vehicle_target result.
TARGET_MET_TIER = "target_met"

#: reason_code -> the reason_params it carries.
REASON_CODES: dict[str, tuple[str, ...]] = {
    "status_not_open": ("status",),
    "type_not_covered": ("store_type", "policy", "eligible_types"),
    "date_unknown": ("policy",),
    "before_first_tier": ("opened", "days", "first_start"),
    "after_cutoff": ("opened", "days", "cutoff"),
    "between_tiers": ("opened", "before", "before_end", "after", "after_start"),
    # position: "only", "first", "last" (day of the tier) or "within"; start/end None = open
    "eligible_in_tier": ("opened", "position", "tier", "start", "end", "amount"),
    "no_deliveries": ("year", "target"),
    "target_missed": ("delivered", "year", "short", "target"),
    "no_vehicles_in_period": ("period_start", "period_end"),
    "eligible_target_met": ("target", "first_year", "last_year", "vehicles", "rate", "amount"),
}

#: (eligible, amount, tier, reason, reason_code, reason_params) of a kind's own rule.
Verdict = tuple[bool, int, str | None, str, str, dict[str, Any]]

_STORE_TYPES = frozenset(t.value for t in StoreType)
_POLICY_KINDS = frozenset(k.value for k in PolicyKind)
_LUMP_KEYS = frozenset({"tiers", "store_types"})
_TIER_KEYS = frozenset({"name", "start", "end", "amount"})
_PER_VEHICLE_KEYS = frozenset(
    {"rate", "target", "years", "last_target_year", "period_start", "period_end", "store_types"}
)


# --- small sentence helpers ------------------------------------------------------------------


def _days(n: int) -> str:
    return "one day" if n == 1 else f"{n:,} days"


def _vehicles(n: int) -> str:
    return "1 vehicle" if n == 1 else f"{n:,} vehicles"


def _span(tier: DateTier) -> str:
    if tier.start is None and tier.end is None:
        return "any date"
    if tier.start is None:
        return f"up to {tier.end}"
    if tier.end is None:
        return f"from {tier.start}"
    return f"{tier.start} to {tier.end}"


def _status_reason(status: str) -> str:
    if status == StoreStatus.PLANNED:
        return "Store is planned, not open; only open stores are eligible."
    if status in (StoreStatus.CLOSING, StoreStatus.CLOSED):
        return f"Store is {status}; only open stores are eligible."
    return f"Store status {status or '(none)'} is not open; only open stores are eligible."


def _type_label(store_type: str) -> str:
    zh = STORE_TYPE_ZH.get(store_type)  # type: ignore[call-overload]
    return f"{store_type} ({zh})" if zh else str(store_type or "(none)")


class _TypeReasons(dict[str, tuple[str, dict[str, Any]]]):
    """store type -> ("not covered" sentence, its params), built on first sight of each type."""

    def __init__(self, policy_code: str, eligible_types: list[str]) -> None:
        super().__init__()
        self._policy = policy_code
        self._types = eligible_types
        self._tail = f"is not covered by {policy_code}; eligible types: " + (
            ", ".join(eligible_types) + "." if eligible_types else "none."
        )

    def __missing__(self, store_type: str) -> tuple[str, dict[str, Any]]:
        reason = f"Store type {_type_label(store_type)} {self._tail}"
        params = {
            "store_type": str(store_type or ""),
            "policy": self._policy,
            "eligible_types": list(self._types),
        }
        self[store_type] = (reason, params)
        return reason, params


def _eligible_types(params: dict[str, Any]) -> list[str]:
    """The policy's store types in the author's order, without duplicates, as plain str."""
    out: list[str] = []
    for t in params.get("store_types", []):
        value = str(StoreType(t))
        if value not in out:
            out.append(value)
    return out


# --- the evaluators --------------------------------------------------------------------------


def make_evaluator(policy: Policy) -> Evaluator:
    """Build `evaluate(store_code, store_type, status, established_on, facts)` for `policy`.

    `store_type` and `status` are the enum values (a `StoreType`/`StoreStatus` works too, they
    are str). `facts` is needed only by per_vehicle_target (None counts as no facts at all).
    The evaluator is pure and may be called from any thread.

    Raises InvalidInput (code ``policy.invalid_params``) when the policy's parameters are not
    valid (see `validate_policy_params`).
    """
    problems = validate_policy_params(policy.kind, policy.params)
    if problems:
        raise InvalidInput(
            "policy.invalid_params",
            f"Policy {policy.code} version {policy.version} has invalid parameters: "
            + " ".join(problems),
            policy=policy.code,
            version=policy.version,
            problems=problems,
        )
    kind = PolicyKind(policy.kind)
    types = _eligible_types(policy.params)
    type_set = frozenset(types)
    type_reasons = _TypeReasons(policy.code, types)
    status_reasons: dict[str, tuple[str, dict[str, Any]]] = {}
    date_rule: Callable[[dt.date | None, StoreFacts | None], Verdict]
    if kind == PolicyKind.LUMP_SUM_BY_OPENING_DATE:
        date_rule = _lump_sum_rule(policy)
    else:
        date_rule = _per_vehicle_rule(policy)
    open_status = StoreStatus.OPEN.value

    def evaluate_store(
        store_code: str,
        store_type: str,
        status: str,
        established_on: dt.date | None,
        facts: StoreFacts | None,
    ) -> EligibilityResult:
        if status != open_status:
            cached = status_reasons.get(status)
            if cached is None:
                cached = status_reasons[status] = (
                    _status_reason(status),
                    {"status": str(status or "")},
                )
            return EligibilityResult(
                store_code, False, 0, None, cached[0], "status_not_open", cached[1]
            )
        if store_type not in type_set:
            reason, params = type_reasons[store_type]
            return EligibilityResult(store_code, False, 0, None, reason, "type_not_covered", params)
        return EligibilityResult(store_code, *date_rule(established_on, facts))

    return evaluate_store


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _lump_sum_rule(
    policy: Policy,
) -> Callable[[dt.date | None, StoreFacts | None], Verdict]:
    # Open start sorts first; validation guarantees the tiers do not overlap.
    tiers = sorted(policy.tiers(), key=lambda t: t.start or dt.date.min)
    unknown: Verdict = (
        False,
        0,
        None,
        f"Opening date is unknown; {policy.code} needs it to place the store in a tier.",
        "date_unknown",
        {"policy": policy.code},
    )
    first_start = tiers[0].start
    cutoff = tiers[-1].end  # None: the last tier is open-ended, nothing is "after the cutoff"
    spans = [_span(t) for t in tiers]
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
                f"Opened {opened}, {_days(days)} before the first tier starts on {first_start}.",
                "before_first_tier",
                {"opened": opened.isoformat(), "days": days, "first_start": _iso(first_start)},
            )
        if cutoff is not None and opened > cutoff:
            days = (opened - cutoff).days
            return (
                False,
                0,
                None,
                f"Opened {opened}, {_days(days)} after the cutoff of {cutoff}.",
                "after_cutoff",
                {"opened": opened.isoformat(), "days": days, "cutoff": _iso(cutoff)},
            )
        for i, tier in enumerate(tiers):
            if tier.start is not None and opened < tier.start:
                before = tiers[i - 1]  # i > 0: the first tier's start was checked above
                return (
                    False,
                    0,
                    None,
                    f"Opened {opened}, between tiers {before.name} (ends {before.end}) and "
                    f"{tier.name} (starts {tier.start}).",
                    "between_tiers",
                    {
                        "opened": opened.isoformat(),
                        "before": before.name,
                        "before_end": _iso(before.end),
                        "after": tier.name,
                        "after_start": _iso(tier.start),
                    },
                )
            if tier.end is None or opened <= tier.end:
                if opened == tier.start and opened == tier.end:
                    where, position = "the only day of tier", "only"
                elif opened == tier.start:
                    where, position = "the first day of tier", "first"
                elif opened == tier.end:
                    where, position = "the last day of tier", "last"
                else:
                    where, position = "within tier", "within"
                return (
                    True,
                    tier.amount,
                    tier.name,
                    f"Eligible: opened {opened}, {where} {tier.name} ({spans[i]}): "
                    f"{tier.amount:,} yuan.",
                    "eligible_in_tier",
                    {
                        "opened": opened.isoformat(),
                        "position": position,
                        "tier": tier.name,
                        "start": _iso(tier.start),
                        "end": _iso(tier.end),
                        "amount": tier.amount,
                    },
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
    policy: Policy,
) -> Callable[[dt.date | None, StoreFacts | None], Verdict]:
    p = policy.params
    rate, target, years = int(p["rate"]), int(p["target"]), int(p["years"])
    last_year = int(p["last_target_year"])
    year_range = range(last_year - years + 1, last_year + 1)
    years_text = str(last_year) if years == 1 else f"{year_range[0]}–{last_year}"
    met = f"Eligible: partner met the target of {target:,} vehicles in {years_text}; "
    no_vehicles: Verdict = (
        False,
        0,
        None,
        f"No vehicles delivered between {p['period_start']} and {p['period_end']}.",
        "no_vehicles_in_period",
        {"period_start": str(p["period_start"]), "period_end": str(p["period_end"])},
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
                    f"Partner has no deliveries recorded for {year}; the target is {target:,} "
                    "vehicles a year.",
                    "no_deliveries",
                    {"year": year, "target": target},
                )
            if delivered < target:
                return (
                    False,
                    0,
                    None,
                    f"Partner delivered {_vehicles(delivered)} in {year}, "
                    f"{target - delivered:,} short of the target of {target:,}.",
                    "target_missed",
                    {
                        "delivered": delivered,
                        "year": year,
                        "short": target - delivered,
                        "target": target,
                    },
                )
        vehicles = facts.vehicles_in_period
        if vehicles <= 0:
            return no_vehicles
        amount = rate * vehicles
        return (
            True,
            amount,
            TARGET_MET_TIER,
            f"{met}{_vehicles(vehicles)} × {rate:,} yuan = {amount:,} yuan.",
            "eligible_target_met",
            {
                "target": target,
                "first_year": year_range[0],
                "last_year": last_year,
                "vehicles": vehicles,
                "rate": rate,
                "amount": amount,
            },
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


def _parse_date(
    value: Any, what: str, problems: list[str], code: str, **params: Any
) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    problems.append(
        CodedText(
            code,
            f"{what} '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2025-12-14.",
            value=value,
            **params,
        )
    )
    return None


def _check_store_types(params: dict[str, Any], problems: list[str]) -> None:
    types = params.get("store_types")
    known = ", ".join(t.value for t in StoreType)
    if types is None:
        problems.append(
            CodedText(
                "policy.store_types_missing",
                f"Missing store_types: list the eligible store types ({known}).",
                known=known,
            )
        )
        return
    if not isinstance(types, list) or not types:
        problems.append(
            CodedText(
                "policy.store_types_empty",
                f"store_types must be a non-empty list of store types ({known}).",
                known=known,
            )
        )
        return
    for t in types:
        if not isinstance(t, str) or t not in _STORE_TYPES:
            problems.append(
                CodedText(
                    "policy.unknown_store_type",
                    f"Unknown store type '{t}'; known types: {known}.",
                    value=t,
                    known=known,
                )
            )


def _check_unknown_keys(
    params: dict[str, Any], allowed: frozenset[str], kind: str, problems: list[str]
) -> None:
    for key in params:
        if key not in allowed:
            names = ", ".join(sorted(allowed))
            problems.append(
                CodedText(
                    "policy.unknown_param",
                    f"Unknown parameter '{key}' for {kind}; allowed: {names}.",
                    param=key,
                    kind=kind,
                    allowed=names,
                )
            )


def _validate_lump_sum(params: dict[str, Any], problems: list[str]) -> None:
    kind = PolicyKind.LUMP_SUM_BY_OPENING_DATE.value
    _check_unknown_keys(params, _LUMP_KEYS, kind, problems)
    _check_store_types(params, problems)
    raw_tiers = params.get("tiers")
    if raw_tiers is None:
        problems.append(
            CodedText(
                "policy.tiers_missing",
                "Missing tiers: give at least one tier with name, start, end and amount.",
            )
        )
        return
    if not isinstance(raw_tiers, list) or not raw_tiers:
        problems.append(
            CodedText(
                "policy.tiers_empty",
                "tiers must be a non-empty list of tiers with name, start, end and amount.",
            )
        )
        return
    tiers: list[DateTier] = []
    seen_names: set[str] = set()
    for n, raw in enumerate(raw_tiers, start=1):
        if not isinstance(raw, dict):
            problems.append(
                CodedText(
                    "policy.tier_not_object",
                    f"Tier {n} must be an object with name, start, end and amount.",
                    tier=n,
                )
            )
            continue
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(
                CodedText(
                    "policy.tier_no_name",
                    f"Tier {n} has no name; give each tier a short name.",
                    tier=n,
                )
            )
            tier: str | int = n
        else:
            tier = name
            if name in seen_names:
                problems.append(
                    CodedText(
                        "policy.tier_name_repeated",
                        f"Two tiers are named {name}; tier names must be unique.",
                        tier=name,
                    )
                )
            seen_names.add(name)
        label = f"Tier {tier}"
        for key in raw:
            if key not in _TIER_KEYS:
                problems.append(
                    CodedText(
                        "policy.tier_unknown_field",
                        f"{label} has an unknown field '{key}'; allowed: amount, end, name, start.",
                        tier=tier,
                        param=key,
                    )
                )
        ok = True
        start = _parse_date(
            raw.get("start"), f"{label} start", problems, "policy.tier_start_date", tier=tier
        )
        end = _parse_date(
            raw.get("end"), f"{label} end", problems, "policy.tier_end_date", tier=tier
        )
        if raw.get("start") is not None and start is None:
            ok = False
        if raw.get("end") is not None and end is None:
            ok = False
        amount = raw.get("amount")
        if "amount" not in raw:
            problems.append(
                CodedText(
                    "policy.tier_no_amount",
                    f"{label} has no amount; give a whole number of yuan above 0.",
                    tier=tier,
                )
            )
            ok = False
        elif not _is_positive_int(amount):
            problems.append(
                CodedText(
                    "policy.tier_bad_amount",
                    f"{label} amount '{amount}' is not a whole number of yuan above 0; "
                    "write it like 500000.",
                    tier=tier,
                    value=str(amount),
                )
            )
            ok = False
        if start is not None and end is not None and end < start:
            problems.append(
                CodedText(
                    "policy.tier_ends_before_start",
                    f"{label} ends on {end}, before it starts on {start}.",
                    tier=tier,
                    start=start.isoformat(),
                    end=end.isoformat(),
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
                    CodedText(
                        "policy.tiers_overlap",
                        f"Tiers {a.name} ({_span(a)}) and {b.name} ({_span(b)}) overlap; "
                        "a store must fall in one tier at most.",
                        a=a.name,
                        b=b.name,
                        a_start=a.start.isoformat() if a.start else None,
                        a_end=a.end.isoformat() if a.end else None,
                        b_start=b.start.isoformat() if b.start else None,
                        b_end=b.end.isoformat() if b.end else None,
                    )
                )


def _validate_per_vehicle(params: dict[str, Any], problems: list[str]) -> None:
    kind = PolicyKind.PER_VEHICLE_TARGET.value
    _check_unknown_keys(params, _PER_VEHICLE_KEYS, kind, problems)
    _check_store_types(params, problems)
    meaning = {
        "rate": "the amount in yuan per vehicle delivered in the period",
        "target": "the vehicles the partner must deliver each year",
        "years": "how many years in a row the target must be met",
    }
    for key, what in meaning.items():
        if key not in params:
            problems.append(
                CodedText(
                    "policy.param_missing",
                    f"Missing {key}: {what}, a whole number above 0.",
                    param=key,
                )
            )
        elif not _is_positive_int(params[key]):
            problems.append(
                CodedText(
                    "policy.param_not_positive",
                    f"{key} '{params[key]}' is not a whole number above 0 ({what}).",
                    param=key,
                    value=str(params[key]),
                )
            )
    year = params.get("last_target_year")
    if "last_target_year" not in params:
        problems.append(
            CodedText(
                "policy.last_year_missing",
                "Missing last_target_year: the last calendar year of the target, e.g. 2024.",
            )
        )
    elif not (isinstance(year, int) and not isinstance(year, bool) and 1900 <= year <= 9999):
        problems.append(
            CodedText(
                "policy.last_year_bad",
                f"last_target_year '{year}' is not a calendar year such as 2024.",
                value=str(year),
            )
        )
    dates = {}
    for key in ("period_start", "period_end"):
        if params.get(key) is None:
            problems.append(
                CodedText(
                    "policy.period_missing",
                    f"Missing {key}: the {'first' if key == 'period_start' else 'last'} day of "
                    "the period whose vehicles are paid, as YYYY-MM-DD.",
                    param=key,
                )
            )
        else:
            dates[key] = _parse_date(params[key], key, problems, "policy.period_date", param=key)
    start, end = dates.get("period_start"), dates.get("period_end")
    if start is not None and end is not None and end < start:
        problems.append(
            CodedText(
                "policy.period_order",
                f"period_end {end} is before period_start {start}.",
                start=start.isoformat(),
                end=end.isoformat(),
            )
        )


def validate_policy_params(kind: PolicyKind | str, params: dict[str, Any]) -> list[str]:
    """Every problem with a policy's parameters, each a plain sentence; empty when valid."""
    if not isinstance(kind, str) or kind not in _POLICY_KINDS:
        known = ", ".join(k.value for k in PolicyKind)
        return [
            CodedText(
                "policy.unknown_kind",
                f"Unknown policy kind '{kind}'; known kinds: {known}.",
                value=str(kind),
                known=known,
            )
        ]
    if not isinstance(params, dict):
        return [CodedText("policy.params_not_object", "Policy parameters must be a JSON object.")]
    problems: list[str] = []
    if PolicyKind(kind) == PolicyKind.LUMP_SUM_BY_OPENING_DATE:
        _validate_lump_sum(params, problems)
    else:
        _validate_per_vehicle(params, problems)
    return problems
