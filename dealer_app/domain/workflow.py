"""Who may do what, and which status may follow which: the one table of the workflow.

Every status of a subsidy, a closure and a payout letter, and every transition between them
(the action that makes it, the roles that may, and what it requires), lives here as data. The
services ask it before they write (`check`), storage derives its status sets from it
(`statuses`), the tests enumerate it, and the shared ledger's database guards are generated
from it. A rule written a second time by hand is a rule that will disagree.

Actions are also the audit log's action codes ("subsidy.approve") and the words of refusals
("... may not approve subsidies"). Actions outside the workflow (managing users, importing,
restoring ...) are in `PERMISSIONS` with the roles that may take them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dealer_app.domain.models import ClosureStatus, Role, SubsidyStatus

OPERATORS = frozenset({Role.REGIONAL_MANAGER, Role.HQ_FINANCE})
ADMIN = frozenset({Role.ADMIN})
FINANCE = frozenset({Role.HQ_FINANCE})


class Requirement(StrEnum):
    """What a transition needs besides role and status; the service that makes it checks it."""

    REGION = "region"  # a regional manager acts only in their own region
    FOUR_EYES = "four_eyes"  # not the person who proposed it
    ELIGIBLE = "eligible"  # the policy, valid today, gives the store this amount
    ONE_LIVE = "one_live"  # no other live subsidy for the same (store, policy)
    BUDGET = "budget"  # approved + paid stays within the policy's budget (under a lock)
    REFERENCE = "reference"  # a payment reference is given
    STORE_OPEN = "store_open"  # the store is open
    NO_APPROVED_UNPAID = "no_approved_unpaid"  # the store has no approved, unpaid subsidy
    SUBSIDY_DECIDED = "subsidy_decided"  # the subsidy is approved or paid
    OWN = "own"  # only the person who made it (withdrawing one's own request)
    LIMITS = "limits"  # a batch stays within the count and total the settings allow
    PAYEES_SOUND = "payees_sound"  # every payee's details complete, none awaiting confirmation


@dataclass(frozen=True, slots=True)
class State:
    name: str
    live: bool = False  # blocks another of its kind for the same thing (a subsidy per store+policy)
    commits_budget: bool = False  # counts against the policy's budget
    final: bool = False  # nothing follows


@dataclass(frozen=True, slots=True)
class Transition:
    action: str  # "subsidy.approve": the action code, also in the audit log
    source: frozenset[str]  # the statuses it starts from; empty: it creates the thing
    target: str
    roles: frozenset[Role]  # empty: made by the system as a consequence of another action
    requires: frozenset[Requirement] = frozenset()


@dataclass(frozen=True, slots=True)
class Workflow:
    entity: str
    states: tuple[State, ...]
    transitions: tuple[Transition, ...]

    def state(self, name: str) -> State:
        for s in self.states:
            if s.name == name:
                return s
        raise KeyError(name)

    def statuses(
        self,
        *,
        live: bool | None = None,
        commits_budget: bool | None = None,
        final: bool | None = None,
    ) -> tuple[str, ...]:
        """The statuses with the given flags (None: either), in the table's order."""
        return tuple(
            s.name
            for s in self.states
            if (live is None or s.live == live)
            and (commits_budget is None or s.commits_budget == commits_budget)
            and (final is None or s.final == final)
        )

    def transition(self, action: str) -> Transition:
        for t in self.transitions:
            if t.action == action:
                return t
        raise KeyError(action)

    def allows(self, action: str, status: str | None) -> bool:
        """True when `action` may start from `status` (None: the thing does not exist yet)."""
        t = self.transition(action)
        return (not t.source) if status is None else status in t.source


def _t(
    action: str,
    source: tuple[str, ...],
    target: str,
    roles: frozenset[Role],
    *requires: Requirement,
) -> Transition:
    return Transition(action, frozenset(source), target, roles, frozenset(requires))


R = Requirement
S = SubsidyStatus
C = ClosureStatus

SUBSIDY = Workflow(
    "subsidy",
    (
        State(S.PROPOSED, live=True),
        State(S.APPROVED, live=True, commits_budget=True),
        State(S.REJECTED, final=True),
        State(S.PAID, live=True, commits_budget=True, final=True),
        State(S.CANCELLED, final=True),
    ),
    (
        _t("subsidy.propose", (), S.PROPOSED, OPERATORS, R.REGION, R.ELIGIBLE, R.ONE_LIVE),
        _t(
            "subsidy.approve", (S.PROPOSED,), S.APPROVED, OPERATORS, R.REGION, R.FOUR_EYES, R.BUDGET
        ),
        _t("subsidy.reject", (S.PROPOSED,), S.REJECTED, OPERATORS, R.REGION, R.FOUR_EYES),
        _t("subsidy.cancel", (S.PROPOSED, S.APPROVED), S.CANCELLED, OPERATORS, R.REGION),
        _t("subsidy.pay", (S.APPROVED,), S.PAID, FINANCE, R.REFERENCE),
        # Closing a store withdraws its proposals (closure.approve makes this one).
        _t("subsidy.cancel_by_closure", (S.PROPOSED,), S.CANCELLED, frozenset()),
    ),
)

CLOSURE = Workflow(
    "closure",
    (
        State(C.PROPOSED, live=True),
        State(C.APPROVED, final=True),
        State(C.REJECTED, final=True),
    ),
    (
        _t("closure.propose", (), C.PROPOSED, OPERATORS, R.REGION, R.STORE_OPEN, R.ONE_LIVE),
        _t(
            "closure.approve",
            (C.PROPOSED,),
            C.APPROVED,
            OPERATORS,
            R.REGION,
            R.FOUR_EYES,
            R.NO_APPROVED_UNPAID,
        ),
        _t("closure.reject", (C.PROPOSED,), C.REJECTED, OPERATORS, R.REGION, R.FOUR_EYES),
    ),
)


class LetterStatus(StrEnum):
    ISSUED = "issued"  # numbered; printed any number of times (the first is the original)
    VOID = "void"  # its subsidy was cancelled or rejected after it was issued


LETTER = Workflow(
    "letter",
    (
        State(LetterStatus.ISSUED, live=True),
        State(LetterStatus.VOID, final=True),
    ),
    (
        _t("letter.issue", (), LetterStatus.ISSUED, OPERATORS, R.REGION, R.SUBSIDY_DECIDED),
        _t("letter.print", (LetterStatus.ISSUED,), LetterStatus.ISSUED, OPERATORS, R.REGION),
        # Cancelling its subsidy voids the letter (subsidy.cancel makes this one).
        _t("letter.void", (LetterStatus.ISSUED,), LetterStatus.VOID, frozenset()),
    ),
)


class BankChangeStatus(StrEnum):
    PENDING = "pending"  # requested; the partner is still paid to the old details
    CONFIRMED = "confirmed"  # a second person confirmed it: the new details are in effect
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"  # its requester took it back


#: A change of a payee's bank details: four eyes before it takes effect ("bank.confirm" is
#: the moment the partner is paid to the new account).
BANK = Workflow(
    "bank",
    (
        State(BankChangeStatus.PENDING, live=True),
        State(BankChangeStatus.CONFIRMED, final=True),
        State(BankChangeStatus.REJECTED, final=True),
        State(BankChangeStatus.WITHDRAWN, final=True),
    ),
    (
        _t("bank.request", (), BankChangeStatus.PENDING, OPERATORS, R.REGION, R.ONE_LIVE),
        _t(
            "bank.confirm",
            (BankChangeStatus.PENDING,),
            BankChangeStatus.CONFIRMED,
            OPERATORS,
            R.REGION,
            R.FOUR_EYES,
        ),
        _t(
            "bank.reject",
            (BankChangeStatus.PENDING,),
            BankChangeStatus.REJECTED,
            OPERATORS,
            R.REGION,
            R.FOUR_EYES,
        ),
        _t(
            "bank.withdraw",
            (BankChangeStatus.PENDING,),
            BankChangeStatus.WITHDRAWN,
            OPERATORS,
            R.OWN,
        ),  # fmt: skip
    ),
)


class BatchStatusWord(StrEnum):
    DRAFT = "draft"
    RELEASED = "released"
    CLOSED = "closed"
    CANCELLED = "cancelled"


#: A payment batch: HQ finance makes it, a second finance user releases it (maker and checker),
#: the bank's results close it.
BATCH = Workflow(
    "batch",
    (
        State(BatchStatusWord.DRAFT, live=True),
        State(BatchStatusWord.RELEASED, live=True),
        State(BatchStatusWord.CLOSED, final=True),
        State(BatchStatusWord.CANCELLED, final=True),
    ),
    (
        _t("batch.create", (), BatchStatusWord.DRAFT, FINANCE, R.LIMITS),
        _t(
            "batch.release",
            (BatchStatusWord.DRAFT,),
            BatchStatusWord.RELEASED,
            FINANCE,
            R.FOUR_EYES,
            R.LIMITS,
            R.PAYEES_SOUND,
        ),
        _t(
            "batch.cancel",
            (BatchStatusWord.DRAFT, BatchStatusWord.RELEASED),
            BatchStatusWord.CANCELLED,
            FINANCE,
        ),
        # The bank's results answered every line (payments.import_results makes this one).
        _t("batch.close", (BatchStatusWord.RELEASED,), BatchStatusWord.CLOSED, frozenset()),
    ),
)

WORKFLOWS: dict[str, Workflow] = {w.entity: w for w in (SUBSIDY, CLOSURE, LETTER, BANK, BATCH)}

#: Who reads the way out (batches, bank files, results, vouchers, reports).
MONEY_READERS = frozenset({Role.HQ_FINANCE, Role.AUDITOR, Role.ADMIN})

ALL_ROLES = frozenset(Role)

#: Actions outside the status workflows: the roles that may take them.
PERMISSIONS: dict[str, frozenset[Role]] = {
    "store.save": OPERATORS,
    "store.import": OPERATORS,
    "batch.change": FINANCE,  # add subsidies to a draft batch or take them out
    "batch.export": FINANCE,  # write a released batch's bank file
    "batch.results": FINANCE,  # read the bank's result file back in
    "payments.read": MONEY_READERS,
    "vouchers.export": FINANCE,
    "performance.import": OPERATORS,
    "letter.verify": ALL_ROLES,
    "user.add": ADMIN,
    "user.role": ADMIN,
    "user.password": ADMIN,
    "user.lock": ADMIN,
    "user.list": frozenset({Role.ADMIN, Role.AUDITOR}),
    "policy.save": ADMIN,
    # HQ splits a policy's national budget into regional quotas (optional)
    "policy.quota": frozenset({Role.HQ_FINANCE}),
    "policy.what_if": ADMIN,
    "settings.save": ADMIN,
    "ledger.restore": ADMIN,
    # A copy holds all regions and bank accounts: for those who read everything anyway.
    "ledger.backup": frozenset({Role.ADMIN, Role.HQ_FINANCE, Role.AUDITOR}),
    "audit.read": ALL_ROLES,
    "audit.export": frozenset({Role.ADMIN, Role.HQ_FINANCE, Role.AUDITOR}),
}


def roles_for(action: str) -> frozenset[Role]:
    """The roles that may take `action` (a workflow transition or a plain permission)."""
    found = PERMISSIONS.get(action)
    if found is not None:
        return found
    entity = action.partition(".")[0]
    workflow = WORKFLOWS.get(entity)
    if workflow is None:
        raise KeyError(action)
    return workflow.transition(action).roles


def may(role: Role, action: str) -> bool:
    return role in roles_for(action)
