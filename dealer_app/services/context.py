"""The one Qt-free entry to the core: a ledger, the acting user and a clock.

The command line, the GUI (on its ledger worker thread) and the tests build a `Context` and pass
it to the use-case functions in this package. A `Context` is used on one thread only.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from dealer_app.domain.models import User
from dealer_app.services.changes import Changes
from dealer_app.storage.db import Ledger

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    """Local time with its offset. `DEALER_APP_TODAY=YYYY-MM-DD` pins the date (demos, scripts)."""
    now = dt.datetime.now().astimezone()
    pinned = os.environ.get("DEALER_APP_TODAY")
    if pinned:
        try:
            day = dt.date.fromisoformat(pinned)
        except ValueError:
            return now
        return now.replace(year=day.year, month=day.month, day=day.day)
    return now


def fixed_clock(when: dt.datetime | dt.date) -> Clock:
    if not isinstance(when, dt.datetime):
        when = dt.datetime(when.year, when.month, when.day, 9, 0, tzinfo=dt.UTC)
    return lambda: when


@dataclass
class Context:
    ledger: Ledger
    user: User
    clock: Clock = field(default=system_clock)
    #: What this context's use cases wrote, filled by every audit entry (services/changes.py).
    changes: Changes = field(default_factory=Changes)

    def now(self) -> str:
        """ISO timestamp for audit entries and decisions."""
        return self.clock().isoformat(timespec="seconds")

    def today(self) -> dt.date:
        return self.clock().date()
