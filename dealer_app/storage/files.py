"""Ledger files as files: read-only inspection of a backup, whole-database copies, and the check
that nobody else has a ledger open. The SQLite side of backups and restores lives here."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dealer_app.domain.errors import LedgerBusy
from dealer_app.domain.messages import Msg
from dealer_app.storage import audit as audit_store
from dealer_app.storage.db import Ledger, create_private, is_busy_error


class DatabaseFileError(Exception):
    """SQLite could not read or write the file (damaged, not a database, disk full ...)."""


@dataclass(frozen=True, slots=True)
class FileFacts:
    integrity: str  # "ok" or SQLite's first complaint
    schema_version: int
    tables: frozenset[str]
    audit_entries: int
    audit_problems: list[Msg]
    ledger_id: tuple[str, str] | None = None  # (id, created at): see audit.ledger_id


@contextlib.contextmanager
def _readonly(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    try:
        conn.row_factory = sqlite3.Row
        yield conn
    finally:
        conn.close()


def inspect(path: Path, ledger_tables: frozenset[str] | set[str]) -> FileFacts:
    """Open `path` read-only and report its integrity, schema version, tables and, when it has
    the ledger's tables, its audit chain. Raises DatabaseFileError when SQLite cannot read it."""
    try:
        with _readonly(path) as conn:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = frozenset(r[0] for r in conn.execute("SELECT name FROM sqlite_master"))
            count, problems, identity = 0, [], None
            if integrity == "ok" and set(ledger_tables) <= tables:
                count, problems = audit_store.verify(Ledger(path, conn))
                identity = audit_store.ledger_id(Ledger(path, conn))
            return FileFacts(integrity, version, tables, count, problems, identity)
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(str(exc)) from exc


def replay_differences(path: Path) -> list[Msg]:
    """Where the copy at `path`'s tables say other than its audit log (audit.replay_problems)."""
    try:
        with _readonly(path) as conn:
            return audit_store.replay_with(conn.execute)
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(str(exc)) from exc


def ledger_id_of(path: Path) -> tuple[str, str] | None:
    """The ledger id of the file at `path` (see audit.ledger_id), read without trusting the
    rest of the file: None when it cannot be read (a damaged ledger may still yield it)."""
    try:
        with _readonly(path) as conn:
            return audit_store.ledger_id(Ledger(path, conn))
    except (sqlite3.DatabaseError, OSError):
        return None


def audit_head(path: Path) -> tuple[audit_store.ChainHead, list[Msg]]:
    """Where the audit log of the ledger copy at `path` ends, and its own chain's problems
    (opened read-only). Raises DatabaseFileError when SQLite cannot read it as a ledger."""
    try:
        with _readonly(path) as conn:
            ledger = Ledger(path, conn)
            _count, problems = audit_store.verify(ledger)
            return audit_store.head(ledger), problems
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(str(exc)) from exc


def copy_database(source: Path, dest: Path) -> None:
    """Copy the database at `source` (opened read-only) into a new file `dest` with SQLite's
    backup API. Raises DatabaseFileError or OSError."""
    try:
        with _readonly(source) as src:
            create_private(dest)
            dst = sqlite3.connect(str(dest))
            try:
                src.backup(dst)
            finally:
                dst.close()
    except sqlite3.Error as exc:
        raise DatabaseFileError(str(exc)) from exc


def require_sole_user(ledger_path: Path, busy: LedgerBusy) -> None:
    """Raise `busy` while another program has the ledger open. SQLite lets a ledger leave WAL
    mode only when no other connection has it open (and the next open switches it back)."""
    try:
        conn = sqlite3.connect(str(ledger_path), timeout=1.0, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if not is_busy_error(exc):
            raise DatabaseFileError(str(exc)) from exc
        raise busy from exc
