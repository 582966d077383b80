"""Monthly performance sheets: formats, duplicates, unknown stores, counts and speed."""

import codecs
import datetime as dt
import gc

import openpyxl
import pytest
from english import en

from dealer_app.domain.errors import InvalidInput
from dealer_app.domain.models import MonthlyPerformance
from dealer_app.importing.performance import parse_performance
from dealer_app.importing.readers import Table, paused_gc, read_rows

EN = ["store_code", "month", "vehicles_delivered", "revenue", "operating_cost", "net_profit"]
ZH = ["门店编码", "月份", "交付台数", "营业收入", "运营成本", "净利润"]
KNOWN = {"S001", "S002", "1003"}


def table(*rows, headers=EN):
    return Table(list(headers), [(2 + i, list(r)) for i, r in enumerate(rows)], "p.csv")


def parse(*rows, known=KNOWN, **kw):
    return parse_performance(table(*rows, **kw), known)


def problems(*rows, **kw):
    return [str(p) for p in parse(*rows, **kw).problems]


def test_gbk_csv_with_chinese_headers_and_thousands_separators(tmp_path):
    text = ",".join(ZH) + "\r\n"
    text += 'S001,2025年3月,12,"1,234,567","￥234,567",(1 000)\r\n'
    text += "s002,2025/4,0,0,0,0\r\n"
    path = tmp_path / "业绩.csv"
    path.write_bytes(text.encode("gbk"))
    parsed = parse_performance(read_rows(path), KNOWN)
    assert parsed.problems == []
    assert parsed.rows == [
        MonthlyPerformance("S001", "2025-03", 12, 1234567, 234567, -1000),
        MonthlyPerformance("S002", "2025-04", 0, 0, 0, 0),
    ]
    assert parsed.row_numbers == [2, 3]


def test_utf8_bom_csv_with_semicolons(tmp_path):
    text = ";".join(EN) + "\n" + "S001;2025-03;1;1.234.567;0;0\n"
    path = tmp_path / "p.csv"
    path.write_bytes(codecs.BOM_UTF8 + text.encode())
    parsed = parse_performance(read_rows(path), KNOWN)
    # European grouping with dots is not whole yuan: refused, never read as 1.234
    assert [str(p) for p in parsed.problems] == [
        "row 2, column revenue: '1.234.567' is not a number; write whole yuan, e.g. 1234567 or "
        "1,234,567"
    ]


def test_xlsx_with_date_cells_serials_and_numbers(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(ZH)
    ws.append(["S001", dt.datetime(2025, 3, 1), 12, 1234567, 234567.0, -1000])
    ws["B2"].number_format = "yyyy-mm"
    ws.append(["S001", 45748, 3, 1, 2, -1])  # serial for 2025-04-01
    ws.append([1003, "202505", 3.0, "1,000", "¥2,000", "-1,000"])
    path = tmp_path / "p.xlsx"
    wb.save(path)
    parsed = parse_performance(read_rows(path), KNOWN)
    assert parsed.problems == []
    assert parsed.rows == [
        MonthlyPerformance("S001", "2025-03", 12, 1234567, 234567, -1000),
        MonthlyPerformance("S001", "2025-04", 3, 1, 2, -1),
        MonthlyPerformance("1003", "2025-05", 3, 1000, 2000, -1000),
    ]


@pytest.mark.parametrize(
    "month",
    ["2025-03", "2025-3", "2025/3", "2025.3", "2025年3月", "2025年03月份", "202503", 202503,
     "2025-03-01", "2025/3/1", dt.date(2025, 3, 15), dt.datetime(2025, 3, 1), 45717],
)  # fmt: skip
def test_every_month_format(month):
    assert parse(["S001", month, 1, 5, 3, 2]).rows[0].month == "2025-03"


def test_duplicate_store_month_names_the_first_row():
    assert problems(
        ["S001", "2025-03", 1, 5, 3, 2],
        ["S002", "2025-03", 1, 5, 3, 2],
        ["s001", "2025/3", 5, 9, 7, 2],
    ) == ["row 4, column month: store S001 already has a row for 2025-03 (row 2)"]


def test_unknown_store_code():
    assert problems(["S999", "2025-03", 1, 5, 3, 2]) == [
        "row 2, column store_code: store code S999 is not in the ledger or in this file; "
        "import stores first"
    ]


def test_full_width_store_code_matches():
    assert parse(["Ｓ００１", "2025-03", 1, 5, 3, 2]).rows[0].store_code == "S001"


def test_every_bad_cell_is_reported():
    assert problems(["", "2025-13", -1, "12.5", "abc", "1,23,4"]) == [
        "row 2, column store_code: store code is required",
        "row 2, column month: '2025-13' is not a real month; write the month as YYYY-MM, "
        "e.g. 2025-03",
        "row 2, column vehicles_delivered: '-1' is negative; a count cannot be below 0",
        "row 2, column revenue: '12.5' has a fraction of a yuan; use whole yuan",
        "row 2, column operating_cost: 'abc' is not a number; write whole yuan, e.g. 1234567 "
        "or 1,234,567",
        "row 2, column net_profit: '1,23,4' has misplaced thousands separators; group the "
        "digits by three, e.g. 1,234,567",
    ]


def test_columns_are_named_as_the_file_names_them():
    assert problems(["S001", "2025-03", "x", 2, 3, 4], headers=ZH) == [
        "row 2, column 交付台数: 'x' is not a number; write a whole number, e.g. 12"
    ]


def test_missing_columns():
    with pytest.raises(InvalidInput) as err:
        parse_performance(Table(["门店编码", "月份"], [], "p.csv"), KNOWN)
    assert err.value.code == "import.missing_columns"
    assert err.value.params["missing"] == [
        "vehicles_delivered", "revenue", "operating_cost", "net_profit"
    ]  # fmt: skip


def test_extra_columns_are_warned_about():
    parsed = parse(["S001", "2025-03", 1, 5, 3, 2, "x"], headers=[*EN, "备注"])
    assert en(parsed.warnings) == ["the column '备注' is not used and was ignored"]
    assert len(parsed.rows) == 1


def test_progress_and_problem_cap():
    rows = [["S404", "2025-03", 1, 5, 3, 2]] * 12000
    calls = []
    parsed = parse_performance(table(*rows), KNOWN, lambda d, t: calls.append((d, t)))
    assert calls == [(5000, 12000), (10000, 12000), (12000, 12000)]
    assert len(parsed.problems) == 1000
    assert parsed.problems[-1].row == 1001
    assert en(parsed.warnings) == [
        "12,000 problems were found; only the first 1,000 are listed. Fix those and import "
        "again to see the rest."
    ]


def test_paused_gc_restores_the_collector():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        raise RuntimeError
    assert gc.isenabled()


def _big_table(n):
    rows = []
    for i in range(n):
        code = f"S{i // 24:05d}"
        rows.append((i + 2, [code, f"{2024 + i % 24 // 12}-{i % 12 + 1:02d}", "12", "1234567",
                             "234567", "-1000"]))  # fmt: skip
    return Table(EN, rows, "big.csv"), {f"S{i:05d}" for i in range(n // 24 + 1)}


def test_100k_clean_rows_parse():
    big, known = _big_table(100_000)
    parsed = parse_performance(big, known)
    assert len(parsed.rows) == 100_000 and parsed.problems == []


@pytest.mark.slow
def test_two_million_rows_from_csv(tmp_path):
    big, known = _big_table(2_000_000)
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(",".join(EN) + "\n")
        f.writelines(",".join(cells) + "\n" for _, cells in big.rows)
    del big
    parsed = parse_performance(read_rows(path), known)
    assert len(parsed.rows) == 2_000_000 and parsed.problems == []
