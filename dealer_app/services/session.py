"""One way into a ledger for both faces: open a ledger location, sign in, the day's automatic
copy, and the one rule for what a person is offered when a ledger cannot be opened.

The command line opens a `Session` for one command; the desktop application keeps one on its
ledger worker thread (all of a `Session`'s methods run on one thread, except the background
work it starts itself). A `Session` holds at most two ledgers: the one signed in to, and a
*pending* one opened for a sign-in that has not happened yet (a cancelled sign-in to another
ledger leaves the current one working).
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dealer_app.domain.errors import DealerError, InvalidInput, LedgerUnusable, NotFound
from dealer_app.domain.messages import Msg
from dealer_app.paths import same_file
from dealer_app.storage.db import Ledger, open_ledger
from dealer_app.storage.location import display_location, is_server_location

if TYPE_CHECKING:  # the desktop application imports this module at start: keep it light
    from dealer_app.domain.models import User
    from dealer_app.services.context import Context

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class NotSignedIn(DealerError):
    def __init__(self) -> None:
        super().__init__("session.not_signed_in")


# --- what to offer when a ledger cannot be opened ----------------------------------------------

#: Ledger problems a backup of the same ledger can cure. A newer-schema file needs a newer
#: Dealer Desk instead, and a file that is another program's database must not be replaced.
RESTORABLE = frozenset({"ledger.not_sqlite", "ledger.truncated", "ledger.damaged", "ledger.empty"})


@dataclass(frozen=True, slots=True)
class Remedy:
    """What a person can do about a ledger that does not open.

    kind: "create" (there is none: make one), "restore" (`backup` is the latest copy of this
    ledger), "update" (a newer Dealer Desk wrote it), "other" (open a different file)."""

    kind: str
    path: Path
    backup: Path | None = None


def remedy(error: BaseException) -> Remedy | None:
    """The one rule, for the command line and the GUI alike."""
    if not isinstance(error, DealerError):
        return None
    path = error.params.get("path")
    if not path:
        return None
    path = Path(path)
    if isinstance(error, NotFound) and error.code == "ledger.missing":
        return Remedy("create", path)
    if not isinstance(error, LedgerUnusable):
        return None
    if error.code == "ledger.newer":
        return Remedy("update", path)
    if error.code in RESTORABLE:
        from dealer_app.services.backup import latest_backup

        try:
            latest = latest_backup(path)
        except OSError:
            latest = None
        if latest is not None:
            return Remedy("restore", path, latest)
    return Remedy("other", path)


# --- the session -------------------------------------------------------------------------------


#: How long closing waits for a shared ledger's read-only copy still being made (seconds).
OFFLINE_COPY_WAIT = 5.0


class Session:
    """The open ledger and the signed-in context of one person (see the module's docstring).

    `on_damaged(error)` is called, from a background thread, when a ledger opened with
    `check_later` fails the integrity check that runs after opening."""

    def __init__(self, on_damaged: Callable[[LedgerUnusable], None] | None = None) -> None:
        self.ledger: Ledger | None = None
        self.ctx: Context | None = None
        self.pending: Ledger | None = None
        self.on_damaged = on_damaged
        #: What `create(..., demo=True)` built, in a sentence.
        self.demo_summary: Msg | None = None
        #: A server ledger to sign in to: connecting is signing in (the server checks the
        #: password), so it is only named until then.
        self.pending_url: str | None = None
        self._background: list[threading.Thread] = []
        #: Keep a read-only copy of a shared ledger after signing in (the desktop program).
        self.offline_copies = False

    def require_ctx(self) -> Context:
        if self.ctx is None:
            raise NotSignedIn()
        return self.ctx

    @property
    def location(self) -> Path | str | None:
        """The ledger's file, or a server ledger's URL (without its password)."""
        if self.pending_url is not None:
            return display_location(self.pending_url)
        ledger = self.ledger or self.pending
        if ledger is None:
            return None
        return ledger.location if ledger.is_server else ledger.path

    def open(self, location: Path | str, *, check_later: bool = False) -> Path:
        """Open (and migrate) the ledger at `location` as the pending one.

        With `check_later` (the desktop application) its full integrity check runs in the
        background from here on (it reads the whole file: a quarter of a second at 100,000
        stores, seconds from a cold disk) while the user signs in and looks around; every write
        waits for it and is refused if it fails, and a failure is reported through
        `on_damaged`. Without it (the command line) the whole file is checked first."""
        self.discard_pending()
        if is_server_location(location):
            self.pending_url = str(location).strip()
            return display_location(self.pending_url)
        ledger = open_ledger(Path(location), check_later=check_later)
        self.pending = ledger
        if ledger.integrity is not None:
            self._in_background("ledger-check", self._check, ledger)
        return ledger.path

    def _check(self, ledger: Ledger) -> None:
        """Background thread: the integrity check put off when `ledger` was opened."""
        check = ledger.integrity
        if check is None:
            return
        try:
            ledger.require_sound()
        except LedgerUnusable as exc:
            if not check.cancelled and self.on_damaged is not None:
                self.on_damaged(exc)

    def _in_background(self, name: str, fn: Callable[..., None], *args: Any) -> None:
        self._background = [t for t in self._background if t.is_alive()]
        thread = threading.Thread(target=fn, args=args, name=name, daemon=True)
        self._background.append(thread)
        thread.start()

    def create(
        self,
        location: Path | str,
        password: str,
        demo: bool = False,
        progress: Progress | None = None,
    ) -> Path:
        """Create a new ledger (optionally the demo network) and keep it pending."""
        from dealer_app.services.setup import init_ledger, init_server

        self.discard_pending()
        if is_server_location(location):
            if demo:
                raise InvalidInput("server.no_demo")
            init_server(str(location).strip(), password)
            self.pending_url = str(location).strip()
            return display_location(self.pending_url)
        path = Path(location)
        ledger = init_ledger(path, password)
        try:
            if demo:
                from dealer_app.services.demo import build_demo

                self.demo_summary = build_demo(ledger, password, progress)
        except BaseException:
            ledger.close()
            path.unlink(missing_ok=True)
            raise
        self.pending = ledger
        return ledger.path

    def sign_in(
        self,
        name: str,
        password: str,
        *,
        daily_copy: str = "background",
        clock: Callable[[], dt.datetime] | None = None,
    ) -> User:
        """Sign in to the pending ledger (else the current one); the pending one becomes current.

        `daily_copy`: "background" makes the day's automatic copy on a thread of its own (after
        the integrity check), "now" before returning, "no" not at all."""
        from dealer_app.services.context import system_clock
        from dealer_app.services.users import sign_in

        if self.pending_url is None and self.pending is None and self.ledger is not None:
            if self.ledger.is_server:  # another person on the same server ledger: their login
                self.pending_url = self.ledger.url
        if self.pending_url is not None:
            return self._sign_in_server(name, password, clock or system_clock)
        ledger = self.pending or self.ledger
        if ledger is None:
            raise NotSignedIn()
        if ledger.integrity is not None and (ledger.integrity.done or self.ledger is not None):
            # Failed already: no sign-in to it. Or another ledger is open and would be closed
            # by this sign-in: wait for the check, so that a damaged file never takes the
            # place of the one the user is working in.
            ledger.require_sound()
        ctx = sign_in(ledger, name, password, clock or system_clock)
        if self.pending is not None:
            if self.ledger is not None and self.ledger is not self.pending:
                self.ledger.close()
            self.ledger, self.pending = self.pending, None
        self.ctx = ctx
        if daily_copy == "background":
            self._in_background("ledger-daily-copy", self._daily_copy, ledger, ctx.machine_today())
        elif daily_copy == "now":
            self._daily_copy(ledger, ctx.machine_today())
        return copy.copy(ctx.user)

    def _sign_in_server(self, name: str, password: str, clock: Callable[[], dt.datetime]) -> User:
        """Connect to the pending server ledger as `name`: the server checks the password."""
        from dealer_app.services.users import sign_in
        from dealer_app.storage.pg import open_server

        assert self.pending_url is not None
        ledger = open_server(self.pending_url, name.strip(), password)
        try:
            ctx = sign_in(ledger, name, password, clock)
        except BaseException:
            ledger.close()
            raise
        if self.ledger is not None:
            self.ledger.close()
        self.ledger, self.pending_url, self.ctx = ledger, None, ctx
        if self.offline_copies:  # this desktop's read-only copy, for when the server is away
            self._in_background(
                "offline-copy", self._offline_copy, ledger.url, ctx.user.name, password
            )
        return copy.copy(ctx.user)

    @staticmethod
    def _offline_copy(url: str, user: str, password: str) -> None:
        from dealer_app.services.offline import refresh_copy

        try:
            refresh_copy(url, user, password)
        except Exception:  # noqa: BLE001 - a failed copy must not stop the user's work
            logger.exception("the read-only copy of the shared ledger was not made")

    def restore_from(self, source: Path) -> Path:
        """Replace the signed-in ledger file by the checked copy `source` (an administrator;
        services/backup.py `restore`, the command line's checks): the ledger closes, and whoever
        works on goes through the sign-in again. Returns where the replaced ledger was kept."""
        from dealer_app.services.backup import restore

        ctx = self.require_ctx()
        if ctx.ledger.is_server:
            raise InvalidInput("restore.server_ledger", location=ctx.ledger.location)
        path = ctx.ledger.path
        self.wait_for_background()  # the day's copy reads the file
        try:
            return restore(path, Path(source), ctx)
        finally:
            self.ledger, self.ctx = None, None

    def open_copy(self, location: str, user: str) -> User:
        """Open this desktop's read-only copy of the shared ledger at `location` as `user`
        (the server cannot be reached): the person who made it, from their own data folder;
        every write is refused (services/offline.py)."""
        from dealer_app.services.context import Context, system_clock
        from dealer_app.services.offline import find_copy
        from dealer_app.storage import users as user_store

        found = find_copy(location, user)
        if found is None:
            raise NotFound("offline.none", location=display_location(location), user=user)
        self.discard_pending()
        ledger = open_ledger(found.path)
        try:
            ledger.copy_of = {"location": found.location, "at": found.made_text}
            ctx = Context(ledger, user_store.get(ledger, found.user), system_clock)
        except BaseException:
            ledger.close()
            raise
        if self.ledger is not None:
            self.ledger.close()
        self.ledger, self.ctx = ledger, ctx
        return copy.copy(ctx.user)

    @staticmethod
    def _daily_copy(ledger: Ledger, today: dt.date) -> None:
        from dealer_app.services.backup import auto_backup

        try:
            auto_backup(ledger, today)
        except Exception:  # noqa: BLE001 - a failed automatic copy must not stop the user's work
            logger.exception("automatic backup failed")

    def forget(self, path: Path) -> None:
        """Close the ledger at `path`, pending or signed in to (it failed its check)."""
        if self.ledger is not None and self.ledger.is_server:
            return
        if self.pending is not None and same_file(self.pending.path, path):
            self.discard_pending()
        if self.ledger is not None and same_file(self.ledger.path, path):
            self.ledger.close()
            self.ledger = None
            self.ctx = None

    def damage_in(self, exc: BaseException) -> DealerError | None:
        """`exc` as "the ledger is damaged" when the database found damage while reading it."""
        ledger = self.ledger or self.pending
        return ledger.as_damage(exc) if ledger is not None else None

    def wait_for_background(self) -> None:
        """Let the background work finish (the day's copy is not cut off half-way). A shared
        ledger's read-only copy is waited for OFFLINE_COPY_WAIT seconds at most: it reads over
        the network, and a server that went away mid-copy must not keep the program from
        closing (the copy is made again at the next sign-in; a half-made one is never used)."""
        for thread in self._background:
            thread.join(OFFLINE_COPY_WAIT if thread.name == "offline-copy" else None)
            if thread.is_alive():
                logger.warning("the read-only copy of the shared ledger was left unfinished")
        self._background = []

    def discard_pending(self) -> None:
        self.pending_url = None
        if self.pending is not None and self.pending is not self.ledger:
            self.pending.close()
        self.pending = None

    def close(self) -> None:
        self.discard_pending()
        if self.ledger is not None:
            self.ledger.close()  # (interrupts a check still running)
        self.ledger = None
        self.ctx = None
        self.wait_for_background()


@contextlib.contextmanager
def signed_in(location: Path | str, name: str, password: Callable[[], str]) -> Iterator[Context]:
    """Open `location`, sign `name` in (the password asked for only once the ledger opened),
    make the day's copy, and close the ledger however the block ends: one command's session."""
    session = Session()
    try:
        session.open(location)
        session.sign_in(name, password(), daily_copy="now")
        yield session.require_ctx()
    finally:
        session.close()
