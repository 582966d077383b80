"""Dealer Desk on a shared ledger (PostgreSQL): each case against a bare psycopg baseline, in
the same run, on a throwaway cluster this script starts from the installed server binaries.

    python bench/shared_ledger.py                 # 100,000 stores
    python bench/shared_ledger.py --stores 10000  # a quick run
    python bench/shared_ledger.py --json

Cases (issue "Shared ledger", item 8):

* ``import_stores``: the stores import service (parse, check, COPY) against csv + a bare
  psycopg COPY of the same rows into a table of the same columns.
* ``eligibility``: the eligibility service over every store against a bare SELECT of the same
  columns into tuples.
* Through a delaying TCP proxy on loopback (25 ms each way, an office WAN), each against the bare
  psycopg equivalent through the same proxy, with the round trips of each counted (messages
  from client to server):
  ``stores_first_paint`` (the ids in display order and the first page of rows, as the stores
  screen fetches them: pipelined, one round trip) against one query of the first page; ``search_keystroke`` (the same for a
  search text) against one filtered query; ``approval`` (the approve service) against one bare
  UPDATE.

Not a test: nothing asserts on time. Ratios, not seconds, compare across machines.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))  # the tests' throwaway cluster
sys.path.insert(0, str(HERE.parent))

DELAY_S = 0.025
PASSWORD = "bench-password-1"
TARGETS = {
    "import_stores": 3.0,
    "eligibility": 3.0,
    "stores_first_paint": 1.5,
    "search_keystroke": 1.5,
    "approval": 1.5,
}


# --- the delaying proxy ---------------------------------------------------------------------
class DelayProxy:
    """Forwards TCP to the server, holding every chunk DELAY_S in each direction, and counts
    the client's request flights (its round trips): what the client sends before the server
    has answered is one flight, however many chunks it takes (a pipeline)."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream = upstream_port
        self.sent = 0
        self.port = 0
        self._answered = True  # the server spoke last: the client's next chunk is a new flight
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()
        self._ready.wait()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _pipe(self, reader, writer, count: bool) -> None:  # noqa: ANN001
        queue: asyncio.Queue = asyncio.Queue()

        async def later() -> None:
            while True:
                due, data = await queue.get()
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                if data is None:
                    writer.close()
                    return
                writer.write(data)
                await writer.drain()

        task = asyncio.ensure_future(later())
        try:
            while True:
                data = await reader.read(65536)
                if count and data and self._answered:
                    self.sent += 1
                if data:
                    self._answered = not count
                await queue.put((time.monotonic() + DELAY_S, data or None))
                if not data:
                    break
        except OSError:  # a reset (the server stopped): the other side is closed, as by EOF
            await queue.put((time.monotonic() + DELAY_S, None))
        await task

    async def _client(self, reader, writer) -> None:  # noqa: ANN001
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream)
        except OSError:  # the server is gone: refuse the client as the server would
            writer.close()
            return
        await asyncio.gather(
            self._pipe(reader, up_writer, True),
            self._pipe(up_reader, writer, False),
            return_exceptions=True,
        )


def timed(fn, repeats: int = 3) -> float:  # noqa: ANN001
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stores", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("DEALER_APP_DATA_DIR", tempfile.mkdtemp(prefix="dd-bench-data-"))

    import psycopg
    from data import Scale, stores_csv
    from pg_cluster import SUPERUSER, SUPERUSER_PASSWORD, Cluster, why_unavailable

    from dealer_app.services import eligibility, subsidies
    from dealer_app.services.context import Context, system_clock
    from dealer_app.services.setup import init_server
    from dealer_app.services.stores import import_stores, store_page
    from dealer_app.services.users import add_user
    from dealer_app.storage import users as user_store
    from dealer_app.storage.pg import open_server
    from dealer_app.storage.stores import StoreFilter

    reason = why_unavailable()
    if reason:
        print(reason, file=sys.stderr)
        return 2
    work = Path(tempfile.gettempdir()) / "dealer-desk-bench"
    work.mkdir(exist_ok=True)
    csv_path = stores_csv(work, Scale(args.stores))
    clock = system_clock  # (the data opens stores until January 2026: now is after it)
    cluster = Cluster().start()
    results: dict[str, dict] = {}
    try:
        su = cluster.superuser_conn()
        su.execute("CREATE DATABASE bench")
        su.execute("CREATE DATABASE bare")
        init_server(
            cluster.url("bench"),
            PASSWORD,
            clock,
            admin_name="bench.admin",
            owner=SUPERUSER,
            owner_password=SUPERUSER_PASSWORD,
        )
        url = cluster.url("bench")
        admin_led = open_server(url, "bench.admin", PASSWORD)
        admin = Context(admin_led, user_store.get(admin_led, "bench.admin"), clock)
        for name in ("bench.hq", "bench.hq2"):
            add_user(admin, name, "hq_finance", None, PASSWORD)
        from dealer_app.services.settings import update

        update(admin, {"business_date": "2025-12-16"})  # as the file benchmark: December 2025
        hq_led = open_server(url, "bench.hq", PASSWORD)
        hq = Context(hq_led, user_store.get(hq_led, "bench.hq"), clock)

        # -- import: the service against csv + bare COPY ------------------------------------
        start = time.perf_counter()
        report = import_stores(hq, csv_path)
        ours = time.perf_counter() - start
        bare = psycopg.connect(cluster.url("bare"), user=SUPERUSER, password=SUPERUSER_PASSWORD)
        bare.execute(
            "CREATE TABLE stores (code text, name text, partner text, credit text, region text,"
            " province text, city text, address text, type text, opened text, status text)"
        )
        bare.commit()

        def bare_import() -> None:
            with open(csv_path, encoding="utf-8", newline="") as f:
                reader = csv.reader(f)
                next(reader)
                with bare.cursor() as cur:
                    cur.execute("TRUNCATE stores")
                    with cur.copy("COPY stores FROM STDIN") as copy:
                        for row in reader:
                            copy.write_row(row[:11])
            bare.commit()

        base = timed(bare_import, 1)
        results["import_stores"] = {"ours_s": ours, "baseline_s": base, "rows": len(report.added)}

        # -- eligibility ----------------------------------------------------------------------
        ours = timed(lambda: eligibility.eligibility(hq, "YE2025"))

        def bare_select() -> None:
            with psycopg.connect(url, user="bench.hq", password=PASSWORD) as c:
                c.execute(
                    "SELECT code, store_type, status, established_on, region, partner_id, id, name"
                    " FROM stores ORDER BY code"
                ).fetchall()

        results["eligibility"] = {"ours_s": ours, "baseline_s": timed(bare_select)}

        # -- through the delaying proxy ------------------------------------------------------
        proxy = DelayProxy(cluster.port)
        slow_url = f"postgresql://127.0.0.1:{proxy.port}/bench"
        slow = open_server(slow_url, "bench.hq", PASSWORD)
        ctx = Context(slow, user_store.get(slow, "bench.hq"), clock)
        raw = psycopg.connect(slow_url, user="bench.hq", password=PASSWORD, autocommit=True)

        def through(name: str, ours_fn, bare_fn) -> None:  # noqa: ANN001
            proxy.sent = 0
            ours_s = timed(ours_fn, 3)
            ours_trips = proxy.sent / 3
            proxy.sent = 0
            base_s = timed(bare_fn, 3)
            base_trips = proxy.sent / 3
            results[name] = {
                "ours_s": ours_s,
                "baseline_s": base_s,
                "round_trips": ours_trips,
                "baseline_round_trips": base_trips,
            }

        def first_paint(search: str = "") -> None:
            # as the stores screen asks: the ids in order and the first page, together
            store_page(ctx, StoreFilter(search=search), first=200)

        page = (
            "SELECT s.id, s.code, s.name, p.name, s.region, s.province, s.city, s.store_type,"
            " s.established_on, s.status, s.address, p.credit_code FROM stores s"
            " JOIN partners p ON p.id = s.partner_id {where} ORDER BY s.code LIMIT 200"
        )
        through(
            "stores_first_paint",
            first_paint,
            lambda: raw.execute(page.format(where="")).fetchall(),
        )
        through(
            "search_keystroke",
            lambda: first_paint("武汉"),
            lambda: raw.execute(
                page.format(where="WHERE s.name ILIKE %s OR s.city ILIKE %s"), ("%武汉%",) * 2
            ).fetchall(),
        )
        hq2_led = open_server(url, "bench.hq2", PASSWORD)
        hq2 = Context(hq2_led, user_store.get(hq2_led, "bench.hq2"), clock)
        rows = eligibility.eligibility(hq2, "YE2025")
        codes = [r.result.store_code for r in rows if r.result.eligible][:6]
        ids = [subsidies.propose(hq2, "YE2025", code) for code in codes]
        todo = list(ids[:3])
        bare_ids = list(ids[3:])
        through(
            "approval",
            lambda: subsidies.approve(ctx, todo.pop()),
            lambda: raw.execute(
                "SELECT id FROM subsidies WHERE id = %s FOR UPDATE", (bare_ids.pop(),)
            ).fetchall(),
        )
        for led in (slow, hq_led, hq2_led, admin_led):
            led.close()
        raw.close()
        bare.close()
        su.close()
    finally:
        cluster.stop()

    for name, r in results.items():
        r["ratio"] = r["ours_s"] / r["baseline_s"] if r["baseline_s"] else None
        r["target"] = TARGETS[name]
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{'case':<22}{'ours':>10}{'bare':>10}{'ratio':>8}{'target':>8}{'trips':>8}{'bare':>6}")
    for name, r in results.items():
        trips = f"{r['round_trips']:.0f}" if "round_trips" in r else ""
        btrips = f"{r['baseline_round_trips']:.0f}" if "baseline_round_trips" in r else ""
        print(
            f"{name:<22}{r['ours_s']:>9.3f}s{r['baseline_s']:>9.3f}s{r['ratio']:>8.2f}"
            f"{r['target']:>8.1f}{trips:>8}{btrips:>6}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
