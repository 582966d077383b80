"""Closures screen: candidates with their metrics and warnings, proposing (loss editable),
approving with a closing date (the store closes), refusals shown as the service's message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

PASSWORD = "password1"
MONTHS = [f"2025-{m:02d}" for m in range(6, 12)]


from tests.ui.conftest import as_user  # noqa: E402

pytestmark = pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)


@pytest.fixture
def candidates(ledger_location: Path, tmp_path: Path) -> Path:
    """Six months of performance: C001 (car store, 5 vehicles a month) and C004 (retail,
    ¥100,000 a month) lose money; E001 sells well. C001 also has an approved, unpaid subsidy."""
    from dealer_app.services.stores import import_performance
    from dealer_app.services.subsidies import approve, propose

    lines = ["store_code,month,vehicles_delivered,revenue,operating_cost,net_profit"]
    for m in MONTHS:
        lines.append(f"C001,{m},5,1000000,1050000,-50000")
        lines.append(f"C004,{m},0,100000,120000,-20000")
        lines.append(f"E001,{m},40,8000000,7000000,1000000")
    f = tmp_path / "perf.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    as_user(ledger_location, "hq", lambda ctx: import_performance(ctx, f))
    sid = as_user(ledger_location, "hq", lambda ctx: propose(ctx, "YE2025", "C001"))
    as_user(ledger_location, "hq2", lambda ctx: approve(ctx, sid))
    return ledger_location


@pytest.fixture
def boxes(monkeypatch):  # noqa: ANN001, ANN201
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: texts.append(self.text()))
    return texts


def _screen(main_window, wait_idle, user="hq"):  # noqa: ANN001, ANN202
    window = main_window(user)
    screen = window.show_screen("closures")
    wait_idle()
    return window, screen


def _ok(qtbot, dialog) -> None:  # noqa: ANN001
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _select(table, model, key) -> None:  # noqa: ANN001
    table.setFocus()
    table.selectRow(model.row_of(key))


def _store(worker_call, code: str):  # noqa: ANN001, ANN202
    from dealer_app.services.stores import get_store

    return worker_call(lambda ctx: get_store(ctx, code))


def test_candidates_with_metrics_warning_and_totals(qtbot, candidates, main_window, wait_idle):
    window, screen = _screen(main_window, wait_idle)
    m = screen.cand_model
    assert sorted(m.key(r) for r in m.rows) == ["C001", "C004"]
    c001 = m.row_of("C001")
    texts = [m.data(m.index(c001, col)) for col in range(m.columnCount())]
    assert texts[:9] == [
        "C001",
        "武汉光谷汽车融合店",
        "Car integration store",
        "Central China",
        "6",
        "5.00",
        "¥1,000,000",
        "-¥300,000",
        "¥500,000",
    ]
    assert "5.00 vehicles a month" in texts[9]
    assert m.data(m.index(c001, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert "approved subsidy that is not paid yet" in m.data(
        m.index(c001, 0), Qt.ItemDataRole.ToolTipRole
    )
    assert m.data(m.index(m.row_of("C004"), 0), Qt.ItemDataRole.DecorationRole) is None
    assert screen.cand_totals.text() == (
        "Candidates shown: <b>2</b> · estimated one-time loss <b>¥527,260</b> "
        "(2% of the ¥27,260,000 reference) · "
        "<span style='color:#b45309'>⚠ with an approved, unpaid subsidy: 1</span>"
    )
    assert screen.tabs.tabText(0) == "Candidates (2)"
    screen.type_combo.setCurrentIndex(screen.type_combo.findData("retail_store"))
    screen.type_combo.activated.emit(screen.type_combo.currentIndex())
    assert [m.key(r) for r in m.rows] == ["C004"]


def test_propose_with_an_edited_loss_then_the_store_is_closing(
    qtbot, candidates, main_window, wait_idle, top_level, boxes, worker_call
):
    from dealer_app.services.closures import list_closures

    window, screen = _screen(main_window, wait_idle)
    _select(screen.cand_table, screen.cand_model, "C004")
    qtbot.mouseClick(screen.propose_button, Qt.MouseButton.LeftButton)
    dialog = top_level("proposeClosureDialog")
    assert dialog.loss_edit.value() == 27_260  # the retail default
    assert dialog.warning is None
    dialog.loss_edit.setValue(30_000)
    qtbot.keyClicks(dialog.comment_edit, "Lease ends in January")
    _ok(qtbot, dialog)
    wait_idle()
    assert boxes == []
    (c,) = worker_call(lambda ctx: list_closures(ctx))
    assert (c.store_code, c.status.value, c.estimated_loss, c.comment, c.proposed_by) == (
        "C004",
        "proposed",
        30_000,
        "Lease ends in January",
        "hq",
    )
    assert _store(worker_call, "C004").status.value == "closing"
    assert [screen.cand_model.key(r) for r in screen.cand_model.rows] == ["C001"]
    assert screen.tabs.tabText(1) == "Proposals (1 waiting)"

    # The proposer may not approve it too: the button says why, before any dialog.
    screen.show_proposals()
    _select(screen.prop_table, screen.prop_model, c.id)
    assert not screen.approve_button.isEnabled() and not screen.reject_button.isEnabled()
    assert screen.approve_button.toolTip() == (
        f"hq proposed closure {c.id} and may not decide it too (four eyes). "
        "Ask a second person to approve or reject it."
    )
    qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)
    assert top_level("closeDateDialog") is None and boxes == []


def test_a_second_person_approves_and_the_store_is_closed(
    qtbot, candidates, main_window, wait_idle, top_level, boxes, worker_call
):
    from dealer_app.services.closures import propose_closure

    cid = as_user(candidates, "hq", lambda ctx: propose_closure(ctx, "C004"))
    window, screen = _screen(main_window, wait_idle, "mgr.central")
    screen.show_proposals()
    assert screen.prop_model.rowCount() == 1
    _select(screen.prop_table, screen.prop_model, cid)
    qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)
    dialog = top_level("closeDateDialog")
    assert dialog.closed_on() == dt.date(2025, 12, 16)  # the ledger's business date
    dialog.date_edit.setDate(QDate(2025, 12, 31))
    _ok(qtbot, dialog)
    wait_idle()
    assert boxes == []
    store = _store(worker_call, "C004")
    assert (store.status.value, store.closed_on) == ("closed", dt.date(2025, 12, 31))
    screen.show_proposals("approved")
    row = screen.prop_model.row_at(0)
    assert (row.store_code, row.approved_by, row.closed_on) == (
        "C004",
        "mgr.central",
        dt.date(2025, 12, 31),
    )
    assert screen.booked_label.text() == (
        "Stores closed: 1 · one-time loss booked ¥27,260 (0.1% of the ¥27,260,000 reference)"
    )


def test_approved_unpaid_subsidy_warns_and_blocks_the_approval(
    qtbot, candidates, main_window, wait_idle, top_level, boxes, worker_call
):
    from dealer_app.services.closures import propose_closure

    window, screen = _screen(main_window, wait_idle, "hq")
    _select(screen.cand_table, screen.cand_model, "C001")
    qtbot.keyClick(screen.cand_table, Qt.Key.Key_Return)  # Enter proposes
    dialog = top_level("proposeClosureDialog")
    assert dialog.loss_edit.value() == 500_000
    assert "C001 has an approved subsidy that is not paid yet" in dialog.warning.text()
    dialog.close()

    cid = as_user(candidates, "hq2", lambda ctx: propose_closure(ctx, "C001"))
    screen.reload()
    wait_idle()
    screen.show_proposals()
    _select(screen.prop_table, screen.prop_model, cid)
    qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)
    _ok(qtbot, top_level("closeDateDialog"))
    wait_idle()
    (text,) = boxes
    assert text.startswith("Store C001 has approved subsidy 1 (100,000 yuan under YE2025)")
    assert text.endswith("Pay or cancel it before closing the store.")
    assert _store(worker_call, "C001").status.value == "closing"


def test_reject_keeps_the_store_open_and_admin_proposes_nothing(
    qtbot, candidates, main_window, wait_idle, top_level, worker_call
):
    from dealer_app.services.closures import propose_closure

    cid = as_user(candidates, "hq", lambda ctx: propose_closure(ctx, "C004"))
    window, screen = _screen(main_window, wait_idle, "hq2")
    screen.show_proposals()
    _select(screen.prop_table, screen.prop_model, cid)
    screen.prop_table.setFocus()
    qtbot.keyClick(
        screen.prop_table,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: top_level("commentDialog") is not None, timeout=2000)
    dialog = top_level("commentDialog")
    qtbot.keyClicks(dialog.comment_edit, "Sales recovering")
    _ok(qtbot, dialog)
    wait_idle()
    assert _store(worker_call, "C004").status.value == "open"
    screen.show_proposals("rejected")
    assert screen.prop_model.row_at(0).comment == "Sales recovering"

    admin_window, admin = _screen(main_window, wait_idle, "admin")
    for b in (admin.propose_button, admin.approve_button, admin.reject_button):
        assert not b.isVisibleTo(admin_window)


def test_for_me_holds_the_closures_this_person_may_decide(
    qtbot, candidates, main_window, wait_idle
):
    from dealer_app.services.closures import propose_closure

    as_user(candidates, "hq", lambda ctx: propose_closure(ctx, "C004"))
    mine = main_window("mgr.central")
    screen = mine.show_screen("closures")
    wait_idle()
    screen.show_proposals("mine")
    assert screen.prop_model.rowCount() == 1  # a colleague's proposal, theirs to decide
    assert screen.status_tabs.tabText(0) == "For me (1)"
    own = main_window("hq")
    theirs = own.show_screen("closures")
    wait_idle()
    theirs.show_proposals("mine")
    assert theirs.prop_model.rowCount() == 0  # their own proposal: a second person decides
