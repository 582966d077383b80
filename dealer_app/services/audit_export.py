"""The audit log exported for auditors: every entry, oldest first, to a .csv or .xlsx file.

Each row carries the stored hashes and a `check` column with the chain verdict for that row, so an
auditor can see which entries were altered, and can compare the last hash with an earlier export
(the chain has no secret: whoever rewrites the file can recompute it, but not the copies already
handed over). Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the
start) is neutralised by `dealer_app.importing.export`. Passwords are never in the audit log, so
they cannot be in the export.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from dealer_app.domain.errors import InvalidInput
from dealer_app.importing.export import write_csv, write_xlsx
from dealer_app.services.audit import record
from dealer_app.services.context import Context
from dealer_app.services.permissions import require
from dealer_app.storage import audit as audit_store

logger = logging.getLogger(__name__)

HEADERS = (
    "id",
    "at",
    "user",
    "action",
    "entity",
    "entity_id",
    "data",
    "prev_hash",
    "hash",
    "check",
)
FORMATS = (".csv", ".xlsx")


def _rows(ctx: Context, counter: list[int]) -> Iterator[tuple]:
    """Stored rows plus the chain verdict of each (the same rules as `audit verify`)."""
    prev_hash = audit_store.GENESIS
    expected_id = 1
    for r in audit_store.iter_raw(ctx.ledger):
        notes = []
        rid = r["id"]
        if rid > expected_id:
            notes.append(f"entries {expected_id} to {rid - 1} before this one are missing")
        elif rid < expected_id:
            notes.append("out of order")
        if r["prev_hash"] != prev_hash:
            notes.append("does not follow the entry before it")
        recomputed = audit_store.entry_hash(
            r["prev_hash"],
            rid,
            r["at"],
            r["user"],
            r["action"],
            r["entity"],
            r["entity_id"],
            r["data"],
        )
        if recomputed != r["hash"]:
            notes.append("altered after it was written")
        prev_hash, expected_id = r["hash"], rid + 1
        counter[0] += 1
        yield (
            rid,
            r["at"],
            r["user"],
            r["action"],
            r["entity"],
            r["entity_id"],
            r["data"],
            r["prev_hash"],
            r["hash"],
            "; ".join(notes) if notes else "ok",
        )


def export_audit(ctx: Context, path: Path | str) -> int:
    """Write the whole audit log to `path` (.csv in UTF-8 with BOM, or .xlsx); returns the
    number of entries written. Admins and HQ finance only: the log covers every region. The
    export itself is recorded in the audit log (who, when, where to, how many)."""
    require(ctx, "audit.export")
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(
            "audit.export_format",
            path=str(path),
        )
    counter = [0]
    try:
        with ctx.ledger.snapshot():  # one consistent moment of the log
            rows = _rows(ctx, counter)
            if suffix == ".csv":
                write_csv(path, HEADERS, rows)
            else:
                write_xlsx(path, HEADERS, rows, sheet="audit log")
    except OSError as exc:
        raise InvalidInput(
            "audit.export_failed",
            path=str(path),
            detail=str(getattr(exc, "strerror", None) or exc),
        ) from exc
    with ctx.ledger.atomic():
        record(
            ctx,
            "audit.export",
            "file",
            path.name,
            {"to": str(path), "entries": counter[0], "format": suffix[1:]},
        )
    logger.info("exported %d audit entries to %s", counter[0], path)
    return counter[0]
