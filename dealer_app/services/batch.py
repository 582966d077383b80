"""Many items, one decision each: the batch actions of the GUI and the command line.

`each` runs a service action for every item, each in its own transaction (or a bounded chunk of
them), so that one refusal (the budget running out at the seventh approval, say) does not undo
the others and no colleague waits on the ledger for more than one chunk. Refusals are kept per
item as messages; `progress(done, total)` reports as it goes and may raise `Cancelled`, which
stops before the next chunk: what was done stays done, and the outcome says how many were not
tried.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from dealer_app.domain.errors import DealerError
from dealer_app.domain.messages import Msg

if TYPE_CHECKING:  # the desktop application imports this module at start: keep it light
    from dealer_app.services.context import Context

T = TypeVar("T")
Progress = Callable[[int, int], None]


class Cancelled(Exception):  # noqa: N818 - it is what the user did, not an error
    """Raised by a `progress` callable when the user asked to stop."""


@dataclass
class Outcome(Generic[T]):
    done: list[tuple[T, Any]] = field(default_factory=list)  # (item, the action's result)
    refused: list[tuple[T, Msg]] = field(default_factory=list)  # (item, why)
    not_tried: int = 0  # items left when the run was cancelled

    @property
    def total(self) -> int:
        return len(self.done) + len(self.refused) + self.not_tried

    def as_json(self, key: Callable[[T], Any] = lambda item: item) -> dict[str, Any]:
        return {
            "done": [key(item) for item, _ in self.done],
            "refused": [{"item": key(item), **why.as_json()} for item, why in self.refused],
            "not_tried": self.not_tried,
        }


def each(
    ctx: Context,
    items: Sequence[T],
    action: Callable[[Context, T], Any],
    progress: Progress | None = None,
    *,
    chunk: int = 1,
) -> Outcome[T]:
    """`action(ctx, item)` for every item; a `DealerError` refuses that item only.

    With `chunk` > 1 that many items share one transaction (each in a savepoint of its own):
    fewer commits for long runs of cheap actions, still a bounded time holding the ledger.
    """
    out: Outcome[T] = Outcome()
    items = list(items)
    total = len(items)
    i = 0
    while i < total:
        if progress is not None:
            try:
                progress(i, total)
            except Cancelled:
                out.not_tried = total - i
                return out
        part = items[i : i + max(chunk, 1)]
        if chunk > 1:
            with ctx.ledger.atomic():
                for item in part:
                    _one(ctx, item, action, out, nested=True)
        else:
            _one(ctx, part[0], action, out, nested=False)
        i += len(part)
    if progress is not None and total:
        progress(total, total)
    return out


def _one(
    ctx: Context, item: T, action: Callable[[Context, T], Any], out: Outcome[T], *, nested: bool
) -> None:
    try:
        if nested:
            with ctx.ledger.atomic():  # a savepoint: a refusal undoes this item only
                result = action(ctx, item)
        else:
            result = action(ctx, item)
    except DealerError as exc:
        out.refused.append((item, exc.msg))
    else:
        out.done.append((item, result))
