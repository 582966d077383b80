"""The base of every screen in the main window's sidebar.

A screen is a QWidget that loads its data through `run_op` (never on the GUI thread), declares
which change topics concern it, and reloads when one of them changed. See ui/README.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QStyle, QWidget

from dealer_app.domain.models import User
from dealer_app.ui.session import SessionInfo


def hide_unless(allowed: bool, *widgets: QWidget) -> None:
    """Hide `widgets` unless `allowed` (buttons a role may not use). It never shows them:
    `setVisible(True)` on a widget that has no parent yet makes it a window of its own, which
    flashes on screen and takes the activation from the main window when a screen is built while
    the window is shown (screens are built when first shown). Children show with their parent."""
    if not allowed:
        for widget in widgets:
            widget.hide()


def enable_for(
    button: QPushButton, user: User, action: str, items: Sequence[Any], allowed: bool = True
) -> None:
    """Enable `button` when `user` may take `action` on one of the selected `items` now (and
    `allowed`); else disable it with the first reason as its tooltip (domain/todo.py), so an
    action is never refused after its dialog. The button's own tooltip is kept for when it is
    enabled."""
    from dealer_app import i18n
    from dealer_app.domain.todo import refusal

    if button.property("hint") is None:
        button.setProperty("hint", button.toolTip())
    reasons = [refusal(user, action, item) for item in items]
    button.setEnabled(allowed and any(r is None for r in reasons))
    why = next((r for r in reasons if r is not None), None)
    if items and not button.isEnabled() and why is not None:
        button.setToolTip(i18n.text(why))
    else:
        button.setToolTip(button.property("hint"))


class Screen(QWidget):
    """Subclass this, set the class attributes, implement `refresh()`, and add a `ScreenEntry`
    for the class to SCREENS in `dealer_app/ui/screens/__init__.py` (the sidebar order).

    Class attributes:
      key       stable identifier (QSettings keys, object names, tests)
      icon      a QStyle.StandardPixmap for the sidebar
      concerns  Topic values (ui.tasks.Topic) whose changes make this screen reload

    Life cycle: the main window builds an allowed screen (and imports its module) the first
    time it is shown, inside its stack, and keeps it for the session; build visible widgets
    without showing parentless ones (`hide_unless`). `refresh()` is called when the screen is
    first shown, on F5, and after a change that concerns it: at once if it is visible, else the
    next time it is shown (so hidden screens cost nothing; screens never shown do not exist).
    """

    key: ClassVar[str] = ""
    icon: ClassVar[QStyle.StandardPixmap] = QStyle.StandardPixmap.SP_FileIcon
    concerns: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, session: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._dirty = True
        self.setObjectName(f"screen_{self.key}")

    def heading(self, title: str) -> tuple[QHBoxLayout, QLabel]:
        """The screen's title row: its `title` (translated by the subclass) and a label beside
        it for a count or summary. Returns (the row, the summary label)."""
        heading = QLabel(title)
        heading.setObjectName("screenTitle")
        summary = QLabel("")
        summary.setObjectName("countLabel")
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addSpacing(12)
        row.addWidget(summary, 1, Qt.AlignmentFlag.AlignBottom)
        return row, summary

    # -- what subclasses provide ----------------------------------------------------------------
    @classmethod
    def title(cls) -> str:
        """The sidebar and window-title text, translated. Override with a literal:
        `return QCoreApplication.translate("Screens", "Stores")`."""
        return cls.key

    @classmethod
    def allowed(cls, user: User) -> bool:
        """Whether this user's role sees the screen at all (the services enforce it anyway)."""
        return True

    def refresh(self) -> None:
        """Reload everything the screen shows, through run_op. Must not block."""

    def save_state(self, settings: QSettings) -> None:
        """Keep per-desktop view state (column widths, splitters) when the window closes."""

    def search_field(self) -> QLineEdit | None:
        """The field Ctrl+F focuses, if the screen has one."""
        return None

    # -- framework ---------------------------------------------------------------------------
    def on_ledger_changed(self, changes: frozenset[str]) -> None:
        if not (changes & self.concerns):
            return
        self._dirty = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._dirty = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def focus_search(self) -> bool:
        field = self.search_field()
        if field is None:
            return False
        field.setFocus()
        field.selectAll()
        return True
