"""The command line as HQ scripts use it: a ledger built from spreadsheets written elsewhere,
hand-worked expected values, exit codes, refusals, and a tampered audit log."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from dealer_app.cli import main
from dealer_app.storage.migrations import AUDIT_GUARDS_SQL

PW = "secret-pass-1"

HEADER_ZH = "门店编码,门店名称,经销商,统一社会信用代码,大区,省份,城市,地址,门店类型,开业日期,状态\n"
# Every YE2025 date boundary and every reason for refusal, dates in mixed formats.
STORES_ZH = (
    HEADER_ZH
    + "\n".join(
        [
            "A001,武汉光谷汽车融合店,湖北华通汽车销售服务有限公司,91350100M000100Y43,华中,湖北,武汉,光谷大道1号,汽车融合店,2024-12-31,营业中",
            "A002,长沙交付中心,湖南恒信汽车销售服务有限公司,,CENTRAL,湖南,长沙,,交付中心,2025/01/01,open",
            "A003,郑州融合店,河南永达汽车销售服务有限公司,,华中,河南,郑州,,car_integration_store,2025年12月14日,open",
            "A004,衡阳融合店,湖南恒信汽车销售服务有限公司,,华中,湖南,衡阳,,car_integration_store,2025-12-15,open",
            "A005,宜昌融合店,湖北华通汽车销售服务有限公司,,华中,湖北,宜昌,,car_integration_store,2025-12-16,open",
            "A006,襄阳售后服务中心,湖北华通汽车销售服务有限公司,,华中,湖北,襄阳,,售后服务中心,2023-05-01,open",
            "A007,荆州店中店,湖北华通汽车销售服务有限公司,,华中,湖北,荆州,,店中店,2023-05-01,open",
            "A008,黄石零售店,湖北华通汽车销售服务有限公司,,华中,湖北,黄石,,零售店,2023-05-01,open",
            "A009,十堰融合店,湖北华通汽车销售服务有限公司,,华中,湖北,十堰,,car_integration_store,,筹备中",
            "A010,株洲融合店,湖南恒信汽车销售服务有限公司,,华中,湖南,株洲,,car_integration_store,2022-03-01,关闭中",
            "A011,湘潭融合店,湖南恒信汽车销售服务有限公司,,华中,湖南,湘潭,,car_integration_store,45000,open",
            "B001,广州交付中心,广东广汇汽车销售服务有限公司,,SOUTH,广东,广州,,delivery_center,2024-06-30,open",
        ]
    )
    + "\n"
)

EXPECTED = {
    "A001": (True, 100_000, "established_by_2024"),
    "A002": (True, 500_000, "new_in_2025"),
    "A003": (True, 500_000, "new_in_2025"),
    "A004": (False, 0, None),
    "A005": (False, 0, None),
    "A006": (False, 0, None),
    "A007": (False, 0, None),
    "A008": (False, 0, None),
    "A009": (False, 0, None),
    "A010": (False, 0, None),
    "A011": (True, 100_000, "established_by_2024"),  # Excel serial 45000 = 2023-03-15
    "B001": (True, 100_000, "established_by_2024"),
}


#: The first administrator of a server ledger made here (logins are the server's, shared by
#: every database on it: the test template's "admin" exists already).
SERVER_ADMIN = "cli.admin"


@pytest.fixture
def env(tmp_path, monkeypatch, backend, request):
    monkeypatch.setenv("DEALER_APP_PASSWORD", PW)
    monkeypatch.setenv("DEALER_APP_NEW_PASSWORD", PW)
    if backend == "pg":
        from pg_cluster import SUPERUSER, SUPERUSER_PASSWORD

        from tests.conftest import empty_server_database

        url = empty_server_database(request)
        monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)  # the database owner's, libpq's way
        owner_url = url.replace("postgresql://", f"postgresql://{SUPERUSER}@")
        assert main(["--db", owner_url, "init", "--admin", SERVER_ADMIN]) == 0
        monkeypatch.delenv("PGPASSWORD")
        monkeypatch.setenv("DEALER_APP_USER", SERVER_ADMIN)
        db = url
    else:
        db = tmp_path / "hq.sqlite3"
        assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "settings", "set", "business_date", "2025-12-16"]) == 0
    for name, role, region in [
        ("mgr.central", "regional_manager", "CENTRAL"),
        ("mgr.central2", "regional_manager", "CENTRAL"),
        ("mgr.south", "regional_manager", "SOUTH"),
        ("hq.finance", "hq_finance", None),
    ]:
        args = ["--db", str(db), "user", "add", name, "--role", role]
        assert main(args + (["--region", region] if region else [])) == 0
    csv = tmp_path / "stores_gbk.csv"
    csv.write_bytes(STORES_ZH.encode("gbk"))
    assert main(["--db", str(db), "--user", "hq.finance", "import", "stores", str(csv)]) == 0
    return db


def run(db: Path | str, user: str, *args: str) -> int:
    if user == "admin" and str(db).startswith("postgresql://"):
        user = SERVER_ADMIN
    return main(["--db", str(db), "--user", user, *args])


def _open(db: Path | str):  # noqa: ANN202
    """The ledger itself, as its administrator (a server ledger: through their login)."""
    from dealer_app.storage.db import open_ledger
    from dealer_app.storage.pg import open_server

    if str(db).startswith("postgresql://"):
        return open_server(str(db), SERVER_ADMIN, PW)
    return open_ledger(db)


def run_json(capsys, db: Path, user: str, *args: str):
    capsys.readouterr()
    assert run(db, user, *args, "--json") == 0
    return json.loads(capsys.readouterr().out)


def content(db: Path) -> list:
    """Every row of every table, for 'unchanged in content' comparisons."""
    conn = sqlite3.connect(db)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        return [(t, sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"')))) for t in tables]
    finally:
        conn.close()


def test_eligibility_matches_hand_worked_values(env, capsys):
    rows = run_json(capsys, env, "hq.finance", "eligibility", "--policy", "YE2025")
    assert [r["store_code"] for r in rows] == sorted(EXPECTED)
    for r in rows:
        assert set(r) == {"store_code", "eligible", "amount", "tier", "reason", "reason_code"}
        assert (r["eligible"], r["amount"], r["tier"]) == EXPECTED[r["store_code"]], r
    reasons = {r["store_code"]: r["reason"] for r in rows}
    assert reasons["A004"] == "Opened 2025-12-15, one day after the cutoff of 2025-12-14."
    assert reasons["A005"] == "Opened 2025-12-16, 2 days after the cutoff of 2025-12-14."
    assert "service_center" in reasons["A006"]
    assert "store_in_store" in reasons["A007"]
    assert "retail_store" in reasons["A008"]
    assert reasons["A009"].startswith("Store is planned")
    assert reasons["A010"].startswith("Store is closing")
    assert "the last day of tier new_in_2025" in reasons["A003"]


def test_regional_manager_sees_only_their_region(env, capsys):
    rows = run_json(capsys, env, "mgr.south", "eligibility", "--policy", "YE2025")
    assert [r["store_code"] for r in rows] == ["B001"]
    stores = run_json(capsys, env, "mgr.south", "stores", "list")
    assert [s["store_code"] for s in stores] == ["B001"]


def test_workflow_four_eyes_region_budget(env, capsys):
    out = run_json(
        capsys, env, "mgr.central", "subsidy", "propose", "--policy", "YE2025", "--store", "A002"
    )
    sid = out["id"]
    assert isinstance(sid, int)
    # four eyes
    assert run(env, "mgr.central", "subsidy", "approve", str(sid)) == 1
    assert "four eyes" in capsys.readouterr().err
    # region
    assert run(env, "mgr.south", "subsidy", "approve", str(sid)) == 1
    err = capsys.readouterr().err  # (a server ledger does not show another region's rows)
    assert ("region" in err) if isinstance(env, Path) else ("no subsidy" in err)
    # only HQ finance pays, and only approved subsidies
    assert run(env, "hq.finance", "subsidy", "pay", str(sid), "--reference", "X") == 1
    assert run(env, "mgr.central2", "subsidy", "approve", str(sid)) == 0
    assert run(env, "mgr.central2", "subsidy", "pay", str(sid), "--reference", "X") == 1
    assert run(env, "hq.finance", "subsidy", "pay", str(sid), "--reference", "CMB-1") == 0
    listed = run_json(capsys, env, "hq.finance", "subsidy", "list")
    assert listed == [
        {
            "id": sid,
            "store_code": "A002",
            "policy": "YE2025",
            "amount": 500_000,
            "status": "paid",
            "proposed_by": "mgr.central",
            "approved_by": "mgr.central2",
            "policy_version": 1,
            "tier": "new_in_2025",
            "region": "CENTRAL",
            "payment_reference": "CMB-1",
            "comment": "",
        }
    ]
    # duplicates refused
    assert (
        run(env, "mgr.central2", "subsidy", "propose", "--policy", "YE2025", "--store", "A002") == 1
    )
    assert "at most once per policy" in capsys.readouterr().err
    # not eligible refused with the reason
    assert (
        run(env, "mgr.central", "subsidy", "propose", "--policy", "YE2025", "--store", "A004") == 1
    )
    assert "one day after the cutoff" in capsys.readouterr().err


def test_budget_cap_refuses_through_the_cli(env, capsys, tmp_path):
    from dealer_app.services.context import Context
    from dealer_app.services.policies import get_policy, save_policy
    from dealer_app.storage import users

    led = _open(env)
    try:
        admin = Context(led, users.get(led, SERVER_ADMIN if led.is_server else "admin"))
        p = get_policy(admin, "YE2025")
        p.budget = 600_000
        save_policy(admin, p)
    finally:
        led.close()
    a = run_json(
        capsys, env, "mgr.central", "subsidy", "propose", "--policy", "YE2025", "--store", "A002"
    )["id"]
    b = run_json(
        capsys, env, "mgr.central", "subsidy", "propose", "--policy", "YE2025", "--store", "A001"
    )["id"]
    c = run_json(
        capsys, env, "mgr.central", "subsidy", "propose", "--policy", "YE2025", "--store", "A011"
    )["id"]
    assert run(env, "hq.finance", "subsidy", "approve", str(a)) == 0
    assert run(env, "hq.finance", "subsidy", "approve", str(b)) == 0  # 600,000: exactly the budget
    capsys.readouterr()
    assert run(env, "hq.finance", "subsidy", "approve", str(c)) == 1
    err = capsys.readouterr().err
    assert "would exceed the YE2025 budget of 600,000 yuan" in err and "Traceback" not in err


@pytest.mark.sqlite_only
def test_bad_file_leaves_the_ledger_unchanged_in_content(env, tmp_path, capsys):
    before = content(env)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "store_code,store_name,partner_name,partner_credit_code,region,province,city,address,store_type,established_on,status\n"
        "A001,Renamed,湖北华通汽车销售服务有限公司,,CENTRAL,湖北,武汉,,car_integration_store,2024-12-31,open\n"
        "C001,New store,Some partner,91350100M000100Y44,CENTRAL,湖北,武汉,,car_integration_store,2024-12-31,open\n"
        "C002,New store,Some partner,,MARS,湖北,武汉,,car_integration_store,2024-12-31,open\n"
        "C002,Dup,Some partner,,CENTRAL,湖北,武汉,,car_integration_store,2024-13-01,open\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert run(env, "hq.finance", "import", "stores", str(bad)) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err
    assert "row 3" in err and "row 4" in err and "row 5" in err
    assert "Traceback" not in err
    assert content(env) == before


@pytest.mark.sqlite_only
def test_dry_run_writes_nothing(env, tmp_path, capsys):
    before = content(env)
    f = tmp_path / "more.csv"
    f.write_text(
        HEADER_ZH
        + "A001,武汉光谷汽车融合店（新址）,湖北华通汽车销售服务有限公司,91350100M000100Y43,华中,湖北,武汉,光谷大道1号,汽车融合店,2024-12-31,营业中\n"
        "C100,新店,湖北华通汽车销售服务有限公司,,华中,湖北,武汉,,汽车融合店,2025-06-01,营业中\n",
        encoding="utf-8-sig",
    )
    report = run_json(capsys, env, "hq.finance", "import", "stores", str(f), "--dry-run")
    assert (report["added"], report["updated"], report["unchanged"]) == (1, 1, 0)
    assert report["updated_fields"] == {"A001": ["name"]}
    assert content(env) == before


def test_usage_errors_exit_2(env, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(env), "subsidy", "approve", "not-a-number"])
    assert exc.value.code == 2
    assert main(["--db", str(env), "subsidy", "approve"]) == 2  # no ids, no --all
    assert main(["--db", str(env), "letters"]) == 2


def test_wrong_password_exit_1(env, monkeypatch, capsys):
    monkeypatch.setenv("DEALER_APP_PASSWORD", "wrong-password")
    assert run(env, "hq.finance", "stores", "list") == 1
    assert "Wrong user name or password" in capsys.readouterr().err


@pytest.mark.sqlite_only
def test_tampered_audit_fails_verify(env, capsys):
    assert run(env, "admin", "audit", "verify") == 0
    conn = sqlite3.connect(env)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute(
        "UPDATE audit_log SET data = replace(data, 'A002', 'A099') WHERE action = 'store.import'"
    )
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert run(env, "admin", "audit", "verify") == 1
    assert "was altered" in capsys.readouterr().err


@pytest.mark.sqlite_only
def test_what_a_writer_of_the_file_can_do_and_what_then_shows_it(env, tmp_path, capsys):
    """Issue 15, item 9, measured: with sqlite3 and write access to the file, approve one's own
    proposal in a colleague's name at five times the amount and append an audit entry with a
    correctly recomputed hash. The chain verifies; the replay of the log does not explain the
    row. Rewrite the proposal's entry too and chain everything again: the replay agrees, and
    only the anchor of a letter printed before shows it."""
    from dealer_app.storage.audit import canonical_json, entry_hash

    def propose(store: str) -> int:
        out = run_json(
            capsys, env, "mgr.central", "subsidy", "propose", "--policy", "YE2025", "--store", store
        )
        return out["id"]

    mine = propose("A002")  # (before the letter: the letter's anchor covers it)
    printed = propose("A001")
    assert run(env, "mgr.central2", "subsidy", "approve", str(printed)) == 0
    out = tmp_path / "letters"
    assert run(env, "hq.finance", "letters", "--policy", "YE2025", "--out", str(out)) == 0
    [letter] = sorted(out.glob("*.pdf"))
    conn = sqlite3.connect(env)
    amount = conn.execute("SELECT amount FROM subsidies WHERE id = ?", (mine,)).fetchone()[0]
    conn.execute(
        "UPDATE subsidies SET status = 'approved', decided_by = 'mgr.central2',"
        " decided_at = '2025-12-16T11:00:00+08:00', amount = ? WHERE id = ?",
        (amount * 5, mine),
    )
    last_id, last_hash = conn.execute(
        "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    row = (
        last_id + 1,
        "2025-12-16T11:00:00+08:00",
        "mgr.central2",
        "subsidy.approve",
        "subsidy",
        str(mine),
        canonical_json({"amount": amount * 5}),
    )
    conn.execute(
        'INSERT INTO audit_log (id, at, "user", action, entity, entity_id, data, prev_hash,'
        " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*row, last_hash, entry_hash(last_hash, *row)),
    )
    conn.commit()
    capsys.readouterr()
    assert run(env, "admin", "audit", "verify") == 1
    err = capsys.readouterr().err
    assert "altered" not in err and "the log says" in err and f"subsidy {mine} " in err

    # The careful attacker rewrites the proposal's entry as well and chains the log again.
    conn.execute("DROP TRIGGER audit_log_no_update")
    rows = conn.execute(
        'SELECT id, at, "user", action, entity, entity_id, data FROM audit_log ORDER BY id'
    ).fetchall()
    prev = "0" * 64
    for rid, at, user, action, entity, entity_id, data in rows:
        if action == "subsidy.propose" and entity_id == str(mine):
            data = data.replace(f'"amount":{amount}', f'"amount":{amount * 5}')
        h = entry_hash(prev, rid, at, user, action, entity, entity_id, data)
        conn.execute(
            "UPDATE audit_log SET data = ?, prev_hash = ?, hash = ? WHERE id = ?",
            (data, prev, h, rid),
        )
        prev = h
    conn.commit()
    conn.executescript(AUDIT_GUARDS_SQL)
    conn.close()
    assert run(env, "admin", "audit", "verify") == 0  # chain and replay: nothing to see
    capsys.readouterr()
    assert run(env, "admin", "audit", "verify", "--anchors", str(letter)) == 1
    assert "the history was rewritten after the letter left" in capsys.readouterr().err
    assert run(env, "hq.finance", "letters", "verify", str(letter)) == 1


@pytest.mark.sqlite_only
def test_backup_is_a_working_ledger(env, tmp_path, capsys):
    dest = tmp_path / "copy.sqlite3"
    assert run(env, "admin", "backup", str(dest)) == 0
    rows = run_json(capsys, dest, "hq.finance", "stores", "list")
    assert len(rows) == len(EXPECTED)
    assert hashlib.sha256(dest.read_bytes()).hexdigest()  # a real file


def test_letters_verify_a_file_and_a_scanned_code_with_their_exit_codes(env, tmp_path, capsys):
    """0 genuine, 3 void (who and when said), 1 unknown; Chinese as well as English."""
    from dealer_app.domain.letters import qr_payload
    from dealer_app.services.letters import letter_data
    from dealer_app.storage import letters as letter_store

    assert (
        run(env, "mgr.central", "subsidy", "propose", "--policy", "YE2025", "--store", "A001") == 0
    )
    sid = int(capsys.readouterr().out.split()[-1])
    assert run(env, "mgr.central2", "subsidy", "approve", str(sid)) == 0
    out = tmp_path / "letters"
    assert run(env, "hq.finance", "letters", "--policy", "YE2025", "--out", str(out)) == 0
    [pdf] = sorted(out.glob("*.pdf"))
    assert pdf.name == "YE2025-CENTRAL-2025-000001.pdf"
    ledger = _open(env)
    rec = letter_store.by_number(ledger, "YE2025-CENTRAL-2025-000001")
    payload = qr_payload(letter_data(rec), rec.digest)
    ledger.close()
    capsys.readouterr()

    assert run(env, "hq.finance", "letters", "verify", str(pdf)) == 0
    assert run(env, "hq.finance", "letters", "verify", "--qr", payload) == 0
    said = capsys.readouterr().out.splitlines()
    assert (
        said
        == [
            "Genuine: letter YE2025-CENTRAL-2025-000001 is exactly as the ledger issued it, and valid."
        ]
        * 2
    )

    assert run(env, "hq.finance", "subsidy", "cancel", str(sid), "--comment", "重复") == 0
    capsys.readouterr()
    assert run(env, "hq.finance", "letters", "verify", "--qr", payload) == 3
    assert capsys.readouterr().out.startswith("VOID: letter YE2025-CENTRAL-2025-000001")
    assert run(env, "hq.finance", "--lang", "zh_CN", "letters", "verify", str(pdf)) == 3
    said = capsys.readouterr().out
    assert said.startswith("已作废：通知书 YE2025-CENTRAL-2025-000001") and "hq.finance" in said
    assert run(env, "hq.finance", "letters", "verify", str(pdf), "--json") == 3
    data = json.loads(capsys.readouterr().out)
    assert data["void"] is True and data["letters"][0]["voided_by"] == "hq.finance"
    assert data["letters"][0]["summary"]["code"] == "letter.check.void"

    assert run(env, "hq.finance", "letters", "verify", "--qr", "DEALERDESK:2|x") == 1
    assert "not a Dealer Desk letter code" in capsys.readouterr().err
    assert run(env, "hq.finance", "letters", "verify") == 2  # neither a file nor --qr


def test_out_of_range_ids_and_over_long_searches_are_plain_refusals(env, capsys):
    with pytest.raises(SystemExit) as usage:  # argparse's usage error
        run(env, "hq.finance", "subsidy", "approve", str(10**20))
    assert usage.value.code == 2
    err = capsys.readouterr().err
    assert "is not an id" in err and "Traceback" not in err and "internal error" not in err
    assert run(env, "hq.finance", "stores", "list", "--search", "x" * 100_000) == 1
    err = capsys.readouterr().err
    assert "search text is too long" in err and "internal error" not in err


def test_xlsx_out_of_every_list_command(env, capsys, tmp_path):
    """--xlsx FILE: the table as a workbook: the command in the first line, money as numbers
    with a totals row equal to the ledger's, in the language of the command line."""
    from openpyxl import load_workbook

    target = tmp_path / "eligibility.xlsx"
    assert run(env, "hq.finance", "eligibility", "--policy", "YE2025", "--xlsx", str(target)) == 0
    assert "Wrote" in capsys.readouterr().err
    rows = [[c.value for c in r] for r in load_workbook(target).active.iter_rows()]
    assert rows[0][0].endswith("eligibility --policy YE2025 --xlsx " + str(target))
    header = rows[3]
    assert header[:3] == ["store", "eligible", "amount"]
    body = rows[4:-1]
    assert [r[0] for r in body] == sorted(EXPECTED)
    expected_total = sum(e[1] or 0 for e in EXPECTED.values())
    assert rows[-1][0] == "Total" and rows[-1][2] == expected_total
    assert all(isinstance(r[2], int) or r[2] in ("", None) for r in body)
    for args in (("stores", "list"), ("subsidy", "list"), ("closures", "candidates")):
        out = tmp_path / f"{args[0]}.xlsx"
        assert run(env, "hq.finance", *args, "--xlsx", str(out)) == 0, capsys.readouterr().err
        assert load_workbook(out).active.max_row >= 3
    bad = tmp_path / "no-such-folder" / "x.xlsx"
    assert run(env, "hq.finance", "stores", "list", "--xlsx", str(bad)) == 1
    assert "Could not write" in capsys.readouterr().err


def test_policy_quota_through_the_command_line(env, capsys):
    assert run(env, "hq.finance", "policy", "quota", "YE2025", "--set", "CENTRAL", "2,000,000") == 0
    capsys.readouterr()
    assert run_json(capsys, env, "hq.finance", "policy", "quota", "YE2025") == {
        "CENTRAL": 2_000_000
    }
    assert run(env, "mgr.central", "policy", "quota", "YE2025", "--clear", "CENTRAL") == 1
    assert "may not" in capsys.readouterr().err
    assert run(env, "hq.finance", "policy", "quota", "YE2025", "--set", "CENTRAL", "lots") == 2
    assert run(env, "hq.finance", "policy", "quota", "YE2025", "--clear", "CENTRAL") == 0
