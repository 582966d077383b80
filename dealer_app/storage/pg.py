"""A server ledger: the same storage functions over PostgreSQL (psycopg 3).

`PgLedger` is a `Ledger` whose connection is a thin adapter over a psycopg connection: the
storage modules' SQL is the subset both engines share, written with `?` placeholders; the
adapter rewrites them to psycopg's, makes SQLite's ASCII-case-insensitive `LIKE` an `ILIKE`,
gives rows that answer to both an index and a column name (as `sqlite3.Row`), and reads
integral `numeric` results (PostgreSQL's `sum()` of integers) as `int`.

Transactions keep SQLite's meaning. A write transaction first takes one transaction-level
advisory lock, as `BEGIN IMMEDIATE` takes SQLite's write lock: the program's writers are
serialised, so its read-check-write steps (letter numbers, the duplicate check, the budget)
see no race and cannot deadlock each other. The database's own triggers enforce the rules
again for anyone who bypasses the program (storage/pg_schema.py); waiting longer than the lock
timeout is `LedgerBusy`, a lost connection `LedgerUnreachable`, both with nothing changed.

Signing in is the server's own authentication: a `PgLedger` is connected as one login.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import hmac
import logging
import re
import secrets
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from dealer_app.domain.errors import (
    AuthenticationFailed,
    Conflict,
    LedgerBusy,
    LedgerUnreachable,
    LedgerUnusable,
    PermissionDenied,
)
from dealer_app.storage.db import Ledger
from dealer_app.storage.location import display_location, url_user

logger = logging.getLogger(__name__)

#: The advisory lock every write transaction takes first (one writer at a time, as SQLite).
WRITE_LOCK = 0x4445414C  # "DEAL"
#: How long a write waits for another writer, a row lock or a statement (per transaction).
LOCK_TIMEOUT = "5s"
#: A write transaction's start: BEGIN, the lock wait's bound and the writers' lock, sent as one
#: message (one round trip on an office WAN).
BEGIN_WRITE = (
    "BEGIN ISOLATION LEVEL READ COMMITTED;"
    f" SET LOCAL lock_timeout = '{LOCK_TIMEOUT}';"
    f" SELECT pg_advisory_xact_lock({WRITE_LOCK:d})"
)


# --- the SQL adapter ----------------------------------------------------------------------------
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_LIKE = re.compile(r"\bLIKE\b")


@functools.lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """SQLite-style SQL (`?` and `:name` placeholders) as psycopg takes it."""
    out: list[str] = []
    plain: list[str] = []

    def flush() -> None:
        text = "".join(plain).replace("%", "%%").replace("?", "%s")
        text = _NAMED.sub(r"%(\1)s", text)
        out.append(_LIKE.sub("ILIKE", text))
        plain.clear()

    quoted = False
    for ch in sql:
        if ch == "'":
            if not quoted:
                flush()
            quoted = not quoted
            out.append(ch)
        elif quoted:
            out.append("%%" if ch == "%" else ch)
        else:
            plain.append(ch)
    flush()
    return "".join(out)


class Row(tuple):
    """A result row: by position and by column name, as `sqlite3.Row`."""

    _index: dict[str, int]

    def __getitem__(self, key):  # noqa: ANN001, ANN204
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor):  # noqa: ANN001, ANN202
    desc = cursor.description
    if desc is None:
        return tuple
    index = {c.name: i for i, c in enumerate(desc)}

    def make(values: Sequence[Any]) -> Row:
        row = Row(values)
        row._index = index
        return row

    return make


def _tuple_factory(cursor):  # noqa: ANN001, ANN202, ARG001
    return tuple


class PgCursor:
    def __init__(self, conn: PgConnection) -> None:
        self._conn = conn
        self.row_factory: object = True  # None: plain tuples (as sqlite3's cursor.row_factory)
        self._cur = None

    def execute(self, sql: str, params: Sequence | dict | None = ()) -> PgCursor:
        factory = _row_factory if self.row_factory is not None else _tuple_factory
        conn = self._conn
        outside = not conn.in_transaction
        self._cur = conn.raw.cursor(row_factory=factory)
        try:
            conn.run(self._cur.execute, _sql_for(sql, params), _params(params))
        except LedgerUnreachable:
            # Outside a transaction nothing was under way: a dropped connection is made again
            # and the statement sent once more. Inside one, the server rolled it back: the
            # person is told, and the next action reconnects.
            if not (outside and conn.reconnect is not None and conn.raw.broken):
                raise
            conn.ensure()
            self._cur = conn.raw.cursor(row_factory=factory)
            conn.run(self._cur.execute, _sql_for(sql, params), _params(params))
        return self

    def fetchone(self):  # noqa: ANN201
        return self._conn.run(self._cur.fetchone) if self._cur.description else None

    def fetchall(self) -> list:
        return self._conn.run(self._cur.fetchall) if self._cur.description else []

    def __iter__(self) -> Iterator:
        if self._cur.description is None:
            return iter(())
        return iter(self.fetchall())

    @property
    def rowcount(self) -> int:
        return self._cur.rowcount


def _sql_for(sql: str, params: object) -> str:
    return sql if params is None else translate(sql)


def _params(params: Sequence | dict | None) -> Sequence | dict | None:
    if params is None:  # no parameters: the simple protocol (several statements, one trip)
        return None
    if isinstance(params, dict):
        return params
    return tuple(params)


class PgConnection:
    """The part of `sqlite3.Connection` the storage modules use, over psycopg."""

    def __init__(self, raw: Any, location: str) -> None:
        self.raw = raw
        self.location = location
        #: Makes a new psycopg connection (the same login) after the server went away; None:
        #: a connection made for one job (setting up, moving in) is not remade.
        self.reconnect: Any = None

    @property
    def in_transaction(self) -> bool:
        from psycopg import pq

        if self.raw.closed or self.raw.broken:
            return False
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def ensure(self) -> None:
        """Before a statement outside a transaction: a connection the server dropped (it was
        restarted, the network was cut) is made again, transparently: nothing was under way."""
        if (self.raw.closed or self.raw.broken) and self.reconnect is not None:
            self.raw = self.reconnect()
            logger.info("reconnected to %s", self.location)

    def run(self, fn: Any, *args: Any) -> Any:
        """Call a psycopg method, its errors said as the program's."""
        import psycopg

        try:
            return fn(*args)
        except psycopg.Error as exc:
            mapped = translate_error(exc, self.location)
            if mapped is not None:
                raise mapped from exc
            raise

    def execute(self, sql: str, params: Sequence | dict | None = ()) -> PgCursor:
        if not self.in_transaction:
            self.ensure()
        return PgCursor(self).execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> PgCursor:
        cur = PgCursor(self)
        cur._cur = self.raw.cursor()
        self.run(cur._cur.executemany, translate(sql), [_params(r) for r in rows])
        return cur

    def cursor(self) -> PgCursor:
        return PgCursor(self)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.raw.close()

    def interrupt(self) -> None:
        with contextlib.suppress(Exception):
            self.raw.cancel_safe()


#: Errors the database's own rules raise (storage/pg_schema.py): SQLSTATE -> error class.
RULE_ERRORS = {"DD001": PermissionDenied, "DD002": Conflict}


def translate_error(exc: BaseException, location: str) -> Exception | None:
    """A psycopg error as the program's own, when it is one a user can meet."""
    import psycopg
    from psycopg import errors as e

    state = getattr(exc, "sqlstate", None) or ""
    if state in RULE_ERRORS:
        diag = getattr(exc, "diag", None)
        code = (diag.message_primary if diag else str(exc)) or "server.refused"
        detail = (diag.message_detail if diag else "") or ""
        return RULE_ERRORS[state](code.strip(), detail=detail)
    if isinstance(
        exc, e.LockNotAvailable | e.QueryCanceled | e.DeadlockDetected | e.SerializationFailure
    ):
        return LedgerBusy("ledger.busy")
    if isinstance(exc, e.InsufficientPrivilege):
        diag = getattr(exc, "diag", None)
        return PermissionDenied("server.refused", detail=(diag.message_primary if diag else ""))
    if isinstance(exc, e.IdleInTransactionSessionTimeout | e.AdminShutdown):
        return LedgerUnreachable("server.lost", location=location)
    if isinstance(exc, psycopg.OperationalError) and exc.sqlstate in (None, "57P01", "08006"):
        return LedgerUnreachable("server.lost", location=location)
    if isinstance(exc, e.UntranslatableCharacter | e.CharacterNotInRepertoire):
        return Conflict("server.bad_text")
    if isinstance(exc, psycopg.DataError) and "NUL" in str(exc):  # refused before it was sent
        return Conflict("server.bad_text")
    if isinstance(exc, e.NumericValueOutOfRange):
        return Conflict("server.out_of_range")
    return None


# --- connecting ---------------------------------------------------------------------------------
def connect(url: str, user: str | None, password: str | None) -> Any:
    """A psycopg connection for `user` (the server checks the password), autocommit: the
    ledger issues BEGIN and COMMIT itself."""
    import psycopg
    from psycopg.types.numeric import NumericLoader

    class IntegralNumeric(NumericLoader):
        def load(self, data):  # noqa: ANN001, ANN202
            value = super().load(data)
            if isinstance(value, Decimal) and value == value.to_integral_value():
                return int(value)
            return value

    location = display_location(url)
    kwargs: dict[str, Any] = {
        "autocommit": True,
        "connect_timeout": 10,
        "application_name": "Dealer Desk",
        # A WAN that drops a connection without a word (no reset) is noticed within about a
        # minute, instead of a statement waiting for an answer for ever.
        "keepalives": 1,
        "keepalives_idle": 30,
        "keepalives_interval": 10,
        "keepalives_count": 3,
        "tcp_user_timeout": 60_000,
    }
    if user:
        kwargs["user"] = user
    if password:
        kwargs["password"] = password
    try:
        raw = psycopg.connect(url, **kwargs)
    except psycopg.OperationalError as exc:
        raise connect_error(exc, location, user or url_user(url) or "") from exc
    except psycopg.ProgrammingError as exc:  # a malformed URL
        raise LedgerUnusable("server.bad_location", path=location, detail=str(exc)) from exc
    raw.adapters.register_loader("numeric", IntegralNumeric)
    return raw


def connect_error(exc: BaseException, location: str, user: str) -> Exception:
    text = str(exc)
    low = text.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        return AuthenticationFailed("auth.failed")
    if "not permitted to log in" in low:
        return AuthenticationFailed("auth.locked", name=user)
    if "database" in low and "does not exist" in low:
        return LedgerUnusable("server.no_database", path=location)
    if "permission denied for database" in low or "no pg_hba.conf entry" in low:
        return AuthenticationFailed("server.not_allowed", name=user, location=location)
    detail = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return LedgerUnreachable("server.unreachable", location=location, detail=detail)


# --- the ledger ---------------------------------------------------------------------------------
class PgLedger(Ledger):
    """A ledger on a PostgreSQL server, connected as one login."""

    is_server = True

    def __init__(self, url: str, raw: Any) -> None:
        self.url = url
        self.path = None  # type: ignore[assignment]  # not a file
        self.location_text = display_location(url)
        self.conn = PgConnection(raw, self.location_text)  # type: ignore[assignment]
        self._db = None
        self.integrity = None
        self.read_only = False
        self.copy_of = None
        self._savepoints = 0
        self.password: str | None = None

    @property
    def location(self) -> str:
        return self.location_text

    @property
    def login(self) -> str:
        return str(self.query_one("SELECT session_user")[0])

    def as_damage(self, exc: BaseException) -> None:  # noqa: ARG002
        return None

    def require_sound(self) -> None:
        return None

    def check_pending(self) -> bool:
        return False

    @contextlib.contextmanager
    def atomic(self, *, checked: bool = True) -> Iterator[Ledger]:  # noqa: ARG002
        conn = self.conn
        if conn.in_transaction:
            self._savepoints += 1
            name = f"sp{self._savepoints}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                with contextlib.suppress(Exception):
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                raise
            finally:
                self._savepoints -= 1
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self._begin_write()
        try:
            yield self
        except BaseException:
            self._rollback()
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _begin_write(self) -> None:
        """BEGIN and take the writers' lock. A wait that times out because a session sits on
        the lock inside an idle transaction ends that session (`dd_end_stalled`) and tries
        once more; otherwise the wait is `LedgerBusy` (nothing was done yet)."""
        for attempt in (1, 2):
            try:  # one round trip for the three (it counts on an office WAN)
                self.conn.execute(BEGIN_WRITE, None)
                return
            except LedgerBusy:
                self._rollback()
                if attempt == 2 or not self._end_stalled():
                    raise
            except BaseException:
                self._rollback()
                raise

    def _end_stalled(self) -> bool:
        try:
            row = self.conn.execute("SELECT dd_end_stalled()").fetchone()
        except Exception:  # noqa: BLE001 - an older ledger without the function
            logger.warning("could not end stalled sessions", exc_info=True)
            return False
        ended = int(row[0] or 0)
        if ended:
            logger.warning("ended %d session(s) that sat on the ledger's write lock", ended)
        return ended > 0

    def _rollback(self) -> None:
        if self.conn.raw.closed:
            return
        with contextlib.suppress(Exception):
            self.conn.raw.execute("ROLLBACK")

    def write_in_one_trip(self, statements: list[tuple[str, tuple]]) -> list[list[dict]] | None:
        """A whole write transaction in one message (one round trip on an office WAN): BEGIN,
        the writers' lock, `statements` (templates with {} for their parameters, which are sent
        as quoted literals) and COMMIT. Returns the rows of each statement; None when the
        database refused (a rule, the lock, a serialisation failure): nothing was done, and
        the caller takes the ordinary way, which says why. A lost server is raised as such."""
        import psycopg
        from psycopg import sql
        from psycopg.rows import dict_row

        if self.conn.in_transaction:
            return None  # inside a larger transaction: the ordinary way
        self.conn.ensure()
        raw = self.conn.raw
        body = [
            sql.SQL(BEGIN_WRITE),
            *(sql.SQL(text).format(*map(sql.Literal, params)) for text, params in statements),
            sql.SQL("COMMIT"),
        ]
        query = sql.SQL("; ").join(body).as_string(raw)
        try:
            cur = raw.cursor(row_factory=dict_row)
            cur.execute(query, prepare=False)
            results: list[list[dict]] = []
            while True:
                if cur.description is not None:
                    results.append(cur.fetchall())
                if not cur.nextset():
                    break
        except psycopg.Error as exc:
            self._rollback()
            mapped = translate_error(exc, self.location)
            if isinstance(mapped, LedgerUnreachable):
                raise mapped from exc
            return None
        return results[1:]  # (the lock's row first)

    def query_many(self, statements: list[tuple[str, tuple]]) -> list[list[tuple]]:
        """The reads pipelined: sent together, answered together (one round trip)."""
        if not self.conn.in_transaction:
            self.conn.ensure()
        raw = self.conn.raw

        def run() -> list[list[tuple]]:
            cursors = []
            with raw.pipeline():
                for sql, params in statements:
                    cur = raw.cursor()
                    cur.execute(_sql_for(sql, params), _params(params))
                    cursors.append(cur)
            return [cur.fetchall() for cur in cursors]

        return self.conn.run(run)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Ledger]:
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            yield self
        finally:
            self._rollback()

    @property
    def schema_version(self) -> int:
        row = self.query_one(
            "SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN -1"
            " ELSE (SELECT coalesce(max(version), 0) FROM schema_migrations) END"
        )
        return int(row[0])

    # -- bulk ----------------------------------------------------------------------------------
    def bulk_insert(self, table: str, columns: Sequence[str], rows: Any, tail: str = "") -> int:
        """Rows into `table` by COPY: into a session's temporary twin first, then one
        `INSERT … SELECT` (row-level security refuses COPY into a table it guards, and checks
        each row of the INSERT instead); `tail` is its ON CONFLICT clause. Inside the caller's
        transaction; returns the rows inserted or updated."""
        assert self.conn.in_transaction, "bulk inserts run inside the action's transaction"
        load = f"_load_{table}"
        cols = ", ".join(f'"{c}"' for c in columns)
        raw = self.conn.raw
        self.conn.run(
            raw.execute,
            f"CREATE TEMP TABLE IF NOT EXISTS {load} ON COMMIT DELETE ROWS AS"
            f" SELECT {cols} FROM {table} WITH NO DATA",  # its columns, none of its constraints
        )
        with raw.cursor() as cur:
            with cur.copy(f"COPY {load} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            self.conn.run(
                cur.execute, f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {load} {tail}"
            )
            n = cur.rowcount
            cur.execute(f"TRUNCATE {load}")
        return n

    # -- dialect -----------------------------------------------------------------------------
    def audit_tail(self):  # noqa: ANN201
        row = self.query_one("SELECT id, hash FROM dd_audit_tail()")
        return None if row is None or row["id"] is None else row

    def audit_guards_expected(self) -> frozenset[str]:
        from dealer_app.storage.pg_schema import AUDIT_GUARDS

        return AUDIT_GUARDS

    def audit_counter(self) -> int | None:
        return None  # rows cannot be deleted here (grants and triggers): no counter needed

    def audit_guards(self) -> set[str]:
        rows = self.query(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass"
            " AND NOT tgisinternal AND tgenabled <> 'D'"
        )
        return {r[0] for r in rows}

    def close(self) -> None:
        self.conn.close()


def open_server(url: str, user: str | None, password: str | None) -> PgLedger:
    """Connect to the server ledger at `url` as `user` (the server checks the password) and
    check that this program can work with its schema."""
    from dealer_app.storage import migrations

    ledger = PgLedger(url, connect(url, user, password))
    ledger.conn.reconnect = lambda: connect(url, user, password)
    ledger.password = password  # for reconnecting, and the password of a copy its user makes
    try:
        version = ledger.schema_version
        if version < 0:
            raise LedgerUnusable("server.not_initialised", path=ledger.location)
        if version > migrations.SCHEMA_VERSION:
            raise LedgerUnusable(
                "ledger.newer",
                path=ledger.location,
                version=version,
                known=migrations.SCHEMA_VERSION,
            )
        if version < migrations.SCHEMA_VERSION:
            raise LedgerUnusable(
                "server.upgrade_needed",
                path=ledger.location,
                version=version,
                known=migrations.SCHEMA_VERSION,
            )
    except BaseException:
        ledger.close()
        raise
    return ledger


# --- passwords ----------------------------------------------------------------------------------
SCRAM_ITERATIONS = 4096


def scram_verifier(password: str, *, salt: bytes | None = None) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for `password`, computed here: `CREATE ROLE
    … PASSWORD '<verifier>'` then never sees (or logs) the clear password."""
    import unicodedata

    salt = salt if salt is not None else secrets.token_bytes(16)
    normalised = unicodedata.normalize("NFKC", password).encode()
    salted = hashlib.pbkdf2_hmac("sha256", normalised, salt, SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = base64.b64encode
    return (
        f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt).decode()}"
        f"${b64(stored_key).decode()}:{b64(server_key).decode()}"
    )
