"""A batch action of the services on the ledger worker, and one report of how it went.

The services decide many items at once (`services.batch`): each item its own transaction (so one
refusal, e.g. the budget running out at the seventh, does not undo the six before it), each
refusal kept with its reason. Here the GUI runs such an action with a progress dialog and tells
the user what was done and what was refused, with each refusal's reason, in one message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from dealer_app import i18n
from dealer_app.domain.errors import DealerError
from dealer_app.services.batch import Outcome
from dealer_app.services.context import Context
from dealer_app.ui.tasks import Progress, run_op_with_progress, show_error, task_manager

_C = "Batch"
MAX_LINES = 10

__all__ = ["Outcome", "report", "run_batch"]


def run_batch(
    parent: QWidget,
    action: Callable[[Context, Progress], Outcome],
    on_done: Callable[[Outcome], None],
    *,
    title: str,
    label: str,
) -> int:
    """`action(ctx, progress)` (a service's batch action) on the worker with a progress dialog;
    Cancel stops before the next item (what was done stays done: the outcome counts the rest).
    Any exception other than a refusal is a bug and ends the run through the task manager's
    internal-error path."""
    return run_op_with_progress(parent, action, on_done, title=title, label=label)


def report(
    parent: QWidget,
    outcome: Outcome,
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
        why = outcome.refused[0][1]
        show_error(parent, DealerError(why.code, **why.params))
        return None
    tr = QCoreApplication.translate
    lines = [f"{describe(item)}: {i18n.text(why)}" for item, why in outcome.refused]
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


def by_id(items: Sequence[Any]) -> dict[int, Any]:
    """Items (subsidies, closures) by their id, to describe an outcome kept by id."""
    return {item.id: item for item in items}
