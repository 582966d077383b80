"""How each type of parameter is shown in a sentence, per language.

A template writes `{name:type}` or `{name:type.arg}`:

  num           whole number with thousands separators: 1,234,567 (a float: 2 decimals)
  dec           a number with two decimals: 12.50
  fen           an amount in fen as yuan with two decimals: 1,234.50
  yuan          money in sentences: ¥1,234,567 (both languages; negative as -¥1,234)
  wan           large money, compact: en ¥27.26 M, zh 2,726万元
  date          an ISO date (a `date` or its ISO text): 2025-12-14
  time          the hour and minute of an ISO timestamp: 09:30
  when          an ISO timestamp's date and minute: 2025-12-16 09:30
  region        a region code by its name: North China / 华北
  word.KIND     an enum value as a sentence says it ("word.KIND.VALUE" in the catalogue):
                subsidy_status, store_status, closure_status, role, store_type, tier, action,
                field, setting ... (the value itself when the catalogue has no word for it)
  list          plain values joined: a, b, c / a、b、c
  list.KIND     each value as the format KIND shows it (list.region, list.q), or else as
                word.KIND (list.store_type), joined
  labels.KIND   values as a table shows them ("label.KIND.VALUE"), joined: Retail store, …
  alt.KIND      alternatives as list.KIND shows them, the last after "or": a, b or c / a、b或c
  msg           a nested message (a `Msg` or its JSON) in the same language
  msgs          nested messages joined by "; " / "；"
  lines         nested messages, one per line
  fields        a form's problems (field -> message): "store name: …; region: …"
  file          the last part of a path
  q             a value the user gave, quoted: 'x' / “x”
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from dealer_app.domain.models import STANDARD_REGIONS

if TYPE_CHECKING:
    from dealer_app.i18n.catalogue import Catalogue

Format = Callable[["Catalogue", Any, str], str]

_REGIONS = {r.code: r for r in STANDARD_REGIONS}


def _zh(cat: Catalogue) -> bool:
    return cat.lang.startswith("zh")


def num(cat: Catalogue, value: Any, arg: str) -> str:
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    return str(value)


def dec(cat: Catalogue, value: Any, arg: str) -> str:
    try:
        return f"{float(value):,.2f}"
    except (TypeError, ValueError):
        return str(value)


def fen(cat: Catalogue, value: Any, arg: str) -> str:
    if not isinstance(value, int) or isinstance(value, bool):
        return str(value)
    sign = "-" if value < 0 else ""
    whole, part = divmod(abs(value), 100)
    return f"{sign}{whole:,}.{part:02d}"


def yuan(cat: Catalogue, value: Any, arg: str) -> str:
    if not isinstance(value, int) or isinstance(value, bool):
        return str(value)
    sign = "-" if value < 0 else ""
    return f"{sign}¥{abs(value):,}"


def wan(cat: Catalogue, value: Any, arg: str) -> str:
    """Large sums as people say them: 2,726万元 / 1.50亿元 in Chinese, ¥27.26 M in English."""
    if not isinstance(value, int) or isinstance(value, bool):
        return str(value)
    sign = "-" if value < 0 else ""
    n = abs(value)
    if _zh(cat):
        if n >= 100_000_000:
            return f"{sign}{n / 100_000_000:,.2f}亿元"
        if n >= 1_000_000:
            return f"{sign}{n / 10_000:,.0f}万元"
        if n >= 10_000:
            return f"{sign}{n / 10_000:,.1f}万元"
        return f"{sign}{n:,}元"
    if n >= 1_000_000_000:
        return f"{sign}¥{n / 1_000_000_000:,.2f} B"
    if n >= 1_000_000:
        return f"{sign}¥{n / 1_000_000:,.2f} M"
    return f"{sign}¥{n:,}"


def date(cat: Catalogue, value: Any, arg: str) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return "" if value is None else str(value)[:10]


def time(cat: Catalogue, value: Any, arg: str) -> str:
    text = value.isoformat() if isinstance(value, dt.datetime) else str(value or "")
    return text[11:16] if len(text) >= 16 else text


def when(cat: Catalogue, value: Any, arg: str) -> str:
    text = value.isoformat() if isinstance(value, dt.datetime) else str(value or "")
    return f"{text[:10]} {text[11:16]}" if len(text) >= 16 else text


def region(cat: Catalogue, value: Any, arg: str) -> str:
    found = _REGIONS.get(str(value))
    if found is None:
        return str(value)
    return found.name_zh if _zh(cat) else found.name_en


def word(cat: Catalogue, value: Any, arg: str) -> str:
    if value is None or value == "":
        return cat.word(arg, "none")
    return cat.word(arg, value)


def _items(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return [value]
    return list(value)


def list_(cat: Catalogue, value: Any, arg: str) -> str:
    """`list` joins the values as they are; `list.KIND` shows each as the format KIND would
    (`list.region`, `list.q`), else as the word of that kind (`list.store_type`)."""
    items = _items(value)
    if not items:
        return cat.word("list", "none")
    fn = FORMATS.get(arg) if arg else None
    if fn is not None:
        shown = [fn(cat, v, "") for v in items]
    else:
        shown = [cat.word(arg, v) if arg else str(v) for v in items]
    return cat.sep("list").join(shown)


def labels(cat: Catalogue, value: Any, arg: str) -> str:
    """Values of kind `arg` as a table or a heading shows them ("label.KIND.VALUE"), joined."""
    items = _items(value)
    if not items:
        return cat.word("list", "none")
    return cat.sep("list").join(cat.templates.get(f"label.{arg}.{v}", str(v)) for v in items)


def alt(cat: Catalogue, value: Any, arg: str) -> str:
    """Alternatives: "a, b or c" / "a、b或c" (each shown as `list.KIND` would)."""
    items = _items(value)
    if len(items) < 2:
        return list_(cat, items, arg)
    head = list_(cat, items[:-1], arg)
    return cat.sep("or").join([head, list_(cat, items[-1:], arg)])


def msg(cat: Catalogue, value: Any, arg: str) -> str:
    return cat.nested(value)


def msgs(cat: Catalogue, value: Any, arg: str) -> str:
    return cat.sep("sentences").join(cat.nested(v) for v in _items(value))


def fields(cat: Catalogue, value: Any, arg: str) -> str:
    """A form's problems, field -> message: "Store name: … Region: …" (fields as word.field)."""
    if not isinstance(value, Mapping):
        return msgs(cat, value, arg)
    return cat.sep("fields").join(
        cat.sep("field").join([cat.word("field", k), cat.nested(v)]) for k, v in value.items()
    )


def lines(cat: Catalogue, value: Any, arg: str) -> str:
    return "\n".join(cat.nested(v) for v in _items(value))


def file(cat: Catalogue, value: Any, arg: str) -> str:
    return PurePath(str(value)).name if value else ""


def q(cat: Catalogue, value: Any, arg: str) -> str:
    return f"“{value}”" if _zh(cat) else f"'{value}'"


FORMATS: dict[str, Format] = {
    "num": num,
    "dec": dec,
    "fen": fen,
    "yuan": yuan,
    "wan": wan,
    "date": date,
    "time": time,
    "when": when,
    "region": region,
    "word": word,
    "list": list_,
    "alt": alt,
    "labels": labels,
    "msg": msg,
    "msgs": msgs,
    "lines": lines,
    "fields": fields,
    "file": file,
    "q": q,
}
