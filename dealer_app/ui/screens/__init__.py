"""The screens of the main window, in sidebar order.

To add a screen: write `screens/<name>.py` with a `Screen` subclass (see base.py and
ui/README.md), import it here and add it to SCREENS. The main window shows the screens whose
`allowed(user)` is true; Ctrl+1..9 follow this order.
"""

from __future__ import annotations

from dealer_app.domain.models import User
from dealer_app.ui.screens.audit import AuditScreen
from dealer_app.ui.screens.base import Screen
from dealer_app.ui.screens.closures import ClosuresScreen
from dealer_app.ui.screens.dashboard import DashboardScreen
from dealer_app.ui.screens.eligibility import EligibilityScreen
from dealer_app.ui.screens.letters import LettersScreen
from dealer_app.ui.screens.policies import PoliciesScreen
from dealer_app.ui.screens.settings import SettingsScreen
from dealer_app.ui.screens.stores import StoresScreen
from dealer_app.ui.screens.subsidies import SubsidiesScreen
from dealer_app.ui.screens.users import UsersScreen

SCREENS: list[type[Screen]] = [
    DashboardScreen,
    StoresScreen,
    EligibilityScreen,
    SubsidiesScreen,
    ClosuresScreen,
    LettersScreen,
    AuditScreen,
    PoliciesScreen,
    UsersScreen,
    SettingsScreen,
]


def screens_for(user: User) -> list[type[Screen]]:
    return [cls for cls in SCREENS if cls.allowed(user)]


__all__ = ["SCREENS", "Screen", "screens_for"]
