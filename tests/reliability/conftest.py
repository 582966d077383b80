"""Fixtures for the reliability tests: template ledgers built once per session and copied.

Tests marked `slow` (the long kill and race loops) are skipped unless they are asked for, with
`pytest -m slow` or `DEALER_APP_SLOW_TESTS=1`; the default run stays short.

Figures (kills survived, races run, hostile inputs tried, rows lost) are added up in
`FIGURES` and, when `DEALER_APP_FIGURES=path.json` is set, written there at the end of the run.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from reliability_support import PASSWORD, build_demo_ledger, context

FIGURES: Counter = Counter()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    wanted = "slow" in (config.getoption("-m") or "") or os.environ.get("DEALER_APP_SLOW_TESTS")
    if wanted:
        return
    skip = pytest.mark.skip(reason="slow: run with -m slow or DEALER_APP_SLOW_TESTS=1")
    for item in items:
        if "slow" in item.keywords and str(item.path).startswith(str(Path(__file__).parent)):
            item.add_marker(skip)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    target = os.environ.get("DEALER_APP_FIGURES")
    if target and FIGURES:
        path = Path(target)
        old = json.loads(path.read_text()) if path.exists() else {}
        for key, value in FIGURES.items():
            old[key] = old.get(key, 0) + value
        path.write_text(json.dumps(old, indent=2, sort_keys=True) + "\n")


@pytest.fixture
def figures() -> Counter:
    return FIGURES


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `init --demo` ledger, built once; tests copy it (never write to it)."""
    folder = tmp_path_factory.mktemp("demo-template")
    return build_demo_ledger(folder / "demo.sqlite3")


BIG_STORES = 20_000


@pytest.fixture(scope="session")
def big_template(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """The demo ledger plus 20,000 open car integration stores opened in 2023-2025 (codes
    ZX000000...), all eligible for YE2025 and without a subsidy: the ground for bulk runs."""
    import datetime as dt

    from reliability_support import copy_ledger

    from dealer_app.domain.models import Partner, Store, StoreStatus, StoreType
    from dealer_app.storage import stores as store_rows
    from dealer_app.storage.db import open_ledger

    folder = tmp_path_factory.mktemp("big-template")
    path = copy_ledger(demo_template, folder / "big.sqlite3")
    ledger = open_ledger(path)
    try:
        regions = ["NORTH", "NORTHEAST", "EAST", "CENTRAL", "SOUTH", "SOUTHWEST", "NORTHWEST"]
        with ledger.atomic():
            index = store_rows.partner_index(ledger)
            pids = [
                store_rows.insert_partner(ledger, Partner(f"测试经销商{i:03d}有限公司"), index)
                for i in range(200)
            ]
            items = []
            for i in range(BIG_STORES):
                s = Store(
                    f"ZX{i:06d}",
                    f"测试汽车融合店{i}",
                    f"测试经销商{i % 200:03d}有限公司",
                    regions[i % 7],
                    "湖北",
                    "武汉",
                    StoreType.CAR_INTEGRATION_STORE,
                    dt.date(2023, 1, 1) + dt.timedelta(days=i % 1000),
                    StoreStatus.OPEN,
                )
                items.append((s, pids[i % 200]))
            store_rows.insert_stores(ledger, items, "2025-12-16T10:00:00+08:00")
            from dealer_app.services.audit import record

            record(
                context(ledger, "admin"),
                "test.big_template",
                "ledger",
                path.name,
                {"stores": BIG_STORES},
            )
    finally:
        ledger.close()
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture
def demo_copy(tmp_path: Path, demo_template: Path) -> Path:
    from reliability_support import copy_ledger

    return copy_ledger(demo_template, tmp_path / "ledger.sqlite3")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir(exist_ok=True)
    return d


__all__ = ["PASSWORD"]
