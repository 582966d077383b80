"""Header mapping: English and Chinese, loose spelling, units, missing and duplicate columns."""

import pytest
from english import en as english

from dealer_app.domain.errors import InvalidInput
from dealer_app.importing.columns import (
    PERFORMANCE_COLUMNS,
    STORE_COLUMNS,
    header_key,
    map_columns,
)

STORE_EN = ["store_code", "store_name", "partner_name", "region", "city", "store_type",
            "established_on"]  # fmt: skip
STORE_ZH = ["门店编码", "门店名称", "经销商", "大区", "城市", "门店类型", "开业日期"]


def test_english_and_chinese_headers_map_to_the_same_fields():
    en = map_columns(STORE_EN, STORE_COLUMNS)
    zh = map_columns(STORE_ZH, STORE_COLUMNS)
    assert en.index == zh.index == {key: i for i, key in enumerate(STORE_EN)}
    assert zh.header["store_code"] == "门店编码"
    assert en.warnings == [] and zh.warnings == []


@pytest.mark.parametrize(
    "header",
    ["store_code", "Store Code", "STORE-CODE", " StoreCode ", "\ufeffstore_code", "门店编码",
     "门店 编码", "ｓｔｏｒｅ＿ｃｏｄｅ", "Store_Code (text)"],
)  # fmt: skip
def test_loose_spellings(header):
    mapped = map_columns([header, *STORE_EN[1:]], STORE_COLUMNS)
    assert mapped.index["store_code"] == 0
    assert mapped.header["store_code"] == header


def test_units_in_brackets_are_ignored():
    headers = ["门店编码", "月份", "交付台数（台）", "营业收入（元）", "operating cost (yuan)",
               "净利润(元)"]  # fmt: skip
    mapped = map_columns(headers, PERFORMANCE_COLUMNS)
    assert list(mapped.index.values()) == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize("header", ["营业收入（万元）", "revenue (thousand yuan)", "revenue (k)"])
def test_scaled_money_units_are_refused(header):
    headers = ["门店编码", "月份", "交付台数", header, "运营成本", "净利润"]
    with pytest.raises(InvalidInput) as err:
        map_columns(headers, PERFORMANCE_COLUMNS, file="perf.csv")
    assert err.value.code == "import.scaled_unit"
    assert header in err.value.message and "whole yuan" in err.value.message


def test_missing_columns_are_named_and_accepted_headers_listed():
    with pytest.raises(InvalidInput) as err:
        map_columns(["门店编码", "门店名称", "城市"], STORE_COLUMNS, file="stores.csv")
    e = err.value
    assert e.code == "import.missing_columns"
    assert e.params["missing"] == [
        "partner_name", "region", "store_type", "established_on"
    ]  # fmt: skip
    assert e.message.startswith(
        "stores.csv: the file has no column for partner_name (经销商), region (大区), "
        "store_type (门店类型), established_on (开业日期)."
    )
    assert "store_code / 门店编码" in e.message
    assert "partner_bank / 开户银行 (optional)" in e.message
    assert "partner_bank / 开户银行 (optional)" in english(e.params["accepted"])


def test_unknown_columns_are_ignored_with_a_warning():
    mapped = map_columns([*STORE_EN, "备注", "", "Notes"], STORE_COLUMNS)
    assert mapped.ignored == ["备注", "Notes"]
    assert english(mapped.warnings) == [
        "the column '备注' is not used and was ignored",
        "the column 'Notes' is not used and was ignored",
    ]


def test_two_headers_for_one_field_are_refused():
    with pytest.raises(InvalidInput) as err:
        map_columns([*STORE_EN, "门店编码"], STORE_COLUMNS)
    assert err.value.code == "import.duplicate_column"
    assert "'store_code' and '门店编码' both mean store_code (门店编码)" in err.value.message


def test_header_key():
    assert header_key("营业收入（元）") == ("营业收入", "元")
    assert header_key(" Store Code ") == ("storecode", "")
