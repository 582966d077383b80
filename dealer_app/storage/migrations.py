"""Versioned schema migrations, tracked in `PRAGMA user_version`.

Each migration is a function `mNNN_name(conn)` that runs inside the transaction opened by
`migrate()`, together with the `user_version` bump: a migration is applied whole or not at all.
Never edit a migration that has shipped; add a new one. `tests/storage/test_migrations.py`
upgrades a fixture ledger of every older version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: `executescript` would COMMIT the migration's transaction."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buffer.strip()[:80]}")


def m001_initial(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE regions (
            code TEXT PRIMARY KEY,
            name_zh TEXT NOT NULL,
            name_en TEXT NOT NULL
        );

        CREATE TABLE partners (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            credit_code TEXT,
            address TEXT NOT NULL DEFAULT '',
            bank TEXT NOT NULL DEFAULT '',
            account TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX partners_credit_code ON partners(credit_code)
            WHERE credit_code IS NOT NULL;
        CREATE INDEX partners_name ON partners(name);

        CREATE TABLE stores (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            partner_id INTEGER NOT NULL REFERENCES partners(id),
            region TEXT NOT NULL REFERENCES regions(code),
            province TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            store_type TEXT NOT NULL CHECK (store_type IN ('car_integration_store',
                'delivery_center', 'service_center', 'store_in_store', 'retail_store')),
            established_on TEXT,
            status TEXT NOT NULL CHECK (status IN ('planned', 'open', 'closing', 'closed')),
            closed_on TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX stores_region ON stores(region, code);
        CREATE INDEX stores_partner ON stores(partner_id);

        CREATE TABLE performance (
            store_id INTEGER NOT NULL REFERENCES stores(id),
            month TEXT NOT NULL,
            vehicles_delivered INTEGER NOT NULL CHECK (vehicles_delivered >= 0),
            revenue INTEGER NOT NULL,
            operating_cost INTEGER NOT NULL,
            net_profit INTEGER NOT NULL,
            PRIMARY KEY (store_id, month)
        ) WITHOUT ROWID;

        CREATE TABLE policies (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL,
            version INTEGER NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('lump_sum_by_opening_date', 'per_vehicle_target')),
            params TEXT NOT NULL,
            budget INTEGER NOT NULL CHECK (budget >= 0),
            valid_from TEXT,
            valid_to TEXT,
            is_current INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            UNIQUE (code, version)
        );
        CREATE UNIQUE INDEX policies_current ON policies(code) WHERE is_current = 1;

        CREATE TABLE subsidies (
            id INTEGER PRIMARY KEY,
            store_id INTEGER NOT NULL REFERENCES stores(id),
            policy_id INTEGER NOT NULL REFERENCES policies(id),
            policy_code TEXT NOT NULL,
            policy_version INTEGER NOT NULL,
            params_snapshot TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            tier TEXT,
            reason TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected', 'paid',
                'cancelled')),
            proposed_by TEXT NOT NULL,
            proposed_at TEXT NOT NULL,
            decided_by TEXT,
            decided_at TEXT,
            comment TEXT NOT NULL DEFAULT '',
            paid_by TEXT,
            paid_at TEXT,
            payment_reference TEXT
        );
        -- One live subsidy per (store, policy), ever: the database itself refuses a second.
        CREATE UNIQUE INDEX subsidies_one_live ON subsidies(store_id, policy_code)
            WHERE status IN ('proposed', 'approved', 'paid');
        CREATE INDEX subsidies_policy_status ON subsidies(policy_code, status, amount);
        CREATE INDEX subsidies_status ON subsidies(status);

        CREATE TABLE closures (
            id INTEGER PRIMARY KEY,
            store_id INTEGER NOT NULL REFERENCES stores(id),
            status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected')),
            proposed_by TEXT NOT NULL,
            proposed_at TEXT NOT NULL,
            estimated_loss INTEGER NOT NULL CHECK (estimated_loss >= 0),
            metrics TEXT NOT NULL,
            decided_by TEXT,
            decided_at TEXT,
            closed_on TEXT,
            comment TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX closures_one_open ON closures(store_id) WHERE status = 'proposed';

        CREATE TABLE letters (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            subsidy_id INTEGER NOT NULL UNIQUE REFERENCES subsidies(id),
            policy_code TEXT NOT NULL,
            region TEXT NOT NULL,
            seq INTEGER NOT NULL,
            snapshot TEXT NOT NULL,
            digest TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            print_count INTEGER NOT NULL DEFAULT 0,
            UNIQUE (policy_code, region, seq)
        );

        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL CHECK (role IN ('admin', 'hq_finance', 'regional_manager')),
            region TEXT REFERENCES regions(code),
            password_hash TEXT NOT NULL,
            locked INTEGER NOT NULL DEFAULT 0,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL,
            CHECK ((role = 'regional_manager') = (region IS NOT NULL))
        );

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            data TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_action ON audit_log(action);
        CREATE INDEX audit_user ON audit_log(user);
        -- Append-only: the application never updates or deletes an audit row. Someone who edits
        -- the file behind its back can drop these triggers, which is what `audit verify` is for.
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """,
    )


#: The audit log's append-only guards as m001 made them (an attacker who edits the file and puts
#: them back is what the chain and the copies are for; tests play that attacker).
AUDIT_GUARDS_SQL = """
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""


def m002_letters_void_and_names(conn: sqlite3.Connection) -> None:
    """Letters: a status (issued or void: its subsidy was cancelled), who voided it and when, and
    the year of their series (numbers run per policy, region and year). Policies: their name in
    each language apart (a Chinese letter names the policy in Chinese only)."""
    run_script(
        conn,
        """
        CREATE TABLE letters_v2 (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            subsidy_id INTEGER NOT NULL UNIQUE REFERENCES subsidies(id),
            policy_code TEXT NOT NULL,
            region TEXT NOT NULL,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            snapshot TEXT NOT NULL,
            digest TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            print_count INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'void')),
            voided_at TEXT,
            voided_by TEXT,
            UNIQUE (policy_code, region, year, seq)
        );
        INSERT INTO letters_v2 (id, number, subsidy_id, policy_code, region, year, seq, snapshot,
            digest, created_at, created_by, print_count)
            SELECT id, number, subsidy_id, policy_code, region,
                   CAST(substr(created_at, 1, 4) AS INTEGER), seq, snapshot, digest, created_at,
                   created_by, print_count
            FROM letters;
        DROP TABLE letters;
        ALTER TABLE letters_v2 RENAME TO letters;
        UPDATE letters SET status = 'void',
            voided_at = (SELECT decided_at FROM subsidies x WHERE x.id = letters.subsidy_id),
            voided_by = (SELECT decided_by FROM subsidies x WHERE x.id = letters.subsidy_id)
            WHERE subsidy_id IN (SELECT id FROM subsidies WHERE status IN ('cancelled', 'rejected'));

        ALTER TABLE policies ADD COLUMN name_zh TEXT NOT NULL DEFAULT '';
        ALTER TABLE policies ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
        """,
    )
    from dealer_app.domain.models import split_name

    for pid, name in conn.execute("SELECT id, name FROM policies").fetchall():
        zh, en = split_name(name)
        conn.execute("UPDATE policies SET name_zh = ?, name_en = ? WHERE id = ?", (zh, en, pid))


def m003_auditor_role(conn: sqlite3.Connection) -> None:
    """A fourth role, auditor: reads everything, writes nothing (the users table's CHECK)."""
    run_script(
        conn,
        """
        CREATE TABLE users_v3 (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL CHECK (role IN ('admin', 'hq_finance', 'regional_manager',
                'auditor')),
            region TEXT REFERENCES regions(code),
            password_hash TEXT NOT NULL,
            locked INTEGER NOT NULL DEFAULT 0,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL,
            CHECK ((role = 'regional_manager') = (region IS NOT NULL))
        );
        INSERT INTO users_v3 SELECT id, name, role, region, password_hash, locked,
            failed_attempts, locked_until, created_at FROM users;
        DROP TABLE users;
        ALTER TABLE users_v3 RENAME TO users;
        """,
    )


def m004_row_versions(conn: sqlite3.Connection) -> None:
    """A row version on stores and users: every edit adds one, and an edit made in a dialog
    opened on an older version is refused as a conflict (no lost updates); a store also keeps
    who changed it last (the conflict names them)."""
    run_script(
        conn,
        """
        ALTER TABLE stores ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE stores ADD COLUMN updated_by TEXT;
        ALTER TABLE users ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
        """,
    )


def m005_regional_quotas(conn: sqlite3.Connection) -> None:
    """Regional quotas: HQ may split a policy's budget into per-region allocations (optional),
    enforced at approval under the same lock as the national budget."""
    run_script(
        conn,
        """
        CREATE TABLE policy_quotas (
            policy_code TEXT NOT NULL,
            region TEXT NOT NULL REFERENCES regions(code),
            quota INTEGER NOT NULL CHECK (quota >= 0),
            PRIMARY KEY (policy_code, region)
        ) WITHOUT ROWID;
        """,
    )


#: Money out (file version 6): a payee's full bank details and their changes (four eyes),
#: payment batches and their lines, bank result files read, voucher exports.
MONEY_OUT_SQL = """
ALTER TABLE partners ADD COLUMN branch TEXT NOT NULL DEFAULT '';
ALTER TABLE partners ADD COLUMN cnaps TEXT NOT NULL DEFAULT '';
ALTER TABLE partners ADD COLUMN account_name TEXT NOT NULL DEFAULT '';
ALTER TABLE partners ADD COLUMN bank_since TEXT;

CREATE TABLE bank_changes (
    id INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    bank TEXT NOT NULL,
    branch TEXT NOT NULL,
    cnaps TEXT NOT NULL,
    account TEXT NOT NULL,
    account_name TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'rejected', 'withdrawn')),
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    comment TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX bank_changes_one_pending ON bank_changes(partner_id) WHERE status = 'pending';

CREATE TABLE payment_batches (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'released', 'closed', 'cancelled')),
    note TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    released_by TEXT,
    released_at TEXT,
    cancelled_by TEXT,
    cancelled_at TEXT,
    closed_at TEXT,
    export_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (year, seq)
);
CREATE TABLE payment_lines (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES payment_batches(id),
    subsidy_id INTEGER NOT NULL REFERENCES subsidies(id),
    n INTEGER NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    amount INTEGER NOT NULL CHECK (amount > 0),
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    bank TEXT,
    branch TEXT,
    cnaps TEXT,
    account TEXT,
    account_name TEXT,
    bank_since TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'failed', 'dropped')),
    bank_reference TEXT,
    value_date TEXT,
    failure_reason TEXT,
    result_by TEXT,
    result_at TEXT,
    UNIQUE (batch_id, n)
);
-- A subsidy is in at most one live line: never in two batches at once, never paid twice.
CREATE UNIQUE INDEX payment_lines_one_live ON payment_lines(subsidy_id)
    WHERE status IN ('pending', 'paid');
CREATE INDEX payment_lines_batch ON payment_lines(batch_id, status);

CREATE TABLE bank_results (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    digest TEXT NOT NULL,
    rows INTEGER NOT NULL,
    paid INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    already INTEGER NOT NULL,
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE voucher_exports (
    id INTEGER PRIMARY KEY,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    format TEXT NOT NULL,
    vouchers INTEGER NOT NULL,
    entries INTEGER NOT NULL,
    debit_total INTEGER NOT NULL,
    digest TEXT NOT NULL,
    exported_by TEXT NOT NULL,
    exported_at TEXT NOT NULL,
    repeat_of INTEGER REFERENCES voucher_exports(id)
);
"""


def m006_money_out(conn: sqlite3.Connection) -> None:
    """Money out: full payee details changed only with a second person's confirmation, payment
    batches (maker and checker, one live line per subsidy), bank results, voucher exports."""
    run_script(conn, MONEY_OUT_SQL)


# ---------------------------------------------------------------------------------------------
# The list: index + 1 == the user_version a ledger has after that migration.
MIGRATIONS: tuple[Migration, ...] = (
    m001_initial,
    m002_letters_void_and_names,
    m003_auditor_role,
    m004_row_versions,
    m005_regional_quotas,
    m006_money_out,
)

SCHEMA_VERSION = len(MIGRATIONS)


def pending(current_version: int) -> list[tuple[int, Migration]]:
    """The migrations a ledger at `current_version` still needs, as (target_version, fn)."""
    return [(i + 1, fn) for i, fn in enumerate(MIGRATIONS) if i + 1 > current_version]
