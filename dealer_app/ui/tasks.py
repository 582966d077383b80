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

Writes: pass `changes={Topic.STORES, ...}` for an op that writes; after it succeeds the task
manager emits `ledger_changed(frozenset_of_topics)` once, and every screen refreshes what
concerns it.

Long work: `run_op_with_progress` gives `fn(ctx, progress)` a `progress(done, total)` callable and
shows a QProgressDialog. Cancel makes the next `progress()` call raise `Cancelled`; services run
in one transaction, so a cancelled op leaves the ledger exactly as it was.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from dealer_app.domain.errors import DealerError
from dealer_app.paths import same_file
from dealer_app.storage.db import Ledger

if TYPE_CHECKING:  # not imported at start-up: the models are first needed after sign-in
    from dealer_app.domain.models import User
    from dealer_app.services.context import Context

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Cancelled(Exception):  # noqa: N818 - it is what the user did, not an error
    """Raised inside an op by `progress()` after the user pressed Cancel."""


class NotSignedIn(DealerError):
    def __init__(self) -> None:
        super().__init__("ui.not_signed_in", "Sign in first: no ledger is open.")


class Topic:
    """What an op changed; screens declare the topics that concern them."""

    STORES = "stores"
    PERFORMANCE = "performance"
    SUBSIDIES = "subsidies"
    CLOSURES = "closures"
    POLICIES = "policies"
    USERS = "users"
    SETTINGS = "settings"
    LETTERS = "letters"
    AUDIT = "audit"  # added to every write automatically: every write is audited
    ALL = frozenset(
        {STORES, PERFORMANCE, SUBSIDIES, CLOSURES, POLICIES, USERS, SETTINGS, LETTERS, AUDIT}
    )


# ---------------------------------------------------------------------------------------------
# worker-side state
class LedgerSession:
    """The worker thread's state: the open ledger and the signed-in context.

    Lives on the worker; only session ops (`run_session_op`) and the task manager touch it.
    Opening a ledger puts it in `pending` until someone signs in to it, so a cancelled sign-in
    to another ledger leaves the current one working.
    """

    def __init__(self, on_damaged: Callable[[DealerError], None] | None = None) -> None:
        self.ledger: Ledger | None = None
        self.ctx: Context | None = None
        self.pending: Ledger | None = None
        #: Called (from a background thread) when a ledger fails the integrity check that
        #: runs after opening; the task manager passes it on to the GUI thread.
        self.on_damaged = on_damaged
        self._background: list[threading.Thread] = []

    def require_ctx(self) -> Context:
        if self.ctx is None:
            raise NotSignedIn()
        return self.ctx

    def open(self, path: Path) -> Path:
        """Open (and migrate) the ledger at `path` as the pending one.

        Its full integrity check runs in the background from here on (it reads the whole file:
        a quarter of a second at 100,000 stores, seconds from a cold disk), while the user
        signs in and looks around; every write waits for it and is refused if it fails, and a
        failure is reported through `on_damaged` (the application then closes the ledger)."""
        from dealer_app.storage.db import open_ledger

        self.discard_pending()
        ledger = open_ledger(Path(path), check_later=True)
        self.pending = ledger
        if ledger.integrity is not None:
            self._in_background("ledger-check", self._check, ledger)
        return ledger.path

    def _check(self, ledger: Ledger) -> None:
        """Background thread: the integrity check put off when `ledger` was opened."""
        from dealer_app.domain.errors import LedgerUnusable

        check = ledger.integrity
        if check is None:
            return
        try:
            ledger.require_sound()
        except LedgerUnusable as exc:
            if not check.cancelled and self.on_damaged is not None:
                self.on_damaged(exc)

    def _in_background(self, name: str, fn: Callable[..., None], *args: Any) -> None:
        self._background = [t for t in self._background if t.is_alive()]
        thread = threading.Thread(target=fn, args=args, name=name, daemon=True)
        self._background.append(thread)
        thread.start()

    def create(
        self, path: Path, password: str, demo: bool = False, progress: Progress | None = None
    ) -> Path:
        """Create a new ledger (optionally the demo network) and keep it pending."""
        from dealer_app.services.setup import init_ledger

        self.discard_pending()
        ledger = init_ledger(Path(path), password)
        try:
            if demo:
                from dealer_app.services.demo import build_demo

                build_demo(ledger, password, progress)
        except BaseException:
            ledger.close()
            Path(path).unlink(missing_ok=True)
            raise
        self.pending = ledger
        return ledger.path

    def sign_in(self, name: str, password: str) -> User:
        """Sign in to the pending ledger (else the current one); the pending one becomes current."""
        from dealer_app.services.users import sign_in

        ledger = self.pending or self.ledger
        if ledger is None:
            raise NotSignedIn()
        if ledger.integrity is not None and (ledger.integrity.done or self.ledger is not None):
            # Failed already: no sign-in to it. Or another ledger is open and would be closed
            # by this sign-in: wait for the check, so that a damaged file never takes the
            # place of the one the user is working in.
            ledger.require_sound()
        ctx = sign_in(ledger, name, password)
        if self.pending is not None:
            if self.ledger is not None and self.ledger is not self.pending:
                self.ledger.close()
            self.ledger, self.pending = self.pending, None
        self.ctx = ctx
        # The day's automatic copy, in the background (after the integrity check): the main
        # window does not wait for it.
        self._in_background("ledger-daily-copy", self._daily_copy, ledger, ctx.today())
        return copy.copy(ctx.user)

    @staticmethod
    def _daily_copy(ledger: Ledger, today: dt.date) -> None:
        from dealer_app.services.backup import auto_backup

        try:
            auto_backup(ledger, today)
        except Exception:  # noqa: BLE001 - a failed automatic copy must not stop the user's work
            logger.exception("automatic backup failed")

    def forget(self, path: Path) -> None:
        """Close the ledger at `path`, pending or signed in to (it failed its check)."""
        if self.pending is not None and same_file(self.pending.path, path):
            self.discard_pending()
        if self.ledger is not None and same_file(self.ledger.path, path):
            self.ledger.close()
            self.ledger = None
            self.ctx = None

    def damage_in(self, exc: BaseException) -> DealerError | None:
        """`exc` as "the ledger is damaged" when SQLite found damage while reading it."""
        ledger = self.ledger or self.pending
        return ledger.as_damage(exc) if ledger is not None else None

    def wait_for_background(self) -> None:
        """Let the background work finish (the day's copy is not cut off half-way)."""
        for thread in self._background:
            thread.join()
        self._background = []

    def discard_pending(self) -> None:
        if self.pending is not None and self.pending is not self.ledger:
            self.pending.close()
        self.pending = None

    def close(self) -> None:
        self.discard_pending()
        if self.ledger is not None:
            self.ledger.close()  # (interrupts a check still running)
        self.ledger = None
        self.ctx = None
        self.wait_for_background()


# ---------------------------------------------------------------------------------------------
@dataclass(eq=False)
class _Job:
    id: int
    fn: Callable[..., Any]
    kind: str  # "ctx", "progress", "session" or "session_progress"
    parent: QObject | None
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    changes: frozenset[str]
    cancel: threading.Event = field(default_factory=threading.Event)
    dialog: QProgressDialog | None = None
    last_emit: float = 0.0


class _Worker(QObject):
    """Lives on the worker thread; runs jobs one after the other."""

    finished = Signal(object, object, object)  # job, result, exception or None
    progressed = Signal(object, int, int)  # job, done, total
    damaged = Signal(object)  # LedgerUnusable, emitted from the background check's thread

    def __init__(self) -> None:
        super().__init__()
        self.session = LedgerSession(on_damaged=self.damaged.emit)

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
        self.finished.emit(job, result, error)

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
      ledger_changed(frozenset[str])  after every successful op that declared `changes`
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
        changes: Iterable[str] = (),
        title: str = "",
        label: str = "",
    ) -> int:
        changes = frozenset(changes)
        if changes:
            changes = changes | {Topic.AUDIT}
        job = _Job(next(self._ids), fn, kind, parent, on_success, on_failure, changes)
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

    @Slot(object, object, object)
    def _on_finished(self, job: _Job, result: Any, error: BaseException | None) -> None:
        self._running.pop(job.id, None)
        if job.dialog is not None and shiboken6.isValid(job.dialog):
            job.dialog.reset()
            job.dialog.hide()
            job.dialog.deleteLater()
        try:
            self._deliver(job, result, error)
        finally:
            if self.idle:
                self.busy_changed.emit(False)

    def _deliver(self, job: _Job, result: Any, error: BaseException | None) -> None:
        if error is None and job.changes:
            # Emitted even when the widget that asked is gone: the ledger did change.
            self.ledger_changed.emit(job.changes)
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
    *,
    changes: Iterable[str] = (),
) -> int:
    """Run `fn(ctx)` on the ledger worker; `on_success(result)` runs on the GUI thread.

    Callbacks are dropped if `parent` was deleted meanwhile. Returns a job id.
    """
    return task_manager().submit("ctx", parent, fn, on_success, on_failure, changes)


def run_op_with_progress(
    parent: QObject | None,
    fn: Callable[[Context, Progress], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    *,
    title: str = "",
    label: str = "",
    changes: Iterable[str] = (),
) -> int:
    """Like `run_op`, for long work: `fn(ctx, progress)`; a cancellable progress dialog shows.

    After Cancel, `on_failure` (if given) receives `Cancelled`; nothing was written.
    """
    return task_manager().submit(
        "progress", parent, fn, on_success, on_failure, changes, title, label
    )


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
            "session_progress", parent, fn, on_success, on_failure, (), progress_title, label
        )
    return task_manager().submit("session", parent, fn, on_success, on_failure)


# ---------------------------------------------------------------------------------------------
def show_error(parent: QWidget | None, error: DealerError) -> None:
    """A DealerError as a message box: its message in plain words, long lists in Details."""
    from dealer_app.ui.errors import error_text

    text = error_text(error)
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
