"""`dealer-app payments …`, `vouchers …` and the bank details commands, on both backends: the
whole way out as a finance department scripts it, with exit codes and refusals in words."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from cli.test_cli_contract import env, run, run_json  # noqa: F401 - the ledger fixture

from dealer_app.cli import main

HUBEI = "湖北华通汽车销售服务有限公司"
HUNAN = "湖南恒信汽车销售服务有限公司"


def _add_checker(db) -> None:  # noqa: ANN001
    args = ["--db", str(db), "--user", "admin", "user", "add", "hq.checker", "--role", "hq_finance"]
    if str(db).startswith("postgresql://"):
        args[3] = "cli.admin"
    assert main(args) == 0


def _payee(db, store: str, name: str, account: str) -> None:  # noqa: ANN001
    assert run(db, "hq.finance", "partner", "bank", store, "--bank", "招商银行",
               "--branch", "招商银行武汉分行营业部", "--cnaps", "308521015015",
               "--account", account, "--account-name", name) == 0  # fmt: skip


def _confirm_all(db, capsys) -> None:  # noqa: ANN001
    pending = run_json(capsys, db, "hq.checker", "partner", "bank-changes", "--status", "pending")
    for change in pending:
        assert run(db, "hq.checker", "partner", "bank-confirm", str(change["id"])) == 0


def test_the_way_out_from_the_command_line(env, capsys, tmp_path):  # noqa: F811
    db = env
    _add_checker(db)
    ids = []
    for store in ("A001", "A002"):
        out = run_json(capsys, db, "mgr.central", "subsidy", "propose", "--policy", "YE2025",
                       "--store", store)  # fmt: skip
        ids.append(out["id"])
        assert run(db, "mgr.central2", "subsidy", "approve", str(out["id"])) == 0
    _payee(db, "A001", HUBEI, "6225 8888 0000 1234")
    _payee(db, "A002", HUNAN, "6225 8888 0000 5678")
    capsys.readouterr()
    pending = run_json(capsys, db, "hq.finance", "partner", "bank-changes", "--status", "pending")
    assert len(pending) == 2
    assert run(db, "hq.finance", "partner", "bank-confirm", str(pending[0]["id"])) == 1
    assert "four eyes" in capsys.readouterr().err
    _confirm_all(db, capsys)

    batch = run_json(capsys, db, "hq.finance", "payments", "create", "--policy", "YE2025")
    number = batch["number"]
    assert (batch["count"], batch["total"], batch["status"]) == (2, 600_000, "draft")
    assert run(db, "hq.finance", "payments", "release", number, "--acknowledge") == 1
    assert "maker and checker" in capsys.readouterr().err
    assert run(db, "hq.checker", "payments", "release", number) == 1
    err = capsys.readouterr().err
    assert "--acknowledge" in err and "younger than 30 days" in err
    assert run(db, "hq.checker", "payments", "release", number, "--acknowledge") == 0
    assert run(db, "hq.finance", "subsidy", "pay", str(ids[0]), "--reference", "X") == 1
    assert "payment batch" in capsys.readouterr().err

    bank_file = tmp_path / "批量转账.csv"
    assert run(db, "hq.finance", "payments", "export", number, str(bank_file),
               "--profile", "generic_csv") == 0  # fmt: skip
    rows = list(csv.reader(io.StringIO(bank_file.read_bytes().decode("gbk"))))
    assert [r[1] for r in rows[1:]] == [f"{number}-0001", f"{number}-0002"]
    assert sorted(r[7] for r in rows[1:]) == ["100000.00", "500000.00"]

    header = "客户流水号,收款人账号,金额,交易状态,银行流水号,交易日期,失败原因\r\n"
    a001 = [r for r in rows[1:] if r[2] == "6225888800001234"][0][1]
    a002 = [r for r in rows[1:] if r[2] == "6225888800005678"][0][1]
    bad = tmp_path / "result_bad.csv"
    bad.write_bytes((header + f"{a001},6225888800001234,100000.00,成功,CMB1,2025-12-18,\r\n"
                     f"{a002},6225888800005678,50000.00,成功,CMB2,2025-12-18,\r\n"
                     "PB2025-9999-0001,6225888800005678,1.00,成功,CMB3,2025-12-18,\r\n"
                     ).encode("gbk"))  # fmt: skip
    assert run(db, "hq.finance", "payments", "results", str(bad), "--profile", "generic_csv") == 1
    err = capsys.readouterr().err
    assert "Nothing was applied" in err and "Row 3" in err and "Row 4" in err
    good = tmp_path / "result.csv"
    good.write_bytes((header + f"{a001},6225888800001234,100000.00,成功,CMB1,2025-12-18,\r\n"
                      f"{a002},6225888800005678,500000.00,失败,,2025-12-18,户名不符\r\n"
                      ).encode("gbk"))  # fmt: skip
    assert run(db, "hq.finance", "payments", "results", str(good), "--profile", "generic_csv") == 0
    assert "1 paid" in capsys.readouterr().err
    assert run(db, "hq.finance", "payments", "results", str(good), "--profile", "generic_csv") == 0
    assert "already recorded" in capsys.readouterr().err
    failures = run_json(capsys, db, "hq.finance", "payments", "failures")
    assert [(f["amount"], f["reason"]) for f in failures] == [(500_000, "户名不符")]

    month = dt.datetime.now().strftime("%Y-%m")
    u8 = tmp_path / "凭证.txt"
    assert run(db, "hq.finance", "vouchers", "export", str(u8), "--month", month) == 0
    lines = u8.read_bytes().decode("gbk").splitlines()
    debit = sum(int(ln.split(",")[6].replace(".", "")) for ln in lines)
    credit = sum(int(ln.split(",")[7].replace(".", "")) for ln in lines)
    assert debit == credit == (600_000 + 100_000) * 100  # accruals and the one payment
    capsys.readouterr()
    assert run(db, "hq.finance", "vouchers", "export", str(u8), "--month", month) == 1
    assert "already exported" in capsys.readouterr().err
    assert run(db, "hq.finance", "vouchers", "export", str(u8), "--month", month, "--again") == 0
    assert len(run_json(capsys, db, "hq.finance", "vouchers", "list")) == 2
    capsys.readouterr()
    assert run(db, "hq.finance", "payments", "report", "reconcile") == 0
    assert "agree" in capsys.readouterr().err
    book = tmp_path / "reports.xlsx"
    assert run(db, "hq.finance", "payments", "report", "workbook", "--out", str(book)) == 0
    assert book.stat().st_size > 0
    owed = run_json(capsys, db, "hq.finance", "payments", "report", "liabilities")
    assert sum(r["total"] for r in owed["rows"]) == 500_000


def test_refusals_speak_chinese(env, capsys):  # noqa: F811
    db = env
    assert main(["--db", str(db), "--user", "mgr.central", "--lang", "zh_CN", "payments",
                 "create"]) == 1  # fmt: skip
    err = capsys.readouterr().err
    assert "生成付款批次" in err or "无权" in err or "不能" in err
    assert main(["--db", str(db), "--user", "hq.finance", "--lang", "zh_CN", "payments",
                 "create"]) == 1  # fmt: skip
    err = capsys.readouterr().err
    assert "没有符合条件" in err
    assert not any(w in err for w in ("batch", "approved", "subsidy"))
    assert main(["--db", str(db), "--user", "hq.finance", "--lang", "zh_CN", "partner", "bank",
                 "A001", "--cnaps", "12345"]) == 1  # fmt: skip
    err = capsys.readouterr().err
    assert "联行号必须是 12 位数字" in err
    json.dumps(err)
