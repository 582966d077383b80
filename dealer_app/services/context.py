"""The one Qt-free entry to the core: a ledger, the acting user and a clock.

The command line, the GUI (on its ledger worker thread) and the tests build a `Context` and pass
it to the use-case functions in this package. A `Context` is used on one thread only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from dealer_app.domain.models import User
from dealer_app.services.changes import Changes
from dealer_app.storage.db import Ledger

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    """The machine's local time with its offset: what signing in, lockouts, audit timestamps and
    policy validity go by. Nothing a user sets moves it (see `Context.today` for a training
    ledger's business date)."""
    return dt.datetime.now().astimezone()


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
    _business_day: dt.date | bool | None = field(default=None, repr=False, compare=False)

    def now(self) -> str:
        """ISO timestamp for audit entries and decisions."""
        return self.clock().isoformat(timespec="seconds")

    def today(self) -> dt.date:
        """The business date: what a letter is dated, a closure's default date, the
        dashboard's "as of". The machine's date, unless the ledger is a training or demo ledger
        whose administrator set a business date (the `business_date` setting, audited)."""
        if self._business_day is None:
            from dealer_app.storage import settings as settings_store

            value = settings_store.get(self.ledger, "business_date", "") or ""
            try:
                self._business_day = dt.date.fromisoformat(value) if value else False
            except ValueError:
                self._business_day = False
        return self._business_day or self.clock().date()

    def machine_today(self) -> dt.date:
        return self.clock().date()
