"""Keeping a dialog tall enough for what it shows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(window: QWidget) -> None:
    """Make a shown window tall enough for its layout at its current width, after a message
    label appeared or grew. Qt does not grow a top-level window for the height a word-wrapped
    label needs: it squeezes the other rows (the line edits) instead. The width stays; the
    window never shrinks here, nor grows past the screen."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    if layout.hasHeightForWidth():
        need = layout.totalHeightForWidth(width)
    else:
        need = layout.totalSizeHint().height()
    need = max(need, layout.totalMinimumSize().height())
    screen = window.screen()
    if screen is not None:  # never taller than the screen
        need = min(need, screen.availableGeometry().height())
    if need > window.height():
        window.resize(width, need)
