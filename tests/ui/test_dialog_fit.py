"""A message appearing in a shown dialog makes the dialog taller; it never squeezes the line
edits (Qt does not grow a top-level window for a word-wrapped label by itself)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit

LONG = (
    "Too many wrong passwords: the account admin is locked until 10:45. Try again then, or ask "
    "an administrator to unlock it."
)


def _edits_keep_their_height(dialog) -> None:  # noqa: ANN001
    for edit in dialog.findChildren(QLineEdit):
        if edit.isVisible():
            assert edit.height() >= edit.sizeHint().height(), edit.objectName()


def test_the_sign_in_dialog_grows_for_its_message(qtbot, data_dir):
    from dealer_app.ui.dialogs.sign_in import SignInDialog

    dialog = SignInDialog(Path("ledger.sqlite3"), "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.show_message(LONG)
    qtbot.wait(20)
    assert dialog.height() > before
    assert dialog.message.height() >= dialog.message.heightForWidth(dialog.message.width())
    _edits_keep_their_height(dialog)


def test_the_welcome_dialog_grows_for_its_message(qtbot, data_dir):
    from dealer_app.ui.dialogs.create_ledger import CreateLedgerDialog

    dialog = CreateLedgerDialog(data_dir / "ledger.sqlite3", True, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.show_message(LONG + " " + LONG)
    qtbot.wait(20)
    assert dialog.height() > before
    _edits_keep_their_height(dialog)


def test_the_store_dialog_grows_for_its_field_problems(qtbot, main_window, wait_idle):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from dealer_app.ui.dialogs.store_edit import StoreDialog

    window = main_window("hq")
    screen = window.show_screen("stores")
    wait_idle()
    dialog = StoreDialog(screen.session, None, screen)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.errors["name"].isVisible(), timeout=5000)
    qtbot.wait(20)
    _edits_keep_their_height(dialog)
