"""Text a server ledger cannot hold (a NUL character) is a plain refusal on both backends, never
an internal error (PostgreSQL's text refuses NUL; SQLite would store it)."""

from __future__ import annotations

import datetime as dt

from dealer_app.domain.errors import DealerError
from dealer_app.domain.models import Store, StoreStatus, StoreType
from dealer_app.services import stores


def test_a_nul_character_in_a_name_is_refused_plainly(make_user):
    hq = make_user("hq.text", "hq_finance")
    store = Store(
        "T1",
        "门店\x00一",
        "经销商有限公司",
        "CENTRAL",
        "湖北",
        "武汉",
        StoreType.CAR_INTEGRATION_STORE,
        dt.date(2024, 6, 1),
        StoreStatus.OPEN,
    )
    try:
        saved = stores.save_store(hq, store, new=True)
    except DealerError as exc:
        assert exc.code and "internal" not in exc.message.lower()
        return
    assert "\x00" not in saved.name  # cleaned before it is stored
