"""Working together: how long a colleague's commit takes to show in another person's open window.

    python bench/live_refresh.py              # 20 approvals per case
    python bench/live_refresh.py --repeat 5 --json

One process holds a real main window (offscreen), signed in as HQ finance on the subsidies
screen (every status shown); a second connection, as another HQ user, approves one proposed
subsidy at a time. Measured per approval: from the moment the approval committed to the moment
the window's subsidies screen has the subsidy as approved and its table has painted again
("commit to repaint"; the colleague's approval runs on a thread of its own, as another program
would, so the window's event loop runs meanwhile; a repaint can come before the colleague's
program has heard its COMMIT acknowledged, counted as 0). Cases:

* ``file``: a ledger file, two programs on one desktop (SQLite's data_version);
* ``server``: a shared ledger on a throwaway PostgreSQL cluster (LISTEN/NOTIFY);
* ``server_wan``: the same through a delaying TCP proxy on loopback (25 ms each way): the
  window's connections (its work and its listener) go through the proxy, the colleague's not.

The bare baseline of each, in the same run: a bare listener's delay for the same commits (a
psycopg LISTEN for the server cases, a data_version poll every 0.2 s for the file), so the ratio
is what the refresh costs on top of learning of the commit. The issue's target: within one
second. Not a test: nothing asserts on time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE.parent))

PASSWORD = "bench-password-1"
STORES = 60


def _seed(location, ctx_for) -> list[int]:  # noqa: ANN001
    """STORES stores opened in 2024 and a proposal for each (by a regional manager)."""
    import datetime as dt

    from dealer_app.domain.models import Store, StoreStatus, StoreType
    from dealer_app.services.stores import save_store
    from dealer_app.services.subsidies import propose

    hq = ctx_for("bench.hq")
    for i in range(STORES):
        save_store(
            hq,
            Store(
                f"B{i:04d}",
                f"基准门店{i}",
                f"基准经销商{i % 7}有限公司",
                "CENTRAL",
                "湖北",
                "武汉",
                StoreType.CAR_INTEGRATION_STORE,
                dt.date(2024, 3, 1),
                StoreStatus.OPEN,
            ),
            new=True,
        )
    mgr = ctx_for("bench.mgr")
    return [propose(mgr, "YE2025", f"B{i:04d}") for i in range(STORES)]


def _window(qapp, location):  # noqa: ANN001, ANN202
    """A main window signed in as bench.hq on the subsidies screen, every status shown."""
    from dealer_app.ui.main_window import MainWindow
    from dealer_app.ui.session import load_session_info
    from dealer_app.ui.tasks import run_op, run_session_op, task_manager

    out: dict = {}
    run_session_op(None, lambda s: (s.open(location), s.sign_in("bench.hq", PASSWORD)))
    run_op(None, load_session_info, lambda info: out.setdefault("info", info))
    _until(qapp, lambda: "info" in out and task_manager().idle)
    window = MainWindow(out["info"])
    window.resize(1280, 800)
    window.show()
    screen = window.show_screen("subsidies")
    _until(qapp, lambda: task_manager().idle)
    screen.set_status_filter(None)
    _until(qapp, lambda: task_manager().idle and window.watcher is not None)
    return window, screen


def _until(qapp, done, timeout: float = 30.0) -> float:  # noqa: ANN001
    end = time.perf_counter() + timeout
    while not done():
        qapp.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError(f"the window did not follow within {timeout:.0f} s")
        time.sleep(0.001)
    return time.perf_counter()


class PaintClock:
    """The time of the table's last paint."""

    def __init__(self, widget) -> None:  # noqa: ANN001
        from PySide6.QtCore import QEvent, QObject

        clock = self

        class Filter(QObject):
            def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802
                if event.type() == QEvent.Type.Paint:
                    clock.at = time.perf_counter()
                return False

        self.at = 0.0
        self.filter = Filter()
        widget.installEventFilter(self.filter)


def _measure(qapp, window, screen, approve, ids: list[int], bare_wait) -> dict:  # noqa: ANN001
    paints = PaintClock(screen.table.viewport())
    delays, bare = [], []
    for sid in ids:
        settle = time.perf_counter() + 0.3  # nothing of the previous approval still in flight
        _until(qapp, lambda settle=settle: time.perf_counter() > settle)
        waiter = bare_wait()
        done = approve(sid)  # another program: this window keeps running meanwhile
        _until(qapp, done.is_set)
        committed = done.at

        def shown(sid: int = sid) -> bool:
            i = screen.model.row_of(sid)
            return i is not None and screen.model.row_at(i).status.value == "approved"

        _until(qapp, shown)
        since = min(time.perf_counter(), committed)
        _until(qapp, lambda since=since: paints.at >= since)
        delays.append(max(paints.at - committed, 0.0))
        bare.append(max(waiter(committed), 0.0))
    return {
        "approvals": len(ids),
        "median_ms": statistics.median(delays) * 1000,
        "max_ms": max(delays) * 1000,
        "baseline_median_ms": statistics.median(bare) * 1000,
        # (a bare listener hears of a commit on loopback before its maker does: no ratio then)
        "ratio": statistics.median(delays) / statistics.median(bare)
        if statistics.median(bare) > 0.005
        else None,
        "line": window.live_label.text(),
    }


class Colleague:
    """Another program: its own thread and connection (`connect()` is called on that thread),
    approving the subsidies it is handed; `approve(sid)` returns an event set when the approval
    has committed (its `at`: when)."""

    def __init__(self, connect) -> None:  # noqa: ANN001
        import queue

        self.todo: queue.Queue = queue.Queue()
        self.thread = threading.Thread(target=self._run, args=(connect,), daemon=True)
        self.thread.start()

    def _run(self, connect) -> None:  # noqa: ANN001
        from dealer_app.services.subsidies import approve

        ctx = connect()
        while True:
            item = self.todo.get()
            if item is None:
                ctx.ledger.close()
                return
            sid, done = item
            approve(ctx, sid)
            done.at = time.perf_counter()
            done.set()

    def approve(self, sid: int) -> threading.Event:
        done = threading.Event()
        self.todo.put((sid, done))
        return done

    def stop(self) -> None:
        self.todo.put(None)
        self.thread.join()


def _bare_listener(url: str, user: str):  # noqa: ANN202
    """A bare psycopg LISTEN on the ledger's channel; returns a function that starts waiting
    for the next notification and gives the delay from `committed`."""
    import psycopg

    from dealer_app.storage.pg_schema import CHANGES_CHANNEL

    conn = psycopg.connect(url, user=user, password=PASSWORD, autocommit=True)
    conn.execute(f"LISTEN {CHANGES_CHANNEL}")

    def start():  # noqa: ANN202
        got: dict = {}

        def run() -> None:
            for _ in conn.notifies(timeout=10, stop_after=1):
                got["at"] = time.perf_counter()

        thread = threading.Thread(target=run)
        thread.start()

        def delay(committed: float) -> float:
            thread.join()
            return got.get("at", committed) - committed

        return delay

    return start


def _bare_poll(path: Path):  # noqa: ANN202
    import sqlite3

    conn = sqlite3.connect(path, check_same_thread=False)

    def start():  # noqa: ANN202
        version = conn.execute("PRAGMA data_version").fetchone()[0]

        def delay(committed: float) -> float:
            while conn.execute("PRAGMA data_version").fetchone()[0] == version:
                time.sleep(0.2)
            return time.perf_counter() - committed

        return delay

    return start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="approvals per case")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("DEALER_APP_DATA_DIR", tempfile.mkdtemp(prefix="dd-bench-live-"))

    from pg_cluster import SUPERUSER, SUPERUSER_PASSWORD, Cluster, why_unavailable
    from PySide6.QtWidgets import QApplication
    from shared_ledger import DelayProxy

    from dealer_app.services.context import Context, system_clock
    from dealer_app.services.setup import init_ledger, init_server
    from dealer_app.services.users import add_user, sign_in
    from dealer_app.storage import users as user_store
    from dealer_app.storage.db import open_ledger
    from dealer_app.storage.pg import open_server
    from dealer_app.ui.tasks import TaskManager

    qapp = QApplication.instance() or QApplication([])
    tasks = TaskManager()
    results: dict[str, dict] = {}
    n = min(args.repeat, STORES)

    # -- a ledger file, two programs ----------------------------------------------------------
    path = Path(tempfile.mkdtemp(prefix="dd-bench-live-file-")) / "ledger.sqlite3"
    ledger = init_ledger(path, PASSWORD, system_clock)
    admin = sign_in(ledger, "admin", PASSWORD, system_clock)
    add_user(admin, "bench.hq", "hq_finance", None, PASSWORD)
    add_user(admin, "bench.hq2", "hq_finance", None, PASSWORD)
    add_user(admin, "bench.mgr", "regional_manager", "CENTRAL", PASSWORD)
    ids = _seed(path, lambda name: sign_in(ledger, name, PASSWORD, system_clock))
    ledger.close()
    window, screen = _window(qapp, path)
    hq2 = Colleague(lambda: sign_in(open_ledger(path), "bench.hq2", PASSWORD, system_clock))
    results["file"] = _measure(
        qapp, window, screen, hq2.approve, ids[:n], lambda: _bare_poll(path)()
    )
    hq2.stop()
    window.close()

    # -- a shared ledger, direct and through the office WAN ------------------------------------
    reason = why_unavailable()
    if reason:
        print(reason, file=sys.stderr)
    else:
        cluster = Cluster().start()
        try:
            su = cluster.superuser_conn()
            su.execute("CREATE DATABASE live")
            su.close()
            url = cluster.url("live")
            init_server(
                url,
                PASSWORD,
                system_clock,
                admin_name="bench.admin",
                owner=SUPERUSER,
                owner_password=SUPERUSER_PASSWORD,
            )
            led = open_server(url, "bench.admin", PASSWORD)
            admin = Context(led, user_store.get(led, "bench.admin"), system_clock)
            add_user(admin, "bench.hq", "hq_finance", None, PASSWORD)
            add_user(admin, "bench.hq2", "hq_finance", None, PASSWORD)
            add_user(admin, "bench.mgr", "regional_manager", "CENTRAL", PASSWORD)
            opened: list = [led]

            def ctx_for(name: str) -> Context:
                c = open_server(url, name, PASSWORD)
                opened.append(c)
                return Context(c, user_store.get(c, name), system_clock)

            ids = _seed(url, ctx_for)
            hq2 = Colleague(lambda: ctx_for("bench.hq2"))
            listen = _bare_listener(url, "bench.hq2")
            window, screen = _window(qapp, url)
            results["server"] = _measure(qapp, window, screen, hq2.approve, ids[:n], listen)
            window.close()
            proxy = DelayProxy(cluster.port)
            slow_url = f"postgresql://127.0.0.1:{proxy.port}/live"
            slow_listen = _bare_listener(slow_url, "bench.hq2")
            window, screen = _window(qapp, slow_url)
            results["server_wan"] = _measure(
                qapp, window, screen, hq2.approve, ids[n : 2 * n], slow_listen
            )
            window.close()
            hq2.stop()
            for c in opened:
                with contextlib.suppress(Exception):  # (the colleague closed theirs)
                    c.close()
        finally:
            cluster.stop()
    tasks.shutdown()

    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return 0
    print(f"{'case':<12}{'median':>10}{'max':>10}{'bare':>10}{'ratio':>8}   (target: < 1000 ms)")
    for name, r in results.items():
        print(
            f"{name:<12}{r['median_ms']:>8.0f}ms{r['max_ms']:>8.0f}ms"
            f"{r['baseline_median_ms']:>8.0f}ms"
            + (f"{r['ratio']:>8.2f}" if r["ratio"] is not None else f"{'-':>8}")
        )
    last = next(iter(results.values()))["line"]
    print(f"status line: {last}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
