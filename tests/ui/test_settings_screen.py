"""Settings screen: admins change ledger settings (saved on the worker, audited, persisted);
others read them; placeholders; the interface language is kept for this desktop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dealer_app.ui.widgets.message_banner import INFO, OK

pytestmark = pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)


def _screen(main_window, wait_idle, user="admin"):
    window = main_window(user)
    screen = window.show_screen("settings")
    wait_idle()
    return window, screen


def test_a_change_persists_and_is_audited(
    qtbot, main_window, wait_idle, worker_call, ledger_location
):
    from dealer_app.services.audit import entries
    from dealer_app.services.settings import all_settings

    window, screen = _screen(main_window, wait_idle)
    assert screen.issuer_name_en.text() == "Demo Motors Sales & Service Co., Ltd."
    assert screen.months.value() == 6
    assert screen.state_label.text() == "No unsaved changes."
    assert not screen.save_button.isEnabled()

    screen.issuer_name_en.clear()
    qtbot.keyClicks(screen.issuer_name_en, "Central Motors Ltd.")
    screen.months.setValue(3)
    screen.losses["retail_store"].setValue(30_000)
    assert screen.state_label.text() == "3 unsaved changes"
    assert screen.changes() == {
        "issuer_name_en": "Central Motors Ltd.",
        "closure_months": 3,
        "closure_loss_by_type": {
            "car_integration_store": 500_000,
            "delivery_center": 800_000,
            "service_center": 300_000,
            "store_in_store": 60_000,
            "retail_store": 30_000,
        },
    }
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_saved is not None, timeout=5000)
    wait_idle()
    assert screen.banner.state == OK
    assert screen.banner.title.text() == "3 settings saved."
    assert screen.state_label.text() == "No unsaved changes."

    # persisted: another connection to the ledger reads the new values
    from tests.ui.conftest import as_user

    stored = as_user(ledger_location, "admin", lambda ctx: all_settings(ctx.ledger))
    assert stored["issuer_name_en"] == "Central Motors Ltd."
    assert stored["closure_months"] == 3
    assert stored["closure_loss_by_type"]["retail_store"] == 30_000

    entry = worker_call(lambda ctx: entries(ctx, action="settings.update"))[0]
    assert entry.user == "admin"
    assert entry.data["before"]["issuer_name_en"] == "Demo Motors Sales & Service Co., Ltd."
    assert entry.data["after"]["issuer_name_en"] == "Central Motors Ltd."
    assert entry.data["before"]["closure_months"] == 6
    assert entry.data["after"]["closure_months"] == 3
    assert set(entry.data["after"]) == {"issuer_name_en", "closure_months", "closure_loss_by_type"}

    # and a fresh screen shows them
    other_window, other = _screen(main_window, wait_idle, "hq")
    assert other.issuer_name_en.text() == "Central Motors Ltd."
    assert other.months.value() == 3


def test_problems_are_shown_before_saving(qtbot, main_window, wait_idle):
    window, screen = _screen(main_window, wait_idle)
    screen.issuer_name_zh.clear()
    assert screen.state_label.text() == "The Chinese issuer name cannot be empty: letters print it."
    assert not screen.save_button.isEnabled()
    qtbot.mouseClick(screen.revert_button, Qt.MouseButton.LeftButton)
    assert screen.issuer_name_zh.text() == "示范汽车销售服务有限公司"
    screen.cutoff.edit.setText("2025-02-30")
    assert screen.state_label.text().startswith("Cutoff: ")
    assert not screen.save_button.isEnabled()


def test_letter_text_placeholders(qtbot, main_window, wait_idle):
    window, screen = _screen(main_window, wait_idle)
    editor = screen.letter_body_en
    assert editor.toPlainText() == ""  # empty: the built-in text, shown as the placeholder
    assert editor.placeholderText().startswith("Dear {partner_name},")
    screen.bodies.setCurrentIndex(1)
    qtbot.keyClicks(editor, "Dear ")
    button = next(b for b in screen.placeholder_buttons if b.text() == "{partner_name}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor, ", we pay {amount}.")
    assert editor.toPlainText() == "Dear {partner_name}, we pay {amount}."
    assert screen.body_warning.isVisibleTo(window)
    assert screen.body_warning.text().startswith("Not a placeholder: {amount}.")
    qtbot.mouseClick(screen.builtin_button, Qt.MouseButton.LeftButton)
    assert editor.toPlainText() == ""
    assert not screen.body_warning.isVisibleTo(window)


def test_others_read_only_and_the_language_is_per_desktop(qtbot, main_window, wait_idle):
    from dealer_app.ui import i18n

    window, screen = _screen(main_window, wait_idle, "mgr.central")
    assert screen.issuer_name_zh.text() == "示范汽车销售服务有限公司"
    assert screen.issuer_name_zh.isReadOnly()
    assert screen.letter_body_zh.isReadOnly()
    assert screen.months.isReadOnly()
    assert not screen.save_button.isVisibleTo(window)
    assert not screen.builtin_button.isVisibleTo(window)

    assert i18n.configured_language() in ("en", "zh_CN")
    screen.language.setCurrentIndex(screen.language.findData("zh_CN"))
    screen.language.activated.emit(screen.language.currentIndex())
    assert i18n.configured_language() == "zh_CN"
    assert screen.banner.state == INFO
    assert screen.banner.title.text() == "Interface language set to 中文（简体）."
    assert screen.banner.body.text() == "The window is shown again in it; nothing else changes."


def test_payment_limits_and_voucher_accounts(qtbot, main_window, wait_idle, ledger_location):
    from dealer_app.services.settings import all_settings
    from tests.ui.conftest import as_user

    window, screen = _screen(main_window, wait_idle)
    assert screen.max_count.value() == 500 and screen.accounts["bank"][0].text() == "100201"
    assert screen.changes() == {}
    screen.max_count.setValue(200)
    screen.accounts["bank"][0].setText("100202")
    screen.accounts["bank"][1].setText("银行存款—工行")
    screen.aux["store"].setChecked(False)
    assert set(screen.changes()) == {"payments_max_count", "voucher_accounts", "voucher_aux"}
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_saved is not None, timeout=5000)
    wait_idle()
    stored = as_user(ledger_location, "admin", lambda ctx: all_settings(ctx.ledger))
    assert stored["payments_max_count"] == 200
    assert stored["voucher_accounts"]["bank"] == {"code": "100202", "name": "银行存款—工行"}
    assert stored["voucher_aux"] == ["partner", "region"]
    screen.accounts["expense"][0].setText("")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert screen.banner.title.text() == "Not saved."
    assert "is not an account code" in screen.banner.body.text()
