"""The screens of the main window, in sidebar order, imported only when first needed.

SCREENS lists one `ScreenEntry` per screen: its key, title, icon and role rule (what the sidebar
needs before the screen exists) and where its class lives. The main window builds a screen, and
imports its module, the first time it is shown, so starting the application imports no screen
but the first (the letters screen alone pulls in reportlab).

To add a screen: write `screens/<name>.py` with a `Screen` subclass (see base.py and
ui/README.md) and add a `ScreenEntry` for it to SCREENS. The entry repeats the class's `key`,
`title()`, `icon` and `allowed()` so that nothing has to be imported to draw the sidebar; a test
(tests/ui/test_ui_screen_registry.py) holds the two to the same values. The main window shows
the screens whose `allowed(user)` is true; Ctrl+1..9 follow this order.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle

from dealer_app.domain.models import Role
from dealer_app.ui.screens.base import Screen

if TYPE_CHECKING:
    from dealer_app.domain.models import User

SP = QStyle.StandardPixmap


def _everyone(user: User) -> bool:
    return True


def _payments(user: User) -> bool:
    return user.role in (Role.HQ_FINANCE, Role.AUDITOR, Role.ADMIN, Role.REGIONAL_MANAGER)


def _admins(user: User) -> bool:
    return user.role == Role.ADMIN


@dataclass(frozen=True)
class ScreenEntry:
    """One sidebar screen, described without importing its module."""

    key: str
    module: str  # dealer_app.ui.screens.<module>
    class_name: str
    _title: Callable[[], str]
    icon: QStyle.StandardPixmap
    _allowed: Callable[[User], bool] = _everyone

    def title(self) -> str:
        """The sidebar and window-title text, translated (as the class's `title()`)."""
        return self._title()

    def allowed(self, user: User) -> bool:
        """Whether this user's role sees the screen (as the class's `allowed()`)."""
        return self._allowed(user)

    def load(self) -> type[Screen]:
        """The screen's class (imports its module on first use)."""
        module = importlib.import_module(f"{__name__}.{self.module}")
        return getattr(module, self.class_name)


# The titles are literals inside translate() calls so that pyside6-lupdate extracts them (the
# same "Screens" context and text as the classes' title(), so one translation serves both).
SCREENS: list[ScreenEntry] = [
    ScreenEntry(
        "dashboard",
        "dashboard",
        "DashboardScreen",
        lambda: QCoreApplication.translate("Screens", "Dashboard"),
        SP.SP_ComputerIcon,
    ),
    ScreenEntry(
        "stores",
        "stores",
        "StoresScreen",
        lambda: QCoreApplication.translate("Screens", "Stores"),
        SP.SP_DirHomeIcon,
    ),
    ScreenEntry(
        "eligibility",
        "eligibility",
        "EligibilityScreen",
        lambda: QCoreApplication.translate("Screens", "Eligibility"),
        SP.SP_DialogApplyButton,
    ),
    ScreenEntry(
        "subsidies",
        "subsidies",
        "SubsidiesScreen",
        lambda: QCoreApplication.translate("Screens", "Subsidies"),
        SP.SP_DialogYesButton,
    ),
    ScreenEntry(
        "closures",
        "closures",
        "ClosuresScreen",
        lambda: QCoreApplication.translate("Screens", "Closures"),
        SP.SP_TrashIcon,
    ),
    ScreenEntry(
        "letters",
        "letters",
        "LettersScreen",
        lambda: QCoreApplication.translate("Screens", "Letters"),
        SP.SP_FileDialogDetailedView,
    ),
    ScreenEntry(
        "payments",
        "payments",
        "PaymentsScreen",
        lambda: QCoreApplication.translate("Screens", "Payments"),
        SP.SP_DriveNetIcon,
        _payments,
    ),
    ScreenEntry(
        "audit",
        "audit",
        "AuditScreen",
        lambda: QCoreApplication.translate("Screens", "Audit"),
        SP.SP_FileDialogInfoView,
    ),
    ScreenEntry(
        "policies",
        "policies",
        "PoliciesScreen",
        lambda: QCoreApplication.translate("Screens", "Policies"),
        SP.SP_FileDialogContentsView,
    ),
    ScreenEntry(
        "users",
        "users",
        "UsersScreen",
        lambda: QCoreApplication.translate("Screens", "Users"),
        SP.SP_DirLinkIcon,
        _admins,
    ),
    ScreenEntry(
        "settings",
        "settings",
        "SettingsScreen",
        lambda: QCoreApplication.translate("Screens", "Settings"),
        SP.SP_FileDialogListView,
    ),
]


def screens_for(user: User) -> list[ScreenEntry]:
    return [entry for entry in SCREENS if entry.allowed(user)]


__all__ = ["SCREENS", "Screen", "ScreenEntry", "screens_for"]
