"""Sign-in dialog and the start-up flow: first start, demo, unusable ledger."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from dealer_app.ui.dialogs.sign_in import SignInDialog
from dealer_app.ui.tasks import run_session_op

PASSWORD = "password1"  # as in conftest.py


def _open(qtbot, tasks, path):
    run_session_op(None, lambda s: s.open(path))
    qtbot.waitUntil(lambda: tasks.idle)


def _click_ok(qtbot, dialog):
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_wrong_then_right_password(qtbot, tasks, ledger_path):
    _open(qtbot, tasks, ledger_path)
    dialog = SignInDialog(ledger_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "hq")
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert dialog.message.text() == "Wrong user name or password. Check both and try again."
    assert dialog.isVisible()
    assert dialog.password_edit.text() == ""

    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _click_ok(qtbot, dialog)
    assert dialog.user.name == "hq"
    assert dialog.user.role == "hq_finance"

    again = SignInDialog(ledger_path)
    qtbot.addWidget(again)
    assert again.name_edit.text() == "hq"  # the last user is remembered


def test_locked_account_is_explained(qtbot, tasks, ledger_path, ledger_template):
    from dealer_app.services.users import set_locked, sign_in
    from dealer_app.storage.db import open_ledger

    ledger = open_ledger(ledger_path)
    set_locked(sign_in(ledger, "admin", PASSWORD), "mgr.central", True)
    ledger.close()
    _open(qtbot, tasks, ledger_path)
    dialog = SignInDialog(ledger_path, "mgr.central")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert dialog.message.text() == (
        "The account mgr.central is locked. Ask an administrator to unlock it."
    )


def test_empty_fields_are_refused_without_asking_the_ledger(qtbot, tasks, ledger_path):
    dialog = SignInDialog(ledger_path, "")
    qtbot.addWidget(dialog)
    dialog.show()
    _click_ok(qtbot, dialog)
    assert dialog.message.text() == "Enter your user name and password."
    assert tasks.idle


def test_first_start_creates_an_empty_ledger_then_signs_in(qtbot, data_dir, qapp):
    from dealer_app.ui.app import AppController

    controller = AppController()
    try:
        controller.start(None)
        dialog = controller.dialog
        assert dialog.objectName() == "welcomeDialog"
        qtbot.keyClicks(dialog.password, "short")
        qtbot.keyClicks(dialog.repeat, "short")
        _click_ok(qtbot, dialog)
        assert dialog.message.text() == "The password is too short: use at least 8 characters."
        dialog.password.clear()
        dialog.repeat.clear()
        qtbot.keyClicks(dialog.password, "secret-admin")
        qtbot.keyClicks(dialog.repeat, "secret-admin")
        _click_ok(qtbot, dialog)
        qtbot.waitUntil(lambda: controller.dialog.objectName() == "signInDialog", timeout=10000)
        sign = controller.dialog
        assert sign.name_edit.text() == "admin"
        qtbot.keyClicks(sign.password_edit, "secret-admin")
        _click_ok(qtbot, sign)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10000)
        window = controller.window
        qtbot.addWidget(window)
        assert (data_dir / "ledger.sqlite3").exists()
        assert [s.key for s in window.screens][:3] == ["dashboard", "stores", "eligibility"]
        assert "admin" in window.user_label.text()
        window.close()
    finally:
        controller.shutdown()


def test_demo_ledger_is_built_with_progress(qtbot, data_dir, qapp):
    from dealer_app.ui.app import AppController

    controller = AppController()
    try:
        controller.start(data_dir / "demo.sqlite3")
        dialog = controller.dialog
        assert dialog.demo_radio.isEnabled()
        qtbot.mouseClick(dialog.demo_radio, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClicks(dialog.repeat, PASSWORD)
        _click_ok(qtbot, dialog)
        qtbot.waitUntil(lambda: controller.dialog is not dialog, timeout=30000)
        sign = controller.dialog
        assert sign.objectName() == "signInDialog"
        sign.name_edit.setText("mgr.central")
        qtbot.keyClicks(sign.password_edit, PASSWORD)
        _click_ok(qtbot, sign)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10000)
        window = controller.window
        qtbot.addWidget(window)
        stores = window.screen("stores")
        assert stores.region_combo.count() == 1  # a regional manager sees their region only
        assert stores.region_combo.currentData() == "CENTRAL"
        window.close()
    finally:
        controller.shutdown()


def test_unusable_ledger_offers_the_latest_backup(qtbot, data_dir, ledger_template, qapp):
    from dealer_app.paths import backup_dir_for
    from dealer_app.ui.app import AppController
    from dealer_app.ui.dialogs.unusable import UnusableLedgerBox

    path = data_dir / "ledger.sqlite3"
    path.write_bytes(b"this is not a ledger at all" * 10)
    backups = backup_dir_for(path)
    backups.mkdir()
    shutil.copy(ledger_template, backups / "auto-ledger-2025-12-15.sqlite3")
    controller = AppController()
    try:
        controller.start(path)
        qtbot.waitUntil(lambda: isinstance(controller.dialog, UnusableLedgerBox), timeout=5000)
        box = controller.dialog
        assert "is not a Dealer Desk ledger" in box.informativeText()
        assert "auto-ledger-2025-12-15.sqlite3" in box.informativeText()
        assert box.restore_button is not None
        qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (
                isinstance(controller.dialog, QDialog)
                and controller.dialog.objectName() == "signInDialog"
            ),
            timeout=10000,
        )
        assert path.read_bytes().startswith(b"SQLite format 3")
        assert any(p.name.startswith("replaced-") for p in backups.iterdir())
    finally:
        controller.shutdown()
