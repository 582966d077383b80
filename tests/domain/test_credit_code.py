"""Unified social credit codes (GB 32100-2015): check character, problems, normalisation."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealer_app.domain.credit_code import (
    CHARSET,
    check_digit,
    credit_code_problem,
    is_valid_credit_code,
    make_credit_code,
    normalize_credit_code,
)

# Published codes of well-known companies; the first is the standard's own worked example.
KNOWN_VALID = [
    "91350100M000100Y43",
    "91110000802100433B",
    "91110108551385082Q",
    "91440300708461136T",
    "914403001922038216",
]


def test_charset_is_31_characters_without_i_o_z_s_v():
    assert len(CHARSET) == 31
    assert not set("IOZSV") & set(CHARSET)


@pytest.mark.parametrize("code", KNOWN_VALID)
def test_known_codes_are_valid(code):
    assert credit_code_problem(code) is None
    assert is_valid_credit_code(code)
    assert check_digit(code[:17]) == code[17]


def test_check_digit_of_the_standards_example():
    assert check_digit("91350100M000100Y4") == "3"


def test_check_value_31_becomes_zero():
    # "000...0" sums to 0, so 31 - 0 = 31, which becomes '0'; "100...0" sums to 1 -> 30 -> 'Y'.
    assert check_digit("0" * 17) == "0"
    assert check_digit("1" + "0" * 16) == "Y"


def test_make_credit_code_appends_the_check_digit():
    assert make_credit_code("91350100M000100Y4") == "91350100M000100Y43"
    assert credit_code_problem(make_credit_code("92420100MA4K12345")) is None


def test_wrong_length():
    assert credit_code_problem("91350100M000100Y4") == (
        "a unified social credit code must be 18 characters, got 17"
    )
    assert "must be 18 characters, got 0" in credit_code_problem("")
    assert "must be 18 characters, got 19" in credit_code_problem("91350100M000100Y433")


def test_character_not_allowed_names_its_position():
    problem = credit_code_problem("9135I100M000100Y43")
    assert problem.startswith("character 5 'I' is not allowed")


def test_lower_case_letter_is_named():
    assert credit_code_problem("91350100m000100Y43") == "character 9 'm' must be a capital letter"


def test_wrong_check_digit_says_the_expected_one():
    assert credit_code_problem("91350100M000100Y44") == "check digit should be '3', not '4'"
    assert credit_code_problem("91110000802100433X") == "check digit should be 'B', not 'X'"


def test_check_digit_rejects_bad_input():
    with pytest.raises(ValueError, match="got 3"):
        check_digit("913")
    with pytest.raises(ValueError, match="character 2 'O'"):
        check_digit("9O350100M000100Y4")


def test_normalize_full_width_lower_case_and_spaces():
    assert normalize_credit_code("  ９１３５０１００ｍ０００１００ｙ４３ ") == "91350100M000100Y43"
    assert normalize_credit_code("9135 0100 M000\u3000100Y 43") == "91350100M000100Y43"


def test_non_text_is_a_problem_not_a_crash():
    assert credit_code_problem(None) == "a unified social credit code must be text of 18 characters"


@given(st.text())
def test_problem_never_raises(text):
    result = credit_code_problem(text)
    assert result is None or isinstance(result, str)
    normalize_credit_code(text)


@given(st.text(alphabet=CHARSET, min_size=17, max_size=17))
def test_every_made_code_is_valid_and_any_other_check_digit_is_not(seed):
    code = make_credit_code(seed)
    assert credit_code_problem(code) is None
    wrong = CHARSET[(CHARSET.index(code[17]) + 1) % 31]
    assert credit_code_problem(seed + wrong) == f"check digit should be {code[17]!r}, not {wrong!r}"
