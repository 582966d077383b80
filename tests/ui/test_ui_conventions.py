"""Rules for code in dealer_app/ui that a reviewer would otherwise have to remember."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

import dealer_app.ui
from dealer_app.ui.qtcompat import emit

UI = Path(dealer_app.ui.__file__).parent


def _sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p.name != "qtcompat.py")


def test_signals_are_emitted_through_qtcompat_emit():
    offenders = [
        f"{p.relative_to(UI)}:{n}"
        for p in _sources()
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if ".emit(" in line
    ]
    assert offenders == [], "use dealer_app.ui.qtcompat.emit(signal, ...) instead of .emit()"


def test_ui_uses_no_sql_and_no_storage_beyond_the_allowed_names():
    allowed = {
        "from dealer_app.storage.stores import StoreFilter",
        "from dealer_app.storage.db import Ledger",
        "from dealer_app.storage.db import open_ledger",
    }
    bad = []
    for p in _sources():
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            text = line.strip()
            if "dealer_app.storage" in text and text not in allowed:
                bad.append(f"{p.relative_to(UI)}:{n}: {text}")
            if re.search(r"\b(SELECT|INSERT|UPDATE|DELETE)\s", text) and "execute" in text:
                bad.append(f"{p.relative_to(UI)}:{n}: SQL")
    assert bad == []


class _Pinger(QObject):
    ping = Signal(bool)


def test_many_emits_do_not_exhaust_true():
    p = _Pinger()
    got = []
    p.ping.connect(got.append)
    before = sys.getrefcount(True)
    for i in range(2000):
        emit(p.ping, i % 2 == 0)
    assert len(got) == 2000
    assert sys.getrefcount(True) >= before - 50  # no steady leak (other code may hold a few)
