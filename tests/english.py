"""Tests compare what the core returns with the English sentences a person reads: `en(x)` is
`x` with every message (`Msg`) in it said in English, through the one catalogue."""

from __future__ import annotations

import dataclasses
from typing import Any

from dealer_app import i18n
from dealer_app.domain.messages import Msg


def en(value: Any) -> Any:
    """`value` with each `Msg` (also inside lists, tuples, dicts and dataclasses) as English."""
    if isinstance(value, Msg):
        return i18n.text(value, "en")
    if isinstance(value, list):
        return [en(v) for v in value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(en(v) for v in value)
    if isinstance(value, dict):
        return {k: en(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: en(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if isinstance(getattr(value, f.name), (Msg, list, dict))
        }
        return dataclasses.replace(value, **changes) if changes else value
    return value


def zh(value: Any) -> Any:
    """`value` with each `Msg` said in Chinese."""
    if isinstance(value, Msg):
        return i18n.text(value, "zh_CN")
    if isinstance(value, list):
        return [zh(v) for v in value]
    return value
