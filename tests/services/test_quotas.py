"""Regional quotas: HQ splits a policy's budget into per-region allocations (optional), enforced
at approval under the same lock as the national budget, on both backends."""

import datetime as dt

import pytest
from english import en

from dealer_app.domain.errors import BudgetExceeded, InvalidInput, PermissionDenied
from dealer_app.services import policies, subsidies


@pytest.fixture
def people(make_user):
    return {
        "mgr": make_user("mgr.central", "regional_manager", "CENTRAL"),
        "mgr2": make_user("mgr.central2", "regional_manager", "CENTRAL"),
        "hq": make_user("hq.finance", "hq_finance"),
    }


def test_only_hq_sets_quotas_within_the_budget_and_above_what_is_committed(people, admin):
    hq = people["hq"]
    assert policies.quotas(hq, "YE2025") == {}
    with pytest.raises(PermissionDenied):
        policies.set_quotas(people["mgr"], "YE2025", {"CENTRAL": 1})
    with pytest.raises(PermissionDenied):
        policies.set_quotas(admin, "YE2025", {"CENTRAL": 1})
    budget = policies.get_policy(hq, "YE2025").budget
    with pytest.raises(InvalidInput) as over:
        policies.set_quotas(hq, "YE2025", {"CENTRAL": budget, "NORTH": 1})
    assert en(over.value.msg).startswith("The regional quotas add up to")
    assert policies.set_quotas(hq, "YE2025", {"CENTRAL": 600_000}) == {"CENTRAL": 600_000}
    assert policies.set_quotas(hq, "YE2025", {"central": None}) == {}
    with pytest.raises(InvalidInput):
        policies.set_quotas(hq, "YE2025", {"CENTRAL": -1})


def test_a_quota_at_the_boundary_exact_fit_then_one_yuan_over(people, add_store):
    hq = people["hq"]
    add_store("S1", dt.date(2025, 12, 14))  # new in 2025: 500,000
    add_store("S2", dt.date(2024, 12, 31))  # 100,000
    add_store("S3", dt.date(2024, 12, 31))
    a, b, c = (subsidies.propose(people["mgr"], "YE2025", s) for s in ("S1", "S2", "S3"))
    policies.set_quotas(hq, "YE2025", {"CENTRAL": 600_000})
    subsidies.approve(people["mgr2"], a)
    subsidies.approve(people["mgr2"], b)  # 600,000 of 600,000: fits exactly
    with pytest.raises(BudgetExceeded) as over:
        subsidies.approve(people["mgr2"], c)
    assert en(over.value.msg) == (
        f"Approving subsidy {c} (100,000 yuan) would exceed Central China's quota of 600,000"
        " yuan under YE2025: 600,000 yuan of it is already approved or paid, 0 yuan is left."
    )
    with pytest.raises(InvalidInput):  # below what the region has approved
        policies.set_quotas(hq, "YE2025", {"CENTRAL": 599_999})
    policies.set_quotas(hq, "YE2025", {"CENTRAL": 700_000})
    assert subsidies.approve(people["mgr2"], c).status.value == "approved"
    status = subsidies.budget_status(people["mgr"], "YE2025")
    assert (status.region, status.region_committed, status.region_quota) == (
        "CENTRAL",
        700_000,
        700_000,
    )
