"""The subsidy workflow: propose -> approve | reject -> paid, or cancelled.

Rules (PRODUCT.md): one live subsidy per (store, policy); four eyes; the budget is checked inside
the transaction that writes the approval; only HQ finance marks paid; a regional manager acts only
on their own region; the amount and policy version are fixed when proposed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dealer_app.domain.eligibility import make_evaluator
from dealer_app.domain.errors import BudgetExceeded, Conflict, DealerError, InvalidInput
from dealer_app.domain.models import Policy, Role, Subsidy, SubsidyStatus
from dealer_app.domain.money import group_yuan
from dealer_app.services.audit import record
from dealer_app.services.context import Context
from dealer_app.services.eligibility import facts_for
from dealer_app.services.permissions import (
    OPERATORS,
    require_not_proposer,
    require_region,
    require_role,
    scope,
)
from dealer_app.storage import policies as policy_store
from dealer_app.storage import stores as store_rows
from dealer_app.storage import subsidies as subsidy_store

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BudgetStatus:
    policy_code: str
    budget: int
    approved: int
    paid: int
    proposed: int

    @property
    def committed(self) -> int:
        return self.approved + self.paid

    @property
    def left(self) -> int:
        return self.budget - self.committed


def _check_policy_open(policy: Policy, today: dt.date) -> None:
    if policy.valid_from and today < policy.valid_from:
        raise Conflict(
            "policy.not_yet_valid",
            f"{policy.code} applies from {policy.valid_from.isoformat()}; propose on or after that day.",
            policy=policy.code,
        )
    if policy.valid_to and today > policy.valid_to:
        raise Conflict(
            "policy.expired",
            f"{policy.code} ended on {policy.valid_to.isoformat()}; no new proposals are accepted.",
            policy=policy.code,
        )


def propose(ctx: Context, policy_code: str, store_code: str) -> int:
    """Propose the subsidy the current policy version gives this store. Returns the new id."""
    require_role(ctx, OPERATORS, "propose subsidies")
    with ctx.ledger.atomic():
        return _propose_one(ctx, policy_store.current(ctx.ledger, policy_code), store_code)


def _propose_one(ctx: Context, policy: Policy, store_code: str) -> int:
    store = store_rows.get_store(ctx.ledger, store_code)
    require_region(ctx, store.region, "propose a subsidy for", f"store {store.code}")
    _check_policy_open(policy, ctx.today())
    assert store.id is not None and policy.id is not None
    live = subsidy_store.live_for(ctx.ledger, store.id, policy.code)
    if live is not None:
        raise Conflict(
            "subsidy.duplicate",
            f"Store {store.code} already has subsidy {live.id} under {policy.code} "
            f"({live.status.value}); a store is paid at most once per policy.",
            store=store.code,
            policy=policy.code,
            existing=live.id,
        )
    row = (
        store.code,
        store.store_type.value,
        store.status.value,
        store.established_on.isoformat() if store.established_on else None,
        store.region,
        store.partner_id,
        store.id,
        store.name,
    )
    facts = facts_for(ctx.ledger, policy, [row])
    result = make_evaluator(policy)(
        store.code,
        store.store_type.value,
        store.status.value,
        store.established_on,
        facts.get(store.code) if facts else None,
    )
    if not result.eligible:
        raise Conflict(
            "subsidy.not_eligible",
            f"Store {store.code} is not eligible for {policy.code}: {result.reason}",
            store=store.code,
            policy=policy.code,
            reason=result.reason,
            reason_code=result.reason_code,
            reason_params=result.reason_params,
        )
    sid = subsidy_store.insert(
        ctx.ledger,
        store_id=store.id,
        policy_id=policy.id,
        policy_code=policy.code,
        policy_version=policy.version,
        params=policy.params,
        amount=result.amount,
        tier=result.tier,
        reason=result.reason,
        user=ctx.user.name,
        now=ctx.now(),
    )
    record(
        ctx,
        "subsidy.propose",
        "subsidy",
        sid,
        {
            "store": store.code,
            "policy": policy.code,
            "policy_version": policy.version,
            "amount": result.amount,
            "tier": result.tier,
            "reason": result.reason,
        },
    )
    return sid


@dataclass
class BulkResult:
    proposed: list[int]
    refused: list[tuple[str, str]]  # (store code, reason)


def propose_many(
    ctx: Context, policy_code: str, store_codes: Sequence[str], progress: Progress | None = None
) -> BulkResult:
    """Propose for many stores in ONE transaction: all proposals that can be made are made
    together (or none, if the run is cancelled or crashes); refusals are reported per store."""
    require_role(ctx, OPERATORS, "propose subsidies")
    result = BulkResult([], [])
    total = len(store_codes)
    with ctx.ledger.atomic():
        policy = policy_store.current(ctx.ledger, policy_code)
        for i, code in enumerate(store_codes, 1):
            try:
                with ctx.ledger.atomic():  # a savepoint: one refusal does not undo the others
                    result.proposed.append(_propose_one(ctx, policy, code))
            except DealerError as exc:
                result.refused.append((code, exc.message))
            if progress and (i % 50 == 0 or i == total):
                progress(i, total)
    return result


def approve(ctx: Context, subsidy_id: int, comment: str = "") -> Subsidy:
    require_role(ctx, OPERATORS, "approve subsidies")
    with ctx.ledger.atomic():
        sub = _get_scoped(ctx, subsidy_id, "approve")
        _require_status(sub, {SubsidyStatus.PROPOSED}, "approved")
        require_not_proposer(ctx, sub.proposed_by, f"subsidy {sub.id}")
        policy = policy_store.current(ctx.ledger, sub.policy_code)
        committed = subsidy_store.committed_total(ctx.ledger, sub.policy_code)
        if committed + sub.amount > policy.budget:
            left = policy.budget - committed
            raise BudgetExceeded(
                "subsidy.budget",
                f"Approving subsidy {sub.id} ({group_yuan(sub.amount)} yuan) would exceed the "
                f"{policy.code} budget of {group_yuan(policy.budget)} yuan: "
                f"{group_yuan(committed)} yuan is already approved or paid, "
                f"{group_yuan(max(left, 0))} yuan is left.",
                subsidy=sub.id,
                budget=policy.budget,
                committed=committed,
                amount=sub.amount,
            )
        subsidy_store.decide(
            ctx.ledger, sub.id, SubsidyStatus.APPROVED, ctx.user.name, ctx.now(), _comment(comment)
        )
        record(
            ctx,
            "subsidy.approve",
            "subsidy",
            sub.id,
            {
                "before": {"status": sub.status.value},
                "after": {"status": "approved"},
                "amount": sub.amount,
                "committed_after": committed + sub.amount,
                "budget": policy.budget,
                "comment": _comment(comment),
            },
        )
        return subsidy_store.get(ctx.ledger, sub.id)


def reject(ctx: Context, subsidy_id: int, comment: str = "") -> Subsidy:
    require_role(ctx, OPERATORS, "reject subsidies")
    with ctx.ledger.atomic():
        sub = _get_scoped(ctx, subsidy_id, "reject")
        _require_status(sub, {SubsidyStatus.PROPOSED}, "rejected")
        require_not_proposer(ctx, sub.proposed_by, f"subsidy {sub.id}")
        subsidy_store.decide(
            ctx.ledger, sub.id, SubsidyStatus.REJECTED, ctx.user.name, ctx.now(), _comment(comment)
        )
        record(
            ctx,
            "subsidy.reject",
            "subsidy",
            sub.id,
            {
                "before": {"status": sub.status.value},
                "after": {"status": "rejected"},
                "comment": _comment(comment),
            },
        )
        return subsidy_store.get(ctx.ledger, sub.id)


def cancel(ctx: Context, subsidy_id: int, comment: str = "") -> Subsidy:
    """Withdraw a proposed or approved (unpaid) subsidy; frees its share of the budget."""
    require_role(ctx, OPERATORS, "cancel subsidies")
    with ctx.ledger.atomic():
        sub = _get_scoped(ctx, subsidy_id, "cancel")
        _require_status(sub, {SubsidyStatus.PROPOSED, SubsidyStatus.APPROVED}, "cancelled")
        subsidy_store.cancel(ctx.ledger, sub.id, ctx.user.name, ctx.now(), _comment(comment))
        record(
            ctx,
            "subsidy.cancel",
            "subsidy",
            sub.id,
            {
                "before": {"status": sub.status.value},
                "after": {"status": "cancelled"},
                "comment": _comment(comment),
            },
        )
        return subsidy_store.get(ctx.ledger, sub.id)


def pay(ctx: Context, subsidy_id: int, reference: str) -> Subsidy:
    require_role(ctx, {Role.HQ_FINANCE}, "mark payouts paid")
    reference = (reference or "").strip()
    if not reference or len(reference) > 100 or any(ord(c) < 32 for c in reference):
        raise InvalidInput(
            "subsidy.reference",
            "A payment reference is required (the bank transfer's reference, up to 100 characters).",
        )
    with ctx.ledger.atomic():
        sub = _get_scoped(ctx, subsidy_id, "pay")
        _require_status(sub, {SubsidyStatus.APPROVED}, "paid")
        subsidy_store.mark_paid(ctx.ledger, sub.id, ctx.user.name, ctx.now(), reference)
        record(
            ctx,
            "subsidy.pay",
            "subsidy",
            sub.id,
            {
                "before": {"status": "approved"},
                "after": {"status": "paid"},
                "amount": sub.amount,
                "reference": reference,
            },
        )
        return subsidy_store.get(ctx.ledger, sub.id)


def list_subsidies(
    ctx: Context, status: str | None = None, policy_code: str | None = None
) -> list[Subsidy]:
    return subsidy_store.list_where(
        ctx.ledger, regions=scope(ctx.user), status=status, policy_code=policy_code
    )


def get(ctx: Context, subsidy_id: int) -> Subsidy:
    return _get_scoped(ctx, subsidy_id, "see")


def budget_status(ctx: Context, policy_code: str) -> BudgetStatus:
    """Budget figures for the whole policy (the cap is national, whoever asks)."""
    with ctx.ledger.snapshot():
        policy = policy_store.current(ctx.ledger, policy_code)
        totals = subsidy_store.totals_by_status(ctx.ledger, policy.code, None)
    return BudgetStatus(
        policy.code,
        policy.budget,
        totals.get("approved", (0, 0))[1],
        totals.get("paid", (0, 0))[1],
        totals.get("proposed", (0, 0))[1],
    )


def _get_scoped(ctx: Context, subsidy_id: int, action: str) -> Subsidy:
    sub = subsidy_store.get(ctx.ledger, int(subsidy_id))
    require_region(ctx, sub.region, action, f"subsidy {sub.id}")
    return sub


def _require_status(sub: Subsidy, allowed: set[SubsidyStatus], target: str) -> None:
    if sub.status not in allowed:
        raise Conflict(
            "subsidy.status",
            f"Subsidy {sub.id} is {sub.status.value}; only a "
            f"{' or '.join(sorted(s.value for s in allowed))} subsidy can be {target}.",
            subsidy=sub.id,
            status=sub.status.value,
        )


def _comment(text: str) -> str:
    text = (text or "").strip()
    if len(text) > 2000:
        raise InvalidInput(
            "subsidy.comment_long", "The comment is too long: at most 2,000 characters."
        )
    return text
