"""Work off the GUI thread: ONE ledger worker thread, and `run_op` to use it.

The ledger's sqlite connection is created, used and closed on the worker thread only (sqlite3
refuses a connection used from another thread, and we want it so). The worker also holds the
signed-in `Context`. A slot on the GUI thread gathers input, calls `run_op`, and shows the result
in `on_success`, which runs back on the GUI thread (Anki's `CollectionOp`/`QueryOp`, one task
manager for the collection).

    run_op(self, lambda ctx: stores.store_ids(ctx, f), self._show_ids)

Be careful not to touch any widget in `fn`: it runs on the worker. Read the values you need
from widgets *before* calling `run_op` and capture them in the lambda.

Errors: a `DealerError` (a mistake the user can fix) is shown in a message box with its message,
unless `on_failure` is given, which then gets it instead (to show it inline). Any other exception
is a bug: it is logged with its traceback and the user sees a short "internal error" message
naming the log file; `on_failure` is still called afterwards so the caller can re-enable its
widgets. The user never sees a traceback.

Writes: the services say what an op changed (every write is audited, and each audit entry
names it: `dealer_app.services.changes`); after the op the task manager emits
`ledger_changed(frozenset_of_topics)` once, and every screen refreshes what concerns it. No
caller lists what it changed.

Long work: `run_op_with_progress` gives `fn(ctx, progress)` a `progress(done, total)` callable and
shows a QProgressDialog. Cancel makes the next `progress()` call raise `Cancelled`; services run
in one transaction, so a cancelled op leaves the ledger exactly as it was.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from dealer_app.domain.errors import DealerError
from dealer_app.services import changes
from dealer_app.services.batch import Cancelled
from dealer_app.services.session import NotSignedIn, Session

if TYPE_CHECKING:  # not imported at start-up: the context is first needed after sign-in
    from dealer_app.services.context import Context

__all__ = [
    "Cancelled",
    "NotSignedIn",
    "Progress",
    "Topic",
    "run_op",
    "run_op_with_progress",
    "run_session_op",
    "show_error",
    "show_internal_error",
    "task_manager",
]

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Topic:
    """What an op changed; screens declare the topics that concern them. The services say what
    each op changed (`dealer_app.services.changes`); these are the same names."""

    STORES = changes.STORES
    PERFORMANCE = changes.PERFORMANCE
    SUBSIDIES = changes.SUBSIDIES
    CLOSURES = changes.CLOSURES
    POLICIES = changes.POLICIES
    USERS = changes.USERS
    SETTINGS = changes.SETTINGS
    LETTERS = changes.LETTERS
    PAYMENTS = changes.PAYMENTS
    AUDIT = changes.AUDIT
    ALL = changes.ALL


# ---------------------------------------------------------------------------------------------
@dataclass(eq=False)
class _Job:
    id: int
    fn: Callable[..., Any]
    kind: str  # "ctx", "progress", "session" or "session_progress"
    parent: QObject | None
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    cancel: threading.Event = field(default_factory=threading.Event)
    dialog: QProgressDialog | None = None
    last_emit: float = 0.0


class _Worker(QObject):
    """Lives on the worker thread; runs jobs one after the other."""

    finished = Signal(object, object, object, object)  # job, result, exception or None, topics
    progressed = Signal(object, int, int)  # job, done, total
    damaged = Signal(object)  # LedgerUnusable, emitted from the background check's thread

    def __init__(self) -> None:
        super().__init__()
        self.session = Session(on_damaged=self.damaged.emit)
        self.session.offline_copies = True  # a desktop keeps a copy for when the server is away

    @Slot(object)
    def run(self, job: _Job) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            if job.kind == "session":
                result = job.fn(self.session)
            elif job.kind == "session_progress":
                result = job.fn(self.session, self._progress_for(job))
            elif job.kind == "progress":
                result = job.fn(self.session.require_ctx(), self._progress_for(job))
            else:
                result = job.fn(self.session.require_ctx())
        except Cancelled as exc:
            error = exc
        except DealerError as exc:
            error = exc
        except BaseException as exc:  # noqa: BLE001 - a bug: log it, tell the user plainly
            error = self.session.damage_in(exc)
            if error is None:
                logger.exception("internal error in a ledger operation")
                error = exc
            else:
                logger.error("reading the ledger found damage: %s", exc)
        if error is not None:
            error.__traceback__ = None  # frames hold worker-thread objects; drop them here
        # What the op wrote, as its audit entries say (also after a failure: a batch may have
        # committed some items before it stopped; a refresh too many is harmless).
        ctx = self.session.ctx
        topics = ctx.changes.take().topics if ctx is not None else frozenset()
        self.finished.emit(job, result, error, topics)

    def _progress_for(self, job: _Job) -> Progress:
        def progress(done: int, total: int) -> None:
            if job.cancel.is_set():
                raise Cancelled()
            now = time.monotonic()
            if done >= total or now - job.last_emit > 0.05:
                job.last_emit = now
                self.progressed.emit(job, int(done), int(total))

        return progress

    @Slot()
    def shutdown(self) -> None:
        self.session.close()


class TaskManager(QObject):
    """Owns the ledger worker thread. One per application; `task_manager()` returns it.

    Signals (all on the GUI thread):
      ledger_changed(frozenset[str])  after every op that wrote something (what it changed)
      busy_changed(bool)              some op is running / all done
      notice(str)                     a short status-bar message (e.g. "Cancelled")
    """

    ledger_changed = Signal(object)
    ledger_damaged = Signal(object)  # LedgerUnusable: an open ledger failed its integrity check
    busy_changed = Signal(bool)
    notice = Signal(str)
    _submit = Signal(object)
    _shutdown = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._running: dict[int, _Job] = {}
        self._thread = QThread()
        self._thread.setObjectName("ledger-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        # Queued, as the two ends live on different threads (Qt decides when a signal is
        # emitted: `submit` runs on the GUI thread only, the worker emits from its own). No
        # `Qt.ConnectionType` here: the first use of the Qt namespace builds all its enums
        # (about 10 ms), which delayed the ledger's check at start-up; the blocking connection
        # that `shutdown` needs is made there.
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._worker.progressed.connect(self._on_progress)
        self._worker.damaged.connect(self.ledger_damaged)  # queued: emitted off the GUI thread
        self._thread.start()
        global _current
        _current = self

    # -- public API ---------------------------------------------------------------------------
    @property
    def idle(self) -> bool:
        return not self._running

    def submit(
        self,
        kind: str,
        parent: QObject | None,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        title: str = "",
        label: str = "",
    ) -> int:
        job = _Job(next(self._ids), fn, kind, parent, on_success, on_failure)
        if kind in ("progress", "session_progress"):
            job.dialog = self._progress_dialog(job, parent, title, label)
        was_idle = self.idle
        self._running[job.id] = job
        if was_idle:
            self.busy_changed.emit(True)
        self._submit.emit(job)
        return job.id

    def shutdown(self) -> None:
        """Close the ledger on its own thread and stop the thread. Long ops are cancelled (their
        transactions roll back); the op running now and the queued short ones finish first."""
        if not self._thread.isRunning():
            return
        for job in self._running.values():
            job.cancel.set()
        self._shutdown.connect(
            self._worker.shutdown, QtCore.Qt.ConnectionType.BlockingQueuedConnection
        )
        self._shutdown.emit()
        self._thread.quit()
        self._thread.wait()
        global _current
        if _current is self:
            _current = None

    # -- GUI-thread side ----------------------------------------------------------------------
    def _progress_dialog(
        self, job: _Job, parent: QObject | None, title: str, label: str
    ) -> QProgressDialog:
        widget = parent if isinstance(parent, QWidget) else None
        dialog = QProgressDialog(
            label or QCoreApplication.translate("Tasks", "Working…"),
            QCoreApplication.translate("Tasks", "Cancel"),
            0,
            0,
            widget,
        )
        dialog.setWindowTitle(title or QCoreApplication.translate("Tasks", "Dealer Desk"))
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)

        def on_cancel() -> None:
            job.cancel.set()
            self.notice.emit(QCoreApplication.translate("Tasks", "Cancelling…"))

        dialog.canceled.connect(on_cancel)
        return dialog

    @Slot(object, int, int)
    def _on_progress(self, job: _Job, done: int, total: int) -> None:
        dialog = job.dialog
        if dialog is None or not shiboken6.isValid(dialog) or job.cancel.is_set():
            return
        if dialog.maximum() != total:
            dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total))

    @Slot(object, object, object, object)
    def _on_finished(
        self, job: _Job, result: Any, error: BaseException | None, topics: frozenset[str]
    ) -> None:
        self._running.pop(job.id, None)
        if job.dialog is not None and shiboken6.isValid(job.dialog):
            job.dialog.reset()
            job.dialog.hide()
            job.dialog.deleteLater()
        if topics:
            # Emitted even when the widget that asked is gone: the ledger did change.
            self.ledger_changed.emit(topics)
        try:
            self._deliver(job, result, error)
        finally:
            if self.idle:
                self.busy_changed.emit(False)

    def _deliver(self, job: _Job, result: Any, error: BaseException | None) -> None:
        if job.parent is not None and not shiboken6.isValid(job.parent):
            return  # the widget that asked was closed meanwhile; nothing to show
        parent = job.parent if isinstance(job.parent, QWidget) else None
        if error is None:
            if job.on_success is not None:
                job.on_success(result)
            return
        if isinstance(error, Cancelled):
            self.notice.emit(QCoreApplication.translate("Tasks", "Cancelled; nothing was changed."))
            if job.on_failure is not None:
                job.on_failure(error)
            return
        if isinstance(error, DealerError):
            if job.on_failure is not None:
                job.on_failure(error)
            else:
                show_error(parent, error)
            return
        show_internal_error(parent)
        if job.on_failure is not None:
            job.on_failure(error)


_current: TaskManager | None = None


def task_manager() -> TaskManager:
    if _current is None:
        raise RuntimeError("no TaskManager: create one (ui.app does) before running ops")
    return _current


# ---------------------------------------------------------------------------------------------
def run_op(
    parent: QObject | None,
    fn: Callable[[Context], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> int:
    """Run `fn(ctx)` on the ledger worker; `on_success(result)` runs on the GUI thread.

    Callbacks are dropped if `parent` was deleted meanwhile. Returns a job id.
    """
    return task_manager().submit("ctx", parent, fn, on_success, on_failure)


def run_op_with_progress(
    parent: QObject | None,
    fn: Callable[[Context, Progress], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    *,
    title: str = "",
    label: str = "",
) -> int:
    """Like `run_op`, for long work: `fn(ctx, progress)`; a cancellable progress dialog shows.

    After Cancel, `on_failure` (if given) receives `Cancelled`; nothing was written (a batch
    action keeps what it finished and says how many it did not try instead: services.batch).
    """
    return task_manager().submit("progress", parent, fn, on_success, on_failure, title, label)


def run_session_op(
    parent: QObject | None,
    fn: Callable[..., Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    *,
    progress_title: str | None = None,
    label: str = "",
) -> int:
    """Run `fn(session)` on the worker: opening, creating, signing in, closing ledgers.

    With `progress_title`, `fn(session, progress)` and a progress dialog, as in
    `run_op_with_progress`."""
    if progress_title is not None:
        return task_manager().submit(
            "session_progress", parent, fn, on_success, on_failure, progress_title, label
        )
    return task_manager().submit("session", parent, fn, on_success, on_failure)


# ---------------------------------------------------------------------------------------------
def show_error(parent: QWidget | None, error: DealerError) -> None:
    """A DealerError as a message box: its message in plain words, long lists in Details."""
    from dealer_app import i18n

    text = i18n.text(error)
    lines = text.splitlines()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Tasks", "Dealer Desk"))
    if len(lines) > 12:
        box.setText("\n".join(lines[:10]) + "\n…")
        box.setDetailedText(text)
    else:
        box.setText(text)
    box.setObjectName("errorBox")
    _open_box(box)


def show_internal_error(parent: QWidget | None) -> None:
    from dealer_app.logging_setup import log_file

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Tasks", "Dealer Desk"))
    box.setText(
        QCoreApplication.translate(
            "Tasks",
            "An internal error occurred and the action was not completed; nothing half-done "
            "was kept. The details are in the log file:\n{path}",
        ).format(path=log_file())
    )
    box.setObjectName("internalErrorBox")
    _open_box(box)


_orphan_boxes: set[QMessageBox] = set()


def _open_box(box: QMessageBox) -> None:
    """Show a message box without a nested event loop (`open`, not `exec`): results of other
    ops keep arriving, and tests can find and close it."""
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    if box.parent() is None:
        _orphan_boxes.add(box)  # keep the Python wrapper alive until it is closed
        box.finished.connect(lambda _r, b=box: _orphan_boxes.discard(b))
    box.open()
