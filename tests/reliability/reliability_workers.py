"""Work done in another process by the reliability tests: killed with SIGKILL, raced against
each other, or writing while a backup runs.

Run as `python reliability_workers.py OPERATION LEDGER [ARGS...]`. A worker prints `STARTED` (and
flushes) just before the operation's write transaction can begin and `DONE ...` after it returns,
so the test can tell a kill that landed inside the operation from one before or after it.
Functions named `race_*` are multiprocessing targets.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def propose_many(ledger_path: str, user: str, policy: str, codes_file: str) -> None:
    """One bulk proposal (one transaction) for every store code listed in `codes_file`."""
    from reliability_support import context

    from dealer_app.services.subsidies import propose_many as bulk
    from dealer_app.storage.db import open_ledger

    codes = Path(codes_file).read_text().split()
    ledger = open_ledger(ledger_path)
    ctx = context(ledger, user)
    _say("STARTED")
    result = bulk(ctx, policy, codes)
    _say(f"DONE {len(result.done)} {len(result.refused)}")
    ledger.close()


def propose_loop(ledger_path: str, user: str, policy: str, codes_file: str) -> None:
    """One proposal per transaction, as fast as possible: a steady writer. Prints each id."""
    from reliability_support import context

    from dealer_app.domain.errors import LedgerBusy
    from dealer_app.services.subsidies import propose
    from dealer_app.storage.db import open_ledger

    codes = Path(codes_file).read_text().split()
    ledger = open_ledger(ledger_path)
    ctx = context(ledger, user)
    _say("STARTED")
    done = busy = 0
    for code in codes:
        try:
            sid = propose(ctx, policy, code)
        except LedgerBusy:
            busy += 1
            continue
        done += 1
        _say(f"ID {sid} {code}")
    _say(f"DONE {done} {busy}")
    ledger.close()


def letters_batch(
    ledger_path: str, user: str, policy: str, out_dir: str, region: str = "", workers: str = "2"
) -> None:
    """A batch of payout letters through the letters service (one region, or all), rendered in
    `workers` processes as the application does (1: in this process)."""
    from reliability_support import context

    from dealer_app.services import letters
    from dealer_app.storage.db import open_ledger

    ledger = open_ledger(ledger_path)
    ctx = context(ledger, user)
    _say("STARTED")
    result = letters.generate_to_folder(
        ctx, policy, Path(out_dir), region=region or None, single_pdf=False, workers=int(workers)
    )
    _say("DONE " + json.dumps(result.as_dict(), default=str)[:200])
    ledger.close()


def hold_write_lock(ledger_path: str, seconds: str) -> None:
    """Take the write lock (BEGIN IMMEDIATE) and keep it for `seconds`, like a long import."""
    from dealer_app.storage.db import open_ledger

    ledger = open_ledger(ledger_path)
    with ledger.atomic():
        _say("LOCKED")
        time.sleep(float(seconds))
    _say("RELEASED")
    ledger.close()


# -- multiprocessing targets ---------------------------------------------------------------------
def race_approve(ledger_path: str, user: str, subsidy_id: int, barrier, results) -> None:
    """Wait for every racer at the barrier, then approve one subsidy; report the outcome."""
    from reliability_support import context

    from dealer_app.domain.errors import DealerError
    from dealer_app.services.subsidies import approve
    from dealer_app.storage.db import open_ledger

    ledger = open_ledger(ledger_path)
    ctx = context(ledger, user)
    barrier.wait(timeout=60)
    try:
        approve(ctx, subsidy_id)
        results.put((subsidy_id, "approved", ""))
    except DealerError as exc:
        results.put((subsidy_id, type(exc).__name__, exc.message))
    except Exception as exc:  # noqa: BLE001 - reported to the test, which fails on it
        results.put((subsidy_id, "BUG:" + type(exc).__name__, str(exc)))
    finally:
        ledger.close()


def race_writer(ledger_path: str, user: str, codes: list[str], barrier, results) -> None:
    """Start with the others, then propose for each code in its own transaction."""
    from reliability_support import context

    from dealer_app.domain.errors import DealerError, LedgerBusy
    from dealer_app.services.subsidies import propose
    from dealer_app.storage.db import open_ledger

    ledger = open_ledger(ledger_path)
    ctx = context(ledger, user)
    barrier.wait(timeout=60)
    out = []
    for code in codes:
        try:
            out.append((code, "ok", propose(ctx, "YE2025", code)))
        except LedgerBusy as exc:
            out.append((code, "busy", exc.message))
        except DealerError as exc:
            out.append((code, type(exc).__name__, exc.message))
        except Exception as exc:  # noqa: BLE001
            out.append((code, "BUG:" + type(exc).__name__, str(exc)))
    ledger.close()
    results.put((user, out))


def race_backup(ledger_path: str, dest: str, barrier, results) -> None:
    """Several programs making the same automatic backup at the same moment."""
    from dealer_app.storage.db import backup_to, open_ledger

    ledger = open_ledger(ledger_path)
    barrier.wait(timeout=60)
    try:
        backup_to(ledger, Path(dest))
        results.put("ok")
    except Exception as exc:  # noqa: BLE001
        results.put(f"{type(exc).__name__}: {exc}")
    finally:
        ledger.close()


if __name__ == "__main__":
    operation, *args = sys.argv[1:]
    globals()[operation](*args)
