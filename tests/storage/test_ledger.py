"""A new ledger: schema, PRAGMAs, seed data exactly as PRODUCT.md states it, the audit chain."""

import json
import sqlite3

import pytest
from english import en

from dealer_app.domain.errors import LedgerUnusable, NotFound
from dealer_app.storage import audit, migrations
from dealer_app.storage.db import open_ledger
from dealer_app.storage.migrations import AUDIT_GUARDS_SQL

TABLES = {
    "regions",
    "partners",
    "stores",
    "performance",
    "policies",
    "subsidies",
    "closures",
    "letters",
    "users",
    "audit_log",
    "settings",
}


@pytest.mark.sqlite_only
def test_new_ledger_has_every_table_and_the_current_schema(ledger):
    names = {r[0] for r in ledger.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert TABLES <= names
    assert ledger.schema_version == migrations.SCHEMA_VERSION


@pytest.mark.sqlite_only
def test_pragmas(ledger):
    assert ledger.query_one("PRAGMA foreign_keys")[0] == 1
    assert ledger.query_one("PRAGMA journal_mode")[0] == "wal"
    assert ledger.query_one("PRAGMA busy_timeout")[0] == 5000


def test_standard_regions(ledger):
    rows = [tuple(r) for r in ledger.query("SELECT code, name_zh FROM regions ORDER BY rowid")]
    assert rows == [
        ("NORTH", "华北"),
        ("NORTHEAST", "东北"),
        ("EAST", "华东"),
        ("CENTRAL", "华中"),
        ("SOUTH", "华南"),
        ("SOUTHWEST", "西南"),
        ("NORTHWEST", "西北"),
    ]


def test_ye2025_seeded_exactly(ledger):
    r = ledger.query_one("SELECT * FROM policies WHERE code = 'YE2025'")
    assert r["version"] == 1 and r["is_current"] == 1
    assert r["kind"] == "lump_sum_by_opening_date"
    assert r["budget"] == 150_000_000
    params = json.loads(r["params"])
    assert params["tiers"] == [
        {"name": "established_by_2024", "start": None, "end": "2024-12-31", "amount": 100000},
        {"name": "new_in_2025", "start": "2025-01-01", "end": "2025-12-14", "amount": 500000},
    ]
    assert params["store_types"] == ["car_integration_store", "delivery_center"]


@pytest.mark.sqlite_only
def test_admin_has_only_a_salted_slow_hash(ledger):
    r = ledger.query_one("SELECT role, password_hash FROM users WHERE name = 'admin'")
    assert r["role"] == "admin"
    assert r["password_hash"].startswith("scrypt$16384$8$1$")
    assert "password1" not in r["password_hash"]


@pytest.mark.sqlite_only
def test_one_live_subsidy_per_store_and_policy_is_a_database_rule(ledger, add_store):
    store = add_store(
        "S1",
        None,
        status=__import__("dealer_app.domain.models", fromlist=["x"]).StoreStatus.PLANNED,
    )
    pid = ledger.query_one("SELECT id FROM policies")[0]
    sql = (
        "INSERT INTO subsidies (store_id, policy_id, policy_code, policy_version, params_snapshot,"
        " amount, status, proposed_by, proposed_at) VALUES (?, ?, 'YE2025', 1, '{}', 1, ?, 'x', 'now')"
    )
    ledger.execute(sql, (store.id, pid, "rejected"))
    ledger.execute(sql, (store.id, pid, "proposed"))
    with pytest.raises(sqlite3.IntegrityError):
        ledger.execute(sql, (store.id, pid, "approved"))


@pytest.mark.sqlite_only
def test_audit_log_is_append_only_through_sqlite(ledger):
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        ledger.execute("UPDATE audit_log SET user = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        ledger.execute("DELETE FROM audit_log")


@pytest.mark.sqlite_only
def test_audit_chain_verifies_and_detects_an_edit(ledger):
    with ledger.atomic():
        for i in range(3):
            audit.append(
                ledger,
                at="2025-12-16T10:00:00",
                user="u",
                action="t.x",
                entity="e",
                entity_id=i,
                data={"i": i},
            )
    count, problems = audit.verify(ledger)
    assert (count, problems) == (4, [])
    ledger.execute("DROP TRIGGER audit_log_no_update")
    ledger.execute("UPDATE audit_log SET data = '{\"i\":9}' WHERE id = 3")
    count, problems = audit.verify(ledger)
    assert en(problems) == [
        "the triggers that keep the audit log append-only are gone (audit_log_no_update):"
        " someone changed the ledger file outside Dealer Desk, and the log may have been"
        " rewritten",
        "entry 3 (t.x) was altered after it was written",
    ]
    ledger.conn.executescript(AUDIT_GUARDS_SQL)
    assert en(audit.verify(ledger)[1]) == ["entry 3 (t.x) was altered after it was written"]


@pytest.mark.sqlite_only
def test_audit_detects_deleted_tail(ledger):
    with ledger.atomic():
        audit.append(ledger, at="t", user="u", action="a", entity="e", entity_id=1)
    ledger.execute("DROP TRIGGER audit_log_no_delete")
    ledger.execute("DELETE FROM audit_log WHERE id = 2")
    ledger.conn.executescript(AUDIT_GUARDS_SQL)
    _, problems = audit.verify(ledger)
    assert en(problems) == ["entries 2 to 2 are missing at the end of the log (deleted)"]


def test_atomic_rolls_back_everything_on_error(ledger):
    before = ledger.query_one("SELECT count(*) FROM audit_log")[0]
    with pytest.raises(RuntimeError), ledger.atomic():
        audit.append(ledger, at="t", user="admin", action="a", entity="e", entity_id=1)
        raise RuntimeError("boom")
    assert ledger.query_one("SELECT count(*) FROM audit_log")[0] == before


def test_missing_ledger_is_not_created_by_accident(tmp_path):
    with pytest.raises(NotFound, match="There is no ledger at"):
        open_ledger(tmp_path / "nope.sqlite3")
    assert not (tmp_path / "nope.sqlite3").exists()


def test_foreign_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"hello, this is not a database" * 10)
    with pytest.raises(LedgerUnusable, match="not a Dealer Desk ledger"):
        open_ledger(path)
    assert path.read_bytes() == b"hello, this is not a database" * 10


@pytest.mark.sqlite_only
def test_newer_schema_is_refused(ledger_path, ledger):
    ledger.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    ledger.close()
    with pytest.raises(LedgerUnusable, match="newer Dealer Desk"):
        open_ledger(ledger_path)


@pytest.mark.sqlite_only
def test_the_live_subsidy_lookup_uses_the_one_live_index(ledger):
    """The status list the workflow table gives storage is the partial index's own, term for
    term: otherwise SQLite scans every subsidy for each proposal (quadratic bulk proposals)."""
    from dealer_app.storage import subsidies

    plan = ledger.query(
        "EXPLAIN QUERY PLAN "
        + subsidies.SELECT
        + f" WHERE x.store_id = ? AND x.policy_code = ? AND x.status IN {subsidies.LIVE}",
        (1, "YE2025"),
    )
    details = " ".join(r["detail"] for r in plan)
    assert "subsidies_one_live" in details, details
