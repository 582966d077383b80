"""The GUI cases: each measurement is one run of bench/gui_driver.py in a process of its own,
offscreen (QT_QPA_PLATFORM=offscreen), on a private copy of the loaded ledger and a private
settings folder, so no run inherits another's window state or caches."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import data
from cases import BENCH_DIR, Outcome, fresh

DRIVER = BENCH_DIR / "gui_driver.py"


def _env(work: Path, name: str) -> dict[str, str]:
    settings = work / "runs" / f"{name}-appdata"
    shutil.rmtree(settings, ignore_errors=True)
    settings.mkdir(parents=True)
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DEALER_APP_DATA_DIR=str(settings),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def _drive(args: list[str], env: dict[str, str]) -> tuple[dict, float]:
    """Run the driver; returns its JSON result and the wall time.time() it was started at."""
    started = time.time()
    proc = subprocess.run(
        [sys.executable, str(DRIVER), *args], env=env, capture_output=True, text=True
    )
    if proc.returncode != 0:
        raise RuntimeError(f"gui_driver {' '.join(args)} failed: {proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1]), started


def stores_screen_open(work: Path, scale: data.Scale, repeat: int) -> Outcome:
    source = data.loaded_ledger(work, scale)
    out = Outcome()
    peaks = []
    for _ in range(max(1, repeat)):
        ledger = fresh(work, source, "gui-screen.sqlite3")
        r, _ = _drive(["screen", str(ledger)], _env(work, "gui-screen"))
        out.ours.append(r["ours_s"])
        out.baseline.append(r["baseline_s"])
        peaks.append(r["peak_rss_mb"])
    out.notes["peak_rss_mb"] = max(peaks)
    out.notes["rows"] = r["rows"]
    return out


def stores_search_keystroke(work: Path, scale: data.Scale, repeat: int) -> Outcome:
    """Several search words per run; per word the best of the runs; the case's time is the
    mean over the words (one keystroke's time)."""
    source = data.loaded_ledger(work, scale)
    ours: list[list[float]] = []
    base: list[list[float]] = []
    for _ in range(max(1, repeat)):
        ledger = fresh(work, source, "gui-search.sqlite3")
        r, _ = _drive(["search", str(ledger)], _env(work, "gui-search"))
        ours.append(r["ours_runs"])
        base.append(r["baseline_runs"])
    best_ours = [min(runs) for runs in zip(*ours, strict=True)]
    best_base = [min(runs) for runs in zip(*base, strict=True)]
    out = Outcome(
        ours=[sum(best_ours) / len(best_ours)], baseline=[sum(best_base) / len(best_base)]
    )
    out.notes["per_word_ours_s"] = [round(x, 4) for x in best_ours]
    out.notes["per_word_baseline_s"] = [round(x, 4) for x in best_base]
    out.notes["matches"] = r["matches"]
    return out


def app_start(work: Path, scale: data.Scale, repeat: int) -> Outcome:
    """Process start to the application's first window, the sign-in dialog, painted with the
    event loop turning (a keystroke would be handled), against a bare window's start. The
    dialog is then left alone for a second while the ledger is opened and checked and the main
    window's modules imported: the longest the event loop stalled meanwhile is reported (how
    long a keystroke could have waited). The first start is a warm-up (disk cache)."""
    ledger = fresh(work, data.loaded_ledger(work, scale), "gui-start.sqlite3")
    env = _env(work, "gui-start")
    out = Outcome()
    stalls = []
    for i in range(max(1, repeat) + 1):
        r, started = _drive(["start-idle", str(ledger)], env)
        b, b_started = _drive(["bare-start"], env)
        if i == 0:
            continue
        out.ours.append(r["dialog"] + r["process_t0"] - started)
        out.baseline.append(b["window"] + b["process_t0"] - b_started)
        stalls.append(r["longest_stall_s"])
    out.notes["longest_stall_after_dialog_s"] = round(max(stalls), 4)
    return out


def app_start_signed_in(work: Path, scale: data.Scale, repeat: int) -> Outcome:
    """Process start to the main window painted, with the sign-in dialog filled in and
    submitted by the driver the instant it has painted (no person types a password in 0 ms:
    this is the floor of the whole start, scrypt included). The first start of the day also
    makes the day's automatic copy (in the background); it is reported beside the others."""
    ledger = fresh(work, data.loaded_ledger(work, scale), "gui-start.sqlite3")
    env = _env(work, "gui-start")
    out = Outcome()
    first: dict | None = None
    for i in range(max(1, repeat) + 1):
        r, started = _drive(["start", str(ledger)], env)
        b, b_started = _drive(["bare-start"], env)
        if i == 0:
            first = {k: r[k] + r["process_t0"] - started for k in ("dialog", "window", "loaded")}
            continue
        out.ours.append(r["window"] + r["process_t0"] - started)
        out.baseline.append(b["window"] + b["process_t0"] - b_started)
        out.notes.setdefault("to_sign_in_dialog_runs", []).append(
            round(r["dialog"] + r["process_t0"] - started, 4)
        )
        out.notes.setdefault("to_first_screen_loaded_runs", []).append(
            round(r["loaded"] + r["process_t0"] - started, 4)
        )
    assert first is not None
    out.notes["first_start_of_the_day"] = {k: round(v, 4) for k, v in first.items()}
    out.notes["to_sign_in_dialog_s"] = min(out.notes.pop("to_sign_in_dialog_runs"))
    out.notes["to_first_screen_loaded_s"] = min(out.notes.pop("to_first_screen_loaded_runs"))
    return out


CASES = {
    "stores_screen_open": stores_screen_open,
    "stores_search_keystroke": stores_search_keystroke,
    "app_start": app_start,
    "app_start_signed_in": app_start_signed_in,
}
