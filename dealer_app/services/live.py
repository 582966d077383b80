"""Working together: colleagues' committed changes as they happen, and who is signed in.

`feed_factory(ctx)` gives the GUI what its watcher thread needs to follow the ledger (storage/
live.py: SQLite's data_version for a file, LISTEN/NOTIFY for a server ledger); `summary` turns
what arrived into the topics the screens refresh (services/changes.py) and one quiet line
("mgr.south approved subsidies (3)") naming who did what. The entries this program wrote itself
are left out: it refreshed for them already.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from dealer_app.domain.messages import Msg
from dealer_app.domain.models import Role
from dealer_app.services.changes import topics_for
from dealer_app.services.context import Context
from dealer_app.storage import live as live_store
from dealer_app.storage.live import Change, Feed

__all__ = ["Change", "Feed", "Following", "Presence", "feed_factory", "summary", "who_is_here"]

#: Announced in the status line: the most recent kinds of change, at most this many.
SHOWN = 3


@dataclass(frozen=True)
class Following:
    """What a watcher thread needs to follow a ledger: `open(after)` makes a feed of the
    commits after audit entry `after` (call it on the thread that waits on the feed), `after`
    is the log's last entry now, `written` the entries this context writes (left out)."""

    open: Callable[[int], Feed]
    after: int
    written: set[int]


def feed_factory(ctx: Context) -> Following:
    ledger = ctx.ledger
    tail = ledger.audit_tail()
    after = int(tail["id"]) if tail else 0
    if ledger.is_server:
        url, user, password = ledger.url, ctx.user.name, ledger.password  # type: ignore[attr-defined]
        return Following(
            lambda last: live_store.ServerFeed(url, user, password, last),
            after,
            ctx.changes.written,
        )
    path = ledger.path
    return Following(lambda last: live_store.FileFeed(path, last), after, ctx.changes.written)


def summary(changes: Iterable[Change], written: set[int]) -> tuple[frozenset[str], Msg | None]:
    """(the topics the colleagues' changes touch, the line that says who did what; None when
    every change was this program's own)."""
    theirs = [c for c in changes if c.id not in written]
    if not theirs:
        return frozenset(), None
    topics: set[str] = set()
    for change in theirs:
        topics |= topics_for(change.action)
    counted = Counter((c.user, c.action) for c in theirs)
    # the latest kinds of change first
    order = {key: i for i, key in enumerate((c.user, c.action) for c in theirs)}
    latest = sorted(counted, key=lambda key: -order[key])[:SHOWN]
    items = [
        Msg("live.action", {"action": action, "user": user, "count": counted[(user, action)]})
        for user, action in latest
    ]
    return frozenset(topics), Msg("live.line", {"items": items})


@dataclass(frozen=True)
class Presence:
    """Someone signed in to a server ledger now."""

    name: str
    role: Role
    region: str | None
    since: str | None  # ISO timestamp, the server's clock (None: the server does not say)
    me: bool


def who_is_here(ctx: Context) -> list[Presence] | None:
    """Who is signed in to this server ledger now (this program's sessions, from the server's
    own session list), longest first; None for a ledger file, which cannot know."""
    if not ctx.ledger.is_server:
        return None
    from dealer_app.storage import users as user_store

    return [
        Presence(name, Role(role), region, since, name.casefold() == ctx.user.name.casefold())
        for name, role, region, since in user_store.signed_in(ctx.ledger)
    ]
