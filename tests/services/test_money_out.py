"""Money out on both backends: bank details with four eyes, batches with maker and checker, the
bank file, the bank's results (all or nothing, idempotent), vouchers and the reconciliation."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from english import en, zh

from dealer_app.domain.banking import BankDetails
from dealer_app.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from dealer_app.domain.payments import Flag
from dealer_app.services import (
    bank_profiles,
    banking,
    closures,
    money_reports,
    partners,
    payments,
    subsidies,
    vouchers,
)
from dealer_app.services.audit import entries, verify

PARTNER = "湖北华通汽车销售服务有限公司"
GOOD = BankDetails("招商银行", "招商银行武汉分行营业部", "308521015015", "6225 8888 0000 1234",
                   PARTNER)  # fmt: skip


@pytest.fixture
def people(make_user):
    return {
        "mgr": make_user("mgr.central", "regional_manager", "CENTRAL"),
        "mgr2": make_user("mgr.central2", "regional_manager", "CENTRAL"),
        "north": make_user("mgr.north", "regional_manager", "NORTH"),
        "hq": make_user("hq.maker", "hq_finance"),
        "hq2": make_user("hq.checker", "hq_finance"),
    }


def _approved(people, add_store, codes: dict[str, dt.date]) -> list[int]:
    ids = []
    for code, opened in codes.items():
        add_store(code, opened)
        sid = subsidies.propose(people["mgr"], "YE2025", code)
        subsidies.approve(people["mgr2"], sid)
        ids.append(sid)
    return ids


def _pid(people) -> int:
    return partners.get_partner(people["hq"], "S1").id


def _payee_confirmed(people) -> None:
    change = banking.request_change(people["hq"], _pid(people), GOOD, "开户许可证")
    banking.confirm(people["hq2"], change.id)


@pytest.fixture
def three(people, add_store):
    """Three approved subsidies of one partner (500,000 + 100,000 + 100,000), its details
    confirmed (so they are younger than 30 days)."""
    ids = _approved(people, add_store, {"S1": dt.date(2025, 12, 14), "S2": dt.date(2024, 12, 31),
                                        "S3": dt.date(2024, 12, 31)})  # fmt: skip
    _payee_confirmed(people)
    return ids


# --- bank details -------------------------------------------------------------------------------


def test_a_bank_change_takes_effect_only_when_a_second_person_confirms_it(people, add_store):
    add_store("S1", dt.date(2024, 12, 31))
    pid = _pid(people)
    change = banking.request_change(people["mgr"], pid, GOOD, "合作方来函")
    assert change.status == "pending"
    held = banking.payee(people["hq"], pid)
    assert held.details.account == "" and held.since is None  # not in effect yet
    with pytest.raises(PermissionDenied) as own:
        banking.confirm(people["mgr"], change.id)
    assert own.value.code == "permission.four_eyes_bank"
    with pytest.raises((PermissionDenied, NotFound)):  # another region's (a server hides it)
        banking.confirm(people["north"], change.id)
    with pytest.raises(Conflict) as twice:  # one pending request per partner
        banking.request_change(people["hq"], pid, BankDetails(account="6222 0000 1111 2222"))
    assert twice.value.code == "bank.already_pending"
    done = banking.confirm(people["mgr2"], change.id, "已电话核实")
    assert (done.status, done.decided_by) == ("confirmed", "mgr.central2")
    held = banking.payee(people["hq"], pid)
    assert held.details == GOOD and held.since == done.decided_at
    actions = [e.action for e in entries(people["hq"]) if e.entity == "partner"]
    assert actions[-2:] == ["bank.request", "bank.confirm"] or actions[:2] == [
        "bank.confirm", "bank.request"]  # fmt: skip
    confirm = [e for e in entries(people["hq"]) if e.action == "bank.confirm"][0]
    assert confirm.data["after"]["cnaps"] == "308521015015"
    assert confirm.data["requested_by"] == "mgr.central"
    assert verify(people["hq"])[1] == []  # the replay knows confirmed details


def test_bank_details_are_checked_for_form_all_at_once(people, add_store):
    add_store("S1", dt.date(2024, 12, 31))
    bad = BankDetails("招商银行", "", "30852101501", "62x5", "")
    with pytest.raises(InvalidInput) as info:
        banking.request_change(people["hq"], _pid(people), bad)
    problems = info.value.params["problems"]
    assert set(problems) == {"branch", "cnaps", "account"}  # the name defaults to the partner's
    assert "12 digits" in en(problems["cnaps"]) and "12 位" in zh(problems["cnaps"])
    with pytest.raises(InvalidInput):
        banking.request_change(
            people["hq"], _pid(people), BankDetails(cnaps="３０８５２１０１５０１５")
        )


def test_a_requester_withdraws_only_their_own_request(people, add_store):
    add_store("S1", dt.date(2024, 12, 31))
    change = banking.request_change(people["hq"], _pid(people), GOOD)
    with pytest.raises(PermissionDenied):
        banking.withdraw(people["hq2"], change.id)
    assert banking.withdraw(people["hq"], change.id).status == "withdrawn"
    with pytest.raises(Conflict):
        banking.confirm(people["hq2"], change.id)


# --- batches ------------------------------------------------------------------------------------


def test_maker_and_checker(people, three):
    built = payments.create_batch(people["hq"], policy="YE2025")
    batch = built.batch
    assert (batch.number, batch.count, batch.total, batch.status) == (
        "PB2025-0001", 3, 700_000, "draft")  # fmt: skip
    with pytest.raises(PermissionDenied) as own:
        payments.release(people["hq"], batch.number, acknowledge=True)
    assert own.value.code == "permission.maker_checker"
    with pytest.raises(PermissionDenied):
        payments.release(people["mgr"], batch.number, acknowledge=True)
    review = payments.review(people["hq2"], batch.number)
    assert all(r.flags == (Flag.RECENT_CHANGE,) for r in review.lines)
    with pytest.raises(Conflict) as flagged:  # the checker must say they saw the flags
        payments.release(people["hq2"], batch.number)
    assert flagged.value.code == "batch.flags_unacknowledged"
    released = payments.release(people["hq2"], batch.number, acknowledge=True)
    assert (released.status, released.released_by) == ("released", "hq.checker")
    lines = payments.lines(people["hq"], batch.number)
    assert [ln.reference for ln in lines] == [f"PB2025-0001-000{i}" for i in (1, 2, 3)]
    assert all(ln.details == GOOD for ln in lines)
    with pytest.raises(Conflict):  # frozen
        payments.add_subsidies(people["hq"], batch.number, [lines[0].subsidy_id])


def test_each_subsidy_is_in_at_most_one_live_batch(people, three):
    first = payments.create_batch(people["hq"], ids=three[:2]).batch
    second = payments.create_batch(people["hq2"], policy="YE2025").batch
    assert second.count == 1  # only what the first did not take
    with pytest.raises(InvalidInput) as nothing:
        payments.create_batch(people["hq"])
    assert nothing.value.code == "batch.nothing"
    with pytest.raises(InvalidInput):  # in the first batch still
        payments.add_subsidies(people["hq2"], second.number, [three[0]])
    payments.remove_subsidies(people["hq"], first.number, [three[0]])
    with pytest.raises(PermissionDenied) as other:  # only its maker changes a draft
        payments.add_subsidies(people["hq"], second.number, [three[0]])
    assert other.value.code == "batch.not_maker"
    assert payments.add_subsidies(people["hq2"], second.number, [three[0]]).count == 2
    cancelled = payments.cancel_batch(people["hq2"], first.number, "重做")
    assert cancelled.status == "cancelled"
    third = payments.create_batch(people["hq"]).batch
    assert third.count == 1 and third.total == 100_000


def test_limits_are_settings(people, three, admin):
    from dealer_app.services import settings

    settings.update(admin, {"payments_max_count": 2, "payments_max_total": 600_000})
    built = payments.create_batch(people["hq"])
    assert (built.batch.count, built.batch.total, built.left_out) == (2, 600_000, 1)
    with pytest.raises(InvalidInput) as over:
        payments.add_subsidies(people["hq"], built.batch.number, [three[2]])
    assert over.value.code == "batch.limits"


def test_a_pending_bank_change_or_missing_details_stop_a_release(people, add_store):
    ids = _approved(people, add_store, {"S1": dt.date(2024, 12, 31)})
    batch = payments.create_batch(people["hq"], ids=ids).batch
    with pytest.raises(Conflict) as incomplete:
        payments.release(people["hq2"], batch.number, acknowledge=True)
    assert "batch.blocked.incomplete" in str(incomplete.value.params["problems"])
    _payee_confirmed(people)
    change = banking.request_change(people["mgr"], _pid(people),
                                    BankDetails(account="6222 0000 1111 9999"))  # fmt: skip
    review = payments.review(people["hq2"], batch.number)
    assert Flag.PENDING_CHANGE in review.lines[0].flags
    assert review.lines[0].payee.account == GOOD.account  # the details in effect, not the new
    with pytest.raises(Conflict):
        payments.release(people["hq2"], batch.number, acknowledge=True)
    banking.reject(people["mgr2"], change.id, "未核实")
    assert payments.release(people["hq2"], batch.number, acknowledge=True).status == "released"
    [line] = payments.lines(people["hq"], batch.number)
    assert line.details.account == GOOD.account


def test_a_subsidy_in_a_batch_is_not_paid_or_cancelled_by_hand(people, three):
    payments.create_batch(people["hq"], ids=[three[0]])
    with pytest.raises(Conflict) as pay:
        subsidies.pay(people["hq2"], three[0], "BANK-1")
    assert pay.value.code == "subsidy.in_batch"
    with pytest.raises(Conflict):
        subsidies.cancel(people["mgr"], three[0])
    assert subsidies.pay(people["hq2"], three[1], "BANK-2").status.value == "paid"


# --- the bank file ------------------------------------------------------------------------------


def _released(people, three) -> str:
    batch = payments.create_batch(people["hq"], ids=three).batch
    payments.release(people["hq2"], batch.number, acknowledge=True)
    return batch.number


def test_the_bank_file_in_a_profiles_layout(people, three, tmp_path, add_store):
    number = _released(people, three)
    profile = bank_profiles.get("generic_csv")
    path = payments.write_bank_file(people["hq"], number, profile, tmp_path / "batch.csv")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("gbk"))))
    assert rows[0] == ["序号", "客户流水号", "收款人账号", "收款人户名", "收款银行", "开户行",
                       "联行号", "金额", "币种", "用途"]  # fmt: skip
    assert rows[1] == ["1", "PB2025-0001-0001", "6225888800001234", PARTNER, "招商银行",
                       "招商银行武汉分行营业部", "308521015015", "500000.00", "人民币",
                       "YE2025补贴 S1"]  # fmt: skip
    assert [r[7] for r in rows[1:]] == ["500000.00", "100000.00", "100000.00"]
    [entry] = [e for e in entries(people["hq"]) if e.action == "batch.export"]
    assert entry.data["rows"] == 3 and len(entry.data["sha256"]) == 64


def test_a_payee_name_never_starts_a_formula(people, add_store, tmp_path):
    add_store("S1", dt.date(2024, 12, 31))
    evil = BankDetails("招商银行", "=HYPERLINK(\"x\",\"y\")", "308521015015", "6225888800001234",
                       "=HYPERLINK(\"x\",\"y\")")  # fmt: skip
    change = banking.request_change(people["hq"], _pid(people), evil)
    banking.confirm(people["hq2"], change.id)
    sid = subsidies.propose(people["mgr"], "YE2025", "S1")
    subsidies.approve(people["mgr2"], sid)
    number = _released(people, [sid])
    from openpyxl import load_workbook

    path = payments.write_bank_file(people["hq"], number, bank_profiles.get("generic"),
                                    tmp_path / "batch.xlsx")  # fmt: skip
    ws = load_workbook(path).active
    cells = [c.value for c in ws[2]]
    assert cells[3] == '\'=HYPERLINK("x","y")' and ws.cell(2, 4).data_type == "s"
    assert not any(str(v).startswith(("=", "+", "-", "@")) for row in ws.iter_rows(values_only=True)
                   for v in row if v is not None)  # fmt: skip


# --- the bank's results -------------------------------------------------------------------------


def _result_file(path: Path, rows: list[list[str]]) -> Path:
    header = ["客户流水号", "收款人账号", "金额", "交易状态", "银行流水号", "交易日期", "失败原因"]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([header, *rows])
    path.write_bytes(buffer.getvalue().encode("gbk"))
    return path


def test_a_bad_result_file_changes_nothing_and_says_every_problem(people, three, tmp_path):
    number = _released(people, three)
    bad = _result_file(tmp_path / "result.csv", [
        [f"{number}-0001", "6225888800001234", "500000.00", "成功", "B001", "2025-12-17", ""],
        [f"{number}-0002", "6225888800001234", "100000.00", "失败", "", "2025-12-17", "户名不符"],
        [f"{number}-0009", "6225888800001234", "100000.00", "成功", "B009", "2025-12-17", ""],
        [f"{number}-0001", "6225888800001234", "500000.00", "成功", "B001", "2025-12-17", ""],
        [f"{number}-0003", "6225888800001234", "10000.00", "成功", "B003", "2025-12-17", ""],
    ])  # fmt: skip
    profile = bank_profiles.get("generic_csv")
    report = payments.import_results(people["hq"], bad, profile)
    assert not report.applied
    assert [p.code for p in report.problems] == [
        "result.unknown_reference",
        "result.duplicate",
        "result.amount_differs",
    ]
    texts = [en(p) for p in report.problems]
    assert texts[0].startswith("Row 4:") and "PB2025-0001-0009" in texts[0]
    assert "row 2" in texts[1] and "500,000.00" not in texts[2] and "10,000.00" in texts[2]
    assert all(s.status.value == "approved" for s in subsidies.list_subsidies(people["hq"]))
    assert payments.get_batch(people["hq"], number).pending == 3


def test_results_pay_and_fail_all_at_once_and_twice_changes_nothing(people, three, tmp_path):
    number = _released(people, three)
    good = _result_file(tmp_path / "result.csv", [
        [f"{number}-0001", "6225888800001234", "500,000.00", "成功", "B001", "2025/12/17", ""],
        [f"{number}-0002", "6225888800001234", "100000", "失败", "", "20251217", "户名不符"],
        ["", "6225 8888 0000 1234", "100000.00", "交易成功", "B003", "2025年12月17日", ""],
    ])  # fmt: skip
    profile = bank_profiles.get("generic_csv")
    report = payments.import_results(people["hq"], good, profile)
    assert report.applied and (report.paid, report.failed, report.already) == (2, 1, 0)
    assert report.batches_closed == [number]
    paid = {s.id: s for s in subsidies.list_subsidies(people["hq"])}
    assert paid[three[0]].status.value == "paid" and paid[three[0]].payment_reference == "B001"
    assert paid[three[2]].payment_reference == "B003"
    assert paid[three[1]].status.value == "approved"
    [failure] = payments.failures(people["hq"])
    assert (failure.subsidy_id, failure.failure_reason) == (three[1], "户名不符")
    again = payments.import_results(people["hq"], good, profile)
    assert (again.applied, again.already, again.paid, again.failed) == (False, 3, 0, 0)
    assert again.seen_before is not None and again.problems == []
    # the failed one goes into a new batch, and is gone from the failures
    retry = payments.create_batch(people["hq"]).batch
    assert retry.count == 1 and payments.failures(people["hq"]) == []
    assert money_reports.reconcile(people["hq"]).clean
    assert verify(people["hq"])[1] == []  # the entries appended together chain and replay


def test_a_result_without_reference_must_be_unambiguous(people, three, tmp_path):
    number = _released(people, three)
    file = _result_file(tmp_path / "r.csv", [
        ["", "6225888800001234", "100000.00", "成功", "B2", "2025-12-17", ""],
    ])  # fmt: skip
    report = payments.import_results(people["hq"], file, bank_profiles.get("generic_csv"))
    assert [p.code for p in report.problems] == ["result.ambiguous"] and not report.applied
    assert payments.get_batch(people["hq"], number).pending == 3


# --- vouchers and reports -----------------------------------------------------------------------


def test_vouchers_balance_and_equal_the_ledger(people, three, tmp_path, add_store):
    subsidies.pay(people["hq2"], three[0], "BANK-1")
    subsidies.cancel(people["mgr"], three[1])  # an approved one: its accrual reversed
    day = dt.date(2025, 12, 16)
    vs = vouchers.build(people["hq"], day, day)
    assert vs.totals() == {"accrual": 70_000_000, "reversal": 10_000_000,
                           "payment": 50_000_000, "closure_loss": 0}  # fmt: skip
    assert all(v.balanced for v in vs.vouchers) and vs.debit == vs.credit == 130_000_000
    out = vouchers.export(people["hq"], day, day, "u8", tmp_path / "v.txt")
    lines = out.path.read_bytes().decode("gbk").splitlines()
    assert lines[0].split(",")[:8] == [
        "2025-12-16",
        "记",
        "1",
        "0",
        "计提经销商补贴 YE2025 S1 门店S1",
        "660112",
        "500000.00",
        "0.00",
    ]
    assert lines[1].split(",")[5:8] == ["224101", "0.00", "500000.00"]
    debit = sum(int(ln.split(",")[6].replace(".", "")) for ln in lines)
    credit = sum(int(ln.split(",")[7].replace(".", "")) for ln in lines)
    assert debit == credit == 130_000_000
    with pytest.raises(Conflict) as again:
        vouchers.export(people["hq"], day, day, "xlsx", tmp_path / "v.xlsx")
    assert again.value.code == "vouchers.already_exported"
    repeat = vouchers.export(people["hq"], day, day, "xlsx", tmp_path / "v.xlsx", again=True)
    assert repeat.repeat_of is not None and repeat.path.stat().st_size > 0
    owed = money_reports.liabilities(people["hq"])
    assert owed.total == 100_000 and owed.amounts[("CENTRAL", "0_30")] == 100_000
    assert money_reports.reconcile(people["hq"]).clean


def test_a_closure_books_its_loss(people, add_store):
    from dealer_app.domain.models import StoreType

    add_store("R1", dt.date(2023, 1, 1), store_type=StoreType.RETAIL_STORE)
    cid = closures.propose_closure(people["mgr"], "R1", 27_260, "亏损")
    closures.approve_closure(people["mgr2"], cid)
    day = dt.date(2025, 12, 16)
    vs = vouchers.build(people["hq"], day, day)
    [v] = vs.vouchers
    assert v.kind.value == "closure_loss" and v.debit == 2_726_000
    assert [e.account for e in v.entries] == ["671101", "224102"]


def test_reports_write_a_workbook(people, three, tmp_path):
    from openpyxl import load_workbook

    subsidies.pay(people["hq2"], three[0], "BANK-1")
    path = money_reports.write_workbook(people["hq"], tmp_path / "r.xlsx")
    wb = load_workbook(path)
    assert len(wb.sheetnames) == 3
    owed = wb[wb.sheetnames[0]]
    values = [r for r in owed.iter_rows(values_only=True)]
    assert any(r[0] == "Total" and 200_000 in r for r in values)


def test_two_people_building_batches_at_once_never_share_a_subsidy(people, three, ledger):
    """Two finance users gather the same approved subsidies at the same moment, each through
    their own connection: every subsidy lands in exactly one batch."""
    import threading

    from dealer_app.services.context import Context
    from dealer_app.storage.db import open_ledger

    def own(ctx):  # noqa: ANN001, ANN202
        if ledger.is_server:
            return Context(ledger.test_servers.connect(ctx.user.name), ctx.user, ctx.clock)
        return None  # opened in the thread (a file connection belongs to its thread)

    contexts = [own(people["hq"]), own(people["hq2"])]
    start = threading.Barrier(2)
    outcomes: list = [None, None]

    def build(i: int) -> None:
        ctx = contexts[i]
        if ctx is None:
            base = people["hq"] if i == 0 else people["hq2"]
            ctx = Context(open_ledger(ledger.path), base.user, base.clock)
        start.wait()
        try:
            outcomes[i] = payments.create_batch(ctx, policy="YE2025").batch
        except InvalidInput as exc:
            outcomes[i] = exc
        finally:
            if not ledger.is_server:
                ctx.ledger.close()

    threads = [threading.Thread(target=build, args=(i,)) for i in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    built = [o for o in outcomes if not isinstance(o, InvalidInput)]
    assert len(built) >= 1
    assert all(o.code == "batch.nothing" for o in outcomes if isinstance(o, InvalidInput))
    in_batches = [ln.subsidy_id for b in built for ln in payments.lines(people["hq"], b.number)]
    assert sorted(in_batches) == sorted(three)  # each exactly once


def test_a_bank_result_workbook_with_a_title_units_and_a_totals_line(people, three, tmp_path):
    """As banks write them: a title and the account above the header, a unit in a header,
    amounts as numbers, a date cell, and a totals line at the end."""
    from openpyxl import Workbook

    number = _released(people, three)
    wb = Workbook()
    ws = wb.active
    ws.append(["批量转账结果查询"])
    ws.append(["付款账号：1100 2233 4455", None, "查询日期：2025-12-18"])
    ws.append(["参考号", "收款账号", "金额（元）", "处理结果", "流水号", "日期", "原因"])
    ws.append(
        [
            f"{number}-0001",
            "6225888800001234",
            500000,
            "转账成功",
            "X1",
            dt.datetime(2025, 12, 17),
            None,
        ]
    )
    ws.append(
        [
            f"{number}-0002",
            "6225888800001234",
            100000.0,
            "已退回",
            None,
            dt.datetime(2025, 12, 17),
            "户名不符",
        ]
    )
    ws.append([f"{number}-0003", "6225888800001234", "100,000.00", "成功", "X3", "2025-12-17", ""])
    ws.append(["合计", None, 700000, None, None, None, None])
    path = tmp_path / "结果.xlsx"
    wb.save(path)
    report = payments.import_results(people["hq"], path, bank_profiles.get(None))
    assert report.problems == [] and (report.paid, report.failed) == (2, 1)
    assert report.paid_total == 600_000
    paid = {s.id: s for s in subsidies.list_subsidies(people["hq"])}
    assert paid[three[0]].payment_reference == "X1"
    [line] = [ln for ln in payments.lines(people["hq"], number) if ln.status == "paid"][:1]
    assert line.value_date == "2025-12-17"


def test_rows_the_bank_is_still_processing_wait_for_a_later_file(people, three, tmp_path):
    number = _released(people, three)
    first = _result_file(tmp_path / "r1.csv", [
        [f"{number}-0001", "6225888800001234", "500000.00", "成功", "B1", "2025-12-17", ""],
        [f"{number}-0002", "6225888800001234", "100000.00", "处理中", "", "", ""],
    ])  # fmt: skip
    profile = bank_profiles.get("generic_csv")
    report = payments.import_results(people["hq"], first, profile)
    assert report.applied and (report.paid, report.still_processing) == (1, 1)
    assert payments.get_batch(people["hq"], number).pending == 2
    later = _result_file(tmp_path / "r2.csv", [
        [f"{number}-0002", "6225888800001234", "100000.00", "成功", "B2", "2025-12-18", ""],
        [f"{number}-0003", "6225888800001234", "100000.00", "成功", "B3", "2025-12-18", ""],
    ])  # fmt: skip
    again = payments.import_results(people["hq"], later, profile)
    assert again.applied and again.paid == 2 and again.batches_closed == [number]


def test_a_batch_by_region_takes_a_code_or_a_name(people, three):
    with pytest.raises(InvalidInput) as info:
        payments.create_batch(people["hq"], region="MARS")
    assert info.value.code == "store.unknown_region"
    assert payments.create_batch(people["hq"], region="华中").batch.count == 3
