"""Who may do what. Enforced here, in the services, whatever the GUI hides."""

from __future__ import annotations

from dealer_app.domain.errors import PermissionDenied
from dealer_app.domain.models import Role, User
from dealer_app.services.context import Context

ROLE_LABEL = {
    Role.ADMIN: "an administrator",
    Role.HQ_FINANCE: "HQ finance",
    Role.REGIONAL_MANAGER: "a regional manager",
}


def scope(user: User) -> frozenset[str] | None:
    """The regions a user may see and act on; None means all of them."""
    if user.role == Role.REGIONAL_MANAGER:
        return frozenset({user.region or ""})
    return None


def require_role(ctx: Context, roles: set[Role], action: str) -> None:
    if ctx.user.role not in roles:
        allowed = " or ".join(sorted(ROLE_LABEL[r] for r in roles))
        raise PermissionDenied(
            "permission.role",
            f"{ctx.user.name} is {ROLE_LABEL[ctx.user.role]} and may not {action}; "
            f"only {allowed} may. Ask a colleague with that role.",
            user=ctx.user.name,
            role=ctx.user.role.value,
            action=action,
        )


def require_region(ctx: Context, region: str, action: str, what: str) -> None:
    allowed = scope(ctx.user)
    if allowed is not None and region not in allowed:
        raise PermissionDenied(
            "permission.region",
            f"{ctx.user.name} manages region {ctx.user.region} and may not {action} {what} "
            f"in region {region}. Ask that region's manager or HQ finance.",
            user=ctx.user.name,
            region=region,
            action=action,
        )


def require_not_proposer(ctx: Context, proposed_by: str, what: str) -> None:
    if proposed_by.casefold() == ctx.user.name.casefold():
        raise PermissionDenied(
            "permission.four_eyes",
            f"{ctx.user.name} proposed {what} and may not decide it too (four eyes). "
            "Ask a second person to approve or reject it.",
            user=ctx.user.name,
        )


#: Roles that maintain stores, import, propose, approve and close.
OPERATORS = {Role.REGIONAL_MANAGER, Role.HQ_FINANCE}
