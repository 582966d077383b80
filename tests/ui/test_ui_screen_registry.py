"""The lazy screen registry: entries agree with their classes; screens are built when first shown
and never flash as windows of their own."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from dealer_app.domain.models import Role, User
from dealer_app.ui.screens import SCREENS, ScreenEntry, screens_for

USERS = [
    User("a", Role.ADMIN),
    User("h", Role.HQ_FINANCE),
    User("m", Role.REGIONAL_MANAGER, region="CENTRAL"),
]


@pytest.mark.parametrize("entry", SCREENS, ids=lambda e: e.key)
def test_each_entry_says_what_its_class_says(qapp, entry: ScreenEntry):
    cls = entry.load()
    assert cls.__module__ == f"dealer_app.ui.screens.{entry.module}"
    assert cls.key == entry.key
    assert cls.title() == entry.title()
    assert cls.icon == entry.icon
    assert [cls.allowed(u) for u in USERS] == [entry.allowed(u) for u in USERS]


def test_the_sidebar_order_and_roles():
    assert [e.key for e in SCREENS] == [
        "dashboard",
        "stores",
        "eligibility",
        "subsidies",
        "closures",
        "letters",
        "payments",
        "audit",
        "policies",
        "users",
        "settings",
    ]
    assert [e.key for e in screens_for(USERS[0])][-2:] == ["users", "settings"]
    assert "users" not in [e.key for e in screens_for(USERS[1])]


def test_screens_are_built_when_first_shown(qtbot, main_window, wait_idle):
    window = main_window("hq")
    assert [s.key for s in window.built_screens()] == ["dashboard"]
    assert window.sidebar.count() == len(window.screen_keys()) == 10
    stores = window.show_screen("stores")
    wait_idle()
    assert window.current_screen() is stores
    assert [s.key for s in window.built_screens()] == ["dashboard", "stores"]
    assert window.stack.count() == 10
    assert window.stack.indexOf(stores) == 1
    assert window.screen("users") is None  # not this role's
    assert [s.key for s in window.screens] == window.screen_keys()  # builds the rest
    assert window.current_screen() is stores


def test_building_a_screen_asks_the_worker_for_nothing(qtbot, main_window, wait_idle):
    """Data is loaded when a screen is shown (Screen.showEvent), not while it is built."""
    from dealer_app.ui.tasks import task_manager

    window = main_window("admin")
    assert task_manager().idle
    assert len(window.screens) == 11  # every screen built, none shown
    assert task_manager().idle


@pytest.mark.parametrize("user", ["hq", "admin", "mgr.central"])
def test_building_a_screen_keeps_the_window_active_and_shows_no_other_window(
    qtbot, main_window, wait_idle, user
):
    window = main_window(user)
    before = {id(w) for w in QApplication.topLevelWidgets()}
    for key in window.screen_keys():
        window.show_screen(key)
        wait_idle()
        assert QApplication.activeWindow() is window, key
    shown = [
        type(w).__name__
        for w in QApplication.topLevelWidgets()
        if id(w) not in before and w.isVisible()
    ]
    assert shown == []
