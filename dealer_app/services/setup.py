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


def seed(ledger: Ledger, admin_password: str, clock: Clock = system_clock) -> None:
    admin = User(name=ADMIN_NAME, role=Role.ADMIN)
    ctx = Context(ledger, admin, clock)
    with ledger.atomic():
        store_rows.insert_regions(ledger, STANDARD_REGIONS)
        admin.id = user_store.insert(ledger, admin, hash_password(admin_password), ctx.now())
        policy = copy.deepcopy(YE2025)
        policy_store.insert_version(ledger, policy, ctx.now(), ADMIN_NAME)
        seed_defaults(ledger)
        record(
            ctx,
            "ledger.init",
            "ledger",
            str(ledger.path.name),
            {
                "regions": [r.code for r in STANDARD_REGIONS],
                "policy": policy_store.policy_as_dict(policy),
                "admin": ADMIN_NAME,
            },
        )
