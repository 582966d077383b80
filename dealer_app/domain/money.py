"""Money formatting: figures (¥500,000.00) and Chinese capital numerals (人民币伍拾万元整).

Amounts are integers: yuan unless a name says fen. Decimal is used only to turn user text such
as "1234.565" into fen, rounding half-up. No floats anywhere.

Capital amounts follow the People's Bank of China rules for 中文大写金额 (《支付结算办法》附一):

- the amount starts with 人民币;
- 整 follows 元 when there are no 角/分, and follows 角 when there is no 分 (the rule makes it
  optional after 角; we always write it); never after 分;
- a zero between digits is written 零 (壹仟肆佰零玖元伍角整), and a run of zeros is one 零;
- when the 万 or 元 digit is 0 but the next digit (千 or 角) is not, the rule allows one 零 or
  none. We write NONE after 万 (壹拾万柒仟元, as banks commonly print it) unless a whole
  four-digit section is skipped (壹亿零柒仟元), and we ALWAYS write 零 after 元
  (壹仟陆佰捌拾元零叁角贰分), so the cents can never be read as part of the yuan;
- 0 角 with a non-zero 分 is written 零 (叁佰贰拾伍元零肆分); with no yuan at all the amount
  starts at the first non-zero digit (人民币伍分);
- 壹拾 is always written in full (人民币壹拾元整), never 拾元.
"""

from __future__ import annotations

import decimal
from decimal import ROUND_HALF_UP, Decimal

from dealer_app.domain.errors import InvalidInput

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SECTION_UNITS = ("仟", "佰", "拾", "")
#: Beyond this the capital numerals would need units no cheque uses (万亿亿).
MAX_CAPITAL_FEN = 10**16 * 100 - 1
_FEN = Decimal("0.01")
_CONTEXT = decimal.Context(prec=60, rounding=ROUND_HALF_UP)


def format_fen(fen: int) -> str:
    """An amount in fen as figures: 50000000 -> "¥500,000.00", -123450 -> "-¥1,234.50"."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{cents:02d}"


def format_yuan(yuan: int) -> str:
    """An amount in whole yuan as figures: 500000 -> "¥500,000.00"."""
    return format_fen(yuan * 100)


def group_yuan(yuan: int) -> str:
    """Whole yuan with thousands separators and no symbol, for sentences: "500,000"."""
    return f"{yuan:,}"


def _section(n: int) -> str:
    """1..9999 in capital numerals, starting at its first non-zero digit, no trailing 零."""
    out: list[str] = []
    zero_pending = False
    for digit_char, unit in zip(f"{n:04d}", _SECTION_UNITS, strict=True):
        d = ord(digit_char) - 48
        if d == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_DIGITS[d])
        out.append(unit)
    return "".join(out)


def _below_yi(n: int) -> str:
    """1..99,999,999 in capital numerals."""
    wan, rest = divmod(n, 10_000)
    if not wan:
        return _section(rest)
    words = _section(wan) + "万"
    if not rest:
        return words
    # 壹万零伍佰: the 千 digit is zero, so a zero run separates 万 from the rest.
    return words + ("零" if rest < 1000 else "") + _section(rest)


def _integer(n: int) -> str:
    """1.. in capital numerals; 亿 sections recurse so 壹万亿 and 壹万零壹亿 come out right."""
    if n < 100_000_000:
        return _below_yi(n)
    yi, rest = divmod(n, 100_000_000)
    words = _integer(yi) + "亿"
    if not rest:
        return words
    # A skipped section (壹亿零柒仟) or a zero 千万 digit (壹亿零壹万) needs one 零.
    return words + ("零" if rest < 10_000_000 else "") + _below_yi(rest)


def capital_amount(fen: int) -> str:
    """The amount in fen in Chinese capital numerals: 50000000 -> "人民币伍拾万元整".

    Raises ValueError for a negative amount (a payout letter never shows one) or one of
    10^16 yuan or more.
    """
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"capital_amount needs an int of fen, got {type(fen).__name__}")
    if fen < 0:
        raise ValueError(f"capital amounts cannot be negative: {fen} fen")
    if fen > MAX_CAPITAL_FEN:
        raise ValueError(f"amount too large for capital numerals: {fen} fen")
    yuan, cents = divmod(fen, 100)
    jiao, fen_digit = divmod(cents, 10)
    if not cents:
        return "人民币" + (_integer(yuan) if yuan else "零") + "元整"
    parts = ["人民币"]
    if yuan:
        parts.append(_integer(yuan))
        parts.append("元")
        if yuan % 10 == 0 and jiao:
            parts.append("零")  # our choice where the rule allows it: 壹仟陆佰捌拾元零叁角贰分
    if jiao:
        parts.append(_DIGITS[jiao] + "角")
    elif yuan:
        parts.append("零")  # 叁佰贰拾伍元零肆分
    parts.append(_DIGITS[fen_digit] + "分" if fen_digit else "整")
    return "".join(parts)


def to_fen(value: Decimal | str | int) -> int:
    """Yuan (an int, a Decimal or text such as "1234.565" or "1,234.56") to fen, half-up.

    Raises InvalidInput (code ``money.invalid_amount``) for text that is not a number, and
    TypeError for a float: money must never pass through binary floating point.
    """
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"money must be int, Decimal or str, not {type(value).__name__}")
    if isinstance(value, int):
        return value * 100
    if isinstance(value, str):
        text = value.strip().replace(",", "").replace("，", "")
        for symbol in ("¥", "￥"):
            text = text.replace(symbol, "")
        try:
            amount = Decimal(text.strip())
        except decimal.InvalidOperation:
            amount = None
        if amount is None or not amount.is_finite():
            raise InvalidInput("money.invalid_amount", value=value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidInput("money.invalid_amount", value=str(value))
        amount = value
    else:
        raise TypeError(f"money must be int, Decimal or str, not {type(value).__name__}")
    return int(
        amount.quantize(_FEN, rounding=ROUND_HALF_UP, context=_CONTEXT).scaleb(2, context=_CONTEXT)
    )


def capital_amount_decimal(value: Decimal | str | int) -> str:
    """Yuan as int, Decimal or text, rounded half-up to the fen, in capital numerals."""
    return capital_amount(to_fen(value))
