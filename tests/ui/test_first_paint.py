"""`after_first_paint`: work put off until a widget has painted. (Its being dropped when the
widget is deleted first is covered by test_ui_sign_in's unusable-ledger test, where the sign-in
dialog goes at once.)"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from dealer_app.ui.first_paint import after_first_paint


def test_runs_once_after_the_first_paint(qtbot):
    widget = QLabel("x")
    qtbot.addWidget(widget)
    calls: list[bool] = []
    after_first_paint(widget, lambda: calls.append(widget.isVisible()))
    qtbot.wait(20)
    assert calls == []  # never painted yet
    widget.show()
    qtbot.waitUntil(lambda: calls == [True])
    widget.update()
    qtbot.wait(30)
    assert calls == [True]  # not again for later paints
