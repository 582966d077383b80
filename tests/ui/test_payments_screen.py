"""The Payments screen in a real window, on both backends: a change of bank details confirmed by
a second person, a batch made by one finance user and released by another (the flags shown and
ticked), its bank file, the bank's results (a bad file applies nothing and lists every problem),
the refused payment to act on, the reports and the vouchers."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.ui.conftest import as_user

pytestmark = pytest.mark.parametrize("backend", ["sqlite", "pg"], indirect=True)


@pytest.fixture
def approved(ledger_location):  # noqa: ANN001, ANN201
    """C001 and C002 approved (hq proposes, hq2 approves); C001's partner asked to be paid to
    a new account by hq (not yet confirmed)."""
    from dealer_app.domain.banking import BankDetails
    from dealer_app.services import banking, partners, subsidies

    ids = []
    for code in ("C001", "C002"):
        sid = as_user(
            ledger_location, "hq", lambda ctx, c=code: subsidies.propose(ctx, "YE2025", c)
        )
        as_user(ledger_location, "hq2", lambda ctx, s=sid: subsidies.approve(ctx, s))
        ids.append(sid)
    for code, account in (("C001", "6225 8888 0000 1234"), ("C002", "6225 8888 0000 5678")):
        pid = as_user(ledger_location, "hq", lambda ctx, c=code: partners.get_partner(ctx, c).id)
        as_user(
            ledger_location,
            "hq",
            lambda ctx, p=pid, a=account: banking.request_change(
                ctx, p, BankDetails("招商银行", "招商银行武汉分行营业部", "308521015015", a)
            ),
        )
    return ids  # fmt: skip


@pytest.fixture
def boxes(monkeypatch):  # noqa: ANN001, ANN201
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: texts.append(self.text()))
    return texts


def _click(qtbot, button) -> None:  # noqa: ANN001
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _ok(qtbot, dialog) -> None:  # noqa: ANN001
    box = dialog.findChild(QDialogButtonBox)
    for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Save):
        button = box.button(which)
        if button is not None:
            _click(qtbot, button)
            return


def _screen(main_window, wait_idle, user: str):  # noqa: ANN001, ANN202
    window = main_window(user)
    screen = window.show_screen("payments")
    wait_idle()
    return window, screen


def test_the_way_out_through_the_window(qtbot, approved, main_window, wait_idle, tmp_path,
                                        boxes):  # fmt: skip
    # hq2 confirms the two changes hq asked for; hq may not confirm its own
    window, screen = _screen(main_window, wait_idle, "hq")
    screen.tabs.setCurrentIndex(2)
    wait_idle()
    screen.change_table.selectRow(0)
    assert not screen.confirm_button.isEnabled()
    assert "second person" in screen.confirm_button.toolTip()
    window.close()
    window, checker = _screen(main_window, wait_idle, "hq2")
    for _ in range(2):
        checker.tabs.setCurrentIndex(2)
        wait_idle()
        model = checker.change_model
        pending = next(c for c in model.rows if c.status == "pending")
        checker.change_table.selectRow(model.row_of(pending.id))
        _click(qtbot, checker.confirm_button)
        wait_idle()
    assert [c.status for c in checker.change_model.rows] == ["confirmed", "confirmed"]
    window.close()

    # hq makes the batch
    window, maker = _screen(main_window, wait_idle, "hq")
    _click(qtbot, maker.new_button)
    wait_idle()
    _ok(qtbot, maker.last_dialog)
    wait_idle()
    [batch] = maker.batch_model.rows
    assert (batch.status, batch.count, batch.total) == ("draft", 2, 600_000)
    maker.batch_table.selectRow(0)
    wait_idle()
    assert not maker.release_button.isEnabled()  # the maker does not release
    assert len(maker.line_model.rows) == 2 and all(r.flags for r in maker.line_model.rows)
    window.close()

    # hq2 releases it, after ticking that the flagged payments were checked
    window, checker = _screen(main_window, wait_idle, "hq2")
    checker.batch_table.selectRow(0)
    wait_idle()
    _click(qtbot, checker.release_button)
    dialog = checker.last_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert (
        not ok.isEnabled()
        and "younger than 30 days"
        in dialog.findChild(
            type(dialog.findChild(__import__("PySide6.QtWidgets").QtWidgets.QPlainTextEdit))
        ).toPlainText()
    )
    dialog.ack.setChecked(True)
    _click(qtbot, ok)
    wait_idle()
    assert checker.batch_model.rows[0].status == "released"

    # the bank file, and the bank's answer
    checker.batch_table.selectRow(0)
    wait_idle()
    target = tmp_path / "bank.csv"
    checker.write_bank_file_to(target, "generic_csv")
    wait_idle()
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("gbk"))))
    refs = {r[2]: r[1] for r in rows[1:]}
    amounts = {r[2]: r[7] for r in rows[1:]}
    a1, a2 = amounts["6225888800001234"], amounts["6225888800005678"]
    header = "客户流水号,收款人账号,金额,交易状态,银行流水号,交易日期,失败原因\r\n"
    bad = tmp_path / "bad.csv"
    bad.write_bytes(
        (
            header + f"{refs['6225888800001234']},6225888800001234,{a1},成功,B1,"
            "2025-12-17,\r\nPB2025-7777-0001,6225888800005678,100000.00,成功,B2,"
            "2025-12-17,\r\n"
        ).encode("gbk")
    )
    checker.read_results_from(bad, "generic_csv")
    wait_idle()
    shown = checker.last_dialog
    assert (
        "Nothing was applied"
        in shown.findChild(
            __import__("PySide6.QtWidgets").QtWidgets.QLabel, "resultsSummary"
        ).text()
    )
    assert checker.batch_model.rows[0].paid == 0
    good = tmp_path / "good.csv"
    good.write_bytes(
        (
            header + f"{refs['6225888800001234']},6225888800001234,{a1},成功,B1,"
            f"2025-12-17,\r\n{refs['6225888800005678']},6225888800005678,{a2},失败,"
            ",2025-12-17,账号不存在\r\n"
        ).encode("gbk")
    )
    checker.read_results_from(good, "generic_csv")
    wait_idle()
    assert (
        "1 paid"
        in checker.last_dialog.findChild(
            __import__("PySide6.QtWidgets").QtWidgets.QLabel, "resultsSummary"
        ).text()
    )
    assert checker.batch_model.rows[0].status == "closed"
    [failure] = checker.failure_model.rows
    assert (f"{failure.amount}.00", failure.failure_reason) == (a2, "账号不存在")
    assert f"{failure.amount:,}" in checker.owed_text_for_tests
    assert "agree" in checker.reconcile_text.toPlainText()
    book = tmp_path / "reports.xlsx"
    checker.write_workbook_to(book)
    wait_idle()
    assert book.stat().st_size > 0  # fmt: skip


def test_a_regional_manager_sees_only_the_bank_details_tab(main_window, wait_idle, approved):
    window, screen = _screen(main_window, wait_idle, "mgr.central")
    assert screen.tabs.count() == 1
    assert len(screen.change_model.rows) == 2  # the partners of their region


def test_the_bank_details_dialog_shows_every_problem_then_asks_for_confirmation(
    qtbot, main_window, wait_idle, worker_call
):
    from dealer_app.services import banking, partners
    from dealer_app.ui.dialogs.partner_bank import PartnerBankDialog

    window = main_window("hq")
    partner = worker_call(lambda ctx: partners.get_partner(ctx, "C001"))
    dialog = PartnerBankDialog(partner.id, partner.name, "", "", window)
    qtbot.addWidget(dialog)
    dialog.open()
    wait_idle()
    assert dialog.edits["account_name"].placeholderText() == partner.name
    dialog.edits["bank"].setText("招商银行")
    dialog.edits["cnaps"].setText("3085210150")  # ten digits
    dialog.edits["account"].setText("6225 8888 x")
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    wait_idle()
    shown = {f for f, label in dialog.errors.items() if not label.isHidden()}
    assert shown == {"branch", "cnaps", "account"}
    assert "12 digits" in dialog.errors["cnaps"].text()
    qtbot.keyClicks(dialog.edits["cnaps"], "15")
    assert dialog.errors["cnaps"].isHidden()  # cleared as it is fixed
    dialog.edits["branch"].setText("招商银行武汉分行营业部")
    dialog.edits["account"].setText("6225 8888 0000 1234")
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    wait_idle()
    assert "second person" in dialog.done_label.text()
    [change] = worker_call(lambda ctx: banking.changes(ctx, "pending"))
    assert (change.details.cnaps, change.requested_by) == ("308521015015", "hq")
    held = worker_call(lambda ctx: partners.get_partner(ctx, partner.id))
    assert held.account == ""  # not in effect before a second person confirms
