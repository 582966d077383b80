"""The benchmark cases that need no window: each returns our time and its bare baseline's time.

Every case runs in a process of its own (run.py starts `run.py _case NAME ...`), so one case's
memory and garbage never slow down the next. Within a case, ours and the baseline alternate
`repeat` times after one warm-up each, and the best time of each counts: the best time is the
one least disturbed by whatever else the machine was doing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import data

BENCH_DIR = Path(__file__).resolve().parent
Timer = Callable[[], float]


@dataclass
class Outcome:
    ours: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        ours, base = min(self.ours), min(self.baseline)
        return {
            "ours_s": round(ours, 4),
            "baseline_s": round(base, 4),
            "ratio": round(ours / base, 3) if base > 0 else None,
            "ours_runs": [round(x, 4) for x in self.ours],
            "baseline_runs": [round(x, 4) for x in self.baseline],
            **self.notes,
        }


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def alternate(
    ours: Callable[[], Any], base: Callable[[], Any], repeat: int, warmup: bool = True
) -> tuple[Outcome, Any, Any]:
    out = Outcome()
    if warmup:
        ours()
        base()
    r_ours = r_base = None
    for _ in range(repeat):
        t, r_ours = timed(ours)
        out.ours.append(t)
        t, r_base = timed(base)
        out.baseline.append(t)
    return out, r_ours, r_base


def context(path: Path):  # noqa: ANN201 - a dealer_app Context
    from dealer_app.services.context import Context
    from dealer_app.storage import users as user_store
    from dealer_app.storage.db import open_ledger

    ledger = open_ledger(path)
    return Context(ledger, user_store.get(ledger, data.HQ_USER), data._clock)


def cli_env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DEALER_APP_PASSWORD=data.PASSWORD,
        DEALER_APP_DATA_DIR=str(work / "appdata"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def fresh(work: Path, src: Path, name: str) -> Path:
    dest = work / "runs" / name
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(dest.with_name(dest.stem + "-backups"), ignore_errors=True)
    return data.copy_ledger(src, dest)


#: peak RSS (MB) of the last process `run_process` ran, where the platform tells (POSIX)
last_peak_rss_mb: float | None = None


def run_process(argv: list[str], env: dict[str, str]) -> float:
    """Run `argv` to its end; its wall time. Its peak RSS goes to `last_peak_rss_mb`."""
    global last_peak_rss_mb
    with tempfile.TemporaryFile() as err:  # a file, not a pipe: a chatty child never blocks
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=err)
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(proc.pid, 0)
            elapsed = time.perf_counter() - t0
            proc.returncode = returncode = os.waitstatus_to_exitcode(status)
            last_peak_rss_mb = usage.ru_maxrss / 1024  # KiB on Linux
        else:
            returncode = proc.wait()
            elapsed = time.perf_counter() - t0
            last_peak_rss_mb = None
        err.seek(0)
        stderr = err.read().decode("utf-8", errors="replace")
    if returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({returncode}): {stderr[-2000:]}")
    return elapsed


def count_rows(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


# ------------------------------------------------------------------------------------ imports


def _import_case(work: Path, scale: data.Scale, repeat: int, kind: str) -> Outcome:
    if kind == "stores":
        csv_path = data.stores_csv(work, scale)
        source = data.empty_ledger(work)
        table, expected = "stores", scale.stores
    else:
        data.stores_csv(work, scale)
        csv_path = data.perf_csv(work, scale)
        source = data.loaded_ledger(work, scale, performance=False)
        table, expected = "performance", scale.perf_rows
    env = cli_env(work)
    out = Outcome()
    peaks: list[float] = []
    bare_peaks: list[float] = []
    for i in range(repeat):
        ours_db = fresh(work, source, f"import-{kind}-ours.sqlite3")
        out.ours.append(
            run_process(
                [
                    sys.executable,
                    "-m",
                    "dealer_app",
                    "import",
                    kind,
                    str(csv_path),
                    "--db",
                    str(ours_db),
                    "--user",
                    data.HQ_USER,
                ],
                env,
            )
        )
        if last_peak_rss_mb is not None:
            peaks.append(last_peak_rss_mb)
        base_db = fresh(work, source, f"import-{kind}-bare.sqlite3")
        out.baseline.append(
            run_process(
                [sys.executable, str(BENCH_DIR / "bare.py"), kind, str(base_db), str(csv_path)], env
            )
        )
        if last_peak_rss_mb is not None:
            bare_peaks.append(last_peak_rss_mb)
        if i == 0:
            got, bare_got = count_rows(ours_db, table), count_rows(base_db, table)
            if got != expected or bare_got != expected:
                raise RuntimeError(f"{kind}: expected {expected} rows, ours {got}, bare {bare_got}")
    if peaks and bare_peaks:
        out.notes["peak_rss_mb"] = round(max(peaks))
        out.notes["baseline_peak_rss_mb"] = round(max(bare_peaks))
    # The strictest reading of the baseline: only the executemany, rows already in memory,
    # in this process (no process start, no CSV reading). Reported beside the ratio.
    out.notes["baseline_executemany_only_s"] = round(
        _executemany_only(work, source, csv_path, kind), 4
    )
    out.notes["rows"] = expected
    return out


def _executemany_only(work: Path, source: Path, csv_path: Path, kind: str) -> float:
    import csv

    import bare

    db = fresh(work, source, f"import-{kind}-exec.sqlite3")
    conn = sqlite3.connect(db, isolation_level=None)
    with open(csv_path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        rows = list(reader)
    if kind == "stores":
        partners: dict[str, tuple] = {}
        for r in rows:
            partners.setdefault(r[3], (len(partners) + 1, r[2], r[3], r[13], r[11], r[12]))
        params = [
            (
                r[0],
                r[1],
                partners[r[3]][0],
                bare.REGIONS.get(r[4], r[4]),
                r[5],
                r[6],
                r[7],
                r[8],
                r[9] or None,
                r[10],
                bare.NOW,
            )
            for r in rows
        ]
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO partners (id, name, credit_code, address, bank, account)"
            " VALUES (?,?,?,?,?,?)",
            list(partners.values()),
        )
        conn.executemany(
            "INSERT INTO stores (code, name, partner_id, region, province, city, address,"
            " store_type, established_on, status, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            params,
        )
    else:
        ids = dict(conn.execute("SELECT code, id FROM stores"))
        params = [(ids[c], m, int(v), int(r), int(oc), int(np)) for c, m, v, r, oc, np in rows]
        del rows
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO performance (store_id, month, vehicles_delivered, revenue,"
            " operating_cost, net_profit) VALUES (?,?,?,?,?,?)",
            params,
        )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def import_stores(work: Path, scale: data.Scale, repeat: int) -> Outcome:
    return _import_case(work, scale, repeat, "stores")


def import_performance(work: Path, scale: data.Scale, repeat: int) -> Outcome:
    return _import_case(work, scale, repeat, "performance")


# ------------------------------------------------------------------------------- eligibility


def eligibility(work: Path, scale: data.Scale, repeat: int) -> Outcome:
    from dealer_app.services.eligibility import eligibility as evaluate

    path = fresh(work, data.loaded_ledger(work, scale), "read.sqlite3")
    ctx = context(path)
    bare = sqlite3.connect(path)
    sql = (
        "SELECT code, store_type, status, established_on, region, partner_id, id, name"
        " FROM stores ORDER BY code"
    )
    out, ours, base = alternate(
        lambda: evaluate(ctx, "YE2025"), lambda: bare.execute(sql).fetchall(), repeat
    )
    assert len(ours) == len(base) == scale.stores, (len(ours), len(base))
    out.notes["eligible"] = sum(1 for r in ours if r.result.eligible)
    return out


# ---------------------------------------------------------------------------------- closures

#: Two hand-written forms of the candidates query (same thresholds as the ledger's defaults);
#: the baseline is the faster of the two on this machine.
CANDIDATES_WINDOW = """
WITH ranked AS (
    SELECT store_id, vehicles_delivered, revenue, net_profit,
           row_number() OVER (PARTITION BY store_id ORDER BY month DESC) AS rn
    FROM performance),
agg AS (
    SELECT store_id, count(*) AS n, sum(vehicles_delivered) AS v, sum(revenue) AS r,
           sum(net_profit) AS np
    FROM ranked WHERE rn <= :months GROUP BY store_id)
SELECT s.code, s.store_type, agg.n, agg.v, agg.r, agg.np
FROM agg JOIN stores s ON s.id = agg.store_id
WHERE s.status = 'open' AND s.established_on < :cutoff AND agg.np < 0
  AND CASE WHEN s.store_type = 'retail_store' THEN agg.r < :revenue * agg.n
           ELSE agg.v < :vehicles * agg.n END
ORDER BY s.code
"""
CANDIDATES_LATEST = """
SELECT s.code, s.store_type, count(*) AS n, sum(p.vehicles_delivered) AS v,
       sum(p.revenue) AS r, sum(p.net_profit) AS np
FROM stores s JOIN performance p ON p.store_id = s.id
WHERE s.status = 'open' AND s.established_on < :cutoff
  AND p.month >= coalesce((SELECT q.month FROM performance q WHERE q.store_id = s.id
                           ORDER BY q.month DESC LIMIT 1 OFFSET :months - 1), '')
GROUP BY s.id
HAVING sum(p.net_profit) < 0
   AND CASE WHEN s.store_type = 'retail_store' THEN sum(p.revenue) < :revenue * count(*)
            ELSE sum(p.vehicles_delivered) < :vehicles * count(*) END
ORDER BY s.code
"""


def closure_candidates(work: Path, scale: data.Scale, repeat: int) -> Outcome:
    from dealer_app.services.closures import candidates
    from dealer_app.services.settings import closure_settings

    path = fresh(work, data.loaded_ledger(work, scale), "read.sqlite3")
    ctx = context(path)
    st = closure_settings(ctx.ledger)
    params = {
        "months": st.months,
        "cutoff": st.cutoff.isoformat(),
        "revenue": st.min_avg_revenue_retail,
        "vehicles": st.min_avg_vehicles,
    }
    bare = sqlite3.connect(path)
    best: dict[str, float] = {}
    counts: dict[str, int] = {}
    for name, sql in (("window", CANDIDATES_WINDOW), ("latest_months", CANDIDATES_LATEST)):
        bare.execute(sql, params).fetchall()  # warm-up
        runs = []
        for _ in range(max(1, repeat)):
            t, rows = timed(lambda sql=sql: bare.execute(sql, params).fetchall())
            runs.append(t)
        best[name], counts[name] = min(runs), len(rows)
    fastest = min(best, key=best.__getitem__)
    sql = CANDIDATES_WINDOW if fastest == "window" else CANDIDATES_LATEST
    out, ours, base = alternate(
        lambda: candidates(ctx), lambda: bare.execute(sql, params).fetchall(), repeat
    )
    if not (len(ours) == len(base) == counts["window"] == counts["latest_months"]):
        raise RuntimeError(f"candidate counts differ: ours {len(ours)}, bare {counts}")
    out.notes["candidates"] = len(ours)
    out.notes["baseline_query"] = fastest
    out.notes["baseline_forms_s"] = {k: round(v, 4) for k, v in best.items()}
    return out


# ----------------------------------------------------------------------------------- letters


def letters(work: Path, scale: data.Scale, repeat: int, count: int = 1000) -> Outcome:
    """`count` payout letters: issued, rendered (both cores) and written one PDF per letter by
    services.letters.generate_to_folder, against bare reportlab drawing the same text into as
    many PDFs in one process."""
    from dealer_app.services.letters import generate_to_folder, letter_data
    from dealer_app.storage import letters as letter_store

    source = data.loaded_ledger(work, data.Scale(max(count * 3, 10_000)), subsidies=count)
    out = Outcome()
    for i in range(max(1, repeat)):
        path = fresh(work, source, "letters.sqlite3")
        ctx = context(path)
        folder = work / "runs" / "letters-ours"
        shutil.rmtree(folder, ignore_errors=True)
        t, result = timed(lambda: generate_to_folder(ctx, "YE2025", folder))  # noqa: B023
        out.ours.append(t)
        assert len(result.files) == count, len(result.files)
        numbers = result.numbers
        texts = [letter_data(letter_store.by_number(ctx.ledger, n)) for n in numbers]
        ctx.ledger.close()
        bare_folder = work / "runs" / "letters-bare"
        shutil.rmtree(bare_folder, ignore_errors=True)
        bare_folder.mkdir(parents=True)
        t, _ = timed(lambda: _bare_letters(texts, bare_folder))  # noqa: B023
        out.baseline.append(t)
        if i == 0:
            ours_bytes = sum(p.stat().st_size for p in folder.glob("*.pdf"))
            bare_bytes = sum(p.stat().st_size for p in bare_folder.glob("*.pdf"))
            out.notes["ours_mb"] = round(ours_bytes / 1e6, 1)
            out.notes["baseline_mb"] = round(bare_bytes / 1e6, 1)
    out.notes["letters"] = count
    return out


def _bare_letters(items: list, folder: Path) -> None:
    """The same text, drawn line by line on a canvas with the same embedded font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from dealer_app.letters.fonts import font_path

    font = "BareWQY"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, str(font_path()), subfontIndex=0))
    width, height = A4
    left, text_w = 56, width - 112
    for d in items:
        c = Canvas(str(folder / f"{d.number}.pdf"), pagesize=A4, invariant=1)
        y = height - 60

        def line(text: str, size: float = 10.5, gap: float = 4, c: Canvas = c) -> None:
            nonlocal y
            for part in simpleSplit(text, font, size, text_w) or [""]:
                if y < 60:
                    c.showPage()
                    y = height - 60
                c.setFont(font, size)
                c.drawString(left, y, part)
                y -= size + gap

        line(d.issuer_name_zh, 12)
        line(d.issuer_address, 9)
        line("补贴通知书 Subsidy Notice", 18, 10)
        line(f"{d.number}    {d.issue_date.isoformat()}", 10)
        line(f"{d.partner_name}  {d.partner_credit_code}")
        line(d.partner_address)
        line(f"{d.partner_bank}  {d.partner_account}")
        line(f"{d.store_name}  {d.store_code} · {d.store_city}")
        line(f"{d.policy_name_zh}  {d.policy_code} v{d.policy_version}")
        line(f"{d.amount_figures}  {d.amount_words}", 13)
        for para in d.body_zh.split("\n"):
            line(para)
        for para in d.body_en.split("\n"):
            line(para)
        line("如中英文版本不一致，以中文版本为准 / The Chinese version prevails.", 9)
        line(d.issuer_name_zh)
        line(f"{d.issue_date.year}年{d.issue_date.month}月{d.issue_date.day}日")
        c.showPage()
        c.save()


CASES: dict[str, Callable[[Path, data.Scale, int], Outcome]] = {
    "import_stores_cli": import_stores,
    "import_performance_cli": import_performance,
    "eligibility": eligibility,
    "closure_candidates": closure_candidates,
    "letters_1000": letters,
}
