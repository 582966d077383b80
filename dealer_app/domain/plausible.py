"""What values are plausible for a dealer network: one rule for each, shared by the store form,
the importers and the services, so a value the form refuses is refused in a file too.

Pure: `today` is passed in (the machine's date: a plausibility bound, not business logic).
"""

from __future__ import annotations

import datetime as dt

from dealer_app.domain.messages import Msg

#: No store of the network opened before this day.
EARLIEST_OPENING = dt.date(1980, 1, 1)
#: A planned store's opening lies at most this far ahead.
PLANNING_YEARS = 5
#: Monthly figures before this month are not the network's.
EARLIEST_MONTH = "2000-01"
#: The largest monthly revenue, cost or profit of one store (a trillion yuan): far above any
#: real store, and small enough that a million rows of it still sum inside SQLite's integers.
MAX_MONTHLY_YUAN = 10**12


def opening_problem(day: dt.date | None, open_now: bool, today: dt.date) -> Msg | None:
    """An opening date's problem: before 1980, in the future for a store that is open (or was),
    or more than five years ahead for a planned one."""
    if day is None:
        return None
    if day < EARLIEST_OPENING:
        return Msg("plausible.opening_too_early", {"day": day.isoformat()})
    if open_now and day > today:
        return Msg("plausible.opening_in_future", {"day": day.isoformat()})
    latest = dt.date(today.year + PLANNING_YEARS, today.month, min(today.day, 28))
    if day > latest:
        return Msg("plausible.opening_too_late", {"day": day.isoformat(), "years": PLANNING_YEARS})
    return None


def month_problem(month: str, today: dt.date) -> Msg | None:
    """A performance month ("YYYY-MM") before 2000 or after the current month."""
    if month < EARLIEST_MONTH or month > f"{today.year:04d}-{today.month:02d}":
        return Msg("plausible.month", {"month": month, "first": EARLIEST_MONTH})
    return None


def figures_problem(revenue: int, cost: int, profit: int) -> Msg | None:
    """Revenue and operating cost are never negative; net profit is never more than the
    revenue (other income may lift it above revenue less operating cost, but not above all the
    money that came in); none beyond a trillion yuan a month."""
    if revenue < 0 or cost < 0:
        return Msg("plausible.negative", {"revenue": revenue, "cost": cost})
    if max(revenue, cost, abs(profit)) > MAX_MONTHLY_YUAN:
        return Msg("plausible.too_large", {"most": MAX_MONTHLY_YUAN})
    if profit > revenue:
        return Msg("plausible.profit", {"profit": profit, "revenue": revenue, "cost": cost})
    return None


def closing_problem(day: dt.date, opened: dt.date | None, today: dt.date) -> Msg | None:
    """A closing date before the store opened, or more than a year ahead."""
    if opened is not None and day < opened:
        return Msg(
            "plausible.closed_before_opening",
            {"day": day.isoformat(), "opened": opened.isoformat()},
        )
    if day < EARLIEST_OPENING or day > today + dt.timedelta(days=366):
        return Msg("plausible.closing_date", {"day": day.isoformat()})
    return None
