"""Promise 7, in the services (whatever the GUI hides): one test per denied action. Each checks
the refusal (PermissionDenied or AuthenticationFailed, with a plain message) AND that nothing in
the ledger changed, audit log included.

The world: region CENTRAL (managers mgr.central, mgr.central2) and region EAST (mgr.east), HQ
finance (hq.finance, hq.finance2), the administrator; two stores per region, a proposed subsidy
and a proposed closure in each region.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from english import en

from dealer_app.domain.errors import (
    AuthenticationFailed,
    DealerError,
    PermissionDenied,
    RowError,
)
from dealer_app.domain.models import Policy, Store, StoreStatus, StoreType, SubsidyStatus
from dealer_app.services import closures, policies, settings, stores, subsidies, users
from dealer_app.services import letters as letter_service
from dealer_app.services.audit_export import export_audit
from dealer_app.services.backup import backup, restore
from dealer_app.services.context import fixed_clock
from dealer_app.services.eligibility import eligibility
from dealer_app.storage.stores import StoreFilter

PASSWORD = "password1"
DAY = dt.datetime(2025, 12, 16, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
TABLES = ("stores", "partners", "performance", "subsidies", "closures", "letters", "users",
          "policies", "settings", "audit_log")  # fmt: skip


@pytest.fixture(autouse=True)
def _quick_hashes(monkeypatch):
    """scrypt at n=2**14 is the point in production; here it would be most of the run time."""
    monkeypatch.setitem(users._SCRYPT, "n", 2**6)


PEOPLE = {
    "mgr": ("mgr.central", "regional_manager", "CENTRAL"),
    "mgr2": ("mgr.central2", "regional_manager", "CENTRAL"),
    "east": ("mgr.east", "regional_manager", "EAST"),
    "hq": ("hq.finance", "hq_finance", None),
    "hq2": ("hq.finance2", "hq_finance", None),
}


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The world, built once through the services; each test gets its own copy."""
    from dealer_app.services.context import Context
    from dealer_app.services.setup import init_ledger
    from dealer_app.storage import users as user_store

    path = tmp_path_factory.mktemp("permissions") / "template.sqlite3"
    saved = users._SCRYPT["n"]
    users._SCRYPT["n"] = 2**6
    led = init_ledger(path, PASSWORD, fixed_clock(DAY))
    try:
        admin = Context(led, user_store.get(led, "admin"), fixed_clock(DAY))
        ctx = {"admin": admin}
        for key, (name, role, region) in PEOPLE.items():
            ctx[key] = Context(led, users.add_user(admin, name, role, region, PASSWORD),
                               fixed_clock(DAY))  # fmt: skip
        for code, region in [("C1", "CENTRAL"), ("C2", "CENTRAL"), ("C3", "CENTRAL"),
                             ("E1", "EAST"), ("E2", "EAST"), ("E3", "EAST")]:  # fmt: skip
            stores.save_store(
                ctx["hq"],
                Store(code, f"门店{code}", "湖北华通汽车销售服务有限公司", region, "湖北", "武汉",
                      StoreType.CAR_INTEGRATION_STORE, dt.date(2024, 6, 1), StoreStatus.OPEN),
                new=True,
            )  # fmt: skip
        ids = {
            "sub_c": subsidies.propose(ctx["mgr"], "YE2025", "C1"),
            "sub_e": subsidies.propose(ctx["east"], "YE2025", "E1"),
            "sub_e_approved": subsidies.propose(ctx["east"], "YE2025", "E3"),
        }
        subsidies.approve(ctx["hq"], ids["sub_e_approved"])
        ids["clo_c"] = closures.propose_closure(ctx["mgr"], "C2", comment="lease ends")
        ids["clo_e"] = closures.propose_closure(ctx["east"], "E2", comment="lease ends")
    finally:
        led.close()
        users._SCRYPT["n"] = saved
    return path, ids


@pytest.fixture
def ledger(ledger_path: Path, _template):
    """This module's own ledger: a copy of the world (overrides the shared empty one)."""
    import shutil

    from dealer_app.storage.db import open_ledger

    shutil.copyfile(_template[0], ledger_path)
    led = open_ledger(ledger_path)
    yield led
    led.close()


@pytest.fixture
def world(ledger, admin, _template):
    from dealer_app.services.context import Context
    from dealer_app.storage import users as user_store

    w: dict = {"admin": admin}
    for key, (name, _, _) in PEOPLE.items():
        w[key] = Context(ledger, user_store.get(ledger, name), fixed_clock(DAY))
    w.update(_template[1])
    return w


def _state(ledger) -> str:
    digest = hashlib.sha256()
    for table in TABLES:
        order = "store_id, month" if table == "performance" else "rowid"
        rows = ledger.query(f"SELECT * FROM {table} ORDER BY {order}")
        digest.update(repr([tuple(r) for r in rows]).encode())
    return digest.hexdigest()


@contextlib.contextmanager
def refused(ledger, error=PermissionDenied, match: str | None = None) -> Iterator[None]:
    """The action inside is refused with `error` and leaves every table as it was."""
    before = _state(ledger)
    with pytest.raises(error, match=match) as info:
        yield
    assert info.value.message and "Traceback" not in info.value.message
    assert _state(ledger) == before, "a refused action changed the ledger"


# -- a regional manager and another region --------------------------------------------------------
def test_rm_store_list_is_scoped_even_when_asking_for_another_region(world):
    codes = [s.code for s in stores.list_stores(world["mgr"])]
    assert codes == ["C1", "C2", "C3"]
    assert stores.list_stores(world["mgr"], StoreFilter(region="EAST")) == []
    assert stores.store_ids(world["mgr"], StoreFilter(region="EAST")) == []
    assert stores.list_stores(world["mgr"], StoreFilter(search="E1")) == []


def test_rm_cannot_fetch_rows_of_another_regions_store_ids(world, ledger):
    """The stores table fetches rows by id; ids of another region give nothing."""
    east_ids = [r[0] for r in ledger.query("SELECT id FROM stores WHERE region = 'EAST'")]
    assert stores.store_rows_for(world["mgr"], east_ids) == {}
    assert len(stores.store_rows_for(world["hq"], east_ids)) == 3


def test_rm_cannot_see_another_regions_store(world, ledger):
    with refused(ledger, match="manages Central China and may not see store E1"):
        stores.get_store(world["mgr"], "E1")


def test_rm_cannot_see_another_regions_store_history(world, ledger):
    with refused(ledger):
        stores.store_history(world["mgr"], "E1")


def test_rm_cannot_add_a_store_in_another_region(world, ledger):
    with refused(ledger, match="East China"):
        stores.save_store(
            world["mgr"],
            Store(
                "E9",
                "x",
                "p",
                "EAST",
                "",
                "上海",
                StoreType.RETAIL_STORE,
                dt.date(2024, 1, 1),
                StoreStatus.OPEN,
            ),  # fmt: skip
            new=True,
        )


def test_rm_cannot_edit_another_regions_store_even_claiming_it_is_theirs(world, ledger):
    hijack = stores.get_store(world["east"], "E1")
    hijack.region = "CENTRAL"
    hijack.name = "now mine"
    with refused(ledger, match="may not edit store E1 in East China"):
        stores.save_store(world["mgr"], hijack, new=False)


def test_rm_cannot_move_their_store_into_another_region(world, ledger):
    mine = stores.get_store(world["mgr"], "C1")
    mine.region = "EAST"
    with refused(ledger):
        stores.save_store(world["mgr"], mine, new=False)


def test_rm_eligibility_is_scoped(world):
    assert {r.region for r in eligibility(world["mgr"], "YE2025")} == {"CENTRAL"}


def test_rm_subsidy_list_is_scoped(world):
    assert {s.region for s in subsidies.list_subsidies(world["mgr"])} == {"CENTRAL"}
    assert subsidies.list_subsidies(world["east"], status="proposed")[0].id == world["sub_e"]


def test_rm_cannot_see_another_regions_subsidy(world, ledger):
    with refused(ledger, match="may not see subsidy"):
        subsidies.get(world["mgr"], world["sub_e"])


def test_rm_cannot_propose_for_another_regions_store(world, ledger):
    with refused(ledger, match="may not propose a subsidy for store E2"):
        subsidies.propose(world["mgr"], "YE2025", "E2")


def test_rm_bulk_proposal_refuses_every_store_of_another_region(world, ledger):
    result = subsidies.propose_many(world["mgr"], "YE2025", ["E2", "C3"])
    assert [code for code, _ in result.refused] == ["E2"]
    assert "East China" in en(result.refused[0][1])
    assert [subsidies.get(world["mgr"], i).store_code for _, i in result.done] == ["C3"]


def test_rm_cannot_approve_another_regions_subsidy(world, ledger):
    with refused(ledger, match="may not approve subsidy"):
        subsidies.approve(world["mgr"], world["sub_e"])


def test_rm_cannot_reject_another_regions_subsidy(world, ledger):
    with refused(ledger):
        subsidies.reject(world["mgr"], world["sub_e"], "no")


def test_rm_cannot_cancel_another_regions_subsidy(world, ledger):
    with refused(ledger):
        subsidies.cancel(world["mgr"], world["sub_e_approved"])


def test_rm_closure_lists_are_scoped(world):
    assert [c.store_code for c in closures.list_closures(world["mgr"])] == ["C2"]
    assert {r.region for r in closures.candidates(world["mgr"])} <= {"CENTRAL"}


def test_rm_cannot_propose_closing_another_regions_store(world, ledger):
    with refused(ledger, match="may not propose closing store E3"):
        closures.propose_closure(world["mgr"], "E3", comment="x")


def test_rm_cannot_approve_another_regions_closure(world, ledger):
    with refused(ledger, match="may not approve closure"):
        closures.approve_closure(world["mgr"], world["clo_e"])


def test_rm_cannot_reject_another_regions_closure(world, ledger):
    with refused(ledger):
        closures.reject_closure(world["mgr"], world["clo_e"])


def test_rm_cannot_import_stores_into_another_region(world, ledger, tmp_path):
    f = tmp_path / "stores.csv"
    f.write_text(
        "store_code,store_name,partner_name,region,city,store_type,established_on\n"
        "C8,自己的店,甲公司,CENTRAL,武汉,car_integration_store,2024-01-01\n"
        "E8,别人的店,乙公司,EAST,上海,car_integration_store,2024-01-01\n",
        encoding="utf-8",
    )
    with refused(ledger, RowError, match="row 3.*mgr.central may import only Central China"):
        stores.import_stores(world["mgr"], f)


def test_rm_cannot_take_over_another_regions_store_by_import(world, ledger, tmp_path):
    f = tmp_path / "stores.csv"
    f.write_text(
        "store_code,store_name,partner_name,region,city,store_type,established_on\n"
        "E1,改名,乙公司,CENTRAL,武汉,car_integration_store,2024-06-01\n",
        encoding="utf-8",
    )
    with refused(ledger, RowError, match="belongs to East China"):
        stores.import_stores(world["mgr"], f)


def test_rm_cannot_import_performance_of_another_regions_store(world, ledger, tmp_path):
    f = tmp_path / "perf.csv"
    f.write_text(
        "store_code,month,vehicles_delivered,revenue,operating_cost,net_profit\n"
        "C1,2025-01,5,100000,90000,10000\n"
        "E1,2025-01,5,100000,90000,10000\n",
        encoding="utf-8",
    )
    with refused(ledger, RowError, match="E1 is in East China; mgr.central may import only"):
        stores.import_performance(world["mgr"], f)


def test_rm_cannot_issue_letters_for_another_regions_subsidy(world, ledger):
    with refused(ledger, match="East China"):
        letter_service.issue_letters(world["mgr"], [world["sub_e_approved"]])


def test_rm_cannot_print_another_regions_letters(world, ledger, tmp_path):
    with refused(ledger, match="East China"):
        letter_service.generate_to_folder(world["mgr"], "YE2025", tmp_path / "out", region="EAST")


# -- four eyes ------------------------------------------------------------------------------------
def test_nobody_approves_their_own_subsidy(world, ledger):
    with refused(ledger, match="four eyes"):
        subsidies.approve(world["mgr"], world["sub_c"])


def test_nobody_rejects_their_own_subsidy(world, ledger):
    with refused(ledger, match="four eyes"):
        subsidies.reject(world["mgr"], world["sub_c"])


def test_hq_cannot_approve_what_hq_proposed_itself(world, ledger):
    sid = subsidies.propose(world["hq"], "YE2025", "C3")
    with refused(ledger, match="four eyes"):
        subsidies.approve(world["hq"], sid)


def test_four_eyes_holds_whatever_the_case_of_the_name(world, ledger):
    """Names are unique without regard to case: signing in as MGR.CENTRAL is mgr.central."""
    ctx = users.sign_in(ledger, "  MGR.Central ", PASSWORD, fixed_clock(DAY))
    assert ctx.user.name == "mgr.central"
    with refused(ledger, match="four eyes"):
        subsidies.approve(ctx, world["sub_c"])


def test_nobody_approves_their_own_closure(world, ledger):
    with refused(ledger, match="four eyes"):
        closures.approve_closure(world["mgr"], world["clo_c"])


def test_nobody_rejects_their_own_closure(world, ledger):
    with refused(ledger, match="four eyes"):
        closures.reject_closure(world["mgr"], world["clo_c"])


# -- only HQ finance pays ---------------------------------------------------------------------
def test_a_regional_manager_cannot_mark_paid(world, ledger):
    with refused(ledger, match="only HQ finance may"):
        subsidies.pay(world["east"], world["sub_e_approved"], "CMB-1")


def test_an_admin_cannot_mark_paid(world, ledger):
    with refused(ledger, match="only HQ finance may"):
        subsidies.pay(world["admin"], world["sub_e_approved"], "CMB-1")


def test_hq_finance_can_mark_paid(world):
    assert subsidies.pay(world["hq2"], world["sub_e_approved"], "CMB-1").status == (
        SubsidyStatus.PAID
    )


# -- the administrator manages, and approves nothing ---------------------------------------------
def test_admin_approves_no_subsidy(world, ledger):
    with refused(ledger, match="an administrator and may not approve subsidies"):
        subsidies.approve(world["admin"], world["sub_c"])


def test_admin_approves_no_closure(world, ledger):
    with refused(ledger, match="may not approve closures"):
        closures.approve_closure(world["admin"], world["clo_c"])


def test_admin_proposes_nothing(world, ledger):
    with refused(ledger):
        subsidies.propose(world["admin"], "YE2025", "C3")


@pytest.mark.parametrize("who", ["hq", "mgr"])
def test_only_admin_adds_users(world, ledger, who):
    with refused(ledger, match="may not add users"):
        users.add_user(world[who], "intruder", "admin", None, "password123")


@pytest.mark.parametrize("who", ["hq", "mgr"])
def test_only_admin_changes_roles(world, ledger, who):
    with refused(ledger, match="may not change roles"):
        users.set_role(world[who], world[who].user.name, "admin", None)


@pytest.mark.parametrize("who", ["hq", "mgr"])
def test_only_admin_locks_and_unlocks(world, ledger, who):
    with refused(ledger):
        users.set_locked(world[who], "mgr.east", True)


@pytest.mark.parametrize("who", ["hq", "mgr"])
def test_only_admin_lists_users(world, ledger, who):
    with refused(ledger):
        users.list_users(world[who])


@pytest.mark.parametrize("who", ["hq", "mgr"])
def test_only_admin_resets_other_peoples_passwords(world, ledger, who):
    with refused(ledger, match="may not reset other users' passwords"):
        users.reset_password(world[who], "admin", "taken-over-1")


@pytest.mark.parametrize("who", ["hq", "mgr"])
def test_only_admin_saves_policies(world, ledger, who):
    p = policies.get_policy(world[who], "YE2025")
    bigger = Policy(p.code, p.name, p.kind, p.params, p.budget * 10, valid_from=p.valid_from)
    with refused(ledger, match="may not create or edit policies"):
        policies.save_policy(world[who], bigger)


@pytest.mark.parametrize("who", ["hq", "mgr"])
def test_only_admin_tries_policy_changes(world, ledger, who):
    with refused(ledger):
        policies.what_if(world[who], policies.get_policy(world[who], "YE2025"))


@pytest.mark.parametrize("who", ["hq", "mgr"])
def test_only_admin_changes_settings(world, ledger, who):
    with refused(ledger, match="may not change settings"):
        settings.update(world[who], {"closure_min_avg_vehicles": 0})


@pytest.mark.parametrize("who", ["hq", "mgr"])
def test_only_admin_restores_backups(world, ledger, ledger_path, who):
    copy = backup(world["admin"], ledger_path.parent / "b.sqlite3")
    with refused(ledger, match="may not restore backups"):
        restore(ledger_path, copy, world[who])
    assert not list(ledger_path.parent.glob("ledger-backups/replaced-*"))


def test_rm_cannot_export_the_whole_audit_log(world, ledger, tmp_path):
    with refused(ledger, match="may not export the audit log"):
        export_audit(world["mgr"], tmp_path / "audit.csv")


def test_everyone_may_change_their_own_password(world, ledger):
    users.reset_password(world["mgr"], "mgr.central", "a-new-password-1")
    assert users.sign_in(ledger, "mgr.central", "a-new-password-1").user.name == "mgr.central"


# -- five wrong passwords ---------------------------------------------------------------------
def test_five_wrong_passwords_lock_the_account_for_a_while(world, ledger):
    t = DAY
    clock = fixed_clock(t)
    for attempt in range(1, 5):
        with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
            users.sign_in(ledger, "mgr.east", f"guess-{attempt}", clock)
    with pytest.raises(AuthenticationFailed, match="locked until 10:15") as info:
        users.sign_in(ledger, "mgr.east", "guess-5", clock)
    assert info.value.code == "auth.locked_for_now"
    # The right password is refused while the lock lasts (and changes nothing) ...
    for minutes in (0, 1, 14):
        with refused(ledger, AuthenticationFailed, match="locked until"):
            users.sign_in(
                ledger, "mgr.east", PASSWORD, fixed_clock(t + dt.timedelta(minutes=minutes))
            )
    # ... other accounts are not affected ...
    assert users.sign_in(ledger, "mgr.central", PASSWORD, clock).user.name == "mgr.central"
    # ... and after 15 minutes the right password works again.
    later = fixed_clock(t + dt.timedelta(minutes=users.LOCKOUT_MINUTES, seconds=1))
    assert users.sign_in(ledger, "mgr.east", PASSWORD, later).user.name == "mgr.east"
    fails = ledger.query("SELECT data FROM audit_log WHERE action = 'user.sign_in_failed'")
    assert len(fails) == 5
    assert all("guess" not in r["data"] for r in fails)


def test_a_successful_sign_in_resets_the_count(world, ledger):
    clock = fixed_clock(DAY)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            users.sign_in(ledger, "mgr.east", "wrong-one", clock)
    users.sign_in(ledger, "mgr.east", PASSWORD, clock)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed, match="Wrong user name"):
            users.sign_in(ledger, "mgr.east", "wrong-one", clock)


def test_an_account_locked_by_the_admin_is_refused_with_the_right_password(world, ledger):
    users.set_locked(world["admin"], "mgr.east", True)
    with refused(ledger, AuthenticationFailed, match="is locked. Ask an administrator"):
        users.sign_in(ledger, "mgr.east", PASSWORD)


def test_an_unknown_user_gets_the_same_answer_as_a_wrong_password(world, ledger):
    with pytest.raises(AuthenticationFailed) as unknown:
        users.sign_in(ledger, "nobody", PASSWORD)
    with pytest.raises(AuthenticationFailed) as wrong:
        users.sign_in(ledger, "hq.finance", "not-it-at-all")
    assert unknown.value.message == wrong.value.message


# -- passwords never leave the hash --------------------------------------------------------------
def test_passwords_are_nowhere_in_the_ledger_file_or_an_export(
    world, ledger, ledger_path, tmp_path
):
    secrets = ["Zebra-Quartz-8812", "Otter-Nickel-4471", "Wrong-Guess-0042"]
    users.add_user(world["admin"], "new.person", "hq_finance", None, secrets[0])
    users.reset_password(world["admin"], "new.person", secrets[1])
    with pytest.raises(AuthenticationFailed):
        users.sign_in(ledger, "new.person", secrets[2])
    export_audit(world["admin"], tmp_path / "audit.csv")
    export_audit(world["admin"], tmp_path / "audit.xlsx")
    copy = backup(world["admin"], tmp_path / "copy.sqlite3")
    files = [ledger_path, Path(str(ledger_path) + "-wal"), tmp_path / "audit.csv", copy]
    for f in files:
        if f.exists():
            raw = f.read_bytes()
            for s in secrets:
                assert s.encode() not in raw, f"{s} found in {f.name}"
                assert s.encode("utf-16-le") not in raw
    import zipfile

    with zipfile.ZipFile(tmp_path / "audit.xlsx") as z:
        for name in z.namelist():
            for s in secrets:
                assert s.encode() not in z.read(name)


def test_refusals_are_dealer_errors_with_stable_codes(world):
    codes = set()
    for fn in (
        lambda: subsidies.approve(world["mgr"], world["sub_c"]),
        lambda: subsidies.approve(world["mgr"], world["sub_e"]),
        lambda: subsidies.pay(world["mgr"], world["sub_e_approved"], "x"),
    ):
        with pytest.raises(DealerError) as info:
            fn()
        codes.add(info.value.code)
    assert codes == {"permission.four_eyes", "permission.region", "permission.role"}
