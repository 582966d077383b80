"""Colleagues' changes as they are committed, for the screens to follow them live.

Every committed change of a ledger writes audit entries, so "what changed" is "which audit
entries were committed": each arrives here as (number, who, action). A feed is made on the
thread that waits on it (a watcher thread of the GUI) and used only there.

- A ledger file, several programs on one desktop: SQLite's `PRAGMA data_version` (on a
  connection of the feed's own) moves when another connection commits; the feed then reads the
  entries past the last one it saw.
- A server ledger: the audit log's trigger calls `pg_notify` in the writing transaction
  (storage/pg_schema.py p004), which PostgreSQL delivers at commit and never for a transaction
  that rolled back; the feed LISTENs on a connection of its own and then reads the new entries
  (the notification carries nothing: any login may send one).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from dealer_app.domain.errors import LedgerUnreachable


@dataclass(frozen=True, slots=True)
class Change:
    """One committed audit entry: its number, who wrote it, the action."""

    id: int
    user: str
    action: str


class Feed(Protocol):
    last: int  # the last audit entry the feed has passed on

    def wait(self, timeout: float) -> list[Change]:
        """The changes committed since the last call, waiting up to `timeout` seconds for the
        first; [] when nothing came. Raises LedgerUnreachable when the ledger is gone."""
        ...

    def close(self) -> None: ...


class FileFeed:
    """Commits of other connections to a ledger file."""

    POLL = 0.2  # seconds between looks at data_version: a change shows within a second

    def __init__(self, path: Path, after_id: int) -> None:
        from dealer_app.storage.db import reader

        self.conn = reader(path)
        self.last = after_id
        self.version = self._version()

    def _version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, timeout: float) -> list[Change]:
        import sqlite3

        deadline = time.monotonic() + timeout
        try:
            while True:
                version = self._version()
                if version != self.version:
                    self.version = version
                    rows = self.conn.execute(
                        'SELECT id, "user", action FROM audit_log WHERE id > ? ORDER BY id',
                        (self.last,),
                    ).fetchall()
                    if rows:
                        self.last = int(rows[-1][0])
                        return [Change(int(r[0]), r[1], r[2]) for r in rows]
                left = deadline - time.monotonic()
                if left <= 0:
                    return []
                time.sleep(min(self.POLL, left))
        except sqlite3.Error as exc:
            raise LedgerUnreachable("live.file_lost", detail=str(exc)) from exc

    def close(self) -> None:
        self.conn.close()


class ServerFeed:
    """A server ledger's commits: woken by its notifications (on a connection of the feed's
    own), the feed reads the entries past the last one it saw through dd_changes_after."""

    def __init__(self, url: str, user: str | None, password: str | None, after_id: int) -> None:
        from dealer_app.storage.pg import connect
        from dealer_app.storage.pg_schema import CHANGES_CHANNEL

        self.location = url
        self.last = after_id
        self.conn: Any = connect(url, user, password)
        self.conn.execute(f"LISTEN {CHANGES_CHANNEL}")

    def wait(self, timeout: float) -> list[Change]:
        import psycopg

        try:
            woken = any(True for _ in self.conn.notifies(timeout=timeout, stop_after=1))
            if not woken:
                return []
            # whatever else came with it: one read for a burst of commits
            for _ in self.conn.notifies(timeout=0.02):
                pass
            rows = self.conn.execute(
                'SELECT id, "user", action FROM dd_changes_after(%s)', (self.last,)
            ).fetchall()
        except psycopg.Error as exc:
            from dealer_app.storage.pg import display_location

            raise LedgerUnreachable(
                "server.unreachable", location=display_location(self.location), detail=str(exc)
            ) from exc
        if rows:
            self.last = int(rows[-1][0])
        return [Change(int(r[0]), r[1], r[2]) for r in rows]

    def close(self) -> None:
        self.conn.close()
