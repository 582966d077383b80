"""Policies screen and the policy dialog: current policies and history, inline validation, the
what-if of moving the YE2025 cutoff to 2025-12-31, and saving it as version 2."""

from __future__ import annotations

import pytest
from english import en
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from dealer_app.ui.dialogs.policy_edit import (
    TIER_COL_AMOUNT,
    TIER_COL_END,
    TIER_COL_NAME,
    PolicyDialog,
    parse_amount,
)

PASSWORD = "password1"  # the ui conftest's template ledger


def _screen(main_window, wait_idle, user="admin"):
    window = main_window(user)
    screen = window.show_screen("policies")
    wait_idle()
    return window, screen


def _edit_cell(qtbot, table, row: int, col: int, text: str) -> None:
    """Type into a table cell as a user does: F2, replace the text, Enter."""
    table.setFocus()
    table.setCurrentCell(row, col)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "F2 did not open the cell editor"
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on Return through a queued call
    qtbot.waitUntil(lambda: table.item(row, col).text() == text, timeout=2000)


def _tier_row(dialog: PolicyDialog, name: str) -> int:
    return next(r for r in range(dialog.tiers.rowCount()) if dialog._cell(r, TIER_COL_NAME) == name)


def _open_editor(qtbot, screen) -> PolicyDialog:
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_current_policy_rules_and_history(qtbot, main_window, wait_idle):
    window, screen = _screen(main_window, wait_idle)
    assert screen.count_label.text() == "1 policy"
    assert screen.current.code == "YE2025"
    assert screen.detail_title.text() == "YE2025 · version 1"
    assert screen.facts["budget"].text() == "¥150,000,000"
    assert screen.facts["committed"].text() == "¥0 (0.0% of the budget; ¥150,000,000 left)"
    assert screen.facts["types"].text() == "Car integration store, Delivery centre"
    rules = [
        tuple(screen.rules.item(r, c).text() for c in range(3))
        for r in range(screen.rules.rowCount())
    ]
    assert rules == [
        ("Established by 2024", "up to 2024-12-31", "¥100,000"),
        ("New in 2025", "2025-01-01 – 2025-12-14", "¥500,000"),
    ]
    assert screen.versions.rowCount() == 1
    assert screen.versions.item(0, 0).text() == "1 (current)"
    assert screen.edit_button.isVisibleTo(window) and screen.edit_button.isEnabled()


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_what_if_moving_the_cutoff_to_31_december_then_save_version_2(
    qtbot, main_window, wait_idle, worker_call, monkeypatch
):
    from dealer_app.services.eligibility import eligibility
    from dealer_app.services.policies import versions

    window, screen = _screen(main_window, wait_idle)
    dialog = _open_editor(qtbot, screen)
    assert dialog.heading.text() == "Edit YE2025 — version 1 becomes version 2"
    assert dialog.code.isReadOnly()

    row = _tier_row(dialog, "new_in_2025")
    _edit_cell(qtbot, dialog.tiers, row, TIER_COL_END, "2025-12-31")
    assert dialog.params()["tiers"][1]["end"] == "2025-12-31"
    assert dialog.problems == []
    # debounced: the what-if runs on the worker shortly after the last change
    qtbot.waitUntil(lambda: dialog.what_if.codes("gaining") == ["C003"], timeout=5000)
    w = dialog.what_if.result
    assert (w.old_total, w.new_total, w.delta) == (2_300_000, 2_800_000, 500_000)
    assert w.gaining == [("C003", 500_000)] and w.losing == [] and w.changed == []
    panel = dialog.what_if
    assert panel.total_old.text() == "¥2,300,000"
    assert panel.total_new.text() == "¥2,800,000"
    assert panel.delta.text() == "+¥500,000"
    assert panel.budget.text() == "¥150,000,000"
    assert panel.committed.text() == "¥0"
    assert panel.headroom.text() == "¥147,200,000"
    assert panel.tabs.tabText(0) == "Gaining (1)"
    assert panel.gaining.item(0, 1).text() == "长沙岳麓汽车融合店"
    assert dialog.version_note.text().startswith(
        "Saving creates version 2 of YE2025; existing subsidies keep their version"
    )

    # nothing is saved by the what-if
    assert [p.version for p in worker_call(lambda ctx: versions(ctx, "YE2025"))] == [1]

    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    assert "Save YE2025 as version 2?" in asked[0]
    assert "Eligible total: ¥2,300,000 → ¥2,800,000 (+¥500,000)." in asked[0]
    wait_idle()
    saved = worker_call(lambda ctx: versions(ctx, "YE2025"))
    assert [p.version for p in saved] == [1, 2]
    assert saved[0].params["tiers"][1]["end"] == "2025-12-14"  # version 1 is kept as it was
    assert saved[1].params["tiers"][1]["end"] == "2025-12-31"
    c003 = next(
        r
        for r in worker_call(lambda ctx: eligibility(ctx, "YE2025"))
        if r.result.store_code == "C003"
    )
    assert c003.result.eligible and c003.result.amount == 500_000

    # the screen shows the new version and what changed
    qtbot.waitUntil(lambda: screen.detail_title.text() == "YE2025 · version 2", timeout=5000)
    assert screen.versions.rowCount() == 2
    assert screen.versions.item(0, 0).text() == "2 (current)"
    assert screen.versions.item(0, 2).text() == "admin"
    # in words, not keys: the tier as the screens name it
    assert screen.versions.item(0, 5).text() == "New in 2025 to 2025-12-14 → 2025-12-31"


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_inline_validation(qtbot, main_window, wait_idle):
    window, screen = _screen(main_window, wait_idle)
    dialog = _open_editor(qtbot, screen)
    row = _tier_row(dialog, "new_in_2025")
    _edit_cell(qtbot, dialog.tiers, row, TIER_COL_AMOUNT, "lots")
    assert en(dialog.problems) == [
        "Tier new_in_2025 amount 'lots' is not a whole number of yuan above 0; write it like 500000."
    ]
    assert dialog.problems_label.isVisibleTo(dialog)
    assert not dialog.save_button.isEnabled()
    assert dialog.what_if.state.text() == "Fix the rules to see the effect."

    _edit_cell(qtbot, dialog.tiers, row, TIER_COL_AMOUNT, "500,000")
    _edit_cell(qtbot, dialog.tiers, 0, TIER_COL_END, "2025-02-01")  # overlaps new_in_2025
    assert len(dialog.problems) == 1 and "overlap" in en(dialog.problems[0])
    _edit_cell(qtbot, dialog.tiers, 0, TIER_COL_END, "2024-12-31")
    for box in dialog.type_boxes.values():
        box.setChecked(False)
    assert en(dialog.problems) == [
        "store_types must be a non-empty list of store types (car_integration_store, "
        "delivery_center, service_center, store_in_store, retail_store)."
    ]
    dialog.type_boxes["delivery_center"].setChecked(True)
    dialog.budget.clear()
    qtbot.keyClicks(dialog.budget, "0")
    assert en(dialog.problems) == ["the budget must be a positive whole number of yuan"]
    dialog.budget.clear()
    qtbot.keyClicks(dialog.budget, "150,000,000")
    assert dialog.problems == []
    assert dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.what_if.result is not None, timeout=5000)
    # only delivery centres now: the car integration stores lose their subsidy
    assert dialog.what_if.codes("losing") == ["C001", "E001", "N001", "S001", "S002"]
    dialog.reject()


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_a_budget_below_the_committed_amount_is_shown_and_refused(
    qtbot, main_window, wait_idle, ledger_location, monkeypatch
):
    from dealer_app.services import subsidies
    from tests.ui.conftest import as_user

    # other people at work on the same ledger
    sid = as_user(ledger_location, "hq", lambda ctx: subsidies.propose(ctx, "YE2025", "C002"))
    as_user(ledger_location, "hq2", lambda ctx: subsidies.approve(ctx, sid))

    window, screen = _screen(main_window, wait_idle)
    assert screen.facts["committed"].text() == "¥500,000 (0.3% of the budget; ¥149,500,000 left)"
    assert screen.versions.item(0, 4).text() == "1"  # one subsidy under version 1
    dialog = _open_editor(qtbot, screen)
    dialog.budget.clear()
    qtbot.keyClicks(dialog.budget, "400000")
    qtbot.waitUntil(lambda: dialog.what_if.result is not None, timeout=5000)
    panel = dialog.what_if
    assert panel.budget.text() == "¥150,000,000 → ¥400,000"
    assert panel.committed.text() == "¥500,000"
    assert panel.headroom.text() == "-¥1,900,000"
    assert panel.bar_note.text().endswith(
        "The budget is below the ¥500,000 already committed: saving is refused."
    )
    # what the what-if says cannot be saved cannot be submitted: Save is off, and says why
    assert not dialog.save_button.isEnabled()
    assert dialog.save_button.toolTip() == "The budget is below the ¥500,000 already committed."
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved is None
    dialog.budget.clear()
    qtbot.keyClicks(dialog.budget, "600000")  # enough again
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    dialog.reject()


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_new_per_vehicle_policy(qtbot, main_window, wait_idle, worker_call, monkeypatch, type_into):
    from dealer_app.services.policies import list_policies

    window, screen = _screen(main_window, wait_idle)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog.heading.text() == "New policy"
    dialog.kind.setCurrentIndex(dialog.kind.findData("per_vehicle_target"))
    qtbot.keyClicks(dialog.code, "T666")
    type_into(qtbot, dialog.name, "三年目标奖励")
    qtbot.keyClicks(dialog.name_en, "Three-year target bonus")
    qtbot.keyClicks(dialog.budget, "30000000")
    qtbot.keyClicks(dialog.period_start.edit, "2025-06-30")
    qtbot.keyClicks(dialog.period_end.edit, "2025-01-01")
    assert en(dialog.problems) == ["period_end 2025-01-01 is before period_start 2025-06-30."]
    dialog.period_start.edit.setText("2025-01-01")
    dialog.period_end.edit.setText("2025-06-30")
    assert dialog.problems == []
    assert dialog.version_note.text().startswith("Saving creates policy T666, version 1.")
    qtbot.waitUntil(lambda: dialog.what_if.result is not None, timeout=5000)
    # no performance rows in this ledger: no partner met the target, nothing to pay
    assert dialog.what_if.result.new_total == 0
    assert dialog.what_if.total_new.text() == "¥0"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    wait_idle()
    saved = {p.code: p for p in worker_call(list_policies)}
    assert saved["T666"].params == {
        "rate": 666,
        "target": 1200,
        "years": 3,
        "last_target_year": saved["T666"].params["last_target_year"],
        "period_start": "2025-01-01",
        "period_end": "2025-06-30",
        "store_types": ["car_integration_store", "delivery_center"],
    }
    assert screen.count_label.text() == "2 policies"
    assert screen.current.code == "T666"
    # Each language's name apart: a Chinese letter prints 《三年目标奖励》.
    assert saved["T666"].names() == ("三年目标奖励", "Three-year target bonus")
    assert saved["T666"].name == "三年目标奖励 / Three-year target bonus"


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_others_see_policies_read_only(qtbot, main_window, wait_idle):
    window, screen = _screen(main_window, wait_idle, "hq")
    assert screen.current.code == "YE2025"
    assert not screen.edit_button.isVisibleTo(window)
    assert not screen.new_button.isVisibleTo(window)
    assert screen.read_only_note.isVisibleTo(window)
    assert screen.edit_selected() is None


def test_parse_amount():
    assert parse_amount("150,000,000") == 150_000_000
    assert parse_amount(" ¥500 000 ") == 500_000
    assert parse_amount("500000元") == 500_000
    assert parse_amount("5e5") == "5e5"
    assert parse_amount("-1") == -1  # a whole number; the policy's checks refuse it
    assert parse_amount("１，２３４") == 1234  # as typed in full width, as an import reads it


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_hq_sets_regional_quotas_and_a_manager_sees_theirs(
    qtbot, main_window, wait_idle, ledger_location
):
    from PySide6.QtWidgets import QDialogButtonBox

    window = main_window("hq")
    screen = window.show_screen("policies")
    wait_idle()
    assert screen.quota_button.isVisibleTo(window)
    screen.select_policy("YE2025")
    wait_idle()
    qtbot.mouseClick(screen.quota_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(screen, "quota_dialog", None) is not None, timeout=5000)
    dialog = screen.quota_dialog
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.edits["CENTRAL"].setText("999999999")  # over the national budget: refused, kept
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert dialog.message.text().startswith("The regional quotas add up to 999,999,999 yuan")
    assert dialog.edits["CENTRAL"].text() == "999999999" and dialog.isVisible()
    dialog.edits["CENTRAL"].setText("2,000,000")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    assert dialog.saved == {"CENTRAL": 2_000_000}

    mgr = main_window("mgr.central")
    subs = mgr.show_screen("subsidies")
    wait_idle()
    assert subs.budget_panel.region_line.text().endswith("quota ¥2,000,000, ¥2,000,000 left")
    assert not mgr.screen("policies").quota_button.isVisibleTo(mgr)
