"""Read-only when the server is away: the copy a desktop keeps of what its user may see, opened
when the shared ledger cannot be reached (a regional manager's copy holds their region only;
nothing can be written; letters print as copies counting nothing)."""

import datetime as dt
import os
import stat

import pytest

from dealer_app.domain.errors import LedgerWriteRefused, NotFound
from dealer_app.i18n import text
from dealer_app.services import letters, offline, stores, subsidies
from dealer_app.services.session import Session

pytestmark = pytest.mark.parametrize("backend", ["pg"], indirect=True)

PASSWORD = "password1"  # tests/conftest.py


@pytest.fixture
def central(make_user, add_store):
    add_store("C1", dt.date(2024, 12, 31))
    add_store("E1", dt.date(2024, 12, 31), region="EAST")
    mgr = make_user("mgr.central", "regional_manager", "CENTRAL")
    mgr2 = make_user("mgr.central2", "regional_manager", "CENTRAL")
    sid = subsidies.propose(mgr, "YE2025", "C1")
    subsidies.approve(mgr2, sid)
    issued = letters.issue_letters(mgr, [sid])
    return mgr, issued.records[0].number


def test_a_managers_copy_holds_their_region_and_refuses_writes(central, ledger):
    mgr, number = central
    session = Session()
    session.offline_copies = True
    session.open(ledger.test_servers.url)
    session.sign_in("mgr.central", PASSWORD)
    session.wait_for_background()
    found = offline.find_copy(ledger.test_servers.url, "mgr.central")
    assert found is not None and found.path.parent.name == "offline"
    assert stat.S_IMODE(os.stat(found.path).st_mode) & 0o077 == 0  # theirs alone
    session.close()

    away = Session()
    away.open_copy(ledger.test_servers.url, "mgr.central")
    ctx = away.require_ctx()
    assert [s.code for s in stores.list_stores(ctx)] == ["C1"]
    with pytest.raises(LedgerWriteRefused) as refused:
        subsidies.propose(ctx, "YE2025", "C1")
    assert "read-only copy of postgresql://" in text(refused.value, "en")
    assert "只读副本" in text(refused.value, "zh_CN")
    prints = letters.claim_prints(ctx, [number])
    assert [p.copy for p in prints] == [True]
    assert letters.render_prints(prints)[:4] == b"%PDF"
    away.close()


def test_no_copy_is_a_plain_message(ledger):
    with pytest.raises(NotFound) as missing:
        Session().open_copy(ledger.test_servers.url, "nobody.here")
    assert "no read-only copy" in text(missing.value, "en")
