"""The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015.

The code is 17 characters from a 31-character alphabet (digits and capital letters without
I, O, Z, S, V) followed by a check character: weight each of the first 17 characters' values,
sum, and the check value is ``31 - sum % 31`` (31 becomes 0).

`credit_code_problem` checks a code exactly as given; call `normalize_credit_code` first on what
a user typed or a spreadsheet held.
"""

from __future__ import annotations

from dealer_app.domain.errors import InputError

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18

_VALUE = {c: i for i, c in enumerate(CHARSET)}

# Full-width ASCII (U+FF01..U+FF5E) to half-width, the ideographic space to a space: what a
# Chinese input method produces when it is left in full-width mode.
_HALF_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def check_digit(first17: str) -> str:
    """The check character for the first 17 characters of a code.

    Raises ValueError when `first17` is not 17 characters of the code's alphabet.
    """
    if len(first17) != LENGTH - 1:
        raise ValueError(f"need the first 17 characters of the code, got {len(first17)}")
    total = 0
    for i, (ch, weight) in enumerate(zip(first17, WEIGHTS, strict=True), start=1):
        value = _VALUE.get(ch)
        if value is None:
            raise ValueError(f"character {i} {ch!r} is not allowed")
        total += value * weight
    return CHARSET[(31 - total % 31) % 31]


def make_credit_code(seed17: str) -> str:
    """`seed17` with its check character appended: a valid 18-character code."""
    return seed17 + check_digit(seed17)


def normalize_credit_code(s: str) -> str:
    """What a user most likely meant: full-width characters made half-width, spaces removed
    (inside too, as people group the code for reading), letters upper-cased."""
    return "".join(str(s).translate(_HALF_WIDTH).split()).upper()


def credit_code_problem(code: str) -> str | None:
    """None when `code` is a valid unified social credit code, else what is wrong with it
    (in English; `credit_code_error` gives it as a coded error)."""
    error = credit_code_error(code)
    return None if error is None else str(error)


def credit_code_error(code: str) -> InputError | None:
    """None when `code` is a valid unified social credit code, else what is wrong with it."""
    if not isinstance(code, str):
        return InputError("credit.not_text")
    if len(code) != LENGTH:
        return InputError("credit.length", length=len(code))
    for i, ch in enumerate(code, start=1):
        if ch not in _VALUE:
            kind = "credit.lower_case" if ch.upper() in _VALUE else "credit.char"
            return InputError(kind, position=i, char=ch)
    expected = check_digit(code[:17])
    if code[17] != expected:
        return InputError("credit.check_digit", expected=expected, got=code[17])
    return None


def is_valid_credit_code(code: str) -> bool:
    return credit_code_problem(code) is None
