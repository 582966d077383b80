"""One language's sentences, read once from `resources/messages/<lang>.toml`, and the
formatter that fills a template's typed parameters in that language."""

from __future__ import annotations

import string
import tomllib
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import PurePath
from typing import Any

from dealer_app.domain.messages import Msg
from dealer_app.paths import resource_path


def variants(code: str, params: Mapping[str, Any]) -> Iterator[str]:
    """The keys to try for `code`: "code|param=value" for each plain parameter, then "code"."""
    for name, value in params.items():
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            yield f"{code}|{name}={value}"
    yield code


def flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """TOML tables as dotted keys: [word.role] admin = ... -> "word.role.admin"."""
    out: dict[str, str] = {}
    for key, value in table.items():
        full = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, full + "."))
        else:
            out[full] = str(value)
    return out


def catalogue_file(lang: str) -> PurePath:
    return resource_path("messages", f"{lang}.toml")


@cache
def catalogue(lang: str) -> Catalogue:
    path = catalogue_file(lang)
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        data = {}
    return Catalogue(lang, flatten(data))


class Catalogue:
    def __init__(self, lang: str, templates: dict[str, str]) -> None:
        self.lang = lang
        self.templates = templates
        self._formatter = _Formatter(self)

    def get(self, key: str) -> str | None:
        return self.templates.get(key)

    def keys(self) -> set[str]:
        return set(self.templates)

    def format(self, template: str, params: Mapping[str, Any]) -> str:
        return self._formatter.vformat(template, (), params)

    # -- pieces the typed formats use ------------------------------------------------------------
    def word(self, kind: str, value: Any) -> str:
        found = self.templates.get(f"word.{kind}.{value}")
        return found if found is not None else str(value)

    def sep(self, name: str) -> str:
        return self.templates.get(f"sep.{name}", ", ")

    def nested(self, value: Any) -> str:
        from dealer_app.i18n import render, text

        if isinstance(value, Msg):
            return render(value.code, value.params, self.lang)
        if isinstance(value, Mapping) and isinstance(value.get("code"), str):
            found = Msg.from_json(value)
            return render(found.code, found.params, self.lang)
        return text(value, self.lang)


class _Formatter(string.Formatter):
    """`{name:type}`: the type names how the value is shown (dealer_app.i18n.formats)."""

    def __init__(self, cat: Catalogue) -> None:
        self.cat = cat

    def format_field(self, value: Any, format_spec: str) -> str:
        from dealer_app.i18n.formats import FORMATS

        if not format_spec:
            return self.cat.nested(value) if isinstance(value, Msg) else str(value)
        kind, _, arg = format_spec.partition(".")
        fn = FORMATS.get(kind)
        if fn is None:
            return format(value, format_spec)
        return fn(self.cat, value, arg)
