"""Drives the desktop application offscreen for the GUI cases; bench/gui.py runs it, one process
per measurement, and reads one JSON line from stdout.

    python bench/gui_driver.py screen LEDGER      stores screen open + first paint, peak RSS
    python bench/gui_driver.py search LEDGER      one search keystroke, several terms
    python bench/gui_driver.py start-idle LEDGER  app start to its first window (sign-in), and
                                                  the event loop's longest stall after it
    python bench/gui_driver.py start LEDGER       app start, signed in at once, to the main window
    python bench/gui_driver.py bare-start         a bare PySide6 window start

The application is driven through what a user does (sidebar click, typing, Enter) and the
sign-in dialog is filled in by the driver at once; every wait is on the event loop (no busy
polling that would take a core from the ledger worker). "First paint" is the first paint of
the table's viewport once every row it shows has its data in the model.
"""

from __future__ import annotations

import time

PROCESS_T0 = time.time()  # before anything else is imported (start mode)

import json  # noqa: E402
import os  # noqa: E402
import sqlite3  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "bench-password-1"
USER = "bench_hq"
TIMEOUT_S = 120.0
STALL_WATCH_S = 1.0  # start-idle: how long the idle sign-in dialog's event loop is watched

#: The same columns the stores screen shows, for the bare baselines.
DISPLAY_SQL = (
    "SELECT s.code, s.name, p.name, s.region, s.city, s.store_type, s.established_on, s.status"
    " FROM stores s JOIN partners p ON p.id = s.partner_id"
)
SEARCH_WHERE = (
    " WHERE (s.code LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\'"
    " OR s.city LIKE ? ESCAPE '\\' OR s.province LIKE ? ESCAPE '\\')"
)
#: Search terms typed in turn (each an input-method commit, as a pinyin IME sends Chinese).
TERMS = ["武汉", "长沙", "成都", "杭州", "广州", "西安"]


def memory() -> dict[str, float]:
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmHWM", "VmRSS")):
            key, value = line.split(":", 1)
            out[key] = int(value.split()[0]) / 1024
    return out


def emit(result: dict) -> None:
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


# ------------------------------------------------------------------------------ helpers (Qt)


def qt():  # noqa: ANN201 - the Qt modules, imported once the mode is known
    from PySide6 import QtCore, QtGui, QtWidgets

    return QtCore, QtGui, QtWidgets


def wait_until(predicate: Callable[[], bool], what: str, poll_ms: int = 2) -> None:
    """Run the event loop until `predicate()` holds (checked every `poll_ms` by a timer)."""
    QtCore, _, _ = qt()
    if predicate():
        return
    loop = QtCore.QEventLoop()
    timer = QtCore.QTimer()
    timer.setInterval(poll_ms)
    deadline = time.perf_counter() + TIMEOUT_S

    def check() -> None:
        if predicate() or time.perf_counter() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not predicate():
        raise TimeoutError(f"timed out waiting for {what}")


class PaintProbe:
    """Notes when `widget` has finished a paint that happened while `ready()` was true."""

    def __init__(self, widget, ready: Callable[[], bool]) -> None:  # noqa: ANN001
        QtCore, _, _ = qt()

        class Filter(QtCore.QObject):
            def eventFilter(inner, obj, event):  # noqa: N802, N805, ANN001, ANN202
                if (
                    event.type() == QtCore.QEvent.Type.Paint
                    and self.done_at is None
                    and not self._armed
                    and ready()
                ):
                    self._armed = True
                    # Posted now, run once this paint has returned to the event loop.
                    QtCore.QTimer.singleShot(0, self._mark)
                return False

        self.done_at: float | None = None
        self._armed = False
        self._filter = Filter()
        self.widget = widget
        widget.installEventFilter(self._filter)

    def _mark(self) -> None:
        self.done_at = time.perf_counter()

    def close(self) -> None:
        self.widget.removeEventFilter(self._filter)


def visible_rows_ready(model, view) -> bool:  # noqa: ANN001
    """Every row the table shows on screen (from the top) has its data."""
    per_screen = view.viewport().height() // max(1, view.verticalHeader().defaultSectionSize())
    shown = min(len(model.ids), per_screen + 1)
    return shown > 0 and all(model.row_tuple(r) is not None for r in range(shown))


def signed_in_window(ledger: Path):  # noqa: ANN201 - (app, tasks, MainWindow)
    """Sign in through the ledger worker as the sign-in dialog does; show the main window."""
    from dealer_app.ui.app import create_application
    from dealer_app.ui.main_window import MainWindow
    from dealer_app.ui.session import load_session_info
    from dealer_app.ui.tasks import TaskManager, run_op, run_session_op

    app = create_application()
    tasks = TaskManager()
    out: dict = {}
    run_session_op(None, lambda s: (s.open(ledger), s.sign_in(USER, PASSWORD)))
    run_op(None, load_session_info, lambda info: out.setdefault("info", info))
    wait_until(lambda: "info" in out, "sign-in")
    window = MainWindow(out["info"])
    window.resize(1280, 800)
    window.show()
    settle(tasks)
    return app, tasks, window


def settle(tasks) -> None:  # noqa: ANN001
    """Wait until the worker is idle and stays idle (results may start page fetches)."""
    QtCore, _, _ = qt()
    for _ in range(3):
        wait_until(lambda: tasks.idle, "the ledger worker")
        loop = QtCore.QEventLoop()
        QtCore.QTimer.singleShot(30, loop.quit)
        loop.exec()
    wait_until(lambda: tasks.idle, "the ledger worker")


def bare_list_model(rows: list[tuple], headers: list[str]):  # noqa: ANN201
    QtCore, _, _ = qt()

    class ListModel(QtCore.QAbstractTableModel):
        def rowCount(self, parent=QtCore.QModelIndex()):  # noqa: N802, ANN001, ANN202, B008
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent=QtCore.QModelIndex()):  # noqa: N802, ANN001, ANN202, B008
            return 0 if parent.isValid() else len(headers)

        def data(self, index, role=QtCore.Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN202
            if role == QtCore.Qt.ItemDataRole.DisplayRole and index.isValid():
                value = rows[index.row()][index.column()]
                return "" if value is None else value
            return None

        def headerData(self, section, orientation, role=QtCore.Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN001, ANN202
            if (
                orientation == QtCore.Qt.Orientation.Horizontal
                and role == QtCore.Qt.ItemDataRole.DisplayRole
            ):
                return headers[section]
            return None

    return ListModel()


# ------------------------------------------------------------------------------------ modes


def mode_screen(ledger: Path) -> dict:
    """Ours: click Stores in the sidebar of a signed-in main window (built and idle before),
    until the table has painted its first rows. Bare: SELECT the same columns of every store,
    a QTableView over a list model of them, set into an already shown window, until painted."""
    QtCore, _, QtWidgets = qt()
    app, tasks, window = signed_in_window(ledger)
    # Warm the table painting code paths once for both sides: a small bare table.
    warm = QtWidgets.QMainWindow()
    warm.resize(1280, 800)
    warm.show()
    warm_view = QtWidgets.QTableView()
    warm_view.setModel(bare_list_model([("x",) * 8] * 50, ["h"] * 8))
    warm.setCentralWidget(warm_view)
    wait_until(lambda: warm_view.isVisible(), "warm-up")
    settle(tasks)

    screen = next(s for s in window.screens if s.key == "stores")
    model, view = screen.model, screen.table
    probe = PaintProbe(view.viewport(), lambda: visible_rows_ready(model, view))
    t0 = time.perf_counter()
    window.show_screen("stores")
    wait_until(lambda: probe.done_at is not None, "the stores table's first paint")
    ours = probe.done_at - t0
    probe.close()
    rows_shown = len(model.ids)

    # The session with every store loaded: scroll to the end and back, open the eligibility
    # screen (every store's verdict), then read the peak RSS.
    settle(tasks)
    view.scrollToBottom()
    settle(tasks)
    view.scrollToTop()
    settle(tasks)
    if any(s.key == "eligibility" for s in window.screens):
        window.show_screen("eligibility")
        settle(tasks)
        window.show_screen("stores")
        settle(tasks)
    mem = memory()

    # Bare: after ours, in a window of the same size that is already shown.
    conn = sqlite3.connect(ledger)
    bare = QtWidgets.QMainWindow()
    bare.resize(1280, 800)
    bare.show()
    wait_until(lambda: bare.isVisible(), "the bare window")
    app.processEvents()
    t0 = time.perf_counter()
    rows = conn.execute(DISPLAY_SQL + " ORDER BY s.code").fetchall()
    bare_view = QtWidgets.QTableView()
    bare_view.setModel(
        bare_list_model(
            rows, ["Code", "Store", "Partner", "Region", "City", "Type", "Opened", "Status"]
        )
    )
    bare_probe = PaintProbe(bare_view.viewport(), lambda: True)
    bare.setCentralWidget(bare_view)
    wait_until(lambda: bare_probe.done_at is not None, "the bare table's first paint")
    baseline = bare_probe.done_at - t0
    tasks.shutdown()
    return {
        "ours_s": ours,
        "baseline_s": baseline,
        "rows": rows_shown,
        "bare_rows": len(rows),
        "peak_rss_mb": round(mem.get("VmHWM", 0.0), 1),
        "rss_mb": round(mem.get("VmRSS", 0.0), 1),
    }


def commit_text(widget, text: str) -> None:  # noqa: ANN001
    """What a pinyin input method sends when the user picks a word: one commit."""
    QtCore, QtGui, _ = qt()
    event = QtGui.QInputMethodEvent("", [])
    event.setCommitString(text)
    QtCore.QCoreApplication.sendEvent(widget, event)


def mode_search(ledger: Path) -> dict:
    """Ours: with every store listed, the user commits a search word and presses Enter (which
    searches at once instead of after the field's 250 ms typing pause), until the table has
    painted the first matching rows. Bare: the same filter as one SQL query, rows fetched."""
    QtCore, _, _ = qt()
    from PySide6.QtTest import QTest

    app, tasks, window = signed_in_window(ledger)
    screen = window.show_screen("stores")
    settle(tasks)
    model, view, field = screen.model, screen.table, screen.search
    conn = sqlite3.connect(ledger)
    ours_runs, bare_runs, matches = [], [], []
    for term in TERMS:
        # back to the full list, settled, before each word
        field.setFocus()
        QTest.keyClick(field, QtCore.Qt.Key.Key_Escape)
        settle(tasks)
        before = model.ids
        probe = PaintProbe(
            view.viewport(),
            lambda before=before: model.ids is not before and visible_rows_ready(model, view),
        )
        t0 = time.perf_counter()
        commit_text(field, term)
        QTest.keyClick(field, QtCore.Qt.Key.Key_Return)
        wait_until(lambda probe=probe: probe.done_at is not None, f"results for {term}")
        ours_runs.append(probe.done_at - t0)
        probe.close()
        matches.append(len(model.ids))
        settle(tasks)

        like = f"%{term}%"
        t0 = time.perf_counter()
        rows = conn.execute(DISPLAY_SQL + SEARCH_WHERE + " ORDER BY s.code", [like] * 5).fetchall()
        bare_runs.append(time.perf_counter() - t0)
        if len(rows) != matches[-1]:
            raise RuntimeError(f"{term}: the screen shows {matches[-1]} stores, SQL {len(rows)}")
        app.processEvents()
    tasks.shutdown()
    return {"ours_runs": ours_runs, "baseline_runs": bare_runs, "matches": matches, "terms": TERMS}


class FirstPaints:
    """An application-wide filter: when did each top-level window first finish a paint?"""

    def __init__(self, app) -> None:  # noqa: ANN001
        QtCore, _, QtWidgets = qt()
        self.painted: dict[int, float] = {}  # id(top-level widget) -> time.time()

        class Filter(QtCore.QObject):
            def eventFilter(inner, obj, event):  # noqa: N802, N805, ANN001, ANN202
                if event.type() == QtCore.QEvent.Type.Paint and isinstance(obj, QtWidgets.QWidget):
                    top = obj.window()
                    key = id(top)
                    if key not in self.painted and key not in pending:
                        pending.add(key)
                        QtCore.QTimer.singleShot(0, lambda key=key: self._mark(key))
                return False

        pending: set[int] = set()
        self._filter = Filter()
        app.installEventFilter(self._filter)

    def _mark(self, key: int) -> None:
        self.painted.setdefault(key, time.time())

    def of(self, widget) -> float | None:  # noqa: ANN001
        return self.painted.get(id(widget)) if widget is not None else None


class StartedApp:
    """The application's own start-up (ui.app: create_application, AppController.start) on
    `ledger`, with `watch(run)` called every 2 ms on its event loop until it calls `run.stop()`.
    Marks are seconds since this process's first line ran; bench/gui.py measures from before it
    started the process, so the interpreter's start is included."""

    def __init__(self, ledger: Path, watch: Callable[[StartedApp], None]) -> None:
        QtCore, _, _ = qt()
        from dealer_app.logging_setup import setup_logging
        from dealer_app.ui.app import AppController, create_application

        setup_logging()
        self.app = create_application()
        self.paints = FirstPaints(self.app)
        self.controller = AppController(USER)
        self.marks: dict[str, float] = {}
        self._timer = QtCore.QTimer()
        self._timer.setInterval(2)  # a finer tick slowed the start it measures
        self._failed: BaseException | None = None

        def tick() -> None:
            try:
                watch(self)
            except BaseException as exc:  # noqa: BLE001 - ends the run, raised again below
                self._failed = exc
                self.stop()

        self._timer.timeout.connect(tick)
        self._timer.start()
        self.controller.start(ledger)
        self.app.exec()
        self.controller.shutdown()
        if self._failed is not None:
            raise self._failed

    def stop(self) -> None:
        QtCore, _, _ = qt()
        self._timer.stop()
        QtCore.QTimer.singleShot(0, self.app.quit)

    def result(self) -> dict:
        return {k: v - PROCESS_T0 for k, v in self.marks.items()} | {"process_t0": PROCESS_T0}


def mode_start(ledger: Path) -> dict:
    """Start-up with the sign-in dialog filled in and submitted by the driver as soon as it
    has painted: marks the dialog, the main window (painted, event loop turning) and its first
    screen's data loaded."""
    from dealer_app.ui.dialogs.sign_in import SignInDialog

    def watch(run: StartedApp) -> None:
        marks, paints, controller = run.marks, run.paints, run.controller
        dialog = controller.dialog
        if "dialog" not in marks and isinstance(dialog, SignInDialog) and paints.of(dialog):
            marks["dialog"] = paints.of(dialog)
            dialog.password_edit.setText(PASSWORD)
            dialog.submit()
        window = controller.window
        if "window" not in marks and paints.of(window):
            # interactive: the main window has painted and the GUI thread is in its event loop
            marks["window"] = paints.of(window)
        if "window" in marks and "loaded" not in marks and controller.tasks.idle:
            # ... and its first screen's data has arrived and been shown
            marks["loaded"] = time.time()
            run.stop()

    return StartedApp(ledger, watch).result()


def mode_start_idle(ledger: Path) -> dict:
    """Start-up to the first window, the sign-in dialog, which nobody types into: marks its
    first paint (and the event loop's next turn), then watches the event loop for
    STALL_WATCH_S more and reports its longest stall, i.e. the longest a keystroke could have
    waited (the ledger is opened and checked, the main window's modules imported, meanwhile)."""
    from dealer_app.ui.dialogs.sign_in import SignInDialog

    ticks: list[float] = []

    def watch(run: StartedApp) -> None:
        now = time.time()
        marks, dialog = run.marks, run.controller.dialog
        if "dialog" not in marks and isinstance(dialog, SignInDialog) and run.paints.of(dialog):
            marks["dialog"] = run.paints.of(dialog)
        if "dialog" in marks:
            ticks.append(now)
            if now - marks["dialog"] > STALL_WATCH_S:
                if not isinstance(dialog, SignInDialog):
                    raise RuntimeError(f"the sign-in dialog was replaced by {dialog}")
                run.stop()

    run = StartedApp(ledger, watch)
    gaps = [b - a for a, b in zip([run.marks["dialog"], *ticks], ticks, strict=False)]
    return run.result() | {"longest_stall_s": max(gaps)}


def mode_bare_start() -> dict:
    """A bare PySide6 window: QApplication, a QMainWindow with a label, shown, first paint."""
    QtCore, _, QtWidgets = qt()
    app = QtWidgets.QApplication([sys.argv[0]])
    paints = FirstPaints(app)
    window = QtWidgets.QMainWindow()
    window.setCentralWidget(QtWidgets.QLabel("Dealer Desk"))
    window.resize(1280, 800)
    window.show()
    marks: dict[str, float] = {}

    def watch() -> None:
        if paints.of(window):
            marks["window"] = paints.of(window)
            app.quit()

    timer = QtCore.QTimer()
    timer.setInterval(2)
    timer.timeout.connect(watch)
    timer.start()
    app.exec()
    return {k: v - PROCESS_T0 for k, v in marks.items()} | {"process_t0": PROCESS_T0}


def main() -> int:
    mode = sys.argv[1]
    if mode == "bare-start":
        emit(mode_bare_start())
        return 0
    ledger = Path(sys.argv[2])
    fn = {
        "screen": mode_screen,
        "search": mode_search,
        "start": mode_start,
        "start-idle": mode_start_idle,
    }[mode]
    emit(fn(ledger))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
