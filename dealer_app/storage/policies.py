"""Policies: every edit is a new version row; the current version is the one `is_current`."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from dealer_app.domain.errors import NotFound
from dealer_app.domain.models import Policy, PolicyKind, join_names
from dealer_app.storage.db import Ledger

COLUMNS = "id, code, version, name, name_zh, name_en, kind, params, budget, valid_from, valid_to"


def _row(r: sqlite3.Row) -> Policy:
    return Policy(
        code=r["code"],
        name=r["name"],
        kind=PolicyKind(r["kind"]),
        params=json.loads(r["params"]),
        budget=r["budget"],
        version=r["version"],
        valid_from=dt.date.fromisoformat(r["valid_from"]) if r["valid_from"] else None,
        valid_to=dt.date.fromisoformat(r["valid_to"]) if r["valid_to"] else None,
        id=r["id"],
        name_zh=r["name_zh"],
        name_en=r["name_en"],
    )


def current(ledger: Ledger, code: str) -> Policy:
    r = ledger.query_one(
        f"SELECT {COLUMNS} FROM policies WHERE code = ? AND is_current = 1", (code.strip(),)
    )
    if r is None:
        raise NotFound(
            "policy.not_found", policy=code, known=[p.code for p in list_current(ledger)]
        )
    return _row(r)


def saved_by(ledger: Ledger, policy_id: int) -> tuple[str, str]:
    """(who saved the policy version, when)."""
    r = ledger.query_one("SELECT created_by, created_at FROM policies WHERE id = ?", (policy_id,))
    if r is None:
        raise NotFound("policy.version_not_found", id=policy_id)
    return r[0], r[1]


def by_id(ledger: Ledger, policy_id: int) -> Policy:
    r = ledger.query_one(f"SELECT {COLUMNS} FROM policies WHERE id = ?", (policy_id,))
    if r is None:
        raise NotFound("policy.version_not_found", id=policy_id)
    return _row(r)


def list_current(ledger: Ledger) -> list[Policy]:
    return [
        _row(r)
        for r in ledger.query(f"SELECT {COLUMNS} FROM policies WHERE is_current = 1 ORDER BY code")
    ]


def versions(ledger: Ledger, code: str) -> list[Policy]:
    return [
        _row(r)
        for r in ledger.query(
            f"SELECT {COLUMNS} FROM policies WHERE code = ? ORDER BY version", (code,)
        )
    ]


def insert_version(ledger: Ledger, p: Policy, now: str, user: str) -> int:
    """Insert `p` as the new current version of its code (version = previous + 1)."""
    prev = ledger.query_one("SELECT max(version) FROM policies WHERE code = ?", (p.code,))
    version = (prev[0] or 0) + 1
    ledger.execute("UPDATE policies SET is_current = 0 WHERE code = ?", (p.code,))
    name_zh, name_en = p.names()
    cur = ledger.execute(
        "INSERT INTO policies (code, version, name, name_zh, name_en, kind, params, budget,"
        " valid_from, valid_to, is_current, created_at, created_by)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,1,?,?) RETURNING id",
        (
            p.code,
            version,
            join_names(name_zh, name_en),
            name_zh,
            name_en,
            p.kind.value,
            json.dumps(p.params, ensure_ascii=False, sort_keys=True),
            p.budget,
            p.valid_from.isoformat() if p.valid_from else None,
            p.valid_to.isoformat() if p.valid_to else None,
            now,
            user,
        ),
    )
    p.id = int(cur.fetchone()[0])
    p.version = version
    return p.id


def policy_as_dict(p: Policy) -> dict:
    return {
        "code": p.code,
        "version": p.version,
        "name": p.name,
        "name_zh": p.names()[0],
        "name_en": p.names()[1],
        "kind": p.kind.value,
        "params": p.params,
        "budget": p.budget,
        "valid_from": p.valid_from.isoformat() if p.valid_from else None,
        "valid_to": p.valid_to.isoformat() if p.valid_to else None,
    }


def set_budget(ledger: Ledger, policy_id: int, budget: int) -> None:
    """A new budget for the current version (a budget is not part of the amounts' rules)."""
    ledger.execute(
        "UPDATE policies SET budget = ? WHERE id = ? AND is_current = 1", (budget, policy_id)
    )


def same_rules(a: Policy, b: Policy) -> bool:
    """Whether `a` and `b` differ at most in their budget (and version)."""
    x, y = policy_as_dict(a), policy_as_dict(b)
    for d in (x, y):
        d.pop("budget")
        d.pop("version")
    return x == y


# -- regional quotas ---------------------------------------------------------------------------
def quotas(ledger: Ledger, policy_code: str) -> dict[str, int]:
    """region -> quota of `policy_code` (regions without one are not listed)."""
    rows = ledger.query(
        "SELECT region, quota FROM policy_quotas WHERE policy_code = ? ORDER BY region",
        (policy_code,),
    )
    return {r[0]: int(r[1]) for r in rows}


def quota_of(ledger: Ledger, policy_code: str, region: str) -> int | None:
    row = ledger.query_one(
        "SELECT quota FROM policy_quotas WHERE policy_code = ? AND region = ?",
        (policy_code, region),
    )
    return int(row[0]) if row else None


def set_quota(ledger: Ledger, policy_code: str, region: str, quota: int | None) -> None:
    """Set (or with None remove) `region`'s quota of `policy_code`."""
    ledger.execute(
        "DELETE FROM policy_quotas WHERE policy_code = ? AND region = ?", (policy_code, region)
    )
    if quota is not None:
        ledger.execute(
            "INSERT INTO policy_quotas (policy_code, region, quota) VALUES (?, ?, ?)",
            (policy_code, region, quota),
        )
