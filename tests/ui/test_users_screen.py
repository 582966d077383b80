"""Users screen (admins): add a user, lock him (sign-in refused), unlock, roles, passwords, and the
services' refusals shown plainly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dealer_app.ui.screens.users import COL_NAME, COL_REGION, COL_ROLE, COL_STATUS
from dealer_app.ui.widgets.message_banner import BAD, OK

pytestmark = pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)


PASSWORD = "password1"  # the ui conftest's template ledger


def _screen(main_window, wait_idle, user="admin"):
    window = main_window(user)
    screen = window.show_screen("users")
    wait_idle()
    return window, screen


def _rows(screen):
    return [
        tuple(screen.table.item(r, c).text() for c in (COL_NAME, COL_ROLE, COL_REGION, COL_STATUS))
        for r in range(screen.table.rowCount())
    ]


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_the_list(qtbot, main_window, wait_idle):
    window, screen = _screen(main_window, wait_idle)
    assert _rows(screen) == [
        ("admin (you)", "Administrator", "–", "Active"),
        ("hq", "HQ finance", "–", "Active"),
        ("hq2", "HQ finance", "–", "Active"),
        ("mgr.central", "Regional manager", "Central China", "Active"),
    ]
    assert screen.count_label.text() == "4 users"
    assert not screen.lock_button.isEnabled()  # nothing selected yet


def test_add_a_user_lock_him_and_his_sign_in_is_refused(
    qtbot, main_window, wait_idle, ledger_location, monkeypatch
):
    from dealer_app.ui.dialogs.sign_in import SignInDialog

    window, screen = _screen(main_window, wait_idle)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog.objectName() == "addUserDialog" and dialog.isVisible()
    assert dialog.role.currentData() == "regional_manager" and dialog.region.isEnabled()
    dialog.role.setCurrentIndex(dialog.role.findData("hq_finance"))
    assert not dialog.region.isEnabled()  # only regional managers have a region
    qtbot.keyClicks(dialog.name, "mgr.hunan")
    dialog.role.setCurrentIndex(dialog.role.findData("regional_manager"))
    assert dialog.region.isEnabled()
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    _ok(qtbot, dialog)
    assert dialog.errors["region"].text() == "A regional manager needs a region: choose one."
    assert dialog.errors["password"].text() == (
        "The password is too short: use at least 8 characters."
    )
    dialog.region.setCurrentIndex(dialog.region.findData("CENTRAL"))
    dialog.password.clear()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.password, "hunan-2025")
    qtbot.keyClicks(dialog.repeat, "hunan-2026")
    _ok(qtbot, dialog)
    assert dialog.errors["repeat"].text() == (
        "The two passwords differ; type the same password twice."
    )
    assert dialog.errors["region"].text() == ""
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "hunan-2025")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_idle()
    assert ("mgr.hunan", "Regional manager", "Central China", "Active") in _rows(screen)
    assert screen.banner.state == OK
    assert screen.banner.title.text() == (
        "mgr.hunan was added as Regional manager in Central China. They can sign in now."
    )
    assert screen.selected_user().name == "mgr.hunan"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert screen.lock_button.text() == "&Lock"
    qtbot.mouseClick(screen.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.selected_user().locked, timeout=5000)
    wait_idle()
    assert ("mgr.hunan", "Regional manager", "Central China", "Locked") in _rows(screen)
    assert screen.banner.title.text() == "mgr.hunan is locked and cannot sign in."
    assert screen.count_label.text() == "5 users · 1 locked"
    assert screen.lock_button.text() == "&Unlock"

    # he tries to sign in, with the right password
    sign_in = SignInDialog(ledger_location, "mgr.hunan")
    qtbot.addWidget(sign_in)
    sign_in.show()
    qtbot.keyClicks(sign_in.password_edit, "hunan-2025")
    qtbot.keyClick(sign_in.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sign_in.message.isVisible(), timeout=5000)
    assert sign_in.message.text() == (
        "The account mgr.hunan is locked. Ask an administrator to unlock it."
    )
    assert sign_in.user is None and sign_in.isVisible()

    qtbot.mouseClick(screen.lock_button, Qt.MouseButton.LeftButton)  # unlock: no question
    qtbot.waitUntil(lambda: not screen.selected_user().locked, timeout=5000)
    assert screen.banner.title.text() == "mgr.hunan is unlocked and can sign in again."


def test_change_role_and_reset_password(qtbot, main_window, wait_idle, worker_call):
    from dealer_app.services.audit import entries

    window, screen = _screen(main_window, wait_idle)
    screen.select_user("mgr.central")
    qtbot.mouseClick(screen.role_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog.region.currentData() == "CENTRAL"
    dialog.role.setCurrentIndex(dialog.role.findData("hq_finance"))
    assert not dialog.region.isEnabled() and dialog.region.currentData() is None
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_idle()
    assert ("mgr.central", "HQ finance", "–", "Active") in _rows(screen)
    assert screen.banner.title.text() == "mgr.central is now HQ finance."

    screen.select_user("hq2")
    qtbot.mouseClick(screen.password_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    qtbot.keyClicks(dialog.password, "new-secret-1")
    qtbot.keyClicks(dialog.repeat, "new-secret-1")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert screen.banner.title.text() == "The password of hq2 was reset."
    wait_idle()
    actions = [e.action for e in worker_call(lambda ctx: entries(ctx, user="admin"))][:2]
    assert actions == ["user.reset_password", "user.set_role"]


def test_refusals_from_the_services_are_shown(qtbot, main_window, wait_idle, monkeypatch):
    window, screen = _screen(main_window, wait_idle)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen.select_user("admin")
    qtbot.mouseClick(screen.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.banner.state == BAD, timeout=5000)
    assert screen.banner.title.text() == "You cannot lock your own account."

    qtbot.mouseClick(screen.role_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    dialog.role.setCurrentIndex(dialog.role.findData("hq_finance"))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.errors["role"].isVisibleTo(dialog), timeout=5000)
    assert dialog.errors["role"].text() == (
        "You cannot take the administrator role from yourself; ask another administrator."
    )
    assert dialog.isVisible()
    dialog.reject()

    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    qtbot.keyClicks(dialog.name, "hq")
    dialog.role.setCurrentIndex(dialog.role.findData("hq_finance"))
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.repeat, PASSWORD)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.errors["name"].isVisibleTo(dialog), timeout=5000)
    assert dialog.errors["name"].text() == "A user named hq already exists; pick another name."
    dialog.reject()


def test_only_admins_have_the_users_screen(qtbot, main_window, wait_idle):
    window = main_window("hq")
    assert window.screen("users") is None
    window = main_window("mgr.central")
    assert window.screen("users") is None
