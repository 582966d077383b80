"""Work that must not delay a widget's first paint: `after_first_paint(widget, then)`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            # Once this paint is on screen; not at all if the widget is gone by then (this
            # filter, its child, is the timer's context).
            QTimer.singleShot(0, self, self.then)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Run `then` once `widget` has been painted (on the GUI thread, in a later turn of the
    event loop). Nothing runs if the widget is destroyed before that."""
    _FirstPaint(widget, then)
