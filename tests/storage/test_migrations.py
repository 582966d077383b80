"""Promise 5: a ledger of every earlier schema version opens and upgrades, with a backup first;
a migration that fails half-way leaves the ledger exactly as it was.

Every `tests/fixtures/ledger_v<N>.sqlite3` (made by `tests/fixtures/make_fixtures.py` when version
N shipped) is copied, opened with today's code, and compared with a ledger created today: same
tables, columns, indexes and triggers; the same data as its manifest `ledger_v<N>.json`; an audit
chain that verifies. Failing and killed migrations are simulated by adding a step to MIGRATIONS.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from dealer_app.domain.errors import LedgerUnusable
from dealer_app.services import backup as backup_service
from dealer_app.services import subsidies
from dealer_app.services.setup import init_ledger
from dealer_app.services.users import sign_in
from dealer_app.storage import audit, migrations
from dealer_app.storage.db import open_ledger

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LEDGERS = sorted(FIXTURES.glob("ledger_v*.sqlite3"), key=lambda p: int(p.stem[len("ledger_v") :]))
PASSWORD = "password1"


def _version_of(fixture: Path) -> int:
    return int(fixture.stem[len("ledger_v") :])


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _schema(path: Path) -> dict:
    """Tables with their columns, indexes and triggers, as SQLite reports them."""
    conn = sqlite3.connect(str(path))
    try:
        out: dict = {"tables": {}, "indexes": {}, "triggers": {}}
        for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ):
            if kind == "table":
                out["tables"][name] = [
                    tuple(c) for c in conn.execute(f"PRAGMA table_xinfo({name})").fetchall()
                ]
            elif kind == "index":
                cols = [tuple(c) for c in conn.execute(f"PRAGMA index_xinfo({name})").fetchall()]
                where = re.sub(r"\s+", " ", sql.split(" WHERE ", 1)[1]) if " WHERE " in sql else ""
                out["indexes"][name] = (table, cols, where)
            elif kind == "trigger":
                out["triggers"][name] = (table, re.sub(r"\s+", " ", sql))
        return out
    finally:
        conn.close()


@pytest.fixture(scope="module")
def fresh_schema(tmp_path_factory: pytest.TempPathFactory) -> dict:
    path = tmp_path_factory.mktemp("fresh") / "ledger.sqlite3"
    init_ledger(path, PASSWORD).close()
    return _schema(path)


def _copy(fixture: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "ledger.sqlite3"
    shutil.copyfile(fixture, dest)
    return dest


# -- the fixtures themselves -------------------------------------------------------------------
def test_there_is_a_fixture_for_every_schema_version():
    """Shipping m00N means shipping tests/fixtures/ledger_vN.sqlite3 (make_fixtures.py)."""
    assert [_version_of(p) for p in LEDGERS] == list(range(1, migrations.SCHEMA_VERSION + 1))
    for p in LEDGERS:
        assert p.with_suffix(".json").exists(), f"{p.name} has no manifest"


def test_migrations_are_numbered_in_order():
    for i, fn in enumerate(migrations.MIGRATIONS, 1):
        assert fn.__name__.startswith(f"m{i:03d}_"), fn.__name__
    assert migrations.SCHEMA_VERSION == len(migrations.MIGRATIONS)
    assert migrations.pending(0) == list(enumerate(migrations.MIGRATIONS, 1))
    assert migrations.pending(migrations.SCHEMA_VERSION) == []


@pytest.mark.parametrize("fixture", LEDGERS, ids=[p.name for p in LEDGERS])
def test_fixture_ledger_upgrades_to_the_current_schema(tmp_path, fixture, fresh_schema):
    expected = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    path = _copy(fixture, tmp_path)
    assert sqlite3.connect(str(path)).execute("PRAGMA user_version").fetchone()[0] == _version_of(
        fixture
    )
    ledger = open_ledger(path)
    try:
        assert ledger.schema_version == migrations.SCHEMA_VERSION
        assert ledger.query("PRAGMA foreign_key_check") == []
        assert ledger.query_one("PRAGMA integrity_check")[0] == "ok"
        count, problems = audit.verify(ledger)
        assert problems == []
        head_id, head_hash = expected["audit"]["head"]
        row = ledger.query_one("SELECT hash FROM audit_log WHERE id = ?", (head_id,))
        assert row["hash"] == head_hash  # the chain written then is still the chain now
        assert count >= expected["audit"]["entries"]
        # The services of today read the old data.
        hq = sign_in(ledger, "hq.finance", PASSWORD)
        subs = subsidies.list_subsidies(hq)
        assert [
            [
                s.id,
                s.store_code,
                s.policy_code,
                s.policy_version,
                s.amount,
                s.status.value,
                s.proposed_by,
                s.approved_by,
                s.comment,
                s.payment_reference,
            ]
            for s in subs
        ] == expected["subsidies"]
        budget = subsidies.budget_status(hq, "YE2025")
        assert budget.committed == sum(
            s[4] for s in expected["subsidies"] if s[5] in ("approved", "paid")
        )
    finally:
        ledger.close()
    assert _schema(path) == fresh_schema
    conn = sqlite3.connect(str(path))
    try:
        q = conn.execute
        for table, n in expected["counts"].items():
            if table != "audit_log":
                assert q(f"SELECT count(*) FROM {table}").fetchone()[0] == n, table
        assert [
            list(r)
            for r in q(
                "SELECT code, name, region, store_type, established_on, status, closed_on"
                " FROM stores ORDER BY code"
            )
        ] == expected["stores"]
        assert [
            list(r) for r in q("SELECT name, role, region, locked FROM users ORDER BY name")
        ] == expected["users"]
        assert [
            list(r) for r in q("SELECT code, version, budget, is_current FROM policies ORDER BY id")
        ] == expected["policies"]
        assert [
            list(r) for r in q("SELECT number, subsidy_id, print_count FROM letters ORDER BY id")
        ] == expected["letters"]
        assert (
            list(
                q(
                    "SELECT count(*), sum(vehicles_delivered), sum(revenue), sum(net_profit)"
                    " FROM performance"
                ).fetchone()
            )
            == expected["performance"]
        )
    finally:
        conn.close()
    if _version_of(fixture) < migrations.SCHEMA_VERSION:
        saved = (
            tmp_path / "ledger-backups" / f"ledger-before-schema-{_version_of(fixture) + 1}.sqlite3"
        )
        assert backup_service.check_backup(saved).schema_version == _version_of(fixture)


def test_version_1_letters_of_cancelled_subsidies_become_void(tmp_path):
    """m002: a letter whose subsidy was cancelled or rejected is void from the upgrade on, named
    by who decided it and when; numbers carry their year; policies get a name per language."""
    path = _copy(LEDGERS[0], tmp_path)
    conn = sqlite3.connect(str(path))
    with conn:  # a letter of version 1 whose subsidy was then cancelled
        sub = conn.execute("SELECT id FROM subsidies WHERE status = 'approved'").fetchone()[0]
        conn.execute(
            "INSERT INTO letters (number, subsidy_id, policy_code, region, seq, snapshot, digest,"
            " created_at, created_by) VALUES ('YE2025-CENTRAL-000002', ?, 'YE2025', 'CENTRAL', 2,"
            " '{}', ?, '2025-12-16T10:00:00+08:00', 'hq.finance')",
            (sub, "0" * 64),
        )
        conn.execute(
            "UPDATE subsidies SET status = 'cancelled', decided_by = 'hq.finance2',"
            " decided_at = '2025-12-17T09:30:00+08:00' WHERE id = ?",
            (sub,),
        )
    conn.close()
    ledger = open_ledger(path)
    try:
        rows = ledger.query(
            "SELECT number, year, status, voided_by, voided_at FROM letters ORDER BY id"
        )
        assert [tuple(r) for r in rows] == [
            ("YE2025-CENTRAL-000001", 2025, "issued", None, None),
            ("YE2025-CENTRAL-000002", 2025, "void", "hq.finance2", "2025-12-17T09:30:00+08:00"),
        ]
        names = ledger.query("SELECT name_zh, name_en FROM policies ORDER BY id")
        assert [tuple(r) for r in names][-1] == (
            "2025年度经销商年终补贴",
            "2025 year-end dealer subsidy",
        )
    finally:
        ledger.close()


# -- simulated next versions -------------------------------------------------------------------
def m002_store_notes(conn: sqlite3.Connection) -> None:
    migrations.run_script(
        conn,
        """
        ALTER TABLE stores ADD COLUMN note TEXT NOT NULL DEFAULT '';
        CREATE INDEX stores_note ON stores(note) WHERE note <> '';
        UPDATE stores SET note = 'migrated' WHERE status = 'closed';
        """,
    )


def m002_fails_half_way(conn: sqlite3.Connection) -> None:
    m002_store_notes(conn)
    conn.execute("CREATE TABLE payouts (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL)")
    conn.execute("INSERT INTO payouts (amount) SELECT amount FROM subsidies")
    conn.execute("DELETE FROM performance")
    conn.execute("INSERT INTO payouts (amount) VALUES (NULL)")  # NOT NULL: the step fails here


def m003_fails(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE m003_table (x)")
    raise sqlite3.IntegrityError("CHECK constraint failed: m003")


def _with_steps(monkeypatch: pytest.MonkeyPatch, *steps) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS[:1], *steps))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 1 + len(steps))


def _table_rows(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(str(path))
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        order = {"performance": "store_id, month"}
        return {
            n: conn.execute(f"SELECT * FROM {n} ORDER BY {order.get(n, 'rowid')}").fetchall()
            for n in names
        }
    finally:
        conn.close()


def test_a_new_migration_runs_after_a_backup_of_the_old_ledger(tmp_path, monkeypatch):
    path = _copy(LEDGERS[0], tmp_path)
    old_rows = _table_rows(path)
    _with_steps(monkeypatch, m002_store_notes)
    ledger = open_ledger(path)
    try:
        assert ledger.schema_version == 2
        notes = dict(ledger.query("SELECT code, note FROM stores"))
        assert notes["RT0001"] == "migrated" and notes["CS0001"] == ""
        assert audit.verify(ledger)[1] == []
    finally:
        ledger.close()
    saved = tmp_path / "ledger-backups" / "ledger-before-schema-2.sqlite3"
    assert backup_service.check_backup(saved).schema_version == 1
    assert _table_rows(saved) == old_rows  # the copy is the ledger as it was before
    # Opening again does not migrate (or back up) twice.
    open_ledger(path).close()
    assert [p.name for p in (tmp_path / "ledger-backups").iterdir()] == [saved.name]


def test_a_migration_failing_half_way_leaves_the_ledger_unchanged(tmp_path, monkeypatch):
    path = _copy(LEDGERS[0], tmp_path)
    before = _sha(path)
    _with_steps(monkeypatch, m002_fails_half_way)
    with pytest.raises(LedgerUnusable) as info:
        open_ledger(path)
    assert info.value.code == "ledger.migration_failed"
    assert "from schema 1 to schema 2 failed" in info.value.message
    assert "stays at schema 1" in info.value.message
    saved = tmp_path / "ledger-backups" / "ledger-before-schema-2.sqlite3"
    assert str(saved) in info.value.message
    assert _sha(path) == before  # byte for byte
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0
    assert backup_service.check_backup(saved).schema_version == 1
    monkeypatch.undo()
    ledger = open_ledger(path)  # and today's version still opens it (and upgrades it)
    try:
        assert ledger.schema_version == migrations.SCHEMA_VERSION
        assert ledger.query_one("SELECT count(*) FROM performance")[0] == 48
        assert audit.verify(ledger)[1] == []
    finally:
        ledger.close()


def test_a_failing_second_step_keeps_the_first(tmp_path, monkeypatch):
    path = _copy(LEDGERS[0], tmp_path)
    _with_steps(monkeypatch, m002_store_notes, m003_fails)
    with pytest.raises(LedgerUnusable, match="from schema 2 to schema 3 failed") as info:
        open_ledger(path)
    assert "stays at schema 2" in info.value.message
    conn = sqlite3.connect(str(path))
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "m003_table" not in tables and "stores_note" in tables
    finally:
        conn.close()


def test_a_bug_in_a_migration_is_not_reported_as_a_damaged_ledger(tmp_path, monkeypatch):
    def m002_bug(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE stores ADD COLUMN note TEXT")
        raise KeyError("a bug")

    path = _copy(LEDGERS[0], tmp_path)
    before = _sha(path)
    _with_steps(monkeypatch, m002_bug)
    with pytest.raises(KeyError):
        open_ledger(path)
    assert _sha(path) == before


KILLED_MIGRATION = textwrap.dedent(
    """
    import sqlite3, sys
    from dealer_app.storage import migrations
    from dealer_app.storage.db import open_ledger

    def m002_slow(conn):
        conn.execute("CREATE TABLE big (id INTEGER PRIMARY KEY, payload TEXT)")
        print("STARTED", flush=True)
        for i in range(10_000_000):
            conn.execute("INSERT INTO big (payload) VALUES (?)", ("x" * 200,))

    migrations.MIGRATIONS = (migrations.MIGRATIONS[0], m002_slow)
    migrations.SCHEMA_VERSION = 2
    open_ledger(sys.argv[1])
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("delay", [0.0, 0.05, 0.3])
def test_a_migration_killed_with_sigkill_leaves_the_old_version(tmp_path, delay):
    """kill -9 in the middle of an upgrade: the next start finds schema 1 and all its data."""
    path = _copy(LEDGERS[0], tmp_path)
    old_rows = _table_rows(path)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_MIGRATION, str(path)],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "STARTED"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(str(path))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert "big" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert _table_rows(path) == old_rows
    ledger = open_ledger(path)
    try:
        assert ledger.schema_version == migrations.SCHEMA_VERSION
        assert audit.verify(ledger)[1] == []
    finally:
        ledger.close()
