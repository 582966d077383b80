"""Opening a ledger: file checks, PRAGMAs, migrations, and the one transaction helper.

A `Ledger` owns one sqlite3 connection, used by one thread only (the GUI keeps it on its worker
thread). Every write of a user action runs inside `ledger.atomic()`, which starts a
`BEGIN IMMEDIATE` transaction: the write lock is taken before anything is read, so two programs
approving against the same budget are serialised, and a waiting writer waits up to the busy timeout
instead of failing half-way.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import sqlite3
import struct
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from dealer_app.domain.errors import LedgerBusy, LedgerUnusable, LedgerWriteRefused, NotFound
from dealer_app.domain.messages import Msg
from dealer_app.storage import migrations

if TYPE_CHECKING:
    import sqlite_utils

logger = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000


def busy_timeout_ms() -> int:
    try:
        return int(os.environ.get("DEALER_APP_BUSY_TIMEOUT_MS", DEFAULT_BUSY_TIMEOUT_MS))
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT_MS


def is_busy_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and (
        "database is locked" in text or "database is busy" in text or "locked" in text
    )


def busy_error() -> LedgerBusy:
    return LedgerBusy("ledger.busy")


def in_list(values: Iterable[str]) -> str:
    """A constant SQL list of known words (status names from the workflow table): ('a', 'b'),
    in the order given. Only for the program's own constants; user values are always bound
    parameters. The order matters: SQLite uses a partial index (subsidies_one_live) only for
    a query whose IN list is the index's own, term for term."""
    values = list(values)
    assert all(v.replace("_", "").isalnum() for v in values), values
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def id_chunks(ids: Iterable[int], size: int = 500) -> Iterator[tuple[str, tuple[int, ...]]]:
    """Distinct `ids`, sorted, in chunks far below SQLite's limit on bound parameters: each as
    its `(?,?,…)` list and its values, for an `IN` condition."""
    unique = sorted(set(ids))
    for start in range(0, len(unique), size):
        chunk = tuple(unique[start : start + size])
        yield "(" + ",".join("?" * len(chunk)) + ")", chunk


class Where:
    """A WHERE clause built term by term, with its parameters in order."""

    def __init__(self, *terms: str) -> None:
        self.terms: list[str] = list(terms)
        self.params: list = []

    def add(self, term: str, *params: object) -> Where:
        self.terms.append(term)
        self.params.extend(params)
        return self

    def equal(self, column: str, value: object) -> Where:
        """`column = value`, unless value is None or empty (no condition then)."""
        if value is not None and value != "":
            self.add(f"{column} = ?", value)
        return self

    def regions(self, regions: frozenset[str] | None, column: str = "s.region") -> Where:
        """Only rows of these regions (None: every region; empty: none)."""
        cond, params = region_condition(regions, column)
        if cond:
            self.add(cond, *params)
        return self

    @property
    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.terms)) if self.terms else ""


def region_condition(
    regions: frozenset[str] | None, column: str = "s.region"
) -> tuple[str | None, list[str]]:
    """A condition limiting rows to a user's regions: (None, []) for no limit (None), "0" (nothing)
    for an empty set, else `column IN (?, ...)` with its parameters."""
    if regions is None:
        return None, []
    if not regions:
        return "1 = 0", []
    return f"{column} IN ({','.join('?' * len(regions))})", sorted(regions)


class IntegrityCheck:
    """A ledger's `PRAGMA integrity_check`, run after opening on a read-only connection of its own.

    Made by `open_ledger(..., check_later=True)`. `run` may be called from any thread, by
    several at once: the first runs the check (the GIL is released while SQLite reads, so it
    runs beside the thread that works with the ledger), the others wait for its answer.
    `cancel` (closing the ledger) interrupts it; a cancelled check reports nothing.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None  # SQLite's first complaint, once the check failed
        self.cancelled = False
        self._lock = threading.Lock()
        self._started = False
        self._done = threading.Event()
        self._conn: sqlite3.Connection | None = None

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def run(self) -> str | None:
        """Check the file (or wait for the check under way); its problem, or None if sound."""
        with self._lock:
            first = not self._started
            self._started = True
        if not first:
            self._done.wait()
            return self.problem
        try:
            self.problem = self._check()
        finally:
            self._done.set()
        return self.problem

    def _check(self) -> str | None:
        try:
            conn = reader(self.path)
        except sqlite3.Error as exc:  # not the file's fault (its own connection opened it)
            logger.warning("integrity check of %s not done: %s", self.path, exc)
            return None
        with self._lock:
            if self.cancelled:
                conn.close()
                return None
            self._conn = conn
        try:
            row = conn.execute("PRAGMA integrity_check(1)").fetchone()
        except sqlite3.Error as exc:
            if self.cancelled:
                return None
            if is_busy_error(exc):  # not damage: another program holds the file for long
                logger.warning("integrity check of %s not done: %s", self.path, exc)
                return None
            return str(exc)
        finally:
            with self._lock:
                self._conn = None
            conn.close()
        if row is not None and row[0] == "ok":
            return None
        return None if self.cancelled else (row[0] if row else "no answer")

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._conn is not None:
                self._conn.interrupt()  # sqlite3_interrupt may be called from any thread


_SIDE_FILES = ("-wal", "-shm", "-journal")


def _owner(path: Path) -> str:
    try:
        import pwd

        return pwd.getpwuid(path.stat().st_uid).pw_name
    except (ImportError, KeyError, OSError):
        return "?"


def blocking_side_file(path: Path) -> Path | None:
    """A side file of the ledger (-wal, -shm, -journal) this account cannot write: another
    account's program left it (SQLite gives it its creator's owner)."""
    for suffix in _SIDE_FILES:
        side = Path(str(path) + suffix)
        if side.exists() and not os.access(side, os.W_OK):
            return side
    return None


def write_refused(path: Path, exc: BaseException) -> LedgerWriteRefused | None:
    """`exc` as what the file system refused, said truthfully (nothing was changed, the ledger
    is not damaged): a read-only file or folder, a side file of another account, a full disk,
    a file-size limit. None when it is none of these."""
    if not isinstance(exc, sqlite3.OperationalError):
        return None
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text or "unable to open database file" in text:
        side = blocking_side_file(path)
        if side is not None:
            return LedgerWriteRefused(
                "ledger.blocked_by", path=str(path), file=str(side), owner=_owner(side)
            )
        if path.exists() and not os.access(path, os.W_OK):
            return LedgerWriteRefused("ledger.read_only_file", path=str(path), owner=_owner(path))
        if not os.access(path.parent, os.W_OK):
            return LedgerWriteRefused(
                "ledger.read_only_folder", path=str(path), folder=str(path.parent)
            )
        if "unable to open" in text:
            return None
        return LedgerWriteRefused("ledger.read_only_file", path=str(path), owner=_owner(path))
    if "disk is full" in text or "database or disk is full" in text:
        try:
            free = shutil.disk_usage(path.parent).free
        except OSError:
            free = 0
        if free > 64 * 1024 * 1024:  # room on the disk: a limit on the file's size refused it
            return LedgerWriteRefused("ledger.file_too_large", path=str(path))
        return LedgerWriteRefused("ledger.disk_full", path=str(path))
    return None


def damaged_error(path: Path, problem: str | Msg) -> LedgerUnusable:
    """`problem`: SQLite's complaint, or what else showed the damage."""
    return LedgerUnusable("ledger.damaged", path=str(path), problem=problem)


def damage_from(exc: BaseException, path: Path) -> LedgerUnusable | None:
    """`exc` as "the ledger is damaged" when it is SQLite finding damage while reading."""
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        if "malformed" in text or "not a database" in text:
            return damaged_error(path, str(exc))
    return None


class Ledger:
    """One open ledger file. Not thread-safe: create and use it on a single thread (except
    `integrity` and `require_sound`, which a background thread may use).

    `storage/pg.py` has the other kind, a ledger on a PostgreSQL server (`is_server`): the same
    interface, with dialect differences behind the methods under "dialect" below."""

    is_server = False

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        #: The integrity check still to pass before anything is written; None once it passed
        #: (or when it ran while opening).
        self.integrity: IntegrityCheck | None = None
        #: Opened by an account that does not own the file: reads only, leaves no trace.
        self.read_only = False
        #: A desktop's read-only copy of a shared ledger (services/offline.py): what it is a
        #: copy of and when it was made; every write is refused, saying so.
        self.copy_of: dict[str, str] | None = None

    def as_damage(self, exc: BaseException) -> LedgerUnusable | None:
        """`exc` as "this ledger is damaged" when it is SQLite finding damage while reading."""
        return damage_from(exc, self.path)

    def require_sound(self) -> None:
        """Wait for (or run) the integrity check put off at opening; raise `LedgerUnusable` if
        the file failed it. Every write transaction and the automatic copy call this first."""
        check = self.integrity
        if check is None:
            return
        problem = check.run()
        if problem is not None:
            raise damaged_error(self.path, Msg("ledger.integrity_failed", {"detail": problem}))
        if not check.cancelled:
            self.integrity = None

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, made on first use: importing sqlite-utils
        costs about 45 ms, paid by every command and the GUI's start otherwise, and only
        nested transactions (savepoints) use it."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # -- transactions --------------------------------------------------------------------------
    def check_pending(self) -> bool:
        """Whether the integrity check put off at opening has not passed yet."""
        return self.integrity is not None

    @contextlib.contextmanager
    def atomic(self, *, checked: bool = True) -> Iterator[Ledger]:
        """One transaction around a whole user action (nested calls become savepoints).

        Waits for the integrity check put off at opening; `checked=False` is for the sign-in's
        bookkeeping only (counting an attempt must not wait for the check of a big ledger)."""
        if self.copy_of is not None:
            raise LedgerWriteRefused("offline.read_only", **self.copy_of)
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self
            return
        if checked:
            self.require_sound()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if is_busy_error(exc):
                raise busy_error() from exc
            refused = write_refused(self.path, exc)
            if refused is not None:
                raise refused from exc
            raise
        try:
            yield self
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            refused = write_refused(self.path, exc)
            if refused is not None:
                raise refused from exc
            raise
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if is_busy_error(exc):
                raise busy_error() from exc
            refused = write_refused(self.path, exc)
            if refused is not None:
                raise refused from exc
            raise

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Ledger]:
        """A consistent read across several queries (one read transaction)."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        finally:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    # -- helpers used by the storage modules ---------------------------------------------------
    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: tuple | dict = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def query_many(self, statements: list[tuple[str, tuple]]) -> list[list[tuple]]:
        """Several independent reads, their rows as tuples in order: one after the other here;
        a server ledger sends them together (one round trip)."""
        cur = self.conn.cursor()
        cur.row_factory = None
        return [cur.execute(sql, params).fetchall() for sql, params in statements]

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    @property
    def location(self) -> str:
        """Where the ledger is, as a person reads it: a file path (a server ledger: its URL)."""
        return str(self.path)

    # -- dialect -------------------------------------------------------------------------------
    def audit_counter(self) -> int | None:
        """The highest audit id ever handed out (SQLite's AUTOINCREMENT counter): entries
        deleted from the log's end leave it behind."""
        row = self.conn.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"
        ).fetchone()
        return None if row is None else int(row[0])

    def audit_tail(self):  # noqa: ANN201 - a row (id, hash) or None
        """The log's last entry (id, hash), whoever wrote it."""
        return self.query_one("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")

    def audit_guards_expected(self) -> frozenset[str]:
        """The triggers that keep the audit log append-only (storage/migrations.py m001)."""
        return frozenset({"audit_log_no_update", "audit_log_no_delete"})

    def audit_guards(self) -> set[str]:
        """The names of the triggers on the audit log."""
        rows = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
        ).fetchall()
        return {r[0] for r in rows}

    def close(self) -> None:
        if self.integrity is not None:
            self.integrity.cancel()
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def check_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database before SQLite touches it."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise LedgerUnusable(
            "ledger.unreadable", path=str(path), detail=str(getattr(exc, "strerror", None) or exc)
        ) from exc
    if len(head) == 0:
        return  # an empty file is a new database to SQLite; the caller decides
    if not head.startswith(SQLITE_HEADER):
        raise LedgerUnusable(
            "ledger.not_sqlite",
            path=str(path),
        )
    if len(head) < 100:
        raise LedgerUnusable(
            "ledger.truncated",
            path=str(path),
        )
    if _shorter_than_its_header_says(path, head):
        raise damaged_error(path, Msg("ledger.cut_short"))


def _shorter_than_its_header_says(path: Path, head: bytes) -> bool:
    """A cut-off file, found without reading it: the header's page count times its page size is
    more than the file holds. Only when that count is valid (its change counter matches) and no
    journal or write-ahead log is waiting to be replayed into the file (it may be short then)."""
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    counter, pages = struct.unpack(">II", head[24:32])
    (valid_for,) = struct.unpack(">I", head[92:96])
    if pages == 0 or counter != valid_for:
        return False
    for suffix in ("-wal", "-journal"):
        side = path.with_name(path.name + suffix)
        with contextlib.suppress(OSError):
            if side.stat().st_size > 0:
                return False
    try:
        return path.stat().st_size < pages * page_size
    except OSError:
        return False


def owned_by_another(path: Path) -> bool:
    """Whether the ledger file belongs to another account (POSIX): this account then only
    reads it, leaving nothing in its folder (see `_connect`)."""
    if os.name != "posix":
        return False
    try:
        return path.stat().st_uid != os.geteuid()
    except OSError:
        return False


def _reader_uri(path: Path, immutable: bool) -> str:
    from urllib.parse import quote

    return f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")


def _connect(path: Path, *, as_reader: bool = False) -> sqlite3.Connection:
    """The ledger's connection. `as_reader` (a ledger another account owns): read-only, and
    creating no side file: while the owner's program has the ledger open its -wal and -shm
    exist and are read as they are; when it has not, the file is read as it stands
    (`immutable`), so no -wal or -shm owned by this account is ever left behind to stop the
    owner's next write."""
    if as_reader:
        busy = any(Path(str(path) + s).exists() for s in ("-wal", "-shm"))
        try:
            conn = sqlite3.connect(
                _reader_uri(path, immutable=not busy),
                uri=True,
                timeout=busy_timeout_ms() / 1000,
                isolation_level=None,
            )
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # The owner's -shm is not readable by this account: read the file as it stands.
            conn = sqlite3.connect(
                _reader_uri(path, immutable=True), uri=True, isolation_level=None
            )
        conn.row_factory = sqlite3.Row
        return conn
    conn = sqlite3.connect(
        str(path),
        timeout=busy_timeout_ms() / 1000,
        isolation_level=None,  # we issue BEGIN/COMMIT ourselves
        check_same_thread=True,
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms():d}")
    return conn


def open_ledger(
    path: Path | str,
    *,
    create: bool = False,
    backup_before_migrate: bool = True,
    check_later: bool = False,
) -> Ledger:
    """Open (and migrate) the ledger at `path`.

    `create=True` makes a new empty ledger with the current schema when the file does not exist
    (the caller seeds it). Raises `NotFound` when it does not exist and `create` is False,
    `LedgerUnusable` for a foreign, damaged or newer-version file (the file is left untouched),
    `LedgerBusy` if another program holds it past the busy timeout.

    The integrity check (`PRAGMA integrity_check`) reads the whole file: about 0.26 s for 100,000
    stores when the file is in the disk cache, seconds from a cold disk. By default it runs
    here. With `check_later=True` (the desktop application) the cheap checks still run here
    (header, size against the header's page count, schema, tables) and the full check is left
    in `ledger.integrity` for the caller to run in the background: every write waits for it
    and is refused if it fails (`Ledger.require_sound`). It still runs here when a migration is
    due (nothing is changed before the file is known sound).
    """
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if not existed and not create:
        raise NotFound(
            "ledger.missing",
            path=str(path),
        )
    if existed:
        check_file(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        create_private(path)
    conn = None
    as_reader = existed and owned_by_another(path)
    try:
        conn = _connect(path, as_reader=as_reader)
        ledger = Ledger(path, conn)
        ledger.read_only = as_reader
        _prepare(ledger, existed, backup_before_migrate, check_later)
    except BaseException as exc:
        if conn is not None:  # leave no connection (and no -wal/-shm files) behind a refusal
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        if not isinstance(exc, sqlite3.DatabaseError):
            raise
        if is_busy_error(exc):
            raise busy_error() from exc
        refused = write_refused(path, exc)  # an unwritable folder is not a damaged ledger
        if refused is not None:
            raise refused from exc
        raise LedgerUnusable("ledger.damaged", path=str(path), problem=str(exc)) from exc
    return ledger


def _prepare(ledger: Ledger, existed: bool, backup_before_migrate: bool, check_later: bool) -> None:
    conn = ledger.conn
    version = ledger.schema_version
    if version > migrations.SCHEMA_VERSION:
        ledger.close()
        raise LedgerUnusable(
            "ledger.newer",
            path=str(ledger.path),
            version=version,
            known=migrations.SCHEMA_VERSION,
        )
    if existed:
        if check_later and version > 0 and not migrations.pending(version):
            ledger.integrity = IntegrityCheck(ledger.path)
        else:
            row = conn.execute("PRAGMA integrity_check(1)").fetchone()
            if row is None or row[0] != "ok":
                ledger.close()
                raise damaged_error(
                    ledger.path,
                    Msg("ledger.integrity_failed", {"detail": row[0] if row else "-"}),
                )
        # Decided before anything is written (journal mode, migrations): a file that is not a
        # ledger is left exactly as it was.
        if (
            version < 0
            or (version == 0 and _has_tables(conn))
            or (version > 0 and not _looks_like_ledger(conn))
        ):
            ledger.close()
            raise LedgerUnusable(
                "ledger.foreign",
                path=str(ledger.path),
            )
        if version == 0:
            ledger.close()
            raise LedgerUnusable(
                "ledger.empty",
                path=str(ledger.path),
            )
    todo = migrations.pending(version)
    if ledger.read_only:
        if todo:  # upgrading is the owner's to do (it writes)
            ledger.close()
            raise LedgerUnusable("ledger.owner_must_upgrade", path=str(ledger.path))
        return
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    if todo:
        saved = None
        if existed and version > 0 and backup_before_migrate:
            saved = _backup_before_migration(ledger, version)
        # Foreign keys stay off while the schema changes (table rebuilds), checked afterwards.
        conn.execute("PRAGMA foreign_keys = OFF")
        at = version
        for target, fn in todo:
            conn.execute("BEGIN IMMEDIATE")
            try:
                fn(conn)
                conn.execute(f"PRAGMA user_version = {target:d}")
                problems = conn.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise _migration_failed(ledger, at, target, "broken references", saved)
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error) and not is_busy_error(exc):
                    # Not "damaged": the step was rolled back and the file is as it was before it.
                    raise _migration_failed(ledger, at, target, str(exc), saved) from exc
                raise
            at = target
            logger.info("ledger %s migrated to schema %d (%s)", ledger.path, target, fn.__name__)
    conn.execute("PRAGMA foreign_keys = ON")


def _migration_failed(
    ledger: Ledger, at: int, target: int, why: str, saved: Path | None
) -> LedgerUnusable:
    return LedgerUnusable(
        "ledger.migration_failed",
        path=str(ledger.path),
        version=at,
        target=target,
        why=why,
        saved=str(saved) if saved else "",
    )


#: Tables every schema version has; a file with a user_version but without them is not ours.
LEDGER_TABLES = frozenset({"regions", "stores", "policies", "subsidies", "users", "audit_log"})


def _looks_like_ledger(conn: sqlite3.Connection) -> bool:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return LEDGER_TABLES <= names


def _has_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(row[0])


def _backup_before_migration(ledger: Ledger, version: int) -> Path:
    from dealer_app.paths import backup_dir_for

    target_dir = backup_dir_for(ledger.path)
    target_dir.mkdir(parents=True, exist_ok=True)
    dest = target_dir / f"{ledger.path.stem}-before-schema-{version + 1}.sqlite3"
    n = 1
    while dest.exists():
        n += 1
        dest = target_dir / f"{ledger.path.stem}-before-schema-{version + 1}-{n}.sqlite3"
    backup_to(ledger, dest)
    logger.info("backed up %s to %s before migrating", ledger.path, dest)
    return dest


def backup_to(ledger: Ledger, dest: Path, *, replace: bool = True) -> Path:
    """Copy the ledger with SQLite's online backup API (safe while others read or write).

    Written to a temporary name first and renamed, so `dest` is never a half-written file. The
    temporary name is this call's own: two programs backing up to the same file at the same
    moment (two instances making the day's automatic copy) each write a whole copy, and the
    last rename wins.
    """
    return _backup(ledger.conn, Path(dest), replace)


def reader(path: Path) -> sqlite3.Connection:
    """A connection of its own to an existing ledger that cannot write (`query_only`): for work
    beside the ledger's own connection, on another thread. (Not a `mode=ro` URI: file URIs of
    Windows network paths are not portable.)"""
    path = Path(path)
    if not path.exists():
        raise sqlite3.OperationalError(f"unable to open database file: {path} is gone")
    if owned_by_another(path):
        return _connect(path, as_reader=True)
    conn = sqlite3.connect(str(path), timeout=busy_timeout_ms() / 1000, isolation_level=None)
    conn.execute("PRAGMA query_only = ON")
    return conn


def backup_file(source: Path, dest: Path) -> Path:
    """`backup_to` through a read-only connection of its own: usable from any thread (the
    desktop application makes the day's automatic copy in the background this way)."""
    conn = reader(source)
    try:
        return _backup(conn, Path(dest))
    finally:
        conn.close()


def create_private(path: Path) -> None:
    """Create `path` as an empty file only its owner may read and write (0600 on Linux and
    macOS; SQLite gives the ledger's -wal and -shm files the same mode). A ledger holds partners'
    bank accounts and the users' password hashes: other local accounts have no business reading
    it. An existing file keeps its mode; on Windows the folder's permissions apply."""
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _backup(conn: sqlite3.Connection, dest: Path, replace: bool = True) -> Path:
    """`replace=False`: the copy is linked into place only if `dest` does not exist by then
    (FileExistsError), never over a file that appeared meanwhile."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f"{dest.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        create_private(tmp)
        target = sqlite3.connect(str(tmp))
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        if replace:
            os.replace(tmp, dest)
        else:
            os.link(tmp, dest)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return dest
