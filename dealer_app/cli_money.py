"""The command line's way out: `dealer-app payments …`, `dealer-app vouchers …` and the bank
details commands of `dealer-app partner …` (parsers and handlers; cli.py wires them in).

Exit codes as everywhere: 0 done, 1 refused (a sentence says why and what to do), 2 usage.
A result file with problems applies nothing and exits 1, listing every problem.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dealer_app import i18n
from dealer_app.domain.errors import InvalidInput

t = i18n.t


def _date(text: str) -> dt.date:
    from dealer_app.domain.parsing import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(getattr(exc, "msg", exc))) from None


def _month(text: str) -> tuple[dt.date, dt.date]:
    try:
        first = dt.date.fromisoformat(text.strip() + "-01")
    except ValueError:
        raise argparse.ArgumentTypeError(t("month.not_a_month", value=text)) from None
    nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def add_parsers(add: Callable[..., argparse.ArgumentParser], sub: Any,
                json_flag: Callable, xlsx_flag: Callable) -> None:  # fmt: skip
    """`payments` and `vouchers` (the partner bank commands are added by add_partner_bank)."""
    from dealer_app.cli import _id

    p = add("payments", "cli.help.payments")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("batches", "cli.help.payments_batches", psub)
    q.add_argument("--status")
    json_flag(q)
    xlsx_flag(q)
    q = add("create", "cli.help.payments_create", psub)
    q.add_argument("--policy", metavar="CODE")
    q.add_argument("--region", metavar="CODE")
    q.add_argument("--approved-from", type=_date, metavar="DATE")
    q.add_argument("--approved-to", type=_date, metavar="DATE")
    q.add_argument("--ids", type=_id, nargs="+", metavar="ID")
    q.add_argument("--note", default="")
    json_flag(q)
    q = add("show", "cli.help.payments_show", psub)
    q.add_argument("batch", metavar="BATCH")
    json_flag(q)
    xlsx_flag(q)
    for action in ("add", "remove"):
        q = add(action, f"cli.help.payments_{action}", psub)
        q.add_argument("batch", metavar="BATCH")
        q.add_argument("ids", type=_id, nargs="+", metavar="ID")
    q = add("release", "cli.help.payments_release", psub)
    q.add_argument("batch", metavar="BATCH")
    q.add_argument("--acknowledge", action="store_true", help=t("cli.help.acknowledge"))
    q.add_argument("--comment", default="")
    q = add("cancel", "cli.help.payments_cancel", psub)
    q.add_argument("batch", metavar="BATCH")
    q.add_argument("--reason", default="")
    q = add("export", "cli.help.payments_export", psub)
    q.add_argument("batch", metavar="BATCH")
    q.add_argument("file", type=Path, metavar="FILE")
    q.add_argument("--profile", metavar="KEY", help=t("cli.help.profile"))
    q = add("preview", "cli.help.payments_preview", psub)
    q.add_argument("batch", metavar="BATCH")
    q.add_argument("--profile", metavar="KEY", help=t("cli.help.profile"))
    q = add("results", "cli.help.payments_results", psub)
    q.add_argument("file", type=Path, metavar="FILE")
    q.add_argument("--profile", metavar="KEY", help=t("cli.help.profile"))
    q.add_argument("--dry-run", action="store_true", help=t("cli.help.dry_run"))
    json_flag(q)
    q = add("failures", "cli.help.payments_failures", psub)
    json_flag(q)
    xlsx_flag(q)
    q = add("profiles", "cli.help.payments_profiles", psub)
    q = add("report", "cli.help.payments_report", psub)
    q.add_argument("which", choices=["liabilities", "months", "reconcile", "workbook"])
    q.add_argument("--out", type=Path, metavar="FILE", help=t("cli.help.report_out"))
    json_flag(q)

    p = add("vouchers", "cli.help.vouchers")
    vsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("export", "cli.help.vouchers_export", vsub)
    q.add_argument("file", type=Path, metavar="FILE")
    q.add_argument("--month", type=_month, metavar="YYYY-MM")
    q.add_argument("--from", dest="first", type=_date, metavar="DATE")
    q.add_argument("--to", dest="last", type=_date, metavar="DATE")
    q.add_argument("--format", choices=["xlsx", "u8"], default=None)
    q.add_argument("--again", action="store_true", help=t("cli.help.vouchers_again"))
    q = add("show", "cli.help.vouchers_show", vsub)
    q.add_argument("--month", type=_month, metavar="YYYY-MM")
    q.add_argument("--from", dest="first", type=_date, metavar="DATE")
    q.add_argument("--to", dest="last", type=_date, metavar="DATE")
    json_flag(q)
    q = add("list", "cli.help.vouchers_list", vsub)
    json_flag(q)


def add_partner_bank(add: Callable[..., argparse.ArgumentParser], psub: Any,
                     json_flag: Callable) -> None:  # fmt: skip
    from dealer_app.cli import _id

    q = add("bank", "cli.help.partner_bank", psub)
    q.add_argument("partner", metavar="PARTNER")
    q.add_argument("--bank", default="")
    q.add_argument("--branch", default="")
    q.add_argument("--cnaps", default="")
    q.add_argument("--account", default="")
    q.add_argument("--account-name", default="")
    q.add_argument("--reason", default="")
    json_flag(q)
    q = add("bank-changes", "cli.help.partner_bank_changes", psub)
    q.add_argument("--status")
    json_flag(q)
    for action in ("confirm", "reject", "withdraw"):
        q = add(f"bank-{action}", f"cli.help.partner_bank_{action}", psub)
        q.add_argument("id", type=_id, metavar="ID")
        q.add_argument("--comment", default="")
        json_flag(q)


# --- handlers ---------------------------------------------------------------------------------


def _change_json(c: Any) -> dict:
    return {"id": c.id, "partner_id": c.partner_id, "partner": c.partner,
            "bank": c.details.bank, "branch": c.details.branch, "cnaps": c.details.cnaps,
            "account": c.details.account, "account_name": c.details.account_name,
            "status": c.status, "requested_by": c.requested_by, "requested_at": c.requested_at,
            "decided_by": c.decided_by, "decided_at": c.decided_at, "reason": c.reason,
            "comment": c.comment}  # fmt: skip


def partner_bank(args: argparse.Namespace, ctx: Any) -> int:
    """`partner bank`, `bank-changes`, `bank-confirm`, `bank-reject`, `bank-withdraw`."""
    from dealer_app.cli import _emit_json, _print_table, _say, _utf8
    from dealer_app.domain.banking import BankDetails
    from dealer_app.services import banking, partners

    if args.action == "bank-changes":
        found = banking.changes(ctx, args.status or None)
        if args.json:
            _emit_json([_change_json(c) for c in found])
            return 0
        _print_table(
            ["id", "partner", "bank", "branch", "cnaps", "account", "status", "requested_by",
             "decided_by"],
            [(c.id, c.partner, c.details.bank, c.details.branch, c.details.cnaps,
              c.details.account, i18n.fmt("word.bank_status", c.status), c.requested_by,
              c.decided_by or "") for c in found],
        )  # fmt: skip
        return 0
    if args.action == "bank":
        held = partners.get_partner(ctx, _utf8(args.partner, "PARTNER"))
        details = BankDetails(
            _utf8(args.bank, "--bank"), _utf8(args.branch, "--branch"),
            _utf8(args.cnaps, "--cnaps"), _utf8(args.account, "--account"),
            _utf8(args.account_name, "--account-name"),
        )  # fmt: skip
        change = banking.request_change(ctx, held.id, details, _utf8(args.reason, "--reason"))
        if args.json:
            _emit_json(_change_json(change))
        else:
            _say("bank.requested", partner=change.partner, id=change.id)
        return 0
    fn = {"bank-confirm": banking.confirm, "bank-reject": banking.reject,
          "bank-withdraw": banking.withdraw}[args.action]  # fmt: skip
    change = fn(ctx, args.id, _utf8(args.comment, "--comment"))
    if args.json:
        _emit_json(_change_json(change))
    elif change.status == "confirmed":
        d = change.details
        _say("bank.confirmed", partner=change.partner, bank=d.bank, branch=d.branch,
             account=d.account, name=d.account_name)  # fmt: skip
    else:
        _say("bank.decided", id=change.id, status=change.status)
    return 0


def _batch_json(b: Any) -> dict:
    return {"id": b.id, "number": b.number, "status": b.status, "count": b.count,
            "total": b.total, "paid": b.paid, "failed": b.failed, "pending": b.pending,
            "created_by": b.created_by, "created_at": b.created_at,
            "released_by": b.released_by, "released_at": b.released_at,
            "exports": b.export_count, "note": b.note}  # fmt: skip


def _line_json(r: Any) -> dict:
    ln = r.line
    return {"reference": ln.reference, "subsidy": ln.subsidy_id, "store": ln.store_code,
            "partner": ln.partner, "amount": ln.amount, "status": ln.status,
            "account": r.payee.account, "account_name": r.payee.account_name,
            "bank": r.payee.bank, "branch": r.payee.branch, "cnaps": r.payee.cnaps,
            "flags": [f.value for f in r.flags], "bank_reference": ln.bank_reference,
            "failure_reason": ln.failure_reason}  # fmt: skip


def cmd_payments(args: argparse.Namespace) -> int:
    from dealer_app.cli import _signed_in

    with _signed_in(args) as ctx:
        return _payments(args, ctx)


def _payments(args: argparse.Namespace, ctx: Any) -> int:  # noqa: C901 - one branch per action
    from dealer_app.cli import (
        _emit_json,
        _money,
        _msg_json,
        _print_table,
        _say,
        _show_table,
        _utf8,
    )
    from dealer_app.services import bank_profiles, money_reports, payments

    a = args.action
    if a == "batches":
        found = payments.batches(ctx, args.status or None)
        if args.json:
            _emit_json([_batch_json(b) for b in found])
            return 0
        _print_table(
            ["batch", "status", "count", "amount", "paid", "failed", "created_by", "released_by"],
            [(b.number, i18n.fmt("word.batch_status", b.status), b.count, _money(b.total),
              _money(b.paid), b.failed, b.created_by, b.released_by or "") for b in found],
        )  # fmt: skip
        return 0
    if a == "create":
        built = payments.create_batch(
            ctx, policy=args.policy, region=args.region or None,
            approved_from=args.approved_from, approved_to=args.approved_to, ids=args.ids,
            note=_utf8(args.note, "--note"),
        )  # fmt: skip
        b = built.batch
        if args.json:
            _emit_json(_batch_json(b) | {"left_out": built.left_out})
            return 0
        _say("batch.created", number=b.number, count=b.count, total=b.total)
        if built.left_out:
            _say("batch.left_out", count=built.left_out)
        return 0
    if a == "show":
        review = payments.review(ctx, args.batch)
        if args.json:
            _emit_json(_batch_json(review.batch) | {
                "lines": [_line_json(r) for r in review.lines],
                "problems": [_msg_json(p) for p in review.problems]})  # fmt: skip
            return 0
        _print_table(
            ["reference", "subsidy", "store", "partner", "amount", "account", "cnaps", "status",
             "flags"],
            [(r.line.reference, r.line.subsidy_id, r.line.store_code, r.line.partner,
              _money(r.line.amount), r.payee.account, r.payee.cnaps,
              i18n.fmt("word.line_status", r.line.status),
              "；".join(i18n.fmt("word.flag", f.value) for f in r.flags))
             for r in review.lines],
        )  # fmt: skip
        for p in review.problems:
            _say("cli.warning", warning=p)
        return 0
    if a in ("add", "remove"):
        fn = payments.add_subsidies if a == "add" else payments.remove_subsidies
        b = fn(ctx, args.batch, args.ids)
        _say("batch.created", number=b.number, count=b.count, total=b.total)
        return 0
    if a == "release":
        b = payments.release(ctx, args.batch, acknowledge=args.acknowledge,
                             comment=_utf8(args.comment, "--comment"))  # fmt: skip
        _say("batch.released", number=b.number, count=b.count, total=b.total)
        return 0
    if a == "cancel":
        b = payments.cancel_batch(ctx, args.batch, _utf8(args.reason, "--reason"))
        _say("batch.cancelled", number=b.number)
        return 0
    if a in ("export", "preview"):
        profile = bank_profiles.get(args.profile)
        if a == "preview":
            headers, rows = payments.bank_rows(ctx, args.batch, profile)
            _show_table(headers, rows)
            return 0
        path = payments.write_bank_file(ctx, args.batch, profile, args.file)
        b = payments.get_batch(ctx, args.batch)
        _say("batch.file_written", number=b.number, path=str(path), count=b.count, total=b.total)
        return 0
    if a == "results":
        report = payments.import_results(
            ctx, args.file, bank_profiles.get(args.profile), dry_run=args.dry_run
        )
        return _results(args, report)
    if a == "failures":
        found = payments.failures(ctx)
        if args.json:
            _emit_json([{"reference": f.reference, "subsidy": f.subsidy_id, "batch": f.batch,
                         "partner": f.partner, "amount": f.amount, "reason": f.failure_reason,
                         "at": f.result_at} for f in found])  # fmt: skip
            return 0
        _print_table(
            ["reference", "subsidy", "store", "partner", "amount", "reason"],
            [(f.reference, f.subsidy_id, f.store_code, f.partner, _money(f.amount),
              f.failure_reason or "") for f in found],
        )  # fmt: skip
        return 0
    if a == "profiles":
        found, problems = bank_profiles.profiles()
        zh = i18n.language().startswith("zh")
        for key, p in found.items():
            print(f"{key}\t{p.name_for(zh)}\t{p.source}")
        for exc in problems:
            _say("cli.warning", warning=exc.msg)
        return 0
    if a == "report":
        return _report(args, ctx, money_reports)
    raise AssertionError(a)


def _results(args: argparse.Namespace, report: Any) -> int:
    from dealer_app.cli import _emit_json, _msg_json, _say

    if args.json:
        _emit_json({"file": report.file, "rows": report.rows, "applied": report.applied,
                    "paid": report.paid, "failed": report.failed, "already": report.already,
                    "paid_total": report.paid_total, "closed": report.batches_closed,
                    "still_processing": report.still_processing,
                    "problems": [_msg_json(p) for p in report.problems]})  # fmt: skip
        return 1 if report.problems else 0
    if report.seen_before:
        _say("result.seen_before", by=report.seen_before[0], at=report.seen_before[1])
    if report.problems:
        _say("result.refused", file=report.file, count=len(report.problems),
             problems=report.problems)  # fmt: skip
        return 1
    if report.still_processing:
        _say("result.still_processing", count=report.still_processing)
    if not report.paid and not report.failed:
        _say("result.nothing_new", file=report.file)
        return 0
    _say("result.applied", file=report.file, paid=report.paid, total=report.paid_total,
         failed=report.failed, already=report.already)  # fmt: skip
    if report.batches_closed:
        _say("result.closed", numbers=report.batches_closed)
    return 0


def _report(args: argparse.Namespace, ctx: Any, money_reports: Any) -> int:
    from dealer_app.cli import _emit_json, _money, _say, _show_table
    from dealer_app.services.context import Context

    assert isinstance(ctx, Context)
    if args.which == "workbook":
        if args.out is None:
            raise InvalidInput("cli.report_needs_out")
        path = money_reports.write_workbook(ctx, args.out)
        _say("report.written", path=str(path))
        return 0
    if args.which == "liabilities":
        owed = money_reports.liabilities(ctx)
        if args.json:
            _emit_json({"as_of": owed.as_of.isoformat(), "rows": [
                {"region": r, **{b: owed.amounts.get((r, b), 0) for b in owed.buckets},
                 "total": owed.region_total(r)} for r in owed.regions]})  # fmt: skip
            return 0
        _show_table([t("report.col.region"), *(t(f"report.age.{b}") for b in owed.buckets),
                t("report.col.total")],
               [[i18n.fmt("region", r), *(_money(owed.amounts.get((r, b), 0))
                 for b in owed.buckets), _money(owed.region_total(r))] for r in owed.regions]
               + [[t("report.col.total"), *(_money(owed.bucket_total(b)) for b in owed.buckets),
                   _money(owed.total)]])  # fmt: skip
        return 0
    if args.which == "months":
        m = money_reports.payments_by_month(ctx)
        if args.json:
            _emit_json([{"month": k, "count": m.counts[k], "total": m.month_total(k)}
                        for k in m.months])  # fmt: skip
            return 0
        _show_table([t("report.col.month"), t("report.col.count"), t("report.col.total")],
               [[k, m.counts[k], _money(m.month_total(k))] for k in m.months]
               + [[t("report.col.total"), sum(m.counts.values()), _money(m.total)]])  # fmt: skip
        return 0
    rec = money_reports.reconcile(ctx)
    if args.json:
        from dealer_app.cli import _msg_json

        _emit_json({"clean": rec.clean, "figures": [[i18n.text(f), a] for f, a in rec.figures],
                    "differences": [_msg_json(d) for d in rec.differences],
                    "notes": [_msg_json(n) for n in rec.notes]})  # fmt: skip
        return 0 if rec.clean else 1
    sep = t("sep.field")
    for what, amount in rec.figures:
        print(f"{i18n.text(what)}{sep}{_money(amount)}")
    for n in rec.notes:
        print(i18n.text(n))
    for d in rec.differences:
        print(t("report.difference", what=d))
    _say("report.reconcile_clean" if rec.clean else "report.reconcile_differences",
         count=len(rec.differences))  # fmt: skip
    return 0 if rec.clean else 1


def cmd_vouchers(args: argparse.Namespace) -> int:
    from dealer_app.cli import _emit_json, _print_table, _say, _signed_in
    from dealer_app.domain import vouchers as vd
    from dealer_app.services import vouchers

    with _signed_in(args) as ctx:
        if args.action == "list":
            found = vouchers.exports(ctx)
            if args.json:
                _emit_json([{"id": e.id, "from": e.period_from, "to": e.period_to,
                             "format": e.format, "vouchers": e.vouchers, "entries": e.entries,
                             "debit": e.debit_total, "by": e.exported_by, "at": e.exported_at,
                             "repeat_of": e.repeat_of} for e in found])  # fmt: skip
                return 0
            _print_table(
                ["id", "from", "to", "format", "vouchers", "amount", "by", "at", "repeat_of"],
                [(e.id, e.period_from, e.period_to, e.format, e.vouchers,
                  vd.fen_text(e.debit_total), e.exported_by, e.exported_at[:16],
                  e.repeat_of or "") for e in found],
            )  # fmt: skip
            return 0
        first, last = _period(args)
        if args.action == "show":
            vs = vouchers.build(ctx, first, last)
            if args.json:
                _emit_json({"from": first.isoformat(), "to": last.isoformat(),
                            "debit": vs.debit, "credit": vs.credit, "totals": vs.totals(),
                            "lines": vd.u8_lines(vs.vouchers)})  # fmt: skip
                return 0
            for line in vd.u8_lines(vs.vouchers):
                print(line)
            _say("vouchers.written", count=len(vs.vouchers), entries=vs.entries, first=first,
                 last=last, path="-", debit=vs.debit, credit=vs.credit)  # fmt: skip
            return 0
        fmt = args.format or ("u8" if args.file.suffix.lower() in (".txt", ".csv") else "xlsx")
        out = vouchers.export(ctx, first, last, fmt, args.file, again=args.again)
        vs = out.vouchers
        if out.repeat_of is not None:
            r = out.repeat_of
            _say("vouchers.repeat", first=r.period_from, last=r.period_to, by=r.exported_by,
                 at=r.exported_at)  # fmt: skip
        _say("vouchers.written", count=len(vs.vouchers), entries=vs.entries, first=first,
             last=last, path=str(out.path), debit=vs.debit, credit=vs.credit)  # fmt: skip
        return 0


def _period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    if args.month is not None:
        return args.month
    if args.first is None or args.last is None:
        raise InvalidInput("cli.vouchers_period")
    return args.first, args.last
