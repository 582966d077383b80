"""The desktop on a shared ledger (PostgreSQL): File → Connect to a shared ledger…, the sign-in
the server checks, the password kept only in the keychain when asked, the main window on the
server's data, a backup to a ledger file, the shared ledger among the recent ones."""

from __future__ import annotations

import datetime as dt

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dealer_app.ui import settings as desk

pytestmark = pytest.mark.parametrize("backend", ["pg"], indirect=True)

PASSWORD = "password1"


class MemoryKeyring(KeyringBackend):
    """The operating system's keychain, in memory (a test has none)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def keychain():
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def server(ledger, make_user, add_store):
    """A server ledger with a finance user and a store, and its address."""
    make_user("hq.desk", "hq_finance")
    add_store("C1", dt.date(2024, 6, 1))
    return ledger.test_servers


def _ok(qtbot, dialog, buttons) -> None:  # noqa: ANN001
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_connect_sign_in_remember_and_back_up(qtbot, qapp, data_dir, server, keychain, tmp_path):
    from dealer_app.ui.app import AppController

    controller = AppController()
    try:
        controller.connect_server()
        dialog = controller.dialog
        assert dialog.objectName() == "connectServerDialog"
        qtbot.addWidget(dialog)
        _ok(qtbot, dialog, dialog.findChild(QDialogButtonBox))
        assert dialog.message.isVisible() and "the server" in dialog.message.text()
        cluster = server.cluster
        dialog.host.setText(cluster.host)
        dialog.port.setValue(cluster.port)
        dialog.database.setText(server.db)
        qtbot.keyClicks(dialog.user, "hq.desk")
        dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))  # (the test server has no TLS)
        _ok(qtbot, dialog, dialog.findChild(QDialogButtonBox))
        qtbot.waitUntil(lambda: controller.dialog.objectName() == "signInDialog", timeout=5000)
        sign = controller.dialog
        url = f"postgresql://hq.desk@{cluster.host}:{cluster.port}/{server.db}?sslmode=disable"
        assert str(sign.ledger_path) == url
        assert sign.name_edit.text() == "hq.desk" and sign.remember.isVisible()
        qtbot.keyClicks(sign.password_edit, "wrong-password")
        _ok(qtbot, sign, sign.buttons)
        qtbot.waitUntil(lambda: sign.message.isVisible(), timeout=5000)
        assert "Wrong user name or password" in sign.message.text()
        qtbot.keyClicks(sign.password_edit, PASSWORD)
        sign.remember.setChecked(True)
        _ok(qtbot, sign, sign.buttons)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
        window = controller.window
        qtbot.addWidget(window)
        assert f"{server.db}@{cluster.host}" in window.windowTitle()
        assert keychain.items == {("Dealer Desk", f"hq.desk@{url}"): PASSWORD}
        assert desk.recent_ledgers()[0] == url
        settings_file = (
            (data_dir / "settings.ini") if (data_dir / "settings.ini").exists() else None
        )
        if settings_file is not None:
            assert PASSWORD not in settings_file.read_text(errors="replace")

        # File → Back up…: a ledger file of the server's data, its chain intact
        copy = tmp_path / "copy.sqlite3"
        from PySide6.QtWidgets import QFileDialog

        import tests.ui.test_ui_shared_ledger as me  # noqa: F401

        original = QFileDialog.getSaveFileName
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(copy), ""))
        try:
            window.action_backup.trigger()
            qtbot.waitUntil(copy.exists, timeout=10_000)
        finally:
            QFileDialog.getSaveFileName = original
        from dealer_app.storage import audit as audit_store
        from dealer_app.storage.db import open_ledger

        led = open_ledger(copy)
        try:
            assert audit_store.verify(led)[1] == []
            assert led.query_one("SELECT count(*) FROM stores")[0] == 1
        finally:
            led.close()
        window.close()
    finally:
        controller.shutdown()

    # The next start on the same address: the keychain fills the password in.
    again = AppController()
    try:
        again.start(url)
        qtbot.waitUntil(lambda: again.dialog is not None, timeout=5000)
        sign = again.dialog
        qtbot.addWidget(sign)
        assert sign.password_edit.text() == PASSWORD and sign.remember.isChecked()
        sign.remember.setChecked(False)  # and forgets it when asked
        _ok(qtbot, sign, sign.buttons)
        qtbot.waitUntil(lambda: again.window is not None, timeout=10_000)
        qtbot.addWidget(again.window)
        assert keychain.items == {}
        again.window.close()
    finally:
        again.shutdown()
