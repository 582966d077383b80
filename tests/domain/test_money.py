"""Money formatting and Chinese capital amounts (People's Bank of China rules)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dealer_app.domain.errors import InvalidInput
from dealer_app.domain.money import (
    MAX_CAPITAL_FEN,
    capital_amount,
    capital_amount_decimal,
    format_fen,
    format_yuan,
    group_yuan,
    to_fen,
)

# --- figures ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (50_000_000, "¥500,000.00"),
        (0, "¥0.00"),
        (5, "¥0.05"),
        (99, "¥0.99"),
        (100, "¥1.00"),
        (123_450, "¥1,234.50"),
        (-123_450, "-¥1,234.50"),
        (-5, "-¥0.05"),
        (100_000_000_000, "¥1,000,000,000.00"),
    ],
)
def test_format_fen(fen: int, text: str) -> None:
    assert format_fen(fen) == text


def test_format_yuan_and_group_yuan() -> None:
    assert format_yuan(500_000) == "¥500,000.00"
    assert format_yuan(0) == "¥0.00"
    assert format_yuan(-27_260) == "-¥27,260.00"
    assert group_yuan(500_000) == "500,000"
    assert group_yuan(27_260_000) == "27,260,000"
    assert group_yuan(999) == "999"
    assert group_yuan(-1_000) == "-1,000"


# --- capital amounts: exact values -----------------------------------------------------------


@pytest.mark.parametrize(
    ("yuan", "text"),
    [
        # required by the product
        ("500000", "人民币伍拾万元整"),
        ("100000", "人民币壹拾万元整"),
        ("1234567.89", "人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
        # 整 after 元 / after 角, never after 分
        ("1", "人民币壹元整"),
        ("0.5", "人民币伍角整"),
        ("0.05", "人民币伍分"),
        ("0.55", "人民币伍角伍分"),
        ("0", "人民币零元整"),
        ("1409.50", "人民币壹仟肆佰零玖元伍角整"),
        ("1.10", "人民币壹元壹角整"),
        # zeros: one 零 for a run in the middle
        ("1409", "人民币壹仟肆佰零玖元整"),
        ("6007.14", "人民币陆仟零柒元壹角肆分"),
        ("1001", "人民币壹仟零壹元整"),
        ("1010", "人民币壹仟零壹拾元整"),
        ("1100", "人民币壹仟壹佰元整"),
        # 元 digit 0 with 角: we write 零 (the rule allows it)
        ("1680.32", "人民币壹仟陆佰捌拾元零叁角贰分"),
        ("1680.30", "人民币壹仟陆佰捌拾元零叁角整"),
        ("10.5", "人民币壹拾元零伍角整"),
        ("107000.53", "人民币壹拾万柒仟元零伍角叁分"),
        # 角 0 with 分: 零, only once even when the 元 digit is 0 too
        ("325.04", "人民币叁佰贰拾伍元零肆分"),
        ("1680.04", "人民币壹仟陆佰捌拾元零肆分"),
        ("1.01", "人民币壹元零壹分"),
        # 壹拾 always written
        ("10", "人民币壹拾元整"),
        ("11", "人民币壹拾壹元整"),
        ("110000", "人民币壹拾壹万元整"),
        ("100010", "人民币壹拾万零壹拾元整"),
        # 万 sections
        ("10000", "人民币壹万元整"),
        ("10001", "人民币壹万零壹元整"),
        ("10100", "人民币壹万零壹佰元整"),
        ("11000", "人民币壹万壹仟元整"),
        ("20000500", "人民币贰仟万零伍佰元整"),
        ("30004000", "人民币叁仟万肆仟元整"),
        ("99999999.99", "人民币玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        # 亿 sections
        ("100000000", "人民币壹亿元整"),
        ("100010000", "人民币壹亿零壹万元整"),
        ("1000000001", "人民币壹拾亿零壹元整"),
        ("100007000", "人民币壹亿零柒仟元整"),
        ("110000000", "人民币壹亿壹仟万元整"),
        ("150000000", "人民币壹亿伍仟万元整"),
        ("1000000000", "人民币壹拾亿元整"),
        ("10000000000", "人民币壹佰亿元整"),
        ("1000000000000", "人民币壹万亿元整"),
        ("1000100000000", "人民币壹万零壹亿元整"),
        ("1000000000000.01", "人民币壹万亿元零壹分"),
    ],
)
def test_capital_amount_exact(yuan: str, text: str) -> None:
    assert capital_amount_decimal(yuan) == text
    assert capital_amount(to_fen(yuan)) == text


def test_capital_amount_from_fen() -> None:
    assert capital_amount(50_000_000) == "人民币伍拾万元整"
    assert capital_amount(1) == "人民币壹分"
    assert capital_amount(10) == "人民币壹角整"
    assert capital_amount(100) == "人民币壹元整"


def test_capital_amount_rejects_negative_and_huge() -> None:
    with pytest.raises(ValueError):
        capital_amount(-1)
    with pytest.raises(ValueError):
        capital_amount_decimal("-0.01")
    with pytest.raises(ValueError):
        capital_amount(MAX_CAPITAL_FEN + 1)
    assert capital_amount(MAX_CAPITAL_FEN).startswith("人民币玖仟玖佰玖拾玖万")
    with pytest.raises(TypeError):
        capital_amount(1.5)  # type: ignore[arg-type]


# --- to_fen: Decimal half-up -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "fen"),
    [
        ("1234.565", 123_457),
        ("1234.564", 123_456),
        ("0.005", 1),
        ("0.0049", 0),
        ("0.015", 2),  # half-up, not banker's rounding (which gives 2 here too)
        ("0.025", 3),  # banker's rounding would give 2
        ("-1.005", -101),  # half away from zero
        ("500000", 50_000_000),
        ("1,234.56", 123_456),
        (" ¥1,234.56 ", 123_456),
        ("￥10", 1_000),
        (Decimal("2.675"), 268),
        (Decimal("99999999999999.995"), 10**16),
        (500_000, 50_000_000),
        (0, 0),
    ],
)
def test_to_fen(value: Decimal | str | int, fen: int) -> None:
    assert to_fen(value) == fen


def test_capital_amount_decimal_rounds_half_up() -> None:
    assert capital_amount_decimal("0.045") == "人民币伍分"
    assert capital_amount_decimal(Decimal("1409.495")) == "人民币壹仟肆佰零玖元伍角整"
    assert capital_amount_decimal(500_000) == "人民币伍拾万元整"


@pytest.mark.parametrize("bad", ["", "abc", "1.2.3", "NaN", "Infinity", "¥"])
def test_to_fen_rejects_text_that_is_not_money(bad: str) -> None:
    with pytest.raises(InvalidInput) as info:
        to_fen(bad)
    assert info.value.code == "money.invalid_amount"


def test_to_fen_rejects_float_and_bool() -> None:
    with pytest.raises(TypeError):
        to_fen(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_fen(True)
    with pytest.raises(InvalidInput):
        to_fen(Decimal("NaN"))


# --- capital amounts: property test with an independent inverse ------------------------------

_DIGIT_VALUE = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
_SMALL_UNIT = {"拾": 10, "佰": 100, "仟": 1000}


def _parse_integer(text: str) -> int:
    """Capital numerals (no 元) back to an int: 壹拾万零壹拾 -> 100010."""
    total = 0  # everything already closed by 亿
    section = 0  # everything already closed by 万 inside the current 亿 group
    group = 0  # the current four-digit group
    digit = 0
    for ch in text:
        if ch in _DIGIT_VALUE:
            digit = _DIGIT_VALUE[ch]
        elif ch in _SMALL_UNIT:
            assert digit, f"unit {ch} without a digit in {text}"
            group += digit * _SMALL_UNIT[ch]
            digit = 0
        elif ch == "万":
            section = (section + group + digit) * 10_000
            group = digit = 0
        elif ch == "亿":
            total = (total + section + group + digit) * 100_000_000
            section = group = digit = 0
        else:
            raise AssertionError(f"unexpected {ch} in {text}")
    return total + section + group + digit


def _check_zeros(text: str, value: int) -> None:
    """The digits are the value's own, and 零 stands exactly where our convention puts it.

    Between two non-zero digits at places p1 > p2 (0 = 元) one 零 is written iff digits were
    skipped, except when the skipped run ends at a 万/亿 unit and the next digit is a 千 of the
    section just below (壹拾万柒仟), which reads unambiguously without it.
    """
    places = [i for i, d in enumerate(reversed(str(value))) if d != "0"][::-1]
    nonzero = [c for c in text if c in _DIGIT_VALUE and c != "零"]
    assert nonzero == ["零壹贰叁肆伍陆柒捌玖"[int(c)] for c in str(value) if c != "0"], text
    indexes = [i for i, c in enumerate(text) if c in _DIGIT_VALUE and c != "零"]
    for (p1, p2), (i1, i2) in zip(
        zip(places, places[1:], strict=False), zip(indexes, indexes[1:], strict=False), strict=True
    ):
        skipped = p1 - p2 > 1
        section_gap_only = p2 % 4 == 3 and p1 - p2 <= 4
        expected = skipped and not section_gap_only
        assert ("零" in text[i1:i2]) == expected, (text, p1, p2)


def _parse_capital(text: str) -> int:
    """A whole capital amount back to fen, checking the shape the rules require."""
    assert text.startswith("人民币")
    body = text[3:]
    assert "零零" not in body
    if body.endswith("整"):
        body = body[:-1]
        assert not body.endswith("分"), "整 never follows 分"
        assert body.endswith(("元", "角"))
    else:
        assert body.endswith("分"), text
    yuan_part, _, cents_part = body.partition("元")
    if not _:
        cents_part, yuan_part = yuan_part, ""
    assert not yuan_part.startswith("零") or yuan_part == "零", text
    assert not yuan_part.endswith("零") or yuan_part == "零", text
    yuan = _parse_integer(yuan_part) if yuan_part else 0
    if yuan:
        _check_zeros(yuan_part, yuan)
    jiao = fen = 0
    rest = cents_part
    if rest.startswith("零"):
        assert yuan, "零 before the cents only after some yuan"
        rest = rest[1:]
    if "角" in rest:
        head, _, rest = rest.partition("角")
        assert len(head) == 1
        jiao = _DIGIT_VALUE[head]
        assert jiao
    if rest:
        assert len(rest) == 2 and rest[1] == "分", text
        fen = _DIGIT_VALUE[rest[0]]
        assert fen
    return yuan * 100 + jiao * 10 + fen


@settings(max_examples=1500, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_capital_amount_round_trips(fen: int) -> None:
    assert _parse_capital(capital_amount(fen)) == fen


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from([0, 0, 0, 1, 5, 9]), min_size=1, max_size=13).map(
        lambda ds: int("".join(map(str, ds)))
    )
)
def test_capital_amount_round_trips_zero_heavy(fen: int) -> None:
    """Amounts made mostly of zeros hit every 零 rule far more often than uniform ones."""
    assert _parse_capital(capital_amount(fen)) == fen


def test_round_trip_of_every_small_amount() -> None:
    for fen in range(0, 200_001, 7):
        assert _parse_capital(capital_amount(fen)) == fen
