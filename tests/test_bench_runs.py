"""The benchmark keeps working: `bench/run.py` runs every case at a tiny scale and prints its
JSON report. A smoke run only: it checks the report's shape and that each ratio is ours over the
baseline, never a time (speed is judged by a full run, see docs/performance.md)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import run as bench_run  # noqa: E402 - bench/ is not a package


def test_every_case_runs_and_reports_ours_baseline_and_ratio(tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--scale",
            "300",
            "--no-growth",
            "--repeat",
            "1",
            "--letters",
            "10",
            "--work",
            str(tmp_path / "work"),
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    assert list(report) == bench_run.ORDER
    for name, result in report.items():
        ours, base, ratio = result["ours_s"], result["baseline_s"], result["ratio"]
        assert ours > 0 and base > 0, name
        assert ratio > 0, name
        if base >= 0.01:  # (the seconds are rounded to 0.1 ms; the ratio is not)
            assert math.isclose(ratio, ours / base, rel_tol=0.02), name
        assert result["target"] == bench_run.TARGETS[name][0], name
        assert result["baseline"] == bench_run.TARGETS[name][1], name
    assert report["stores_screen_open"]["peak_rss_mb"] > 0
    assert report["app_start"]["longest_stall_after_dialog_s"] >= 0
    assert report["import_performance_cli"]["peak_rss_mb"] > 0
    table = proc.stderr  # with --json the table goes to stderr
    assert "app_start" in table and "ratio" in table


def test_live_refresh_reports_each_case(tmp_path: Path):
    """bench/live_refresh.py (a window following a colleague's approvals) runs and reports the
    delay of each case and its bare baseline (times are not judged here)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEALER_APP_DATA_DIR=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "live_refresh.py"), "--repeat", "2", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    from pg_cluster import why_unavailable

    expected = {"file"} if why_unavailable() else {"file", "server", "server_wan"}
    assert set(report) == expected
    for case in report.values():
        assert case["approvals"] == 2
        assert case["median_ms"] >= 0 and case["baseline_median_ms"] >= 0
        assert case["line"].endswith("approved subsidies (1)")


def test_money_out_reports_each_case(tmp_path: Path):
    """bench/money_out.py (a batch made, released, written and answered through a 25 ms WAN)
    runs and reports each case against its bare baseline and round trips (times not judged)."""
    from pg_cluster import why_unavailable

    if why_unavailable():
        pytest.skip(why_unavailable())
    env = dict(os.environ, DEALER_APP_DATA_DIR=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "money_out.py"), "--lines", "5", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    assert set(report) == {"create_batch", "release", "bank_file", "import_results"}
    for case in report.values():
        assert case["lines"] == 5 and case["ours_s"] > 0 and case["baseline_s"] > 0
        assert case["round_trips"] >= case["baseline_round_trips"] > 0
