"""Eligibility screen: verdicts, totals, filters, bulk proposals."""

from __future__ import annotations

import pytest
from english import en
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dealer_app.ui.models.eligibility_table import SHOW_ELIGIBLE, SHOW_NOT_ELIGIBLE

pytestmark = pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)


ELIGIBLE = ["C001", "C002", "E001", "E002", "N001", "S001", "S002"]


def _screen(main_window, wait_idle, user="hq"):
    window = main_window(user)
    screen = window.show_screen("eligibility")
    wait_idle()
    return window, screen


def _codes(screen):
    return [screen.model.row_at(r).result.store_code for r in range(screen.model.rowCount())]


def test_every_store_with_its_verdict_and_totals(qtbot, main_window, wait_idle):
    window, screen = _screen(main_window, wait_idle)
    assert screen.model.rowCount() == 12
    assert screen.policy_combo.currentData() == "YE2025"
    assert screen.summary.text() == "7 eligible · 5 not eligible · ¥2,300,000 in all"
    tiers = {
        screen.tier_table.item(r, 0).text(): screen.tier_table.item(r, 2).text()
        for r in range(screen.tier_table.rowCount())
    }
    assert tiers == {
        "Established by 2024": "¥300,000",
        "New in 2025": "¥2,000,000",
        "All eligible": "¥2,300,000",
    }
    t = screen.region_table
    regions = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    # the region names as every table says them
    assert regions == ["North China", "East China", "Central China", "South China", "All"]
    assert [t.item(1, c).text() for c in range(t.columnCount())] == [
        "¥100,000",
        "¥600,000",
        "¥600,000",
        "¥1,000,000",
        "¥2,300,000",
    ]

    screen.show_combo.setCurrentIndex(screen.show_combo.findData(SHOW_ELIGIBLE))
    screen.show_combo.activated.emit(screen.show_combo.currentIndex())
    assert _codes(screen) == ELIGIBLE
    screen.show_combo.setCurrentIndex(screen.show_combo.findData(SHOW_NOT_ELIGIBLE))
    screen.show_combo.activated.emit(screen.show_combo.currentIndex())
    assert _codes(screen) == ["C003", "C004", "C005", "E003", "N002"]
    c003 = screen.model.row_at(0).result
    assert "2025-12-15" in en(c003.reason)
    assert c003.amount == 0


def test_search_filters_the_list(qtbot, main_window, wait_idle):
    window, screen = _screen(main_window, wait_idle)
    qtbot.keyClicks(screen.search, "s00")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=3000)
    assert _codes(screen) == ["S001", "S002"]
    # the summaries follow the search: two South stores, ¥500,000 each
    assert screen.summary.text() == "2 eligible · 0 not eligible · ¥1,000,000 in all"
    t = screen.region_table
    assert [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())] == [
        "South China",
        "All",
    ]


def test_select_eligible_and_propose_in_bulk(
    qtbot, main_window, wait_idle, monkeypatch, worker_call, top_level
):
    from dealer_app.services.subsidies import list_subsidies

    window, screen = _screen(main_window, wait_idle)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes
    )
    qtbot.mouseClick(screen.select_button, Qt.MouseButton.LeftButton)
    assert screen.selected_proposable() == ELIGIBLE
    assert screen.propose_button.isEnabled()
    assert screen.propose_button.text() == "&Propose 7 subsidies…"
    qtbot.mouseClick(screen.propose_button, Qt.MouseButton.LeftButton)
    assert "Propose 7 subsidies under YE2025, ¥2,300,000 in all?" in asked[0][2]
    qtbot.waitUntil(lambda: screen.last_result is not None, timeout=10000)
    assert len(screen.last_result.done) == 7
    assert screen.last_result.refused == []
    box = top_level("proposeResult")
    assert box is not None and box.text() == "Subsidies proposed: 7."
    wait_idle()
    subs = worker_call(lambda ctx: list_subsidies(ctx, "proposed", "YE2025"))
    assert sorted(s.store_code for s in subs) == ELIGIBLE
    assert sum(s.amount for s in subs) == 2_300_000
    # ledger_changed reloaded the screen: nothing is left to propose
    assert screen.model.row_at(0).subsidy_status == "proposed"
    qtbot.mouseClick(screen.select_button, Qt.MouseButton.LeftButton)
    assert screen.selected_proposable() == []
    assert not screen.propose_button.isEnabled()


def test_refusals_are_reported_per_store(qtbot, main_window, wait_idle, worker_call):
    from dealer_app.services.subsidies import propose

    window, screen = _screen(main_window, wait_idle)
    # Someone else proposes C001 after the screen was loaded: the bulk run refuses it.
    worker_call(lambda ctx: propose(ctx, "YE2025", "C001"))
    screen.start_propose("YE2025", ["C001", "C002"])
    qtbot.waitUntil(lambda: screen.last_result is not None, timeout=10000)
    assert len(screen.last_result.done) == 1
    assert screen.last_result.refused[0][0] == "C001"
    assert "already has subsidy" in en(screen.last_result.refused[0][1])


def test_a_regional_manager_sees_their_region_and_an_admin_cannot_propose(
    qtbot, main_window, wait_idle
):
    window, screen = _screen(main_window, wait_idle, "mgr.central")
    assert sorted({screen.model.row_at(r).region for r in range(screen.model.rowCount())}) == [
        "CENTRAL"
    ]
    assert screen.propose_button.isVisibleTo(window)
    admin_window, admin_screen = _screen(main_window, wait_idle, "admin")
    assert not admin_screen.propose_button.isVisibleTo(admin_window)
    assert not admin_screen.select_button.isVisibleTo(admin_window)
