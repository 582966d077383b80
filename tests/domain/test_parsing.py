"""Lenient value parsers: every accepted spelling, the boundaries, and ValueError only."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealer_app.domain.parsing import (
    MAX_INTEGER,
    clean_text,
    is_blank,
    parse_count,
    parse_date,
    parse_month,
    parse_yuan,
)

D = dt.date

# ------------------------------------------------------------------------------------ parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-12-31", D(2024, 12, 31)),
        ("2024/12/31", D(2024, 12, 31)),
        ("2024.12.31", D(2024, 12, 31)),
        ("2024年12月31日", D(2024, 12, 31)),
        ("2024/1/5", D(2024, 1, 5)),
        ("2024-1-5", D(2024, 1, 5)),
        ("2024.1.5", D(2024, 1, 5)),
        ("2024年1月5日", D(2024, 1, 5)),
        ("2024 年 1 月 5 日", D(2024, 1, 5)),
        ("2024年1月5号", D(2024, 1, 5)),
        ("  2024-12-31\t", D(2024, 12, 31)),
        ("\u30002024-12-31\u3000", D(2024, 12, 31)),
        ("２０２４－１２－３１", D(2024, 12, 31)),
        ("２０２４年１月５日", D(2024, 1, 5)),
        ("20241231", D(2024, 12, 31)),
        ("2024-12-31 00:00:00", D(2024, 12, 31)),
        ("2024-12-31T08:30", D(2024, 12, 31)),
        ("2024/1/5 0:00", D(2024, 1, 5)),
        ("45657", D(2024, 12, 31)),
        ("45657.75", D(2024, 12, 31)),
        (45657, D(2024, 12, 31)),
        (45657.0, D(2024, 12, 31)),
        (45657.9999, D(2024, 12, 31)),
        (Decimal("45657"), D(2024, 12, 31)),
        (20241231, D(2024, 12, 31)),
        (dt.date(2024, 2, 29), D(2024, 2, 29)),
        (dt.datetime(2024, 12, 31, 0, 0), D(2024, 12, 31)),
        (dt.datetime(2024, 12, 31, 23, 59), D(2024, 12, 31)),
    ],
)
def test_parse_date_accepts(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, D(1900, 1, 1)),
        (59, D(1900, 2, 28)),
        (61, D(1900, 3, 1)),
        (45292, D(2024, 1, 1)),
        (45657, D(2024, 12, 31)),
        (45658, D(2025, 1, 1)),
        (2958465, D(9999, 12, 31)),
    ],
)
def test_excel_serial_dates_in_the_1900_system(serial, expected):
    assert parse_date(serial) == expected
    assert parse_date(str(serial)) == expected


@pytest.mark.parametrize("serial", [0, -1, 2958466, 0.5, "0", "2958466"])
def test_excel_serial_out_of_range(serial):
    with pytest.raises(ValueError, match="not an Excel date serial number"):
        parse_date(serial)


def test_excel_serial_60_is_the_fictional_leap_day():
    with pytest.raises(ValueError, match="1900-02-29, which is not a real date"):
        parse_date(60)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-02-30", "2025-02-30 is not a real date"),
        ("2025/2/30", "2025-02-30 is not a real date"),
        ("2025年2月30日", "2025-02-30 is not a real date"),
        ("2023-02-29", "2023-02-29 is not a real date"),
        ("2024-13-01", "2024-13-01 is not a real date"),
        ("20241301", "2024-13-01 is not a real date"),
    ],
)
def test_impossible_dates(value, message):
    with pytest.raises(ValueError) as err:
        parse_date(value)
    assert str(err.value) == message


@pytest.mark.parametrize("value", ["12/31/2024", "31/12/2024", "31.12.2024", "1/5/24", "24-1-5"])
def test_ambiguous_dates_ask_for_iso(value):
    with pytest.raises(ValueError, match="YYYY-MM-DD") as err:
        parse_date(value)
    assert "day and month could be read either way" in str(err.value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        None,
        "abc",
        "2024-12",
        "2024年12月",
        "2024/12/31/1",
        True,
        False,
        float("nan"),
        float("inf"),
        [2024],
        "2024-12-31 noon",
        "１２３４５６７８９",
    ],
)
def test_parse_date_rejects_with_a_hint(value):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date(value)


def test_parse_date_empty_says_so():
    with pytest.raises(ValueError, match="^the date is empty"):
        parse_date("  ")
    with pytest.raises(ValueError, match="^the date is empty"):
        parse_date(None)


def test_long_garbage_is_cut_short_in_the_message():
    with pytest.raises(ValueError) as err:
        parse_date("x" * 10_000)
    assert len(str(err.value)) < 120


# ----------------------------------------------------------------------------------- parse_month


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03", "2025-03"),
        ("2025-3", "2025-03"),
        ("2025/3", "2025-03"),
        ("2025/03", "2025-03"),
        ("2025.3", "2025-03"),
        ("2025年3月", "2025-03"),
        ("2025年03月", "2025-03"),
        ("2025年3月份", "2025-03"),
        ("２０２５－０３", "2025-03"),
        (" 2025-12 ", "2025-12"),
        ("202503", "2025-03"),
        (202503, "2025-03"),
        ("2025-03-01", "2025-03"),
        ("2025/3/31", "2025-03"),
        ("2025-03-01 00:00:00", "2025-03"),
        (dt.date(2025, 3, 9), "2025-03"),
        (dt.datetime(2025, 3, 1), "2025-03"),
        (45717, "2025-03"),
        (45717.0, "2025-03"),
        ("45717", "2025-03"),
    ],
)
def test_parse_month_accepts(value, expected):
    assert parse_month(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-13", "is not a real month"),
        ("2025-00", "is not a real month"),
        ("0000-01", "is not a real month"),
        ("202513", "is not a real month"),
        ("3/2025", "is not a month"),
        ("2025", "is a year, not a month"),
        (2025, "is a year, not a month"),
        (2025.1, "is a number, not a month"),
        ("2025-02-30", "is not a month"),
        ("", "the month is empty"),
        (None, "the month is empty"),
        ("abc", "is not a month"),
        (True, "is not a month"),
    ],
)
def test_parse_month_rejects(value, message):
    with pytest.raises(ValueError, match=message) as err:
        parse_month(value)
    assert "YYYY-MM" in str(err.value)


# ------------------------------------------------------------------------------------ parse_yuan


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, 0),
        (1234, 1234),
        (-1234, -1234),
        ("1234", 1234),
        ("1,234,567", 1234567),
        ("1 234 567", 1234567),
        ("1\u00a0234\u00a0567", 1234567),
        ("¥1,234", 1234),
        ("￥1,234", 1234),
        ("¥ 1,234", 1234),
        ("1234元", 1234),
        ("1234.00", 1234),
        ("1,234.0", 1234),
        ("-1,234", -1234),
        ("−1,234", -1234),
        ("(1,234)", -1234),
        ("（1,234）", -1234),
        ("-¥1,234", -1234),
        ("¥-1,234", -1234),
        ("+1234", 1234),
        ("１，２３４", 1234),
        ("１２３４", 1234),
        ("  500000 ", 500000),
        (1234.0, 1234),
        (1233.9999999999998, 1234),
        (-5.0, -5),
        (Decimal("12.000"), 12),
        (str(MAX_INTEGER), MAX_INTEGER),
        (MAX_INTEGER, MAX_INTEGER),
        (-MAX_INTEGER, -MAX_INTEGER),
        ("999,999,999,999,999", MAX_INTEGER),
    ],
)
def test_parse_yuan_accepts(value, expected):
    assert parse_yuan(value) == expected
    assert type(parse_yuan(value)) is int


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1234.50", "has a fraction of a yuan; use whole yuan"),
        ("0.01", "has a fraction of a yuan; use whole yuan"),
        (1234.5, "has a fraction of a yuan; use whole yuan"),
        (Decimal("1.5"), "has a fraction of a yuan; use whole yuan"),
        ("1,23,4", "misplaced thousands separators"),
        ("12,34,567", "misplaced thousands separators"),
        ("1234,567", "misplaced thousands separators"),
        ("1,2345", "misplaced thousands separators"),
        ("1.23457E+11", "scientific notation"),
        ("abc", "is not a number"),
        ("", "the cell is empty"),
        (None, "the cell is empty"),
        (True, "is not a number"),
        (False, "is not a number"),
        ("--5", "is not a number"),
        ("+-5", "is not a number"),
        ("(-5)", "is not a number"),
        ("1,234 567", "is not a number"),
        ("$5", "is not a number"),
        ("12a", "is not a number"),
        ("1.2.3", "is not a number"),
        (float("nan"), "is not a number"),
        (float("inf"), "is not a number"),
        (MAX_INTEGER + 1, "is too large"),
        (str(MAX_INTEGER + 1), "is too large"),
        ("9" * 40, "is too large"),
        (1e20, "is too large"),
        ([1], "is not a number"),
    ],
)
def test_parse_yuan_rejects(value, message):
    with pytest.raises(ValueError, match=message):
        parse_yuan(value)


def test_parse_count():
    assert parse_count(0) == 0
    assert parse_count("12") == 12
    assert parse_count(" 1,200 ") == 1200
    assert parse_count(12.0) == 12
    assert parse_count("１２") == 12
    with pytest.raises(ValueError, match="negative; a count cannot be below 0"):
        parse_count(-1)
    with pytest.raises(ValueError, match="negative"):
        parse_count("-3")
    with pytest.raises(ValueError, match="is not a whole number"):
        parse_count("1.5")
    with pytest.raises(ValueError, match="is not a number"):
        parse_count("¥5")
    with pytest.raises(ValueError, match="is not a number"):
        parse_count(True)


# ------------------------------------------------------------------------------------ clean_text


def test_clean_text_strips_and_collapses_line_breaks_and_controls():
    assert clean_text("  a\n\tb\r\nc  d \x00e ", 100, "name") == "a b c d e"
    assert clean_text("武汉\u3000光谷店", 100, "name") == "武汉 光谷店"
    assert clean_text("\ufeff门店\u200b名称", 100, "name") == "门店名称"


def test_clean_text_normalises_to_nfc():
    assert clean_text("e\u0301", 1, "name") == "\u00e9"


def test_clean_text_keeps_full_width_punctuation():
    assert clean_text("武汉某某汽车销售服务有限公司（湖北）", 100, "name") == (
        "武汉某某汽车销售服务有限公司（湖北）"
    )


def test_clean_text_of_cells():
    assert clean_text(None, 10, "x") == ""
    assert clean_text(6222021234567890, 30, "account") == "6222021234567890"
    assert clean_text(1001.0, 30, "code") == "1001"
    assert clean_text(12.5, 30, "code") == "12.5"
    assert clean_text(dt.datetime(2025, 1, 2), 30, "x") == "2025-01-02"
    assert clean_text(dt.date(2025, 1, 2), 30, "x") == "2025-01-02"


def test_clean_text_length_limit_at_the_boundary():
    assert clean_text("x" * 200, 200, "address") == "x" * 200
    with pytest.raises(ValueError) as err:
        clean_text("x" * 600, 200, "address")
    assert str(err.value) == "address is 600 characters long; at most 200 are allowed"
    # the limit counts the cleaned text
    assert clean_text("  " + "x" * 200 + "\n", 200, "address") == "x" * 200


def test_clean_text_replaces_lone_surrogates():
    assert clean_text("a\ud800b", 10, "x") == "a\ufffdb"


def test_is_blank():
    assert is_blank(None) and is_blank("") and is_blank(" \t\u3000")
    assert not is_blank(0) and not is_blank("0") and not is_blank(dt.date(2024, 1, 1))


# ------------------------------------------------------------------- never anything but ValueError

ANY_CELL = st.one_of(
    st.text(),
    st.text(alphabet="0123456789-/.年月日号 ,()¥元+eE:T０１２３４５－／．，", max_size=20),
    st.integers(),
    st.floats(),
    st.decimals(),
    st.none(),
    st.booleans(),
    st.dates(),
    st.datetimes(),
)


@given(ANY_CELL)
def test_parse_date_raises_only_value_error(value):
    try:
        assert isinstance(parse_date(value), dt.date)
    except ValueError:
        pass


@given(ANY_CELL)
def test_parse_month_raises_only_value_error(value):
    try:
        month = parse_month(value)
    except ValueError:
        return
    assert len(month) == 7 and month[4] == "-" and "01" <= month[5:] <= "12"


@given(ANY_CELL)
def test_parse_yuan_raises_only_value_error(value):
    try:
        amount = parse_yuan(value)
    except ValueError:
        return
    assert type(amount) is int and abs(amount) <= MAX_INTEGER


@given(ANY_CELL)
def test_parse_count_raises_only_value_error(value):
    try:
        count = parse_count(value)
    except ValueError:
        return
    assert type(count) is int and 0 <= count <= MAX_INTEGER


@given(ANY_CELL, st.integers(min_value=0, max_value=50))
def test_clean_text_raises_only_value_error(value, max_len):
    try:
        text = clean_text(value, max_len, "field")
    except ValueError:
        return
    assert len(text) <= max_len and text == text.strip() and "\n" not in text
    text.encode("utf-8")


@given(st.dates(min_value=dt.date(1900, 3, 1)))
def test_iso_text_and_serials_round_trip(day):
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.year}年{day.month}月{day.day}日") == day
    assert parse_date((day - dt.date(1899, 12, 30)).days) == day


@given(st.integers(min_value=-MAX_INTEGER, max_value=MAX_INTEGER))
def test_yuan_round_trips_through_thousands_separators(n):
    assert parse_yuan(f"{n:,}") == n
    assert parse_yuan(str(n)) == n
    assert parse_yuan(f"¥{n:,}.00") == n
