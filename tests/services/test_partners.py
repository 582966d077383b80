"""Where a partner is paid: never changed by a store edit or an import, only by its own action,
scoped, confirmed by a second person and audited; the next letter prints the new details."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from english import en, zh

from dealer_app.domain.banking import BankDetails
from dealer_app.domain.errors import InvalidInput, PermissionDenied
from dealer_app.domain.models import Store, StoreStatus, StoreType
from dealer_app.services import banking, letters, partners, subsidies
from dealer_app.services.audit import entries
from dealer_app.services.stores import import_stores, save_store

SHARED = "湖北华通汽车销售服务有限公司"
CREDIT = "91420100MA4K00001U"  # a valid unified social credit code


@pytest.fixture
def people(make_user):
    return {
        "central": make_user("mgr.central", "regional_manager", "CENTRAL"),
        "central2": make_user("mgr.central2", "regional_manager", "CENTRAL"),
        "north": make_user("mgr.north", "regional_manager", "NORTH"),
        "hq": make_user("hq.finance", "hq_finance"),
        "hq2": make_user("hq.finance2", "hq_finance"),
    }


def _store(code: str, region: str, partner: str = SHARED, **kw) -> Store:
    return Store(
        code, f"门店{code}", partner, region, "湖北", "武汉", StoreType.CAR_INTEGRATION_STORE,
        dt.date(2024, 3, 1), StoreStatus.OPEN, **kw,
    )  # fmt: skip


@pytest.fixture
def shared_partner(people):
    """One partner with a store in CENTRAL and one in NORTH, paid to 招商银行 …1234."""
    hq = people["hq"]
    bank = {"partner_bank": "招商银行武汉分行", "partner_account": "6225 8888 0000 1234"}
    save_store(hq, _store("C1", "CENTRAL", partner_credit_code=CREDIT, **bank), new=True)
    save_store(hq, _store("N1", "NORTH", partner_credit_code=CREDIT), new=True)
    return partners.get_partner(hq, "C1")


def test_a_store_edit_never_changes_where_a_partner_is_paid(people, shared_partner):
    north = people["north"]
    store = dataclasses.replace(
        _store("N1", "NORTH", partner_credit_code=CREDIT),
        partner_bank="攻击者银行",
        partner_account="6222 0000 1111 9999",
    )
    with pytest.raises(InvalidInput) as info:
        save_store(north, store, new=False)
    assert info.value.code == "store.partner_differs"
    assert "Change bank details" in en(info.value.msg) and "更改收款账户" in zh(info.value.msg)
    # A new store naming the partner's credit code with a new account: refused the same way.
    with pytest.raises(InvalidInput):
        save_store(north, dataclasses.replace(store, code="N2"), new=True)
    held = partners.get_partner(people["hq"], shared_partner.id)
    assert (held.bank, held.account) == ("招商银行武汉分行", "6225 8888 0000 1234")


def test_an_import_never_changes_where_a_partner_is_paid(people, shared_partner, tmp_path):
    csv = tmp_path / "stores.csv"
    csv.write_text(
        "门店编码,门店名称,经销商,统一社会信用代码,大区,省份,城市,门店类型,开业日期,状态,开户银行,银行账号\n"
        f"N1,门店N1,{SHARED},{CREDIT},华北,河北,石家庄,汽车融合店,2024-03-01,营业中,"
        "攻击者银行,6222000011119999\n",
        encoding="utf-8",
    )
    report = import_stores(people["north"], csv)
    kept = [w for w in report.warnings if w.code == "import.partner_kept"]
    assert len(kept) == 1 and "6222000011119999" in en(kept[0])
    held = partners.get_partner(people["hq"], shared_partner.id)
    assert (held.bank, held.account) == ("招商银行武汉分行", "6225 8888 0000 1234")


def _details(bank: str, account: str) -> BankDetails:
    return BankDetails(bank, f"{bank}营业部", "308521015015", account, SHARED)


def test_a_shared_partner_is_hq_finances_to_change(people, shared_partner):
    with pytest.raises(PermissionDenied) as info:
        banking.request_change(people["central"], shared_partner.id, _details("新银行", "62221111"))
    assert info.value.code == "partner.bank_other_region"
    assert "HQ finance" in en(info.value.msg)
    change = banking.request_change(
        people["hq"], shared_partner.id, _details("中国银行武汉分行", "6013 8200 0000 42"),
        "合作方来函",
    )  # fmt: skip
    held = partners.get_partner(people["hq"], shared_partner.id)
    assert held.account == "6225 8888 0000 1234"  # not before a second person confirms
    banking.confirm(people["hq2"], change.id)
    changed = partners.get_partner(people["hq"], shared_partner.id)
    assert (changed.bank, changed.account) == ("中国银行武汉分行", "6013 8200 0000 42")
    [entry] = [e for e in entries(people["hq"]) if e.action == "bank.confirm"]
    assert entry.user == "hq.finance2" and entry.data["requested_by"] == "hq.finance"
    assert entry.data["before"]["account"] == "6225 8888 0000 1234"
    assert entry.data["after"]["bank"] == "中国银行武汉分行"
    [asked] = [e for e in entries(people["hq"]) if e.action == "bank.request"]
    assert asked.data["reason"] == "合作方来函"


def test_a_regional_manager_changes_a_partner_wholly_in_their_region(people):
    save_store(people["hq"], _store("C7", "CENTRAL", partner="武汉独家汽车有限公司"), new=True)
    pid = partners.get_partner(people["central"], "C7").id
    change = banking.request_change(
        people["central"], pid, BankDetails("工商银行武汉分行", "工行光谷支行", "102521000012",
                                             "6222 0202 1234", "武汉独家汽车有限公司"))  # fmt: skip
    banking.confirm(people["central2"], change.id)
    assert partners.get_partner(people["hq"], pid).bank == "工商银行武汉分行"
    with pytest.raises(PermissionDenied):
        banking.request_change(people["north"], pid, _details("别的银行", "6222 0202 9999"))
    with pytest.raises(InvalidInput) as info:
        banking.request_change(people["central"], pid, BankDetails(account="not a number"))
    assert info.value.code == "bank.details_invalid"
    assert "account" in info.value.params["problems"]


def test_the_next_letter_prints_the_new_details(people, shared_partner):
    sid = subsidies.propose(people["central"], "YE2025", "C1")
    subsidies.approve(people["central2"], sid)
    change = banking.request_change(
        people["hq"], shared_partner.id, _details("中国银行武汉分行", "6013 8200 0000 42")
    )
    banking.confirm(people["hq2"], change.id)
    [rec] = letters.issue_letters(people["hq"], [sid]).records
    data = letters.letter_data(rec)
    assert (data.partner_bank, data.partner_account) == ("中国银行武汉分行", "6013 8200 0000 42")


def test_a_regional_manager_lists_only_partners_of_their_region(people, shared_partner):
    save_store(people["hq"], _store("E1", "EAST", partner="上海申通汽车有限公司"), new=True)
    names = {p.name for p in partners.list_partners(people["central"])}
    assert names == {SHARED}
    assert {p.name for p in partners.list_partners(people["hq"])} == {
        SHARED,
        "上海申通汽车有限公司",
    }


def test_a_big_imports_audit_entry_counts_instead_of_listing(people, tmp_path, monkeypatch):
    from dealer_app.services import stores as store_service

    monkeypatch.setattr(store_service, "AUDIT_LISTED", 2)
    csv = tmp_path / "stores.csv"
    lines = ["门店编码,门店名称,经销商,大区,省份,城市,门店类型,开业日期,状态"]
    lines += [
        f"B{i:03d},门店{i},{SHARED},华中,湖北,武汉,汽车融合店,2024-03-01,营业中" for i in range(5)
    ]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_stores(people["hq"], csv)
    [entry] = [e for e in entries(people["hq"]) if e.action == "store.import"]
    assert entry.data["added_count"] == 5 and len(entry.data["added"]) == 2
    assert entry.data["added_not_listed"] == 3


def test_new_partners_of_one_import_are_matched_as_on_every_backend(people, tmp_path):
    """Within one file: a new partner named by several stores is one partner (by credit code,
    or by name without one); another company is another partner, each with its own details."""
    other = "91420100MA4K00002Y"
    csv = tmp_path / "stores.csv"
    csv.write_text(
        "门店编码,门店名称,经销商,统一社会信用代码,大区,省份,城市,门店类型,开业日期,状态,开户银行,银行账号\n"
        f"C1,门店C1,新经销商有限公司,{CREDIT},华中,湖北,武汉,汽车融合店,2024-03-01,营业中,工行,111\n"
        f"C2,门店C2,新经销商有限公司,{CREDIT},华中,湖北,武汉,汽车融合店,2024-03-01,营业中,工行,111\n"
        f"C3,门店C3,另一经销商有限公司,{other},华中,湖北,武汉,汽车融合店,2024-03-01,营业中,建行,222\n"
        "C4,门店C4,无代码经销商,,华中,湖北,武汉,汽车融合店,2024-03-01,营业中,农行,333\n"
        "C5,门店C5,无代码经销商,,华中,湖北,武汉,汽车融合店,2024-03-01,营业中,农行,333\n",
        encoding="utf-8",
    )
    report = import_stores(people["hq"], csv)
    hq = people["hq"]
    got = {code: partners.get_partner(hq, code) for code in ("C1", "C2", "C3", "C4", "C5")}
    assert got["C1"].id == got["C2"].id and got["C4"].id == got["C5"].id
    assert len({got["C1"].id, got["C3"].id, got["C4"].id}) == 3
    assert [(p.credit_code, p.bank, p.account) for p in (got["C1"], got["C3"], got["C4"])] == [
        (CREDIT, "工行", "111"), (other, "建行", "222"), (None, "农行", "333"),
    ]  # fmt: skip
    assert report.warnings == []
    # the same file again: every partner is found, none added
    again = import_stores(hq, csv)
    assert again.added == [] and [w.code for w in again.warnings] == []
