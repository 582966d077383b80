"""Audit screen: filters, details, verify (intact, then after tampering with the file), export."""

from __future__ import annotations

import sqlite3

import pytest
from english import en
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from dealer_app.storage.migrations import AUDIT_GUARDS_SQL
from dealer_app.ui.models.audit_table import COL_ACTION, COL_USER
from dealer_app.ui.screens.audit import flagged_ids
from dealer_app.ui.widgets.message_banner import BAD, INFO, OK

# The template ledger: ledger.init, 3 user.add by admin, 12 store.add by hq.
ALL = 16


def _screen(main_window, wait_idle, user="admin"):
    window = main_window(user)
    screen = window.show_screen("audit")
    wait_idle()
    return window, screen


def _tamper(ledger_location, *statements: str) -> None:  # noqa: ANN001
    """What an attacker with the file does: drop the append-only triggers, then edit rows."""
    conn = sqlite3.connect(str(ledger_location))
    try:
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        for sql in statements:
            conn.execute(sql)
        conn.commit()
        conn.executescript(AUDIT_GUARDS_SQL)  # a careful attacker puts the guards back
    finally:
        conn.close()


def _column(screen, col):
    return [screen.model.index(r, col).data() for r in range(screen.model.rowCount())]


def _choose(qtbot, combo, data) -> None:
    """Pick an item as the combo does when the user chooses one from its list."""
    combo.setFocus()
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_filters_by_user_action_and_date(qtbot, main_window, wait_idle, type_into):
    window, screen = _screen(main_window, wait_idle)
    assert screen.model.rowCount() == ALL
    assert screen.count_label.text() == "16 entries"
    assert [screen.model.entry_at(r).id for r in range(3)] == [16, 15, 14]  # newest first

    _choose(qtbot, screen.user_combo, "hq")
    wait_idle()
    assert set(_column(screen, COL_USER)) == {"hq"}
    assert screen.model.rowCount() == 12

    _choose(qtbot, screen.user_combo, None)
    _choose(qtbot, screen.action_combo, "user.add")
    wait_idle()
    assert _column(screen, COL_ACTION) == ["add users"] * 3  # in words; the code on hover

    # a group of actions: every action starting with "store."
    _choose(qtbot, screen.action_combo, None)
    wait_idle()
    groups = [screen.action_combo.itemData(i) for i in range(screen.action_combo.count())]
    assert groups == [None, "ledger.init", "store.add", "user.add"]

    qtbot.keyClicks(screen.date_from.edit, "2025-12-17")
    qtbot.keyClick(screen.date_from.edit, Qt.Key.Key_Return)
    wait_idle()
    assert screen.model.rowCount() == 0
    assert screen.count_label.text() == "0 entries"
    screen.date_from.edit.clear()
    qtbot.keyClicks(screen.date_from.edit, "2025/12/16")  # any date spelling the app accepts
    type_into(qtbot, screen.date_to.edit, "2025年12月16日")
    qtbot.keyClick(screen.date_to.edit, Qt.Key.Key_Return)
    wait_idle()
    assert screen.model.rowCount() == ALL

    screen.date_to.edit.setText("2025-13-40")
    screen.apply_filter()
    assert "To:" in screen.count_label.text()  # said plainly, the list is left as it was
    assert screen.model.rowCount() == ALL

    qtbot.mouseClick(screen.clear_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert screen.date_to.edit.text() == ""
    assert screen.model.rowCount() == ALL


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_details_show_before_and_after(qtbot, main_window, wait_idle):
    window, screen = _screen(main_window, wait_idle)
    row = next(r for r in range(screen.model.rowCount()) if screen.model.entry_at(r).id == 4)
    screen.table.selectRow(row)
    assert screen.detail_title.text() == "Entry #4"
    assert screen.meta_labels["action"].text() == "add users (user.add)"
    assert screen.meta_labels["entity"].text() == "user mgr.central"
    cells = [
        tuple(screen.changes_table.item(r, c).text() for c in range(3))
        for r in range(screen.changes_table.rowCount())
    ]
    assert cells == [("region", "–", "CENTRAL"), ("role", "–", "regional_manager")]
    assert '"role": "regional_manager"' in screen.data_view.toPlainText()
    summary = screen.model.index(row, 5).data()
    assert summary == "new: region=CENTRAL, role=regional_manager"


def test_verify_intact_then_names_the_entry_edited_in_the_file(
    qtbot, main_window, wait_idle, ledger_location
):
    window, screen = _screen(main_window, wait_idle)
    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_verify is not None, timeout=10_000)
    assert screen.last_verify == (ALL, [])
    assert screen.banner.state == OK
    assert screen.banner.isVisibleTo(window)
    assert screen.banner.title.text().startswith("Chain intact: 16 entries checked")
    assert screen.model.flagged == frozenset()

    _tamper(
        ledger_location, "UPDATE audit_log SET data = replace(data, 'C001', 'X001') WHERE id = 5"
    )

    screen.last_verify = None
    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_verify is not None, timeout=10_000)
    checked, problems = screen.last_verify
    assert checked == ALL
    assert en(problems) == ["entry 5 (store.add) was altered after it was written"]
    assert screen.banner.state == BAD
    assert screen.banner.title.text() == "The audit chain is broken: 1 problem in 16 entries."
    assert "entry 5 (store.add) was altered after it was written" in screen.banner.body.text()
    assert screen.model.flagged == frozenset({5})
    row = screen.model.row_of(5)
    assert screen.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    screen.table.selectRow(row)
    assert screen.detail_title.text() == "Entry #5 — named by the last verification"


def test_flagged_ids_reads_the_verify_findings():
    from dealer_app.domain.messages import Msg

    assert flagged_ids(
        [
            Msg("audit.missing", {"first": 3, "last": 5}),
            Msg("audit.chain_broken", {"entry": 9}),
            Msg("audit.missing_at_end", {"first": 20, "last": 21}),
        ]
    ) == {3, 4, 5, 9, 20, 21}


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_export_for_admin_and_hq_only(qtbot, main_window, wait_idle, tmp_path, monkeypatch):
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV, UTF-8 (*.csv)")
    )
    window, screen = _screen(main_window, wait_idle)
    assert screen.export_button.isVisibleTo(window)
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_export is not None, timeout=10_000)
    wait_idle()
    assert screen.last_export == ALL
    assert screen.banner.state == INFO
    assert screen.banner.title.text() == f"Exported 16 entries to {target}."
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id,at,user,action")
    assert len(lines) == 1 + ALL
    # the export is itself audited, and the list reloaded to show it
    assert screen.model.entry_at(0).action == "audit.export"

    manager_window, manager_screen = _screen(main_window, wait_idle, "mgr.central")
    assert not manager_screen.export_button.isVisibleTo(manager_window)
    assert manager_screen.verify_button.isVisibleTo(manager_window)


def test_an_entry_whose_data_is_no_longer_json_is_reported_not_crashed(
    qtbot, main_window, wait_idle, ledger_location
):
    conn = sqlite3.connect(str(ledger_location))
    try:
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.execute("UPDATE audit_log SET data = 'not json at all' WHERE id = 7")
        conn.commit()
        conn.executescript(AUDIT_GUARDS_SQL)
    finally:
        conn.close()
    window, screen = _screen(main_window, wait_idle)
    # The log is still listed; the damaged entry carries its raw text instead of its data.
    assert screen.model.rowCount() == 16
    damaged = [screen.model.entry_at(r) for r in range(screen.model.rowCount())]
    assert [e.data for e in damaged if e.id == 7] == [{"_unreadable": "not json at all"}]
    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_verify is not None, timeout=10_000)
    assert en(screen.last_verify[1]) == ["entry 7 (store.add) was altered after it was written"]
    assert "entry 7 (store.add)" in screen.banner.body.text()


def _copy_of(ledger_location, dest):
    """A consistent copy of the open ledger, as File > Back up makes it."""
    src = sqlite3.connect(str(ledger_location))
    out = sqlite3.connect(str(dest))
    try:
        src.backup(out)
    finally:
        out.close()
        src.close()
    return dest


def test_verify_against_a_backup_finds_a_tail_cut_with_its_counter(
    qtbot, main_window, wait_idle, ledger_location, tmp_path, monkeypatch
):
    window, screen = _screen(main_window, wait_idle)
    copy = _copy_of(ledger_location, tmp_path / "monday.sqlite3")
    picked: list[str] = []

    def pick(parent, title, folder, filters):  # noqa: ANN001, ANN202
        picked.append(folder)
        return str(copy), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    assert screen.against_button.isVisibleTo(window)
    qtbot.mouseClick(screen.against_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_verify is not None, timeout=10_000)
    assert screen.last_verify == (ALL, [])
    # the backups folder beside the ledger (the ledger's folder before the first copy exists)
    assert picked[0] in {
        str(ledger_location.parent / "ledger-backups"),
        str(ledger_location.parent),
    }
    assert screen.banner.state == OK
    assert "It continues the log of monday.sqlite3 (16 entries" in screen.banner.title.text()

    # Cut the last three entries and lower SQLite's counter: the chain alone cannot tell.
    _tamper(
        ledger_location,
        f"DELETE FROM audit_log WHERE id > {ALL - 3}",
        f"UPDATE sqlite_sequence SET seq = {ALL - 3} WHERE name = 'audit_log'",
    )
    screen.last_verify = None
    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_verify is not None, timeout=10_000)
    assert screen.last_verify == (ALL - 3, [])

    screen.last_verify = None
    qtbot.mouseClick(screen.against_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_verify is not None, timeout=10_000)
    checked, problems = screen.last_verify
    assert checked == ALL - 3 and len(problems) == 1
    assert en(problems[0]).startswith(f"the copy monday.sqlite3 has entries up to {ALL}")
    assert screen.banner.state == BAD
    assert f"this ledger's log ends at entry {ALL - 3}" in screen.banner.body.text()


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_verify_against_a_file_that_is_no_ledger_says_so(
    qtbot, main_window, wait_idle, tmp_path, monkeypatch
):
    window, screen = _screen(main_window, wait_idle)
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("not a database", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    qtbot.mouseClick(screen.against_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.banner.state == BAD, timeout=10_000)
    assert screen.banner.title.text() == "Could not verify the chain."
    assert "notes.sqlite3 is not a readable Dealer Desk ledger" in screen.banner.body.text()
    assert screen.against_button.isEnabled() and screen.verify_button.isEnabled()


def test_audit_problems_read_in_chinese(qapp):
    from dealer_app import i18n as catalogue
    from dealer_app.domain.messages import Msg
    from dealer_app.ui import i18n

    assert i18n.install_translators(qapp, "zh_CN") == "zh_CN"
    try:
        altered = Msg("audit.altered", {"entry": 5, "audit_action": "store.add"})
        assert catalogue.text(altered) == "第 5 条记录（新增门店）在写入后被修改过"
        assert flagged_ids([altered]) == {5}  # read from the finding's parameters
    finally:
        i18n.install_translators(qapp, "en")
