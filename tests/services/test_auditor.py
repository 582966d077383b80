"""The auditor: reads everything (every region, the audit log, exports, the users), writes
nothing; on both backends (on a server ledger the database refuses a write too)."""

from __future__ import annotations

import datetime as dt

import pytest

from dealer_app.domain.errors import PermissionDenied
from dealer_app.domain.models import Store, StoreStatus, StoreType
from dealer_app.services import audit, stores, subsidies, users
from dealer_app.services.audit_export import export_audit


@pytest.fixture
def people(make_user, add_store):
    add_store("C1", dt.date(2024, 6, 1), region="CENTRAL")
    add_store("E1", dt.date(2024, 6, 1), region="EAST")
    ctx = {
        "central": make_user("mgr.central", "regional_manager", "CENTRAL"),
        "east": make_user("mgr.east", "regional_manager", "EAST"),
        "auditor": make_user("audit.one", "auditor"),
    }
    ctx["c_sid"] = subsidies.propose(ctx["central"], "YE2025", "C1")
    ctx["e_sid"] = subsidies.propose(ctx["east"], "YE2025", "E1")
    return ctx


def test_an_auditor_reads_every_region_the_log_and_the_users(people, tmp_path):
    auditor = people["auditor"]
    assert {s.id for s in subsidies.list_subsidies(auditor)} == {people["c_sid"], people["e_sid"]}
    assert {"mgr.central", "mgr.east"} <= {e.user for e in audit.entries(auditor)}
    checked, problems = audit.verify(auditor)
    assert checked > 5 and problems == []
    assert "audit.one" in [u.name for u in users.list_users(auditor)]
    assert export_audit(auditor, tmp_path / "audit.csv") > 5
    assert (tmp_path / "audit.csv").stat().st_size > 0


def test_an_auditor_writes_nothing(people):
    auditor = people["auditor"]
    store = Store(
        "C9",
        "门店C9",
        "湖北华通汽车销售服务有限公司",
        "CENTRAL",
        "湖北",
        "武汉",
        StoreType.CAR_INTEGRATION_STORE,
        dt.date(2024, 6, 1),
        StoreStatus.OPEN,
    )
    for attempt in (
        lambda: subsidies.propose(auditor, "YE2025", "C1"),
        lambda: subsidies.approve(auditor, people["c_sid"]),
        lambda: subsidies.reject(auditor, people["e_sid"]),
        lambda: stores.save_store(auditor, store, new=True),
        lambda: users.add_user(auditor, "someone", "hq_finance", None, "password1"),
    ):
        with pytest.raises(PermissionDenied):
            attempt()


def test_a_regional_manager_on_a_server_does_not_verify_the_whole_chain(people):
    manager = people["central"]
    if not manager.ledger.is_server:
        assert audit.verify(manager)[1] == []
        return
    with pytest.raises(PermissionDenied, match="whole chain"):
        audit.verify(manager)
