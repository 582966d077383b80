"""The command line: a contract for HQ scripts, and the way into the GUI.

Exit codes: 0 success; 1 invalid input or a refused action (a plain message on stderr, never a
traceback); 2 usage errors. `--json` output goes to stdout only; its keys are the same in every
language. Everything else is said in the user's language (`--lang`, else the system's: Chinese
on a Chinese system) through the one catalogue, `dealer_app.i18n`. Qt is imported only on the
path that opens the GUI. The command line uses `services` and `domain` only.
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

from dealer_app import __version__, i18n
from dealer_app.domain.errors import DealerError, InvalidInput
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Role
from dealer_app.i18n import t
from dealer_app.paths import default_ledger_path
from dealer_app.services.location import display_location, is_server_location, url_user

logger = logging.getLogger("dealer_app.cli")

PASSWORD_ENV = "DEALER_APP_PASSWORD"
NEW_PASSWORD_ENV = "DEALER_APP_NEW_PASSWORD"
USER_ENV = "DEALER_APP_USER"
LANG_ENV = "DEALER_APP_LANG"
DB_ENV = "DEALER_APP_DB"


class UsageError(Exception):
    """Exit code 2."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.msg = Msg(code, params)


# ---------------------------------------------------------------------------------------------
# language: chosen before the parser is built, so that its help and errors speak it too
def _language(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return i18n.normalise(argv[i + 1]) or i18n.DEFAULT_LANGUAGE
        if arg.startswith("--lang="):
            return i18n.normalise(arg.partition("=")[2]) or i18n.DEFAULT_LANGUAGE
    return i18n.normalise(os.environ.get(LANG_ENV)) or i18n.language_from_environment()


#: argparse's own sentences (it asks gettext for them) -> the catalogue's.
_ARGPARSE = {
    "usage: ": "cli.argparse.usage",
    "positional arguments": "cli.argparse.positional",
    "options": "cli.argparse.options",
    "show this help message and exit": "cli.argparse.help",
    "show program's version number and exit": "cli.argparse.version",
    "the following arguments are required: %s": "cli.argparse.required",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "expected one argument": "cli.argparse.expected_one",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse.invalid_choice",
    "invalid %(type)s value: %(value)r": "cli.argparse.invalid_value",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
    "%(prog)s: error: %(message)s\n": "cli.argparse.error",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse.ambiguous",
    "not allowed with argument %s": "cli.argparse.not_allowed_with",
}


def _argparse_text(message: str) -> str:
    code = _ARGPARSE.get(message)
    return t(code) if code else message


def _speak_argparse() -> None:
    """argparse looks up its sentences through a module-level `_` at call time."""
    argparse._ = _argparse_text  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------
# parser
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="LEDGER", default=argparse.SUPPRESS, help=t("cli.help.db"))
    common.add_argument(
        "--user",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=t("cli.help.user", env=USER_ENV, password_env=PASSWORD_ENV),
    )
    common.add_argument(
        "--lang",
        metavar="LANG",
        choices=sorted(i18n.LANGUAGES),
        default=argparse.SUPPRESS,
        help=t("cli.help.lang", env=LANG_ENV),
    )

    parser = argparse.ArgumentParser(
        prog="dealer-app", description=t("cli.help.program"), parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"Dealer Desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_code: str, parent: Any = sub, **params: Any) -> argparse.ArgumentParser:
        text = t(help_code, **params)
        return parent.add_parser(name, help=text, description=text, parents=[common])

    def json_flag(p: argparse.ArgumentParser) -> None:
        p.add_argument("--json", action="store_true", help=t("cli.help.json"))

    def xlsx_flag(p: argparse.ArgumentParser) -> None:
        p.add_argument("--xlsx", type=Path, metavar="FILE", help=t("cli.help.xlsx"))

    add("gui", "cli.help.gui")

    p = add("init", "cli.help.init", env=PASSWORD_ENV)
    p.add_argument("--demo", action="store_true", help=t("cli.help.demo"))
    p.add_argument("--admin", metavar="NAME", default="admin", help=t("cli.help.init_admin"))

    p = add("user", "cli.help.user_cmd")
    usub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("add", "cli.help.user_add", usub, env=NEW_PASSWORD_ENV)
    q.add_argument("name")
    q.add_argument("--role", required=True, choices=[r.value for r in Role])
    q.add_argument("--region", metavar="CODE")
    q = add("list", "cli.help.user_list", usub)
    json_flag(q)
    q = add("passwd", "cli.help.user_passwd", usub, env=NEW_PASSWORD_ENV)
    q.add_argument("name")
    for action in ("lock", "unlock", "disable", "enable"):
        q = add(action, f"cli.help.user_{action}", usub)
        q.add_argument("name")

    p = add("import", "cli.help.import")
    isub = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind in ("stores", "performance"):
        q = add(kind, f"cli.help.import_{kind}", isub)
        q.add_argument("file", type=Path)
        q.add_argument("--dry-run", action="store_true", help=t("cli.help.dry_run"))
        json_flag(q)

    p = add("stores", "cli.help.stores")
    ssub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("list", "cli.help.stores", ssub)
    q.add_argument("--region")
    q.add_argument("--status")
    q.add_argument("--type", dest="store_type")
    q.add_argument("--search", default="")
    json_flag(q)
    xlsx_flag(q)

    p = add("eligibility", "cli.help.eligibility")
    p.add_argument("--policy", required=True, metavar="CODE")
    json_flag(p)
    xlsx_flag(p)

    p = add("subsidy", "cli.help.subsidy")
    xsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("propose", "cli.help.subsidy_propose", xsub)
    q.add_argument("--policy", required=True, metavar="CODE")
    q.add_argument("--store", required=True, metavar="CODE", nargs="+")
    json_flag(q)
    for action in ("approve", "reject", "cancel", "pay"):
        q = add(action, f"cli.help.subsidy_{action}", xsub)
        q.add_argument("ids", type=_id, nargs="*", metavar="ID", help=t("cli.help.ids"))
        q.add_argument("--ids-from", type=Path, metavar="FILE", help=t("cli.help.ids_from"))
        q.add_argument("--all", action="store_true", help=t("cli.help.all", action=action))
        q.add_argument("--policy", metavar="CODE", help=t("cli.help.with_all"))
        q.add_argument("--region", metavar="CODE", help=t("cli.help.with_all"))
        if action == "pay":
            q.add_argument("--reference", required=True)
        else:
            q.add_argument("--comment", default="")
        json_flag(q)
    q = add("list", "cli.help.subsidy_list", xsub)
    q.add_argument("--status")
    q.add_argument("--policy")
    json_flag(q)
    xlsx_flag(q)
    q = add("budget", "cli.help.subsidy_budget", xsub)
    q.add_argument("--policy", required=True)
    json_flag(q)

    p = add("closures", "cli.help.closures")
    csub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("candidates", "cli.help.closures_candidates", csub)
    json_flag(q)
    xlsx_flag(q)
    q = add("list", "cli.help.closures_list", csub)
    q.add_argument("--status")
    json_flag(q)

    p = add("closure", "cli.help.closure")
    csub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("propose", "cli.help.closure_propose", csub)
    q.add_argument("--store", required=True, metavar="CODE")
    q.add_argument("--loss", type=int, help=t("cli.help.loss"))
    q.add_argument("--comment", default="")
    json_flag(q)
    q = add("approve", "cli.help.closure_approve", csub)
    q.add_argument("id", type=_id)
    q.add_argument("--date", help=t("cli.help.date"))
    q.add_argument("--comment", default="")
    json_flag(q)
    q = add("reject", "cli.help.closure_reject", csub)
    q.add_argument("id", type=_id)
    q.add_argument("--comment", default="")
    json_flag(q)

    p = add("policy", "cli.help.policy")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("list", "cli.help.policy_list", psub)
    json_flag(q)
    q = add("quota", "cli.help.policy_quota", psub)
    q.add_argument("code", metavar="CODE")
    q.add_argument(
        "--set", nargs=2, action="append", default=[], metavar=("REGION", "YUAN"), dest="quotas"
    )
    q.add_argument("--clear", action="append", default=[], metavar="REGION")
    json_flag(q)

    p = add("settings", "cli.help.settings")
    ssub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("show", "cli.help.settings_show", ssub)
    json_flag(q)
    q = add("set", "cli.help.settings_set", ssub)
    q.add_argument("key", metavar="KEY")
    q.add_argument("value", metavar="VALUE")

    p = add("partner", "cli.help.partner")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("list", "cli.help.partner_list", psub)
    q.add_argument("--search", default="")
    json_flag(q)
    from dealer_app import cli_money

    cli_money.add_partner_bank(add, psub, json_flag)
    cli_money.add_parsers(add, sub, json_flag, xlsx_flag)

    p = add("audit", "cli.help.audit")
    asub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = add("verify", "cli.help.audit_verify", asub)
    q.add_argument("--against", type=Path, metavar="BACKUP", help=t("cli.help.against"))
    q.add_argument("--anchors", type=Path, nargs="+", metavar="FILE", help=t("cli.help.anchors"))
    json_flag(q)
    q = add("export", "cli.help.audit_export", asub)
    q.add_argument("file", type=Path)

    p = add("backup", "cli.help.backup")
    p.add_argument("file", type=Path)
    p.add_argument("--replace", action="store_true", help=t("cli.help.replace"))

    add("upgrade", "cli.help.upgrade")

    p = add("migrate", "cli.help.migrate")
    p.add_argument("source", type=Path, metavar="FILE")
    p.add_argument("dest", metavar="URL")
    p.add_argument("--admin", metavar="NAME", default="admin", help=t("cli.help.migrate_admin"))
    json_flag(p)

    p = add("restore", "cli.help.restore")
    p.add_argument("file", type=Path)
    p.add_argument("--foreign", action="store_true", help=t("cli.help.foreign"))

    p = add("letters", "cli.help.letters")
    p.add_argument("target", nargs="?", help=argparse.SUPPRESS)
    p.add_argument("pdf", nargs="?", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--policy", metavar="CODE")
    p.add_argument("--out", type=Path, metavar="DIR")
    p.add_argument("--region", metavar="CODE")
    p.add_argument("--single-pdf", action="store_true", help=t("cli.help.single_pdf"))
    p.add_argument("--qr", metavar="TEXT", help=t("cli.help.qr"))
    json_flag(p)
    return parser


# ---------------------------------------------------------------------------------------------
# output
def _emit_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=None) + "\n")


def _say(code: str, /, **params: Any) -> None:
    """A sentence for the person at the terminal (stderr: stdout stays the command's data)."""
    print(t(code, **params), file=sys.stderr)


class _Output:
    """Where a table goes: the terminal, or (`--xlsx FILE`) a spreadsheet."""

    xlsx: Path | None = None
    command = ""


_OUTPUT = _Output()


class _Yuan(int):
    """An amount of yuan: shown with thousands separators, written to a spreadsheet as a
    number."""

    def __str__(self) -> str:
        return f"{int(self):,}"

    def __format__(self, spec: str) -> str:
        return str(self) if not spec else int.__format__(self, spec)


def _print_table(header_codes: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    _show_table([t(f"cli.col.{h}") for h in header_codes], rows)


def _show_table(headers: list[str], rows: Sequence[Sequence[Any]]) -> None:
    """A table under `headers` as they are (a bank's own headers, a report's), on the terminal
    or to `--xlsx FILE`."""
    if _OUTPUT.xlsx is not None:
        _write_table(headers, rows)
        return
    widths = [_display_width(h) for h in headers]
    text_rows = [[("" if v is None else str(v)) for v in r] for r in rows]
    for r in text_rows:
        for i, v in enumerate(r):
            widths[i] = min(max(widths[i], _display_width(v)), 60)

    def line(values: Sequence[str]) -> str:
        return "  ".join(_pad(v, widths[i]) for i, v in enumerate(values)).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for r in text_rows:
        print(line(r))


def _write_table(headers: list[str], rows: Sequence[Sequence[Any]]) -> None:
    """The table to `--xlsx FILE`: money as numbers with a totals row, the command that made
    it in the first line, text that could start a formula kept as text."""
    import datetime as dt

    from dealer_app.services.exports import write_table

    target = Path(_OUTPUT.xlsx)  # type: ignore[arg-type]
    money = [
        i
        for i in range(len(headers))
        if rows
        and all(isinstance(r[i], _Yuan) or r[i] in ("", None) for r in rows)
        and any(isinstance(r[i], _Yuan) for r in rows)
    ]
    write_table(
        target,
        headers,
        [[int(v) if isinstance(v, _Yuan) else v for v in r] for r in rows],
        sheet="Dealer Desk",
        about=[_OUTPUT.command, t("cli.xlsx_rows", n=len(rows), when=dt.datetime.now())],
        money=money,
        totals=t("cli.xlsx_total") if money else None,
    )
    _say("cli.xlsx_written", path=str(target), n=len(rows))


def _display_width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _display_width(text))


def _money(n: int) -> _Yuan:
    return _Yuan(n)


def _jsonable(value: Any) -> Any:
    """`value` with every message in it as `_msg_json` gives it."""
    if isinstance(value, Msg):
        return _msg_json(value)
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _msg_json(msg: Msg) -> dict[str, Any]:
    """A message for scripts: its code and parameters, and the sentence in the chosen language."""
    return {**msg.as_json(), "text": i18n.text(msg)}


# ---------------------------------------------------------------------------------------------
# the ledger, the user, their passwords
def _ledger_location(args: argparse.Namespace) -> Path | str:
    """--db, else DEALER_APP_DB, else the default ledger file: a file path or a PostgreSQL URL."""
    db = getattr(args, "db", None) or os.environ.get(DB_ENV)
    if db and is_server_location(db):
        return db.strip()
    return Path(db).expanduser() if db else default_ledger_path()


def _utf8(value: str, what: str) -> str:
    """Refuse text holding bytes that were not UTF-8 (Python keeps them as lone surrogates, which
    the ledger cannot store): say so plainly instead of failing deep inside."""
    if any("\ud800" <= c <= "\udfff" for c in value):
        raise InvalidInput("cli.not_utf8", what=what)
    return value


def _refuse_undecodable(args: argparse.Namespace) -> None:
    for key, value in vars(args).items():
        if isinstance(value, str):  # paths (Path) may hold any bytes the file system allows
            _utf8(value, key)


def _password(env: str, prompt: Msg, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return _utf8(value, env)
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput("cli.no_password", env=env)
    first = getpass.getpass(i18n.text(prompt))
    if confirm and getpass.getpass(t("cli.prompt.again")) != first:
        raise InvalidInput("cli.password_mismatch")
    return first


def _user_name(args: argparse.Namespace) -> str:
    location = _ledger_location(args)
    in_url = url_user(location) if isinstance(location, str) else None
    name = getattr(args, "user", None) or os.environ.get(USER_ENV) or in_url or "admin"
    return _utf8(name, "user")


@contextlib.contextmanager
def _signed_in(args: argparse.Namespace) -> Iterator[Any]:
    """A signed-in Context for one command; the ledger is closed however the command ends."""
    from dealer_app.services.session import signed_in

    name = _user_name(args)

    def password() -> str:
        # kept for a server ledger's backup, whose copy gets this person's password
        args.signed_in_password = _password(
            PASSWORD_ENV, Msg("cli.prompt.password", {"name": name})
        )
        return args.signed_in_password

    with signed_in(_ledger_location(args), name, password) as ctx:
        yield ctx


# ---------------------------------------------------------------------------------------------
# commands
def cmd_init(args: argparse.Namespace) -> int:
    from dealer_app.services.session import Session

    path = _ledger_location(args)
    password = _password(PASSWORD_ENV, Msg("cli.prompt.new_admin_password"), confirm=True)
    if isinstance(path, str):  # a server ledger, set up by the database's owner
        from dealer_app.services.setup import init_server

        if args.demo:
            raise InvalidInput("server.no_demo")
        init_server(path, password, admin_name=args.admin)
        _say("cli.created_server", location=display_location(path), admin=args.admin)
        return 0
    session = Session()
    try:
        session.create(path, password, demo=args.demo)
        if session.demo_summary is not None:
            print(i18n.text(session.demo_summary), file=sys.stderr)
    finally:
        session.close()
    _say("cli.created", path=str(path))
    return 0


def cmd_user(args: argparse.Namespace) -> int:
    from dealer_app.services import users

    with _signed_in(args) as ctx:
        if args.action == "add":
            new = _password(
                NEW_PASSWORD_ENV, Msg("cli.prompt.new_password", {"name": args.name}), True
            )
            user = users.add_user(ctx, args.name, args.role, args.region, new)
            _say("cli.user_added", name=user.name, role=user.role.value, region=user.region or "")
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
                        (
                            u.name,
                            i18n.label("role", u.role.value),
                            i18n.t("cli.region", region=u.region) if u.region else "",
                            t("cli.yes") if u.locked else "",
                        )
                        for u in items
                    ],
                )
        elif args.action == "passwd":
            new = _password(
                NEW_PASSWORD_ENV, Msg("cli.prompt.new_password", {"name": args.name}), True
            )
            users.reset_password(ctx, args.name, new)
            _say("cli.password_changed", name=args.name)
        else:
            locking = args.action in ("lock", "disable")
            users.set_locked(ctx, args.name, locking)
            _say("cli.user_locked" if locking else "cli.user_unlocked", name=args.name)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from dealer_app.services import stores

    with _signed_in(args) as ctx:
        fn = stores.import_stores if args.kind == "stores" else stores.import_performance
        report = fn(ctx, args.file, dry_run=args.dry_run, progress=_progress(args))
    if args.json:
        _emit_json(report.as_dict() | {"warnings": [_msg_json(w) for w in report.warnings]})
    else:
        print(i18n.text(report.summary()))
        if args.dry_run and report.kind == "stores":
            for code in report.added:
                print(t("cli.would_add", store=code))
            for code, fields in report.updated.items():
                print(t("cli.would_update", store=code, fields=fields))
        for w in report.warnings:
            _say("cli.warning", warning=w)
    return 0


def _progress(args: argparse.Namespace) -> Callable[[int, int], None] | None:
    """Progress on the terminal for long work (not when the output is read by a script)."""
    if getattr(args, "json", False) or not sys.stderr.isatty():
        return None
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent != shown[0]:
            shown[0] = percent
            end = "\n" if done >= total else ""
            print(
                "\r" + t("cli.progress", done=done, total=total, percent=percent),
                end=end,
                file=sys.stderr,
                flush=True,
            )

    return progress


def cmd_stores(args: argparse.Namespace) -> int:
    from dealer_app.domain.models import StoreFilter
    from dealer_app.services import stores

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
        # store_code / store_name: the import's column names, what a script reads back
        _emit_json(
            [
                {"store_code": j.pop("code"), "store_name": j.pop("name"), **j}
                for j in map(stores.store_json, items)
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
                    t("cli.region", region=s.region),
                    s.city,
                    i18n.label("store_type", s.store_type.value),
                    s.established_on or "",
                    i18n.label("store_status", s.status.value),
                )
                for s in items
            ],
        )
        _say("cli.n_stores", count=len(items))
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
                    "reason": i18n.text(r.result.reason),
                    "reason_code": r.result.reason.code,
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
                    t("cli.yes") if r.result.eligible else t("cli.no"),
                    _money(r.result.amount) if r.result.amount else "",
                    i18n.label("tier", r.result.tier) if r.result.tier else "",
                    i18n.text(r.result.reason),
                )
                for r in rows
            ],
        )
        s = totals(rows)
        _say(
            "cli.eligibility_totals",
            eligible=s.eligible,
            not_eligible=s.not_eligible,
            amount=s.amount,
        )
    return 0


def _subsidy_json(s) -> dict:  # noqa: ANN001 - a Subsidy
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


MAX_ID = 2**63 - 1


def _id(text: str) -> int:
    """An id on the command line: a whole number the ledger can hold (1 to 2^63-1)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("cli.bad_id", value=text[:40])) from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(t("cli.bad_id", value=text[:40]))
    return value


def _read_ids(path: Path) -> list[int]:
    """Subsidy ids from a file: whitespace, commas or lines; '#' starts a comment."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput("cli.ids_unreadable", path=str(path), detail=str(exc)) from None
    out: list[int] = []
    for n, line in enumerate(text.splitlines(), start=1):
        for word in line.partition("#")[0].replace(",", " ").split():
            try:
                value = int(word)
            except ValueError:
                value = 0
            if not 1 <= value <= MAX_ID:
                raise InvalidInput("cli.ids_bad", path=str(path), line=n, value=word[:40])
            out.append(value)
    return out


def _chosen_ids(ctx: Any, args: argparse.Namespace) -> list[int]:
    """The subsidies a batch command acts on: ids, ids from a file, or --all of a status."""
    from dealer_app.domain.workflow import SUBSIDY
    from dealer_app.services import subsidies

    ids = list(args.ids)
    if args.ids_from is not None:
        ids += _read_ids(args.ids_from)
    if args.all:
        if ids:
            raise UsageError("cli.all_and_ids")
        source = SUBSIDY.transition(f"subsidy.{args.action}").source
        region = (args.region or "").upper() or None
        found = [
            s
            for s in subsidies.list_subsidies(ctx, policy_code=args.policy)
            if s.status in source and (region is None or s.region == region)
        ]
        if args.action in ("approve", "reject"):  # never one's own proposals (four eyes)
            found = [s for s in found if s.proposed_by.casefold() != ctx.user.name.casefold()]
        return [s.id for s in found]
    if args.policy or args.region:
        raise UsageError("cli.filter_without_all")
    if not ids:
        raise UsageError("cli.no_ids", action=args.action)
    return list(dict.fromkeys(ids))


def cmd_subsidy(args: argparse.Namespace) -> int:
    from dealer_app.services import subsidies

    with _signed_in(args) as ctx:
        if args.action == "propose":
            return _propose(ctx, args)
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
                            _money(s.amount),
                            i18n.label("subsidy_status", s.status.value),
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
                for key, value in data.items():
                    shown = _money(value) if isinstance(value, int) else value
                    print(f"{_pad(t(f'cli.budget.{key}'), 12)} {shown}")
            return 0
        ids = _chosen_ids(ctx, args)
        progress = _progress(args)
        if args.action == "pay":
            outcome = subsidies.pay_many(ctx, ids, args.reference, progress)
        else:
            fn = {
                "approve": subsidies.approve_many,
                "reject": subsidies.reject_many,
                "cancel": subsidies.cancel_many,
            }[args.action]
            outcome = fn(ctx, ids, args.comment, progress)
    return _report_batch(args, outcome)


def _propose(ctx: Any, args: argparse.Namespace) -> int:
    from dealer_app.services import subsidies

    if len(args.store) == 1:
        sid = subsidies.propose(ctx, args.policy, args.store[0])
        if args.json:
            _emit_json({"id": sid})
        else:
            print(sid)
        return 0
    outcome = subsidies.propose_many(ctx, args.policy, args.store, _progress(args))
    if args.json:
        _emit_json(
            {
                "proposed": [{"store_code": code, "id": sid} for code, sid in outcome.done],
                "refused": [
                    {"store_code": code, **_msg_json(why)} for code, why in outcome.refused
                ],
            }
        )
    else:
        for code, sid in outcome.done:
            print(f"{code}\t{sid}")
        _batch_lines(outcome)
    return 0 if not outcome.refused else 1


def _batch_lines(outcome: Any) -> None:
    for item, why in outcome.refused:
        _say("cli.refused_item", item=item, why=why)
    _say("cli.batch_done", done=len(outcome.done), refused=len(outcome.refused))


def _report_batch(args: argparse.Namespace, outcome: Any) -> int:
    """One line per subsidy decided; refusals with their reasons. Exit 1 if any was refused."""
    if args.json:
        _emit_json(
            {
                "done": [_subsidy_json(s) for _, s in outcome.done],
                "refused": [{"id": i, **_msg_json(why)} for i, why in outcome.refused],
            }
        )
    else:
        for _, s in outcome.done:
            print(
                t(
                    "cli.subsidy_now",
                    id=s.id,
                    store=s.store_code,
                    amount=s.amount,
                    status=s.status.value,
                )
            )
        if len(outcome.done) + len(outcome.refused) > 1:
            _batch_lines(outcome)
        else:
            for _, why in outcome.refused:
                _say("cli.refused", why=why)
    return 0 if not outcome.refused else 1


def cmd_closures(args: argparse.Namespace) -> int:
    from dealer_app.services import closures

    with _signed_in(args) as ctx:
        if args.action == "candidates":
            rows = closures.candidates(ctx)
        else:
            items = closures.list_closures(ctx, args.status)
    if args.action == "candidates":
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
                        "reason": i18n.text(r.candidate.reason),
                        "reason_code": r.candidate.reason.code,
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
                    "avg_vehicles",
                    "avg_revenue",
                    "net_profit",
                    "est_loss",
                    "note",
                ],
                [
                    (
                        r.candidate.store_code,
                        i18n.label("store_type", r.candidate.store_type.value),
                        r.candidate.months,
                        f"{r.candidate.avg_vehicles:.2f}",
                        _money(r.candidate.avg_revenue),
                        _money(r.candidate.net_profit_sum),
                        _money(r.candidate.estimated_loss),
                        t("cli.approved_unpaid") if r.has_approved_unpaid_subsidy else "",
                    )
                    for r in rows
                ],
            )
            _say(
                "cli.candidates_total",
                count=len(rows),
                loss=sum(r.candidate.estimated_loss for r in rows),
            )
        return 0
    if args.json:
        _emit_json([_closure_json(c) for c in items])
    else:
        _print_table(
            ["id", "store", "status", "est_loss", "proposed_by", "approved_by", "closed_on"],
            [
                (
                    c.id,
                    c.store_code,
                    i18n.label("closure_status", c.status.value),
                    _money(c.estimated_loss),
                    c.proposed_by,
                    c.approved_by or "",
                    c.closed_on or "",
                )
                for c in items
            ],
        )
    return 0


def _closure_json(c) -> dict:  # noqa: ANN001 - a Closure
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
                    raise InvalidInput("cli.bad_date", value=args.date) from None
            c = closures.approve_closure(ctx, args.id, day, args.comment)
        else:
            c = closures.reject_closure(ctx, args.id, args.comment)
    if args.json:
        _emit_json(_closure_json(c))
    else:
        print(t("cli.closure_now", id=c.id, store=c.store_code, status=c.status.value))
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    from dealer_app.services.policies import list_policies, policy_json

    if args.action == "quota":
        return _policy_quota(args)
    with _signed_in(args) as ctx:
        items = list_policies(ctx)
    if args.json:
        _emit_json([policy_json(p) for p in items])
    else:
        _print_table(
            ["code", "version", "kind", "budget", "name"],
            [
                (
                    p.code,
                    p.version,
                    i18n.label("policy_kind", p.kind.value),
                    _money(p.budget),
                    p.name,
                )
                for p in items
            ],
        )
    return 0


def _policy_quota(args: argparse.Namespace) -> int:
    """`policy quota CODE [--set REGION YUAN]... [--clear REGION]...`: show or set the
    regional quotas (HQ finance)."""
    from dealer_app.services import policies

    changes: dict[str, int | None] = {}
    for region, amount in args.quotas:
        try:
            changes[region] = int(amount.replace(",", ""))
        except ValueError:
            raise UsageError("cli.quota_amount", value=amount) from None
    for region in args.clear:
        changes[region] = None
    with _signed_in(args) as ctx:
        quotas = policies.set_quotas(ctx, args.code, changes) if changes else None
        if quotas is None:
            quotas = policies.quotas(ctx, args.code)
    if args.json:
        _emit_json(quotas)
    else:
        _print_table(
            ["region", "budget"],
            [(t("cli.region", region=r), _money(q)) for r, q in sorted(quotas.items())],
        )
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from dealer_app.services import settings

    with _signed_in(args) as ctx:
        if args.action == "set":
            raw = _utf8(args.value, "VALUE")
            try:
                value = json.loads(raw) if raw[:1] in "[{" else raw
            except ValueError:
                value = raw
            values = settings.update(ctx, {args.key: value})
            _say(
                "cli.setting_saved",
                key=args.key,
                value=json.dumps(values[args.key], ensure_ascii=False),
            )
            return 0
        values = settings.all_settings(ctx.ledger)
    if args.json:
        _emit_json(values)
    else:
        for key, value in values.items():
            print(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    return 0


def cmd_partner(args: argparse.Namespace) -> int:
    from dealer_app.services import partners

    def as_json(p) -> dict:  # noqa: ANN001 - a domain Partner
        return {"id": p.id, "name": p.name, "credit_code": p.credit_code, "bank": p.bank,
                "account": p.account}  # fmt: skip

    with _signed_in(args) as ctx:
        if args.action != "list":
            from dealer_app import cli_money

            return cli_money.partner_bank(args, ctx)
        items = partners.list_partners(ctx, _utf8(args.search, "--search"))
    if args.json:
        _emit_json([as_json(p) for p in items])
    else:
        _print_table(
            ["id", "partner", "credit_code", "bank", "account"],
            [(p.id, p.name, p.credit_code or "", p.bank, p.account) for p in items],
        )
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from dealer_app.services import audit

    with _signed_in(args) as ctx:
        if args.action == "export":
            from dealer_app.services.audit_export import export_audit

            n = export_audit(ctx, args.file)
            _say("cli.audit_exported", count=n, path=str(args.file))
            return 0
        against = None
        if args.against is not None:
            checked = audit.verify_against(ctx, args.against)
            count, problems, against = checked.entries, checked.problems, checked
        else:
            count, problems = audit.verify(ctx)
        if args.anchors:
            _, anchor_problems = audit.verify_anchors(ctx, args.anchors)
            problems = problems + anchor_problems
        from dealer_app.domain.workflow import may

        flagged = audit.four_eyes(ctx) if may(ctx.user.role, "audit.export") else []
    if args.json:
        report: dict[str, Any] = {
            "entries": count,
            "ok": not problems,
            "problems": [i18n.text(p) for p in problems],
            "problem_codes": [p.code for p in problems],
            "four_eyes": [_msg_json(f) for f in flagged],
        }
        if against is not None:
            report |= {"against": str(against.copy), "against_entries": against.copy_entries}
        _emit_json(report)
    elif problems:
        _say("cli.audit_broken", count=count)
        for p in problems:
            print(f"  {i18n.text(p)}", file=sys.stderr)
    elif against is not None:
        print(
            t(
                "cli.audit_ok_against",
                count=count,
                copy=str(against.copy),
                copy_entries=against.copy_entries,
                at=against.copy_last_at or "",
            )
        )
    else:
        print(t("cli.audit_ok", count=count))
    if flagged and not args.json:
        _say("cli.four_eyes", count=len(flagged))
        for f in flagged:
            print(f"  {i18n.text(f)}", file=sys.stderr)
    return 1 if problems else 0


def cmd_backup(args: argparse.Namespace) -> int:
    from dealer_app.services.backup import backup

    with _signed_in(args) as ctx:
        password = getattr(args, "signed_in_password", None) if ctx.ledger.is_server else None
        out = backup(ctx, args.file, replace=args.replace, password=password)
        _say("cli.backed_up", path=ctx.ledger.location, to=str(out))
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    """A server ledger's schema brought to this program's, by the database's owner."""
    from dealer_app.services.setup import upgrade_server

    location = _ledger_location(args)
    if not isinstance(location, str):
        raise InvalidInput("upgrade.file_ledger")
    before, after = upgrade_server(location)
    _say("cli.upgraded", location=display_location(location), before=before, after=after)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    """A ledger file into an empty server ledger, run by the server database's owner."""
    from dealer_app.services.migrate import migrate

    if not is_server_location(args.dest):
        raise InvalidInput("migrate.dest_not_server", dest=args.dest)
    password = _password(
        NEW_PASSWORD_ENV, Msg("cli.prompt.new_password", {"name": args.admin}), confirm=True
    )

    def progress(table: str, rows: int) -> None:
        if not args.json:
            print(t("cli.migrate.table", table=table, rows=rows), file=sys.stderr)

    result = migrate(args.source, args.dest, args.admin, password, progress=progress)
    if args.json:
        _emit_json(
            {
                "source": result.source,
                "dest": result.dest,
                "audit_entries": result.entries,
                "without_password": result.without_password,
            }
        )
        return 0
    _print_table(
        ["table", "in_file", "on_server"],
        [(k, f"{v:,}", f"{result.dest.get(k, 0):,}") for k, v in result.source.items()],
    )
    _say("cli.migrated", dest=display_location(args.dest), entries=result.entries, admin=args.admin)
    if result.without_password:
        _say("cli.migrate.no_password", names=", ".join(result.without_password))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from dealer_app.domain.errors import LedgerUnusable
    from dealer_app.services.backup import check_backup, restore
    from dealer_app.services.session import Session

    path = _ledger_location(args)
    if isinstance(path, str):  # a server ledger is restored with the server's own tools
        raise InvalidInput("restore.server_ledger", location=display_location(path))
    check_backup(args.file)
    session = Session()
    try:
        try:
            session.open(path)
        except LedgerUnusable:
            # The current ledger does not open (damaged): restoring it needs no sign-in into it.
            aside = restore(path, args.file)
        else:
            name = _user_name(args)
            session.sign_in(
                name,
                _password(PASSWORD_ENV, Msg("cli.prompt.password", {"name": name})),
                daily_copy="no",
            )
            aside = restore(path, args.file, session.require_ctx(), foreign=args.foreign)
    finally:
        session.close()
    _say("cli.restored", path=str(path), source=str(args.file), aside=str(aside))
    return 0


def cmd_letters(args: argparse.Namespace) -> int:
    from dealer_app.services import letters

    if args.target == "verify":
        if bool(args.pdf) == bool(args.qr):
            raise UsageError("cli.letters_verify_needs")
        with _signed_in(args) as ctx:
            if args.qr:
                verdict = letters.verify_qr(ctx, _utf8(args.qr, "--qr"))
            else:
                verdict = letters.verify_pdf(ctx, args.pdf)
        if args.json:
            _emit_json(_jsonable(verdict.as_dict()))
            return verdict.exit_code
        for problem in verdict.problems:
            _say("cli.error", why=problem)
        several = len(verdict.letters) > 1
        for check in verdict.letters:
            if several:
                print(t("cli.letter_pages", pages=check.pages or "?", summary=check.summary()))
            else:
                print(i18n.text(check.summary()))
            for d in check.differences:
                print(f"  {i18n.text(d)}", file=sys.stderr)
        return verdict.exit_code
    if args.target is not None:
        raise UsageError("cli.letters_unknown_action", action=args.target)
    if not args.policy or not args.out:
        raise UsageError("cli.letters_needs")
    with _signed_in(args) as ctx:
        result = letters.generate_to_folder(
            ctx,
            args.policy,
            args.out,
            region=args.region,
            single_pdf=args.single_pdf,
            progress=_progress(args),
        )
    if args.json:
        _emit_json(_jsonable(result.as_dict()))
    else:
        print(i18n.text(result.summary()))
        if result.refused:
            _say("cli.letters_refused", count=len(result.refused))
            for refusal in result.refused:
                _say("cli.error", why=refusal)
    return 1 if result.refused else 0


def cmd_gui(args: argparse.Namespace) -> int:
    from dealer_app.ui.app import run_gui

    return run_gui(
        _ledger_location(args) if getattr(args, "db", None) or os.environ.get(DB_ENV) else None,
        getattr(args, "user", None),
        getattr(args, "lang", None),
    )


def _lazy(name: str) -> Callable[[argparse.Namespace], int]:
    """A command of cli_money.py, imported when it runs."""

    def run(args: argparse.Namespace) -> int:
        from dealer_app import cli_money

        return getattr(cli_money, name)(args)

    return run


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
    "settings": cmd_settings,
    "partner": cmd_partner,
    "audit": cmd_audit,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "migrate": cmd_migrate,
    "upgrade": cmd_upgrade,
    "letters": cmd_letters,
    "payments": _lazy("cmd_payments"),
    "vouchers": _lazy("cmd_vouchers"),
    "gui": cmd_gui,
}


def _hint(exc: DealerError) -> Msg | None:
    """What the person can do about a ledger that does not open (services.session.remedy),
    as the command line says it."""
    from dealer_app.services.session import remedy

    found = remedy(exc)
    if found is None:
        return None

    def arg(p: object) -> str:
        return f'"{p}"' if " " in str(p) else str(p)

    if found.kind == "create":
        return Msg("cli.hint.create", {"db": arg(found.path)})
    if found.kind == "restore":
        return Msg(
            "cli.hint.restore",
            {"backup": str(found.backup), "db": arg(found.path), "file": arg(found.backup)},
        )
    if found.kind == "update":
        return None
    if isinstance(exc, DealerError) and exc.code in (
        "ledger.not_sqlite",
        "ledger.truncated",
        "ledger.damaged",
        "ledger.empty",
    ):
        return Msg("cli.hint.no_backup")
    return None


def main(argv: Sequence[str] | None = None) -> int:
    from dealer_app.logging_setup import setup_logging

    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_language(argv))
    _speak_argparse()
    parser = build_parser()
    args = parser.parse_args(argv)
    log_path = setup_logging()
    command = args.command or "gui"
    for stream in (sys.stdout, sys.stderr):  # a file name in another encoding never stops output
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")
    _OUTPUT.xlsx = getattr(args, "xlsx", None)
    _OUTPUT.command = " ".join(["dealer-app", *argv])
    try:
        _refuse_undecodable(args)
        return COMMANDS[command](args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        _say("cli.usage_error", why=exc.msg)
        return 2
    except DealerError as exc:
        _say("cli.error", why=exc.msg)
        hint = _hint(exc)
        if hint is not None:
            _say("cli.error", why=hint)
        return exc.exit_code
    except KeyboardInterrupt:
        _say("cli.interrupted")
        return 1
    except BrokenPipeError:
        return 0
    except Exception:
        logger.exception(
            "unexpected error in `%s`",
            " ".join(sys.argv).encode("utf-8", "backslashreplace").decode("utf-8"),
        )
        _say("cli.internal_error", path=str(log_path))
        return 1


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    raise SystemExit(main())
