"""Promise 7 through the command line, as a regional manager reaching into another region would
try it: every denied action exits 1 with a plain message and leaves the ledger exactly as it was
(a digest of every table before and after). Lockout and password secrecy through the CLI too."""

from __future__ import annotations

import csv
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from reliability_support import PASSWORD, baseline, run_cli


def _one(path: Path, sql: str) -> object:
    conn = sqlite3.connect(str(path))
    try:
        row = conn.execute(sql).fetchone()
        assert row is not None, sql
        return row[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def ids(demo_template: Path) -> dict[str, object]:
    """Subsidies, closures and stores of the demo network to aim at."""
    sub = "SELECT x.id FROM subsidies x JOIN stores s ON s.id = x.store_id WHERE {} ORDER BY x.id"
    return {
        "east_proposed": _one(
            demo_template, sub.format("x.status = 'proposed' AND s.region = 'EAST'")
        ),
        "east_approved": _one(
            demo_template, sub.format("x.status = 'approved' AND s.region = 'EAST'")
        ),
        "own_proposed": _one(
            demo_template,
            sub.format("x.status = 'proposed' AND x.proposed_by = 'mgr.central'"),
        ),
        "central_approved": _one(
            demo_template, sub.format("x.status = 'approved' AND s.region = 'CENTRAL'")
        ),
        "other_closure": _one(
            demo_template,
            "SELECT c.id FROM closures c JOIN stores s ON s.id = c.store_id"
            " WHERE c.status = 'proposed' AND s.region <> 'CENTRAL' ORDER BY c.id",
        ),
        "east_store": _one(
            demo_template,
            "SELECT code FROM stores WHERE region = 'EAST' AND status = 'open'"
            " AND store_type = 'car_integration_store' ORDER BY code",
        ),
        "central_store": _one(
            demo_template,
            "SELECT s.code FROM stores s WHERE s.region = 'CENTRAL' AND s.status = 'open'"
            " AND s.store_type = 'retail_store' AND NOT EXISTS (SELECT 1 FROM closures c"
            " WHERE c.store_id = s.id) ORDER BY s.code",
        ),
    }


# (user, command, words in the refusal)
DENIED = [
    ("mgr.central", ["subsidy", "approve", "{east_proposed}"], "may not approve subsidy"),
    ("mgr.central", ["subsidy", "reject", "{east_proposed}"], "may not reject subsidy"),
    ("mgr.central", ["subsidy", "cancel", "{east_approved}"], "may not cancel subsidy"),
    (
        "mgr.central",
        ["subsidy", "propose", "--policy", "YE2025", "--store", "{east_store}"],
        "may not propose a subsidy for store",
    ),
    (
        "mgr.central",
        ["subsidy", "pay", "{central_approved}", "--reference", "X"],
        "only HQ finance",
    ),
    (
        "mgr.central",
        ["closure", "propose", "--store", "{east_store}", "--comment", "x"],
        "may not propose closing store",
    ),
    ("mgr.central", ["closure", "approve", "{other_closure}"], "may not approve closure"),
    ("mgr.central", ["closure", "reject", "{other_closure}"], "may not reject closure"),
    (
        "mgr.central",
        ["letters", "--policy", "YE2025", "--region", "EAST", "--out", "{tmp}/letters"],
        "may not issue letters for East China",
    ),
    ("mgr.central", ["subsidy", "approve", "{own_proposed}"], "four eyes"),
    ("mgr.central", ["user", "list"], "may not list users"),
    ("mgr.central", ["user", "lock", "mgr.east"], "may not lock or unlock accounts"),
    ("mgr.central", ["user", "passwd", "admin"], "may not reset other users' passwords"),
    ("mgr.central", ["audit", "export", "{tmp}/audit.csv"], "may not export the audit log"),
    ("mgr.central", ["restore", "{tmp}/copy.sqlite3"], "may not restore backups"),
    ("hq.finance", ["user", "add", "intruder", "--role", "admin"], "may not add users"),
    ("hq.finance", ["user", "unlock", "mgr.east"], "may not lock or unlock accounts"),
    ("hq.finance", ["restore", "{tmp}/copy.sqlite3"], "may not restore backups"),
    ("admin", ["subsidy", "approve", "{east_proposed}"], "may not approve subsidies"),
    ("admin", ["subsidy", "pay", "{central_approved}", "--reference", "X"], "only HQ finance"),
    ("admin", ["closure", "approve", "{other_closure}"], "may not approve closures"),
    (
        "admin",
        ["subsidy", "propose", "--policy", "YE2025", "--store", "{east_store}"],
        "may not propose subsidies",
    ),
]


@pytest.mark.parametrize(
    ("user", "command", "words"),
    DENIED,
    ids=[f"{u}-{'-'.join(c[:2])}-{w.split()[-1]}" for u, c, w in DENIED],
)
def test_denied_on_the_command_line_and_nothing_changed(
    demo_copy, data_dir, tmp_path, ids, user, command, words
):
    (tmp_path / "copy.sqlite3").write_bytes(demo_copy.read_bytes())
    args = [a.format(tmp=tmp_path, **ids) for a in command]
    before = baseline(demo_copy)
    result = run_cli(
        demo_copy, *args, data_dir=data_dir, user=user, DEALER_APP_NEW_PASSWORD="taken-over-1"
    )
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert baseline(demo_copy) == before
    assert not (tmp_path / "letters").exists() and not (tmp_path / "audit.csv").exists()
    assert not list(tmp_path.glob("ledger-backups/replaced-*"))


def test_closure_four_eyes_on_the_command_line(demo_copy, data_dir, ids):
    proposed = run_cli(
        demo_copy, "closure", "propose", "--store", ids["central_store"], "--comment", "lease",
        data_dir=data_dir, user="mgr.central",
    )  # fmt: skip
    assert proposed.returncode == 0, proposed.stderr
    cid = proposed.stdout.strip()
    before = baseline(demo_copy)
    own = run_cli(demo_copy, "closure", "approve", cid, data_dir=data_dir, user="mgr.central")
    assert own.returncode == 1 and "four eyes" in own.stderr
    assert baseline(demo_copy) == before
    other = run_cli(demo_copy, "closure", "approve", cid, data_dir=data_dir, user="mgr.central2")
    assert other.returncode == 0, other.stderr


def test_lists_on_the_command_line_show_only_the_managers_region(demo_copy, data_dir):
    def as_json(*args: str) -> list[dict]:
        r = run_cli(demo_copy, *args, "--json", data_dir=data_dir, user="mgr.central")
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)

    stores = as_json("stores", "list")
    assert stores and {s["region"] for s in stores} == {"CENTRAL"}
    assert as_json("stores", "list", "--region", "EAST") == []
    subs = as_json("subsidy", "list")
    assert subs and {s["region"] for s in subs} == {"CENTRAL"}
    codes = {s["store_code"] for s in stores}
    assert {r["store_code"] for r in as_json("eligibility", "--policy", "YE2025")} <= codes
    assert {c["store_code"] for c in as_json("closures", "list")} <= codes
    assert {c["store_code"] for c in as_json("closures", "candidates")} <= codes
    hq = run_cli(demo_copy, "stores", "list", "--json", data_dir=data_dir, user="hq.finance")
    assert len(json.loads(hq.stdout)) > len(stores)


def test_an_import_reaching_into_another_region_is_refused_whole(demo_copy, data_dir, tmp_path):
    f = tmp_path / "stores.csv"
    with f.open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(["门店编码", "门店名称", "经销商", "大区", "城市", "门店类型", "开业日期"])
        w.writerow(["CX0001", "武汉新店", "甲公司", "CENTRAL", "武汉", "汽车融合店", "2024-01-01"])
        w.writerow(["EX0001", "上海新店", "乙公司", "EAST", "上海", "汽车融合店", "2024-01-01"])
    before = baseline(demo_copy)
    r = run_cli(demo_copy, "import", "stores", f, data_dir=data_dir, user="mgr.central")
    assert r.returncode == 1
    assert "row 3" in r.stderr and "may import only Central China" in r.stderr
    assert baseline(demo_copy) == before


def test_five_wrong_passwords_on_the_command_line_lock_the_account(demo_copy, data_dir):
    for attempt in range(1, 6):
        r = run_cli(
            demo_copy, "subsidy", "list", data_dir=data_dir, user="mgr.east",
            password=f"guess-{attempt}",
        )  # fmt: skip
        assert r.returncode == 1
        if attempt < 5:
            assert "Wrong user name or password" in r.stderr
        else:
            assert "Too many wrong passwords" in r.stderr and "locked until" in r.stderr
    right = run_cli(demo_copy, "subsidy", "list", data_dir=data_dir, user="mgr.east")
    assert right.returncode == 1 and "locked until" in right.stderr and right.stdout == ""
    other = run_cli(demo_copy, "subsidy", "list", data_dir=data_dir, user="mgr.central")
    assert other.returncode == 0
    unlocked = run_cli(demo_copy, "user", "unlock", "mgr.east", data_dir=data_dir, user="admin")
    assert unlocked.returncode == 0, unlocked.stderr
    assert run_cli(demo_copy, "subsidy", "list", data_dir=data_dir, user="mgr.east").returncode == 0


def test_passwords_appear_in_no_log_audit_export_backup_or_output(
    demo_copy, data_dir, tmp_path, figures
):
    secrets = {
        "admin": PASSWORD,
        "new": "Quokka-Vellum-7731",
        "changed": "Heron-Basalt-2290",
        "wrong": "Wrong-Lynx-5510",
    }
    outputs = []

    def cli(*args, **kw):
        r = run_cli(demo_copy, *args, data_dir=data_dir, **kw)
        outputs.append(r.stdout + r.stderr)
        return r

    assert cli("user", "add", "new.person", "--role", "hq_finance", user="admin",
               DEALER_APP_NEW_PASSWORD=secrets["new"]).returncode == 0  # fmt: skip
    assert cli("user", "passwd", "new.person", user="admin",
               DEALER_APP_NEW_PASSWORD=secrets["changed"]).returncode == 0  # fmt: skip
    assert cli("subsidy", "list", user="new.person", password=secrets["wrong"]).returncode == 1
    assert cli("subsidy", "list", user="new.person", password=secrets["changed"]).returncode == 0
    assert cli("user", "add", "bad name!", "--role", "hq_finance", user="admin",
               DEALER_APP_NEW_PASSWORD=secrets["new"]).returncode == 1  # fmt: skip
    assert cli("user", "add", "short.pw", "--role", "hq_finance", user="admin",
               DEALER_APP_NEW_PASSWORD="short").returncode == 1  # fmt: skip
    assert cli("audit", "export", tmp_path / "audit.csv", user="admin").returncode == 0
    assert cli("audit", "export", tmp_path / "audit.xlsx", user="admin").returncode == 0
    assert cli("backup", tmp_path / "copy.sqlite3", user="admin").returncode == 0
    files = [p for p in [*data_dir.rglob("*"), *tmp_path.rglob("*")] if p.is_file()]
    assert any(p.name.startswith("dealer-desk.log") for p in files)  # the log file exists
    blobs = {str(p): p.read_bytes() for p in files if p.suffix != ".xlsx"}
    for p in files:
        if p.suffix == ".xlsx":
            with zipfile.ZipFile(p) as z:
                blobs[str(p)] = b"".join(z.read(n) for n in z.namelist())
    blobs["command output"] = "\n".join(outputs).encode()
    for name, secret in secrets.items():
        for where, blob in blobs.items():
            assert secret.encode() not in blob, f"the {name} password is in {where}"
    figures["password_leak_checks"] += len(secrets) * len(blobs)
