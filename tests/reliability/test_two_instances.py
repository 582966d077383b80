"""Promise 2: two instances on one ledger (two windows, the GUI and a script). Writes wait for
each other (the busy timeout) and then succeed, or fail with "the ledger is busy" and change
nothing; nothing is corrupted or lost. A budget cap cannot be overrun by approvals racing each
other: processes released together by a barrier each approve a different subsidy when the budget
has room for exactly one more.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from reliability_support import (
    PYTHON,
    baseline,
    cli_env,
    context,
    copy_ledger,
    integrity,
    rows_lost,
    run_cli,
    scalar,
    verify_chain,
)
from reliability_workers import race_approve, race_writer

from dealer_app.domain.errors import LedgerBusy
from dealer_app.domain.models import Policy
from dealer_app.services import policies, subsidies
from dealer_app.storage.db import open_ledger

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="the races use multiprocessing fork (POSIX)"
)
WORKERS = str(Path(__file__).with_name("reliability_workers.py"))
RACES = int(os.environ.get("DEALER_APP_RACES", "5"))
SLOW_RACES = int(os.environ.get("DEALER_APP_SLOW_RACES", "60"))
RACERS = 4
FORK = multiprocessing.get_context("fork")


def _zx(path: Path, start: int, n: int) -> list[str]:
    return [f"ZX{i:06d}" for i in range(start, start + n)]


def _hold_lock(ledger: Path, seconds: float, data_dir: Path) -> subprocess.Popen:
    proc = subprocess.Popen(
        [PYTHON, WORKERS, "hold_write_lock", str(ledger), str(seconds)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(data_dir),
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "LOCKED"
    return proc


# -- waiting, then succeeding or failing cleanly -------------------------------------------------
def test_a_writer_waits_for_the_other_instance_then_succeeds(tmp_path, data_dir, big_template):
    ledger = copy_ledger(big_template, tmp_path / "ledger.sqlite3")
    holder = _hold_lock(ledger, 1.0, data_dir)
    t0 = time.monotonic()
    result = run_cli(
        ledger, "subsidy", "propose", "--policy", "YE2025", "--store", "ZX000001",
        data_dir=data_dir, user="mgr.northeast",
    )  # fmt: skip
    waited = time.monotonic() - t0
    assert result.returncode == 0, result.stderr
    assert waited >= 0.5  # it waited for the lock instead of failing
    holder.communicate(timeout=30)
    sid = int(result.stdout.strip())
    assert scalar(ledger, "SELECT proposed_by FROM subsidies WHERE id = ?", (sid,)) == (
        "mgr.northeast"
    )


def test_busy_past_the_timeout_fails_with_a_plain_message_and_changes_nothing(
    tmp_path, data_dir, big_template
):
    ledger = copy_ledger(big_template, tmp_path / "ledger.sqlite3")
    before = baseline(ledger)
    holder = _hold_lock(ledger, 2.5, data_dir)
    try:
        result = run_cli(
            ledger, "subsidy", "propose", "--policy", "YE2025", "--store", "ZX000001",
            data_dir=data_dir, user="mgr.northeast", DEALER_APP_BUSY_TIMEOUT_MS="300",
        )  # fmt: skip
        assert result.returncode == 1
        assert "The ledger is busy" in result.stderr and "Try again" in result.stderr
        assert "Traceback" not in result.stderr and result.stdout == ""
        # The same through the services: LedgerBusy, not a raw sqlite error.
        os.environ["DEALER_APP_BUSY_TIMEOUT_MS"] = "200"
        try:
            led = open_ledger(ledger)
        finally:
            del os.environ["DEALER_APP_BUSY_TIMEOUT_MS"]
        try:
            with pytest.raises(LedgerBusy, match="The ledger is busy"):
                subsidies.propose(context(led, "mgr.northeast"), "YE2025", "ZX000001")
        finally:
            led.close()
    finally:
        holder.communicate(timeout=30)
    assert rows_lost(ledger, before) == 0
    assert scalar(ledger, "SELECT count(*) FROM subsidies") == before["subsidies"]["rows"]
    again = run_cli(
        ledger, "subsidy", "propose", "--policy", "YE2025", "--store", "ZX000001",
        data_dir=data_dir, user="mgr.northeast",
    )  # fmt: skip
    assert again.returncode == 0, again.stderr  # once the other program is done: fine


def _writers_round(ledger: Path, per_writer: int, offset: int) -> tuple[int, int]:
    """Three processes start together and propose, one transaction per store."""
    users = ["mgr.northeast", "hq.finance", "hq.finance2"]
    # ZX stores cycle through the regions; mgr.northeast may act only on NORTHEAST ones.
    ne = [c for c in _zx(ledger, offset, per_writer * 7) if int(c[2:]) % 7 == 1][:per_writer]
    rest = [c for c in _zx(ledger, offset, per_writer * 7) if int(c[2:]) % 7 != 1]
    plans = [ne, rest[:per_writer], rest[per_writer : 2 * per_writer]]
    barrier = FORK.Barrier(len(users))
    results = FORK.Queue()
    procs = [
        FORK.Process(target=race_writer, args=(str(ledger), u, codes, barrier, results))
        for u, codes in zip(users, plans, strict=True)
    ]
    for p in procs:
        p.start()
    outcomes = dict(results.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(30)
    ok = busy = 0
    for user, rows in outcomes.items():
        for code, status, detail in rows:
            assert not status.startswith("BUG"), (user, code, detail)
            if status == "ok":
                ok += 1
                row = scalar(
                    ledger,
                    "SELECT s.code || ' ' || x.proposed_by FROM subsidies x"
                    " JOIN stores s ON s.id = x.store_id WHERE x.id = ?",
                    (detail,),
                )
                assert row == f"{code} {user}"  # the write is there, as written
            else:
                assert status == "busy", (code, status, detail)
                busy += 1
    return ok, busy


def test_three_instances_writing_at_once_lose_nothing(tmp_path, big_template, figures):
    ledger = copy_ledger(big_template, tmp_path / "ledger.sqlite3")
    before = baseline(ledger)
    ok, busy = _writers_round(ledger, 120, 0)
    assert ok + busy == 360 and busy == 0  # short transactions never outwait 5 s
    assert scalar(ledger, "SELECT count(*) FROM subsidies") == before["subsidies"]["rows"] + ok
    assert integrity(ledger) == "ok"
    assert verify_chain(ledger)[1] == []
    assert rows_lost(ledger, before) == 0
    figures["concurrent_writes"] += ok


def test_an_import_and_another_instance_proposing_at_the_same_time(
    tmp_path, data_dir, big_template
):
    """The GUI imports 20,000 stores while a script proposes subsidies: both finish, whole."""
    import csv

    ledger = copy_ledger(big_template, tmp_path / "ledger.sqlite3")
    before = baseline(ledger)
    stores = tmp_path / "stores.csv"
    with stores.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(
            ["store_code", "store_name", "partner_name", "region", "city", "store_type",
             "established_on", "status"]
        )  # fmt: skip
        for i in range(20_000):
            w.writerow(
                [f"TW{i:06d}", f"并发门店{i}", "并发经销商有限公司", "EAST", "上海",
                 "car_integration_store", "2024-05-01", "open"]
            )  # fmt: skip
    codes = tmp_path / "codes.txt"
    codes.write_text("\n".join(_zx(ledger, 0, 600)))
    script = subprocess.Popen(
        [PYTHON, WORKERS, "propose_loop", str(ledger), "hq.finance2", "YE2025", str(codes)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(data_dir),
    )
    imported = run_cli(ledger, "import", "stores", stores, data_dir=data_dir, user="hq.finance")
    out, err = script.communicate(timeout=120)
    assert imported.returncode == 0, imported.stderr
    assert script.returncode == 0, err
    assert out.splitlines()[-1] == "DONE 600 0"
    assert scalar(ledger, "SELECT count(*) FROM stores WHERE code LIKE 'TW%'") == 20_000
    assert scalar(ledger, "SELECT count(*) FROM subsidies") == before["subsidies"]["rows"] + 600
    assert integrity(ledger) == "ok" and verify_chain(ledger)[1] == []
    assert rows_lost(ledger, before) == 0


# -- the budget race ---------------------------------------------------------------------------
def _prepare_race(ledger: Path, start: int) -> tuple[list[int], int]:
    """Propose RACERS fresh 100,000-yuan subsidies (by hq.finance) and set YE2025's budget so
    that exactly one more approval fits (the committed total + 199,999)."""
    led = open_ledger(ledger)
    try:
        # ZX stores opened in 2023-2024 (i % 1000 < 731) get 100,000 yuan.
        codes = [c for c in _zx(ledger, start, RACERS * 3) if int(c[2:]) % 1000 < 731][:RACERS]
        assert len(codes) == RACERS
        bulk = subsidies.propose_many(context(led, "hq.finance"), "YE2025", codes)
        assert len(bulk.done) == RACERS, bulk.refused
        admin = context(led, "admin")
        hq = context(led, "hq.finance2")
        current = policies.get_policy(admin, "YE2025")
        committed = subsidies.budget_status(hq, "YE2025").committed
        budget = committed + 100_000 + 99_999
        policies.save_policy(
            admin,
            Policy(
                current.code,
                current.name,
                current.kind,
                current.params,
                budget,
                valid_from=current.valid_from,
                valid_to=current.valid_to,
            ),
        )
        return [sid for _, sid in bulk.done], budget
    finally:
        led.close()


def _race(ledger: Path, ids: list[int]) -> list[tuple]:
    # Approvers who may: not the proposer (hq.finance), any region (HQ) or the store's region.
    led = open_ledger(ledger)
    try:
        regions = {i: subsidies.get(context(led, "admin"), i).region for i in ids}
    finally:
        led.close()
    approvers = [
        "hq.finance2" if n % 2 == 0 else f"mgr.{regions[sid].lower()}" for n, sid in enumerate(ids)
    ]
    barrier = FORK.Barrier(len(ids))
    results = FORK.Queue()
    procs = [
        FORK.Process(target=race_approve, args=(str(ledger), user, sid, barrier, results))
        for user, sid in zip(approvers, ids, strict=True)
    ]
    for p in procs:
        p.start()
    out = [results.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(30)
    return out


def _budget_races(ledger: Path, races: int, figures) -> None:
    for r in range(races):
        ids, budget = _prepare_race(ledger, 5000 + r * RACERS * 3)
        outcomes = _race(ledger, ids)
        statuses = sorted(o[1] for o in outcomes)
        assert not [o for o in outcomes if o[1].startswith("BUG")], outcomes
        assert statuses == ["BudgetExceeded"] * (RACERS - 1) + ["approved"], outcomes
        for _, status, message in outcomes:
            if status == "BudgetExceeded":
                assert "would exceed the YE2025 budget" in message and "99,999 yuan is left" in (
                    message
                )
        committed = scalar(
            ledger,
            "SELECT sum(amount) FROM subsidies WHERE policy_code = 'YE2025'"
            " AND status IN ('approved', 'paid')",
        )
        assert committed == budget - 99_999 <= budget
        approved = scalar(
            ledger,
            f"SELECT count(*) FROM subsidies WHERE status = 'approved'"
            f" AND id IN ({','.join(map(str, ids))})",
        )
        assert approved == 1
        figures["budget_races"] += 1
        figures["budget_racers"] += RACERS
    assert integrity(ledger) == "ok"
    assert verify_chain(ledger)[1] == []


def test_budget_race_lets_exactly_one_approval_through(tmp_path, big_template, figures):
    ledger = copy_ledger(big_template, tmp_path / "ledger.sqlite3")
    _budget_races(ledger, RACES, figures)


@pytest.mark.slow
def test_budget_race_many_times(tmp_path, big_template, figures):
    ledger = copy_ledger(big_template, tmp_path / "ledger.sqlite3")
    _budget_races(ledger, SLOW_RACES, figures)


@pytest.mark.slow
def test_many_rounds_of_concurrent_writers(tmp_path, big_template, figures):
    ledger = copy_ledger(big_template, tmp_path / "ledger.sqlite3")
    before = baseline(ledger)
    total = 0
    for r in range(10):
        ok, busy = _writers_round(ledger, 100, 2000 + r * 700)
        assert busy == 0
        total += ok
    assert scalar(ledger, "SELECT count(*) FROM subsidies") == before["subsidies"]["rows"] + total
    assert integrity(ledger) == "ok" and verify_chain(ledger)[1] == []
    figures["concurrent_writes"] += total


def test_budget_race_through_the_command_line(tmp_path, data_dir, big_template, figures):
    """The same race, as two HQ scripts would run it: `dealer-app subsidy approve` x4 at once."""
    ledger = copy_ledger(big_template, tmp_path / "ledger.sqlite3")
    ids, budget = _prepare_race(ledger, 9000)
    procs = [
        subprocess.Popen(
            [PYTHON, "-m", "dealer_app", "--db", str(ledger), "subsidy", "approve", str(sid)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(data_dir, user="hq.finance2"),
        )
        for sid in ids
    ]
    results = [p.communicate(timeout=60) + (p.returncode,) for p in procs]
    codes = sorted(r[2] for r in results)
    assert codes == [0] + [1] * (RACERS - 1), results
    assert sum("would exceed the YE2025 budget" in r[1] for r in results) == RACERS - 1
    committed = scalar(
        ledger,
        "SELECT sum(amount) FROM subsidies WHERE policy_code = 'YE2025'"
        " AND status IN ('approved', 'paid')",
    )
    assert committed <= budget
    figures["budget_races"] += 1
    figures["budget_racers"] += RACERS


def test_the_database_refuses_a_second_live_subsidy_even_behind_the_services(
    big_template, tmp_path
):
    """Two instances proposing the same store at once cannot both win: the unique index holds."""
    ledger = copy_ledger(big_template, tmp_path / "ledger.sqlite3")
    led = open_ledger(ledger)
    try:
        subsidies.propose(context(led, "hq.finance"), "YE2025", "ZX000003")
        with pytest.raises(sqlite3.IntegrityError):
            led.execute(
                "INSERT INTO subsidies (store_id, policy_id, policy_code, policy_version,"
                " params_snapshot, amount, status, proposed_by, proposed_at)"
                " SELECT store_id, policy_id, policy_code, policy_version, params_snapshot,"
                " amount, 'proposed', 'x', 'now' FROM subsidies ORDER BY id DESC LIMIT 1"
            )
    finally:
        led.close()
