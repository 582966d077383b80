"""Rules for code in dealer_app/ui that a reviewer would otherwise have to remember."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

import dealer_app.ui

UI = Path(dealer_app.ui.__file__).parent


def _sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p.name != "qtcompat.py")


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


def test_thousands_of_void_calls_and_emits_do_not_exhaust_none_or_true():
    """PySide6 6.12.0 drops a reference to None per void call and to True per emit; importing
    dealer_app.ui protects them (qtcompat). 20,000 of each would abort the interpreter without."""
    p = _Pinger()
    got = []
    p.ping.connect(got.append)
    label = QLabel()
    for i in range(20_000):
        p.ping.emit(i % 2 == 0)
        label.setText("x")
    assert len(got) == 20_000
    assert sys.getrefcount(None) > 1000 and sys.getrefcount(True) > 1000
