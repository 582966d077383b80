"""The command line speaks the user's language: every refusal and error a sentence in Chinese
(`--lang zh_CN`, or a Chinese system) or in English, with its parameters, and no English inside
the Chinese."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from dealer_app.cli import main

PW = "secret-pass-1"
HEADER = "门店编码,门店名称,经销商,大区,城市,门店类型,开业日期,状态\n"
STORES = HEADER + (
    "A001,武汉光谷汽车融合店,湖北华通汽车销售服务有限公司,华中,武汉,汽车融合店,2024-12-31,营业中\n"
    "A002,长沙交付中心,湖南恒信汽车销售服务有限公司,华中,长沙,交付中心,2025-01-01,营业中\n"
    "A003,衡阳融合店,湖南恒信汽车销售服务有限公司,华中,衡阳,汽车融合店,2025-12-15,营业中\n"
)
#: Names that are data, not language: users, codes, policy codes, file names, commands, what
#: the user wrote (quoted), the format a date is written in.
DATA = re.compile(
    r"(mgr\.\w+|hq\.\w+|admin|YE2025|[A-Z]\d{3}|/[^\s，。；：（）]+|[\w.-]+\.(?:sqlite3|csv|pdf)"
    r"|dealer-app|--db|restore|init|“[^”]*”|YYYY-MM-DD)"
)


def english_words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{2,}", DATA.sub("", text))


@pytest.fixture
def ledger(tmp_path, monkeypatch) -> Path:
    db = tmp_path / "hq.sqlite3"
    monkeypatch.setenv("DEALER_APP_PASSWORD", PW)
    monkeypatch.setenv("DEALER_APP_NEW_PASSWORD", PW)
    assert main(["--db", str(db), "init"]) == 0
    for name, role, region in [
        ("mgr.central", "regional_manager", "CENTRAL"),
        ("mgr.south", "regional_manager", "SOUTH"),
        ("hq.finance", "hq_finance", None),
    ]:
        extra = ["--region", region] if region else []
        assert main(["--db", str(db), "user", "add", name, "--role", role, *extra]) == 0
    csv = tmp_path / "stores.csv"
    csv.write_bytes(STORES.encode("gbk"))
    assert main(["--db", str(db), "--user", "hq.finance", "import", "stores", str(csv)]) == 0
    return db


def say(capsys, lang: str, db: Path, user: str, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--lang", lang, "--db", str(db), "--user", user, *args])
    return code, capsys.readouterr().err


def both(capsys, db: Path, user: str, *args: str) -> tuple[str, str]:
    """(Chinese, English) of one refusal; both exit 1."""
    zh_code, zh = say(capsys, "zh_CN", db, user, *args)
    en_code, en = say(capsys, "en", db, user, *args)
    assert (zh_code, en_code) == (1, 1), (zh, en)
    assert english_words(zh) == [], zh
    return zh, en


def test_a_bad_import_lists_every_problem_in_each_language(ledger, capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(
        (
            HEADER + "B001,,某公司,火星,武汉,汽车融合店,2025-02-30,营业中\n"
            "B002,某店,某公司,华中,武汉,4S店,soon,开着\n"
        ).encode("gbk")
    )
    zh, en = both(capsys, ledger, "hq.finance", "import", "stores", str(bad))
    assert "文件中有 6 个问题，未导入任何数据" in zh
    assert "第 2 行“门店名称”列：门店名称为必填项" in zh
    assert "第 3 行“门店类型”列：未知门店类型“4S店”；请使用以下之一：汽车融合店、交付中心" in zh
    assert "6 problems in the file; nothing was imported" in en
    assert "row 3, column 门店类型: unknown store type '4S店'" in en


def test_four_eyes_in_each_language(ledger, capsys):
    assert main(["--db", str(ledger), "--user", "mgr.central", "subsidy", "propose",
                 "--policy", "YE2025", "--store", "A001"]) == 0  # fmt: skip
    zh, en = both(capsys, ledger, "mgr.central", "subsidy", "approve", "1")
    assert "mgr.central 是补贴 1的提议人，不能再由本人审批（双人复核）" in zh
    assert "mgr.central proposed subsidy 1 and may not decide it too (four eyes)" in en


def test_the_budget_in_each_language(ledger, capsys):
    con = sqlite3.connect(ledger)
    con.execute("UPDATE policies SET budget = 100000 WHERE code = 'YE2025'")
    con.commit()
    con.close()
    for store in ("A001", "A002"):
        assert main(["--db", str(ledger), "--user", "mgr.central", "subsidy", "propose",
                     "--policy", "YE2025", "--store", store]) == 0  # fmt: skip
    zh, en = both(capsys, ledger, "hq.finance", "subsidy", "approve", "2")
    assert "批准补贴 2（500,000元）将超出政策 YE2025 的预算 100,000元" in zh
    assert "剩余 100,000元" in zh
    assert "would exceed the YE2025 budget of 100,000 yuan" in en


def test_not_eligible_with_its_reason_in_each_language(ledger, capsys):
    zh, en = both(capsys, ledger, "mgr.central", "subsidy", "propose", "--policy", "YE2025",
                  "--store", "A003")  # fmt: skip
    assert (
        "门店 A003 不符合政策 YE2025 的条件：开业日期 2025-12-15，比截止日期 2025-12-14 晚 1 天"
        in zh
    )
    assert "Opened 2025-12-15, one day after the cutoff of 2025-12-14." in en


def test_permissions_in_each_language(ledger, capsys):
    zh, en = both(capsys, ledger, "mgr.south", "subsidy", "propose", "--policy", "YE2025",
                  "--store", "A001")  # fmt: skip
    assert "mgr.south 负责华南大区，无权提议补贴：门店 A001属于华中大区" in zh
    assert "mgr.south manages South China and may not propose a subsidy for store A001" in en
    zh, en = both(capsys, ledger, "hq.finance", "user", "list")
    assert "hq.finance 的角色是总部财务，无权查看用户列表；只有管理员或审计员可以" in zh
    assert (
        "hq.finance is HQ finance and may not list users; only an administrator or an auditor may"
        in en
    )


def test_a_damaged_ledger_and_its_backup_in_each_language(ledger, capsys):
    data = ledger.read_bytes()
    ledger.write_bytes(data[: len(data) // 2])
    zh, en = both(capsys, ledger, "hq.finance", "stores", "list")
    assert "已损坏" in zh and "请恢复最近的备份" in zh
    assert "最近的备份是" in zh and "restore" in zh
    assert "is damaged" in en and "The latest backup is" in en


def test_the_help_and_usage_errors_speak_chinese(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "subsidy", "--help"])
    out = capsys.readouterr().out
    assert "提议、批准、驳回、支付、取消或列出补贴" in out
    assert "显示此帮助信息并退出" in out
    with pytest.raises(SystemExit) as exc:
        main(["--lang", "zh_CN", "user", "add", "x"])
    assert exc.value.code == 2
    assert "缺少以下必需参数：--role" in capsys.readouterr().err


def test_the_system_language_is_the_default(ledger, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    capsys.readouterr()
    assert main(["--db", str(ledger), "--user", "hq.finance", "user", "list"]) == 1
    assert "无权查看用户列表" in capsys.readouterr().err


def test_batch_decisions_report_each_refusal(ledger, capsys):
    for store in ("A001", "A002"):
        assert main(["--db", str(ledger), "--user", "mgr.central", "subsidy", "propose",
                     "--policy", "YE2025", "--store", store]) == 0  # fmt: skip
    capsys.readouterr()
    # mgr.central proposed both: approving them all is refused twice, by four eyes.
    code = main(["--lang", "zh_CN", "--db", str(ledger), "--user", "mgr.central", "subsidy",
                 "approve", "1", "2"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert "完成 0 项，未执行 2 项" in err and "双人复核" in err
    # --all never picks one's own proposals; HQ finance approves both
    assert main(["--db", str(ledger), "--user", "hq.finance", "subsidy", "approve", "--all",
                 "--policy", "YE2025", "--region", "central"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "Subsidy 1 (A001, 100,000 yuan) is now approved." in out
    assert "Subsidy 2 (A002, 500,000 yuan) is now approved." in out
