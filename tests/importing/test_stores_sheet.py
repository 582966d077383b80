"""Stores sheets end to end: file -> read_rows -> parse_stores, and each row rule."""

import codecs
import datetime as dt

import openpyxl
import pytest
from english import en

from dealer_app.domain.errors import ImportProblem, InvalidInput
from dealer_app.domain.messages import Msg
from dealer_app.domain.models import STANDARD_REGIONS, Region, StoreStatus, StoreType
from dealer_app.importing.readers import Table, read_rows
from dealer_app.importing.stores import build_region_lookup, parse_stores

REGIONS = build_region_lookup(STANDARD_REGIONS)
GOOD_CODE = "91350100M000100Y43"
OTHER_CODE = "91110000802100433B"

EN = ["store_code", "store_name", "partner_name", "partner_credit_code", "region", "province",
      "city", "address", "store_type", "established_on", "status"]  # fmt: skip
ZH = ["门店编码", "门店名称", "经销商", "统一社会信用代码", "大区", "省份", "城市", "地址",
      "门店类型", "开业日期", "状态"]  # fmt: skip


def row(**over):
    base = {
        "store_code": "S001",
        "store_name": "武汉光谷店",
        "partner_name": "武汉某某汽车销售服务有限公司",
        "partner_credit_code": GOOD_CODE,
        "region": "华中",
        "province": "湖北",
        "city": "武汉",
        "address": "光谷大道1号",
        "store_type": "汽车融合店",
        "established_on": "2024-12-31",
        "status": "营业中",
    }
    base.update(over)
    return [base[k] for k in EN]


def table(*rows, headers=EN, start=2):
    return Table(list(headers), [(start + i, list(r)) for i, r in enumerate(rows)], "t.csv")


def parse(*rows, **kw):
    return parse_stores(table(*rows, **kw), REGIONS)


def problems(*rows, **kw):
    return [str(p) for p in parse(*rows, **kw).problems]


# ------------------------------------------------------------------------------------ from files


def test_gbk_csv_with_chinese_headers_end_to_end(tmp_path):
    lines = [",".join(ZH)]
    lines.append(",".join(row()))
    lines.append(",".join(row(store_code="s002", store_type="交付中心", status="",
                              established_on="2025年1月5日", region="Central China")))  # fmt: skip
    path = tmp_path / "门店.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    parsed = parse_stores(read_rows(path), REGIONS)
    assert parsed.problems == []
    first, second = parsed.stores
    assert (first.code, first.region, first.store_type, first.status) == (
        "S001", "CENTRAL", StoreType.CAR_INTEGRATION_STORE, StoreStatus.OPEN
    )  # fmt: skip
    assert first.established_on == dt.date(2024, 12, 31)
    assert first.partner_name == "武汉某某汽车销售服务有限公司"
    assert first.partner_credit_code == GOOD_CODE
    assert (second.code, second.store_type, second.established_on) == (
        "S002", StoreType.DELIVERY_CENTER, dt.date(2025, 1, 5)
    )  # fmt: skip
    assert parsed.row_numbers == [2, 3]


def test_utf8_bom_csv_end_to_end(tmp_path):
    lines = [",".join(EN), ",".join(row(store_type="car_integration_store", status="open"))]
    path = tmp_path / "stores.csv"
    path.write_bytes(codecs.BOM_UTF8 + "\n".join(lines).encode())
    parsed = parse_stores(read_rows(path), REGIONS)
    assert parsed.problems == []
    assert parsed.stores[0].code == "S001"


def test_xlsx_with_a_real_date_cell_and_a_serial_number(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(ZH)
    ws.append(row(established_on=dt.datetime(2024, 12, 31)))
    ws["J2"].number_format = "yyyy/m/d"
    ws.append(row(store_code="S002", established_on=45658))  # serial for 2025-01-01
    ws.append(row(store_code=1003, established_on="2025/12/15"))  # a number typed as code
    path = tmp_path / "stores.xlsx"
    wb.save(path)
    parsed = parse_stores(read_rows(path), REGIONS)
    assert parsed.problems == []
    assert [(s.code, s.established_on) for s in parsed.stores] == [
        ("S001", dt.date(2024, 12, 31)),
        ("S002", dt.date(2025, 1, 1)),
        ("1003", dt.date(2025, 12, 15)),
    ]


def test_missing_columns_in_a_file(tmp_path):
    path = tmp_path / "stores.csv"
    path.write_text("门店编码,门店名称\nS1,a\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as err:
        parse_stores(read_rows(path), REGIONS)
    assert err.value.code == "import.missing_columns"
    assert "stores.csv" in err.value.message and "partner_name (经销商)" in err.value.message


def test_empty_rows_keep_the_numbering_in_messages(tmp_path):
    lines = [",".join(EN), ",".join(row()), ",,,,,,,,,,", "", ",".join(row(store_code="S002",
             region="MARS"))]  # fmt: skip
    path = tmp_path / "stores.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert [str(p) for p in parse_stores(read_rows(path), REGIONS).problems] == [
        "row 5, column region: unknown region 'MARS'; use one of NORTH, NORTHEAST, EAST, "
        "CENTRAL, SOUTH, SOUTHWEST, NORTHWEST or their Chinese names"
    ]


# ------------------------------------------------------------------------------------- the rules


@pytest.mark.parametrize(
    "value",
    ["2024-12-31", "2024/12/31", "2024.12.31", "2024年12月31日", "45657", 45657, 45657.0,
     "２０２４－１２－３１", "20241231", dt.date(2024, 12, 31), dt.datetime(2024, 12, 31)],
)  # fmt: skip
def test_every_date_format(value):
    parsed = parse(row(established_on=value))
    assert parsed.problems == []
    assert parsed.stores[0].established_on == dt.date(2024, 12, 31)


def test_bad_dates():
    assert problems(
        row(established_on="2025-02-30"), row(store_code="S2", established_on="12/31/2024")
    ) == [  # fmt: skip
        "row 2, column established_on: 2025-02-30 is not a real date",
        "row 3, column established_on: '12/31/2024' does not start with the year, so day and "
        "month could be read either way; write the date as YYYY-MM-DD, e.g. 2024-12-31",
    ]


def test_opening_date_may_be_empty_only_when_planned():
    parsed = parse(row(established_on="", status="筹备中"), row(store_code="S2", established_on=""))
    assert parsed.stores[0].established_on is None
    assert parsed.stores[0].status == StoreStatus.PLANNED
    assert [str(p) for p in parsed.problems] == [
        "row 3, column established_on: opening date is required unless the status is planned"
    ]


def test_duplicate_store_codes_name_the_first_row():
    assert problems(row(), row(store_code="S002"), row(store_code=" s001 ")) == [
        "row 4, column store_code: store code S001 already appears in row 2"
    ]


def test_unknown_region():
    assert problems(row(region="MARS")) == [
        "row 2, column region: unknown region 'MARS'; use one of NORTH, NORTHEAST, EAST, "
        "CENTRAL, SOUTH, SOUTHWEST, NORTHWEST or their Chinese names"
    ]


@pytest.mark.parametrize(
    "spelling",
    ["CENTRAL", "central", "华中", "华中区", "华中大区", "Central China", "central china",
     "Central", " 华中 "],
)  # fmt: skip
def test_region_spellings(spelling):
    assert parse(row(region=spelling)).stores[0].region == "CENTRAL"


def test_region_lookup_built_by_the_caller_with_its_own_spellings():
    lookup = build_region_lookup([Region("HUBEI", "湖北", "Hubei")])
    assert lookup["HUBEI"] == lookup["湖北"] == lookup["hubei"] == "HUBEI"
    parsed = parse_stores(table(row(region="Hubei")), lookup)
    assert parsed.stores[0].region == "HUBEI"
    assert str(parse_stores(table(row(region="华中")), lookup).problems[0]).endswith(
        "unknown region '华中'; use one of HUBEI or their Chinese names"
    )


def test_wrong_credit_check_digit_gives_row_column_and_expected_digit():
    parsed = parse(row(), row(store_code="S2", partner_name="长沙某某",
                              partner_credit_code="91350100M000100Y44"), headers=EN)  # fmt: skip
    assert [str(p) for p in parsed.problems] == [
        "row 3, column partner_credit_code: credit code 91350100M000100Y44 is not valid: "
        "check digit should be '3', not '4'"
    ]


def test_wrong_credit_check_digit_with_chinese_headers_names_the_chinese_column():
    parsed = parse(row(partner_credit_code="91350100M000100Y44"), headers=ZH)
    assert parsed.problems == [
        ImportProblem(
            2,
            "统一社会信用代码",
            Msg(
                "import.credit_code_invalid",
                {
                    "value": "91350100M000100Y44",
                    "problem": Msg("credit.check_digit", {"expected": "3", "got": "4"}),
                },
            ),
        )  # fmt: skip
    ]
    assert en(parsed.problems[0].msg) == (
        "credit code 91350100M000100Y44 is not valid: check digit should be '3', not '4'"
    )


def test_credit_code_is_optional_and_normalised():
    parsed = parse(row(partner_credit_code=""), row(store_code="S2", partner_name="另一家",
                   partner_credit_code=" ９１３５０１００ｍ０００１００ｙ４３ "))  # fmt: skip
    assert parsed.problems == []
    assert [s.partner_credit_code for s in parsed.stores] == [None, GOOD_CODE]


def test_every_bad_cell_is_its_own_problem_and_rows_go_on():
    bad = row(store_code="S 1", store_name="", region="MARS", store_type="4S店", status="开着",
              established_on="soon", partner_credit_code="123")  # fmt: skip
    assert problems(bad, row(store_code="S2", city="")) == [
        "row 2, column store_code: store code 'S 1' may only hold letters A-Z, digits, '-' and "
        "'_', at most 32 characters",
        "row 2, column store_name: store name is required",
        "row 2, column partner_credit_code: credit code 123 is not valid: a unified social "
        "credit code must be 18 characters, got 3",
        "row 2, column region: unknown region 'MARS'; use one of NORTH, NORTHEAST, EAST, "
        "CENTRAL, SOUTH, SOUTHWEST, NORTHWEST or their Chinese names",
        "row 2, column store_type: unknown store type '4S店'; use one of car_integration_store, "
        "delivery_center, service_center, store_in_store, retail_store or their Chinese names",
        "row 2, column established_on: 'soon' is not a date; write the date as YYYY-MM-DD, "
        "e.g. 2024-12-31",
        "row 2, column status: unknown status '开着'; use one of planned, open, closing, closed "
        "or their Chinese names, or leave it empty for open",
        "row 3, column city: city is required",
    ]


def test_store_code_rules():
    assert parse(row(store_code="ab-12_x")).stores[0].code == "AB-12_X"
    assert parse(row(store_code="Ｓ００１")).stores[0].code == "S001"
    assert parse(row(store_code="X" * 32)).problems == []
    assert "at most 32 characters" in problems(row(store_code="X" * 33))[0]
    assert problems(row(store_code="  ")) == ["row 2, column store_code: store code is required"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("汽车融合店", StoreType.CAR_INTEGRATION_STORE), ("delivery_center", StoreType.DELIVERY_CENTER),
     ("Service Center", StoreType.SERVICE_CENTER), ("STORE_IN_STORE", StoreType.STORE_IN_STORE),
     ("零售店", StoreType.RETAIL_STORE)],
)  # fmt: skip
def test_store_types(value, expected):
    assert parse(row(store_type=value)).stores[0].store_type == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("", StoreStatus.OPEN), ("营业中", StoreStatus.OPEN), ("closing", StoreStatus.CLOSING),
     ("已关闭", StoreStatus.CLOSED), ("Planned", StoreStatus.PLANNED)],
)  # fmt: skip
def test_statuses(value, expected):
    assert parse(row(status=value)).stores[0].status == expected


def test_status_column_is_optional():
    headers = [h for h in EN if h != "status"]
    parsed = parse(row()[:-1], headers=headers)
    assert parsed.stores[0].status == StoreStatus.OPEN


def test_text_is_cleaned_and_limited():
    parsed = parse(row(store_name="  武汉\n光谷店 ", address="x" * 201))
    assert [str(p) for p in parsed.problems] == [
        "row 2, column address: address is 201 characters long; at most 200 are allowed"
    ]
    assert parse(row(store_name="  武汉\n光谷店 ")).stores[0].name == "武汉 光谷店"


# ------------------------------------------------------------------------------------ partners

P_EN = [*EN, "partner_bank", "partner_account", "partner_address"]


def prow(bank="", account="", paddr="", **over):
    return [*row(**over), bank, account, paddr]


def test_partner_details_merge_across_rows():
    parsed = parse(
        prow(bank="招商银行武汉分行", partner_credit_code=""),
        prow(store_code="S2", account="6222 0212 3456", paddr="武汉市洪山区"),
        prow(store_code="S3", partner_credit_code="", partner_name="武汉某某汽车销售服务有限公司 "),
        headers=P_EN,
    )
    assert parsed.problems == []
    for s in parsed.stores:
        assert s.partner_name == "武汉某某汽车销售服务有限公司"
        assert s.partner_credit_code == GOOD_CODE
        assert (s.partner_bank, s.partner_account) == ("招商银行武汉分行", "6222 0212 3456")
        assert s.partner_address == "武汉市洪山区"
    assert len(parsed.partners) == 1
    p = parsed.partners[0]
    assert (p.name, p.credit_code, p.bank, p.account, p.address) == (
        "武汉某某汽车销售服务有限公司", GOOD_CODE, "招商银行武汉分行", "6222 0212 3456",
        "武汉市洪山区",
    )  # fmt: skip


def test_full_width_brackets_in_a_partner_name_are_the_same_partner():
    parsed = parse(
        row(partner_name="某某汽车（湖北）有限公司"),
        row(store_code="S2", partner_name="某某汽车(湖北)有限公司"),
    )
    assert parsed.problems == []
    assert {s.partner_name for s in parsed.stores} == {"某某汽车（湖北）有限公司"}


def test_conflicting_credit_codes_for_one_partner_name():
    assert problems(row(), row(store_code="S2", partner_credit_code=OTHER_CODE)) == [
        "row 3, column partner_credit_code: partner '武汉某某汽车销售服务有限公司' has credit code "
        f"{GOOD_CODE} in row 2, not {OTHER_CODE}"
    ]


def test_one_credit_code_for_two_partner_names():
    assert problems(row(), row(store_code="S2", partner_name="长沙某某")) == [
        f"row 3, column partner_name: credit code {GOOD_CODE} belongs to partner "
        "'武汉某某汽车销售服务有限公司' in row 2, not to '长沙某某'"
    ]


def test_conflicting_bank_details():
    assert problems(
        prow(bank="招商银行"), prow(store_code="S2", bank="工商银行"), headers=P_EN
    ) == [
        "row 3, column partner_bank: partner '武汉某某汽车销售服务有限公司' has bank '招商银行' in "
        "row 2, not '工商银行'"
    ]


# ------------------------------------------------------------------------------ progress, limits


def test_progress_every_5000_rows_and_at_the_end():
    rows = [row(store_code=f"S{i}", partner_credit_code="") for i in range(12000)]
    calls = []
    parse_stores(table(*rows), REGIONS, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(5000, 12000), (10000, 12000), (12000, 12000)]


def test_problem_list_is_capped_with_a_warning():
    rows = [row(store_code=f"S{i}", region="MARS") for i in range(30)]
    parsed = parse_stores(table(*rows), REGIONS, max_problems=10)
    assert len(parsed.problems) == 10
    assert en(parsed.warnings) == [
        "30 problems were found; only the first 10 are listed. Fix those and import again to "
        "see the rest."
    ]
    assert parsed.stores == []
