"""User accounts. Only the salted slow hash of a password is stored."""

from __future__ import annotations

import sqlite3

from dealer_app.domain.errors import NotFound
from dealer_app.domain.models import Role, User
from dealer_app.storage.db import Ledger


def _row(r: sqlite3.Row) -> User:
    return User(
        name=r["name"],
        role=Role(r["role"]),
        region=r["region"],
        locked=bool(r["locked"]),
        id=r["id"],
        row_version=r["row_version"],
    )


def get(ledger: Ledger, name: str) -> User:
    r = ledger.query_one(
        "SELECT id, name, role, region, locked, row_version FROM users WHERE lower(name) = lower(?)",
        (name,),
    )
    if r is None:
        raise NotFound("user.not_found", name=name)
    return _row(r)


def exists(ledger: Ledger, name: str) -> bool:
    return ledger.query_one("SELECT 1 FROM users WHERE lower(name) = lower(?)", (name,)) is not None


def list_all(ledger: Ledger) -> list[User]:
    return [
        _row(r)
        for r in ledger.query(
            "SELECT id, name, role, region, locked, row_version FROM users ORDER BY name"
        )
    ]


def auth_row(ledger: Ledger, name: str) -> sqlite3.Row | None:
    return ledger.query_one(
        "SELECT id, name, role, region, locked, row_version, password_hash, failed_attempts,"
        " locked_until"
        " FROM users WHERE lower(name) = lower(?)",
        (name,),
    )


def insert(ledger: Ledger, user: User, password_hash: str, now: str) -> int:
    cur = ledger.execute(
        "INSERT INTO users (name, role, region, password_hash, locked, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        (user.name, user.role.value, user.region, password_hash, int(user.locked), now),
    )
    return int(cur.fetchone()[0])


def update_role(ledger: Ledger, name: str, role: Role, region: str | None) -> None:
    ledger.execute(
        "UPDATE users SET role = ?, region = ?, row_version = row_version + 1 WHERE lower(name) = lower(?)",
        (role.value, region, name),
    )


def set_password_hash(ledger: Ledger, name: str, password_hash: str) -> None:
    ledger.execute(
        "UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL,"
        " row_version = row_version + 1 WHERE lower(name) = lower(?)",
        (password_hash, name),
    )


def set_locked(ledger: Ledger, name: str, locked: bool) -> None:
    ledger.execute(
        "UPDATE users SET locked = ?, failed_attempts = 0, locked_until = NULL,"
        " row_version = row_version + 1 WHERE lower(name) = lower(?)",
        (int(locked), name),
    )


def record_failure(ledger: Ledger, name: str, attempts: int, locked_until: str | None) -> None:
    ledger.execute(
        "UPDATE users SET failed_attempts = ?, locked_until = ? WHERE lower(name) = lower(?)",
        (attempts, locked_until, name),
    )


def record_success(ledger: Ledger, name: str) -> None:
    ledger.execute(
        "UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE lower(name) = lower(?)"
        " AND (failed_attempts <> 0 OR locked_until IS NOT NULL)",
        (name,),
    )


def login(ledger: Ledger, action: str, name: str, role: str | None, secret: str | None) -> None:
    """A server ledger's login: add, role, password, disable, enable (the database function
    checks that the caller may)."""
    ledger.query_one("SELECT dd_login(?, ?, ?, ?)", (action, name, role, secret))


def signed_in(ledger: Ledger) -> list[tuple[str, str, str | None, str | None]]:
    """A server ledger's people connected now through Dealer Desk: (name, role, region, since
    or None when the server does not say), from the server's own session list, longest first."""
    return [
        (r[0], r[1], r[2], r[3])
        for r in ledger.query(
            "SELECT u.name, u.role, u.region,"
            " to_char(s.since, 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM dd_signed_in() s"
            " JOIN users u ON u.name = s.name ORDER BY s.since NULLS LAST, u.name"
        )
    ]
