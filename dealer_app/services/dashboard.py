"""The dashboard's figures in one read: KPI numbers and chart series, scoped to the user."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealer_app.domain.models import Role, StoreStatus
from dealer_app.services.context import Context
from dealer_app.services.eligibility import evaluate_policy
from dealer_app.services.permissions import scope
from dealer_app.services.subsidies import BudgetStatus, budget_of
from dealer_app.storage import closures as closure_store
from dealer_app.storage import policies as policy_store
from dealer_app.storage import stores as store_rows
from dealer_app.storage import subsidies as subsidy_store

#: The seed's one-time loss for closing over 1,000 stores: the reference the booked loss is
#: compared with.
CLOSURE_LOSS_REFERENCE = 27_260_000
DEFAULT_POLICY = "YE2025"


@dataclass(frozen=True)
class DashboardFigures:
    today: dt.date
    stores_by_status: dict[str, int]
    policy_code: str | None  # None when the ledger has no policy at all
    policy_name: str
    eligible_stores: int
    eligible_amount: int
    budget: BudgetStatus | None
    subsidy_by_region: list[tuple[str, int]]  # region -> approved + paid yuan
    closures_approved: int
    closures_proposed: int
    loss_booked: int
    openings_by_month: list[tuple[str, int]]  # "YYYY-MM" -> stores established
    closures_by_month: list[tuple[str, int]]  # "YYYY-MM" -> closures approved
    loss_reference: int = CLOSURE_LOSS_REFERENCE

    @property
    def stores_open(self) -> int:
        return self.stores_by_status.get(StoreStatus.OPEN.value, 0)

    @property
    def stores_total(self) -> int:
        return sum(self.stores_by_status.values())


def dashboard(ctx: Context, policy_code: str | None = None) -> DashboardFigures:
    """Figures for the stores the user may see; the budget is the policy's national one.

    `policy_code` None picks YE2025 when it exists, else the first policy."""
    regions = scope(ctx.user)
    with ctx.ledger.snapshot():
        policies = policy_store.list_current(ctx.ledger)
        policy = None
        if policies:
            wanted = policy_code or DEFAULT_POLICY
            policy = next((p for p in policies if p.code == wanted), policies[0])
        by_status = store_rows.counts_by_status(ctx.ledger, regions)
        eligible = amount = 0
        budget = None
        by_region: list[tuple[str, int]] = []
        if policy is not None:
            for row in evaluate_policy(ctx.ledger, policy, regions):
                if row.result.eligible:
                    eligible += 1
                    amount += row.result.amount
            own = ctx.user.region if ctx.user.role == Role.REGIONAL_MANAGER else None
            budget = budget_of(ctx.ledger, policy, own)
            by_region = subsidy_store.totals_by_region(ctx.ledger, policy.code, regions)
        closed_count, loss = closure_store.loss_booked(ctx.ledger, regions)
        proposed = len(closure_store.list_where(ctx.ledger, regions=regions, status="proposed"))
        openings = store_rows.openings_by_month(ctx.ledger, regions)
        closures = closure_store.closures_by_month(ctx.ledger, regions)
    return DashboardFigures(
        today=ctx.today(),
        stores_by_status=by_status,
        policy_code=policy.code if policy else None,
        policy_name=policy.name if policy else "",
        eligible_stores=eligible,
        eligible_amount=amount,
        budget=budget,
        subsidy_by_region=by_region,
        closures_approved=closed_count,
        closures_proposed=proposed,
        loss_booked=loss,
        openings_by_month=openings,
        closures_by_month=closures,
    )


def last_months(series: list[tuple[str, int]], end: dt.date, count: int) -> list[tuple[str, int]]:
    """The `count` months up to and including `end`'s month, zero-filled, oldest first."""
    values = dict(series)
    out = []
    year, month = end.year, end.month
    for _ in range(count):
        key = f"{year:04d}-{month:02d}"
        out.append((key, values.get(key, 0)))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return out[::-1]
