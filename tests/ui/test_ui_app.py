"""Application set-up: fonts, languages, recent ledgers, switching ledgers, backups, roles."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from dealer_app.ui import i18n
from dealer_app.ui import settings as desk

PASSWORD = "password1"  # as in conftest.py


def test_shipped_chinese_font_is_the_fallback(qapp):
    from dealer_app.ui.fonts import CJK_FAMILY, install_cjk_fallback, register_fonts

    assert CJK_FAMILY in register_fonts()
    font = install_cjk_fallback(qapp)
    assert font.families()[-1] == CJK_FAMILY
    assert QApplication.font().families()[-1] == CJK_FAMILY
    assert CJK_FAMILY in QFontDatabase.families()
    raw = QRawFont.fromFont(QFont(CJK_FAMILY))
    assert all(raw.supportsCharacter(ord(c)) for c in "武汉光谷汽车融合店营业中")


def test_language_comes_from_settings_then_the_system(qapp, data_dir):
    assert i18n.configured_language() == i18n.system_language()
    i18n.set_language("zh_CN")
    assert i18n.configured_language() == "zh_CN"
    assert desk.settings_path().read_text(encoding="utf-8").count("zh_CN") == 1
    try:
        assert i18n.install_translators(qapp) == "zh_CN"
        assert i18n.is_chinese()

        from dealer_app.ui.formatting import store_status_label, yuan_compact
        from dealer_app.ui.screens.stores import StoresScreen

        assert StoresScreen.title() == "门店"
        from dealer_app import i18n as catalogue

        assert (
            catalogue.t(
                "import.problem_at_row",
                row=3,
                problem=catalogue.Msg("store.closed", {"store": "S1"}),
            )
            == "第 3 行：门店 S1 已关闭；已关闭的门店不能重新营业。"
        )
        assert store_status_label("open") == "营业中"
        assert yuan_compact(27_260_000) == "2,726万元"
    finally:
        i18n.install_translators(qapp, "en")
    assert not i18n.is_chinese()


def test_recent_ledgers_newest_first_without_duplicates(data_dir):
    a, b = data_dir / "a.sqlite3", data_dir / "b.sqlite3"
    desk.add_recent_ledger(a)
    desk.add_recent_ledger(b)
    desk.add_recent_ledger(a)
    assert desk.recent_ledgers() == [a.resolve(), b.resolve()]


def test_opening_another_ledger_replaces_the_window(qtbot, data_dir, ledger_path, qapp):
    from dealer_app.ui.app import AppController

    other = data_dir / "other.sqlite3"
    shutil.copy(ledger_path, other)
    controller = AppController()
    try:
        controller.start(ledger_path)
        qtbot.waitUntil(
            lambda: (
                controller.dialog is not None and controller.dialog.objectName() == "signInDialog"
            ),
            timeout=5000,
        )
        sign = controller.dialog
        sign.name_edit.setText("hq")
        qtbot.keyClicks(sign.password_edit, PASSWORD)
        qtbot.mouseClick(
            sign.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: controller.window is not None, timeout=5000)
        first = controller.window

        first.open_ledger_requested.emit(other)  # File > Open ledger… chose `other`
        qtbot.waitUntil(lambda: controller.dialog is not sign, timeout=5000)
        sign2 = controller.dialog
        assert sign2.name_edit.text() == "hq"  # last user remembered
        qtbot.keyClicks(sign2.password_edit, PASSWORD)
        qtbot.mouseClick(
            sign2.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: controller.window is not first, timeout=5000)
        second = controller.window
        qtbot.addWidget(second)
        assert second.session.ledger_path == other
        import shiboken6

        qtbot.waitUntil(lambda: not shiboken6.isValid(first))  # closed and deleted
        assert desk.recent_ledgers()[:2] == [other.resolve(), ledger_path.resolve()]
        second.close()
    finally:
        controller.shutdown()


def test_back_up_from_the_file_menu(qtbot, main_window, wait_idle, monkeypatch, tmp_path):
    window = main_window("hq")
    target = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.action_backup.trigger()
    wait_idle()
    assert target.exists() and target.stat().st_size > 0
    assert window.statusBar().currentMessage() == f"Backed up the ledger to {target}"
    assert desk.get_str("last_backup_folder") == str(tmp_path)


def test_an_administrator_sees_stores_but_cannot_edit_or_import(qtbot, main_window, wait_idle):
    window = main_window("admin")
    stores = window.show_screen("stores")
    wait_idle()
    assert stores.model.rowCount() == 12
    for button in (stores.add_button, stores.edit_button, stores.import_button):
        assert not button.isVisibleTo(window)
    assert window.user_label.text() == "admin · Administrator · All regions"


def test_the_log_folder_and_about_are_reachable(qtbot, main_window, monkeypatch, data_dir):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    window = main_window("hq")
    opened: list = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    about: list = []
    monkeypatch.setattr(QMessageBox, "about", lambda *a: about.append(a))
    for action in window.menuBar().actions()[-1].menu().actions():
        action.trigger()
    assert Path(opened[0].toLocalFile()) == data_dir / "logs"
    assert "Dealer Desk" in about[0][2]
