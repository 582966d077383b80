"""Recording and checking the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dealer_app.domain.errors import InvalidInput, PermissionDenied
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Role
from dealer_app.services.context import Context
from dealer_app.services.permissions import require
from dealer_app.storage import audit as audit_store
from dealer_app.storage import files
from dealer_app.storage.audit import AuditEntry


def record(
    ctx: Context, action: str, entity: str, entity_id: str | int, data: dict[str, Any] | None = None
) -> int:
    """Append an entry; call inside the change's `ctx.ledger.atomic()` block. The entry's
    action also tells the context what changed (`ctx.changes`)."""
    entry = audit_store.append(
        ctx.ledger,
        at=ctx.now(),
        user=ctx.user.name,
        action=action,
        entity=entity,
        entity_id=entity_id,
        data=data,
    )
    ctx.changes.add(action, entry)
    return entry


def record_many(
    ctx: Context, entries: list[tuple[str, str, str | int, dict[str, Any]]]
) -> list[int]:
    """Append several entries (action, entity, entity id, data) at once, in order: one
    statement for a whole batch of payments, each still its own entry."""
    ids = audit_store.append_many(ctx.ledger, at=ctx.now(), user=ctx.user.name, entries=entries)
    for (action, _entity, _eid, _data), entry in zip(entries, ids, strict=True):
        ctx.changes.add(action, entry)
    return ids


def verify(ctx: Context) -> tuple[int, list[str]]:
    """(entries checked, problems). Anyone signed in may verify a ledger file; on a server
    ledger a regional manager reads only their own entries, so the whole chain is for the
    roles that read everything."""
    if ctx.ledger.is_server and ctx.user.role == Role.REGIONAL_MANAGER:
        raise PermissionDenied("audit.verify_needs_whole_log", user=ctx.user.name)
    with ctx.ledger.snapshot():
        checked, problems = audit_store.verify(ctx.ledger)
        return checked, problems + audit_store.replay_problems(ctx.ledger)


@dataclass(frozen=True)
class Verification:
    """The chain checked, and against which copy of the ledger."""

    entries: int
    problems: list[str]
    copy: Path
    copy_entries: int
    copy_last_at: str | None


def verify_against(ctx: Context, copy: Path | str) -> Verification:
    """Check the chain and that it continues the log of `copy`, an earlier copy of this ledger
    (a backup, the day's automatic copy, one an auditor kept). The chain alone cannot see
    entries deleted from the end of the log together with SQLite's counter; a copy taken
    before can. Anyone signed in may verify."""
    copy = Path(copy)
    if not copy.is_file():
        raise InvalidInput(
            "audit.copy_missing",
            path=str(copy),
        )
    try:
        anchor, copy_problems = files.audit_head(copy)
    except files.DatabaseFileError as exc:
        raise InvalidInput(
            "audit.copy_unreadable",
            path=str(copy),
            detail=str(exc),
        ) from exc
    if copy_problems:
        raise InvalidInput(
            "audit.copy_broken",
            path=str(copy),
        )
    with ctx.ledger.snapshot():
        count, problems = audit_store.verify(ctx.ledger)
        problems += audit_store.continues(ctx.ledger, anchor, copy.name)
    return Verification(count, problems, copy, anchor.entries, anchor.last_at)


def entries(ctx: Context, **filters: Any) -> list[AuditEntry]:
    """The log, newest first. A regional manager reads only the entries of their own actions:
    the rest names other regions' stores and amounts. Admin and HQ finance read everything."""
    require(ctx, "audit.read")
    if ctx.user.role == Role.REGIONAL_MANAGER:
        filters["user"] = ctx.user.name
    return audit_store.entries(ctx.ledger, **filters)


def filter_values(ctx: Context) -> tuple[list[str], list[str]]:
    users, actions = audit_store.distinct_users_and_actions(ctx.ledger)
    if ctx.user.role == Role.REGIONAL_MANAGER:
        users = [u for u in users if u == ctx.user.name]
    return users, actions


def four_eyes(ctx: Context) -> list[Msg]:
    """Approvals the log shows may have been one person's (domain/four_eyes.py), for the
    people who read the whole log (administrators and HQ finance)."""
    from dealer_app.domain.four_eyes import findings
    from dealer_app.services.settings import all_settings

    require(ctx, "audit.export")
    days = int(all_settings(ctx.ledger)["four_eyes_window_days"])
    with ctx.ledger.snapshot():
        return findings(audit_store.people_entries(ctx.ledger), days)


#: The differences that mean a letter's anchor no longer holds.
ANCHOR_CODES = frozenset({"letter.diff.log_changed", "letter.diff.anchor"})


def verify_anchors(ctx: Context, files: list[Path]) -> tuple[int, list[Msg]]:
    """Check the anchors that left the building on paper: each letter (a PDF, or a text file
    of scanned QR codes, one per line) names the audit entry and hash of its issue; a ledger
    whose history was rewritten since no longer matches. Returns (letters checked,
    problems)."""
    from dealer_app.services import letters

    checked, problems = 0, []
    for path in files:
        path = Path(path)
        try:
            head = path.read_bytes()[:5]
        except OSError as exc:
            raise InvalidInput("letters.unreadable", path=str(path), detail=str(exc)) from exc
        if head.startswith(b"%PDF"):
            verdicts = [letters.verify_pdf(ctx, path)]
        else:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            verdicts = [letters.verify_qr(ctx, line) for line in lines if line.strip()]
        for verdict in verdicts:
            for check in verdict.letters:
                checked += 1
                for diff in check.differences:
                    if diff.code in ANCHOR_CODES:
                        problems.append(
                            Msg(
                                "audit.anchor_broken",
                                {"file": path.name, "letter": check.number or "?",
                                 "entry": diff.params.get("entry", 0)},
                            )
                        )  # fmt: skip
    return checked, problems
