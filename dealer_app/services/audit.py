"""Recording and checking the audit trail."""

from __future__ import annotations

from typing import Any

from dealer_app.domain.models import Role
from dealer_app.services.context import Context
from dealer_app.services.permissions import require_role
from dealer_app.storage import audit as audit_store
from dealer_app.storage.audit import AuditEntry


def record(
    ctx: Context, action: str, entity: str, entity_id: str | int, data: dict[str, Any] | None = None
) -> int:
    """Append an entry; call inside the change's `ctx.ledger.atomic()` block."""
    return audit_store.append(
        ctx.ledger,
        at=ctx.now(),
        user=ctx.user.name,
        action=action,
        entity=entity,
        entity_id=entity_id,
        data=data,
    )


def verify(ctx: Context) -> tuple[int, list[str]]:
    """(entries checked, problems). Anyone signed in may verify."""
    with ctx.ledger.snapshot():
        return audit_store.verify(ctx.ledger)


def entries(ctx: Context, **filters: Any) -> list[AuditEntry]:
    """The log, newest first. A regional manager reads only the entries of their own actions:
    the rest names other regions' stores and amounts. Admin and HQ finance read everything."""
    require_role(ctx, {Role.ADMIN, Role.HQ_FINANCE, Role.REGIONAL_MANAGER}, "read the audit log")
    if ctx.user.role == Role.REGIONAL_MANAGER:
        filters["user"] = ctx.user.name
    return audit_store.entries(ctx.ledger, **filters)


def filter_values(ctx: Context) -> tuple[list[str], list[str]]:
    users, actions = audit_store.distinct_users_and_actions(ctx.ledger)
    if ctx.user.role == Role.REGIONAL_MANAGER:
        users = [u for u in users if u == ctx.user.name]
    return users, actions
