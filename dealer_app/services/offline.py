"""Read-only when the server is away: each desktop keeps a recent copy of what its user may see.

After a person signs in to a shared ledger, a background thread copies the ledger as that
person's own login reads it (so row-level security leaves a regional manager their own region
only) into a ledger file in their private data folder (`offline/`, readable by them alone),
replacing the previous copy at once when the new one is whole. When the server cannot be
reached the program offers to open that copy: every write is refused with a message naming
the copy's time (storage/db.py `Ledger.copy_of`), and letters print as copies, marked 副本,
counting nothing. The copy is not audited (it is the person's own view, made at every
sign-in); it holds no password (the server keeps them).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from dealer_app.paths import data_dir
from dealer_app.storage.location import display_location

logger = logging.getLogger(__name__)

FOLDER = "offline"
#: A copy younger than this is not made again at the next sign-in.
FRESH_FOR = dt.timedelta(minutes=30)


@dataclass(frozen=True)
class OfflineCopy:
    path: Path
    location: str  # the shared ledger it copies (display form)
    user: str
    made_at: dt.datetime  # local time

    @property
    def made_text(self) -> str:
        return self.made_at.strftime("%Y-%m-%d %H:%M")


def copy_path(location: str, user: str) -> Path:
    """The copy of `location` for `user` in this person's data folder (a name of its own per
    ledger and login; the folder is private to them)."""
    where = display_location(location)
    key = hashlib.sha256(f"{where}\n{user.casefold()}".encode()).hexdigest()[:16]
    folder = data_dir() / FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder / f"{user.casefold()}-{key}.sqlite3"


def find_copy(location: str, user: str) -> OfflineCopy | None:
    """The latest copy of `location` for `user`, if this desktop has one."""
    if not user:
        return None
    path = copy_path(location, user)
    try:
        made = dt.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None
    return OfflineCopy(path, display_location(location), user, made)


def refresh_copy(url: str, user: str, password: str | None, *, force: bool = False) -> Path | None:
    """Copy the shared ledger at `url` as `user` sees it into this desktop's copy (a connection
    of its own; one consistent snapshot). Skipped while the copy is younger than FRESH_FOR
    (unless `force`). Returns the copy's path, or None when skipped."""
    from dealer_app.storage import transfer
    from dealer_app.storage.pg import open_server

    found = find_copy(url, user)
    if found is not None and not force and dt.datetime.now() - found.made_at < FRESH_FOR:
        return None
    dest = copy_path(url, user)
    _remove_stale_parts(dest)
    source = open_server(url, user, password)
    try:
        transfer.write_copy(source, dest, os.replace)
    finally:
        source.close()
    return dest


def _remove_stale_parts(dest: Path) -> None:
    """Half-made copies an earlier run left (it closed while the server was away mid-copy):
    never used, removed once they are an hour old."""
    limit = dt.datetime.now().timestamp() - 3600
    for part in dest.parent.glob(f"{dest.name}.*.part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < limit:
                part.unlink()


def reachable(url: str, user: str, password: str | None) -> bool:
    """Whether the shared ledger answers (and lets `user` in) now."""
    from dealer_app.storage.pg import connect

    try:
        connect(url, user, password).close()
    except Exception:  # noqa: BLE001 - unreachable, refused: not back yet
        return False
    return True
