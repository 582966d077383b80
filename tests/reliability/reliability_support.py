"""Helpers for the reliability tests: ledgers built once and copied, the command line run for real
in a subprocess, and the checks every test repeats (integrity, audit chain, table digests).

The tests here treat the ledger like a bank's auditor would: they look at the file with plain
`sqlite3`, not only through the application's own code.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

#: The password of every test account (the shared `tests/conftest.py` uses the same one).
PASSWORD = "password1"
#: The day the tests pretend it is: inside YE2025's validity.
DAY = dt.date(2025, 12, 16)
NOW = dt.datetime(2025, 12, 16, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
PYTHON = sys.executable
REPO = Path(__file__).resolve().parents[2]

#: Tables whose rows must never be lost or changed behind the application's back.
CHECKED_TABLES = (
    "regions",
    "partners",
    "stores",
    "performance",
    "policies",
    "subsidies",
    "closures",
    "letters",
    "users",
    "settings",
    "audit_log",
)


# -- building ledgers -----------------------------------------------------------------------------
def build_demo_ledger(path: Path) -> Path:
    """A fresh `init --demo` ledger at `path` (about 5,000 stores, the demo users)."""
    from dealer_app.services.context import fixed_clock
    from dealer_app.services.demo import build_demo
    from dealer_app.services.setup import init_ledger

    ledger = init_ledger(path, PASSWORD, fixed_clock(NOW))
    try:
        build_demo(ledger, PASSWORD)
    finally:
        ledger.close()
    return path


def copy_ledger(src: Path, dest: Path) -> Path:
    """Copy a closed ledger file (no -wal beside it) to `dest`."""
    assert not Path(str(src) + "-wal").exists() or Path(str(src) + "-wal").stat().st_size == 0
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    return dest


def context(ledger, name: str):
    """An in-process Context for user `name`, on the tests' fixed day (no password check)."""
    from dealer_app.services.context import Context, fixed_clock
    from dealer_app.storage import users

    return Context(ledger, users.get(ledger, name), fixed_clock(NOW))


# -- the command line, for real --------------------------------------------------------------------
def cli_env(data_dir: Path, *, user: str | None = None, password: str | None = PASSWORD, **extra):
    env = dict(os.environ)
    for key in ("DEALER_APP_USER", "DEALER_APP_PASSWORD", "DEALER_APP_NEW_PASSWORD"):
        env.pop(key, None)
    env["DEALER_APP_DATA_DIR"] = str(data_dir)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    if password is not None:
        env["DEALER_APP_PASSWORD"] = password
    if user is not None:
        env["DEALER_APP_USER"] = user
    env.update({k: str(v) for k, v in extra.items()})
    return env


def cli_argv(ledger: Path, *args: str | Path) -> list[str]:
    return [PYTHON, "-m", "dealer_app", "--db", str(ledger), *map(str, args)]


def run_cli(
    ledger: Path,
    *args: str | Path,
    data_dir: Path,
    user: str | None = None,
    password: str | None = PASSWORD,
    timeout: float = 120,
    **extra: str,
) -> subprocess.CompletedProcess:
    """Run `dealer-app --db LEDGER ARGS...` as a separate process; returns its exit code and
    output. The password goes through the environment, as HQ scripts pass it."""
    return subprocess.run(
        cli_argv(ledger, *args),
        env=cli_env(data_dir, user=user, password=password, **extra),
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


# -- looking at the file with plain sqlite3 ---------------------------------------------------------
def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return ";".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def verify_chain(path: Path) -> tuple[int, list[str]]:
    """The application's own chain check, run on the file."""
    from dealer_app.storage import audit
    from dealer_app.storage.db import Ledger

    conn = sqlite3.connect(str(path))
    conn.row_factory = sqlite3.Row
    try:
        return audit.verify(Ledger(Path(path), conn))
    finally:
        conn.close()


def scalar(path: Path, sql: str, params: Sequence = ()) -> object:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def _key(table: str) -> str:
    return "store_id, month" if table == "performance" else "rowid"


def _limit_sql(table: str) -> str:
    # performance has no rowid: its rows are told apart by store; the others by rowid
    return "store_id <= ?" if table == "performance" else "rowid <= ?"


def _digest(conn: sqlite3.Connection, table: str, limit: int | None) -> tuple[int, str]:
    """Row count and SHA-256 of every column of the rows up to `limit`, in key order."""
    digest = hashlib.sha256()
    rows = 0
    if limit is not None:
        # A sign-in counts its attempt before the password is checked (a kill may leave it
        # counted): a user's attempt count is bookkeeping, not data an operation may lose.
        columns = [
            r[1]
            for r in conn.execute(f"PRAGMA table_info({table})")
            if (table, r[1]) not in {("users", "failed_attempts"), ("users", "locked_until")}
        ]
        cur = conn.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE {_limit_sql(table)}"
            f" ORDER BY {_key(table)}",
            (limit,),
        )
        while batch := cur.fetchmany(5000):
            digest.update(repr(batch).encode())
            rows += len(batch)
    return rows, digest.hexdigest()


def baseline(path: Path) -> dict[str, dict]:
    """Per table: the row count, the highest key, and a digest of every row that exists now."""
    conn = sqlite3.connect(str(path))
    try:
        out = {}
        for table in CHECKED_TABLES:
            limit_col = "store_id" if table == "performance" else "rowid"
            limit = conn.execute(f"SELECT max({limit_col}) FROM {table}").fetchone()[0]
            rows, digest = _digest(conn, table, limit)
            out[table] = {"rows": rows, "limit": limit, "digest": digest}
        return out
    finally:
        conn.close()


def rows_lost(path: Path, before: dict[str, dict]) -> int:
    """How many rows of `before` (a baseline) are now missing or changed: 0 when every row that
    existed then is byte-for-byte the same (new rows after them are allowed)."""
    conn = sqlite3.connect(str(path))
    try:
        lost = 0
        for table, info in before.items():
            rows, digest = _digest(conn, table, info["limit"])
            if digest != info["digest"]:
                lost += max(1, info["rows"] - rows)
        return lost
    finally:
        conn.close()


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(str(path))
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CHECKED_TABLES}
    finally:
        conn.close()
