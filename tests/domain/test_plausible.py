"""One rule for each plausible value, at its boundaries; look-alike names; hidden controls."""

from __future__ import annotations

import datetime as dt

import pytest

from dealer_app.domain.errors import InputError
from dealer_app.domain.parsing import clean_text
from dealer_app.domain.plausible import (
    closing_problem,
    figures_problem,
    month_problem,
    opening_problem,
)
from dealer_app.domain.text import hidden_controls, mixes_alphabets, skeleton

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("day", "open_now", "code"),
    [
        (dt.date(1979, 12, 31), True, "plausible.opening_too_early"),
        (dt.date(1980, 1, 1), True, None),
        (TODAY, True, None),
        (TODAY + dt.timedelta(days=1), True, "plausible.opening_in_future"),
        (TODAY + dt.timedelta(days=1), False, None),  # a planned store
        (dt.date(2031, 12, 4), False, None),
        (dt.date(2031, 12, 5), False, "plausible.opening_too_late"),
        (dt.date(9999, 12, 31), False, "plausible.opening_too_late"),
        (dt.date(1800, 1, 1), False, "plausible.opening_too_early"),
    ],
)
def test_opening_dates(day, open_now, code):
    found = opening_problem(day, open_now, TODAY)
    assert (found.code if found else None) == code


@pytest.mark.parametrize(
    ("month", "ok"),
    [("1999-12", False), ("2000-01", True), ("2026-12", True), ("2027-01", False),
     ("0001-01", False), ("9999-12", False)],
)  # fmt: skip
def test_months(month, ok):
    assert (month_problem(month, TODAY) is None) == ok


@pytest.mark.parametrize(
    ("figures", "code"),
    [
        ((100, 80, 20), None),
        ((100, 80, -500), None),  # a loss beyond the operating cost: other costs
        ((100, 80, 100), None),  # other income lifts it above revenue - cost
        ((100, 80, 101), "plausible.profit"),
        ((-1, 80, -81), "plausible.negative"),
        ((100, -1, 101), "plausible.negative"),
        ((10**12 + 1, 0, 0), "plausible.too_large"),
        ((10**12, 10**12, -(10**12)), None),
    ],
)
def test_monthly_figures(figures, code):
    found = figures_problem(*figures)
    assert (found.code if found else None) == code


def test_closing_dates():
    opened = dt.date(2020, 5, 1)
    assert closing_problem(dt.date(2020, 4, 30), opened, TODAY).code == (
        "plausible.closed_before_opening"
    )
    assert closing_problem(dt.date(2020, 5, 1), opened, TODAY) is None
    assert closing_problem(dt.date(1, 1, 1), None, TODAY).code == "plausible.closing_date"
    assert closing_problem(dt.date(2028, 1, 1), opened, TODAY).code == "plausible.closing_date"


def test_look_alike_user_names():
    assert mixes_alphabets("hq.fіnance")  # Cyrillic і
    assert not mixes_alphabets("hq.finance") and not mixes_alphabets("张三")
    assert skeleton("hq.fіnance") == skeleton("hq.finance") == skeleton("HQ.Finance")
    assert skeleton("hq.flnance") == skeleton("hq.finance")
    assert skeleton("ｈｑ.ｆｉｎａｎｃｅ") == skeleton("hq.finance")  # full-width
    assert skeleton("mgr.central") != skeleton("mgr.east")


def test_hidden_direction_controls_are_refused_in_names():
    evil = "武汉光谷\u202e店融合车汽"  # shows reversed
    assert hidden_controls(evil) == ["\u202e"]
    with pytest.raises(InputError) as info:
        clean_text(evil, 200, "store_name")
    assert info.value.code == "text.hidden_controls" and "U+202E" in info.value.params["chars"]
