"""Dealer Desk benchmarks: each case against its bare baseline, in the same run.

    python bench/run.py                  # 100,000 stores, 2,000,000 performance rows
    python bench/run.py --quick          # 10,000 stores: a smoke run in about two minutes
    python bench/run.py --json           # the results as one JSON object on stdout
    python bench/run.py --only eligibility,closure_candidates --scale 50000

The data is generated here, deterministically (bench/data.py), into a work folder that is kept
between runs (`--work`, default: <tmp>/dealer-desk-bench) so a second run starts at once. Each
case runs in a fresh process (see cases.py); a case is then run again at a tenth of the scale to
show how its time grows. Ratios, not seconds, are what compare across machines.

Not part of the test run (tests/test_bench_runs.py only runs it at 300 stores to check the
report); the tests never assert on time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
if str(BENCH_DIR) not in sys.path:
    sys.path.insert(0, str(BENCH_DIR))

#: case -> (target ratio, what the baseline is); None: reported beside a target case, no target
TARGETS: dict[str, tuple[float | None, str]] = {
    "import_stores_cli": (3.0, "csv + raw sqlite3 executemany, one transaction, own process"),
    "import_performance_cli": (3.0, "csv + raw sqlite3 executemany, one transaction, own process"),
    "eligibility": (3.0, "bare SELECT of the same columns into tuples"),
    "closure_candidates": (1.5, "one hand-written aggregate SQL query"),
    "stores_screen_open": (1.5, "bare QTableView over a list model of the same rows"),
    "stores_search_keystroke": (1.5, "the same filter as one bare SQL query"),
    "app_start": (1.5, "bare PySide6 window start"),
    "app_start_signed_in": (None, "bare PySide6 window start"),
    "letters_1000": (1.5, "bare reportlab drawing the same text, one process"),
}
ORDER = list(TARGETS)
#: repeats per case (full run, quick run): imports and letters are long, reads are short
REPEATS = {
    "import_stores_cli": (3, 1),
    "import_performance_cli": (3, 1),
    "eligibility": (5, 3),
    "closure_candidates": (5, 3),
    "stores_screen_open": (3, 2),
    "stores_search_keystroke": (5, 3),
    "app_start": (5, 3),
    "app_start_signed_in": (5, 3),
    "letters_1000": (2, 1),
}
#: cases whose size does not follow the number of stores (no growth figure)
FIXED_SIZE = {"letters_1000"}


def all_cases() -> dict:
    import cases
    import gui

    return {**cases.CASES, **gui.CASES}


# ------------------------------------------------------------------------------ one case


def run_one(name: str, work: Path, stores: int, repeat: int, letters: int) -> dict:
    """Run one case in this process; returns its outcome as a dict."""
    import data

    work.mkdir(parents=True, exist_ok=True)
    fn = all_cases()[name]
    scale = data.Scale(stores)
    if name == "letters_1000":
        outcome = fn(work, scale, repeat, letters)
    else:
        outcome = fn(work, scale, repeat)
    return outcome.as_dict()


def run_case_process(name: str, work: Path, stores: int, repeat: int, letters: int) -> dict:
    argv = [
        sys.executable,
        str(Path(__file__).resolve()),
        "_case",
        name,
        "--work",
        str(work),
        "--scale",
        str(stores),
        "--repeat",
        str(repeat),
        "--letters",
        str(letters),
    ]
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode != 0:
        return {
            "error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed",
            "stderr": proc.stderr[-4000:],
        }
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------- machine


def machine() -> dict:
    import sqlite3

    info: dict = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        info["cpu"] = platform.processor()
    try:
        import PySide6
        import reportlab
        from PySide6.QtCore import qVersion

        info["pyside6"] = PySide6.__version__
        info["qt"] = qVersion()
        info["reportlab"] = reportlab.Version
    except ImportError:
        pass
    return info


# ------------------------------------------------------------------------------------ main


def fmt_s(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if value < 10 else f"{value:.2f}"


def print_table(results: dict, stores: int, small: int | None, file=sys.stdout) -> None:
    head = f"{'case':26} {'ours s':>9} {'base s':>9} {'ratio':>6} {'target':>6}  ok " + (
        f"{'@' + format(small, ','):>9} {'growth':>7} {'base gr.':>8}" if small else ""
    )
    print(
        f"Dealer Desk benchmark at {stores:,} stores ({stores * 20:,} performance rows)", file=file
    )
    print(head, file=file)
    print("-" * len(head), file=file)
    for name in ORDER:
        r = results.get(name)
        if r is None:
            continue
        if "error" in r:
            print(f"{name:26} ERROR: {r['error']}", file=file)
            continue
        target = TARGETS[name][0]
        if target is None:
            ok, shown = "-", "-"
        else:
            ok = "yes" if r["ratio"] is not None and r["ratio"] <= target else "NO"
            shown = f"{target:.1f}"
        line = (
            f"{name:26} {fmt_s(r['ours_s']):>9} {fmt_s(r['baseline_s']):>9} {r['ratio']:>6.2f} "
            f"{shown:>6}  {ok:3}"
        )
        if small:
            g, bg = r.get("growth"), r.get("baseline_growth")
            line += (
                f" {fmt_s(r.get('ours_small_s')):>9} {(f'{g:.1f}x' if g else '-'):>7}"
                f" {(f'{bg:.1f}x' if bg else '-'):>8}"
            )
        print(line, file=file)
    gui = results.get("stores_screen_open", {})
    if "peak_rss_mb" in gui:
        text = f"GUI peak RSS with {stores:,} stores loaded: {gui['peak_rss_mb']:.0f} MB"
        if "peak_rss_small_mb" in gui:
            text += f" ({gui['peak_rss_small_mb']:.0f} MB at {small:,})"
        print(text + " (aim: under 250 MB)", file=file)
    for name in ("import_stores_cli", "import_performance_cli"):
        r = results.get(name, {})
        if "peak_rss_mb" in r:
            print(
                f"{name}: peak RSS {r['peak_rss_mb']} MB (the bare baseline's "
                f"{r['baseline_peak_rss_mb']} MB)",
                file=file,
            )
    start = results.get("app_start", {})
    if "longest_stall_after_dialog_s" in start:
        stall = start["longest_stall_after_dialog_s"] * 1000
        print(
            f"app_start: the first window is the sign-in dialog; in the second after it painted "
            f"its event loop stalled at most {stall:.0f} ms (a keystroke's longest wait)",
            file=file,
        )
    signed = results.get("app_start_signed_in", {})
    if "ours_s" in signed:
        print(
            "app_start_signed_in: to the main window with the password typed in 0 ms by the "
            "driver (reported, no target: it includes the deliberate scrypt password check)",
            file=file,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.add_argument("--scale", type=int, help="stores (default 100,000; 10,000 with --quick)")
    parser.add_argument("--quick", action="store_true", help="small, fast run (about 2 minutes)")
    parser.add_argument("--only", help="comma-separated case names")
    parser.add_argument("--no-growth", action="store_true", help="skip the 1/10-scale run")
    parser.add_argument("--work", type=Path, help="folder for generated data and ledgers")
    parser.add_argument("--repeat", type=int, help="repeats per case (default: per case)")
    parser.add_argument("--letters", type=int, help="letters to render (default 1,000)")
    sub = parser.add_subparsers(dest="internal")
    one = sub.add_parser("_case")
    one.add_argument("name")
    one.add_argument("--work", type=Path, required=True)
    one.add_argument("--scale", type=int, required=True)
    one.add_argument("--repeat", type=int, required=True)
    one.add_argument("--letters", type=int, default=1000)
    args = parser.parse_args(argv)

    if args.internal == "_case":
        result = run_one(args.name, args.work, args.scale, args.repeat, args.letters)
        print(json.dumps(result))
        return 0

    stores = args.scale or (10_000 if args.quick else 100_000)
    small = None if args.no_growth else max(100, stores // 10)
    letters = args.letters or (200 if args.quick else 1000)
    work = args.work or Path(tempfile.gettempdir()) / "dealer-desk-bench"
    work.mkdir(parents=True, exist_ok=True)
    names = ORDER if not args.only else [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}; choose from {', '.join(ORDER)}")
    log = sys.stderr

    # An installed Dealer Desk runs from byte-code (pip compiles on install, the bundle ships
    # it); a checkout run with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module
    # on every process start and time the compiler.
    import compileall

    import dealer_app

    compileall.compile_dir(Path(dealer_app.__file__).parent, quiet=1)

    started = time.perf_counter()
    results: dict[str, dict] = {}
    for name in names:
        repeat = args.repeat or REPEATS[name][1 if args.quick else 0]
        t0 = time.perf_counter()
        print(
            f"[{time.perf_counter() - started:6.1f}s] {name} at {stores:,} stores ...",
            file=log,
            flush=True,
        )
        r = run_case_process(name, work, stores, repeat, letters)
        if small and name not in FIXED_SIZE and "error" not in r:
            print(
                f"[{time.perf_counter() - started:6.1f}s] {name} at {small:,} stores ...",
                file=log,
                flush=True,
            )
            rs = run_case_process(name, work, small, repeat, letters)
            if "error" not in rs:
                r["ours_small_s"] = rs["ours_s"]
                r["baseline_small_s"] = rs["baseline_s"]
                r["growth"] = round(r["ours_s"] / rs["ours_s"], 2) if rs["ours_s"] else None
                r["baseline_growth"] = (
                    round(r["baseline_s"] / rs["baseline_s"], 2) if rs["baseline_s"] else None
                )
                if "peak_rss_mb" in rs:
                    r["peak_rss_small_mb"] = rs["peak_rss_mb"]
        target = TARGETS[name][0]
        r["target"] = target
        if "ratio" in r and target is not None:
            r["within_target"] = r["ratio"] is not None and r["ratio"] <= target
        r["baseline"] = TARGETS[name][1]
        results[name] = r
        print(f"          done in {time.perf_counter() - t0:.1f}s", file=log, flush=True)

    report = {
        "scale": {"stores": stores, "performance_rows": stores * 20, "small_stores": small},
        "machine": machine(),
        "wall_s": round(time.perf_counter() - started, 1),
        "results": results,
    }
    (work / f"results-{stores}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
        print_table(results, stores, small, file=log)
    else:
        print_table(results, stores, small)
        print(f"(full results: {work / f'results-{stores}.json'}; run took {report['wall_s']}s)")
    return 0 if all("error" not in r for r in results.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
