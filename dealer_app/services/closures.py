"""Closing inefficient, loss-making stores: candidates, proposal, second-person approval."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from dealer_app.domain.closures import closure_metrics_snapshot, judge_closure
from dealer_app.domain.errors import Conflict, InvalidInput
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import (
    Closure,
    ClosureCandidate,
    ClosureStatus,
    StoreStatus,
)
from dealer_app.domain.plausible import closing_problem
from dealer_app.domain.workflow import SUBSIDY
from dealer_app.services import batch
from dealer_app.services.audit import record
from dealer_app.services.context import Context
from dealer_app.services.permissions import (
    require,
    require_not_proposer,
    require_region,
    require_transition,
    scope,
)
from dealer_app.services.settings import closure_settings
from dealer_app.services.subsidies import void_letter
from dealer_app.storage import closures as closure_store
from dealer_app.storage import performance as perf_store
from dealer_app.storage import stores as store_rows
from dealer_app.storage import subsidies as subsidy_store

Progress = batch.Progress


@dataclass(frozen=True, slots=True)
class CandidateRow:
    candidate: ClosureCandidate
    region: str
    store_name: str
    has_approved_unpaid_subsidy: bool
    open_closure_id: int | None


def candidates(ctx: Context) -> list[CandidateRow]:
    """Open stores established before the cutoff that are inefficient and loss-making."""
    settings = closure_settings(ctx.ledger)
    with ctx.ledger.snapshot():
        rows = perf_store.closure_candidate_aggregates(
            ctx.ledger,
            settings.months,
            settings.cutoff.isoformat(),
            scope(ctx.user),
            settings.min_avg_vehicles,
            settings.min_avg_revenue_retail,
        )
        blocked = subsidy_store.approved_unpaid_store_ids(ctx.ledger)
        open_closures = {
            c.store_code: c.id
            for c in closure_store.list_where(
                ctx.ledger, regions=scope(ctx.user), status="proposed"
            )
        }
    out = []
    fromiso = dt.date.fromisoformat
    for code, store_type, status, established, months, v, r, np, region, name, sid in rows:
        cand = judge_closure(
            code,
            store_type,
            status,
            fromiso(established) if established else None,
            months,
            v,
            r,
            np,
            settings,
        )
        if cand is not None:
            out.append(CandidateRow(cand, region, name, sid in blocked, open_closures.get(code)))
    return out


def stale_performance(ctx: Context) -> Msg | None:
    """A warning when the newest performance on file is older than the months the candidates
    average (they would be judged on old figures), None otherwise."""
    settings = closure_settings(ctx.ledger)
    with ctx.ledger.snapshot():
        newest = perf_store.newest_month(ctx.ledger)
    today = ctx.today()
    if newest is None:
        return Msg("closure.no_performance", {})
    year, month = map(int, newest.split("-"))
    behind = (today.year - year) * 12 + today.month - month
    if behind <= settings.months:
        return None
    return Msg(
        "closure.stale_performance",
        {"month": newest, "behind": behind, "months": settings.months},
    )


def _metrics_for(ctx: Context, store_code: str) -> tuple[ClosureCandidate | None, dict]:
    settings = closure_settings(ctx.ledger)
    store = store_rows.get_store(ctx.ledger, store_code)
    rows = perf_store.closure_aggregates(
        ctx.ledger, settings.months, settings.cutoff.isoformat(), frozenset({store.region})
    )
    for code, store_type, status, established, months, v, r, np, *_ in rows:
        if code == store.code:
            cand = judge_closure(
                code,
                store_type,
                status,
                dt.date.fromisoformat(established),
                months,
                v,
                r,
                np,
                settings,
            )
            if cand is not None:
                return cand, closure_metrics_snapshot(cand, settings)
            return None, {
                "months": months,
                "vehicles_sum": v,
                "revenue_sum": r,
                "net_profit_sum": np,
                "candidate": False,
            }
    return None, {"candidate": False, "months": 0}


def propose_closure(
    ctx: Context, store_code: str, estimated_loss: int | None = None, comment: str = ""
) -> int:
    """Propose closing a store. A store that is not a candidate needs a comment saying why."""
    require(ctx, "closure.propose")
    comment = (comment or "").strip()
    with ctx.ledger.atomic():
        store = store_rows.get_store(ctx.ledger, store_code)
        require_region(
            ctx, store.region, "closure.propose", Msg("what.store", {"store": store.code})
        )
        if store.status != StoreStatus.OPEN:
            raise Conflict("closure.not_open", store=store.code, status=store.status.value)
        assert store.id is not None
        if closure_store.open_for_store(ctx.ledger, store.id):
            raise Conflict(
                "closure.duplicate",
                store=store.code,
            )
        cand, metrics = _metrics_for(ctx, store.code)
        if cand is None and not comment:
            raise InvalidInput(
                "closure.not_candidate",
                store=store.code,
            )
        settings = closure_settings(ctx.ledger)
        loss = (
            settings.loss_by_type.get(store.store_type.value, 0)
            if estimated_loss is None
            else int(estimated_loss)
        )
        if loss < 0 or loss > 10_000_000_000:
            raise InvalidInput("closure.bad_loss", max=10_000_000_000)
        cid = closure_store.insert(
            ctx.ledger,
            store_id=store.id,
            estimated_loss=loss,
            metrics=metrics,
            user=ctx.user.name,
            now=ctx.now(),
            comment=comment,
        )
        store_rows.set_status(ctx.ledger, store.id, StoreStatus.CLOSING, ctx.now(), ctx.user.name)
        record(
            ctx,
            "closure.propose",
            "closure",
            cid,
            {
                "store": store.code,
                "estimated_loss": loss,
                "metrics": metrics,
                "comment": comment,
                "store_status": {"before": "open", "after": "closing"},
            },
        )
        return cid


def approve_closure(
    ctx: Context, closure_id: int, closed_on: dt.date | None = None, comment: str = ""
) -> Closure:
    """Second person approves: the store is closed, its proposed subsidies cancelled. Refused while
    it has an approved, unpaid subsidy (pay or cancel that first)."""
    require(ctx, "closure.approve")
    with ctx.ledger.atomic():
        c = closure_store.get(ctx.ledger, int(closure_id))
        what = Msg("what.closure", {"id": c.id})
        require_region(ctx, c.region, "closure.approve", what)
        require_transition("closure.approve", c.status, what, c.approved_by, c.decided_at)
        require_not_proposer(ctx, c.proposed_by, what)
        store_id = closure_store.store_id_of(ctx.ledger, c.id)
        open_subs = subsidy_store.open_for_store(ctx.ledger, store_id)
        unpaid = SUBSIDY.statuses(commits_budget=True, final=False)
        approved = [s for s in open_subs if s.status in unpaid]
        if approved:
            s = approved[0]
            raise Conflict(
                "closure.approved_subsidy",
                store=c.store_code,
                subsidy=s.id,
                amount=s.amount,
                policy=s.policy_code,
            )
        day = closed_on or ctx.today()
        store = store_rows.get_store(ctx.ledger, c.store_code)
        implausible = closing_problem(day, store.established_on, ctx.machine_today())
        if implausible is not None:
            raise InvalidInput(implausible.code, **implausible.params)
        for s in open_subs:
            require_transition(
                "subsidy.cancel_by_closure", s.status, Msg("what.subsidy", {"id": s.id})
            )
            subsidy_store.cancel(ctx.ledger, s.id, ctx.user.name, ctx.now(), "")
            record(
                ctx,
                "subsidy.cancel_by_closure",
                "subsidy",
                s.id,
                {
                    "before": {"status": s.status.value},
                    "after": {"status": "cancelled"},
                    "closure": c.id,
                },
            )
            void_letter(ctx, s.id, "")
        closure_store.decide(
            ctx.ledger, c.id, ClosureStatus.APPROVED, ctx.user.name, ctx.now(), comment.strip(), day
        )
        store_rows.set_status(
            ctx.ledger, store_id, StoreStatus.CLOSED, ctx.now(), ctx.user.name, day
        )
        record(
            ctx,
            "closure.approve",
            "closure",
            c.id,
            {
                "store": c.store_code,
                "closed_on": day.isoformat(),
                "estimated_loss": c.estimated_loss,
                "cancelled_subsidies": [s.id for s in open_subs],
                "store_status": {"before": "closing", "after": "closed"},
            },
        )
        return closure_store.get(ctx.ledger, c.id)


def reject_closure(ctx: Context, closure_id: int, comment: str = "") -> Closure:
    require(ctx, "closure.reject")
    with ctx.ledger.atomic():
        c = closure_store.get(ctx.ledger, int(closure_id))
        what = Msg("what.closure", {"id": c.id})
        require_region(ctx, c.region, "closure.reject", what)
        require_transition("closure.reject", c.status, what, c.approved_by, c.decided_at)
        require_not_proposer(ctx, c.proposed_by, what)
        store_id = closure_store.store_id_of(ctx.ledger, c.id)
        closure_store.decide(
            ctx.ledger,
            c.id,
            ClosureStatus.REJECTED,
            ctx.user.name,
            ctx.now(),
            comment.strip(),
            None,
        )
        store_rows.set_status(ctx.ledger, store_id, StoreStatus.OPEN, ctx.now(), ctx.user.name)
        record(
            ctx,
            "closure.reject",
            "closure",
            c.id,
            {
                "store": c.store_code,
                "comment": comment.strip(),
                "store_status": {"before": "closing", "after": "open"},
            },
        )
        return closure_store.get(ctx.ledger, c.id)


def list_closures(ctx: Context, status: str | None = None) -> list[Closure]:
    return closure_store.list_where(ctx.ledger, regions=scope(ctx.user), status=status)


def loss_booked(ctx: Context) -> tuple[int, int]:
    return closure_store.loss_booked(ctx.ledger, scope(ctx.user))


# --- many at once ------------------------------------------------------------------------------


def propose_many(
    ctx: Context,
    items: Sequence[tuple[str, int | None]],
    comment: str = "",
    progress: Progress | None = None,
) -> batch.Outcome[tuple[str, int | None]]:
    """Propose closing each (store code, estimated loss or None for the default), each in its
    own transaction; refusals per store."""
    require(ctx, "closure.propose")
    return batch.each(
        ctx, items, lambda c, item: propose_closure(c, item[0], item[1], comment), progress
    )


def approve_many(
    ctx: Context,
    ids: Sequence[int],
    closed_on: dt.date | None = None,
    comment: str = "",
    progress: Progress | None = None,
) -> batch.Outcome[int]:
    require(ctx, "closure.approve")
    return batch.each(ctx, ids, lambda c, i: approve_closure(c, i, closed_on, comment), progress)


def reject_many(
    ctx: Context, ids: Sequence[int], comment: str = "", progress: Progress | None = None
) -> batch.Outcome[int]:
    require(ctx, "closure.reject")
    return batch.each(ctx, ids, lambda c, i: reject_closure(c, i, comment), progress)
