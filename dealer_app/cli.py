"""The command line: a contract for HQ scripts, and the way into the GUI.

Exit codes: 0 success; 1 invalid input or a refused action (a plain message on stderr, never a
traceback); 2 usage errors. `--json` output goes to stdout only. Qt is imported only on the path
that opens the GUI.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from dealer_app import __version__
from dealer_app.domain.errors import DealerError, InvalidInput, RowError
from dealer_app.paths import default_ledger_path

logger = logging.getLogger("dealer_app.cli")

PASSWORD_ENV = "DEALER_APP_PASSWORD"
NEW_PASSWORD_ENV = "DEALER_APP_NEW_PASSWORD"
USER_ENV = "DEALER_APP_USER"


class UsageError(Exception):
    """Exit code 2."""


# ---------------------------------------------------------------------------------------------
# parser
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="ledger file (default: ledger.sqlite3 in the user data folder)",
    )
    common.add_argument(
        "--user",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=f"acting user (default: ${USER_ENV} or admin); password from ${PASSWORD_ENV} or a prompt",
    )

    parser = argparse.ArgumentParser(
        prog="dealer-app",
        description="Dealer Desk: stores, subsidies, closures and payout letters. "
        "Without a command, opens the desktop application.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"Dealer Desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_: str, parent: Any = sub) -> argparse.ArgumentParser:
        return parent.add_parser(name, help=help_, description=help_, parents=[common])

    def json_flag(p: argparse.ArgumentParser) -> None:
        p.add_argument("--json", action="store_true", help="machine-readable output on stdout")

    add("gui", "open the desktop application")

    p = add("init", f"create a new ledger; the admin password comes from ${PASSWORD_ENV}")
    p.add_argument("--demo", action="store_true", help="fill it with the realistic demo network")

    p = add("user", "manage users (admin)")
    usub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("add", f"add a user; the new password comes from ${NEW_PASSWORD_ENV}", usub)
    q.add_argument("name")
    q.add_argument("--role", required=True, choices=["admin", "hq_finance", "regional_manager"])
    q.add_argument("--region", metavar="CODE")
    q = add("list", "list users", usub)
    json_flag(q)
    q = add("passwd", f"set a password (from ${NEW_PASSWORD_ENV})", usub)
    q.add_argument("name")
    q = add("lock", "lock an account", usub)
    q.add_argument("name")
    q = add("unlock", "unlock an account", usub)
    q.add_argument("name")

    p = add("import", "import a CSV or XLSX file (all rows or none)")
    isub = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind in ("stores", "performance"):
        q = add(kind, f"import {kind}", isub)
        q.add_argument("file", type=Path)
        q.add_argument(
            "--dry-run", action="store_true", help="report what would change; write nothing"
        )
        json_flag(q)

    p = add("stores", "list stores")
    ssub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("list", "list stores", ssub)
    q.add_argument("--region")
    q.add_argument("--status")
    q.add_argument("--type", dest="store_type")
    q.add_argument("--search", default="")
    json_flag(q)

    p = add("eligibility", "every store's eligibility under a policy, with the reason")
    p.add_argument("--policy", required=True, metavar="CODE")
    json_flag(p)

    p = add("subsidy", "propose, approve, reject, pay, cancel or list subsidies")
    xsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("propose", "propose a subsidy; prints the new id", xsub)
    q.add_argument("--policy", required=True, metavar="CODE")
    q.add_argument("--store", required=True, metavar="CODE")
    json_flag(q)
    for action in ("approve", "reject", "cancel"):
        q = add(action, f"{action} a subsidy", xsub)
        q.add_argument("id", type=int)
        q.add_argument("--comment", default="")
        json_flag(q)
    q = add("pay", "mark an approved subsidy paid (HQ finance)", xsub)
    q.add_argument("id", type=int)
    q.add_argument("--reference", required=True)
    json_flag(q)
    q = add("list", "list subsidies", xsub)
    q.add_argument("--status")
    q.add_argument("--policy")
    json_flag(q)
    q = add("budget", "a policy's budget use", xsub)
    q.add_argument("--policy", required=True)
    json_flag(q)

    p = add("closures", "closure candidates")
    csub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("candidates", "inefficient, loss-making open stores opened before the cutoff", csub)
    json_flag(q)
    q = add("list", "closure proposals", csub)
    q.add_argument("--status")
    json_flag(q)

    p = add("closure", "propose, approve or reject a store closure")
    csub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("propose", "propose closing a store", csub)
    q.add_argument("--store", required=True, metavar="CODE")
    q.add_argument(
        "--loss", type=int, help="estimated one-time loss in yuan (default per store type)"
    )
    q.add_argument("--comment", default="")
    json_flag(q)
    q = add("approve", "approve a closure: the store is closed", csub)
    q.add_argument("id", type=int)
    q.add_argument("--date", help="closing date YYYY-MM-DD (default today)")
    q.add_argument("--comment", default="")
    json_flag(q)
    q = add("reject", "reject a closure: the store stays open", csub)
    q.add_argument("id", type=int)
    q.add_argument("--comment", default="")
    json_flag(q)

    p = add("policy", "list policies")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("list", "current policy versions", psub)
    json_flag(q)

    p = add("audit", "the audit log")
    asub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("verify", "check the hash chain of the whole log", asub)
    q.add_argument(
        "--against",
        type=Path,
        metavar="BACKUP",
        help="also check that the log continues the log of this earlier copy of the ledger "
        "(catches entries deleted from the end)",
    )
    json_flag(q)
    q = add("export", "export the audit log for auditors (.csv or .xlsx)", asub)
    q.add_argument("file", type=Path)

    p = add("backup", "copy the ledger to FILE (safe while others work)")
    p.add_argument("file", type=Path)

    p = add("restore", "replace the ledger by a checked backup (the old one is kept aside)")
    p.add_argument("file", type=Path)

    _add_letters(add, sub, json_flag)
    return parser


def _add_letters(add: Callable, sub: Any, json_flag: Callable) -> None:
    p = add("letters", "generate payout letters (PDF), or `letters verify FILE.pdf`")
    p.add_argument("target", nargs="?", help=argparse.SUPPRESS)
    p.add_argument("pdf", nargs="?", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--policy", metavar="CODE")
    p.add_argument("--out", type=Path, metavar="DIR")
    p.add_argument("--region", metavar="CODE")
    p.add_argument(
        "--single-pdf", action="store_true", help="one batch PDF instead of one per letter"
    )
    json_flag(p)


# ---------------------------------------------------------------------------------------------
# helpers
def _emit_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=None) + "\n")


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    widths = [len(h) for h in headers]
    text_rows = [[("" if v is None else str(v)) for v in r] for r in rows]
    for r in text_rows:
        for i, v in enumerate(r):
            widths[i] = min(max(widths[i], _display_width(v)), 60)

    def line(values: Sequence[str]) -> str:
        return "  ".join(_pad(v, widths[i]) for i, v in enumerate(values)).rstrip()

    print(line(list(headers)))
    print("  ".join("-" * w for w in widths))
    for r in text_rows:
        print(line(r))


def _display_width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _display_width(text))


def _ledger_path(args: argparse.Namespace) -> Path:
    db = getattr(args, "db", None)
    return Path(db).expanduser() if db else default_ledger_path()


def _utf8(value: str, what: str) -> str:
    """Refuse text holding bytes that were not UTF-8 (Python keeps them as lone surrogates, which
    SQLite cannot store): say so plainly instead of failing deep inside."""
    if any("\ud800" <= c <= "\udfff" for c in value):
        raise InvalidInput(
            "cli.not_utf8",
            f"{what} contains bytes that are not UTF-8 text; check the encoding of your terminal "
            "or script. Nothing was done.",
        )
    return value


def _refuse_undecodable(args: argparse.Namespace) -> None:
    for key, value in vars(args).items():
        if isinstance(value, str):  # paths (Path) may hold any bytes the file system allows
            _utf8(value, f"The {key.replace('_', ' ')} given")


def _password(env: str, prompt: str, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return _utf8(value, f"The password in ${env}")
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput(
            "cli.no_password",
            f"No password: set {env}, or run the command in a terminal to be asked.",
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise InvalidInput(
            "cli.password_mismatch", "The two passwords differ; nothing was changed."
        )
    return first


@contextlib.contextmanager
def _signed_in(args: argparse.Namespace) -> Iterator[Any]:
    """A signed-in Context for one command; the ledger is closed however the command ends."""
    ctx = _context(args)
    try:
        yield ctx
    finally:
        ctx.ledger.close()


def _context(args: argparse.Namespace):  # -> Context
    from dealer_app.services.users import sign_in
    from dealer_app.storage.db import open_ledger

    ledger = open_ledger(_ledger_path(args))
    name = _utf8(
        getattr(args, "user", None) or os.environ.get(USER_ENV) or "admin", "The user name"
    )
    try:
        ctx = sign_in(ledger, name, _password(PASSWORD_ENV, f"Password for {name}: "))
    except BaseException:
        ledger.close()
        raise
    try:
        from dealer_app.services.backup import auto_backup

        auto_backup(ledger, ctx.today())
    except Exception:  # noqa: BLE001 - a failed automatic copy must not stop the user's work
        logger.exception("automatic backup failed")
    return ctx


# ---------------------------------------------------------------------------------------------
# commands
def cmd_init(args: argparse.Namespace) -> int:
    from dealer_app.services.setup import init_ledger

    path = _ledger_path(args)
    password = _password(PASSWORD_ENV, "New admin password: ", confirm=True)
    ledger = init_ledger(path, password)
    try:
        if args.demo:
            from dealer_app.services.demo import build_demo

            summary = build_demo(ledger, password)
            print(summary, file=sys.stderr)
    finally:
        ledger.close()
    print(f"Created ledger {path}", file=sys.stderr)
    return 0


def cmd_user(args: argparse.Namespace) -> int:
    from dealer_app.services import users

    with _signed_in(args) as ctx:
        if args.action == "add":
            user = users.add_user(
                ctx,
                args.name,
                args.role,
                args.region,
                _password(NEW_PASSWORD_ENV, f"New password for {args.name}: ", confirm=True),
            )
            print(
                f"Added user {user.name} ({user.role.value}{', ' + user.region if user.region else ''}).",
                file=sys.stderr,
            )
        elif args.action == "list":
            items = users.list_users(ctx)
            if args.json:
                _emit_json(
                    [
                        {
                            "name": u.name,
                            "role": u.role.value,
                            "region": u.region,
                            "locked": u.locked,
                        }
                        for u in items
                    ]
                )
            else:
                _print_table(
                    ["name", "role", "region", "locked"],
                    [
                        (u.name, u.role.value, u.region or "", "yes" if u.locked else "")
                        for u in items
                    ],
                )
        elif args.action == "passwd":
            users.reset_password(
                ctx,
                args.name,
                _password(NEW_PASSWORD_ENV, f"New password for {args.name}: ", confirm=True),
            )
            print(f"Password of {args.name} changed.", file=sys.stderr)
        elif args.action in ("lock", "unlock"):
            users.set_locked(ctx, args.name, args.action == "lock")
            print(f"{args.name} {args.action}ed.", file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from dealer_app.services import stores

    with _signed_in(args) as ctx:
        fn = stores.import_stores if args.kind == "stores" else stores.import_performance
        report = fn(ctx, args.file, dry_run=args.dry_run)
    if args.json:
        _emit_json(report.as_dict())
    else:
        print(report.summary())
        if args.dry_run and report.kind == "stores":
            for code in report.added:
                print(f"  add    {code}")
            for code, fields in report.updated.items():
                print(f"  update {code}: {', '.join(fields)}")
        for w in report.warnings:
            print(f"warning: {w}", file=sys.stderr)
    return 0


def cmd_stores(args: argparse.Namespace) -> int:
    from dealer_app.services import stores
    from dealer_app.storage.stores import StoreFilter

    with _signed_in(args) as ctx:
        items = stores.list_stores(
            ctx,
            StoreFilter(
                region=(args.region or "").upper() or None,
                status=args.status,
                store_type=args.store_type,
                search=args.search,
            ),
        )
    if args.json:
        _emit_json(
            [
                {
                    "store_code": s.code,
                    "store_name": s.name,
                    "partner_name": s.partner_name,
                    "partner_credit_code": s.partner_credit_code,
                    "region": s.region,
                    "province": s.province,
                    "city": s.city,
                    "address": s.address,
                    "store_type": s.store_type.value,
                    "established_on": s.established_on.isoformat() if s.established_on else None,
                    "status": s.status.value,
                    "closed_on": s.closed_on.isoformat() if s.closed_on else None,
                }
                for s in items
            ]
        )
    else:
        _print_table(
            ["code", "name", "partner", "region", "city", "type", "established", "status"],
            [
                (
                    s.code,
                    s.name,
                    s.partner_name,
                    s.region,
                    s.city,
                    s.store_type.value,
                    s.established_on or "",
                    s.status.value,
                )
                for s in items
            ],
        )
        print(f"{len(items)} stores", file=sys.stderr)
    return 0


def cmd_eligibility(args: argparse.Namespace) -> int:
    from dealer_app.services.eligibility import eligibility, totals

    with _signed_in(args) as ctx:
        rows = eligibility(ctx, args.policy)
    if args.json:
        _emit_json(
            [
                {
                    "store_code": r.result.store_code,
                    "eligible": r.result.eligible,
                    "amount": r.result.amount,
                    "tier": r.result.tier,
                    "reason": r.result.reason,
                }
                for r in rows
            ]
        )
    else:
        _print_table(
            ["store", "eligible", "amount", "tier", "reason"],
            [
                (
                    r.result.store_code,
                    "yes" if r.result.eligible else "no",
                    r.result.amount or "",
                    r.result.tier or "",
                    r.result.reason,
                )
                for r in rows
            ],
        )
        t = totals(rows)
        print(
            f"{t.eligible} eligible, {t.not_eligible} not eligible, total {t.amount:,} yuan",
            file=sys.stderr,
        )
    return 0


def _subsidy_json(s) -> dict:  # noqa: ANN001
    return {
        "id": s.id,
        "store_code": s.store_code,
        "policy": s.policy_code,
        "amount": s.amount,
        "status": s.status.value,
        "proposed_by": s.proposed_by,
        "approved_by": s.approved_by,
        "policy_version": s.policy_version,
        "tier": s.tier,
        "region": s.region,
        "payment_reference": s.payment_reference,
        "comment": s.comment,
    }


def cmd_subsidy(args: argparse.Namespace) -> int:
    from dealer_app.services import subsidies

    with _signed_in(args) as ctx:
        if args.action == "propose":
            sid = subsidies.propose(ctx, args.policy, args.store)
            if args.json:
                _emit_json({"id": sid})
            else:
                print(sid)
            return 0
        if args.action == "list":
            items = subsidies.list_subsidies(ctx, status=args.status, policy_code=args.policy)
            if args.json:
                _emit_json([_subsidy_json(s) for s in items])
            else:
                _print_table(
                    ["id", "store", "policy", "amount", "status", "proposed_by", "approved_by"],
                    [
                        (
                            s.id,
                            s.store_code,
                            s.policy_code,
                            f"{s.amount:,}",
                            s.status.value,
                            s.proposed_by,
                            s.approved_by or "",
                        )
                        for s in items
                    ],
                )
            return 0
        if args.action == "budget":
            b = subsidies.budget_status(ctx, args.policy)
            data = {
                "policy": b.policy_code,
                "budget": b.budget,
                "approved": b.approved,
                "paid": b.paid,
                "proposed": b.proposed,
                "left": b.left,
            }
            if args.json:
                _emit_json(data)
            else:
                for k, v in data.items():
                    print(f"{k:9} {v:,}" if isinstance(v, int) else f"{k:9} {v}")
            return 0
        if args.action == "approve":
            s = subsidies.approve(ctx, args.id, args.comment)
        elif args.action == "reject":
            s = subsidies.reject(ctx, args.id, args.comment)
        elif args.action == "cancel":
            s = subsidies.cancel(ctx, args.id, args.comment)
        else:
            s = subsidies.pay(ctx, args.id, args.reference)
        if args.json:
            _emit_json(_subsidy_json(s))
        else:
            print(f"Subsidy {s.id} ({s.store_code}, {s.amount:,} yuan) is now {s.status.value}.")
    return 0


def cmd_closures(args: argparse.Namespace) -> int:
    from dealer_app.services import closures

    with _signed_in(args) as ctx:
        if args.action == "candidates":
            rows = closures.candidates(ctx)
            if args.json:
                _emit_json(
                    [
                        {
                            "store_code": r.candidate.store_code,
                            "avg_vehicles": r.candidate.avg_vehicles,
                            "net_profit_sum": r.candidate.net_profit_sum,
                            "estimated_loss": r.candidate.estimated_loss,
                            "store_type": r.candidate.store_type.value,
                            "months": r.candidate.months,
                            "avg_revenue": r.candidate.avg_revenue,
                            "region": r.region,
                            "reason": r.candidate.reason,
                            "approved_unpaid_subsidy": r.has_approved_unpaid_subsidy,
                        }
                        for r in rows
                    ]
                )
            else:
                _print_table(
                    [
                        "store",
                        "type",
                        "months",
                        "avg vehicles",
                        "avg revenue",
                        "net profit",
                        "est. loss",
                        "note",
                    ],
                    [
                        (
                            r.candidate.store_code,
                            r.candidate.store_type.value,
                            r.candidate.months,
                            f"{r.candidate.avg_vehicles:.2f}",
                            f"{r.candidate.avg_revenue:,}",
                            f"{r.candidate.net_profit_sum:,}",
                            f"{r.candidate.estimated_loss:,}",
                            "approved unpaid subsidy" if r.has_approved_unpaid_subsidy else "",
                        )
                        for r in rows
                    ],
                )
                total = sum(r.candidate.estimated_loss for r in rows)
                print(
                    f"{len(rows)} candidates, estimated one-time loss {total:,} yuan",
                    file=sys.stderr,
                )
        else:
            items = closures.list_closures(ctx, args.status)
            if args.json:
                _emit_json([_closure_json(c) for c in items])
            else:
                _print_table(
                    [
                        "id",
                        "store",
                        "status",
                        "est. loss",
                        "proposed_by",
                        "approved_by",
                        "closed_on",
                    ],
                    [
                        (
                            c.id,
                            c.store_code,
                            c.status.value,
                            f"{c.estimated_loss:,}",
                            c.proposed_by,
                            c.approved_by or "",
                            c.closed_on or "",
                        )
                        for c in items
                    ],
                )
    return 0


def _closure_json(c) -> dict:  # noqa: ANN001
    return {
        "id": c.id,
        "store_code": c.store_code,
        "status": c.status.value,
        "estimated_loss": c.estimated_loss,
        "proposed_by": c.proposed_by,
        "approved_by": c.approved_by,
        "closed_on": c.closed_on.isoformat() if c.closed_on else None,
    }


def cmd_closure(args: argparse.Namespace) -> int:
    import datetime as dt

    from dealer_app.services import closures

    with _signed_in(args) as ctx:
        if args.action == "propose":
            cid = closures.propose_closure(ctx, args.store, args.loss, args.comment)
            if args.json:
                _emit_json({"id": cid})
            else:
                print(cid)
            return 0
        if args.action == "approve":
            day = None
            if args.date:
                try:
                    day = dt.date.fromisoformat(args.date)
                except ValueError:
                    raise InvalidInput(
                        "cli.bad_date", f"--date {args.date} is not a date like 2025-12-31."
                    ) from None
            c = closures.approve_closure(ctx, args.id, day, args.comment)
        else:
            c = closures.reject_closure(ctx, args.id, args.comment)
        if args.json:
            _emit_json(_closure_json(c))
        else:
            print(f"Closure {c.id} ({c.store_code}) is now {c.status.value}.")
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    from dealer_app.services.policies import list_policies

    with _signed_in(args) as ctx:
        items = list_policies(ctx)
    if args.json:
        from dealer_app.storage.policies import policy_as_dict

        _emit_json([policy_as_dict(p) for p in items])
    else:
        _print_table(
            ["code", "version", "kind", "budget", "name"],
            [(p.code, p.version, p.kind.value, f"{p.budget:,}", p.name) for p in items],
        )
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from dealer_app.services import audit

    with _signed_in(args) as ctx:
        if args.action == "verify":
            against = None
            if args.against is not None:
                checked = audit.verify_against(ctx, args.against)
                count, problems, against = checked.entries, checked.problems, checked
            else:
                count, problems = audit.verify(ctx)
            if args.json:
                report = {"entries": count, "ok": not problems, "problems": problems}
                if against is not None:
                    report |= {
                        "against": str(against.copy),
                        "against_entries": against.copy_entries,
                    }
                _emit_json(report)
            if problems:
                if not args.json:
                    print(
                        f"The audit log does NOT verify ({count} entries checked):", file=sys.stderr
                    )
                    for p in problems:
                        print(f"  {p}", file=sys.stderr)
                return 1
            if not args.json:
                line = f"The audit log verifies: {count} entries, chain intact"
                if against is not None:
                    line += (
                        f"; it continues {against.copy} ({against.copy_entries} entries, the "
                        f"last written {against.copy_last_at or '-'})"
                    )
                print(line + ".")
            return 0
        from dealer_app.services.audit_export import export_audit

        n = export_audit(ctx, args.file)
        print(f"Exported {n} audit entries to {args.file}.", file=sys.stderr)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from dealer_app.services.backup import backup

    with _signed_in(args) as ctx:
        out = backup(ctx, args.file)
    print(f"Backed up {ctx.ledger.path} to {out}", file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from dealer_app.domain.errors import LedgerUnusable
    from dealer_app.services.backup import check_backup, restore

    path = _ledger_path(args)
    check_backup(args.file)
    try:
        ctx = _context(args)
    except LedgerUnusable:
        # The current ledger does not open (damaged): restoring it needs no sign-in into it.
        aside = restore(path, args.file)
    else:
        aside = restore(path, args.file, ctx)
    print(
        f"Restored {path} from {args.file}; the replaced ledger is kept at {aside}", file=sys.stderr
    )
    return 0


def cmd_letters(args: argparse.Namespace) -> int:
    from dealer_app.services import letters

    if args.target == "verify":
        if not args.pdf:
            raise UsageError("letters verify needs a PDF file: dealer-app letters verify FILE.pdf")
        with _signed_in(args) as ctx:
            verdict = letters.verify_pdf(ctx, args.pdf)
        if args.json:
            _emit_json(
                {
                    "genuine": verdict.genuine,
                    "number": verdict.number,
                    "differences": verdict.differences,
                }
            )
        if verdict.genuine:
            if not args.json:
                print(
                    f"genuine: letter {verdict.number} matches the ledger"
                    + (" (a marked copy)" if verdict.copy else "")
                )
            return 0
        if not args.json:
            print(f"NOT genuine: {args.pdf}", file=sys.stderr)
            for d in verdict.differences:
                print(f"  {d}", file=sys.stderr)
        return 1
    if args.target is not None:
        raise UsageError(
            f"unknown letters action '{args.target}'; use `letters --policy CODE --out DIR` or `letters verify FILE.pdf`"
        )
    if not args.policy or not args.out:
        raise UsageError("letters needs --policy CODE and --out DIR")
    with _signed_in(args) as ctx:
        result = letters.generate_to_folder(
            ctx, args.policy, args.out, region=args.region, single_pdf=args.single_pdf
        )
    if args.json:
        _emit_json(result.as_dict())
    else:
        print(result.summary())
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from dealer_app.ui.app import run_gui

    return run_gui(
        _ledger_path(args) if getattr(args, "db", None) else None, getattr(args, "user", None)
    )


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "user": cmd_user,
    "import": cmd_import,
    "stores": cmd_stores,
    "eligibility": cmd_eligibility,
    "subsidy": cmd_subsidy,
    "closures": cmd_closures,
    "closure": cmd_closure,
    "policy": cmd_policy,
    "audit": cmd_audit,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "letters": cmd_letters,
    "gui": cmd_gui,
}


#: Ledger problems a backup can cure (a newer-schema file needs a newer Dealer Desk instead).
_RESTORABLE = {"ledger.not_sqlite", "ledger.truncated", "ledger.damaged", "ledger.empty"}


def _restore_hint(exc: DealerError) -> str | None:
    """For a ledger that cannot be opened: the latest backup and the command that restores it."""
    from dealer_app.domain.errors import LedgerUnusable

    path = exc.params.get("path")
    if not isinstance(exc, LedgerUnusable) or exc.code not in _RESTORABLE or not path:
        return None
    from dealer_app.services.backup import latest_backup

    try:
        latest = latest_backup(Path(path))
    except OSError:
        return None
    if latest is None:
        return "No backup of it was found beside it (in its -backups folder)."

    def arg(p: object) -> str:
        return f'"{p}"' if " " in str(p) else str(p)

    return (
        f"The latest backup is {latest}. To put it back (the damaged file is kept aside): "
        f"dealer-app --db {arg(path)} restore {arg(latest)}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    from dealer_app.logging_setup import setup_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    log_path = setup_logging()
    command = args.command or "gui"
    for stream in (sys.stdout, sys.stderr):  # a file name in another encoding never stops output
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")
    try:
        _refuse_undecodable(args)
        return COMMANDS[command](args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"dealer-app: error: {exc}", file=sys.stderr)
        return 2
    except RowError as exc:
        print(f"dealer-app: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except DealerError as exc:
        print(f"dealer-app: {exc.message}", file=sys.stderr)
        hint = _restore_hint(exc)
        if hint:
            print(f"dealer-app: {hint}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("dealer-app: interrupted; nothing half-done was kept.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except Exception:
        logger.exception(
            "unexpected error in `%s`",
            " ".join(sys.argv).encode("utf-8", "backslashreplace").decode("utf-8"),
        )
        print(
            f"dealer-app: an internal error occurred; details were written to {log_path}. "
            "Nothing half-done was kept.",
            file=sys.stderr,
        )
        return 1


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    raise SystemExit(main())
