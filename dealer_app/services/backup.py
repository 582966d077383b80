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


def backup(ctx: Context, dest: Path | str) -> Path:
    """Copy the open ledger to `dest` with SQLite's online backup (safe while others work)."""
    dest = Path(dest)
    if dest.exists() and dest.is_dir():
        dest = dest / f"{ctx.ledger.path.stem}-{ctx.clock():%Y%m%d-%H%M%S}.sqlite3"
    if same_file(dest, ctx.ledger.path):
        raise InvalidInput("backup.same_file")
    try:
        out = backup_to(ctx.ledger, dest)
    except OSError as exc:
        raise InvalidInput(
            "backup.write_failed", path=str(dest), detail=str(getattr(exc, "strerror", None) or exc)
        ) from exc
    with ctx.ledger.atomic():
        record(ctx, "ledger.backup", "ledger", ctx.ledger.path.name, {"to": str(out)})
    return out


def auto_backup(ledger: Ledger, today: dt.date, keep: int = AUTO_KEEP) -> Path | None:
    """Once a day, keep a copy beside the ledger in `<name>-backups/`; prune to `keep` copies.

    Copies through a connection of its own, so any thread may call it (the desktop application
    calls it in the background after sign-in). A ledger that fails its integrity check is not
    copied: a damaged copy would only push a good one out of the fourteen kept."""
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


def check_backup(path: Path) -> BackupCheck:
    """Open a copy read-only and check integrity, schema version and the audit chain."""
    if not path.exists():
        raise InvalidInput("restore.missing", path=str(path))
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
    return BackupCheck(version, facts.audit_entries)


def restore(
    ledger_path: Path, source: Path, ctx: Context | None = None, now: dt.datetime | None = None
) -> Path:
    """Replace the ledger at `ledger_path` by the checked `source`. The replaced ledger is kept
    aside in the backups folder; returns its path. Only an administrator may restore (when the
    current ledger opens at all; a damaged ledger can be restored by whoever can reach the file)."""
    if ctx is not None:
        require(ctx, "ledger.restore")
    source = Path(source)
    if source.exists() and ledger_path.exists() and os.path.samefile(source, ledger_path):
        raise InvalidInput("restore.same_file", path=str(source))
    check_backup(source)
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
                {"from": str(source), "replaced_kept_at": str(aside)},
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
