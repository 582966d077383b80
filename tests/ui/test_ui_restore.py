"""File → Restore from a backup… (an administrator, a ledger file): the same checks as the
command line's restore, through the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


def test_an_administrator_restores_a_chosen_backup_from_the_window(
    qtbot, main_window, wait_idle, ledger_location, tmp_path
):
    """File → Restore from a backup…: the copy checked, a confirmation naming it, the ledger
    replaced (the old one kept aside), and the sign-in asked for again."""
    import datetime as dt

    from PySide6.QtWidgets import QMessageBox

    from dealer_app.domain.models import Store, StoreStatus, StoreType
    from dealer_app.services.backup import backup
    from dealer_app.services.stores import save_store
    from dealer_app.storage.db import open_ledger
    from tests.ui.conftest import as_user

    copy = tmp_path / "before.sqlite3"
    as_user(ledger_location, "admin", lambda ctx: backup(ctx, copy))
    as_user(
        ledger_location,
        "hq",
        lambda ctx: save_store(
            ctx,
            Store("Z999", "后来的门店", "某公司", "CENTRAL", "湖北", "武汉",
                  StoreType.CAR_INTEGRATION_STORE, dt.date(2025, 3, 1), StoreStatus.OPEN),
            new=True,
        ),
    )  # fmt: skip
    window = main_window("admin")
    assert window.action_restore.isVisible()
    asked: list = []
    window.open_ledger_requested.connect(asked.append)
    window.restore_from(copy)
    qtbot.waitUntil(lambda: getattr(window, "restore_box", None) is not None, timeout=5000)
    box = window.restore_box
    assert "before.sqlite3" in box.text()
    restore = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window, "restored", None) is not None, timeout=10_000)
    assert window.restored.exists() and asked == [ledger_location]
    led = open_ledger(ledger_location)
    try:
        assert led.query_one("SELECT count(*) FROM stores WHERE code = 'Z999'")[0] == 0
    finally:
        led.close()
    assert not main_window("hq").action_restore.isVisible()  # administrators only
