"""One clock: nothing a user sets moves the time that signing in, lockouts, audit entries and
policy validity go by; a training ledger's business date is an audited setting."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os

import pytest

from dealer_app.domain.errors import AuthenticationFailed, Conflict, PermissionDenied
from dealer_app.services import policies, settings, subsidies
from dealer_app.services.audit import entries
from dealer_app.services.context import Context, system_clock
from dealer_app.services.users import sign_in
from tests.conftest import ledger_as

PASSWORD = "password1"


def test_the_environment_does_not_move_the_clock():
    assert os.environ["DEALER_APP_TODAY"] == "2099-01-01"  # set for every test (conftest)
    assert abs(system_clock() - dt.datetime.now().astimezone()) < dt.timedelta(minutes=1)


@pytest.mark.sqlite_only
def test_a_lockout_lasts_by_the_machines_clock(ledger, make_user):
    make_user("mgr.central", "regional_manager", "CENTRAL")
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            sign_in(ledger, "mgr.central", "wrong-guess")
    with pytest.raises(AuthenticationFailed) as info:
        sign_in(ledger, "mgr.central", PASSWORD)  # the right password, still locked
    assert info.value.code == "auth.locked_for_now"
    until = ledger.query_one("SELECT locked_until FROM users WHERE name = 'mgr.central'")[0]
    assert until[:4] == str(dt.date.today().year) or until[:4] == str(dt.date.today().year + 1)


def test_the_business_date_is_an_audited_setting_for_administrators(admin, make_user):
    settings.update(admin, {"business_date": "2025-12-16"})
    [entry] = [e for e in entries(admin) if e.action == "settings.update"]
    assert entry.data["after"] == {"business_date": "2025-12-16"}
    fresh = Context(admin.ledger, admin.user, system_clock)
    assert fresh.today() == dt.date(2025, 12, 16)
    assert fresh.now()[:4] == str(dt.date.today().year)  # audit times: the real clock
    hq = make_user("hq.finance", "hq_finance")
    with pytest.raises(PermissionDenied):
        settings.update(hq, {"business_date": "2019-01-01"})
    settings.update(admin, {"business_date": ""})
    assert Context(admin.ledger, admin.user, system_clock).today() == dt.date.today()


def test_policy_validity_goes_by_the_machines_clock(admin, make_user, add_store):
    """A business date in the policy's days does not reopen an expired policy."""
    settings.update(admin, {"business_date": "2025-12-16"})
    old = policies.get_policy(admin, "YE2025")
    policies.save_policy(
        admin,
        dataclasses.replace(
            old, version=old.version + 1, valid_to=dt.date.today() - dt.timedelta(days=1)
        ),
    )
    add_store("S1", dt.date(2024, 6, 1))
    mgr = make_user("mgr.central", "regional_manager", "CENTRAL", clock=system_clock)
    with pytest.raises(Conflict) as info:
        subsidies.propose(mgr, "YE2025", "S1")
    assert info.value.code == "policy.expired"


@pytest.mark.sqlite_only
def test_twelve_wrong_passwords_at_once_are_five_checked(ledger, make_user, ledger_path):
    """Each attempt is counted before its password is checked, under the write lock: the sixth
    to twelfth find the account locked and are refused unchecked."""
    import threading

    from dealer_app.services import users
    from dealer_app.storage.db import open_ledger

    make_user("mgr.central", "regional_manager", "CENTRAL")
    checked = []
    real = users.check_password

    def counting(password: str, stored: str) -> bool:
        checked.append(password)
        return real(password, stored)

    users.check_password = counting
    outcomes: list[str] = []
    start = threading.Barrier(12)

    def guess(i: int) -> None:
        own = open_ledger(ledger_path)
        try:
            start.wait()
            sign_in(own, "mgr.central", f"guess-{i}")
        except AuthenticationFailed as exc:
            outcomes.append(exc.code)
        finally:
            own.close()

    try:
        threads = [threading.Thread(target=guess, args=(i,)) for i in range(12)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        users.check_password = real
    assert len(checked) == 5
    assert len(outcomes) == 12 and outcomes.count("auth.locked_for_now") >= 7


def test_a_user_name_that_passes_for_another_is_refused(admin, make_user):
    from dealer_app.domain.errors import InvalidInput
    from dealer_app.services.users import add_user

    make_user("hq.finance", "hq_finance")
    for name, code in (
        ("hq.fіnance", "user.mixed_alphabets"),  # Cyrillic і
        ("HQ.Finance", "user.exists"),  # names are compared without case
        ("hq.flnance", "user.looks_like"),
        ("ｈｑ.ｆｉｎａｎｃｅ", "user.exists"),  # full-width: the same name once normalised
        ("hq\u202e.finance", "user.bad_name"),
    ):
        with pytest.raises((InvalidInput, Conflict)) as info:
            add_user(admin, name, "hq_finance", None, "password1")
        assert info.value.code == code, name


def test_four_eyes_flags_approvals_by_accounts_one_administrator_made(admin, add_store):
    """An administrator who makes two finance accounts can propose with one and approve with
    the other: the approval is flagged; two accounts made by different people are not."""
    from dealer_app.services.audit import four_eyes
    from dealer_app.services.users import add_user, reset_password

    add_store("S1", dt.date(2024, 6, 1))
    add_store("S2", dt.date(2024, 6, 1))
    add_user(admin, "fin.a", "hq_finance", None, PASSWORD)
    add_user(admin, "fin.b", "hq_finance", None, PASSWORD)
    a = sign_in(ledger_as(admin.ledger, "fin.a"), "fin.a", PASSWORD, admin.clock)
    b = sign_in(ledger_as(admin.ledger, "fin.b"), "fin.b", PASSWORD, admin.clock)
    sid = subsidies.propose(a, "YE2025", "S1")
    subsidies.approve(b, sid)
    [flag] = four_eyes(admin)
    assert flag.code == "four_eyes.same_hands"
    assert (flag.params["approver"], flag.params["proposer"], flag.params["admin"]) == (
        "fin.b",
        "fin.a",
        "admin",
    )
    # A second administrator resets one of them: still one person could hold both.
    add_user(admin, "admin2", "admin", None, PASSWORD)
    admin2 = sign_in(ledger_as(admin.ledger, "admin2"), "admin2", PASSWORD, admin.clock)
    reset_password(admin2, "fin.a", "new-password-1")
    sid2 = subsidies.propose(a, "YE2025", "S2")
    subsidies.approve(b, sid2)
    assert len(four_eyes(admin)) == 1  # fin.a's custodian is admin2 now, fin.b's admin
    settings.update(admin, {"four_eyes_window_days": 0})
    assert four_eyes(admin) == []
