"""Promise 1: a program killed with SIGKILL in the middle of an import, a bulk proposal or a batch
of letters leaves a ledger that passes `PRAGMA integrity_check`, holds all of that operation or
none of it, loses no row it had before, and whose audit chain still verifies.

For real: the operation runs in another process (the command line itself for imports), and is
killed with `kill -9` (its whole process group, letter-rendering workers included) at random
moments. Half of the kills are aimed at the write itself: soon after the operation's transaction
has taken the write lock (a probe's BEGIN IMMEDIATE fails then), or once its worker says its one
transaction has started.
`KILLS` kills per operation in the default run; the `slow` tests do `SLOW_KILLS`.
"""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from reliability_support import (
    PYTHON,
    baseline,
    cli_argv,
    cli_env,
    copy_ledger,
    counts,
    integrity,
    rows_lost,
    run_cli,
    scalar,
    verify_chain,
)

KILLS = int(os.environ.get("DEALER_APP_KILLS", "15"))
SLOW_KILLS = int(os.environ.get("DEALER_APP_SLOW_KILLS", "100"))
pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="kill -9 of a process group and fork are POSIX"
)
WORKERS = str(Path(__file__).with_name("reliability_workers.py"))
STORE_ROWS = 20_000
#: Stores in the bulk proposal, and the region of the letter batch ("" = all 188 letters): the
#: default run keeps each run short; the slow run takes the whole 20,000 stores and every letter.
PROPOSALS = int(os.environ.get("DEALER_APP_KILL_PROPOSALS", "5000"))
#: The performance file: 20,000 monthly rows in the default run, 60,000 (3 months) in the slow one.
LETTERS_REGION = os.environ.get("DEALER_APP_KILL_LETTERS_REGION", "CENTRAL")


@dataclass
class Operation:
    name: str
    template: Path
    argv: Callable[[Path, Path], list[str]]  # (ledger, scratch folder) -> command
    user: str
    marker: str  # "lock": aim at its write transaction being open; "STARTED": at the worker's line
    allowed: Callable[[dict, dict], bool] = lambda delta, full: False
    check_files: Callable[[Path], None] | None = None


@dataclass
class Tally:
    runs: int = 0
    killed: int = 0
    killed_in_write: int = 0  # killed with its write transaction open (and so rolled back)
    finished_first: int = 0
    outcome_none: int = 0
    outcome_all: int = 0
    outcome_partial_allowed: int = 0
    rows_lost: int = 0
    cli_verifies: int = 0
    outcomes: list[str] = field(default_factory=list)


def _delta(after: dict, before: dict) -> dict:
    return {t: after[t] - before[t] for t in before if after[t] != before[t]}


def _run_once(op: Operation, workdir: Path, data_dir: Path, kill_after: float | None, aim: bool):
    """Start the operation on a fresh copy; kill it as asked. Returns (ledger, killed, in_write)."""
    ledger = copy_ledger(op.template, workdir / "ledger.sqlite3")
    scratch = workdir / "scratch"
    scratch.mkdir(exist_ok=True)
    proc = subprocess.Popen(
        op.argv(ledger, scratch),
        env=cli_env(data_dir, user=op.user),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        start_new_session=True,  # its own process group: kill -9 takes every helper with it
    )
    in_write = False
    if kill_after is not None:
        deadline = time.monotonic() + 120
        if aim and op.marker == "STARTED":
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert line.strip() == "STARTED", (line, proc.stderr.read() if proc.stderr else "")
            in_write = True  # its one transaction spans the whole operation
        elif aim and op.marker == "lock":
            in_write = _wait_for_write_lock(ledger, proc, deadline)
        time.sleep(kill_after)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=180)
    killed = proc.returncode == -signal.SIGKILL
    if not killed:
        assert proc.returncode == 0, err
    with _no_stray(proc.pid):
        pass
    return ledger, killed, in_write


def _wait_for_write_lock(ledger: Path, proc: subprocess.Popen, deadline: float) -> bool:
    """Poll until the operation holds the ledger's write lock (its transaction is open): a probe
    connection's BEGIN IMMEDIATE, with no busy wait, fails exactly then. True if seen."""
    probe = sqlite3.connect(str(ledger), timeout=0, isolation_level=None)
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                probe.execute("BEGIN IMMEDIATE")
                probe.execute("ROLLBACK")
            except sqlite3.OperationalError:
                return True
            time.sleep(0.001)
        return False
    finally:
        probe.close()


class _no_stray:
    """Make sure no helper of a killed run is left (the group was killed as a whole)."""

    def __init__(self, pgid: int) -> None:
        self.pgid = pgid

    def __enter__(self) -> None:
        for _ in range(200):
            try:
                os.killpg(self.pgid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.01)

    def __exit__(self, *exc: object) -> None:
        return None


def _calibrate(op: Operation, tmp_path: Path, data_dir: Path) -> tuple[float, dict, dict]:
    """One uninterrupted run: how long it takes and exactly what it adds."""
    work = tmp_path / "calibrate"
    work.mkdir()
    before = counts(op.template)
    t0 = time.monotonic()
    ledger, killed, _ = _run_once(op, work, data_dir, None, False)
    took = time.monotonic() - t0
    assert not killed
    full = _delta(counts(ledger), before)
    assert integrity(ledger) == "ok"
    assert verify_chain(ledger)[1] == []
    return took, full, before


def _kill_loop(op: Operation, n: int, tmp_path: Path, data_dir: Path, figures) -> Tally:
    took, full, before_counts = _calibrate(op, tmp_path, data_dir)
    assert full, f"{op.name} changed nothing when left to finish"
    before = baseline(op.template)
    rng = random.Random(f"{op.name}-{n}")
    tally = Tally()
    for i in range(n):
        work = tmp_path / f"kill{i}"
        work.mkdir()
        aim = i % 2 == 1
        delay = rng.uniform(0, 0.02) if (aim and op.marker == "lock") else rng.uniform(0, took)
        ledger, killed, in_write = _run_once(op, work, data_dir, delay, aim)
        tally.runs += 1
        # -- the checks an auditor makes after a crash -------------------------------------------
        assert integrity(ledger) == "ok", f"{op.name} kill {i}: integrity"
        delta = _delta(counts(ledger), before_counts)
        if delta == {}:
            outcome = "none"
            tally.outcome_none += 1
        elif delta == full:
            outcome = "all"
            tally.outcome_all += 1
        elif op.allowed(delta, full):
            outcome = "partial-allowed"
            tally.outcome_partial_allowed += 1
        else:
            pytest.fail(
                f"{op.name} kill {i}: half an operation is in the ledger: {delta} of {full}"
            )
        lost = rows_lost(ledger, before)
        tally.rows_lost += lost
        assert lost == 0, f"{op.name} kill {i}: {lost} rows that existed before are gone or changed"
        count, problems = verify_chain(ledger)
        assert problems == [], f"{op.name} kill {i}: {problems}"
        if i % 5 == 0:  # the command itself now and then; the same check in-process every time
            verify = run_cli(ledger, "audit", "verify", data_dir=data_dir)
            assert verify.returncode == 0, verify.stderr
            tally.cli_verifies += 1
        if op.check_files:
            op.check_files(work / "scratch")
        if killed:
            tally.killed += 1
            tally.killed_in_write += in_write and outcome == "none"
        else:
            tally.finished_first += 1
            assert outcome == "all"
        tally.outcomes.append(outcome)
        for leftover in work.glob("ledger.sqlite3*"):
            leftover.unlink()
    figures[f"kills_survived.{op.name}"] += tally.killed
    figures["kills_survived"] += tally.killed
    figures["kills_in_write_transaction"] += tally.killed_in_write
    figures["rows_lost"] += tally.rows_lost
    print(f"\n{op.name}: {tally}")
    assert tally.killed >= n // 2, f"most runs should have been killed, not finished: {tally}"
    return tally


# -- the operations ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def csv_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("csv")
    regions = ["NORTH", "NORTHEAST", "EAST", "CENTRAL", "SOUTH", "SOUTHWEST", "NORTHWEST"]
    stores = folder / "stores.csv"
    with stores.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(
            [
                "store_code",
                "store_name",
                "partner_name",
                "region",
                "province",
                "city",
                "store_type",
                "established_on",
                "status",
            ]
        )
        for i in range(STORE_ROWS):
            w.writerow(
                [
                    f"IM{i:06d}",
                    f"导入门店{i}",
                    f"导入经销商{i % 500:03d}有限公司",
                    regions[i % 7],
                    "湖南",
                    "长沙",
                    "car_integration_store",
                    f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    "open",
                ]
            )
    for name, months in (("performance", (1,)), ("performance-3", (1, 2, 3))):
        with (folder / f"{name}.csv").open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(
                ["store_code", "month", "vehicles_delivered", "revenue", "operating_cost",
                 "net_profit"]
            )  # fmt: skip
            for i in range(STORE_ROWS):
                for month in months:
                    w.writerow([f"ZX{i:06d}", f"2025-{month:02d}", 7, 140000, 150000, -10000])
    codes = folder / "codes.txt"
    codes.write_text("\n".join(f"ZX{i:06d}" for i in range(PROPOSALS)))
    all_codes = folder / "all-codes.txt"
    all_codes.write_text("\n".join(f"ZX{i:06d}" for i in range(STORE_ROWS)))
    return {
        "stores": stores,
        "performance": folder / "performance.csv",
        "performance-3": folder / "performance-3.csv",
        "codes": codes,
        "all-codes": all_codes,
    }


def _stores_import(demo_template: Path, files: dict[str, Path]) -> Operation:
    return Operation(
        "import_stores",
        demo_template,
        lambda ledger, scratch: cli_argv(ledger, "import", "stores", files["stores"]),
        "hq.finance",
        "lock",
    )


def _performance_import(big_template: Path, files: dict[str, Path], slow: bool) -> Operation:
    data = files["performance-3" if slow else "performance"]
    return Operation(
        "import_performance",
        big_template,
        lambda ledger, scratch: cli_argv(ledger, "import", "performance", data),
        "hq.finance",
        "lock",
    )


def _bulk_proposal(big_template: Path, files: dict[str, Path], slow: bool) -> Operation:
    codes = files["all-codes" if slow else "codes"]
    return Operation(
        "propose_many",
        big_template,
        lambda ledger, scratch: [
            PYTHON,
            WORKERS,
            "propose_many",
            str(ledger),
            "hq.finance",
            "YE2025",
            str(codes),
        ],
        "hq.finance",
        "STARTED",
        allowed=_whole_chunks,
    )


def _whole_chunks(delta: dict, full: dict) -> bool:
    """A bulk proposal commits PROPOSE_CHUNK proposals at a time (so that colleagues are not
    held up): after a kill, whole chunks are in, each proposal with its audit entry."""
    from dealer_app.services.subsidies import PROPOSE_CHUNK

    made = delta.get("subsidies", 0)
    return (
        set(delta) <= {"subsidies", "audit_log"}
        and delta.get("audit_log", 0) == made
        and 0 < made < full.get("subsidies", 0)
        and made % PROPOSE_CHUNK == 0
    )


def _letters_ready() -> bool:
    try:
        from dealer_app.services import letters  # noqa: F401
    except ImportError:
        return False
    return hasattr(letters, "generate_to_folder")


def _pdfs_whole(folder: Path) -> None:
    """Every letter file under its real name is a whole PDF (temporary .part files aside)."""
    for pdf in folder.rglob("*.pdf"):
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), pdf


def _letters_batch(demo_template: Path, slow: bool) -> Operation:
    def allowed(delta: dict, full: dict) -> bool:
        # Issuing the letters (numbers, snapshots: one transaction) and claiming their prints
        # (a second transaction, before the files are written: it decides which is the original)
        # are two steps; a kill between them leaves every letter issued and none counted, which
        # the next run completes; a kill while the files are written leaves the prints counted
        # (never a second original: the next run writes copies of the files that are missing).
        n = full.get("letters", 0)
        return delta in ({"letters": n, "audit_log": n}, {"letters": n, "audit_log": 2 * n})

    return Operation(
        "letters_batch",
        demo_template,
        lambda ledger, scratch: [
            PYTHON,
            WORKERS,
            "letters_batch",
            str(ledger),
            "hq.finance",
            "YE2025",
            str(scratch / "letters"),
            "" if slow else LETTERS_REGION,
            "2" if slow else "1",  # the slow run renders in worker processes, as the app does
        ],
        "hq.finance",
        "lock",
        allowed,
        _pdfs_whole,
    )


def _ops(
    name: str, demo_template: Path, big_template: Path, files: dict[str, Path], slow: bool = False
) -> Operation:
    if name == "import_stores":
        return _stores_import(demo_template, files)
    if name == "import_performance":
        return _performance_import(big_template, files, slow)
    if name == "propose_many":
        return _bulk_proposal(big_template, files, slow)
    if not _letters_ready():
        pytest.skip("dealer_app.services.letters is not there yet")
    return _letters_batch(demo_template, slow)


OPERATIONS = ["import_stores", "import_performance", "propose_many", "letters_batch"]


@pytest.mark.parametrize("name", OPERATIONS)
def test_sigkill_leaves_all_or_nothing(
    name, tmp_path, data_dir, demo_template, big_template, csv_files, figures
):
    op = _ops(name, demo_template, big_template, csv_files)
    tally = _kill_loop(op, KILLS, tmp_path, data_dir, figures)
    assert tally.rows_lost == 0


@pytest.mark.slow
@pytest.mark.parametrize("name", OPERATIONS)
def test_sigkill_many_times(
    name, tmp_path, data_dir, demo_template, big_template, csv_files, figures
):
    op = _ops(name, demo_template, big_template, csv_files, slow=True)
    tally = _kill_loop(op, SLOW_KILLS, tmp_path, data_dir, figures)
    assert tally.rows_lost == 0


def test_the_import_left_to_finish_adds_exactly_the_file(
    tmp_path, data_dir, demo_template, csv_files
):
    """The reference the kill loop compares with: an uninterrupted import adds every row."""
    ledger = copy_ledger(demo_template, tmp_path / "ledger.sqlite3")
    before = counts(ledger)
    result = run_cli(
        ledger, "import", "stores", csv_files["stores"], data_dir=data_dir, user="hq.finance"
    )
    assert result.returncode == 0, result.stderr
    delta = _delta(counts(ledger), before)
    assert delta == {"stores": STORE_ROWS, "partners": 500, "audit_log": 1}
    assert scalar(ledger, "SELECT count(*) FROM stores WHERE code LIKE 'IM%'") == STORE_ROWS
