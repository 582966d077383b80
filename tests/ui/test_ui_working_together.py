"""Two people on one ledger through the real window: a colleague's approval appears in the other's
open subsidies screen by itself with the selection kept, a store saved by someone else while it
is being edited ends in a choice (never a silent overwrite), and who is signed in (both
backends: a file with two programs, a server ledger with two logins)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.ui.conftest import as_user

pytestmark = pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)


def test_a_colleagues_approval_appears_live_keeping_the_selection(
    qtbot, main_window, wait_idle, ledger_location
):
    from dealer_app.services.subsidies import approve, propose

    first, second = as_user(
        ledger_location,
        "mgr.central",
        lambda ctx: [propose(ctx, "YE2025", "C001"), propose(ctx, "YE2025", "C002")],
    )
    window = main_window("hq")
    screen = window.show_screen("subsidies")
    wait_idle()
    screen.set_status_filter(None)  # every subsidy, whatever its status
    row = screen.model.row_of(second)
    screen.table.selectRow(row)
    assert [s.id for s in screen.selected()] == [second]
    window.show_screen("dashboard")  # a screen out of sight follows when shown again
    window.show_screen("subsidies")
    wait_idle()

    as_user(ledger_location, "hq2", lambda ctx: approve(ctx, first))

    def approved() -> bool:
        i = screen.model.row_of(first)
        return i is not None and screen.model.row_at(i).status.value == "approved"

    qtbot.waitUntil(approved, timeout=10_000)
    assert [s.id for s in screen.selected()] == [second]
    assert window.live_label.text() == "Just now: hq2 approved subsidies (1)"
    assert screen.model.counts()["approved"] == 1


def test_a_store_saved_meanwhile_by_someone_else_ends_in_a_choice(
    qtbot, main_window, wait_idle, ledger_location, worker_call, top_level
):
    import dataclasses

    from dealer_app.services.stores import get_store, save_store
    from dealer_app.ui.dialogs.store_edit import StoreDialog

    window = main_window("hq")
    screen = window.show_screen("stores")
    wait_idle()
    store = worker_call(lambda ctx: get_store(ctx, "C001"))
    dialog = StoreDialog(screen.session, store, screen)
    dialog.show()
    as_user(
        ledger_location,
        "hq2",
        lambda ctx: save_store(
            ctx, dataclasses.replace(get_store(ctx, "C001"), city="汉口"), new=False
        ),
    )
    dialog.city.setText("汉阳")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: getattr(dialog, "conflict_box", None) is not None, timeout=10_000)
    box: QMessageBox = dialog.conflict_box
    assert "hq2 saved store C001" in box.text()
    assert "汉阳" in box.text() and "汉口" in box.text() and "City" in box.text()
    assert worker_call(lambda ctx: get_store(ctx, "C001")).city == "汉口"  # nothing overwritten
    keep = next(b for b in box.buttons() if b.text() == "&Keep mine")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)
    assert worker_call(lambda ctx: get_store(ctx, "C001")).city == "汉阳"


def test_who_is_signed_in(qtbot, main_window, wait_idle, ledger_location, backend):
    from dealer_app.ui.dialogs.who import WhoDialog

    window = main_window("hq")
    window.action_who.trigger()
    qtbot.waitUntil(lambda: window.findChild(WhoDialog) is not None, timeout=10_000)
    dialog = window.findChild(WhoDialog)
    if backend == "sqlite":
        assert "A ledger file does not know" in dialog.note.text()
        assert not dialog.table.isVisibleTo(dialog)
        return
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "hq (you)" in names
    row = names.index("hq (you)")
    assert dialog.table.item(row, 1).text() == "HQ finance"
    assert dialog.table.item(row, 3).text()[:2] == "20"


def test_a_slow_shared_ledger_is_said_without_blocking(
    qtbot, main_window, wait_idle, monkeypatch, backend
):
    import time

    from dealer_app.ui import main_window as module
    from dealer_app.ui.tasks import run_op

    monkeypatch.setattr(module, "SLOW_MS", 100)
    window = main_window("hq")
    seen = []
    run_op(window, lambda ctx: time.sleep(0.6))
    qtbot.wait(400)
    seen.append(window.slow_label.isVisible())
    wait_idle()
    assert seen == [backend == "pg"]  # a file's long work has its own progress
    assert not window.slow_label.isVisible()
