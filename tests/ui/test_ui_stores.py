"""Stores screen: filters, search as you type, the add dialog, the import wizard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from dealer_app.domain.credit_code import make_credit_code
from dealer_app.ui.models.store_table import StoreTableModel

STORE_CSV_HEADER = (
    "门店编码,门店名称,经销商,统一社会信用代码,大区,省份,城市,门店类型,开业日期,状态\n"
)


def _stores_screen(main_window, wait_idle):
    window = main_window("hq")
    screen = window.show_screen("stores")
    wait_idle()
    return window, screen


def _choose(qtbot, combo, data, wait_idle):
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())  # what a mouse choice sends
    wait_idle()


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_filters_and_search_change_the_row_count(qtbot, main_window, wait_idle, type_into):
    window, screen = _stores_screen(main_window, wait_idle)
    assert screen.model.rowCount() == 12
    assert screen.count_label.text() == "12 stores"

    _choose(qtbot, screen.region_combo, "CENTRAL", wait_idle)
    assert screen.model.rowCount() == 5
    assert screen.count_label.text() == "5 of 12 stores"

    _choose(qtbot, screen.status_combo, "planned", wait_idle)
    assert screen.model.rowCount() == 1

    _choose(qtbot, screen.status_combo, None, wait_idle)
    _choose(qtbot, screen.region_combo, None, wait_idle)
    type_into(qtbot, screen.search, "武汉")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=3000)
    wait_idle()
    codes = [screen.model.code_at(r) for r in range(screen.model.rowCount())]
    assert codes == ["C001", "C002"]

    screen.search.clear()
    qtbot.keyClicks(screen.search, "e00")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3, timeout=3000)


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_sorting_goes_through_the_service(qtbot, main_window, wait_idle):
    window, screen = _stores_screen(main_window, wait_idle)
    screen.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # opening date, newest first
    wait_idle()
    assert screen.model.code_at(0) == "C003"  # opened 2025-12-15
    assert screen.model.sort_key == "established_on"


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_ctrl_f_focuses_the_search_field(qtbot, main_window, wait_idle):
    window, screen = _stores_screen(main_window, wait_idle)
    window.activateWindow()
    window.action_find.trigger()
    assert screen.search.hasFocus() or qtbot.waitUntil(lambda: screen.search.hasFocus()) is None


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_add_store_shows_the_credit_code_problem_then_saves(
    qtbot, main_window, wait_idle, type_into
):
    from dealer_app.ui.dialogs.store_edit import StoreDialog

    window, screen = _stores_screen(main_window, wait_idle)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(StoreDialog)
    assert dialog is not None and dialog.isVisible()
    good = make_credit_code("91420100MA4K00000")
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    qtbot.keyClicks(dialog.code, "C100")
    type_into(qtbot, dialog.name, "武汉江岸汽车融合店")
    type_into(qtbot, dialog.partner_name, "武汉江岸汽车销售服务有限公司")
    qtbot.keyClicks(dialog.partner_credit_code, bad)
    dialog.region.setCurrentIndex(dialog.region.findData("CENTRAL"))
    type_into(qtbot, dialog.province, "湖北")
    type_into(qtbot, dialog.city, "武汉")
    type_into(qtbot, dialog.established_on.edit, "2025年3月1日")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    error = dialog.errors["partner_credit_code"]
    qtbot.waitUntil(error.isVisible, timeout=5000)
    assert error.text() == (
        f"Unified social credit code: check digit should be {good[17]!r}, not {bad[17]!r}."
    )
    assert dialog.isVisible()

    dialog.partner_credit_code.clear()
    qtbot.keyClicks(dialog.partner_credit_code, good)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved.code == "C100"
    assert str(dialog.saved.established_on) == "2025-03-01"
    wait_idle()
    assert screen.model.rowCount() == 13  # ledger_changed refreshed the table


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_a_character_no_letter_font_has_is_flagged_as_it_is_typed(
    qtbot, main_window, wait_idle, type_into
):
    from dealer_app.ui.dialogs.store_edit import StoreDialog

    window, screen = _stores_screen(main_window, wait_idle)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(StoreDialog)
    type_into(qtbot, dialog.partner_name, "王𬭚汽车销售有限公司")  # rare, but printable
    assert not dialog.print_warning.isVisibleTo(dialog)
    type_into(qtbot, dialog.name, "门店\U0002ebf0")  # Extension I: no font has it
    assert dialog.print_warning.isVisibleTo(dialog)
    assert "U+2EBF0" in dialog.print_warning.text()
    assert "store name" in dialog.print_warning.text()
    dialog.reject()


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_inline_validation_of_a_bad_date_and_missing_fields(qtbot, main_window, wait_idle):
    from dealer_app.ui.dialogs.store_edit import StoreDialog

    window, screen = _stores_screen(main_window, wait_idle)
    dialog = StoreDialog(screen.session, None, screen)
    dialog.show()
    qtbot.keyClicks(dialog.established_on.edit, "2025-13-45")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    # every problem at once: the unreadable date and the missing fields
    qtbot.waitUntil(lambda: dialog.errors["name"].isVisible(), timeout=5000)
    assert dialog.errors["established_on"].isVisible()
    assert dialog.errors["name"].text() == "Store name is required."
    assert dialog.errors["code"].isVisible()
    # a date picked from the calendar clears the date's error as the user fixes it
    from PySide6.QtCore import QDate

    dialog.established_on._pick(QDate(2025, 3, 1))
    qtbot.waitUntil(lambda: not dialog.errors["established_on"].isVisible(), timeout=5000)
    assert dialog.established_on.edit.text() == "2025-03-01"
    assert dialog.errors["name"].isVisible()  # the others stay until fixed


def _write(path, text, encoding="utf-8"):
    path.write_text(text, encoding=encoding)
    return path


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_import_wizard_bad_row_then_good_file(qtbot, main_window, wait_idle, tmp_path):
    from dealer_app.ui.dialogs.import_wizard import ImportWizard

    window, screen = _stores_screen(main_window, wait_idle)
    good_code = make_credit_code("91420100MA4K00001")
    bad_code = good_code[:17] + ("0" if good_code[17] != "0" else "1")
    bad_file = _write(
        tmp_path / "bad.csv",
        STORE_CSV_HEADER
        + f"C201,武汉新店,武汉新经销商,{good_code},华中,湖北,武汉,汽车融合店,2025-02-01,营业中\n"
        + f"C202,武汉坏店,武汉坏经销商,{bad_code},华中,湖北,武汉,汽车融合店,2025-02-01,营业中\n",
    )
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    wizard = screen.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    qtbot.keyClicks(wizard.file_page.path_edit, str(bad_file))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.result is not None, timeout=5000)
    assert page.model.rowCount() == 2
    assert page.model.bad_row_count() == 1
    assert page.details.count() == 1
    assert page.details.item(0).text().startswith("row 3, column 统一社会信用代码: ")
    assert "check" in page.details.item(0).text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    bad_row = page.model.view_row_of(3)
    tip = page.model.data(page.model.index(bad_row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "check" in tip

    good_file = _write(
        tmp_path / "good.csv",
        STORE_CSV_HEADER
        + f"C201,武汉新店,武汉新经销商,{good_code},华中,湖北,武汉,汽车融合店,2025-02-01,营业中\n"
        + "C202,武汉好店,武汉好经销商,,华中,湖北,武汉,零售店,2024-02-01,营业中\n",
        encoding="gbk",
    )
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    wizard.file_page.path_edit.clear()
    qtbot.keyClicks(wizard.file_page.path_edit, str(good_file))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=5000)
    assert page.result.report.added_count == 2
    assert "add 2 stores" in page.verdict.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.imported is not None, timeout=5000)
    assert page.verdict.text().startswith("Imported 2 rows: 2 stores added")
    wait_idle()
    assert screen.model.rowCount() == 14
    with qtbot.waitSignal(wizard.finished, timeout=2000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)
def test_import_performance_the_same_way(qtbot, main_window, wait_idle, tmp_path):
    from dealer_app.ui.dialogs.import_wizard import ImportWizard

    window, screen = _stores_screen(main_window, wait_idle)
    perf = _write(
        tmp_path / "perf.csv",
        "门店编码,月份,交付台数,营业收入,运营成本,净利润\n"
        "C001,2025-10,12,1200000,900000,300000\n"
        'C001,2025-11,8,"800,000",900000,-100000\n',
    )
    wizard = ImportWizard(screen, kind="performance")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(perf))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.result is not None, timeout=5000)
    assert page.result.report.added_count == 2
    with qtbot.waitSignal(_changed(), timeout=5000):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    assert page.imported.added_count == 2


def _changed():
    from dealer_app.ui.tasks import task_manager

    return task_manager().ledger_changed


def test_lazy_model_fetches_pages_only_when_shown():
    asked = []
    model = StoreTableModel(lambda ids, deliver: asked.append((ids, deliver)))
    model.set_ids(list(range(1, 100_001)))
    assert model.rowCount() == 100_000
    assert asked == []
    assert model.data(model.index(250, 1)) is None  # not there yet: asks for page 1
    assert model.data(model.index(260, 1)) is None  # same page: asked once only
    assert len(asked) == 1
    ids, deliver = asked[0]
    assert ids == list(range(201, 401))
    deliver(
        {i: (f"S{i}", f"name {i}", "p", "EAST", "", "", "retail_store", "", "open") for i in ids}
    )
    assert model.data(model.index(250, 1)) == "name 251"
    assert model.data(model.index(250, 5)) == "Retail store"
    model.set_ids([251, 5])  # a filter: cached rows show at once
    assert model.data(model.index(0, 0)) == "S251"
