"""Out to Excel: every grid copies its selected rows (Ctrl+C, with headers) and exports what it
shows (filter and search applied) to XLSX: headers as shown, money as numbers, a totals row that
sums to the ledger's figure, the filter in the first lines, the header frozen, and text that
could start a formula kept as text."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import as_user

pytestmark = pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)

EVIL = '=HYPERLINK("http://x","y")'


@pytest.fixture
def subsidies(ledger_location):
    from dealer_app.domain.models import Store, StoreStatus, StoreType
    from dealer_app.services.stores import save_store
    from dealer_app.services.subsidies import approve, propose

    def add(ctx):  # noqa: ANN001, ANN202
        save_store(
            ctx,
            Store(
                "C900",
                EVIL,
                "湖北华通汽车销售服务有限公司",
                "CENTRAL",
                "湖北",
                "武汉",
                StoreType.CAR_INTEGRATION_STORE,
                dt.date(2025, 3, 1),
                StoreStatus.OPEN,
            ),
            new=True,
        )

    as_user(ledger_location, "hq", add)
    ids = as_user(
        ledger_location,
        "mgr.central",
        lambda ctx: [propose(ctx, "YE2025", c) for c in ("C001", "C002", "C900")],
    )
    as_user(ledger_location, "hq2", lambda ctx: [approve(ctx, i) for i in ids[:2]])
    return ids


def test_subsidies_copy_and_export_what_is_shown(
    qtbot, subsidies, main_window, wait_idle, worker_call, tmp_path
):
    from dealer_app.services.subsidies import list_subsidies
    from dealer_app.ui import grid_actions

    window = main_window("hq")
    screen = window.show_screen("subsidies")
    wait_idle()
    screen.set_status_filter(None)
    table = screen.table
    assert table.model().rowCount() == 3
    table.selectRow(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[:3] == ["ID", "Store", "Name"]
    assert len(copied) == 2 and copied[1].split("\t")[0] == str(table.model().row_at(0).id)
    # the context menu offers both
    table.customContextMenuRequested.emit(QPoint(5, 5))
    names = [a.objectName() for a in table.grid_menu.actions()]
    table.grid_menu.close()
    assert names == ["copyRows", "exportRows"]

    screen.search.setText("C00")  # the search applies: two of the three
    qtbot.waitUntil(lambda: table.model().rowCount() == 2, timeout=5000)
    target = tmp_path / "subsidies.xlsx"
    grid_actions.export_to(table, target, "Subsidies")
    qtbot.waitUntil(lambda: getattr(table, "last_export", None) == target, timeout=10_000)
    sheet = load_workbook(target)["Subsidies"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0][0] == "Subsidies"
    assert rows[1][0].startswith("Filter: YE2025") and "C00" in rows[1][0]
    assert rows[2][0].startswith("2 rows, exported ")
    header = rows[4]
    assert header[:4] == ["ID", "Store", "Name", "Region"]
    amount = header.index("Amount")
    body = rows[5:7]
    assert all(isinstance(r[amount], int) for r in body)
    assert sheet.freeze_panes == "A6"  # the lines above and the header stay
    ledger_total = sum(
        s.amount for s in worker_call(lambda ctx: list_subsidies(ctx)) if s.store_code != "C900"
    )
    totals = rows[7]
    assert totals[0] == "Total" and totals[amount] == ledger_total
    assert sheet.cell(6, amount + 1).number_format == "#,##0"

    # a store whose name is a formula stays text
    screen.search.setText("C900")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5000)
    evil = tmp_path / "evil.xlsx"
    grid_actions.export_to(table, evil, "Subsidies")
    qtbot.waitUntil(lambda: getattr(table, "last_export", None) == evil, timeout=10_000)
    cells = [c.value for r in load_workbook(evil).active.iter_rows() for c in r]
    assert EVIL not in cells and "'" + EVIL in cells
    assert not any(isinstance(v, str) and v.startswith("=") for v in cells)


def test_the_stores_export_holds_every_shown_store_not_only_the_loaded_page(
    qtbot, main_window, wait_idle, tmp_path
):
    from dealer_app.ui import grid_actions

    window = main_window("hq")
    screen = window.show_screen("stores")
    wait_idle()
    shown = screen.model.rowCount()
    target = tmp_path / "stores.xlsx"
    grid_actions.export_to(
        screen.table,
        target,
        "Stores",
        lambda ctx: __import__(
            "dealer_app.services.stores", fromlist=["store_rows_for"]
        ).store_rows_for(ctx, list(screen.model.ids)),
    )
    qtbot.waitUntil(lambda: getattr(screen.table, "last_export", None) == target, timeout=10_000)
    rows = [[c.value for c in r] for r in load_workbook(target).active.iter_rows()]
    header_at = next(i for i, r in enumerate(rows) if r[0] == "Code")
    assert len(rows) - header_at - 1 == shown
    assert rows[header_at][:3] == ["Code", "Store", "Partner"]
