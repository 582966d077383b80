"""The subsidy workflow through the services: four eyes, region, budget boundary, versions."""

import copy
import datetime as dt

import pytest
from english import en

from dealer_app.domain.errors import BudgetExceeded, Conflict, NotFound, PermissionDenied
from dealer_app.domain.models import StoreStatus, StoreType, SubsidyStatus
from dealer_app.services import policies, subsidies
from dealer_app.services.audit import verify


@pytest.fixture
def people(make_user):
    return {
        "mgr": make_user("mgr.central", "regional_manager", "CENTRAL"),
        "mgr2": make_user("mgr.central2", "regional_manager", "CENTRAL"),
        "east": make_user("mgr.east", "regional_manager", "EAST"),
        "hq": make_user("hq.finance", "hq_finance"),
    }


def test_propose_approve_pay(people, add_store):
    add_store("S1", dt.date(2025, 12, 14))
    sid = subsidies.propose(people["mgr"], "YE2025", "S1")
    sub = subsidies.get(people["hq"], sid)
    assert (sub.amount, sub.tier, sub.status, sub.policy_version) == (
        500_000,
        "new_in_2025",
        SubsidyStatus.PROPOSED,
        1,
    )
    assert subsidies.approve(people["mgr2"], sid).status == SubsidyStatus.APPROVED
    paid = subsidies.pay(people["hq"], sid, "CMB-0001")
    assert (paid.status, paid.payment_reference) == (SubsidyStatus.PAID, "CMB-0001")
    assert verify(people["hq"])[1] == []


def test_four_eyes(people, add_store):
    add_store("S1", dt.date(2024, 12, 31))
    sid = subsidies.propose(people["mgr"], "YE2025", "S1")
    with pytest.raises(PermissionDenied, match="four eyes"):
        subsidies.approve(people["mgr"], sid)
    with pytest.raises(PermissionDenied, match="four eyes"):
        subsidies.reject(people["mgr"], sid)
    assert subsidies.get(people["hq"], sid).status == SubsidyStatus.PROPOSED


def test_region_scope(people, add_store):
    add_store("S1", dt.date(2024, 12, 31))
    if people["east"].ledger.is_server:  # row-level security: another region's rows are unseen
        with pytest.raises(NotFound, match="no store with code S1"):
            subsidies.propose(people["east"], "YE2025", "S1")
    else:
        with pytest.raises(PermissionDenied, match="in Central China"):
            subsidies.propose(people["east"], "YE2025", "S1")
    sid = subsidies.propose(people["mgr"], "YE2025", "S1")
    with pytest.raises((PermissionDenied, NotFound)):
        subsidies.approve(people["east"], sid)
    assert subsidies.list_subsidies(people["east"]) == []
    assert [s.id for s in subsidies.list_subsidies(people["mgr2"])] == [sid]


def test_only_hq_finance_pays_and_admin_approves_nothing(people, admin, add_store):
    add_store("S1", dt.date(2024, 12, 31))
    sid = subsidies.propose(people["mgr"], "YE2025", "S1")
    with pytest.raises(PermissionDenied, match="administrator"):
        subsidies.approve(admin, sid)
    subsidies.approve(people["mgr2"], sid)
    with pytest.raises(PermissionDenied, match="HQ finance"):
        subsidies.pay(people["mgr2"], sid, "REF")


def test_one_subsidy_per_store_unless_rejected_or_cancelled(people, add_store):
    add_store("S1", dt.date(2024, 12, 31))
    sid = subsidies.propose(people["mgr"], "YE2025", "S1")
    with pytest.raises(Conflict, match="already has subsidy"):
        subsidies.propose(people["mgr2"], "YE2025", "S1")
    subsidies.reject(people["mgr2"], sid, "missing papers")
    sid2 = subsidies.propose(people["mgr2"], "YE2025", "S1")
    subsidies.cancel(people["mgr2"], sid2)
    assert subsidies.propose(people["mgr"], "YE2025", "S1") > sid2


def test_not_eligible_is_refused_with_the_reason(people, add_store):
    add_store("S1", dt.date(2025, 12, 15))
    add_store("S2", dt.date(2024, 1, 1), store_type=StoreType.SERVICE_CENTER)
    with pytest.raises(Conflict, match="one day after the cutoff of 2025-12-14"):
        subsidies.propose(people["mgr"], "YE2025", "S1")
    with pytest.raises(Conflict, match="service_center"):
        subsidies.propose(people["mgr"], "YE2025", "S2")


def _set_budget(admin, budget):
    p = copy.deepcopy(policies.get_policy(admin, "YE2025"))
    p.budget = budget
    return policies.save_policy(admin, p)


def test_budget_boundary_exact_fit_then_one_yuan_over(people, admin, add_store):
    for code in ("S1", "S2", "S3"):
        add_store(code, dt.date(2024, 6, 1))  # 100,000 each
    ids = [subsidies.propose(people["mgr"], "YE2025", c) for c in ("S1", "S2", "S3")]
    _set_budget(admin, 200_000)
    subsidies.approve(people["hq"], ids[0])
    subsidies.approve(people["hq"], ids[1])  # exactly at the budget: allowed
    with pytest.raises(BudgetExceeded, match="0 yuan is left"):
        subsidies.approve(people["hq"], ids[2])
    assert subsidies.budget_status(people["hq"], "YE2025").left == 0
    subsidies.cancel(people["hq"], ids[1])  # frees 100,000
    subsidies.approve(people["hq"], ids[2])
    _set_budget(admin, 200_000)
    with pytest.raises(Exception, match="cannot go below"):
        _set_budget(admin, 199_999)


def test_policy_edit_keeps_the_amount_of_earlier_proposals(people, admin, add_store):
    add_store("S1", dt.date(2025, 3, 1))
    add_store("S2", dt.date(2025, 3, 1))
    sid = subsidies.propose(people["mgr"], "YE2025", "S1")
    p = copy.deepcopy(policies.get_policy(admin, "YE2025"))
    p.params["tiers"][1]["amount"] = 450_000
    policies.save_policy(admin, p)
    assert p.version == 2
    subsidies.approve(people["hq"], sid)
    assert subsidies.get(people["hq"], sid).amount == 500_000
    assert subsidies.get(people["hq"], sid).policy_version == 1
    sid2 = subsidies.propose(people["mgr"], "YE2025", "S2")
    assert (
        subsidies.get(people["hq"], sid2).amount,
        subsidies.get(people["hq"], sid2).policy_version,
    ) == (450_000, 2)


def test_bulk_proposal_reports_refusals_and_keeps_the_rest(people, add_store):
    add_store("S1", dt.date(2025, 1, 1))
    add_store("S2", dt.date(2025, 12, 16))
    add_store("S3", None, status=StoreStatus.PLANNED)
    result = subsidies.propose_many(people["mgr"], "YE2025", ["S1", "S2", "S3"])
    assert len(result.done) == 1
    assert [c for c, _ in result.refused] == ["S2", "S3"]
    assert "2 days after the cutoff" in en(result.refused[0][1])


def test_what_if_moving_the_cutoff(admin, add_store):
    add_store("S1", dt.date(2025, 12, 20), on=dt.date(2026, 1, 5))
    add_store("S2", dt.date(2025, 12, 31), on=dt.date(2026, 1, 5))
    add_store("S3", dt.date(2025, 6, 1))
    draft = copy.deepcopy(policies.get_policy(admin, "YE2025"))
    draft.params["tiers"][1]["end"] = "2025-12-31"
    w = policies.what_if(admin, draft)
    assert sorted(w.gaining) == [("S1", 500_000), ("S2", 500_000)]
    assert w.losing == [] and w.delta == 1_000_000


def test_regional_manager_reads_only_own_audit_entries(people, add_store):
    from dealer_app.services import audit

    add_store("S1", dt.date(2024, 12, 31))
    subsidies.propose(people["mgr"], "YE2025", "S1")
    mine = audit.entries(people["mgr"])
    assert mine and {e.user for e in mine} == {"mgr.central"}
    assert audit.entries(people["east"]) == []
    assert {e.user for e in audit.entries(people["hq"])} >= {"admin", "mgr.central"}
    assert audit.filter_values(people["east"])[0] == []
