"""The attacker suite: each person of a server ledger connects with psycopg, with their own login
and password, and tries in SQL what the program would never do. Every attempt must be refused
or have no effect. The suite prints a table of role x attack -> outcome and fails on any
success (docs/reliability.md has the table).

The threat is an authenticated user acting in bad faith with a SQL client; the ledger is the
one the services built (a proposal per region, one approved and paid, a letter issued)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import psycopg
import pytest

from dealer_app.domain.banking import BankDetails
from dealer_app.domain.models import Store, StoreStatus, StoreType
from dealer_app.services import banking, letters, partners, payments, subsidies
from dealer_app.services.stores import save_store
from tests.conftest import PASSWORD

pytestmark = pytest.mark.parametrize("backend", ["pg"], indirect=True)

PEOPLE = {
    "mgr.north": ("regional_manager", "NORTH"),
    "mgr.north2": ("regional_manager", "NORTH"),
    "mgr.south": ("regional_manager", "SOUTH"),
    "hq.finance": ("hq_finance", None),
    "hq.finance2": ("hq_finance", None),
    "audit.one": ("auditor", None),
}
ROLES = {"mgr.north": "regional_manager", "hq.finance": "hq_finance", "admin": "admin"}


@dataclass
class World:
    url: str
    ids: dict[str, int]
    prefix: str

    def connect(self, login: str) -> psycopg.Connection:
        return psycopg.connect(self.url, user=login, password=PASSWORD, autocommit=True)


@pytest.fixture
def world(ledger, admin, make_user, request) -> World:
    def restore_admin() -> None:  # the template's admin serves every later test of this process
        from psycopg import sql as pgsql

        from dealer_app.storage.pg import scram_verifier

        with psycopg.connect(
            ledger.test_servers.url, user="postgres", password=_su_password(), autocommit=True
        ) as su:
            su.execute(
                pgsql.SQL("ALTER ROLE admin LOGIN PASSWORD {}").format(
                    pgsql.Literal(scram_verifier(PASSWORD))
                )
            )

    request.addfinalizer(restore_admin)
    ctx = {name: make_user(name, role, region) for name, (role, region) in PEOPLE.items()}

    def store(code: str, region: str, partner: str, who: str) -> Store:
        return save_store(
            ctx[who],
            Store(
                code,
                f"门店{code}",
                partner,
                region,
                "省",
                "市",
                StoreType.CAR_INTEGRATION_STORE,
                dt.date(2024, 6, 1),
                StoreStatus.OPEN,
            ),
            new=True,
        )

    store("N1", "NORTH", "北方独家经销商有限公司", "mgr.north")
    store("N2", "NORTH", "南北共有经销商有限公司", "mgr.north")
    store("N3", "NORTH", "北方独家经销商有限公司", "mgr.north")
    store("S1", "SOUTH", "南北共有经销商有限公司", "mgr.south")
    store("N4", "NORTH", "北方独家经销商有限公司", "mgr.north")
    north = subsidies.propose(ctx["mgr.north"], "YE2025", "N1")
    south = subsidies.propose(ctx["mgr.south"], "YE2025", "S1")
    approved = subsidies.propose(ctx["mgr.north"], "YE2025", "N2")
    subsidies.approve(ctx["mgr.north2"], approved)
    paid = subsidies.propose(ctx["mgr.north"], "YE2025", "N3")
    subsidies.approve(ctx["mgr.north2"], paid)
    subsidies.pay(ctx["hq.finance"], paid, "REF-1")
    letters.issue_letters(ctx["hq.finance"], [approved])
    hq_own = subsidies.propose(ctx["hq.finance"], "YE2025", "N4")
    # Money out: the shared partner's details confirmed and a released batch of `approved`;
    # the north partner's details confirmed, a draft batch of another approved subsidy, and a
    # change of its details awaiting confirmation.
    store("N5", "NORTH", "北方独家经销商有限公司", "mgr.north")
    approved2 = subsidies.propose(ctx["mgr.north"], "YE2025", "N5")
    subsidies.approve(ctx["mgr.north2"], approved2)
    details = BankDetails("招商银行", "招商银行北京分行", "308100005019", "6225 0000 0000 0001", "")
    for code, name in (("S1", "南北共有经销商有限公司"), ("N1", "北方独家经销商有限公司")):
        pid = partners.get_partner(ctx["hq.finance"], code).id
        change = banking.request_change(ctx["hq.finance"], pid, dataclasses.replace(
            details, account_name=name))  # fmt: skip
        banking.confirm(ctx["hq.finance2"], change.id)
    released = payments.create_batch(ctx["hq.finance"], ids=[approved]).batch
    payments.release(ctx["hq.finance2"], released.number, acknowledge=True)
    draft = payments.create_batch(ctx["hq.finance"], ids=[approved2]).batch
    store("N6", "NORTH", "北方独家经销商有限公司", "mgr.north")
    approved3 = subsidies.propose(ctx["mgr.north"], "YE2025", "N6")
    subsidies.approve(ctx["mgr.north2"], approved3)
    other_draft = payments.create_batch(ctx["hq.finance2"], ids=[approved3]).batch
    north_partner = partners.get_partner(ctx["hq.finance"], "N1").id
    pending = banking.request_change(
        ctx["hq.finance"], north_partner, BankDetails(account="6225 0000 0000 0002")
    )
    ids = {"north": north, "south": south, "approved": approved, "paid": paid}
    ids |= {"approved2": approved2, "batch_released": released.id, "batch_draft": draft.id,
            "batch_other": other_draft.id,
            "north_partner": north_partner, "pending_change": pending.id}  # fmt: skip
    ids["own.mgr.north"], ids["own.hq.finance"], ids["own.admin"] = north, hq_own, north
    ids["own.audit.one"] = north
    with ledger.snapshot():
        ids["N1"] = ledger.query_one("SELECT id FROM stores WHERE code = 'N1'")[0]
        ids["S1"] = ledger.query_one("SELECT id FROM stores WHERE code = 'S1'")[0]
        ids["policy"] = ledger.query_one("SELECT id FROM policies")[0]
        ids["letter"] = ledger.query_one("SELECT id FROM letters")[0]
        ids["shared_partner"] = ledger.query_one("SELECT partner_id FROM stores WHERE code = 'S1'")[
            0
        ]
        prefix = ledger.query_one("SELECT value FROM server_info WHERE key = 'role.owner'")[0]
    return World(ledger.test_servers.url, ids, prefix[: -len("_owner")])


def snapshot(world: World) -> list:
    """Everything an attack could change, read as the owner would (the superuser)."""
    from tests.conftest import PgLedgers  # noqa: F401 - the cluster is this test process's

    with psycopg.connect(world.url, user="postgres", password=_su_password()) as conn:
        out = []
        for table in (
            "stores",
            "partners",
            "performance",
            "policies",
            "policy_quotas",
            "subsidies",
            "closures",
            "letters",
            "users",
            "settings",
            "bank_changes",
            "payment_batches",
            "payment_lines",
            "bank_results",
            "voucher_exports",
            "audit_log",
        ):
            out.append((table, conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()))
        out.append(
            (
                "roles",
                conn.execute(
                    "SELECT rolname, rolcanlogin, rolsuper, rolcreaterole, rolpassword FROM pg_authid"
                    " ORDER BY 1"
                ).fetchall(),
            )
        )
        out.append(
            (
                "members",
                conn.execute(
                    "SELECT roleid::regrole::text, member::regrole::text FROM pg_auth_members ORDER BY 1, 2"
                ).fetchall(),
            )
        )
        out.append(
            (
                "objects",
                conn.execute(
                    "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n"
                    " ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog',"
                    " 'information_schema', 'pg_toast') ORDER BY 1, 2"
                ).fetchall(),
            )
        )
        out.append(
            (
                "functions",
                conn.execute(
                    "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n"
                    " ON n.oid = p.pronamespace WHERE n.nspname NOT IN ('pg_catalog',"
                    " 'information_schema') ORDER BY 1"
                ).fetchall(),
            )
        )
        out.append(
            (
                "triggers",
                conn.execute(
                    "SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1"
                ).fetchall(),
            )
        )
    return out


def _su_password() -> str:
    from pg_cluster import SUPERUSER_PASSWORD

    return SUPERUSER_PASSWORD


# --- the attacks: (name, SQL or a function of the world) -----------------------------------------
Attack = Callable[[World, psycopg.Connection], None]


def sql(*statements: str) -> Attack:
    def run(world: World, conn: psycopg.Connection) -> None:
        own = world.ids[f"own.{conn.info.user}"]
        for s in statements:
            conn.execute(s.format(**world.ids, own=own, prefix=world.prefix))

    return run


ATTACKS: dict[str, Attack] = {
    "read another region's stores": sql("SELECT_REGION_CHECK"),
    "approve own proposal": sql(
        "UPDATE subsidies SET status = 'approved', decided_by = session_user,"
        " decided_at = 'now' WHERE id = {own}"
    ),
    "approve without an audit entry": sql(
        "UPDATE subsidies SET status = 'approved', decided_by = session_user,"
        " decided_at = 'now' WHERE id = {south}"
    ),
    "approve in a colleague's name": sql(
        "UPDATE subsidies SET status = 'approved', decided_by = 'mgr.north2',"
        " decided_at = 'now' WHERE id = {own}"
    ),
    "propose in a colleague's name": sql(
        "INSERT INTO subsidies (store_id, policy_id, policy_code, policy_version,"
        " params_snapshot, amount, status, proposed_by, proposed_at) VALUES"
        " ({N1}, {policy}, 'YE2025X', 1, '{{}}', 100, 'proposed', 'mgr.north2', 'now')"
    ),
    "insert an approved subsidy": sql(
        "INSERT INTO subsidies (store_id, policy_id, policy_code, policy_version,"
        " params_snapshot, amount, status, proposed_by, proposed_at, decided_by) VALUES"
        " ({N1}, {policy}, 'YE2025Y', 1, '{{}}', 100, 'approved', session_user, 'now',"
        " 'hq.finance2')"
    ),
    "approve another region's proposal": sql(
        "UPDATE subsidies SET status = 'approved', decided_by = session_user,"
        " decided_at = 'now' WHERE id = {south}"
    ),
    "raise an approved amount x5": sql(
        "UPDATE subsidies SET amount = amount * 5 WHERE id = {approved}"
    ),
    "change a proposal's store or policy version": sql(
        "UPDATE subsidies SET policy_version = 99, store_id = {S1} WHERE id = {north}"
    ),
    "skip approval (proposed -> paid)": sql(
        "UPDATE subsidies SET status = 'paid', paid_by = session_user, paid_at = 'now',"
        " payment_reference = 'X' WHERE id = {own}"
    ),
    "reverse a payment (paid -> approved)": sql(
        "UPDATE subsidies SET status = 'approved' WHERE id = {paid}"
    ),
    "delete a subsidy": sql("DELETE FROM subsidies WHERE id = {north}"),
    "change a policy's budget in place": sql(
        "UPDATE policies SET budget = budget * 10 WHERE id = {policy}",
    ),
    "approve beyond the budget": sql(
        "UPDATE subsidies SET amount = 1 WHERE id = {north}",  # (frozen) then: see the budget test
    ),
    "edit an audit entry": sql("UPDATE audit_log SET data = '{{}}' WHERE id = 2"),
    "delete audit entries": sql("DELETE FROM audit_log WHERE id > 1"),
    "truncate the audit log": sql("TRUNCATE audit_log"),
    "append a forged audit entry": sql(
        'INSERT INTO audit_log (id, at, "user", action, entity, entity_id, data, prev_hash,'
        " hash) SELECT max(id) + 1, 'now', 'hq.finance2', 'subsidy.approve', 'subsidy', '1',"
        " '{{}}', (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), repeat('a', 64)"
        " FROM audit_log"
    ),
    "re-chain the audit log": sql(
        "UPDATE audit_log SET prev_hash = repeat('0', 64), hash = repeat('0', 64)"
    ),
    "disable the triggers": sql("ALTER TABLE subsidies DISABLE TRIGGER ALL"),
    "disable triggers by replication role": sql(
        "SET session_replication_role = replica",
        "UPDATE subsidies SET status = 'approved', decided_by = session_user WHERE id = {north}",
    ),
    "turn row security off": sql("ALTER TABLE stores DISABLE ROW LEVEL SECURITY"),
    "SET ROLE to the owner": sql("SET ROLE {prefix}_owner"),
    "SET ROLE to the admin group": sql("SET ROLE {prefix}_admin"),
    "SET SESSION AUTHORIZATION": sql("SET SESSION AUTHORIZATION admin"),
    "create a table": sql("CREATE TABLE public.mine (x int)"),
    "create a temporary table": sql("CREATE TEMP TABLE users (name text)"),
    "create a function": sql(
        "CREATE FUNCTION public.dd_caller_role() RETURNS text LANGUAGE sql AS $$ SELECT 'admin' $$"
    ),
    "create a schema": sql("CREATE SCHEMA mine"),
    "shadow a function through search_path": sql(
        "CREATE FUNCTION pg_temp.lower(text) RETURNS text LANGUAGE sql AS $$ SELECT 'admin' $$",
    ),
    "make oneself admin in the users table": sql(
        "UPDATE users SET role = 'admin', region = NULL WHERE name = session_user"
    ),
    "add a login through dd_login": sql(
        "SELECT dd_login('add', 'intruder', 'admin', 'SCRAM-SHA-256$4096:AAAA$AAAA:AAAA')"
    ),
    "reset the admin's password through dd_login": sql(
        "SELECT dd_login('password', 'admin', NULL, 'SCRAM-SHA-256$4096:AAAA$AAAA:AAAA')"
    ),
    "give oneself the admin role through dd_login": sql(
        "SELECT dd_login('role', session_user, 'admin', NULL)"
    ),
    "hostile dd_login arguments": sql(
        "SELECT dd_login('add', 'x\"; DROP TABLE users; --', 'admin', 'y'' OR 1=1')"
    ),
    "rewrite another region's payee account": sql(
        "UPDATE partners SET account = '6222 0000 fraud' WHERE id = {shared_partner}"
    ),
    "move a store into one's region": sql("UPDATE stores SET region = 'NORTH' WHERE id = {S1}"),
    "edit a letter's digest": sql("UPDATE letters SET digest = 'x' WHERE id = {letter}"),
    "void a valid letter": sql(
        "UPDATE letters SET status = 'void', voided_by = session_user WHERE id = {letter}"
    ),
    "delete a letter": sql("DELETE FROM letters WHERE id = {letter}"),
    "issue a letter number out of sequence": sql(
        "INSERT INTO letters (number, subsidy_id, policy_code, region, year, seq, snapshot,"
        " digest, created_at, created_by) VALUES ('YE2025-NORTH-2025-000099', {paid}, 'YE2025',"
        " 'NORTH', 2025, 99, '{{}}', 'x', 'now', session_user)"
    ),
    "change a setting": sql("UPDATE settings SET value = '0' WHERE key = 'four_eyes_window_days'"),
    "end colleagues' sessions": sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
    ),
}


def _read_other_region(world: World, conn: psycopg.Connection) -> None:
    """A regional manager sees only their region's rows (HQ and admins read everything)."""
    login = conn.info.user
    if not login.startswith("mgr."):
        raise Refused("reads all: its role")
    seen = conn.execute(
        "SELECT (SELECT count(*) FROM stores WHERE region <> 'NORTH')"
        " + (SELECT count(*) FROM subsidies s JOIN stores t ON t.id = s.store_id"
        " WHERE t.region <> 'NORTH')"
    ).fetchone()[0]
    if seen:
        raise AssertionError(f"read {seen} rows of another region")
    raise Refused("no rows of another region")


ATTACKS["read another region's stores"] = _read_other_region


def _other_regions_activity(world: World, conn: psycopg.Connection) -> None:
    """dd_changes_after (what the live screens read) tells a regional manager of their own
    region's people and HQ's only: never of another region's manager; hostile arguments
    change nothing."""
    seen = {r[0] for r in conn.execute('SELECT "user" FROM dd_changes_after(-9223372036854775808)')}
    conn.execute("SELECT * FROM dd_changes_after(NULL)").fetchall()
    conn.execute("SELECT * FROM dd_signed_in()").fetchall()
    if conn.info.user.startswith("mgr.") and "mgr.south" in seen:
        raise AssertionError("heard of another region's manager")
    raise Refused("own region and HQ only" if conn.info.user.startswith("mgr.") else "reads all")


ATTACKS["learn another region's activity through dd_changes_after"] = _other_regions_activity
ATTACKS["approve in another's name through dd_decide"] = sql(
    "SELECT dd_decide('approve', {south}, 'mgr.north2', 'now', '', '')",
    "SELECT dd_decide('approve', {north}, 'hq.finance2', 'now', '', '')",
)
ATTACKS["approve one's own proposal through dd_decide"] = sql(
    "SELECT dd_decide('approve', {own}, session_user, 'now', '', '')"
)
ATTACKS["hostile dd_decide arguments"] = sql(
    "SELECT dd_decide('pay''; DROP TABLE audit_log; --', -1, NULL, NULL, NULL, NULL)",
    "SELECT dd_decide(NULL, {paid}, session_user, 'now', NULL, NULL)",
)
ATTACKS["give one's region a bigger quota"] = sql(
    "INSERT INTO policy_quotas (policy_code, region, quota) VALUES ('YE2025', 'NORTH', 1)",
)
ATTACKS["drop the quota trigger"] = sql(
    "ALTER TABLE subsidies DISABLE TRIGGER subsidies_quota_guard"
)
ATTACKS["forge a change notification"] = sql(
    'NOTIFY dealer_desk_changes, \'{{"id": 1, "user": "admin", "action": "x"}}\''
)
ATTACKS["listen to the changes channel and rewrite the notify trigger"] = sql(
    "LISTEN dealer_desk_changes",
    "CREATE OR REPLACE FUNCTION audit_log_notify() RETURNS trigger LANGUAGE plpgsql AS"
    " $$ BEGIN RETURN NULL; END $$",
)
ATTACKS["bump a store's row version to hide a change"] = sql(
    "UPDATE stores SET row_version = row_version - 1 WHERE id = {S1}"
)


def audited(*statements: str) -> Attack:
    """The statements in one transaction with an audit entry of the attacker's own (which the
    database accepts: it is theirs), so that only the rules under test can stop them."""
    return sql(
        "BEGIN",
        'INSERT INTO audit_log (at, "user", action, entity, entity_id, data) VALUES'
        " ('now', session_user, 'x.attack', 'x', '1', '{{}}')",
        *statements,
        "COMMIT",
    )


ATTACKS |= {
    "change a payee's account without a confirmed request": audited(
        "UPDATE partners SET account = '6222 0000 fraud', bank_since = 'now'"
        " WHERE id = {north_partner}"
    ),
    "request and confirm one's own bank change": audited(
        "INSERT INTO bank_changes (partner_id, bank, branch, cnaps, account, account_name,"
        " status, requested_by, requested_at) VALUES ({shared_partner}, 'b', 'b',"
        " '308100005019', '6222 0000 fraud', 'x', 'pending', session_user, 'now')",
        "UPDATE bank_changes SET status = 'confirmed', decided_by = session_user,"
        " decided_at = 'now' WHERE requested_by = session_user AND status = 'pending'",
        "UPDATE partners SET bank = 'b', branch = 'b', cnaps = '308100005019',"
        " account = '6222 0000 fraud', account_name = 'x', bank_since = 'now'"
        " WHERE id = {shared_partner}",
    ),
    "insert an already confirmed bank change": audited(
        "INSERT INTO bank_changes (partner_id, bank, branch, cnaps, account, account_name,"
        " status, requested_by, requested_at, decided_by, decided_at) VALUES ({north_partner},"
        " 'b', 'b', '308100005019', '6222 0000 fraud', 'x', 'confirmed', 'hq.finance2', 'now',"
        " session_user, 'now')",
    ),
    "confirm a bank change in a colleague's name": audited(
        "UPDATE bank_changes SET status = 'confirmed', decided_by = 'hq.finance2',"
        " decided_at = 'now' WHERE id = {pending_change}"
    ),
    "rewrite a pending bank change's account": audited(
        "UPDATE bank_changes SET account = '6222 0000 fraud' WHERE id = {pending_change}"
    ),
    "release one's own payment batch": audited(
        "UPDATE payment_batches SET status = 'released', released_by = session_user,"
        " released_at = 'now' WHERE id = {batch_draft}"
    ),
    "put a subsidy in a second batch": audited(
        "INSERT INTO payment_batches (number, year, seq, status, created_by, created_at)"
        " VALUES ('PB2025-0099', 2025, 99, 'draft', session_user, 'now')",
        "INSERT INTO payment_lines (batch_id, subsidy_id, n, reference, amount, partner_id,"
        " status) SELECT b.id, {approved}, 1, 'PB2025-0099-0001', 100000, {shared_partner},"
        " 'pending' FROM payment_batches b WHERE b.number = 'PB2025-0099'",
    ),
    "add a proposed subsidy to a batch": audited(
        "INSERT INTO payment_lines (batch_id, subsidy_id, n, reference, amount, partner_id,"
        " status) SELECT {batch_draft}, {north}, 9, number || '-0009', 100000,"
        " {north_partner}, 'pending' FROM payment_batches WHERE id = {batch_draft}",
    ),
    "add a subsidy to a colleague's draft batch": audited(
        "UPDATE payment_lines SET status = 'dropped' WHERE batch_id = {batch_draft}",
        "INSERT INTO payment_lines (batch_id, subsidy_id, n, reference, amount, partner_id,"
        " status) SELECT {batch_other}, {approved2}, 9, number || '-0009', 100000,"
        " {north_partner}, 'pending' FROM payment_batches WHERE id = {batch_other}",
    ),
    "raise a batch line's amount": audited(
        "UPDATE payment_lines SET amount = amount * 5 WHERE batch_id = {batch_draft}"
    ),
    "mark a line paid without paying its subsidy": audited(
        "UPDATE payment_lines SET status = 'paid', result_by = session_user, result_at = 'now'"
        " WHERE batch_id = {batch_released}"
    ),
    "pay a subsidy that is in a batch by hand": audited(
        "UPDATE subsidies SET status = 'paid', paid_by = session_user, paid_at = 'now',"
        " payment_reference = 'X' WHERE id = {approved}"
    ),
    "cancel a subsidy that is in a batch": audited(
        "UPDATE subsidies SET status = 'cancelled', decided_by = session_user,"
        " decided_at = 'now' WHERE id = {approved}"
    ),
    "drop a line from a released batch": audited(
        "UPDATE payment_lines SET status = 'dropped' WHERE batch_id = {batch_released}"
    ),
    "send a released line to another account": audited(
        "UPDATE payment_lines SET account = '6222 0000 fraud' WHERE batch_id = {batch_released}"
    ),
    "release a batch to a payee whose change awaits confirmation": audited(
        "UPDATE payment_lines l SET bank = p.bank, branch = p.branch, cnaps = p.cnaps,"
        " account = p.account, account_name = p.account_name, bank_since = p.bank_since"
        " FROM partners p WHERE p.id = l.partner_id AND l.batch_id = {batch_other}",
        "UPDATE payment_batches SET status = 'released', released_by = session_user,"
        " released_at = 'now' WHERE id = {batch_other}",
    ),
    "forge a bank result record in a colleague's name": audited(
        "INSERT INTO bank_results (file_name, digest, rows, paid, failed, already,"
        " imported_by, imported_at) VALUES ('x', 'x', 1, 1, 0, 0, 'hq.finance2', 'now')"
    ),
    "erase the record of a voucher export": audited("DELETE FROM voucher_exports"),
}

#: What an administrator may do by their role (managing logins, settings): not attacks for them.
ADMIN_MAY = {
    "add a login through dd_login",
    "reset the admin's password through dd_login",
    "give oneself the admin role through dd_login",
    "change a setting",
}


class Refused(Exception):
    pass


def test_every_attack_is_refused_or_has_no_effect(world, capsys):
    outcomes: dict[tuple[str, str], str] = {}
    logins = (
        ("mgr.north", "regional_manager"),
        ("hq.finance", "hq_finance"),
        ("audit.one", "auditor"),
        ("admin", "admin"),
    )
    for login, role in logins:
        for name, attack in ATTACKS.items():
            if role == "admin" and name in ADMIN_MAY:
                outcomes[(role, name)] = "its role's job"
                continue
            before = snapshot(world)
            try:
                conn = world.connect(login)
            except psycopg.Error as exc:
                outcomes[(role, name)] = f"SUCCEEDED: {login} cannot sign in ({exc.sqlstate})"
                continue
            try:
                attack(world, conn)
                outcome = "no effect"
            except Refused as exc:
                outcome = str(exc)
            except psycopg.Error as exc:
                state = exc.sqlstate or "-"
                outcome = f"refused {state}"
            except AssertionError as exc:
                outcome = f"SUCCEEDED: {exc}"
            finally:
                conn.close()
            if outcome == "no effect" and snapshot(world) != before:
                outcome = "SUCCEEDED"
            outcomes[(role, name)] = outcome
    roles = [r for _, r in logins]
    with capsys.disabled():  # the table docs/reliability.md shows (markdown)
        print("\n| attack | " + " | ".join(roles) + " |")
        print("| --- |" + " --- |" * len(roles))
        for name in ATTACKS:
            print(f"| {name} | " + " | ".join(outcomes[(r, name)] for r in roles) + " |")
    broken = {k: v for k, v in outcomes.items() if v.startswith("SUCCEEDED")}
    assert broken == {}


# --- the budget under concurrent approvers, in SQL -------------------------------------------------
def test_concurrent_approvers_in_sql_never_overrun_the_budget(ledger, admin, make_user):
    """Eight people approve eight proposals at the same moment, each in their own SQL session
    (no program in between): the budget has room for three, and exactly three are approved."""
    import threading

    from dealer_app.services.policies import get_policy, save_policy
    from dealer_app.storage import audit as audit_store
    from dealer_app.storage.pg import open_server

    proposer = make_user("mgr.north", "regional_manager", "NORTH")
    approvers = [f"hq.fin{i}" for i in range(8)]
    for name in approvers:
        make_user(name, "hq_finance")
    ids = []
    for i in range(8):
        save_store(
            proposer,
            Store(
                f"B{i}",
                f"门店B{i}",
                "北方经销商有限公司",
                "NORTH",
                "省",
                "市",
                StoreType.CAR_INTEGRATION_STORE,
                dt.date(2024, 6, 1),
                StoreStatus.OPEN,
            ),
            new=True,
        )
        ids.append(subsidies.propose(proposer, "YE2025", f"B{i}"))
    amount = subsidies.get(admin, ids[0]).amount
    policy = get_policy(admin, "YE2025")
    policy.budget = 3 * amount + amount // 2
    save_policy(admin, policy)

    url = ledger.test_servers.url
    barrier = threading.Barrier(8)
    results: dict[str, str] = {}

    def approve(name: str, sid: int) -> None:
        led = open_server(url, name, PASSWORD)
        try:
            barrier.wait()
            led.conn.execute("BEGIN")  # no advisory lock: only the database's own rules
            led.conn.execute(
                "UPDATE subsidies SET status = 'approved', decided_by = session_user,"
                " decided_at = '2025-12-16T10:00:00' WHERE id = ?",
                (sid,),
            )
            audit_store.append(
                led,
                at="2025-12-16T10:00:00",
                user=name,
                action="subsidy.approve",
                entity="subsidy",
                entity_id=sid,
            )
            led.conn.execute("COMMIT")
            results[name] = "approved"
        except Exception as exc:  # noqa: BLE001
            results[name] = getattr(exc, "code", type(exc).__name__)
            led._rollback()
        finally:
            led.close()

    threads = [
        threading.Thread(target=approve, args=(n, s)) for n, s in zip(approvers, ids, strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results.values()).count("approved") == 3, results
    assert set(results.values()) == {"approved", "server.rule_budget"}, results
    approved = [subsidies.get(admin, s) for s in ids]
    assert sum(s.amount for s in approved if s.status.value == "approved") <= policy.budget


def test_a_session_sitting_on_the_write_lock_is_ended_and_the_action_goes_through(
    ledger, admin, make_user
):
    """A login opens a transaction, takes the writers' lock and sits: a colleague's action waits
    for the lock timeout, ends that session (dd_end_stalled) and goes through."""
    import time

    from dealer_app.services.users import add_user
    from dealer_app.storage.pg import WRITE_LOCK

    make_user("hq.sitter", "hq_finance")
    sitter = psycopg.connect(ledger.test_servers.url, user="hq.sitter", password=PASSWORD)
    sitter.execute("SET idle_in_transaction_session_timeout = 0")  # lifts its own limit
    sitter.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
    time.sleep(10.5)  # idle in transaction for longer than dd_end_stalled tolerates
    start = time.monotonic()
    add_user(admin, "hq.newcomer", "hq_finance", None, PASSWORD)
    waited = time.monotonic() - start
    assert 4 < waited < 15
    with pytest.raises(psycopg.OperationalError):
        sitter.execute("SELECT 1")
    sitter.close()


def test_a_disabled_login_is_ended_and_cannot_come_back(ledger, admin, make_user):
    """user disable: the login stops, and its open sessions end (issue 15, item 7)."""
    from dealer_app.services.users import set_locked

    make_user("mgr.leaving", "regional_manager", "NORTH")
    open_conn = psycopg.connect(
        ledger.test_servers.url, user="mgr.leaving", password=PASSWORD, autocommit=True
    )
    assert open_conn.execute("SELECT 1").fetchone() == (1,)
    set_locked(admin, "mgr.leaving", True)
    with pytest.raises(psycopg.OperationalError):
        open_conn.execute("SELECT 1")
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(ledger.test_servers.url, user="mgr.leaving", password=PASSWORD)
    entries = ledger.query("SELECT action FROM audit_log WHERE entity_id = 'mgr.leaving'")
    assert [r[0] for r in entries] == ["user.add", "user.lock"]


def test_concurrent_approvers_in_sql_never_overrun_a_regional_quota(ledger, admin, make_user):
    """Six people approve six North proposals at the same moment in their own SQL sessions:
    North's quota has room for two (the national budget for all), exactly two are approved."""
    import threading

    from dealer_app.services.policies import set_quotas
    from dealer_app.storage import audit as audit_store
    from dealer_app.storage.pg import open_server

    proposer = make_user("mgr.north", "regional_manager", "NORTH")
    hq = make_user("hq.quota", "hq_finance")
    approvers = [f"hq.fin{i}" for i in range(6)]
    for name in approvers:
        make_user(name, "hq_finance")
    ids = []
    for i in range(6):
        save_store(
            proposer,
            Store(
                f"Q{i}",
                f"门店Q{i}",
                "北方经销商有限公司",
                "NORTH",
                "省",
                "市",
                StoreType.CAR_INTEGRATION_STORE,
                dt.date(2024, 6, 1),
                StoreStatus.OPEN,
            ),
            new=True,
        )
        ids.append(subsidies.propose(proposer, "YE2025", f"Q{i}"))
    amount = subsidies.get(admin, ids[0]).amount
    set_quotas(hq, "YE2025", {"NORTH": 2 * amount + amount // 2})

    url = ledger.test_servers.url
    barrier = threading.Barrier(6)
    results: dict[str, str] = {}

    def approve(name: str, sid: int) -> None:
        led = open_server(url, name, PASSWORD)
        try:
            barrier.wait()
            led.conn.execute("BEGIN")  # no advisory lock: only the database's own rules
            led.conn.execute(
                "UPDATE subsidies SET status = 'approved', decided_by = session_user,"
                " decided_at = '2025-12-16T10:00:00' WHERE id = ?",
                (sid,),
            )
            audit_store.append(
                led,
                at="2025-12-16T10:00:00",
                user=name,
                action="subsidy.approve",
                entity="subsidy",
                entity_id=sid,
            )
            led.conn.execute("COMMIT")
            results[name] = "approved"
        except Exception as exc:  # noqa: BLE001
            results[name] = getattr(exc, "code", type(exc).__name__)
            led._rollback()
        finally:
            led.close()

    threads = [
        threading.Thread(target=approve, args=(n, s)) for n, s in zip(approvers, ids, strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results.values()).count("approved") == 2, results
    assert set(results.values()) == {"approved", "server.rule_quota"}, results
