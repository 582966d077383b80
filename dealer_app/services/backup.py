"""Backups: one command or menu item away; a rotating automatic copy; a checked restore."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from dealer_app.domain.errors import InvalidInput, LedgerBusy, LedgerUnusable
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Role
from dealer_app.paths import backup_dir_for, same_file
from dealer_app.services.audit import record
from dealer_app.services.context import Context
from dealer_app.services.permissions import require
from dealer_app.storage import files, migrations
from dealer_app.storage.db import Ledger, backup_file, backup_to, open_ledger

logger = logging.getLogger(__name__)

AUTO_KEEP = 14
AUTO_PREFIX = "auto-"
REPLACED_PREFIX = "replaced-"


def backup(
    ctx: Context, dest: Path | str, *, replace: bool = False, password: str | None = None
) -> Path:
    """Copy the open ledger to `dest` with SQLite's online backup (safe while others work).

    Only administrators and HQ finance (a copy holds every region, bank accounts and password
    hashes). Writes a new regular file (into `dest` when it is a folder); an existing file is
    replaced only when it is an earlier backup of this ledger and `replace` is given; folders,
    devices, pipes and any other file are refused."""
    require(ctx, "ledger.backup")
    if ctx.ledger.is_server:
        return _backup_server(ctx, Path(dest), replace, password)
    dest = Path(dest)
    if dest.is_dir():
        dest = _unused(dest / f"{ctx.ledger.path.stem}-{ctx.clock():%Y%m%d-%H%M%S}.sqlite3")
    if same_file(dest, ctx.ledger.path):
        raise InvalidInput("backup.same_file")
    _check_target(ctx, dest, replace)
    try:
        out = backup_to(ctx.ledger, dest, replace=replace)
    except FileExistsError as exc:
        raise InvalidInput("backup.exists", path=str(dest), replaceable="no") from exc
    except OSError as exc:
        raise InvalidInput(
            "backup.write_failed", path=str(dest), detail=str(getattr(exc, "strerror", None) or exc)
        ) from exc
    with ctx.ledger.atomic():
        record(ctx, "ledger.backup", "ledger", ctx.ledger.path.name, {"to": str(out)})
    return out


def _backup_server(ctx: Context, dest: Path, replace: bool, password: str | None) -> Path:
    """A server ledger's copy as a new ledger file: every table in one consistent snapshot of
    the server, the audit log entry for entry (its chain verifies in the file as on the
    server). The server keeps the passwords, so the copy has one: `password` for the person
    who made it (the one they signed in with); the others sign in to the copy only after
    an administrator of it sets theirs."""

    from dealer_app.services.users import hash_password
    from dealer_app.storage import transfer
    from dealer_app.storage import users as user_store

    if dest.is_dir():
        name = ctx.ledger.location.rstrip("/").rsplit("/", 1)[-1].split("?")[0] or "ledger"
        dest = _unused(dest / f"{name}-{ctx.clock():%Y%m%d-%H%M%S}.sqlite3")
    _check_target(ctx, dest, replace)
    dest.parent.mkdir(parents=True, exist_ok=True)

    def with_password(copy: Ledger) -> None:
        if password:
            user_store.set_password_hash(copy, ctx.user.name, hash_password(password))

    try:
        transfer.write_copy(ctx.ledger, dest, os.replace if replace else os.link, with_password)
    except FileExistsError as exc:
        raise InvalidInput("backup.exists", path=str(dest), replaceable="no") from exc
    except OSError as exc:
        raise InvalidInput(
            "backup.write_failed", path=str(dest), detail=str(getattr(exc, "strerror", None) or exc)
        ) from exc
    with ctx.ledger.atomic():
        record(ctx, "ledger.backup", "ledger", ctx.ledger.location, {"to": str(dest)})
    return dest


def _check_target(ctx: Context, dest: Path, replace: bool) -> None:
    """Refuse a target that is not a new file or, with `replace`, an earlier backup of this
    ledger (a document, a pipe, a device: a backup never destroys)."""
    import stat

    from dealer_app.storage import audit as audit_store

    try:
        mode = os.lstat(dest).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise InvalidInput("backup.write_failed", path=str(dest), detail=str(exc.strerror)) from exc
    if not stat.S_ISREG(mode):
        raise InvalidInput("backup.not_regular", path=str(dest))
    theirs = files.ledger_id_of(dest)
    mine = audit_store.ledger_id(ctx.ledger)
    ours = theirs is not None and mine is not None and theirs[0] == mine[0]
    if not (ours and replace):
        raise InvalidInput("backup.exists", path=str(dest), replaceable="yes" if ours else "no")


def auto_backup(ledger: Ledger, today: dt.date, keep: int = AUTO_KEEP) -> Path | None:
    """Once a day, keep a copy beside the ledger in `<name>-backups/`; prune to `keep` copies.

    Copies through a connection of its own, so any thread may call it (the desktop application
    calls it in the background after sign-in). A ledger that fails its integrity check is not
    copied: a damaged copy would only push a good one out of the fourteen kept."""
    if ledger.read_only:  # only the ledger's owner keeps its copies (a reader leaves no trace)
        return None
    folder = backup_dir_for(ledger.path)
    dest = folder / f"{AUTO_PREFIX}{ledger.path.stem}-{today:%Y-%m-%d}.sqlite3"
    if dest.exists():
        return None
    try:
        ledger.require_sound()
    except LedgerUnusable:
        logger.warning("no automatic copy of %s: it failed its integrity check", ledger.path)
        return None
    try:
        backup_file(ledger.path, dest)
    except Exception:  # noqa: BLE001 - a failed automatic copy must never stop the user's work
        logger.exception("automatic backup of %s failed", ledger.path)
        return None
    copies = sorted(folder.glob(f"{AUTO_PREFIX}{ledger.path.stem}-*.sqlite3"))
    for old in copies[:-keep]:
        try:
            old.unlink()
        except OSError:
            logger.warning("could not prune old backup %s", old)
    return dest


def latest_backup(ledger_path: Path) -> Path | None:
    folder = backup_dir_for(ledger_path)
    if not folder.exists():
        return None
    # A `replaced-...` file is the ledger a restore took out (maybe a damaged one): not a backup.
    copies = sorted(
        (p for p in folder.glob("*.sqlite3") if not p.name.startswith(REPLACED_PREFIX)),
        key=lambda p: p.stat().st_mtime,
    )
    return copies[-1] if copies else None


@dataclass
class BackupCheck:
    schema_version: int
    audit_entries: int
    ledger_id: tuple[str, str] | None = None  # (id, created at) of the ledger it is a copy of


def check_backup(path: Path) -> BackupCheck:
    """Open a copy read-only and check integrity, schema version and the audit chain."""
    if not path.exists():
        raise InvalidInput("restore.missing", path=str(path))
    import stat

    if not stat.S_ISREG(path.stat().st_mode):  # a pipe or a device would never end
        raise InvalidInput("backup.not_regular", path=str(path))
    from dealer_app.storage.db import LEDGER_TABLES, check_file

    try:
        check_file(path)
    except LedgerUnusable as exc:
        # Said about the backup, not the ledger (so no "restore the latest backup" advice).
        if exc.code == "ledger.not_sqlite":
            raise LedgerUnusable("restore.not_ledger", path=str(path)) from exc
        raise LedgerUnusable(
            "restore.damaged",
            path=str(path),
            problem=Msg("restore.cut_short")
            if exc.code == "ledger.truncated"
            else exc.params.get("problem", ""),
        ) from exc
    try:
        facts = files.inspect(path, LEDGER_TABLES)
    except files.DatabaseFileError as exc:
        raise LedgerUnusable("restore.damaged", path=str(path), problem=str(exc)) from exc
    if facts.integrity != "ok":
        raise LedgerUnusable("restore.damaged", path=str(path), problem=facts.integrity)
    version = facts.schema_version
    if version > migrations.SCHEMA_VERSION:
        raise LedgerUnusable(
            "restore.version", path=str(path), version=version, known=migrations.SCHEMA_VERSION
        )
    if version == 0 or not LEDGER_TABLES <= facts.tables:
        raise LedgerUnusable("restore.not_ledger", path=str(path))
    if facts.audit_problems:
        raise LedgerUnusable("restore.audit", path=str(path), problem=facts.audit_problems[0])
    try:
        told_otherwise = files.replay_differences(path)
    except files.DatabaseFileError as exc:
        raise LedgerUnusable("restore.damaged", path=str(path), problem=str(exc)) from exc
    if told_otherwise:
        raise LedgerUnusable(
            "restore.tables_differ", path=str(path), problems=told_otherwise[:5],
            count=len(told_otherwise),
        )  # fmt: skip
    return BackupCheck(version, facts.audit_entries, facts.ledger_id)


def own_ids(ledger_path: Path, ctx: Context | None = None) -> set[str]:
    """The ids this ledger is known by: its own (when it can be read) and its backups'
    (the copies in its own backups folder)."""
    from dealer_app.storage import audit as audit_store

    ids: set[str] = set()
    mine = audit_store.ledger_id(ctx.ledger) if ctx is not None else files.ledger_id_of(ledger_path)
    if mine is not None:
        ids.add(mine[0])
    if ctx is None or mine is None:
        folder = backup_dir_for(ledger_path)
        for copy in sorted(folder.glob("*.sqlite3")) if folder.is_dir() else []:
            found = files.ledger_id_of(copy) if copy.is_file() else None
            if found is not None:
                ids.add(found[0])
    return ids


def restore(
    ledger_path: Path,
    source: Path,
    ctx: Context | None = None,
    now: dt.datetime | None = None,
    *,
    foreign: bool = False,
) -> Path:
    """Replace the ledger at `ledger_path` by the checked `source`, a copy of this same ledger
    (of any age). The replaced ledger is kept aside in the backups folder; returns its path.

    Only an administrator may restore when the current ledger opens; a damaged ledger can be
    restored by whoever can reach the file, but only from a copy of itself (its id, or its
    backups folder's). Another ledger replaces this one only when an administrator of this
    one says so (`foreign=True`), and the restore's audit entry says it."""
    if ctx is not None:
        require(ctx, "ledger.restore")
    source = Path(source)
    if source.exists() and ledger_path.exists() and os.path.samefile(source, ledger_path):
        raise InvalidInput("restore.same_file", path=str(source))
    checked = check_backup(source)
    theirs = checked.ledger_id[0] if checked.ledger_id else None
    known = own_ids(ledger_path, ctx) if ledger_path.exists() else set()
    if ledger_path.exists() and not known:
        # A damaged file whose id cannot be read and no copy of it beside: nothing tells
        # whether the copy belongs here. Whoever moves the file aside restores into its place.
        raise InvalidInput("restore.unknown_damaged", path=str(ledger_path))
    is_foreign = bool(known) and theirs not in known
    if is_foreign and not (foreign and ctx is not None):
        raise InvalidInput(
            "restore.foreign" if ctx is not None else "restore.foreign_damaged",
            path=str(source),
            created=checked.ledger_id[1] if checked.ledger_id else "",
        )
    now = now or dt.datetime.now()
    folder = backup_dir_for(ledger_path)
    folder.mkdir(parents=True, exist_ok=True)
    aside = _unused(folder / f"{REPLACED_PREFIX}{ledger_path.stem}-{now:%Y%m%d-%H%M%S}.sqlite3")
    # Copy the backup next to the ledger first: if that fails, nothing has been replaced yet.
    tmp = ledger_path.with_name(ledger_path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    try:
        files.copy_database(source, tmp)
    except (OSError, files.DatabaseFileError) as exc:
        tmp.unlink(missing_ok=True)
        raise InvalidInput(
            "restore.write_failed",
            path=str(ledger_path),
            detail=str(getattr(exc, "strerror", None) or exc),
        ) from exc
    if ctx is not None:
        ctx.ledger.close()
        try:
            _require_sole_user(ledger_path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    # The replaced ledger is COPIED aside, and one atomic rename then puts the restored ledger
    # under its name: a crash at any moment leaves a whole ledger there (never no file, which
    # would invite `dealer-app init`). Its -wal and -shm go aside too: left beside the restored
    # file, SQLite would replay the old log into it.
    try:
        if ledger_path.exists():
            shutil.copy2(ledger_path, aside)
        for suffix in ("-wal", "-shm"):
            side = Path(str(ledger_path) + suffix)
            if side.exists():
                os.replace(side, Path(str(aside) + suffix))
        os.replace(tmp, ledger_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    restored = open_ledger(ledger_path)
    try:
        admin_ctx = Context(
            restored, ctx.user if ctx else _system_user(), (lambda: now.astimezone())
        )
        with restored.atomic():
            record(
                admin_ctx,
                "ledger.restore",
                "ledger",
                ledger_path.name,
                {
                    "from": str(source),
                    "replaced_kept_at": str(aside),
                    **({"foreign": True, "ledger_id": theirs} if is_foreign else {}),
                },
            )
    finally:
        restored.close()
    return aside


def _require_sole_user(ledger_path: Path) -> None:
    """Refuse while another program (a second window, a script) has the ledger open: it would go
    on writing into the file set aside, and its work would be missing from the restored ledger."""
    files.require_sole_user(
        ledger_path,
        LedgerBusy("restore.in_use", path=str(ledger_path)),
    )


def _unused(path: Path) -> Path:
    """`path`, or `name-2.sqlite3`, `name-3.sqlite3` ... : never overwrite a kept ledger."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _system_user():
    from dealer_app.domain.models import User

    return User(name="system", role=Role.ADMIN)
