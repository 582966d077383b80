"""Subsidies screen: queues, budget bar, approve / reject / cancel / mark paid through the real
widgets on a real ledger; refusals (four eyes, budget) are shown as the service's message."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

PASSWORD = "password1"


pytestmark = pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)


from tests.ui.conftest import as_user  # noqa: E402


def propose(path: Path | str, user: str, *codes: str) -> list[int]:
    from dealer_app.services.subsidies import propose as propose_one

    return as_user(path, user, lambda ctx: [propose_one(ctx, "YE2025", c) for c in codes])


@pytest.fixture
def boxes(monkeypatch):  # noqa: ANN001, ANN201
    """Every QMessageBox opened, captured (text) instead of shown."""
    seen: list[QMessageBox] = []
    texts: list[str] = []

    def fake_open(self):  # noqa: ANN001, ANN202
        seen.append(self)
        texts.append(self.text())

    monkeypatch.setattr(QMessageBox, "open", fake_open)
    return texts


def _screen(main_window, wait_idle, user="hq"):  # noqa: ANN001, ANN202
    window = main_window(user)
    screen = window.show_screen("subsidies")
    wait_idle()
    return window, screen


def _ok(qtbot, top_level, name: str) -> None:  # noqa: ANN001
    dialog = top_level(name)
    assert dialog is not None, f"{name} did not open"
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def press(qtbot, widget, key) -> None:  # noqa: ANN001
    """Ctrl+Shift+<key>, as typed (a button's shortcut clicks it after a short animation)."""
    widget.setFocus()
    qtbot.keyClick(
        widget, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )


def _select_all(screen) -> None:  # noqa: ANN001
    screen.table.setFocus()
    screen.table.selectAll()


def _rows(screen) -> list[tuple[str, str]]:  # noqa: ANN001
    m = screen.model
    return [(m.row_at(r).store_code, m.row_at(r).status.value) for r in range(m.rowCount())]


def test_four_eyes_the_own_proposal_is_not_mine_to_decide_and_says_why(
    qtbot, ledger_location, main_window, wait_idle, top_level, boxes, worker_call
):
    (sid,) = propose(ledger_location, "hq", "C001")
    window, screen = _screen(main_window, wait_idle, "hq")
    # "For me" first: what this person may decide or pay now; their own proposal is not
    assert screen.current_status() == "mine"
    assert _rows(screen) == []
    assert screen.tabs.tabText(0) == "For me (0)"
    assert screen.tabs.tabText(1) == "Proposed (1)"
    screen.set_status_filter("proposed")
    assert _rows(screen) == [("C001", "proposed")]
    assert not screen.approve_button.isEnabled()
    screen.table.selectRow(0)
    # disabled, the reason as its tooltip: never a refusal after the dialog
    assert not screen.approve_button.isEnabled() and not screen.reject_button.isEnabled()
    assert screen.approve_button.toolTip() == (
        "hq proposed subsidy 1 and may not decide it too (four eyes). "
        "Ask a second person to approve or reject it."
    )
    assert screen.cancel_button.isEnabled()  # withdrawing one's own proposal is allowed
    assert not screen.pay_button.isEnabled()
    assert "only a approved subsidy" in screen.pay_button.toolTip() or "approved" in (
        screen.pay_button.toolTip()
    )
    qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)
    assert top_level("commentDialog") is None and boxes == []
    from dealer_app.services.subsidies import get

    assert worker_call(lambda ctx: get(ctx, sid)).status.value == "proposed"


def test_budget_refusal_and_the_budget_bar(
    qtbot, ledger_location, main_window, wait_idle, top_level, boxes
):
    from dealer_app.services.policies import get_policy, save_policy

    def shrink(ctx):  # noqa: ANN001, ANN202
        save_policy(ctx, dataclasses.replace(get_policy(ctx, "YE2025"), budget=550_000))

    as_user(ledger_location, "admin", shrink)
    propose(ledger_location, "hq", "C001", "C002")  # 100,000 and 500,000
    window, screen = _screen(main_window, wait_idle, "hq2")
    screen.set_status_filter("proposed")
    b = screen.budget_panel.bar.status
    assert (b.budget, b.approved, b.paid, b.proposed) == (550_000, 0, 0, 600_000)
    assert screen.budget_panel.caption.text() == "YE2025 budget ¥550,000 · national"
    assert "exceed the budget by ¥50,000" in screen.budget_panel.legend.text()

    screen.table.selectRow(screen.model.row_of(2))  # C002, 500,000: fits
    press(qtbot, screen.table, Qt.Key.Key_A)  # Ctrl+Shift+A: approve
    qtbot.waitUntil(lambda: top_level("commentDialog") is not None, timeout=2000)
    _ok(qtbot, top_level, "commentDialog")
    wait_idle()
    assert boxes == []
    # The bar followed the change at once.
    b = screen.budget_panel.bar.status
    assert (b.approved, b.proposed) == (500_000, 100_000)
    assert screen.budget_panel.left_label.text() == "¥50,000 left · 90.9% committed"
    assert _rows(screen) == [("C001", "proposed")]
    # The approved one left the queue; the next one is selected, ready for the next decision.
    assert [s.store_code for s in screen.selected()] == ["C001"]

    screen.table.selectRow(0)  # C001, 100,000: 600,000 > 550,000
    qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)
    dialog = top_level("commentDialog")
    assert "That is over the budget" in dialog.details.text()
    _ok(qtbot, top_level, "commentDialog")
    wait_idle()
    assert boxes == [
        "Approving subsidy 1 (100,000 yuan) would exceed the YE2025 budget of 550,000 yuan: "
        "500,000 yuan is already approved or paid, 50,000 yuan is left."
    ]
    assert screen.budget_panel.bar.status.approved == 500_000


def test_multi_select_approve_reports_successes_and_refusals_together(
    qtbot, ledger_location, main_window, wait_idle, top_level, boxes
):
    from dealer_app.services.policies import get_policy, save_policy

    as_user(
        ledger_location,
        "admin",
        lambda ctx: save_policy(
            ctx, dataclasses.replace(get_policy(ctx, "YE2025"), budget=550_000)
        ),
    )
    propose(ledger_location, "hq", "C001", "C002", "E001")
    propose(ledger_location, "hq2", "N001")
    window, screen = _screen(main_window, wait_idle, "hq2")
    screen.set_status_filter("proposed")
    _select_all(screen)
    assert screen.selection_label.text() == "4 selected · ¥800,000"
    # hq2's own proposal (N001) is left out before the dialog, not refused after it
    qtbot.mouseClick(screen.approve_button, Qt.MouseButton.LeftButton)
    assert top_level("commentDialog").heading.text() == "Approve 3 subsidies, ¥700,000 in all?"
    _ok(qtbot, top_level, "commentDialog")
    wait_idle()
    out = screen.last_outcome
    assert [s.store_code for _, s in out.done] == ["C001", "E001"]
    codes = {s.id: s.store_code for s in screen.model.all_rows}
    assert [(codes[i], why.code) for i, why in out.refused] == [("C002", "subsidy.budget")]
    (text,) = boxes
    assert text.startswith("Approved: 2.\nRefused: 1.\n\n#2 C002: Approving subsidy 2")
    assert screen.tabs.tabText(2) == "Approved (2)"


def test_hq_finance_marks_paid_with_a_reference(
    qtbot, ledger_location, main_window, wait_idle, top_level, boxes, worker_call
):
    from dealer_app.services.subsidies import approve, get

    (sid,) = propose(ledger_location, "hq", "C001")
    as_user(ledger_location, "hq2", lambda ctx: approve(ctx, sid))
    window, screen = _screen(main_window, wait_idle, "hq")
    screen.set_status_filter("approved")
    assert _rows(screen) == [("C001", "approved")]
    screen.table.selectRow(0)
    assert screen.pay_button.isEnabled() and not screen.approve_button.isEnabled()
    qtbot.mouseClick(screen.pay_button, Qt.MouseButton.LeftButton)
    dialog = top_level("paymentDialog")
    assert not dialog.ok_button.isEnabled()  # a reference is required
    qtbot.keyClicks(dialog.reference_edit, "CMB-20251216-000001")
    _ok(qtbot, top_level, "paymentDialog")
    wait_idle()
    assert boxes == []
    sub = worker_call(lambda ctx: get(ctx, sid))
    assert (sub.status.value, sub.payment_reference, sub.paid_by) == (
        "paid",
        "CMB-20251216-000001",
        "hq",
    )
    b = screen.budget_panel.bar.status
    assert (b.approved, b.paid) == (0, 100_000)
    screen.set_status_filter("paid")
    assert screen.model.row_at(0).payment_reference == "CMB-20251216-000001"
    assert screen.model.data(screen.model.index(0, 10)) == "CMB-20251216-000001"


def test_reject_needs_a_reason_and_cancel_frees_the_budget(
    qtbot, ledger_location, main_window, wait_idle, top_level, boxes, worker_call
):
    from dealer_app.services.subsidies import get

    a, b = propose(ledger_location, "hq", "C001", "C002")
    window, screen = _screen(main_window, wait_idle, "mgr.central")
    assert not screen.pay_button.isVisibleTo(window)  # only HQ finance pays
    screen.table.selectRow(screen.model.row_of(a))
    press(qtbot, screen.table, Qt.Key.Key_R)  # Ctrl+Shift+R: reject
    qtbot.waitUntil(lambda: top_level("commentDialog") is not None, timeout=2000)
    dialog = top_level("commentDialog")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.comment_edit, "Store moved to a new address")
    _ok(qtbot, top_level, "commentDialog")
    wait_idle()
    rejected = worker_call(lambda ctx: get(ctx, a))
    assert (rejected.status.value, rejected.comment, rejected.approved_by) == (
        "rejected",
        "Store moved to a new address",
        "mgr.central",
    )
    screen.table.selectRow(screen.model.row_of(b))
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    _ok(qtbot, top_level, "commentDialog")
    wait_idle()
    assert worker_call(lambda ctx: get(ctx, b)).status.value == "cancelled"
    assert boxes == []
    assert screen.budget_panel.bar.status.proposed == 0
    screen.set_status_filter(None)
    assert sorted(_rows(screen)) == [("C001", "rejected"), ("C002", "cancelled")]


def test_enter_shows_details_and_an_admin_decides_nothing(
    qtbot, ledger_location, main_window, wait_idle, top_level
):
    propose(ledger_location, "hq", "C001")
    window, screen = _screen(main_window, wait_idle, "admin")
    for b in (screen.approve_button, screen.reject_button, screen.cancel_button, screen.pay_button):
        assert not b.isVisibleTo(window)
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    wait_idle()
    details = top_level("subsidyDetails")
    assert details is not None and details.windowTitle() == "Subsidy 1"
    details.close()


def test_search_filters_within_the_queue(qtbot, ledger_location, main_window, wait_idle, type_into):
    propose(ledger_location, "hq", "C001", "C002", "E001")
    window, screen = _screen(main_window, wait_idle, "hq2")
    type_into(qtbot, screen.search, "汉口")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=3000)
    assert _rows(screen) == [("C002", "proposed")]


def test_the_sidebar_counts_what_waits_for_me(qtbot, ledger_location, main_window, wait_idle):
    """A colleague's proposals wait for hq2 (not for hq, who proposed them); the count follows
    a decision."""
    from dealer_app.services.subsidies import approve

    ids = propose(ledger_location, "hq", "C001", "C002")
    window = main_window("hq2")
    row = window.screen_keys().index("subsidies")
    qtbot.waitUntil(lambda: window.sidebar.item(row).text() == "Subsidies (2)", timeout=5000)
    own = main_window("hq")
    qtbot.waitUntil(lambda: getattr(own, "todo", None) is not None, timeout=5000)
    assert own.sidebar.item(row).text() == "Subsidies"
    as_user(ledger_location, "hq2", lambda ctx: approve(ctx, ids[0]))  # hq may pay it now
    qtbot.waitUntil(lambda: own.sidebar.item(row).text() == "Subsidies (1)", timeout=20_000)


def test_a_regional_manager_sees_the_national_budget_and_their_regions_share(
    qtbot, ledger_location, main_window, wait_idle, worker_call
):
    """Every figure says its scope: the budget is national (also on a shared ledger, where the
    manager reads only their region's rows), their region's share on a line of its own."""
    from dealer_app.services.subsidies import approve, get

    c, n = propose(ledger_location, "hq", "C001", "N001")
    as_user(ledger_location, "hq2", lambda ctx: [approve(ctx, c), approve(ctx, n)])
    both = as_user(ledger_location, "hq2", lambda ctx: get(ctx, c).amount + get(ctx, n).amount)
    window, screen = _screen(main_window, wait_idle, "mgr.central")
    b = screen.budget_panel.bar.status
    assert b.committed == both  # national, not only Central China's
    assert screen.budget_panel.caption.text().endswith("· national")
    line = screen.budget_panel.region_line
    assert line.isVisibleTo(screen) and line.text() == (
        "Central China: ¥100,000 approved or paid · ¥0 proposed"
    )


def test_the_totals_line_follows_the_queue_and_the_search(
    qtbot, ledger_location, main_window, wait_idle, type_into
):
    propose(ledger_location, "hq", "C001", "C002", "E001")
    window, screen = _screen(main_window, wait_idle, "hq2")
    screen.set_status_filter("proposed")
    total = sum(s.amount for s in screen.model.rows)
    assert screen.selection_label.text() == f"3 shown · ¥{total:,} in all"
    type_into(qtbot, screen.search, "汉口")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=3000)
    (only,) = screen.model.rows
    assert screen.selection_label.text() == f"1 shown · ¥{only.amount:,} in all"
