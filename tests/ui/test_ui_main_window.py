"""Main window: screens by role, shortcuts, status bar, state kept; the dashboard's figures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray

from dealer_app.ui import settings as desk
from dealer_app.ui.tasks import Topic, run_op, task_manager

pytestmark = pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)


def test_sidebar_shortcuts_and_status_bar(qtbot, main_window, wait_idle):
    window = main_window("mgr.central")
    from dealer_app.ui.screens import SCREENS

    texts = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert texts[:3] == ["Dashboard", "Stores", "Eligibility"]
    assert texts == [cls.title() for cls in SCREENS if cls.allowed(window.session.user)]
    assert window.screen_actions[1].shortcut().toString() == "Ctrl+2"
    window.screen_actions[1].trigger()
    assert window.current_screen().key == "stores"
    window.screen_actions[2].trigger()
    assert window.current_screen().key == "eligibility"
    assert window.action_refresh.shortcut().toString() == "F5"
    assert window.action_open.shortcut().toString() == "Ctrl+O"
    assert window.action_new.shortcut().toString() == "Ctrl+N"
    assert window.action_quit.shortcut().toString() == "Ctrl+Q"
    assert window.user_label.text() == "mgr.central · Regional manager · Central China"
    shown = window.ledger_label.text()
    assert shown.endswith("ledger.sqlite3") or shown.startswith("postgresql://")


def test_window_state_is_kept_in_qsettings(qtbot, main_window, wait_idle, data_dir):
    window = main_window("hq")
    window.show_screen("eligibility")
    window.close()
    s = desk.settings()
    assert s.value("main_window/screen") == "eligibility"
    assert isinstance(s.value("main_window/geometry"), QByteArray)
    assert desk.settings_path().parent == data_dir
    again = main_window("hq")
    assert again.current_screen().key == "eligibility"


def test_dashboard_figures_and_refresh_after_a_change(qtbot, main_window, wait_idle, worker_call):
    from dealer_app.services.subsidies import approve, propose

    window = main_window("hq")
    dash = window.show_screen("dashboard")
    wait_idle()
    f = dash.figures
    assert f.stores_open == 11
    assert f.stores_total == 12
    assert f.eligible_stores == 7
    assert f.eligible_amount == 2_300_000
    assert f.budget.budget == 150_000_000
    assert dash.card_open.value.text() == "11"
    assert dash.card_eligible.value.text() == "7"
    assert dash.card_budget.value.text() == "¥0"
    assert dash.card_loss.detail.text() == "0.0% of the ¥27.26 M reference"
    assert len(dash.chart_openings.values) == 24
    assert dash.chart_openings.months[-1] == "2025-12"
    assert dash.chart_openings.months[0] == "2024-01"
    # Two years are too narrow for month names: numbers, unique per axis (Dec 2024 came first).
    assert dash.chart_openings.categories[0] == "1"
    assert dash.chart_openings.categories[-1] == "12\u200b"

    # hq proposes, hq2 approves (four eyes) — then the dashboard shows the committed amount.
    sid = worker_call(lambda ctx: propose(ctx, "YE2025", "S001"))
    from dealer_app.ui.tasks import run_session_op

    done = []
    run_session_op(None, lambda s: s.sign_in("hq2", "password1"), done.append)
    qtbot.waitUntil(lambda: bool(done))
    with qtbot.waitSignal(task_manager().ledger_changed, timeout=5000):
        run_op(None, lambda ctx: approve(ctx, sid))
    wait_idle()
    assert dash.figures.budget.approved == 500_000
    assert dash.card_budget.value.text() == "¥500,000"
    south = dash.chart_regions.categories.index("South")
    assert dash.chart_regions.values[south] == 0.5


def test_hidden_screens_reload_when_shown(qtbot, main_window, wait_idle):
    window = main_window("hq")
    stores = window.show_screen("stores")
    wait_idle()
    window.show_screen("dashboard")
    wait_idle()
    calls = []
    original = stores.refresh
    stores.refresh = lambda: (calls.append(1), original())
    task_manager().ledger_changed.emit(frozenset({Topic.STORES}))  # as after a store edit
    wait_idle()
    assert calls == []  # hidden: marked, not reloaded
    window.show_screen("stores")
    wait_idle()
    assert calls == [1]
