"""The ledger worker: results on the GUI thread, errors as messages, cancel rolls back."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from dealer_app.domain.errors import Conflict
from dealer_app.ui.tasks import Cancelled, Topic, run_op, run_op_with_progress


def test_op_runs_on_the_worker_and_delivers_on_the_gui_thread(qtbot, sign_in, tasks):
    sign_in("hq")
    seen = {}

    def op(ctx):
        seen["op_thread"] = threading.get_ident()
        return ctx.user.name

    run_op(None, op, lambda r: seen.update(result=r, cb_thread=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == "hq"
    assert seen["op_thread"] != threading.get_ident()
    assert seen["cb_thread"] == threading.get_ident()


def test_a_write_says_itself_what_changed(qtbot, sign_in, tasks):
    """The op lists nothing: its audit entries tell the task manager what it changed."""
    from dealer_app.domain.models import Store, StoreStatus, StoreType
    from dealer_app.services.stores import save_store

    sign_in("hq")
    store = Store(
        "T001",
        "门店",
        "经销商",
        "CENTRAL",
        "湖北",
        "武汉",
        StoreType.CAR_INTEGRATION_STORE,
        None,
        StoreStatus.PLANNED,
    )
    with qtbot.waitSignal(tasks.ledger_changed, timeout=5000) as blocker:
        run_op(None, lambda ctx: save_store(ctx, store, new=True))
    assert blocker.args[0] == frozenset({Topic.STORES, Topic.AUDIT})


def test_a_read_changes_nothing(qtbot, sign_in, tasks):
    sign_in("hq")
    changed, done = [], []
    tasks.ledger_changed.connect(changed.append)
    run_op(None, lambda ctx: 1, done.append)
    qtbot.waitUntil(lambda: bool(done))
    assert changed == []


def test_dealer_error_shows_its_message_in_a_box(qtbot, sign_in, tasks, top_level):
    sign_in("hq")

    def op(ctx):
        raise Conflict("store.closed", store="C001")

    run_op(None, op, lambda r: None)
    qtbot.waitUntil(lambda: top_level("errorBox") is not None)
    box = top_level("errorBox")
    assert box.text() == "Store C001 is closed; a closed store cannot be reopened."
    assert "Traceback" not in box.text()


def test_dealer_error_goes_to_on_failure_when_given(qtbot, sign_in, tasks, top_level):
    sign_in("hq")
    got = []

    def op(ctx):
        raise Conflict("store.closed", store="C001")

    run_op(None, op, lambda r: None, got.append)
    qtbot.waitUntil(lambda: bool(got))
    assert got[0].code == "store.closed"
    assert top_level("errorBox") is None


def test_a_bug_is_logged_and_reported_plainly(qtbot, sign_in, tasks, top_level, caplog):
    sign_in("hq")
    failures = []

    def op(ctx):
        raise ZeroDivisionError("boom")

    with caplog.at_level(logging.ERROR, logger="dealer_app.ui.tasks"):
        run_op(None, op, lambda r: None, failures.append)
        qtbot.waitUntil(lambda: top_level("internalErrorBox") is not None)
    box = top_level("internalErrorBox")
    assert isinstance(box, QMessageBox)
    assert "internal error" in box.text()
    assert "log file" in box.text()
    assert "ZeroDivisionError" not in box.text()
    assert isinstance(failures[0], ZeroDivisionError)
    assert any("ZeroDivisionError" in (r.exc_text or "") for r in caplog.records)


def test_sqlite_finding_damage_is_reported_as_a_damaged_ledger_not_a_bug(
    qtbot, sign_in, tasks, top_level
):
    """A read that meets a damaged page before the background check has named it."""
    import sqlite3

    sign_in("hq")
    failures = []

    def op(ctx):
        raise sqlite3.DatabaseError("database disk image is malformed")

    run_op(None, op, lambda r: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert failures[0].code == "ledger.damaged"
    assert top_level("internalErrorBox") is None


def test_cancel_raises_cancelled_and_rolls_back(qtbot, sign_in, tasks, worker_call):
    sign_in("hq")
    started = threading.Event()
    results = []

    def op(ctx, progress):
        with ctx.ledger.atomic():
            ctx.ledger.execute("UPDATE stores SET name = 'changed' WHERE code = 'C001'")
            for i in range(1000):
                started.set()
                progress(i, 1000)
                threading.Event().wait(0.005)
        return "finished"

    run_op_with_progress(None, op, results.append, results.append, title="t", label="l")
    qtbot.waitUntil(started.is_set)
    job = next(iter(tasks._running.values()))
    qtbot.waitUntil(lambda: job.dialog.isVisible(), timeout=3000)
    qtbot.mouseClick(job.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert isinstance(results[0], Cancelled)
    from dealer_app.services.stores import get_store

    assert worker_call(lambda ctx: get_store(ctx, "C001").name) == "武汉光谷汽车融合店"


def test_callbacks_of_a_closed_widget_are_dropped(qtbot, sign_in, tasks):
    from PySide6.QtWidgets import QWidget

    sign_in("hq")
    widget = QWidget()
    got = []
    gate = threading.Event()
    run_op(widget, lambda ctx: gate.wait(5), got.append)
    widget.deleteLater()
    qtbot.wait(20)
    gate.set()
    qtbot.waitUntil(lambda: tasks.idle)
    qtbot.wait(20)
    assert got == []


def test_op_before_sign_in_says_so(qtbot, tasks):
    got = []
    run_op(None, lambda ctx: 1, got.append, got.append)
    qtbot.waitUntil(lambda: bool(got))
    assert got[0].code == "session.not_signed_in"


@pytest.mark.parametrize("attempts", [1])
def test_many_ops_keep_their_order(qtbot, sign_in, tasks, attempts):
    sign_in("hq")
    got = []
    for i in range(50):
        run_op(None, lambda ctx, i=i: i, got.append)
    qtbot.waitUntil(lambda: len(got) == 50)
    assert got == list(range(50))
