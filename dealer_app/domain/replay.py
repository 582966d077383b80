"""The ledger's money and power as its audit log tells them, to compare with its tables.

A restore trusts a copy only when its tables say what its log says: each subsidy's amount and
status, each user's role and region, each partner's bank account where the log recorded it. A
copy whose tables were edited behind the application's back (a subsidy ×10, a bank account, a
manager made administrator) is refused although its chain verifies. Pure: the caller reads the
entries and the rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dealer_app.domain.messages import Msg

_STATUS_OF = {
    "subsidy.propose": "proposed",
    "subsidy.approve": "approved",
    "subsidy.reject": "rejected",
    "subsidy.cancel": "cancelled",
    "subsidy.cancel_by_closure": "cancelled",
    "subsidy.pay": "paid",
}

_CLOSURE_STATUS_OF = {
    "closure.propose": "proposed",
    "closure.approve": "approved",
    "closure.reject": "rejected",
}


@dataclass
class Replayed:
    subsidies: dict[int, list[Any]] = field(default_factory=dict)  # id -> [amount, status]
    users: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # name -> role, region
    banks: dict[int, tuple[str, str]] = field(default_factory=dict)  # partner id -> bank, account
    closures: dict[int, list[Any]] = field(default_factory=dict)  # id -> [estimated loss, status]


def replay(entries: Iterable[tuple[str, str, str]]) -> Replayed:
    """`entries`: (action, entity_id, data JSON text), oldest first."""
    out = Replayed()
    for action, entity_id, text in entries:
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            continue  # the chain check reports an unreadable entry
        if not isinstance(data, dict):
            continue
        if action in _STATUS_OF:
            sid = int(entity_id)
            if action == "subsidy.propose":
                out.subsidies[sid] = [data.get("amount"), "proposed"]
            elif sid in out.subsidies:
                out.subsidies[sid][1] = _STATUS_OF[action]
        elif action in _CLOSURE_STATUS_OF:
            cid = int(entity_id)
            if action == "closure.propose":
                out.closures[cid] = [data.get("estimated_loss"), "proposed"]
            elif cid in out.closures:
                out.closures[cid][1] = _CLOSURE_STATUS_OF[action]
        elif action == "ledger.init" and data.get("admin"):
            out.users[str(data["admin"])] = ("admin", None)
        elif action in ("user.add", "user.set_role"):
            after = data.get("after") or {}
            out.users[entity_id] = (after.get("role"), after.get("region"))
        elif action in ("partner.bank", "bank.confirm"):
            after = data.get("after") or {}
            out.banks[int(entity_id)] = (after.get("bank"), after.get("account"))
        elif action in ("store.add", "store.edit") and isinstance(data.get("new_partner"), dict):
            p = data["new_partner"]
            out.banks[int(p["id"])] = (p.get("bank", ""), p.get("account", ""))
        elif action == "store.import":
            for p in data.get("new_partners") or []:
                out.banks[int(p["id"])] = (p.get("bank", ""), p.get("account", ""))
    return out


def differences(
    told: Replayed,
    subsidies: Iterable[tuple[int, int, str]],
    users: Iterable[tuple[str, str, str | None]],
    banks: Iterable[tuple[int, str, str]],
    closures: Iterable[tuple[int, int, str]] = (),
    *,
    limit: int = 20,
) -> list[Msg]:
    """Where the tables (subsidies (id, amount, status), users (name, role, region), partners
    (id, bank, account), closures (id, estimated loss, status)) say other than the log."""
    out: list[Msg] = []
    for sid, amount, status in subsidies:
        logged = told.subsidies.get(sid)
        if logged is None:
            out.append(Msg("replay.subsidy_unlogged", {"id": sid}))
        elif [amount, status] != logged:
            out.append(
                Msg(
                    "replay.subsidy",
                    {"id": sid, "amount": amount, "status": status,
                     "logged_amount": logged[0] or 0, "logged_status": logged[1]},
                )
            )  # fmt: skip
    for name, role, region in users:
        logged_user = told.users.get(name)
        if logged_user is None:
            out.append(Msg("replay.user_unlogged", {"name": name, "role": role}))
        elif (role, region) != logged_user:
            out.append(
                Msg("replay.user", {"name": name, "role": role, "logged_role": logged_user[0]})
            )
    for cid, loss, status in closures:
        logged_closure = told.closures.get(cid)
        if logged_closure is None:
            out.append(Msg("replay.closure_unlogged", {"id": cid}))
        elif [loss, status] != logged_closure:
            out.append(
                Msg(
                    "replay.closure",
                    {"id": cid, "loss": loss, "status": status,
                     "logged_loss": logged_closure[0] or 0, "logged_status": logged_closure[1]},
                )
            )  # fmt: skip
    for pid, bank, account in banks:
        logged_bank = told.banks.get(pid)
        if logged_bank is not None and (bank, account) != logged_bank:
            out.append(
                Msg("replay.bank", {"id": pid, "account": account, "logged": logged_bank[1]})
            )
    if len(out) > limit:
        out = out[:limit] + [Msg("replay.more", {"count": len(out) - limit})]
    return out
