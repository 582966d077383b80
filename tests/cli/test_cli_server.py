"""A server ledger through the command line as its operator and users meet it: init by the
database's owner, logins, a ledger file migrated in with every count and the audit chain equal
on both sides, a backup of the server ledger that is a working, verifiable ledger file, and
the refusals a person can cause."""

from __future__ import annotations

import json

import pytest

from dealer_app.cli import main

pytestmark = pytest.mark.parametrize("backend", ["pg"], indirect=True)

PW = "secret-pass-1"


@pytest.fixture(scope="module")
def cluster():
    """A server of this module's own: a migrated ledger brings its people's login names
    (admin, hq.finance …), which must be new on the server."""
    from pg_cluster import Cluster, why_unavailable

    reason = why_unavailable()
    if reason:
        pytest.skip(reason)
    c = Cluster().start()
    yield c
    c.stop()


@pytest.fixture
def owner(monkeypatch, cluster, backend):  # noqa: ARG001
    """(owner URL, plain URL) of a new empty database; libpq reads the owner's password."""
    from pg_cluster import SUPERUSER, SUPERUSER_PASSWORD

    su = cluster.superuser_conn()
    su.execute("DROP DATABASE IF EXISTS ledger WITH (FORCE)")
    for (name,) in su.execute(
        "SELECT rolname FROM pg_roles WHERE rolname NOT LIKE 'pg\\_%' AND rolname <> 'postgres'"
        " ORDER BY rolcanlogin DESC"
    ).fetchall():
        su.execute(f'DROP ROLE "{name}"')
    su.execute("CREATE DATABASE ledger")
    su.close()
    url = cluster.url("ledger")
    monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)
    monkeypatch.setenv("DEALER_APP_PASSWORD", PW)
    monkeypatch.setenv("DEALER_APP_NEW_PASSWORD", PW)
    return url.replace("postgresql://", f"postgresql://{SUPERUSER}@"), url


def test_a_demo_ledger_moves_in_with_every_count_and_the_chain_equal(owner, tmp_path, capsys):
    owner_url, url = owner
    demo = tmp_path / "demo.sqlite3"
    assert main(["--db", str(demo), "init", "--demo"]) == 0
    capsys.readouterr()
    assert main(["migrate", str(demo), owner_url, "--admin", "admin", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["source"] == report["dest"]
    assert report["source"]["stores"] > 4000 and report["source"]["performance"] > 50_000
    assert main(["--db", url, "audit", "verify"]) == 0
    capsys.readouterr()
    assert main(["migrate", str(demo), owner_url, "--admin", "admin"]) == 1  # not empty now
    assert "already holds tables" in capsys.readouterr().err


def test_migrate_backup_and_work_on_the_server(owner, tmp_path, capsys, monkeypatch):
    owner_url, url = owner
    src = tmp_path / "office.sqlite3"
    monkeypatch.setenv("DEALER_APP_USER", "boss")
    # a small ledger file whose administrator is "boss" (logins are new on the server)
    from dealer_app.services.context import Context, fixed_clock
    from dealer_app.services.setup import init_ledger, seed  # noqa: F401
    from dealer_app.services.users import add_user
    from dealer_app.storage import users as user_store
    from tests.conftest import DEC_16_2025

    led = init_ledger(src, PW, fixed_clock(DEC_16_2025))
    admin = Context(led, user_store.get(led, "admin"), fixed_clock(DEC_16_2025))
    add_user(admin, "boss", "admin", None, PW)
    add_user(admin, "mgr.hubei", "regional_manager", "CENTRAL", PW)
    add_user(admin, "fin.hq", "hq_finance", None, PW)
    from dealer_app.services.users import set_locked

    boss = Context(led, user_store.get(led, "boss"), fixed_clock(DEC_16_2025))
    set_locked(boss, "admin", True)
    led.close()
    assert main(["--db", str(src), "--user", "boss", "audit", "verify"]) == 0
    capsys.readouterr()
    assert main(["migrate", str(src), owner_url, "--admin", "boss", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["source"] == report["dest"]
    assert report["source"]["users"] == 4 and report["audit_entries"] > 4
    assert sorted(report["without_password"]) == ["fin.hq", "mgr.hubei"]
    # boss signs in with the new password; the others only once it is set for them
    assert main(["--db", url, "audit", "verify"]) == 0
    assert main(["--db", url, "--user", "mgr.hubei", "stores", "list"]) == 1
    assert "Wrong user name or password" in capsys.readouterr().err
    assert main(["--db", url, "user", "passwd", "mgr.hubei"]) == 0
    assert main(["--db", url, "--user", "mgr.hubei", "stores", "list"]) == 0
    assert main(["--db", url, "--user", "admin", "stores", "list"]) == 1  # locked stays off
    # the server ledger's backup is a ledger file that verifies and opens
    copy = tmp_path / "copy.sqlite3"
    capsys.readouterr()
    assert main(["--db", url, "backup", str(copy)]) == 0
    assert main(["--db", str(copy), "--user", "boss", "audit", "verify"]) == 0
    assert main(["--db", url, "audit", "verify", "--against", str(copy)]) == 0
    capsys.readouterr()
    assert main(["--db", str(copy), "--user", "boss", "user", "list", "--json"]) == 0
    people = {u["name"] for u in json.loads(capsys.readouterr().out)}
    assert people == {"admin", "boss", "mgr.hubei", "fin.hq"}
    # a server ledger is not replaced by a file: the refusal says what to do instead
    capsys.readouterr()
    assert main(["--db", url, "restore", str(copy)]) == 1
    err = capsys.readouterr().err
    assert "pg_restore" in err and "Traceback" not in err
    # disabling a login stops it at the server
    assert main(["--db", url, "user", "disable", "mgr.hubei"]) == 0
    assert main(["--db", url, "--user", "mgr.hubei", "stores", "list"]) == 1


def test_init_twice_and_wrong_addresses_are_plain_refusals(owner, capsys, monkeypatch):
    owner_url, url = owner
    assert main(["--db", owner_url, "init", "--admin", "first.admin"]) == 0
    assert main(["--db", owner_url, "init", "--admin", "second.admin"]) == 1
    assert "already holds tables" in capsys.readouterr().err
    monkeypatch.setenv("DEALER_APP_USER", "first.admin")
    monkeypatch.setenv("DEALER_APP_PASSWORD", "wrong")
    assert main(["--db", url, "stores", "list"]) == 1
    assert "Wrong user name or password" in capsys.readouterr().err
    monkeypatch.setenv("DEALER_APP_PASSWORD", PW)
    bad = url.rsplit("/", 1)[0] + "/no_such_db"
    assert main(["--db", bad, "stores", "list"]) == 1
    assert "no database" in capsys.readouterr().err.lower()
    unreachable = "postgresql://127.0.0.1:1/x"
    assert main(["--db", unreachable, "stores", "list"]) == 1
    err = capsys.readouterr().err
    assert "cannot be reached" in err and "Traceback" not in err
    from dealer_app.i18n import set_language

    try:
        assert main(["--lang", "zh_CN", "--db", unreachable, "stores", "list"]) == 1
        assert "无法连接共享账本" in capsys.readouterr().err
    finally:
        set_language("en")  # the language is the process's: later tests read English


def test_upgrade_of_a_current_server_ledger_changes_nothing(owner, capsys):
    from dealer_app.storage import migrations

    owner_url, url = owner
    assert main(["--db", owner_url, "init", "--admin", "first.admin"]) == 0
    capsys.readouterr()
    assert main(["--db", owner_url, "upgrade"]) == 0
    v = migrations.SCHEMA_VERSION
    assert f"schema {v} -> {v}" in capsys.readouterr().err


def test_a_ledger_made_by_the_version_3_program_upgrades(owner, monkeypatch, capsys):
    """A server ledger at every older schema version upgrades: version 3 (the first server
    schema) is made as that program made it, refused by this one, upgraded, then used."""
    from dealer_app.storage import migrations, pg_schema

    owner_url, url = owner
    with monkeypatch.context() as old:
        old.setattr(pg_schema, "MIGRATIONS", {3: pg_schema.p003_initial})
        old.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
        old.setattr(migrations, "SCHEMA_VERSION", 3)
        assert main(["--db", owner_url, "init", "--admin", "first.admin"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("DEALER_APP_USER", "first.admin")
    assert main(["--db", url, "user", "list"]) == 1
    err = capsys.readouterr().err
    now = migrations.SCHEMA_VERSION
    assert f"schema 3; this Dealer Desk needs {now}" in err and "upgrade" in err, err
    assert main(["--db", owner_url, "upgrade"]) == 0
    assert f"schema 3 -> {now}" in capsys.readouterr().err
    assert main(["--db", url, "user", "list"]) == 0
    assert "first.admin" in capsys.readouterr().out
    import psycopg
    from pg_cluster import SUPERUSER, SUPERUSER_PASSWORD

    with psycopg.connect(url, user=SUPERUSER, password=SUPERUSER_PASSWORD) as su:
        versions = [r[0] for r in su.execute("SELECT version FROM schema_migrations ORDER BY 1")]
        assert versions == list(range(3, migrations.SCHEMA_VERSION + 1))
        triggers = {
            r[0]
            for r in su.execute(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass"
            )
        }
        assert "audit_log_notify" in triggers
        assert su.execute("SELECT row_version FROM users").fetchall() == [(1,)]
