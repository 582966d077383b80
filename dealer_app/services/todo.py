"""What is mine to do, counted for the sidebar: the subsidies this person may approve or pay now
and the closures they may decide (domain/todo.py has the rules)."""

from __future__ import annotations

from dealer_app.domain.models import ClosureStatus, SubsidyStatus
from dealer_app.domain.todo import CLOSURE_TODO, SUBSIDY_TODO, mine_to_do
from dealer_app.domain.workflow import may
from dealer_app.services.context import Context


def counts(ctx: Context) -> dict[str, int]:
    """screen key -> how many items wait for this person there."""
    from dealer_app.services.closures import list_closures
    from dealer_app.services.subsidies import list_subsidies

    user = ctx.user
    out = {"subsidies": 0, "closures": 0}
    if any(may(user.role, a) for a in SUBSIDY_TODO):
        with ctx.ledger.snapshot():
            waiting = [
                *list_subsidies(ctx, status=SubsidyStatus.PROPOSED.value),
                *list_subsidies(ctx, status=SubsidyStatus.APPROVED.value),
            ]
            out["subsidies"] = sum(1 for s in waiting if mine_to_do(user, s, SUBSIDY_TODO))
            if any(may(user.role, a) for a in CLOSURE_TODO):
                proposed = list_closures(ctx, status=ClosureStatus.PROPOSED.value)
                out["closures"] = sum(1 for c in proposed if mine_to_do(user, c, CLOSURE_TODO))
    out["payments"] = _payments_waiting(ctx)
    return out


def _payments_waiting(ctx: Context) -> int:
    """Changes of bank details this person may confirm; for HQ finance also the draft batches
    colleagues made (to review and release) and payments the bank refused (to pay again)."""
    from dealer_app.domain.models import Role
    from dealer_app.services import banking, payments

    n = len(banking.to_confirm(ctx))
    if ctx.user.role == Role.HQ_FINANCE:
        me = ctx.user.name.casefold()
        n += sum(1 for b in payments.batches(ctx, "draft") if b.created_by.casefold() != me)
        n += len(payments.failures(ctx))
    return n
