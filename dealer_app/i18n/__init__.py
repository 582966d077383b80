"""The one catalogue of every sentence the user reads, in Chinese and English. No Qt.

The core raises and returns `Msg`s (a code and typed parameters, `dealer_app.domain.messages`);
the command line and the GUI turn them into sentences here, in the user's language:

    from dealer_app import i18n
    i18n.text(error)                 # a DealerError, InputError, ImportProblem or Msg
    i18n.t("cli.subsidy_now", id=3, status="approved")   # a face's own sentence
    i18n.label("store_type", "retail_store")              # a value as a table shows it

The sentences live in `resources/messages/<lang>.toml`, one file per language, keyed by code.
A template names each parameter with its type, so a value is shown the same way in every
sentence of a language (see `dealer_app.i18n.formats`): `{amount:num}`, `{day:date}`,
`{region:region}`, `{status:word.subsidy_status}`, `{reason:msg}`, `{types:list.store_type}`.
A key `code|param=value` is a variant that wins when the parameter has that value (a singular,
a particular status). `tests/test_catalogue.py` fails when a language lacks a key another has,
when their parameters differ, or when the code raises a code the catalogue does not know.

A sentence that cannot be built in the chosen language (which the tests prevent) falls back to
English, then to the code with its parameters: never an exception while reporting one.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from typing import Any

from dealer_app.domain.messages import Msg
from dealer_app.i18n.catalogue import Catalogue, catalogue, variants

LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "中文（简体）"}
DEFAULT_LANGUAGE = "en"

_current = DEFAULT_LANGUAGE


def normalise(lang: str | None) -> str | None:
    """A language tag as the catalogue names it ("zh", "zh-CN", "zh_CN.UTF-8" -> "zh_CN"), or
    None when it is neither Chinese nor English."""
    if not lang:
        return None
    tag = lang.replace("-", "_").split(".")[0].split("@")[0].strip().lower()
    if tag.startswith("zh"):
        return "zh_CN"
    if tag.startswith("en") or tag in ("c", "posix"):
        return "en"
    return None


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The user's language as the system says it: LANGUAGE, LC_ALL, LC_MESSAGES, LANG (as
    gettext reads them), else the locale Python sees (Windows). Chinese on a Chinese system,
    English otherwise."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            for part in value.split(":"):
                found = normalise(part)
                if found:
                    return found
    if environ is None:
        try:
            found = normalise(locale.getlocale()[0])
        except ValueError:
            found = None
        if found:
            return found
    return DEFAULT_LANGUAGE


def set_language(lang: str) -> str:
    """Make `lang` the language of every sentence from here on; returns the one chosen."""
    global _current
    _current = normalise(lang) or DEFAULT_LANGUAGE
    return _current


def language() -> str:
    return _current


def is_chinese(lang: str | None = None) -> bool:
    return (lang or _current).startswith("zh")


def text(item: Any, lang: str | None = None) -> str:
    """A `Msg`, a `DealerError` or `InputError` (their `.msg`), an `ImportProblem` or any other
    value (as text) in `lang` (default: the current language)."""
    if isinstance(item, Msg):
        return render(item.code, item.params, lang)
    as_msg = getattr(item, "as_msg", None)
    if callable(as_msg):
        return text(as_msg(), lang)
    found = getattr(item, "msg", None)
    if isinstance(found, Msg):
        return text(found, lang)
    return "" if item is None else str(item)


def t(code: str, /, lang: str | None = None, **params: Any) -> str:
    """The face's own sentence `code` with `params`."""
    return render(code, params, lang)


def label(kind: str, value: Any, lang: str | None = None) -> str:
    """`value` of `kind` as a table or a heading shows it ("Retail store", "零售店"); the value
    itself when the catalogue has no label for it."""
    if value is None:
        return ""
    found = catalogue(lang or _current).get(f"label.{kind}.{value}")
    return found if found is not None else str(value)


def fmt(kind: str, value: Any, lang: str | None = None) -> str:
    """`value` shown as the typed format `kind` shows it in a sentence ("num", "yuan", "wan",
    "region", "date" ...: dealer_app.i18n.formats)."""
    from dealer_app.i18n.formats import FORMATS

    name, _, arg = kind.partition(".")
    return FORMATS[name](catalogue(lang or _current), value, arg)


def has(code: str, lang: str | None = None) -> bool:
    return catalogue(lang or _current).get(code) is not None


def render(code: str, params: Mapping[str, Any], lang: str | None = None) -> str:
    lang = lang or _current
    for attempt in (lang, DEFAULT_LANGUAGE):
        out = _render(catalogue(attempt), code, params)
        if out is not None:
            return out
    shown = ", ".join(f"{k}={v}" for k, v in params.items())
    return f"{code} ({shown})" if shown else code


def _render(cat: Catalogue, code: str, params: Mapping[str, Any]) -> str | None:
    for key in variants(code, params):
        template = cat.get(key)
        if template is None:
            continue
        try:
            return cat.format(template, params)
        except (KeyError, IndexError, ValueError, TypeError, AttributeError):
            return None
    return None


__all__ = [
    "LANGUAGES",
    "Msg",
    "has",
    "is_chinese",
    "fmt",
    "label",
    "language",
    "language_from_environment",
    "normalise",
    "render",
    "set_language",
    "t",
    "text",
]
