"""Business settings kept in the ledger (issuer, letter texts, thresholds) as JSON values."""

from __future__ import annotations

import json
from typing import Any

from dealer_app.storage.db import Ledger


def get_all(ledger: Ledger) -> dict[str, Any]:
    return {r[0]: json.loads(r[1]) for r in ledger.query("SELECT key, value FROM settings")}


def get(ledger: Ledger, key: str, default: Any = None) -> Any:
    r = ledger.query_one("SELECT value FROM settings WHERE key = ?", (key,))
    return json.loads(r[0]) if r else default


def put(ledger: Ledger, key: str, value: Any) -> None:
    ledger.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )
