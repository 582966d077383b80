"""A sentence as data: a stable code and its typed parameters, never prose.

Refusals, errors, eligibility and closure reasons, import problems, audit findings and reports
travel through the layers (and into the ledger) as a `Msg`. Only the faces turn one into a
sentence, through the one catalogue in `dealer_app.i18n`, in the user's language.

Parameters are plain JSON values (str, int, bool, None, lists, dicts) or nested `Msg`s: a
reason inside a refusal, the problem inside a field error. The catalogue's template for the
code says how each parameter is shown (`{amount:num}`, `{region:region}`, `{reason:msg}` ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Msg:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        """The English sentence (for logs, scripts and tests); faces use `dealer_app.i18n`."""
        from dealer_app.i18n import text  # the catalogue is read on first use only

        return text(self, "en")

    def as_json(self) -> dict[str, Any]:
        """A JSON value of this message (nested messages included), as the ledger stores it."""
        return {"code": self.code, "params": to_json(self.params)}

    @classmethod
    def from_json(cls, value: Any) -> Msg:
        """The message `as_json` made; a plain string (a ledger written before messages were
        data) becomes the `text.verbatim` message that shows it as it is."""
        if isinstance(value, Mapping) and isinstance(value.get("code"), str):
            return cls(value["code"], from_json(value.get("params") or {}))
        return cls("text.verbatim", {"text": "" if value is None else str(value)})


def msg(code: str, /, **params: Any) -> Msg:
    return Msg(code, params)


def to_json(value: Any) -> Any:
    if isinstance(value, Msg):
        return value.as_json()
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_json(v) for v in value]
    return value


def from_json(value: Any) -> Any:
    if isinstance(value, Mapping):
        if isinstance(value.get("code"), str) and set(value) <= {"code", "params"}:
            return Msg.from_json(value)
        return {k: from_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [from_json(v) for v in value]
    return value
