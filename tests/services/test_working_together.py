"""Several people on one ledger: no lost updates, refusals that name who acted meanwhile, the
live feed of colleagues' commits and who is signed in (both backends)."""

import dataclasses
import datetime as dt
import sqlite3

import pytest
from english import en

from dealer_app.domain.errors import Conflict
from dealer_app.i18n import text
from dealer_app.services import live, policies, stores, subsidies, users


@pytest.fixture
def people(make_user):
    return {
        "mgr": make_user("mgr.central", "regional_manager", "CENTRAL"),
        "mgr2": make_user("mgr.central2", "regional_manager", "CENTRAL"),
        "hq": make_user("hq.finance", "hq_finance"),
        "hq2": make_user("hq.second", "hq_finance"),
    }


def test_store_edited_meanwhile_is_a_conflict_naming_both_values(people, add_store):
    add_store("S1", dt.date(2024, 3, 1))
    mine = stores.get_store(people["mgr"], "S1")
    theirs = stores.get_store(people["mgr2"], "S1")
    assert mine.row_version == theirs.row_version == 1
    stores.save_store(people["mgr2"], dataclasses.replace(theirs, city="汉口"), new=False)
    with pytest.raises(Conflict) as caught:
        stores.save_store(people["mgr"], dataclasses.replace(mine, city="汉阳"), new=False)
    error = caught.value
    assert error.code == "store.changed_meanwhile"
    assert error.params["by"] == "mgr.central2"
    assert error.params["fields"] == [{"field": "city", "yours": "汉阳", "theirs": "汉口"}]
    assert "mgr.central2 saved store S1 at 2025-12-16" in text(error, "en")
    assert "mgr.central2" in text(error, "zh_CN") and "门店 S1" in text(error, "zh_CN")
    assert stores.get_store(people["hq"], "S1").city == "汉口"  # nothing lost, nothing written
    # keeping mine: saved over their version, on purpose
    again = dataclasses.replace(mine, city="汉阳", row_version=error.params["version"])
    saved = stores.save_store(people["mgr"], again, new=False)
    assert (saved.city, saved.row_version) == ("汉阳", 3)


def test_store_saved_from_a_fresh_read_is_no_conflict(people, add_store):
    add_store("S1", dt.date(2024, 3, 1))
    for city in ("汉口", "汉阳", "武昌"):
        fresh = stores.get_store(people["mgr"], "S1")
        stores.save_store(people["mgr"], dataclasses.replace(fresh, city=city), new=False)
    assert stores.get_store(people["hq"], "S1").row_version == 4


def test_user_changed_meanwhile(people, admin, make_user):
    make_user("mgr.x", "regional_manager", "EAST")
    opened = users.list_users(admin)
    version = next(u for u in opened if u.name == "mgr.x").row_version
    users.set_role(admin, "mgr.x", "regional_manager", "SOUTHWEST", version)
    with pytest.raises(Conflict, match="changed mgr.x's account"):
        users.set_role(admin, "mgr.x", "hq_finance", None, version)
    assert users.list_users(admin)[-1].role.value in {"regional_manager", "hq_finance", "admin"}
    found = next(u for u in users.list_users(admin) if u.name == "mgr.x")
    assert (found.role.value, found.region) == ("regional_manager", "SOUTHWEST")


def test_policy_changed_meanwhile(admin, make_user):
    other = make_user("admin2", "admin")
    opened = policies.get_policy(admin, "YE2025")
    # a budget alone: the same version, a new budget; a second editor is told
    policies.save_policy(
        other, dataclasses.replace(opened, budget=opened.budget + 1), 1, opened.budget
    )
    assert policies.get_policy(admin, "YE2025").version == 1
    with pytest.raises(Conflict) as caught:
        policies.save_policy(
            admin, dataclasses.replace(opened, budget=opened.budget + 2), 1, opened.budget
        )
    assert "changed the budget of YE2025" in text(caught.value, "en")
    assert policies.get_policy(admin, "YE2025").budget == opened.budget + 1
    # new rules: a new version, and whoever edited the old one is told who made it
    newer = dataclasses.replace(opened, name="YE2025 修订", budget=opened.budget + 1)
    policies.save_policy(other, newer, 1)
    with pytest.raises(Conflict) as caught:
        policies.save_policy(admin, dataclasses.replace(opened, budget=opened.budget + 3), 1)
    assert "admin2 saved a new version of YE2025 at 2025-12-16" in text(caught.value, "en")
    # a policy code made meanwhile by someone else is a conflict for whoever thought it new
    with pytest.raises(Conflict, match="admin2 saved"):
        policies.save_policy(admin, dataclasses.replace(opened, budget=5), 0)


def test_subsidy_decided_meanwhile_names_who_and_when(people, add_store):
    add_store("S1", dt.date(2024, 12, 31))
    sid = subsidies.propose(people["mgr"], "YE2025", "S1")
    subsidies.approve(people["mgr2"], sid)
    with pytest.raises(Conflict) as caught:
        subsidies.reject(people["hq"], sid)
    assert text(caught.value, "en").startswith(
        f"subsidy {sid} was approved by mgr.central2 at 2025-12-16"
    )
    assert "mgr.central2" in text(caught.value, "zh_CN")
    subsidies.pay(people["hq"], sid, "CMB-1")
    with pytest.raises(Conflict, match="was paid by hq.finance at 2025-12-16"):
        subsidies.pay(people["hq2"], sid, "CMB-2")


def _drain(feed, want: int, rounds: int = 20) -> list:
    got: list = []
    for _ in range(rounds):
        got += feed.wait(0.5)
        if len(got) >= want:
            break
    return got


def test_feed_hears_colleagues_commits_only(people, add_store, ledger):
    hq = people["hq"]
    following = live.feed_factory(hq)
    feed, written = following.open(following.after), following.written
    try:
        assert feed.wait(0.2) == []
        add_store("S1", dt.date(2024, 12, 31))
        sid = subsidies.propose(people["mgr"], "YE2025", "S1")
        subsidies.approve(people["mgr2"], sid)
        got = _drain(feed, 4)  # the administrator adds store.keeper first
        assert [(c.user, c.action) for c in got] == [
            ("admin", "user.add"),
            ("store.keeper", "store.add"),
            ("mgr.central", "subsidy.propose"),
            ("mgr.central2", "subsidy.approve"),
        ]
        topics, line = live.summary(got, written)
        assert {"stores", "subsidies", "audit"} <= topics
        assert en(line) == (
            "Just now: mgr.central2 approved subsidies (1); mgr.central proposed subsidies (1);"
            " store.keeper added stores (1)"
        )
        assert text(line, "zh_CN").startswith("刚刚：mgr.central2 批准了补贴（1 项）")
        # the program's own entries are announced too, and left out of the summary
        subsidies.pay(hq, sid, "CMB-1")
        own = _drain(feed, 1)
        assert [c.action for c in own] == ["subsidy.pay"]
        assert live.summary(own, written) == (frozenset(), None)
    finally:
        feed.close()


def test_feed_never_hears_a_rolled_back_change(people, add_store, ledger):
    add_store("S1", dt.date(2024, 12, 31))
    following = live.feed_factory(people["hq"])
    feed = following.open(following.after)
    try:
        mgr = people["mgr"]
        with pytest.raises(RuntimeError):
            with mgr.ledger.atomic():
                subsidies.propose(mgr, "YE2025", "S1")
                raise RuntimeError("the user's action failed half way")
        assert _drain(feed, 1, rounds=3) == []
    finally:
        feed.close()


def test_who_is_here(people, ledger):
    seen = live.who_is_here(people["hq"])
    if not ledger.is_server:
        assert seen is None
        return
    names = {p.name: p for p in seen}
    assert {"admin", "mgr.central", "mgr.central2", "hq.finance"} <= set(names)
    assert names["hq.finance"].me and not names["mgr.central"].me
    assert (names["mgr.central"].role.value, names["mgr.central"].region) == (
        "regional_manager",
        "CENTRAL",
    )
    assert names["hq.finance"].since[:2] == "20"  # (the owner may read the sessions: all)
    assert names["admin"].since[:2] == "20"


@pytest.mark.sqlite_only
def test_file_feed_sees_another_programs_commit(people, add_store, ledger):
    """Two programs on one desktop: a commit through another connection moves data_version."""
    following = live.feed_factory(people["hq"])
    feed = following.open(following.after)
    try:
        other = sqlite3.connect(ledger.path)
        other.execute(
            "INSERT INTO audit_log (id, at, user, action, entity, entity_id, data, prev_hash, hash)"
            " SELECT max(id) + 1, 'x', 'someone', 'store.edit', 'store', 'S9', '{}', 'p', 'h'"
            " FROM audit_log"
        )
        other.commit()
        other.close()
        got = feed.wait(2.0)
        assert [(c.user, c.action) for c in got] == [("someone", "store.edit")]
    finally:
        feed.close()


def test_a_manager_hears_their_region_and_hq_only(people, add_store, make_user, ledger):
    if not ledger.is_server:
        pytest.skip("a ledger file's programs all belong to the desktop's people")
    east = make_user("mgr.east", "regional_manager", "EAST")
    following = live.feed_factory(people["mgr"])
    feed = following.open(following.after)
    try:
        add_store("E1", dt.date(2024, 12, 31), region="EAST")
        add_store("C1", dt.date(2024, 12, 31))
        subsidies.propose(east, "YE2025", "E1")
        subsidies.propose(people["mgr2"], "YE2025", "C1")
        # a forged notification (anyone may send one) only makes the feed look again
        people["mgr2"].ledger.execute("NOTIFY dealer_desk_changes, 'admin approved everything'")
        got = _drain(feed, 4)
        assert [(c.user, c.action) for c in got] == [
            ("admin", "user.add"),
            ("store.keeper", "store.add"),
            ("store.keeper", "store.add"),
            ("mgr.central2", "subsidy.propose"),
        ]
    finally:
        feed.close()


def test_a_decision_on_a_shared_ledger_is_one_statement_with_its_audit_entry(
    people, add_store, ledger
):
    """On a server the approval and its audit entry go in one round trip (dd_decide); the
    entry says what the ordinary way says, and the log still replays."""
    from dealer_app.services.audit import verify
    from dealer_app.storage import subsidies as subsidy_store

    add_store("S1", dt.date(2024, 12, 31))
    sid = subsidies.propose(people["mgr"], "YE2025", "S1")
    mgr2 = people["mgr2"]
    done = subsidy_store.decide_in_one_trip(
        mgr2.ledger, "approve", sid, "mgr.central2", mgr2.now(), "ok"
    )
    if not ledger.is_server:
        assert done is None  # a file: no network, the ordinary way
        return
    entry, sub = done
    assert (sub.status.value, sub.approved_by, sub.comment) == ("approved", "mgr.central2", "ok")
    row = ledger.query_one("SELECT action, data FROM audit_log WHERE id = ?", (entry,))
    import json

    assert row[0] == "subsidy.approve"
    assert json.loads(row[1]) == {
        "before": {"status": "proposed"},
        "after": {"status": "approved"},
        "amount": sub.amount,
        "committed_after": sub.amount,
        "budget": 150_000_000,
        "comment": "ok",
    }
    # refused by the database (already decided): nothing done, the ordinary way says why
    assert (
        subsidy_store.decide_in_one_trip(mgr2.ledger, "approve", sid, "mgr.central2", "x", "")
        is None
    )
    assert verify(people["hq"])[1] == []
