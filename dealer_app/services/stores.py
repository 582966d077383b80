"""Store use cases: list, add or edit one store, import stores and monthly performance.

An import is all or nothing: the whole file is parsed and checked first; any bad row raises
`RowError` listing every problem by row and column, and nothing is written. A good file is written
in one transaction together with its audit entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dealer_app.domain.credit_code import credit_code_error, normalize_credit_code
from dealer_app.domain.errors import Conflict, DealerError, ImportProblem, InvalidInput, RowError
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Partner, Store, StoreFilter, StoreStatus
from dealer_app.domain.plausible import opening_problem
from dealer_app.domain.text import hidden_controls
from dealer_app.services.audit import record
from dealer_app.services.context import Context
from dealer_app.services.permissions import require, require_region, scope
from dealer_app.storage import performance as perf_store
from dealer_app.storage import stores as store_rows

Progress = Callable[[int, int], None]

STORE_FIELDS = (
    "name",
    "partner_name",
    "partner_credit_code",
    "region",
    "province",
    "city",
    "address",
    "store_type",
    "established_on",
    "status",
    "partner_bank",
    "partner_account",
)


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    kind: str  # "stores" or "performance"
    file: str
    dry_run: bool
    rows: int = 0
    added: list[str] = field(default_factory=list)  # store codes (stores only)
    updated: dict[str, list[str]] = field(default_factory=dict)  # code -> changed fields
    unchanged: int = 0
    added_count: int = 0
    updated_count: int = 0
    warnings: list[Msg] = field(default_factory=list)

    def summary(self) -> Msg:
        """What the import did, in a sentence."""
        return Msg(
            f"import.summary.{self.kind}" + (".dry_run" if self.dry_run else ""),
            {
                "file": self.file,
                "rows": self.rows,
                "added": self.added_count,
                "updated": self.updated_count,
                "unchanged": self.unchanged,
            },
        )

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "file": self.file,
            "dry_run": self.dry_run,
            "rows": self.rows,
            "added": self.added_count,
            "updated": self.updated_count,
            "unchanged": self.unchanged,
            "added_keys": self.added,
            "updated_fields": self.updated,
            "warnings": [w.as_json() for w in self.warnings],
        }


def store_json(s: Store) -> dict:
    """A store as plain JSON data (what scripts read, what the audit log keeps)."""
    return store_rows.store_as_dict(s)


# -- reads --------------------------------------------------------------------------------------
def list_stores(ctx: Context, f: StoreFilter | None = None) -> list[Store]:
    f = f or StoreFilter()
    return store_rows.list_stores(ctx.ledger, _scoped(ctx, f))


def store_ids(
    ctx: Context, f: StoreFilter, sort: str = "code", descending: bool = False
) -> list[int]:
    return store_rows.store_ids(ctx.ledger, _scoped(ctx, f), sort, descending)


def store_page(
    ctx: Context,
    f: StoreFilter,
    sort: str = "code",
    descending: bool = False,
    first: int = 200,
    with_total: bool = False,
) -> tuple[list[int], dict[int, tuple], int | None]:
    """What the stores table shows first, in one go (one round trip to a shared ledger): the
    matching ids in display order, the rows of the first `first`, and (`with_total`) how many
    stores this person sees in all."""
    total_of = _scoped(ctx, StoreFilter()) if with_total else None
    return store_rows.store_page(ctx.ledger, _scoped(ctx, f), sort, descending, first, total_of)


def store_rows_for(ctx: Context, ids: list[int]) -> dict[int, tuple]:
    """Display tuples for ids that came from `store_ids`. Scoped again here: ids of stores the
    user may not see give nothing, whoever passes them."""
    rows = store_rows.store_rows(ctx.ledger, ids)
    allowed = scope(ctx.user)
    if allowed is None:
        return rows
    return {i: row for i, row in rows.items() if row[3] in allowed}  # row[3]: the region


def get_store(ctx: Context, code: str) -> Store:
    store = store_rows.get_store(ctx.ledger, code)
    require_region(ctx, store.region, "store.read", Msg("what.store", {"store": store.code}))
    return store


def regions(ctx: Context) -> list:
    return store_rows.regions(ctx.ledger)


def _scoped(ctx: Context, f: StoreFilter) -> StoreFilter:
    allowed = scope(ctx.user)
    if allowed is None:
        return f
    return StoreFilter(
        region=f.region, regions=allowed, store_type=f.store_type, status=f.status, search=f.search
    )


# -- one store ----------------------------------------------------------------------------------
def validate_store(ctx: Context, s: Store) -> dict[str, Msg]:
    """Field -> problem, for inline messages in the edit dialog. Empty when the store is fine."""
    problems: dict[str, Msg] = {}
    s.code = s.code.strip().upper()
    if not s.code or len(s.code) > 32 or not all(c.isalnum() or c in "-_" for c in s.code):
        problems["code"] = Msg("store.code_invalid")
    for name in ("name", "partner_name", "city"):
        value = getattr(s, name).strip()
        setattr(s, name, value)
        if not value:
            problems[name] = Msg("store.required", {"field": name})
        elif len(value) > 200:
            problems[name] = Msg("store.too_long", {"max": 200})
    for name in ("name", "partner_name", "city", "province", "address", "partner_bank"):
        hidden = hidden_controls(getattr(s, name) or "")
        if hidden:
            problems[name] = Msg(
                "text.hidden_controls",
                {"field": name, "chars": ", ".join(f"U+{ord(c):04X}" for c in hidden[:5])},
            )
    codes = {r.code for r in store_rows.regions(ctx.ledger)}
    if s.region not in codes:
        problems["region"] = Msg(
            "store.unknown_region", {"value": s.region, "choices": sorted(codes)}
        )
    if s.partner_credit_code:
        s.partner_credit_code = normalize_credit_code(s.partner_credit_code)
        problem = credit_code_error(s.partner_credit_code)
        if problem:
            problems["partner_credit_code"] = Msg(
                "store.credit_code_invalid",
                {"problem": problem.msg},
            )
    else:
        s.partner_credit_code = None
    if s.established_on is None and s.status != StoreStatus.PLANNED:
        problems["established_on"] = Msg("store.opening_date_required")
    opened = opening_problem(
        s.established_on,
        s.status in (StoreStatus.OPEN, StoreStatus.CLOSING, StoreStatus.CLOSED),
        ctx.machine_today(),
    )
    if opened is not None:
        problems["established_on"] = opened
    if s.status == StoreStatus.CLOSED and not s.closed_on:
        problems["status"] = Msg("store.close_via_closure")
    return problems


def save_store(ctx: Context, s: Store, *, new: bool) -> Store:
    """Add (`new=True`) or edit one store. Closing goes through closures, not through here."""
    require(ctx, "store.save")
    problems = validate_store(ctx, s)
    if problems:
        raise InvalidInput(
            "store.invalid",
            problems=problems,
        )
    what = Msg("what.store", {"store": s.code})
    require_region(ctx, s.region, "store.save", what)
    now = ctx.now()
    with ctx.ledger.atomic():
        existing = store_rows.existing_codes(ctx.ledger).get(s.code)
        if new and existing:
            raise Conflict(
                "store.exists",
                store=s.code,
            )
        before = None
        if not new:
            if not existing:
                raise Conflict("store.missing", store=s.code)
            before_store = store_rows.get_store(ctx.ledger, s.code)
            require_region(ctx, before_store.region, "store.save", what)
            if s.row_version and s.row_version != before_store.row_version:
                raise _changed_meanwhile(ctx, s, before_store)
            if before_store.status == StoreStatus.CLOSED and s.status != StoreStatus.CLOSED:
                raise Conflict(
                    "store.closed",
                    store=s.code,
                )
            if s.status == StoreStatus.CLOSED and before_store.status != StoreStatus.CLOSED:
                raise Conflict(
                    "store.close_via_closure",
                    store=s.code,
                )
            s.closed_on = before_store.closed_on
            before = store_rows.store_as_dict(before_store)
        partner = _partner_for(ctx, s)
        pid = partner["id"]
        if new:
            store_rows.insert_stores(ctx.ledger, [(s, pid)], now)
        else:
            store_rows.update_stores(ctx.ledger, [(s, pid)], now, ctx.user.name)
        after = store_rows.get_store(ctx.ledger, s.code)
        data = {"before": before, "after": store_rows.store_as_dict(after)}
        if partner.get("new"):
            data["new_partner"] = partner
        record(ctx, "store.add" if new else "store.edit", "store", s.code, data)
    return after


#: The fields of a store a person edits, as the conflict message names them.
EDITED_FIELDS = (
    "name",
    "partner_name",
    "partner_credit_code",
    "region",
    "province",
    "city",
    "address",
    "store_type",
    "established_on",
    "status",
)


def _changed_meanwhile(ctx: Context, mine: Store, theirs: Store) -> Conflict:
    """The store was saved by someone else since `mine` was read: what they changed, what this
    person wants, and the version to save over theirs if this person chooses to."""
    version, by, at = store_rows.store_stamp(ctx.ledger, theirs.code)
    ours, now = store_rows.store_as_dict(mine), store_rows.store_as_dict(theirs)
    fields = [
        {"field": f, "yours": ours[f] or "", "theirs": now[f] or ""}
        for f in EDITED_FIELDS
        if (ours[f] or "") != (now[f] or "")
    ]
    return Conflict(
        "store.changed_meanwhile",
        store=theirs.code,
        by=by or "?",
        at=at or "",
        fields=fields,
        version=version,
    )


def _partner_for(ctx: Context, s: Store) -> dict:
    """The partner a store form names: an existing one exactly as the ledger holds it (a store
    never changes a partner's name or payee details: refused when the form differs), or a new
    one with the form's details."""
    from dealer_app.services.partners import payee_differences

    pid = store_rows.find_partner(ctx.ledger, s.partner_name, s.partner_credit_code)
    if pid is None:
        partner = Partner(
            s.partner_name, s.partner_credit_code, "", s.partner_bank, s.partner_account
        )
        pid = store_rows.insert_partner(ctx.ledger, partner)
        return {"id": pid, "new": True, "name": partner.name, "credit_code": partner.credit_code,
                "bank": partner.bank, "account": partner.account}  # fmt: skip
    held = store_rows.get_partner(ctx.ledger, pid)
    differences = payee_differences(held, s.partner_bank, s.partner_account, s.partner_name)
    if differences:
        raise InvalidInput("store.partner_differs", partner=held.name, problems=differences)
    return {"id": pid}


@dataclass
class ImportCheck:
    """What checking a file before importing it found: its rows (for a preview), and either a
    report of what the import would do, or every problem, or why it could not be read."""

    table: Any | None  # importing.readers.Table: headers and rows as the file holds them
    report: ImportReport | None = None
    problems: list[ImportProblem] | None = None
    error: DealerError | None = None  # the file could not be read at all


def check_import(
    ctx: Context, kind: str, path: Path | str, progress: Progress | None = None
) -> ImportCheck:
    """Read the file for a preview, then dry-run its import (`kind`: "stores" or
    "performance"); nothing is written."""
    from dealer_app.importing.readers import read_rows

    try:
        table = read_rows(Path(path))
    except RowError as exc:
        return ImportCheck(None, problems=exc.problems, error=exc)
    except DealerError as exc:
        return ImportCheck(None, error=exc)
    fn = import_stores if kind == "stores" else import_performance
    try:
        report = fn(ctx, path, dry_run=True, progress=progress)
    except RowError as exc:
        return ImportCheck(table, problems=exc.problems)
    except DealerError as exc:
        return ImportCheck(table, error=exc)
    return ImportCheck(table, report=report)


MAX_UNPRINTABLE_WARNINGS = 100


def _unprintable_rows(stores: Sequence[Store], rows: Sequence[int]) -> list[Msg]:
    """A warning per row whose store or partner details hold a character no letter font has:
    the store is imported, but its payout letter would be refused until it is corrected."""
    from dealer_app.services.letters import store_unprintable

    out = []
    for s, row in zip(stores, rows, strict=False):
        found = store_unprintable(
            s.name,
            s.partner_name or "",
            partner_address=s.partner_address or "",
            partner_bank=s.partner_bank or "",
            store_city=s.city or "",
        )
        if found:
            out.append(Msg("import.unprintable", {"row": row, "store": s.code, "problems": found}))
    if len(out) > MAX_UNPRINTABLE_WARNINGS:
        more = len(out) - MAX_UNPRINTABLE_WARNINGS
        out = out[:MAX_UNPRINTABLE_WARNINGS] + [Msg("import.unprintable_more", {"count": more})]
    return out


class _DryRun(Exception):
    """Raised inside a transaction to roll back a dry run's writes."""


# -- imports ------------------------------------------------------------------------------------
def import_stores(
    ctx: Context, path: Path | str, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportReport:
    require(ctx, "store.import")
    from dealer_app.importing.readers import paused_gc

    # A file of 100,000 stores or 2,000,000 monthly rows becomes millions of small objects
    # (cells, stores, parameter tuples), none in a reference cycle. With the cyclic collector on,
    # it walks all of them again every few thousand new ones: profiled, that was a third of a
    # 2-million-row import (reading the ledger's store codes after the file: 3.8 s, all of it
    # collection). Reference counting still frees everything; the collector resumes on return.
    with paused_gc():
        return _import_stores(ctx, Path(path), dry_run, progress)


def _import_stores(
    ctx: Context, path: Path, dry_run: bool, progress: Progress | None
) -> ImportReport:
    from dealer_app.importing.readers import streamed_rows
    from dealer_app.importing.stores import MAX_PROBLEMS, build_region_lookup, parse_stores

    region_lookup = build_region_lookup(store_rows.regions(ctx.ledger))
    # Read as checked (a million rows of cells held as a list would take another gigabyte).
    with streamed_rows(path) as table:
        parsed = parse_stores(table, region_lookup, progress=progress, today=ctx.machine_today())
        rows_read = parsed.rows_read
    problems = list(parsed.problems)
    allowed = scope(ctx.user)
    existing = store_rows.existing_codes(ctx.ledger)
    row_of = parsed.row_numbers
    for s, row in zip(parsed.stores, row_of, strict=False):
        if len(problems) >= MAX_PROBLEMS:  # the cap holds for every kind of problem
            break
        if allowed is not None and s.region not in allowed:
            problems.append(
                ImportProblem(
                    row,
                    "region",
                    Msg(
                        "import.other_region",
                        {
                            "store": s.code,
                            "region": s.region,
                            "user": ctx.user.name,
                            "own": ctx.user.region,
                        },
                    ),
                )
            )
        elif allowed is not None and s.code in existing and existing[s.code][1] not in allowed:
            problems.append(
                ImportProblem(
                    row,
                    "store_code",
                    Msg(
                        "import.other_region_store",
                        {"store": s.code, "region": existing[s.code][1], "user": ctx.user.name},
                    ),
                )
            )
    if problems:
        problems.sort(key=lambda p: (p.row, p.column or ""))
        raise RowError(problems)
    report = ImportReport(
        "stores", path.name, dry_run, rows=rows_read, warnings=list(parsed.warnings)
    )
    report.warnings += _unprintable_rows(parsed.stores, row_of)
    now = ctx.now()
    with ctx.ledger.atomic():
        current = (
            {s.code: s for s in store_rows.list_stores(ctx.ledger, StoreFilter(regions=allowed))}
            if existing
            else {}
        )
        to_insert: list[Store] = []
        to_update: list[Store] = []
        for s, row in zip(parsed.stores, row_of, strict=False):
            old = current.get(s.code)
            if old is None:
                if s.code in existing:  # outside the user's scope; caught above
                    continue
                report.added.append(s.code)
                to_insert.append(s)
                continue
            changed = _changed_fields(old, s)
            if old.status == StoreStatus.CLOSED and s.status != StoreStatus.CLOSED:
                raise RowError(
                    [ImportProblem(row, "status", Msg("import.closed_store", {"store": s.code}))]
                )
            if changed:
                report.updated[s.code] = changed
                to_update.append(s)
            else:
                report.unchanged += 1
        report.added_count, report.updated_count = len(to_insert), len(to_update)
        if dry_run:
            return report
        partner_ids, new_partners = _import_partners(ctx, to_insert + to_update, report)
        store_rows.insert_stores(
            ctx.ledger,
            [(s, partner_ids[(s.partner_name, s.partner_credit_code)]) for s in to_insert],
            now,
        )
        store_rows.update_stores(
            ctx.ledger,
            [(s, partner_ids[(s.partner_name, s.partner_credit_code)]) for s in to_update],
            now,
            ctx.user.name,
        )
        record(
            ctx,
            "store.import",
            "file",
            path.name,
            {
                "rows": report.rows,
                "added_count": report.added_count,
                "updated_count": report.updated_count,
                **_listed("added", report.added),
                **_listed("updated", report.updated),
                "unchanged": report.unchanged,
                **_listed("new_partners", new_partners),
            },
        )
    return report


#: How many items an import's audit entry lists by name: beyond, it counts them (the stores
#: themselves and their own rows say the rest; a million codes made a 13 MB audit row).
AUDIT_LISTED = 1000


def _listed(key: str, items: list | dict) -> dict:
    if len(items) <= AUDIT_LISTED:
        return {key: items}
    if isinstance(items, dict):
        first = dict(list(items.items())[:AUDIT_LISTED])
    else:
        first = list(items)[:AUDIT_LISTED]
    return {key: first, f"{key}_not_listed": len(items) - AUDIT_LISTED}


def _import_partners(
    ctx: Context, stores: list[Store], report: ImportReport
) -> tuple[dict[tuple, int], list[dict]]:
    """The partner of each imported store: existing partners as the ledger holds them (a file
    never changes a partner's name or payee details: each difference is a warning in the
    report), new ones inserted with the file's details."""
    from dealer_app.services.partners import payee_differences

    index = store_rows.partner_index(ctx.ledger)
    ids: dict[tuple, int] = {}
    created: list[dict] = []
    # A server ledger: one round trip for all new partners, not one each (an office WAN).
    pending = (
        store_rows.NewPartners(ctx.ledger, len({(s.partner_name, s.partner_credit_code)
                                                for s in stores}))
        if ctx.ledger.is_server
        else None
    )  # fmt: skip
    for s in stores:
        key = (s.partner_name, s.partner_credit_code)
        if key in ids:
            continue
        pid = store_rows.find_partner(
            ctx.ledger, s.partner_name, s.partner_credit_code, index, pending
        )
        if pid is None:
            partner = Partner(
                s.partner_name,
                s.partner_credit_code,
                getattr(s, "partner_address", "") or "",
                s.partner_bank,
                s.partner_account,
            )
            if pending is not None:
                pid = pending.add(partner, index)
            else:
                pid = store_rows.insert_partner(ctx.ledger, partner, index)
            created.append({"id": pid, "name": partner.name, "credit_code": partner.credit_code,
                            "bank": partner.bank, "account": partner.account})  # fmt: skip
        else:
            held = (pending.get(pid) if pending is not None else None) or store_rows.get_partner(
                ctx.ledger, pid
            )
            differences = payee_differences(held, s.partner_bank, s.partner_account, s.partner_name)
            if differences:
                report.warnings.append(
                    Msg("import.partner_kept", {"partner": held.name, "problems": differences})
                )
        ids[key] = pid
    if pending is not None:
        pending.flush()
    return ids, created


def _changed_fields(old: Store, new: Store) -> list[str]:
    changed = []
    for name in STORE_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if name in ("partner_bank", "partner_account") and not b:
            continue  # an empty optional column keeps what the ledger has
        if name == "partner_credit_code" and not b:
            continue
        if a != b:
            changed.append(name)
    return changed


def import_performance(
    ctx: Context, path: Path | str, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportReport:
    require(ctx, "performance.import")
    from dealer_app.importing.readers import paused_gc

    with paused_gc():  # as in import_stores
        return _import_performance(ctx, Path(path), dry_run, progress)


def _import_performance(
    ctx: Context, path: Path, dry_run: bool, progress: Progress | None
) -> ImportReport:
    from dealer_app.importing.performance import parse_performance
    from dealer_app.importing.readers import streamed_rows
    from dealer_app.importing.stores import MAX_PROBLEMS

    allowed = scope(ctx.user)
    existing = store_rows.existing_codes(ctx.ledger)
    # Read as checked: 2,000,000 rows held as a list of cells would take another 1.1 GB.
    with streamed_rows(path) as table:
        parsed = parse_performance(
            table, existing.keys(), progress=progress, today=ctx.machine_today()
        )
    problems = list(parsed.problems)
    if allowed is not None:
        for (code, *_), row in zip(parsed.records, parsed.row_numbers, strict=True):
            if len(problems) >= MAX_PROBLEMS:  # the cap holds for every kind of problem
                break
            region = existing[code][1]
            if region not in allowed:
                problems.append(
                    ImportProblem(
                        row,
                        "store_code",
                        Msg(
                            "import.other_region",
                            {
                                "store": code,
                                "region": region,
                                "user": ctx.user.name,
                                "own": ctx.user.region,
                            },
                        ),
                    )
                )
        problems.sort(key=lambda p: (p.row, p.column or ""))
    if problems:
        raise RowError(problems)
    report = ImportReport(
        "performance", path.name, dry_run, rows=parsed.rows_read, warnings=list(parsed.warnings)
    )
    try:
        with ctx.ledger.atomic():
            before = perf_store.row_count(ctx.ledger)
            perf_store.upsert_rows(
                ctx.ledger,
                (
                    (existing[code][0], month, vehicles, revenue, cost, profit)
                    for code, month, vehicles, revenue, cost, profit in parsed.records
                ),
            )
            report.added_count = perf_store.row_count(ctx.ledger) - before
            report.updated_count = len(parsed.records) - report.added_count
            if dry_run:
                # The exact counts come from doing the write; a dry run then undoes it.
                raise _DryRun
            record(
                ctx,
                "performance.import",
                "file",
                path.name,
                {
                    "rows": report.rows,
                    "added": report.added_count,
                    "replaced": report.updated_count,
                    "stores": len({r[0] for r in parsed.records}),
                },
            )
    except _DryRun:
        pass
    return report


def store_history(ctx: Context, code: str) -> list[tuple]:
    store = get_store(ctx, code)
    assert store.id is not None
    return perf_store.store_history(ctx.ledger, store.id)
