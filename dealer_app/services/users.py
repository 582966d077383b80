"""Accounts, passwords and sign-in.

Passwords are stored only as salted scrypt hashes. Five wrong passwords in a row lock the account
for `LOCKOUT_MINUTES`; an administrator can unlock it sooner. Passwords never reach the audit log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets

from dealer_app.domain.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    LedgerWriteRefused,
)
from dealer_app.domain.models import Role, User
from dealer_app.domain.text import hidden_controls, mixes_alphabets, normalise_name, skeleton
from dealer_app.services.audit import record
from dealer_app.services.context import Clock, Context, system_clock
from dealer_app.services.permissions import require
from dealer_app.storage import stores as store_rows
from dealer_app.storage import users as user_store
from dealer_app.storage.db import Ledger

MAX_FAILURES = 5
LOCKOUT_MINUTES = 15
MIN_PASSWORD_LENGTH = 8
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_DUMMY_HASH = "scrypt$16384$8$1$00$00"
NAME_RE = re.compile(r"^[\w.\-@]{2,40}$")


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(
        password.encode(), salt=bytes.fromhex(salt_hex), dklen=32, n=int(n), r=int(r), p=int(p)
    )
    return hmac.compare_digest(digest.hex(), digest_hex)


def server_secret(password: str) -> str:
    """A server login's password as the server keeps it (SCRAM), made here: the clear password
    never reaches the server or its log."""
    from dealer_app.storage.pg import scram_verifier

    return scram_verifier(password)


def validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            "user.password_short",
            min=MIN_PASSWORD_LENGTH,
        )


def validate_name(name: str) -> str:
    """A user name as stored: NFKC (full-width letters made plain), without hidden controls,
    in one alphabet (no Cyrillic і inside a Latin name)."""
    name = normalise_name(name)
    if hidden_controls(name) or not NAME_RE.match(name):
        raise InvalidInput("user.bad_name", name=name)
    if mixes_alphabets(name):
        raise InvalidInput("user.mixed_alphabets", name=name)
    return name


def _refuse_look_alike(ctx: Context, name: str) -> None:
    """Refuse a name that passes for an existing user's ("hq.fіnance" beside "hq.finance")."""
    mine = skeleton(name)
    for other in user_store.list_all(ctx.ledger):
        if skeleton(other.name) == mine:
            raise Conflict("user.looks_like", name=name, other=other.name)


def sign_in(ledger: Ledger, name: str, password: str, clock: Clock = system_clock) -> Context:
    """Check the password and return a Context for that user. Locks after five failures.

    Each attempt is counted *before* its password is checked, in the transaction that reads
    the count (the write lock held): twelve guesses at once are five checked and seven refused,
    never twelve checked. A right password then clears the count."""
    if ledger.is_server:  # the server checked the password when the ledger connected
        return Context(ledger, user_store.get(ledger, ledger.login), clock)
    now = clock()
    failed = AuthenticationFailed("auth.failed")
    row = user_store.auth_row(ledger, normalise_name(name))  # as stored: ｈｑ is hq
    if row is None:
        check_password(password, _DUMMY_HASH)  # same time as a real check: names stay secret
        raise failed
    if row["locked"]:
        raise AuthenticationFailed("auth.locked", name=row["name"])
    user = user_store.get(ledger, row["name"])
    ctx = Context(ledger, user, clock)
    if ledger.check_pending():
        # The integrity check of a big ledger still runs (the desktop's sign-in): nothing is
        # written before it passes; a failure is counted once it has (one person typing).
        return _sign_in_after_check(ctx, row, password, now)
    until = _take_attempt(ledger, user.name, now)
    if check_password(password, row["password_hash"]):
        if until is not False:
            with ledger.atomic():
                user_store.record_success(ledger, user.name)
        return ctx
    if until is not False:
        with ledger.atomic():
            record(ctx, "user.sign_in_failed", "user", user.name, {"locked_until": until})
    if until:
        raise _locked_for_now(user.name, until)
    raise failed


def _sign_in_after_check(ctx: Context, row, password: str, now: dt.datetime) -> Context:  # noqa: ANN001
    name = ctx.user.name
    if check_password(password, row["password_hash"]):
        if row["failed_attempts"] or row["locked_until"]:
            with ctx.ledger.atomic():
                user_store.record_success(ctx.ledger, name)
        return ctx
    with ctx.ledger.atomic():
        until = _take_attempt(ctx.ledger, name, now)
        record(ctx, "user.sign_in_failed", "user", name, {"locked_until": until})
    if until:
        raise _locked_for_now(name, until)
    raise AuthenticationFailed("auth.failed")


def _take_attempt(ledger: Ledger, name: str, now: dt.datetime) -> str | None | bool:
    """Count one attempt (refused while locked). Returns the lock it set (the fifth failure in
    a row), None, or False when the ledger cannot be written (a read-only copy: the attempt
    cannot be counted, and nothing can be changed through it either)."""
    stamp = now.isoformat(timespec="seconds")
    try:
        with ledger.atomic(checked=False):
            fresh = user_store.auth_row(ledger, name)
            if fresh["locked_until"] and fresh["locked_until"] > stamp:
                raise _locked_for_now(name, fresh["locked_until"])
            attempts = fresh["failed_attempts"] + 1
            until = None
            if attempts >= MAX_FAILURES:
                until = (now + dt.timedelta(minutes=LOCKOUT_MINUTES)).isoformat(timespec="seconds")
                attempts = 0
            user_store.record_failure(ledger, name, attempts, until)
            return until
    except LedgerWriteRefused:
        return False


def _locked_for_now(name: str, until: str) -> AuthenticationFailed:
    return AuthenticationFailed(
        "auth.locked_for_now",
        name=name,
        until=until,
    )


def add_user(ctx: Context, name: str, role: Role | str, region: str | None, password: str) -> User:
    require(ctx, "user.add")
    name = validate_name(name)
    role = _role(role)
    region = _check_region(ctx, role, region)
    validate_password(password)
    with ctx.ledger.atomic():
        if user_store.exists(ctx.ledger, name):
            raise Conflict("user.exists", name=name)
        _refuse_look_alike(ctx, name)
        user = User(name=name, role=role, region=region)
        if ctx.ledger.is_server:  # a login of its own, password kept by the server
            user_store.login(ctx.ledger, "add", name, role.value, server_secret(password))
            user.id = user_store.insert(ctx.ledger, user, "", ctx.now())
        else:
            user.id = user_store.insert(ctx.ledger, user, hash_password(password), ctx.now())
        record(ctx, "user.add", "user", name, {"after": {"role": role.value, "region": region}})
    return user


def set_role(
    ctx: Context, name: str, role: Role | str, region: str | None, expected_version: int = 0
) -> User:
    """`expected_version`: the account's row version when the person opened it (0: do not
    check); changed meanwhile, nothing is saved (no lost update)."""
    require(ctx, "user.role")
    role = _role(role)
    region = _check_region(ctx, role, region)
    with ctx.ledger.atomic():
        before = user_store.get(ctx.ledger, name)
        if expected_version and before.row_version != expected_version:
            raise Conflict("user.changed_meanwhile", name=before.name, role=before.role.value)
        if before.name == ctx.user.name and role != Role.ADMIN:
            raise Conflict(
                "user.self_demote",
            )
        user_store.update_role(ctx.ledger, before.name, role, region)
        if ctx.ledger.is_server and role != before.role:
            user_store.login(ctx.ledger, "role", before.name, role.value, None)
        record(
            ctx,
            "user.set_role",
            "user",
            before.name,
            {
                "before": {"role": before.role.value, "region": before.region},
                "after": {"role": role.value, "region": region},
            },
        )
        return user_store.get(ctx.ledger, before.name)


def reset_password(ctx: Context, name: str, new_password: str) -> None:
    """An administrator sets anyone's password; anybody may change their own."""
    if name.casefold() != ctx.user.name.casefold():
        require(ctx, "user.password")
    validate_password(new_password)
    with ctx.ledger.atomic():
        user = user_store.get(ctx.ledger, name)
        if ctx.ledger.is_server:
            user_store.login(ctx.ledger, "password", user.name, None, server_secret(new_password))
        else:
            user_store.set_password_hash(ctx.ledger, user.name, hash_password(new_password))
        record(ctx, "user.reset_password", "user", user.name, {})


def set_locked(ctx: Context, name: str, locked: bool) -> None:
    require(ctx, "user.lock")
    with ctx.ledger.atomic():
        user = user_store.get(ctx.ledger, name)
        if user.name == ctx.user.name and locked:
            raise Conflict("user.self_lock")
        user_store.set_locked(ctx.ledger, user.name, locked)
        if ctx.ledger.is_server:  # a disabled login cannot connect; its open sessions end
            user_store.login(ctx.ledger, "disable" if locked else "enable", user.name, None, None)
        record(ctx, "user.lock" if locked else "user.unlock", "user", user.name, {})


def list_users(ctx: Context) -> list[User]:
    require(ctx, "user.list")
    return user_store.list_all(ctx.ledger)


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidInput(
            "user.bad_role",
            role=str(role),
        ) from None


def _check_region(ctx: Context, role: Role, region: str | None) -> str | None:
    if role != Role.REGIONAL_MANAGER:
        if region:
            raise InvalidInput("user.region_not_allowed", role=role.value)
        return None
    codes = [r.code for r in store_rows.regions(ctx.ledger)]
    code = (region or "").strip().upper()
    if code not in codes:
        raise InvalidInput("user.bad_region", region=region or "", choices=codes)
    return code
