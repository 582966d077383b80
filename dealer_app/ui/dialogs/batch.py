"""One service call per item on the ledger worker, refusals collected, one report at the end.

Approving ten subsidies is ten decisions: each is its own transaction in the service (so one
refusal, e.g. the budget running out at the seventh, does not undo the six before it), and the
user sees what was done and what was refused, with each refusal's reason, in one message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from dealer_app.domain.errors import DealerError
from dealer_app.services.context import Context
from dealer_app.ui.errors import error_text
from dealer_app.ui.tasks import Cancelled, run_op_with_progress, show_error, task_manager

_C = "Batch"
MAX_LINES = 10


@dataclass
class BatchOutcome:
    done: list[tuple[Any, Any]] = field(default_factory=list)  # (item, the service's result)
    refused: list[tuple[Any, DealerError]] = field(default_factory=list)
    not_tried: int = 0  # items left when the user pressed Cancel

    @property
    def total(self) -> int:
        return len(self.done) + len(self.refused) + self.not_tried


def run_each(
    parent: QWidget,
    items: Sequence[Any],
    fn: Callable[[Context, Any], Any],
    on_done: Callable[[BatchOutcome], None],
    *,
    title: str,
    label: str,
    changes: set[str],
) -> int:
    """`fn(ctx, item)` for each item on the worker; a DealerError refuses that item only.

    A progress dialog shows for long runs; Cancel stops before the next item (the items already
    done stay done: each was its own transaction). Any other exception is a bug and ends the run
    through the task manager's internal-error path."""
    items = list(items)

    def work(ctx: Context, progress: Callable[[int, int], None]) -> BatchOutcome:
        out = BatchOutcome()
        total = len(items)
        for i, item in enumerate(items):
            try:
                progress(i, total)
            except Cancelled:
                out.not_tried = total - i
                break
            try:
                out.done.append((item, fn(ctx, item)))
            except DealerError as exc:
                exc.__traceback__ = None  # frames hold worker-thread objects
                out.refused.append((item, exc))
        return out

    return run_op_with_progress(parent, work, on_done, title=title, label=label, changes=changes)


def report(
    parent: QWidget,
    outcome: BatchOutcome,
    *,
    title: str,
    done_text: str,
    describe: Callable[[Any], str],
    object_name: str = "batchResult",
) -> QMessageBox | None:
    """Tell the user how a batch went.

    All done: a status-bar notice (`done_text`, which may use {n}). One item refused: the
    service's message, as any refusal is shown. Otherwise a message box with the count done,
    each refusal with its reason, and how many were not tried after Cancel."""
    n_done = len(outcome.done)
    if not outcome.refused and not outcome.not_tried:
        task_manager().notice.emit(done_text.format(n=n_done))
        return None
    if outcome.total == 1 and outcome.refused:
        show_error(parent, outcome.refused[0][1])
        return None
    tr = QCoreApplication.translate
    lines = [f"{describe(item)}: {error_text(exc)}" for item, exc in outcome.refused]
    text = done_text.format(n=n_done)
    if outcome.refused:
        text += "\n" + tr(_C, "Refused: {n}.").format(n=len(outcome.refused))
        text += "\n\n" + "\n".join(lines[:MAX_LINES])
        if len(lines) > MAX_LINES:
            text += "\n" + tr(_C, "… and {n} more (see Details).").format(n=len(lines) - MAX_LINES)
    if outcome.not_tried:
        text += "\n\n" + tr(_C, "Stopped: {n} were not tried.").format(n=outcome.not_tried)
    box = QMessageBox(parent)
    box.setObjectName(object_name)
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setText(text)
    if len(lines) > MAX_LINES:
        box.setDetailedText("\n".join(lines))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
