"""Closures: candidates from performance, proposal, second-person approval, subsidy interplay."""

import datetime as dt

import pytest

from dealer_app.domain.errors import Conflict, InvalidInput, PermissionDenied
from dealer_app.domain.models import StoreStatus, StoreType, SubsidyStatus
from dealer_app.services import audit, closures, stores, subsidies
from dealer_app.storage import performance


def _perf(ledger, store, months, vehicles, revenue, profit):
    from dealer_app.storage import audit as audit_store

    with ledger.atomic():
        who = ledger.login if ledger.is_server else "test"  # a server wants its audit entry
        audit_store.append(
            ledger,
            at="2025-12-16T10:00:00",
            user=who,
            action="performance.import",
            entity="performance",
            entity_id=store.code,
        )
        performance.upsert_rows(
            ledger,
            [
                (store.id, f"2025-{m:02d}", vehicles, revenue, revenue - profit, profit)
                for m in months
            ],
        )


@pytest.fixture
def setup(ledger, make_user, add_store):
    weak = add_store("W1", dt.date(2024, 12, 31))
    strong = add_store("G1", dt.date(2024, 1, 1))
    retail = add_store("R1", dt.date(2023, 5, 1), store_type=StoreType.RETAIL_STORE)
    new = add_store("N1", dt.date(2025, 1, 1))
    _perf(ledger, weak, range(1, 13), 5, 900_000, -10_000)
    _perf(ledger, strong, range(1, 13), 40, 8_000_000, 50_000)
    _perf(ledger, retail, range(1, 13), 0, 200_000, -1_000)
    _perf(ledger, new, range(1, 13), 1, 100_000, -5_000)
    return {
        "mgr": make_user("mgr.central", "regional_manager", "CENTRAL"),
        "hq": make_user("hq.finance", "hq_finance"),
    }


def test_candidates(setup):
    rows = closures.candidates(setup["hq"])
    got = {
        (
            r.candidate.store_code,
            r.candidate.months,
            r.candidate.avg_vehicles,
            r.candidate.net_profit_sum,
            r.candidate.estimated_loss,
        )
        for r in rows
    }
    assert got == {("W1", 6, 5.0, -60_000, 500_000), ("R1", 6, 0.0, -6_000, 27_260)}


def test_propose_and_approve_closes_the_store(setup):
    cid = closures.propose_closure(setup["mgr"], "R1")
    assert stores.get_store(setup["hq"], "R1").status == StoreStatus.CLOSING
    with pytest.raises(PermissionDenied, match="four eyes"):
        closures.approve_closure(setup["mgr"], cid)
    c = closures.approve_closure(setup["hq"], cid, dt.date(2025, 12, 31))
    s = stores.get_store(setup["hq"], "R1")
    assert (s.status, s.closed_on, c.estimated_loss) == (
        StoreStatus.CLOSED,
        dt.date(2025, 12, 31),
        27_260,
    )
    assert closures.loss_booked(setup["hq"]) == (1, 27_260)


def test_non_candidate_needs_a_comment(setup):
    with pytest.raises(InvalidInput, match="give a comment"):
        closures.propose_closure(setup["mgr"], "G1")
    assert closures.propose_closure(setup["mgr"], "G1", comment="lease ends") > 0


def test_closing_cancels_proposed_subsidies_and_refuses_while_one_is_approved(setup):
    hq, mgr = setup["hq"], setup["mgr"]
    sid = subsidies.propose(mgr, "YE2025", "W1")
    cid = closures.propose_closure(mgr, "W1")
    subsidies.approve(hq, sid)
    with pytest.raises(Conflict, match="Pay or cancel it before closing"):
        closures.approve_closure(hq, cid)
    subsidies.cancel(hq, sid)
    closures.approve_closure(hq, cid)
    assert subsidies.get(hq, sid).status == SubsidyStatus.CANCELLED


def test_proposed_subsidy_is_cancelled_by_the_closure(setup):
    hq, mgr = setup["hq"], setup["mgr"]
    sid = subsidies.propose(mgr, "YE2025", "W1")
    cid = closures.propose_closure(mgr, "W1")
    closures.approve_closure(hq, cid)
    sub = subsidies.get(hq, sid)
    assert sub.status == SubsidyStatus.CANCELLED
    (entry,) = audit.entries(hq, action="subsidy.cancel_by_closure")
    assert (entry.entity_id, entry.data["closure"]) == (str(sid), cid)


def test_reject_reopens(setup):
    cid = closures.propose_closure(setup["mgr"], "W1")
    closures.reject_closure(setup["hq"], cid, "give it a quarter")
    assert stores.get_store(setup["hq"], "W1").status == StoreStatus.OPEN


def test_audit_verify_replays_closures_and_names_an_edited_loss(setup, ledger):
    """A closure's booked loss edited behind the program's back (the file with sqlite3; the
    server by its superuser with the triggers switched off): the chain still verifies, the
    replay of the log names the closure."""
    cid = closures.propose_closure(setup["mgr"], "R1")
    closures.approve_closure(setup["hq"], cid, dt.date(2025, 12, 31))
    assert audit.verify(setup["hq"])[1] == []
    if ledger.is_server:
        import psycopg
        from pg_cluster import SUPERUSER_PASSWORD

        with psycopg.connect(
            ledger.test_servers.url, user="postgres", password=SUPERUSER_PASSWORD, autocommit=True
        ) as su:
            su.execute("SET session_replication_role = replica")
            su.execute(
                "UPDATE closures SET estimated_loss = estimated_loss * 10 WHERE id = %s", (cid,)
            )
    else:
        import sqlite3

        conn = sqlite3.connect(ledger.path)
        conn.execute(
            "UPDATE closures SET estimated_loss = estimated_loss * 10 WHERE id = ?", (cid,)
        )
        conn.commit()
        conn.close()
    problems = audit.verify(setup["hq"])[1]
    assert [p.code for p in problems] == ["replay.closure"]
    assert problems[0].params["loss"] == 272_600 and problems[0].params["logged_loss"] == 27_260


def test_old_performance_is_said_before_anyone_proposes_on_it(setup, ledger, make_user):
    """Newest month 2025-12 on 2025-12-16: fresh. A year later the same data is 12 months
    behind the 6 the candidates average: a warning naming the month."""
    from english import en

    from dealer_app.services.context import Context, fixed_clock

    hq = setup["hq"]
    assert closures.stale_performance(hq) is None
    later = Context(hq.ledger, hq.user, fixed_clock(dt.date(2026, 12, 16)))
    assert en(closures.stale_performance(later)) == (
        "The newest performance on file is from 2025-12, 12 months ago: the candidates average"
        " the 6 months recorded up to it. Import the latest performance to judge the stores on"
        " recent figures."
    )
    at_edge = Context(hq.ledger, hq.user, fixed_clock(dt.date(2026, 6, 30)))
    assert closures.stale_performance(at_edge) is None  # 6 months behind: still the window


def test_no_performance_at_all_is_said(ledger, make_user):
    from english import en

    hq = make_user("hq.finance", "hq_finance")
    assert en(closures.stale_performance(hq)).startswith("No performance is on file yet")
