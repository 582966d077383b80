"""Four eyes that mean two people: approvals the audit log shows may have been one person.

Per account the log says who last created it or set its password for someone else, and when
(its "custodian"). An approval is flagged when, within the window, the proposer's and the
approver's accounts were made or reset by the same administrator, or one of the two made or
reset the other's: that administrator (or colleague) could have acted as both. Pure: the
caller reads the entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dealer_app.domain.messages import Msg

_PROPOSE = {"subsidy.propose": "subsidy", "closure.propose": "closure"}
_APPROVE = {"subsidy.approve": "subsidy", "closure.approve": "closure"}


@dataclass(frozen=True, slots=True)
class Custody:
    by: str
    at: dt.datetime


def _when(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def findings(entries: Iterable[tuple[int, str, str, str, str, str]], window_days: int) -> list[Msg]:
    """`entries`: (id, at, user, action, entity_id, data JSON), oldest first. One message per
    flagged approval, naming its entry. A window of 0 days turns the check off."""
    if window_days <= 0:
        return []
    window = dt.timedelta(days=window_days)
    custody: dict[str, Custody] = {}
    proposer: dict[tuple[str, str], str] = {}
    out: list[Msg] = []
    for entry, at, user, action, entity_id, _data in entries:
        moment = _when(at)
        if moment is None:
            continue
        if action == "user.add" or (action == "user.reset_password" and user != entity_id):
            custody[entity_id.casefold()] = Custody(user, moment)
        elif action in _PROPOSE:
            proposer[(_PROPOSE[action], entity_id)] = user
        elif action in _APPROVE:
            who = proposer.get((_APPROVE[action], entity_id))
            if who is None:
                continue
            a, b = custody.get(who.casefold()), custody.get(user.casefold())

            def recent(c: Custody | None) -> bool:
                return c is not None and moment - c.at <= window  # noqa: B023

            same = recent(a) and recent(b) and a.by == b.by  # type: ignore[union-attr]
            chain = (recent(b) and b.by.casefold() == who.casefold()) or (  # type: ignore[union-attr]
                recent(a) and a.by.casefold() == user.casefold()  # type: ignore[union-attr]
            )
            if same or chain:
                out.append(
                    Msg(
                        "four_eyes.same_hands" if same else "four_eyes.chain",
                        {
                            "entry": entry,
                            "approver": user,
                            "proposer": who,
                            "admin": (a.by if same else (b.by if recent(b) else a.by)),  # type: ignore[union-attr]
                            "days": window_days,
                        },
                    )
                )
    return out
