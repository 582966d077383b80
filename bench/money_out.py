"""Money out on a shared ledger through an office WAN (25 ms each way): making a batch of N
payments, releasing it, writing its bank file and reading the bank's result file, each against
a bare psycopg baseline through the same delaying proxy (one transaction writing N rows with
executemany, pipelined), with the client's round trips counted.

    python bench/money_out.py            # 500 payments (the default batch limit)
    python bench/money_out.py --lines 100 --json

Not a test: nothing asserts on time. Ratios, not seconds, compare across machines.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE.parent))

PASSWORD = "bench-password-1"


def main() -> int:  # noqa: PLR0915 - one linear script
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=500)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("DEALER_APP_DATA_DIR", tempfile.mkdtemp(prefix="dd-bench-data-"))

    import psycopg
    from pg_cluster import SUPERUSER, SUPERUSER_PASSWORD, Cluster, why_unavailable
    from shared_ledger import DelayProxy

    from dealer_app.services import bank_profiles, payments, settings, subsidies
    from dealer_app.services.context import Context, system_clock
    from dealer_app.services.setup import init_server
    from dealer_app.services.stores import import_stores
    from dealer_app.services.users import add_user
    from dealer_app.storage import users as user_store
    from dealer_app.storage.pg import open_server

    reason = why_unavailable()
    if reason:
        print(reason, file=sys.stderr)
        return 2
    n = args.lines
    work = Path(tempfile.mkdtemp(prefix="dd-bench-money-"))
    cluster = Cluster().start()
    results: dict[str, dict] = {}
    try:
        su = cluster.superuser_conn()
        su.execute("CREATE DATABASE bench")
        su.execute("CREATE DATABASE bare")
        url = cluster.url("bench")
        init_server(url, PASSWORD, system_clock, admin_name="bench.admin", owner=SUPERUSER,
                    owner_password=SUPERUSER_PASSWORD)  # fmt: skip

        def ctx_of(name: str, location: str = url) -> Context:
            led = open_server(location, name, PASSWORD)
            return Context(led, user_store.get(led, name), system_clock)

        admin = ctx_of("bench.admin")
        for name, role in (("bench.hq", "hq_finance"), ("bench.hq2", "hq_finance")):
            add_user(admin, name, role, None, PASSWORD)
        settings.update(admin, {"business_date": "2025-12-16"})
        hq, hq2 = ctx_of("bench.hq"), ctx_of("bench.hq2")
        # N stores of N partners, approved subsidies, and complete payee details (set as the
        # ledger's owner, as a migration would: the bench measures the way out, not setup)
        rows = [
            "store_code,store_name,partner_name,region,province,city,store_type,"
            "established_on,status"
        ]
        rows += [f"B{i:05d},门店{i},经销商{i}有限公司,CENTRAL,湖北,武汉,car_integration_store,"
                 "2024-06-01,open" for i in range(n)]  # fmt: skip
        (work / "stores.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        import_stores(hq, work / "stores.csv")
        with psycopg.connect(url, user=SUPERUSER, password=SUPERUSER_PASSWORD) as owner:
            owner.execute("SET session_replication_role = replica")
            owner.execute(
                "UPDATE partners SET bank = '招商银行', branch = '招商银行武汉分行营业部',"
                " cnaps = '308521015015', account = lpad(id::text, 16, '6'), account_name = name"
            )
        ids = subsidies.propose_many(hq, "YE2025", [f"B{i:05d}" for i in range(n)]).done
        for _code, sid in ids:
            subsidies.approve(hq2, sid)

        proxy = DelayProxy(cluster.port)
        slow_url = f"postgresql://127.0.0.1:{proxy.port}/bench"
        maker, checker = ctx_of("bench.hq", slow_url), ctx_of("bench.hq2", slow_url)

        def case(name: str, fn, bare_fn) -> object:  # noqa: ANN001
            proxy.sent = 0
            start = time.perf_counter()
            out = fn()
            ours, trips = time.perf_counter() - start, proxy.sent
            proxy.sent = 0
            start = time.perf_counter()
            bare_fn()
            base, base_trips = time.perf_counter() - start, proxy.sent
            results[name] = {"ours_s": ours, "baseline_s": base, "ratio": ours / base,
                             "round_trips": trips, "baseline_round_trips": base_trips,
                             "lines": n}  # fmt: skip
            return out

        bare = psycopg.connect(f"postgresql://127.0.0.1:{proxy.port}/bare", user=SUPERUSER,
                               password=SUPERUSER_PASSWORD)  # fmt: skip
        bare.execute("CREATE TABLE lines (id bigint, ref text, amount bigint, status text)")
        bare.commit()

        def bare_write() -> None:
            with bare.cursor() as cur:
                cur.executemany("INSERT INTO lines VALUES (%s, %s, %s, 'pending')",
                                [(i, f"R{i}", 100_000) for i in range(n)])  # fmt: skip
            bare.commit()

        def bare_update() -> None:
            with bare.cursor() as cur:
                cur.executemany("UPDATE lines SET status = 'paid' WHERE id = %s",
                                [(i,) for i in range(n)])  # fmt: skip
            bare.commit()

        built = case("create_batch", lambda: payments.create_batch(maker, policy="YE2025"),
                     bare_write)  # fmt: skip
        number = built.batch.number
        case("release", lambda: payments.release(checker, number, acknowledge=True), bare_update)
        profile = bank_profiles.get("generic_csv")
        case(
            "bank_file",
            lambda: payments.write_bank_file(maker, number, profile, work / "batch.csv"),
            bare_write,
        )
        lines = payments.lines(maker, number)
        result = work / "result.csv"
        text = ["客户流水号,收款人账号,金额,交易状态,银行流水号,交易日期,失败原因"]
        text += [f"{ln.reference},{ln.details.account_digits},{ln.amount}.00,成功,B{ln.id},"
                 "2025-12-17," for ln in lines]  # fmt: skip
        result.write_bytes(("\r\n".join(text) + "\r\n").encode("gbk"))
        report = case("import_results", lambda: payments.import_results(maker, result, profile),
                      bare_update)  # fmt: skip
        assert report.applied and report.paid == n, report
    finally:
        cluster.stop()
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print(f"{'case':<16}{'ours':>9}{'bare':>9}{'ratio':>8}{'trips':>8}{'bare':>6}   ({n} lines)")
    for name, r in results.items():
        print(f"{name:<16}{r['ours_s']:>8.2f}s{r['baseline_s']:>8.2f}s{r['ratio']:>8.1f}"
              f"{r['round_trips']:>8}{r['baseline_round_trips']:>6}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
