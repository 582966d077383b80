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


def test_a_budget_change_alone_is_not_a_new_version(admin, ledger):
    import dataclasses

    before = policies.get_policy(admin, "YE2025")
    after = policies.save_policy(admin, dataclasses.replace(before, budget=before.budget + 1_000))
    assert (after.version, after.budget) == (1, before.budget + 1_000)
    assert [v.version for v in policies.versions(admin, "YE2025")] == [1]
    tail = ledger.query_one("SELECT action, data FROM audit_log ORDER BY id DESC LIMIT 1")
    assert tail[0] == "policy.budget" and str(before.budget + 1_000) in tail[1]
    renamed = policies.save_policy(admin, dataclasses.replace(after, name="YE2025 新名称"))
    assert renamed.version == 2  # new rules (a new name): a new version
    if ledger.is_server:  # an old version's budget stays as it was, whoever types the SQL
        with pytest.raises(PermissionDenied), ledger.atomic():
            ledger.execute("UPDATE policies SET budget = 1 WHERE version = 1")
