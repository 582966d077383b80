"""The subsidy workflow: propose -> approve | reject -> paid, or cancelled.

Rules (PRODUCT.md, and the table in `dealer_app.domain.workflow`): one live subsidy per (store,
policy); four eyes; the budget is checked inside the transaction that writes the approval; only
HQ finance marks paid; a regional manager acts only on their own region; the amount and policy
version are fixed when proposed. Each action on one subsidy is one transaction; the `*_many`
batch actions decide many, one transaction each, with a per-item outcome (`services.batch`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from dealer_app.domain.eligibility import make_evaluator
from dealer_app.domain.errors import BudgetExceeded, Conflict, InvalidInput
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Policy, Role, Subsidy, SubsidyStatus
from dealer_app.services import batch
from dealer_app.services.audit import record
from dealer_app.services.context import Context
from dealer_app.services.eligibility import facts_for
from dealer_app.services.permissions import (
    require,
    require_not_proposer,
    require_region,
    require_transition,
    scope,
)
from dealer_app.storage import letters as letter_store
from dealer_app.storage import payments as payment_store
from dealer_app.storage import policies as policy_store
from dealer_app.storage import stores as store_rows
from dealer_app.storage import subsidies as subsidy_store
from dealer_app.storage.db import Ledger

Progress = batch.Progress

#: Proposals made per transaction by `propose_many`: a few hundred milliseconds of holding the
#: ledger at most, so colleagues are never turned away for long.
PROPOSE_CHUNK = 100


@dataclass(frozen=True, slots=True)
class BudgetStatus:
    """A policy's national budget use; for a regional manager also their region's share
    (`region` set): every figure says its scope."""

    policy_code: str
    budget: int
    approved: int
    paid: int
    proposed: int
    region: str | None = None
    region_approved: int = 0
    region_paid: int = 0
    region_proposed: int = 0
    region_quota: int | None = None  # the region's share of the budget, if HQ set one

    @property
    def region_committed(self) -> int:
        return self.region_approved + self.region_paid

    @property
    def committed(self) -> int:
        return self.approved + self.paid

    @property
    def left(self) -> int:
        return self.budget - self.committed


def _what(subsidy_id: int) -> Msg:
    return Msg("what.subsidy", {"id": subsidy_id})


def _check_policy_open(policy: Policy, today: dt.date) -> None:
    if policy.valid_from and today < policy.valid_from:
        raise Conflict(
            "policy.not_yet_valid", policy=policy.code, day=policy.valid_from.isoformat()
        )
    if policy.valid_to and today > policy.valid_to:
        raise Conflict("policy.expired", policy=policy.code, day=policy.valid_to.isoformat())


def propose(ctx: Context, policy_code: str, store_code: str) -> int:
    """Propose the subsidy the current policy version gives this store. Returns the new id."""
    require(ctx, "subsidy.propose")
    with ctx.ledger.atomic():
        return _propose_one(ctx, policy_store.current(ctx.ledger, policy_code), store_code)


def _propose_one(ctx: Context, policy: Policy, store_code: str) -> int:
    store = store_rows.get_store(ctx.ledger, store_code)
    require_region(ctx, store.region, "subsidy.propose", Msg("what.store", {"store": store.code}))
    _check_policy_open(policy, ctx.machine_today())  # the machine's clock, not a setting
    assert store.id is not None and policy.id is not None
    live = subsidy_store.live_for(ctx.ledger, store.id, policy.code)
    if live is not None:
        raise Conflict(
            "subsidy.duplicate",
            store=store.code,
            policy=policy.code,
            existing=live.id,
            status=live.status.value,
        )
    row = store_rows.eligibility_row(store)
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
            "subsidy.not_eligible", store=store.code, policy=policy.code, reason=result.reason
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
            "reason": result.reason.as_json(),
        },
    )
    return sid


def propose_many(
    ctx: Context, policy_code: str, store_codes: Sequence[str], progress: Progress | None = None
) -> batch.Outcome[str]:
    """Propose for many stores, `PROPOSE_CHUNK` to a transaction: every proposal that can be
    made is made; each refusal is kept with its store code and reason."""
    require(ctx, "subsidy.propose")
    policy = policy_store.current(ctx.ledger, policy_code)
    return batch.each(
        ctx,
        store_codes,
        lambda c, code: _propose_one(c, policy, code),
        progress,
        chunk=PROPOSE_CHUNK,
    )


def _last_hands(sub: Subsidy) -> tuple[str | None, str | None]:
    """Who moved `sub` to its status, and when (none while it is proposed)."""
    if sub.status == SubsidyStatus.PAID:
        return sub.paid_by, sub.paid_at
    if sub.status == SubsidyStatus.PROPOSED:
        return None, None
    return sub.approved_by, sub.decided_at


def _in_one_trip(
    ctx: Context, action: str, subsidy_id: int, comment: str = "", reference: str = ""
) -> Subsidy | None:
    """On a shared ledger, the decision and its audit entry in one round trip (an office WAN:
    each costs 50 ms); None when the database would not (then the ordinary way decides and
    says why)."""
    done = subsidy_store.decide_in_one_trip(
        ctx.ledger, action, int(subsidy_id), ctx.user.name, ctx.now(), comment, reference
    )
    if done is None:
        return None
    entry, sub = done
    ctx.changes.add(f"subsidy.{action}", entry)
    return sub


def approve(ctx: Context, subsidy_id: int, comment: str = "") -> Subsidy:
    require(ctx, "subsidy.approve")
    comment = _comment(comment)
    fast = _in_one_trip(ctx, "approve", subsidy_id, comment)
    if fast is not None:
        return fast
    with ctx.ledger.atomic():
        sub = _get_scoped(ctx, subsidy_id, "subsidy.approve")
        require_transition("subsidy.approve", sub.status, _what(sub.id), *_last_hands(sub))
        require_not_proposer(ctx, sub.proposed_by, _what(sub.id))
        policy = policy_store.current(ctx.ledger, sub.policy_code)
        committed = subsidy_store.committed_total(ctx.ledger, sub.policy_code)
        if committed + sub.amount > policy.budget:
            raise BudgetExceeded(
                "subsidy.budget",
                subsidy=sub.id,
                amount=sub.amount,
                policy=policy.code,
                budget=policy.budget,
                committed=committed,
                left=max(policy.budget - committed, 0),
            )
        quota = policy_store.quota_of(ctx.ledger, sub.policy_code, sub.region)
        if quota is not None:  # the region's share of the budget, under the same lock
            used = subsidy_store.region_committed(ctx.ledger, sub.policy_code, sub.region)
            if used + sub.amount > quota:
                raise BudgetExceeded(
                    "subsidy.quota",
                    subsidy=sub.id,
                    amount=sub.amount,
                    policy=policy.code,
                    region=sub.region,
                    quota=quota,
                    committed=used,
                    left=max(quota - used, 0),
                )
        subsidy_store.decide(
            ctx.ledger, sub.id, SubsidyStatus.APPROVED, ctx.user.name, ctx.now(), comment
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
                "comment": comment,
            },
        )
        return subsidy_store.get(ctx.ledger, sub.id)


def reject(ctx: Context, subsidy_id: int, comment: str = "") -> Subsidy:
    require(ctx, "subsidy.reject")
    comment = _comment(comment)
    fast = _in_one_trip(ctx, "reject", subsidy_id, comment)
    if fast is not None:
        return fast
    with ctx.ledger.atomic():
        sub = _get_scoped(ctx, subsidy_id, "subsidy.reject")
        require_transition("subsidy.reject", sub.status, _what(sub.id), *_last_hands(sub))
        require_not_proposer(ctx, sub.proposed_by, _what(sub.id))
        subsidy_store.decide(
            ctx.ledger, sub.id, SubsidyStatus.REJECTED, ctx.user.name, ctx.now(), comment
        )
        record(
            ctx,
            "subsidy.reject",
            "subsidy",
            sub.id,
            {
                "before": {"status": sub.status.value},
                "after": {"status": "rejected"},
                "comment": comment,
            },
        )
        return subsidy_store.get(ctx.ledger, sub.id)


def cancel(ctx: Context, subsidy_id: int, comment: str = "") -> Subsidy:
    """Withdraw a proposed or approved (unpaid) subsidy; frees its share of the budget."""
    require(ctx, "subsidy.cancel")
    comment = _comment(comment)
    with ctx.ledger.atomic():
        sub = _get_scoped(ctx, subsidy_id, "subsidy.cancel")
        require_transition("subsidy.cancel", sub.status, _what(sub.id), *_last_hands(sub))
        _require_not_in_batch(ctx, sub, "subsidy.cancel")
        subsidy_store.cancel(ctx.ledger, sub.id, ctx.user.name, ctx.now(), comment)
        record(
            ctx,
            "subsidy.cancel",
            "subsidy",
            sub.id,
            {
                "before": {"status": sub.status.value},
                "after": {"status": "cancelled"},
                "comment": comment,
            },
        )
        void_letter(ctx, sub.id, comment)
        return subsidy_store.get(ctx.ledger, sub.id)


def void_letter(ctx: Context, subsidy_id: int, comment: str) -> None:
    """A cancelled subsidy's letter is void from now on: checking it says so, naming who
    cancelled it and when, and it is never printed again."""
    voided = letter_store.void_for_subsidy(ctx.ledger, subsidy_id, ctx.user.name, ctx.now())
    if voided is not None:
        record(
            ctx,
            "letter.void",
            "letter",
            voided.number,
            {"subsidy": subsidy_id, "comment": comment, "prints": voided.print_count},
        )


def pay(ctx: Context, subsidy_id: int, reference: str) -> Subsidy:
    require(ctx, "subsidy.pay")
    reference = (reference or "").strip()
    if not reference or len(reference) > 100 or any(ord(c) < 32 for c in reference):
        raise InvalidInput("subsidy.reference")
    fast = _in_one_trip(ctx, "pay", subsidy_id, reference=reference)
    if fast is not None:
        return fast
    with ctx.ledger.atomic():
        sub = _get_scoped(ctx, subsidy_id, "subsidy.pay")
        require_transition("subsidy.pay", sub.status, _what(sub.id), *_last_hands(sub))
        _require_not_in_batch(ctx, sub, "subsidy.pay")
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


# --- many at once ------------------------------------------------------------------------------


def approve_many(
    ctx: Context, ids: Sequence[int], comment: str = "", progress: Progress | None = None
) -> batch.Outcome[int]:
    """Approve each subsidy in its own transaction; refusals (four eyes, budget, status) per id."""
    require(ctx, "subsidy.approve")
    return batch.each(ctx, ids, lambda c, i: approve(c, i, comment), progress)


def reject_many(
    ctx: Context, ids: Sequence[int], comment: str = "", progress: Progress | None = None
) -> batch.Outcome[int]:
    require(ctx, "subsidy.reject")
    return batch.each(ctx, ids, lambda c, i: reject(c, i, comment), progress)


def cancel_many(
    ctx: Context, ids: Sequence[int], comment: str = "", progress: Progress | None = None
) -> batch.Outcome[int]:
    require(ctx, "subsidy.cancel")
    return batch.each(ctx, ids, lambda c, i: cancel(c, i, comment), progress)


def pay_many(
    ctx: Context, ids: Sequence[int], reference: str, progress: Progress | None = None
) -> batch.Outcome[int]:
    """Mark each paid with the same payment reference (one bank transfer batch)."""
    require(ctx, "subsidy.pay")
    return batch.each(ctx, ids, lambda c, i: pay(c, i, reference), progress)


# --- reading -----------------------------------------------------------------------------------


def list_subsidies(
    ctx: Context,
    status: str | None = None,
    policy_code: str | None = None,
    ids: Sequence[int] | None = None,
) -> list[Subsidy]:
    return subsidy_store.list_where(
        ctx.ledger, regions=scope(ctx.user), status=status, policy_code=policy_code, ids=ids
    )


def get(ctx: Context, subsidy_id: int) -> Subsidy:
    return _get_scoped(ctx, subsidy_id, "subsidy.read")


def committed_by_region(ctx: Context, policy_code: str) -> dict[str, int]:
    """region -> approved + paid amount under the policy, in the regions this person sees."""
    with ctx.ledger.snapshot():
        return dict(subsidy_store.totals_by_region(ctx.ledger, policy_code, scope(ctx.user)))


def budget_status(ctx: Context, policy_code: str) -> BudgetStatus:
    """Budget figures for the whole policy (the cap is national, whoever asks), with a regional
    manager's own region's share beside them."""
    with ctx.ledger.snapshot():
        policy = policy_store.current(ctx.ledger, policy_code)
        return budget_of(ctx.ledger, policy, _own_region(ctx))


def _own_region(ctx: Context) -> str | None:
    return ctx.user.region if ctx.user.role == Role.REGIONAL_MANAGER else None


def budget_of(ledger: Ledger, policy: Policy, region: str | None = None) -> BudgetStatus:
    """The national budget figures of `policy`, and `region`'s share when given (inside the
    caller's snapshot)."""
    totals = subsidy_store.national_totals(ledger, policy.code)
    mine: dict[str, tuple[int, int]] = {}
    if region is not None:
        mine = subsidy_store.totals_by_status(ledger, policy.code, frozenset({region}))
    return BudgetStatus(
        policy.code,
        policy.budget,
        totals.get("approved", 0),
        totals.get("paid", 0),
        totals.get("proposed", 0),
        region,
        mine.get("approved", (0, 0))[1],
        mine.get("paid", (0, 0))[1],
        mine.get("proposed", (0, 0))[1],
        policy_store.quota_of(ledger, policy.code, region) if region is not None else None,
    )


def _require_not_in_batch(ctx: Context, sub: Subsidy, action: str) -> None:
    """Paying or cancelling by hand a subsidy in a live batch line is refused: its money goes
    (or went) through the bank's batch (services/payments.py)."""
    if sub.status != SubsidyStatus.APPROVED:
        return
    line = payment_store.live_line_for(ctx.ledger, sub.id)
    if line is not None:
        raise Conflict(
            "subsidy.in_batch", id=sub.id, batch=line.batch, reference=line.reference,
            action=action,
        )  # fmt: skip


def _get_scoped(ctx: Context, subsidy_id: int, action: str) -> Subsidy:
    sub = subsidy_store.get(ctx.ledger, int(subsidy_id))
    require_region(ctx, sub.region, action, _what(sub.id))
    return sub


def _comment(text: str) -> str:
    text = (text or "").strip()
    if len(text) > 2000:
        raise InvalidInput("subsidy.comment_long", max=2000)
    return text
