"""Policies are data: list them, save a new version, and see a change's effect before saving."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dealer_app.domain.eligibility import validate_policy_params
from dealer_app.domain.errors import Conflict, InvalidInput
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Policy
from dealer_app.services.audit import record
from dealer_app.services.context import Context
from dealer_app.services.eligibility import evaluate_policy
from dealer_app.services.permissions import require
from dealer_app.storage import policies as policy_store
from dealer_app.storage import stores as store_rows
from dealer_app.storage import subsidies as subsidy_store

CODE_RE = re.compile(r"^[A-Z][A-Z0-9_]{1,19}$")


def policy_json(p: Policy) -> dict:
    """A policy version as plain JSON data (its parameters included), for exports and scripts."""
    return policy_store.policy_as_dict(p)


def list_policies(ctx: Context) -> list[Policy]:
    return policy_store.list_current(ctx.ledger)


def get_policy(ctx: Context, code: str) -> Policy:
    return policy_store.current(ctx.ledger, code)


def versions(ctx: Context, code: str) -> list[Policy]:
    return policy_store.versions(ctx.ledger, code)


def validate(p: Policy) -> None:
    problems: list[Msg] = []
    if not CODE_RE.match(p.code):
        problems.append(Msg("policy.code_format"))
    if not p.name.strip():
        problems.append(Msg("policy.name_required"))
    if not isinstance(p.budget, int) or p.budget <= 0:
        problems.append(Msg("policy.budget_not_positive"))
    if p.valid_from and p.valid_to and p.valid_to < p.valid_from:
        problems.append(Msg("policy.validity_order"))
    problems.extend(validate_policy_params(p.kind, p.params))
    if problems:
        raise InvalidInput("policy.invalid", problems=problems)


def save_policy(
    ctx: Context, p: Policy, based_on: int | None = None, seen_budget: int | None = None
) -> Policy:
    """Save `p` as a new version of its code (or the first version of a new code); a change of
    the budget alone changes the current version's budget (the amounts' rules are the same).

    `based_on`: the version the person started editing from (0: a new code); if someone saved
    another version meanwhile, nothing is saved and the refusal names them (no lost update);
    `seen_budget`: that version's budget then (someone may have changed it since).
    Subsidies already proposed keep the version and parameters that set their amounts."""
    require(ctx, "policy.save")
    validate(p)
    with ctx.ledger.atomic():
        try:
            current = policy_store.current(ctx.ledger, p.code)
        except Exception:  # noqa: BLE001 - a new policy code
            current = None
        if based_on is not None and (current.version if current else 0) != based_on:
            assert current is not None and current.id is not None  # not the version edited
            by, at = policy_store.saved_by(ctx.ledger, current.id)
            raise Conflict("policy.changed_meanwhile", policy=p.code, by=by, at=at)
        if seen_budget is not None and current is not None and current.budget != seen_budget:
            raise Conflict("policy.budget_changed_meanwhile", policy=p.code, budget=current.budget)
        before = policy_store.policy_as_dict(current) if current is not None else None
        if before is not None:
            committed = subsidy_store.committed_total(ctx.ledger, p.code)
            if p.budget < committed:
                raise InvalidInput(
                    "policy.budget_below_committed", policy=p.code, committed=committed
                )
            quotas = sum(policy_store.quotas(ctx.ledger, p.code).values())
            if p.budget < quotas:
                raise InvalidInput(
                    "policy.quotas_over_budget", total=quotas, budget=p.budget, policy=p.code
                )
        if current is not None and current.id is not None and policy_store.same_rules(current, p):
            # only the budget changed: the same version, a new budget (not new amounts)
            policy_store.set_budget(ctx.ledger, current.id, p.budget)
            record(
                ctx,
                "policy.budget",
                "policy",
                f"{current.code}@{current.version}",
                {"before": {"budget": current.budget}, "after": {"budget": p.budget}},
            )
            return policy_store.current(ctx.ledger, p.code)
        policy_store.insert_version(ctx.ledger, p, ctx.now(), ctx.user.name)
        record(
            ctx,
            "policy.save",
            "policy",
            f"{p.code}@{p.version}",
            {"before": before, "after": policy_store.policy_as_dict(p)},
        )
    return p


def only_budget_changed(before: Policy, after: Policy) -> bool:
    """Whether `after` differs from `before` at most in its budget: saving it changes the
    budget of the same version rather than making a new one."""
    return policy_store.same_rules(before, after)


def quotas(ctx: Context, code: str) -> dict[str, int]:
    """region -> quota of the policy `code` (regions without one are not listed)."""
    with ctx.ledger.snapshot():
        policy_store.current(ctx.ledger, code)
        return policy_store.quotas(ctx.ledger, code)


def set_quotas(ctx: Context, code: str, changes: dict[str, int | None]) -> dict[str, int]:
    """HQ splits the policy's national budget into regional quotas: `changes` region -> quota
    (None: no quota for that region). Refused when the quotas add up to more than the budget,
    or a quota is below what its region has already approved or paid. Audited; enforced at
    approval under the same lock as the budget (on a shared ledger, by the database too)."""
    require(ctx, "policy.quota")
    with ctx.ledger.atomic():
        policy = policy_store.current(ctx.ledger, code)
        regions = {r.code for r in store_rows.regions(ctx.ledger)}
        before = policy_store.quotas(ctx.ledger, policy.code)
        after = dict(before)
        for region, quota in changes.items():
            region = region.strip().upper()
            if region not in regions:
                raise InvalidInput("user.bad_region", region=region, choices=sorted(regions))
            if quota is None:
                after.pop(region, None)
                continue
            if not isinstance(quota, int) or isinstance(quota, bool) or quota < 0:
                raise InvalidInput("policy.quota_not_amount", region=region)
            used = subsidy_store.region_committed(ctx.ledger, policy.code, region)
            if quota < used:
                raise InvalidInput(
                    "policy.quota_below_committed", region=region, quota=quota, committed=used
                )
            after[region] = quota
        total = sum(after.values())
        if total > policy.budget:
            raise InvalidInput(
                "policy.quotas_over_budget", total=total, budget=policy.budget, policy=policy.code
            )
        for region in set(before) | set(after):
            if before.get(region) != after.get(region):
                policy_store.set_quota(ctx.ledger, policy.code, region, after.get(region))
        record(
            ctx,
            "policy.quota",
            "policy",
            policy.code,
            {"before": before, "after": after, "budget": policy.budget},
        )
    return after


@dataclass
class WhatIf:
    """The effect of replacing the current version with a draft, over every store."""

    gaining: list[tuple[str, int]]  # (store code, new amount)
    losing: list[tuple[str, int]]  # (store code, old amount)
    changed: list[tuple[str, int, int]]  # (store code, old amount, new amount)
    old_total: int
    new_total: int
    budget: int
    new_budget: int
    committed: int

    @property
    def delta(self) -> int:
        return self.new_total - self.old_total


def what_if(ctx: Context, draft: Policy) -> WhatIf:
    require(ctx, "policy.what_if")
    problems = validate_policy_params(draft.kind, draft.params)
    if problems:
        raise InvalidInput("policy.draft_invalid", problems=problems)
    with ctx.ledger.snapshot():
        try:
            current = policy_store.current(ctx.ledger, draft.code)
        except Exception:  # noqa: BLE001 - a new policy
            current = None
        new_rows = {r.result.store_code: r.result for r in evaluate_policy(ctx.ledger, draft, None)}
        old_rows = (
            {r.result.store_code: r.result for r in evaluate_policy(ctx.ledger, current, None)}
            if current
            else {}
        )
        committed = subsidy_store.committed_total(ctx.ledger, draft.code)
    gaining, losing, changed = [], [], []
    old_total = new_total = 0
    for code, new in new_rows.items():
        old = old_rows.get(code)
        old_amount = old.amount if old and old.eligible else 0
        new_amount = new.amount if new.eligible else 0
        old_total += old_amount
        new_total += new_amount
        if old_amount == 0 and new_amount > 0:
            gaining.append((code, new_amount))
        elif old_amount > 0 and new_amount == 0:
            losing.append((code, old_amount))
        elif old_amount != new_amount:
            changed.append((code, old_amount, new_amount))
    return WhatIf(
        gaining,
        losing,
        changed,
        old_total,
        new_total,
        current.budget if current else 0,
        draft.budget,
        committed,
    )
