"""CSV/XLSX export: formula-looking text neutralised, UTF-8 BOM, types kept, atomic writes."""

import codecs
import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from dealer_app.domain.models import StoreType
from dealer_app.importing.export import safe_cell, write_csv, write_xlsx
from dealer_app.importing.readers import read_rows


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+86 27 1234", "'+86 27 1234"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=cmd", "'\t=cmd"),
        ("\r=cmd", "'\r=cmd"),
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("武汉光谷店", "武汉光谷店"),
        ("a=b", "a=b"),
        (" =x", " =x"),
        ("", ""),
        ("'already", "'already"),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


HEADERS = ["门店编码", "门店名称", "金额", "开业日期", "类型", "备注"]
ROWS = [
    ["S001", "武汉光谷店", 500000, dt.date(2025, 1, 5), StoreType.DELIVERY_CENTER, None],
    ["S002", "=cmd|' /C calc'!A0", -1234, dt.date(2024, 12, 31), "零售店", "@x"],
]


def test_write_csv_utf8_bom_and_safe_text(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, HEADERS, ROWS)
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data.decode("utf-8-sig").splitlines() == [
        "门店编码,门店名称,金额,开业日期,类型,备注",
        "S001,武汉光谷店,500000,2025-01-05,delivery_center,",
        "S002,'=cmd|' /C calc'!A0,-1234,2024-12-31,零售店,'@x",
    ]
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_write_csv_reads_back_with_the_importer(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, HEADERS, ROWS)
    table = read_rows(path)
    assert table.headers == HEADERS
    assert table.rows[0] == (
        2,
        ["S001", "武汉光谷店", "500000", "2025-01-05", "delivery_center", ""],
    )


def test_write_xlsx_types_dates_and_safe_text(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx(path, HEADERS, ROWS + [["S003", "a\x00b\x1f", Decimal("12"), dt.datetime(2025, 1, 5,
               8, 30), True, "\x01=1+1"]])  # fmt: skip
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert [c.value for c in ws[1]] == HEADERS
    assert ws["A1"].font.b
    assert [c.value for c in ws[2]] == [
        "S001", "武汉光谷店", 500000, dt.datetime(2025, 1, 5), "delivery_center", None
    ]  # fmt: skip
    assert ws["D2"].is_date and ws["D2"].number_format == "yyyy-mm-dd"
    assert ws["B3"].value == "'=cmd|' /C calc'!A0"
    assert ws["B3"].data_type == "s"  # text, not a formula
    assert ws["F3"].value == "'@x"
    assert [c.value for c in ws[4]] == [
        "S003", "ab", 12, dt.datetime(2025, 1, 5, 8, 30), "TRUE", "'=1+1"
    ]  # fmt: skip
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_write_xlsx_reads_back_with_the_importer(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx(path, HEADERS, ROWS)
    table = read_rows(path)
    assert table.rows[0] == (2, ["S001", "武汉光谷店", 500000, dt.datetime(2025, 1, 5),
                                 "delivery_center", None])  # fmt: skip


def test_a_failed_export_leaves_no_file(tmp_path):
    path = tmp_path / "out.csv"

    def rows():
        yield ["S001"]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_csv(path, ["code"], rows())
    assert list(tmp_path.iterdir()) == []


def test_export_replaces_an_existing_file(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old")
    write_csv(path, ["code"], [["S1"]])
    assert path.read_text(encoding="utf-8-sig").splitlines() == ["code", "S1"]
