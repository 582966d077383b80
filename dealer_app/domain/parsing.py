"""Lenient parsers for values typed by people or read from CSV and XLSX files.

Each parser accepts the spellings a Chinese office spreadsheet really contains (full-width digits,
thousands separators, 2024年1月5日, Excel serial dates, floats that openpyxl hands back for whole
numbers) and raises ValueError, and only ValueError, with a plain sentence saying what is wrong and
how to write it instead (an `InputError`: a code and parameters, said in the user's language by
`dealer_app.i18n`). The sentence does not name the field: the caller knows the row and column.

The import of 2 million performance rows calls these millions of times, so each parser tries the
already-clean form first with str methods and only then the slow, forgiving path.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from decimal import Decimal
from typing import Any

from dealer_app.domain.errors import InputError
from dealer_app.domain.text import BIDI_CONTROLS

#: Largest magnitude accepted for an amount or a count: far above any real figure, far below what
#: SQLite's 64-bit integers hold, and small enough that a float of it is still exact.
MAX_INTEGER = 10**15 - 1

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EXCEL_BEFORE_LEAP_BUG = dt.date(1899, 12, 31)
MAX_EXCEL_SERIAL = 2958465  # 9999-12-31

# Full-width ASCII (what a Chinese input method in full-width mode types) to half-width, the
# full-width yen sign to ¥, and the spaces that word processors insert to an ordinary space.
_HALF_WIDTH: dict[int, int] = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_HALF_WIDTH |= {0x3000: 0x20, 0x00A0: 0x20, 0x202F: 0x20, 0x2009: 0x20, 0xFFE5: 0xA5}
_HALF_WIDTH |= {0x2212: 0x2D}  # MINUS SIGN -> hyphen-minus

_DIGITS = frozenset("0123456789")
_TIME_CHARS = frozenset("0123456789:. ")
_INVISIBLE = frozenset("\u200b\u2060\ufeff")

_NO_VALUE = object()


def _error(code: str, value: Any = _NO_VALUE) -> InputError:
    """The InputError of `code` about `value` (as `_show` gives it)."""
    if value is _NO_VALUE:
        return InputError(code)
    return InputError(code, value=_show(value))


def _show(value: Any) -> str:
    """The value for a message, cut short so a huge cell cannot flood the message."""
    try:
        text = value if isinstance(value, str) else str(value)
    except Exception:  # a value whose __str__ fails must not turn into another error
        text = f"<{type(value).__name__}>"
    if len(text) > 40:
        text = text[:37] + "..."
    return text


def _half_width(text: str) -> str:
    return text.translate(_HALF_WIDTH).strip()


def _is_digits(text: str) -> bool:
    """True for a non-empty run of ASCII digits (str.isdigit alone also accepts '²' and '٣')."""
    return text.isdigit() and text.isascii()


def is_blank(value: Any) -> bool:
    """True for an empty cell: None, or text that is empty or only whitespace."""
    return value is None or (isinstance(value, str) and (not value or value.isspace()))


# ---------------------------------------------------------------------------------------- dates


def _excel_serial(n: int) -> dt.date:
    """Excel's 1900 date system, including its pretend 1900-02-29 (serial 60)."""
    if n < 1 or n > MAX_EXCEL_SERIAL:
        raise InputError("date.serial_range", value=n, max=MAX_EXCEL_SERIAL)
    if n == 60:
        raise InputError("date.serial_60")
    if n < 60:
        return _EXCEL_BEFORE_LEAP_BUG + dt.timedelta(days=n)
    return _EXCEL_EPOCH + dt.timedelta(days=n)


def _ymd(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        shown = f"{year:04d}-{month:02d}-{day:02d}"
        raise InputError("date.not_real", value=shown) from None


def _from_number(number: int | float | Decimal, original: Any) -> dt.date:
    if isinstance(number, float | Decimal):
        # (checked before flooring: flooring Decimal('1E+999999999') would take forever)
        if not math.isfinite(number) or not -1e8 < number < 1e8:
            raise _error("date.not_a_date", original)
        # A fraction is the time of day; the date is the whole part, as Excel shows it.
        number = math.floor(number)
    if 10000101 <= number <= 99991231:  # 20241231, as typed into a number cell
        return _ymd(number // 10000, number // 100 % 100, number % 100)
    return _excel_serial(number)


def _strip_time(text: str) -> str:
    """'2024-12-31 00:00:00' and '2024-12-31T08:30' -> '2024-12-31'; anything else unchanged."""
    for sep in (" ", "T"):
        head, found, tail = text.partition(sep)
        if found and tail and set(tail) <= _TIME_CHARS and any(c in _DIGITS for c in tail):
            return head.rstrip()
    return text


def _parse_date_text(original: str) -> dt.date:
    text = original
    # Fast path: already ISO.
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        y, m, d = text[:4], text[5:7], text[8:]
        if _is_digits(y) and _is_digits(m) and _is_digits(d):
            return _ymd(int(y), int(m), int(d))
    text = _strip_time(_half_width(text))
    if not text:
        raise _error("date.empty")
    if "年" in text:
        compact = "".join(text.split())
        if compact[-1] in "日号":
            compact = compact[:-1]
        year, _, rest = compact.partition("年")
        month, found, day = rest.partition("月")
        if found and _is_digits(year) and _is_digits(month) and _is_digits(day):
            if len(year) == 4 and len(month) <= 2 and len(day) <= 2:
                return _ymd(int(year), int(month), int(day))
        raise _error("date.not_a_date_zh", original)
    if _is_digits(text):
        if len(text) == 8:  # 20241231
            return _ymd(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) <= 7:
            return _excel_serial(int(text))
        raise _error("date.not_a_date", original)
    whole, dot, fraction = text.partition(".")
    if dot and _is_digits(whole) and _is_digits(fraction) and len(whole) <= 7:
        return _excel_serial(int(whole))  # a serial with a time of day
    for sep in "-/.":
        if text.count(sep) == 2:
            parts = text.split(sep)
            if all(_is_digits(p) for p in parts):
                y, m, d = parts
                if len(y) == 4 and len(m) <= 2 and len(d) <= 2:
                    return _ymd(int(y), int(m), int(d))
                if len(d) <= 4 and len(y) <= 2 and len(m) <= 2:
                    raise _error("date.ambiguous", original)
            break
    raise _error("date.not_a_date", original)


def parse_date(value: Any) -> dt.date:
    """A date from a date or datetime cell, an Excel serial number, or text such as
    2024-12-31, 2024/1/5, 2024.12.31, 2024年1月5日, 20241231 or '2024-12-31 00:00:00'."""
    if isinstance(value, str):
        return _parse_date_text(str(value))
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        raise _error("date.empty")
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise _error("date.not_a_date", value)
    return _from_number(value, value)


# --------------------------------------------------------------------------------------- months


def _month(year: int, month: int, original: Any) -> str:
    if not 1 <= year <= 9999 or not 1 <= month <= 12:
        raise _error("month.not_real", original)
    return f"{year:04d}-{month:02d}"


def parse_month(value: Any) -> str:
    """A month as 'YYYY-MM' from 2025-03, 2025/3, 2025.3, 2025年3月, 202503, a date or datetime
    cell, an Excel serial number or a full date such as 2025-03-01 (the day is dropped)."""
    # Fast path: already 'YYYY-MM'.
    if type(value) is str and len(value) == 7 and value[4] == "-" and value.isascii():
        m = value[5:]
        if "01" <= m <= "12" and m.isdigit() and value[:4].isdigit() and value[:4] != "0000":
            return value
    if isinstance(value, str):
        text = _strip_time(_half_width(value))
        if not text:
            raise _error("month.empty")
        if "年" in text:
            compact = "".join(text.split())
            if compact.endswith("月份"):
                compact = compact[:-1]
            if compact.endswith("月"):
                year, _, month = compact[:-1].partition("年")
                if _is_digits(year) and len(year) == 4 and _is_digits(month) and len(month) <= 2:
                    return _month(int(year), int(month), value)
        elif _is_digits(text) and len(text) == 6:  # 202503
            return _month(int(text[:4]), int(text[4:]), value)
        elif _is_digits(text) and len(text) == 4:
            raise _error("month.year", value)
        else:
            for sep in "-/.":
                if text.count(sep) == 1:
                    year, month = text.split(sep)
                    if _is_digits(year) and _is_digits(month):
                        if len(year) == 4 and len(month) <= 2:
                            return _month(int(year), int(month), value)
                        raise _error("month.not_a_month", value)
        try:
            day = _parse_date_text(text)
        except ValueError:
            raise _error("month.not_a_month", value) from None
        return f"{day.year:04d}-{day.month:02d}"
    if isinstance(value, dt.date):
        return f"{value.year:04d}-{value.month:02d}"
    if value is None:
        raise _error("month.empty")
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise _error("month.not_a_month", value)
    if isinstance(value, float | Decimal) and (
        not math.isfinite(value) or not -1e8 < value < 1e8 or value != math.floor(value)
    ):
        # 2025.3 typed into a number cell: 2025.10 would arrive as 2025.1, so never guess.
        raise _error("month.number", value)
    number = int(value)
    if 1000 <= number <= 9999:  # as a serial it would be a day in 1902-1927: surely a year
        raise _error("month.year", value)
    if 100001 <= number <= 999912:  # 202503 typed into a number cell
        return _month(number // 100, number % 100, value)
    day = _from_number(number, value)
    return f"{day.year:04d}-{day.month:02d}"


# ------------------------------------------------------------------------------ whole numbers


def _check_range(number: int, original: Any) -> int:
    if -MAX_INTEGER <= number <= MAX_INTEGER:
        return number
    raise _error("number.too_large", original)


def _integer_from_text(original: str, *, currency: bool, kind: str) -> int:
    text = _half_width(original)
    if not text:
        raise _error(f"{kind}.empty")
    negative = signed = False
    if text[0] == "(" and text[-1] == ")":  # accountants' negative
        negative = signed = True
        text = text[1:-1].strip()
    for _ in range(2):  # '¥-1,234' and '-¥1,234' are both seen
        if currency and text[:1] == "¥":
            text = text[1:].lstrip()
        elif text[:1] in ("-", "+"):
            if signed:
                raise _error(f"{kind}.not_a_number", original)
            negative = text[0] == "-"
            signed = True
            text = text[1:].lstrip()
    if currency and text[-1:] == "元":
        text = text[:-1].rstrip()
    if "e" in text or "E" in text:
        mantissa = text.replace("e", "E").partition("E")[0].replace(".", "").replace(",", "")
        if _is_digits(mantissa):
            raise _error("number.scientific", original)
    whole, dot, fraction = text.partition(".")
    if dot:
        if not _is_digits(fraction):
            raise _error(f"{kind}.not_a_number", original)
        if fraction.strip("0"):
            raise _error(f"{kind}.fraction", original)
    if "," in whole or " " in whole:
        sep = "," if "," in whole else " "
        groups = whole.split(sep)
        head = groups[0]
        if not (_is_digits(head) and len(head) <= 3) or not all(
            _is_digits(g) and len(g) == 3 for g in groups[1:]
        ):
            if all(_is_digits(g) for g in groups):
                raise _error("number.separators", original)
            raise _error(f"{kind}.not_a_number", original)
        whole = "".join(groups)
    if not _is_digits(whole):
        raise _error(f"{kind}.not_a_number", original)
    if len(whole) > 18:
        raise _error("number.too_large", original)
    number = int(whole)
    return _check_range(-number if negative else number, original)


def _integer(value: Any, *, currency: bool, kind: str) -> int:
    if type(value) is str:
        return _integer_from_text(value, currency=currency, kind=kind)
    if value is None:
        raise _error(f"{kind}.empty")
    if isinstance(value, bool):
        raise _error(f"{kind}.not_a_number", value)
    if isinstance(value, int):
        return _check_range(int(value), value)
    if isinstance(value, float | Decimal):
        if not math.isfinite(value):
            raise _error(f"{kind}.not_a_number", value)
        if abs(value) > MAX_INTEGER:
            raise _error("number.too_large", value)
        whole = round(value)
        # Whole numbers computed by a spreadsheet formula can arrive as 1233.9999999999998.
        if abs(value - whole) > 1e-6:
            raise _error(f"{kind}.fraction", value)
        return int(whole)
    if isinstance(value, str):  # a str subclass
        return _integer(str(value), currency=currency, kind=kind)
    raise _error(f"{kind}.not_a_number", value)


def parse_yuan(value: Any) -> int:
    """Whole yuan from an int, an integral float, or text such as 1234567, 1,234,567,
    1 234 567, ¥1,234, ￥1,234, 1234元, 1234.00, -1,234, (1,234) or full-width １，２３４.

    A non-zero fraction of a yuan is refused, never rounded: amounts here are whole yuan.
    """
    kind = type(value)
    if kind is int and -MAX_INTEGER <= value <= MAX_INTEGER:
        return value
    if kind is str and len(value) <= 15 and value.isascii():
        if value.isdigit() or (value[:1] == "-" and value[1:].isdigit()):
            return int(value)
    return _integer(value, currency=True, kind="yuan")


def parse_count(value: Any) -> int:
    """A count of things (vehicles): a whole number, 0 or more; thousands separators allowed."""
    kind = type(value)
    if kind is int and 0 <= value <= MAX_INTEGER:
        return value
    if kind is str and len(value) <= 15 and value.isdigit() and value.isascii():
        return int(value)
    number = _integer(value, currency=False, kind="count")
    if number < 0:
        raise _error("count.negative", value)
    return number


# ----------------------------------------------------------------------------------------- text


def _cell_text(value: Any) -> str:
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))  # an account number or code typed into a number cell
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return str(value)
    except Exception:
        raise InputError("text.not_text", type=type(value).__name__) from None


def clean_text(value: Any, max_len: int, field: str) -> str:
    """Text for one line of a record: stripped, every run of whitespace, line breaks and other
    control characters made one space, invisible zero-width characters dropped, NFC-normalised.

    None gives ''. Numbers and dates from spreadsheet cells become their usual text (a whole
    float loses its '.0'). Raises ValueError when longer than `max_len` characters.
    """
    if value is None:
        return ""
    text = _cell_text(value)
    if not (text.isprintable() and unicodedata.is_normalized("NFC", text)):
        hidden = [ch for ch in text if ch in BIDI_CONTROLS]
        if hidden:  # it would display differently from what it holds ("Trojan Source")
            raise InputError(
                "text.hidden_controls",
                field=field,
                chars=", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(hidden)),
            )
        out = []
        for ch in text:
            if ch in _INVISIBLE:
                continue
            category = unicodedata.category(ch)
            if category == "Cc":
                out.append(" ")
            elif category == "Cs":  # a lone surrogate cannot be stored as UTF-8
                out.append("\ufffd")
            else:
                out.append(ch)
        text = unicodedata.normalize("NFC", "".join(out))
    if "  " in text or text != text.strip() or not text.isprintable():
        text = " ".join(text.split())
    if len(text) > max_len:
        raise InputError("text.too_long", field=field, length=len(text), max=max_len)
    return text
