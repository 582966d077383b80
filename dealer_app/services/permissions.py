"""Who may do what, enforced here in the services whatever the GUI hides. The rules themselves
are the workflow table's (`dealer_app.domain.workflow`)."""

from __future__ import annotations

from dealer_app.domain.errors import Conflict, PermissionDenied
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Role, User
from dealer_app.domain.workflow import OPERATORS, WORKFLOWS, roles_for
from dealer_app.services.context import Context

__all__ = [
    "OPERATORS",
    "require",
    "require_not_proposer",
    "require_region",
    "require_transition",
    "scope",
]


def scope(user: User) -> frozenset[str] | None:
    """The regions a user may see and act on; None means all of them."""
    if user.role == Role.REGIONAL_MANAGER:
        return frozenset({user.region or ""})
    return None


def require(ctx: Context, action: str) -> None:
    """Refuse unless the acting user's role may take `action`."""
    allowed = roles_for(action)
    if ctx.user.role not in allowed:
        raise PermissionDenied(
            "permission.role",
            user=ctx.user.name,
            role=ctx.user.role.value,
            action=action,
            allowed=sorted(r.value for r in allowed),
        )


def require_region(ctx: Context, region: str, action: str, what: Msg | None = None) -> None:
    """Refuse a regional manager acting on `what` (a store, subsidy ...; None: the region as
    a whole) of another region."""
    allowed = scope(ctx.user)
    if allowed is not None and region not in allowed:
        params = {
            "user": ctx.user.name,
            "own": ctx.user.region or "",
            "region": region,
            "action": action,
        }
        if what is None:
            raise PermissionDenied("permission.other_region", **params)
        raise PermissionDenied("permission.region", **params, what=what)


def require_not_proposer(
    ctx: Context, proposed_by: str, what: Msg, code: str = "permission.four_eyes"
) -> None:
    """Four eyes: the person who proposed (requested, made) something may not decide it too;
    `code` says it in the words of the thing (a batch's maker, a change's requester)."""
    if proposed_by.casefold() == ctx.user.name.casefold():
        raise PermissionDenied(code, user=ctx.user.name, what=what)


def require_transition(
    action: str, status: str, what: Msg, by: str | None = None, at: str | None = None
) -> None:
    """Refuse `action` on a thing in `status` unless the workflow table allows it; `by` and
    `at`: who moved it to `status` and when (a colleague, meanwhile), named in the refusal."""
    workflow = WORKFLOWS[action.partition(".")[0]]
    if not workflow.allows(action, status):
        extra = {"by": by, "at": at or ""} if by else {}
        raise Conflict(
            f"{workflow.entity}.status_by" if by else f"{workflow.entity}.status",
            what=what,
            status=status,
            action=action,
            allowed=sorted(workflow.transition(action).source),
            **extra,
        )
