"""Creating a ledger: schema, the seven standard regions, policy YE2025, the admin account."""

from __future__ import annotations

import copy
from pathlib import Path

from dealer_app.domain.errors import Conflict
from dealer_app.domain.models import STANDARD_REGIONS, YE2025, Role, User
from dealer_app.services.audit import record
from dealer_app.services.context import Clock, Context, system_clock
from dealer_app.services.settings import seed_defaults
from dealer_app.services.users import hash_password, validate_password
from dealer_app.storage import policies as policy_store
from dealer_app.storage import stores as store_rows
from dealer_app.storage import users as user_store
from dealer_app.storage.db import Ledger, open_ledger

ADMIN_NAME = "admin"


def init_ledger(path: Path | str, admin_password: str, clock: Clock = system_clock) -> Ledger:
    """Create a new ledger at `path` (refuses to touch an existing file) and seed it."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise Conflict(
            "ledger.exists",
            path=str(path),
        )
    validate_password(admin_password)
    ledger = open_ledger(path, create=True)
    try:
        seed(ledger, admin_password, clock)
    except BaseException:
        ledger.close()
        raise
    return ledger


def init_server(
    url: str,
    admin_password: str,
    clock: Clock = system_clock,
    *,
    admin_name: str = ADMIN_NAME,
    owner: str | None = None,
    owner_password: str | None = None,
) -> None:
    """Set up a server ledger in the empty PostgreSQL database at `url`: schema, roles and
    grants, the first administrator's login (`admin_name`, with `admin_password`), the seven
    regions and policy YE2025. Run by the database's owner: `owner` and `owner_password`, else
    whoever the URL and libpq's own settings (PGUSER, PGPASSWORD, ~/.pgpass) name."""
    from dealer_app.services.users import validate_name
    from dealer_app.storage import pg, pg_schema

    validate_password(admin_password)
    admin_name = validate_name(admin_name)
    raw = pg_schema.initialise(url, owner, owner_password)
    try:
        pg_schema.add_first_admin(raw, admin_name, pg.scram_verifier(admin_password))
        ledger = pg.PgLedger(url, raw)
        with pg_schema.as_owner(raw):
            seed(ledger, "", clock, admin_name=admin_name)
    finally:
        raw.close()


def seed(
    ledger: Ledger,
    admin_password: str,
    clock: Clock = system_clock,
    *,
    admin_name: str = ADMIN_NAME,
) -> None:
    """`admin_password`: empty on a server ledger (the server keeps the login's password)."""
    admin = User(name=admin_name, role=Role.ADMIN)
    ctx = Context(ledger, admin, clock)
    secret = hash_password(admin_password) if admin_password else ""
    with ledger.atomic():
        store_rows.insert_regions(ledger, STANDARD_REGIONS)
        admin.id = user_store.insert(ledger, admin, secret, ctx.now())
        policy = copy.deepcopy(YE2025)
        policy_store.insert_version(ledger, policy, ctx.now(), admin_name)
        seed_defaults(ledger)
        record(
            ctx,
            "ledger.init",
            "ledger",
            ledger.path.name if ledger.path is not None else ledger.location,
            {
                "regions": [r.code for r in STANDARD_REGIONS],
                "policy": policy_store.policy_as_dict(policy),
                "admin": admin_name,
            },
        )


def upgrade_server(url: str) -> tuple[int, int]:
    """Bring a server ledger's schema to this program's: (version before, after). Run by the
    database's owner (libpq's own settings name them); a file ledger upgrades when opened."""
    from dealer_app.storage import pg_schema

    return pg_schema.upgrade(url, None, None)
