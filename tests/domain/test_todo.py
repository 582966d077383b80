"""What is mine to do: the reason a person may not act on an item, before any dialog."""

from dataclasses import dataclass

from english import en

from dealer_app.domain.models import ClosureStatus, Role, SubsidyStatus, User
from dealer_app.domain.todo import CLOSURE_TODO, SUBSIDY_TODO, mine_to_do, refusal


@dataclass
class Item:
    id: int
    proposed_by: str
    region: str
    status: object


MGR = User("mgr.central", Role.REGIONAL_MANAGER, "CENTRAL")
MGR2 = User("mgr.central2", Role.REGIONAL_MANAGER, "CENTRAL")
EAST = User("mgr.east", Role.REGIONAL_MANAGER, "EAST")
HQ = User("hq", Role.HQ_FINANCE)
ADMIN = User("admin", Role.ADMIN)


def test_four_eyes_role_status_and_region_each_say_why():
    s = Item(7, "mgr.central", "CENTRAL", SubsidyStatus.PROPOSED)
    assert refusal(MGR2, "subsidy.approve", s) is None
    assert en(refusal(MGR, "subsidy.approve", s)) == (
        "mgr.central proposed subsidy 7 and may not decide it too (four eyes). "
        "Ask a second person to approve or reject it."
    )
    assert refusal(MGR, "subsidy.cancel", s) is None  # withdrawing one's own proposal
    assert en(refusal(EAST, "subsidy.approve", s)) == (
        "It is in Central China; you manage East China."
    )
    assert en(refusal(ADMIN, "subsidy.approve", s)) == (
        "As an administrator, you may not approve this."
    )
    assert en(refusal(HQ, "subsidy.pay", s)).startswith("subsidy 7 is proposed; only a")


def test_the_queue_for_me():
    proposed = Item(1, "mgr.central", "CENTRAL", SubsidyStatus.PROPOSED)
    approved = Item(2, "mgr.central", "CENTRAL", SubsidyStatus.APPROVED)
    assert mine_to_do(MGR2, proposed, SUBSIDY_TODO)
    assert not mine_to_do(MGR, proposed, SUBSIDY_TODO)  # their own
    assert not mine_to_do(MGR2, approved, SUBSIDY_TODO)  # paying is HQ finance's
    assert mine_to_do(HQ, approved, SUBSIDY_TODO)
    assert not mine_to_do(ADMIN, proposed, SUBSIDY_TODO)
    closure = Item(3, "hq", "CENTRAL", ClosureStatus.PROPOSED)
    assert mine_to_do(MGR, closure, CLOSURE_TODO) and not mine_to_do(HQ, closure, CLOSURE_TODO)


def test_a_subsidy_in_a_payment_batch_is_not_paid_or_cancelled_by_hand():
    import dataclasses

    from dealer_app.domain.models import Role, Subsidy, SubsidyStatus, User
    from dealer_app.domain.todo import refusal

    sub = Subsidy(7, "C001", "YE2025", 1, 100_000, None, SubsidyStatus.APPROVED, "mgr.a",
                  "2025-12-16T09:00:00+08:00", region="CENTRAL")  # fmt: skip
    hq = User("hq", Role.HQ_FINANCE)
    assert refusal(hq, "subsidy.pay", sub) is None
    waiting = dataclasses.replace(sub, batch="PB2025-0002")
    why = refusal(hq, "subsidy.pay", waiting)
    assert why is not None and why.code == "todo.in_batch"
    assert str(why) == (
        "subsidy 7 waits in payment batch PB2025-0002: its money goes through the bank's batch."
    )
    assert refusal(hq, "subsidy.cancel", waiting).code == "todo.in_batch"
