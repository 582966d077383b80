"""What is mine to do: whether a person may take an action on a subsidy or a closure now, and
if not, why, in one sentence (the screens disable the action and say why, instead of refusing
after the dialog). The same rules the services enforce (and, on a shared ledger, the database):
the role may, the workflow allows it from the item's status, four eyes, the region."""

from __future__ import annotations

from typing import Protocol

from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Role, User
from dealer_app.domain.workflow import WORKFLOWS, may

#: The decisions four eyes applies to: the proposer never takes them.
FOUR_EYES = frozenset({"subsidy.approve", "subsidy.reject", "closure.approve", "closure.reject"})


class Item(Protocol):
    id: int
    proposed_by: str
    region: str

    @property
    def status(self):  # noqa: ANN201 - a SubsidyStatus or ClosureStatus
        ...


def refusal(user: User, action: str, item: Item) -> Msg | None:
    """Why `user` may not `action` `item` now (None: they may)."""
    entity = action.partition(".")[0]
    what = Msg(f"what.{entity}", {"id": item.id})
    if not may(user.role, action):
        return Msg("todo.role", {"role": user.role.value, "action": action})
    workflow = WORKFLOWS[entity]
    status = getattr(item.status, "value", item.status)
    if not workflow.allows(action, status):
        return Msg(
            f"{entity}.status",
            {
                "what": what,
                "status": status,
                "action": action,
                "allowed": sorted(workflow.transition(action).source),
            },
        )
    if action in FOUR_EYES and item.proposed_by.casefold() == user.name.casefold():
        return Msg("permission.four_eyes", {"user": user.name, "what": what})
    if user.role == Role.REGIONAL_MANAGER and item.region and item.region != user.region:
        return Msg("todo.region", {"own": user.region or "", "region": item.region})
    batch = getattr(item, "batch", None)
    if batch and action in IN_BATCH:
        return Msg("todo.in_batch", {"what": what, "batch": batch})
    return None


#: What a subsidy in a payment batch may not have done by hand (its money goes by the batch).
IN_BATCH = frozenset({"subsidy.pay", "subsidy.cancel"})


def mine_to_do(user: User, item: Item, actions: tuple[str, ...]) -> bool:
    """Whether `user` may take one of `actions` on `item` now (the "for me" queue)."""
    return any(refusal(user, a, item) is None for a in actions)


#: What puts a subsidy or a closure in someone's "for me" queue.
SUBSIDY_TODO = ("subsidy.approve", "subsidy.pay")
CLOSURE_TODO = ("closure.approve",)
