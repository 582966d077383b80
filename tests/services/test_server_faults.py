"""A server ledger when the server goes away: what was under way is rolled back and said
plainly; the program reconnects by itself when the server is back; an older program is
refused with both versions named."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from dealer_app.domain.errors import LedgerUnreachable, LedgerUnusable
from dealer_app.services import subsidies

pytestmark = pytest.mark.parametrize("backend", ["pg"], indirect=True)


def test_a_connection_cut_mid_action_loses_nothing_and_the_next_action_reconnects(
    ledger, make_user, add_store, pg_server
):
    add_store("S1", dt.date(2024, 6, 1))
    add_store("S2", dt.date(2024, 6, 1))
    mgr = make_user("mgr.central", "regional_manager", "CENTRAL")
    from dealer_app.storage import audit as audit_store

    count = ledger.query_one("SELECT count(*) FROM audit_log")[0]
    before = len(subsidies.list_subsidies(mgr))
    with pytest.raises(LedgerUnreachable) as info:
        with mgr.ledger.atomic():
            audit_store.append(
                mgr.ledger,
                at="2025-12-16T10:00:00",
                user="mgr.central",
                action="x.y",
                entity="x",
                entity_id="1",
            )
            pid = mgr.ledger.query_one("SELECT pg_backend_pid()")[0]
            with psycopg.connect(
                ledger.test_servers.url, user="postgres", password=_su(), autocommit=True
            ) as su:
                su.execute("SELECT pg_terminate_backend(%s)", (pid,))
            mgr.ledger.query_one("SELECT 1")
    assert "connection" in info.value.message.lower()
    # nothing of it was kept, and the next action simply works (a new connection)
    assert len(subsidies.list_subsidies(mgr)) == before
    assert ledger.query_one("SELECT count(*) FROM audit_log")[0] == count
    sid = subsidies.propose(mgr, "YE2025", "S2")
    assert subsidies.get(mgr, sid).store_code == "S2"


def test_a_server_restart_is_invisible_to_the_next_action(ledger, make_user, add_store, pg_server):
    add_store("S1", dt.date(2024, 6, 1))
    mgr = make_user("mgr.central", "regional_manager", "CENTRAL")
    pg_server.restart()
    sid = subsidies.propose(mgr, "YE2025", "S1")  # reconnects by itself
    assert subsidies.get(mgr, sid).status.value == "proposed"


def test_an_older_program_refuses_a_newer_server_ledger(ledger):
    from dealer_app.storage import migrations
    from dealer_app.storage.pg import open_server

    with psycopg.connect(
        ledger.test_servers.url, user="postgres", password=_su(), autocommit=True
    ) as su:
        su.execute(
            "INSERT INTO schema_migrations (version) VALUES (%s)", (migrations.SCHEMA_VERSION + 1,)
        )
    with pytest.raises(LedgerUnusable) as info:
        open_server(ledger.test_servers.url, "admin", "password1")
    assert info.value.code == "ledger.newer"
    text = info.value.message
    assert str(migrations.SCHEMA_VERSION + 1) in text and str(migrations.SCHEMA_VERSION) in text


def _su() -> str:
    from pg_cluster import SUPERUSER_PASSWORD

    return SUPERUSER_PASSWORD
