"""What a use case changed, as the GUI needs to know to refresh (Anki's `OpChanges`).

Every write of a use case is audited, so the audit entries it writes say what it changed: the
services never list it by hand, and a new action cannot forget to. `record` (services/audit.py)
adds each entry's action to the acting `Context`'s `Changes`; whoever ran the use case takes
them afterwards (`Changes.take`) and tells the screens. Each topic is a kind of thing a screen
shows.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

STORES = "stores"
PERFORMANCE = "performance"
SUBSIDIES = "subsidies"
CLOSURES = "closures"
POLICIES = "policies"
USERS = "users"
SETTINGS = "settings"
LETTERS = "letters"
PAYMENTS = "payments"  # batches, bank details, bank results, vouchers
AUDIT = "audit"  # every write is audited, so every change touches it
ALL = frozenset(
    {STORES, PERFORMANCE, SUBSIDIES, CLOSURES, POLICIES, USERS, SETTINGS, LETTERS, PAYMENTS, AUDIT}
)

#: An audit action's first part -> the topics it changes. A closure decision moves its store
#: and may cancel subsidies; a performance import changes what closures are candidates.
_BY_ENTITY: dict[str, frozenset[str]] = {
    "store": frozenset({STORES}),
    "performance": frozenset({PERFORMANCE, CLOSURES}),
    "subsidy": frozenset({SUBSIDIES, PAYMENTS}),
    "closure": frozenset({CLOSURES, STORES, SUBSIDIES}),
    "letter": frozenset({LETTERS}),
    "policy": frozenset({POLICIES, SUBSIDIES}),
    "user": frozenset({USERS}),
    "settings": frozenset({SETTINGS, CLOSURES, LETTERS, PAYMENTS}),
    # Money out: a bank result pays subsidies; confirmed bank details show on stores and letters.
    "bank": frozenset({PAYMENTS, STORES, LETTERS}),
    "batch": frozenset({PAYMENTS, SUBSIDIES}),
    "payment": frozenset({PAYMENTS, SUBSIDIES}),
    "vouchers": frozenset({PAYMENTS}),
    # A backup, an export or a verification changes nothing but the log itself.
    "ledger": frozenset(),
    "audit": frozenset(),
}


def topics_for(action: str) -> frozenset[str]:
    """The topics an audited action changes (an unknown kind of action: everything)."""
    found = _BY_ENTITY.get(action.partition(".")[0])
    return (found if found is not None else ALL) | {AUDIT}


@dataclass
class Changes:
    """The actions written since the last `take`, counted; and the numbers of every audit entry
    this context wrote (`written`, kept across takes: a live feed announces those entries too,
    and the program already knows of them)."""

    actions: Counter[str] = field(default_factory=Counter)
    written: set[int] = field(default_factory=set)

    def add(self, action: str, entry_id: int | None = None) -> None:
        self.actions[action] += 1
        if entry_id is not None:
            self.written.add(entry_id)

    @property
    def topics(self) -> frozenset[str]:
        out: set[str] = set()
        for action in self.actions:
            out |= topics_for(action)
        return frozenset(out)

    def take(self) -> Changes:
        """What changed so far; this one starts empty again."""
        taken = Changes(self.actions, self.written)
        self.actions = Counter()
        return taken

    def __bool__(self) -> bool:
        return bool(self.actions)
