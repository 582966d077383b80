"""The server stopped while a person works (a shared ledger): a non-blocking notice, this
desktop's read-only copy opens with a banner naming its time, nothing can be changed in it, and
when the server is back the person returns to the live ledger with one click."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

pytestmark = pytest.mark.parametrize("backend", ["pg"], indirect=True)

PASSWORD = "password1"


@pytest.fixture
def server(ledger, make_user, add_store):
    make_user("hq.desk", "hq_finance")
    add_store("C1", dt.date(2024, 6, 1))
    return ledger.test_servers


def test_the_server_away_and_back(qtbot, qapp, data_dir, server, monkeypatch):  # noqa: ARG001
    from dealer_app.services.offline import find_copy
    from dealer_app.ui import live
    from dealer_app.ui.app import AppController

    monkeypatch.setattr(live, "RETRY", 0.3)
    monkeypatch.setattr(live.ServerProbe, "PROBE", 0.3)
    url, cluster = server.url, server.cluster
    controller = AppController()
    try:
        controller.open_server(url)
        sign = controller.dialog
        qtbot.addWidget(sign)
        sign.name_edit.setText("hq.desk")
        qtbot.keyClicks(sign.password_edit, PASSWORD)
        qtbot.mouseClick(
            sign.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: controller.window is not None, timeout=30_000)
        live_window = controller.window
        qtbot.waitUntil(lambda: find_copy(url, "hq.desk") is not None, timeout=30_000)
        made = find_copy(url, "hq.desk").made_text

        cluster.pause()
        try:
            qtbot.waitUntil(lambda: live_window.offline_label.isVisible(), timeout=30_000)
            assert live_window.copy_button.isVisible()
            qtbot.mouseClick(live_window.copy_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: controller.window is not live_window, timeout=30_000)
            away = controller.window
            assert away.session.is_offline_copy
            assert away.copy_banner.isVisible()
            assert f"Read-only copy of {url} from {made}" in away.copy_banner.title.text()
            assert "read-only copy of" in away.windowTitle()
            screen = away.show_screen("stores")
            qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=30_000)
            assert not away.return_button.isVisible()
        finally:
            cluster.resume()
        qtbot.waitUntil(lambda: away.return_button.isVisible(), timeout=30_000)
        assert "can be reached again" in away.copy_banner.title.text()
        qtbot.mouseClick(away.return_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: controller.window is not away, timeout=30_000)
        back = controller.window
        assert not back.session.is_offline_copy
        assert back.session.ledger_path == url
        back.close()
    finally:
        controller.shutdown()
