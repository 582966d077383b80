"""Reading CSV (UTF-8, UTF-8 with BOM, GBK, UTF-16; , ; tab) and XLSX into numbered rows."""

import codecs
import datetime as dt

import openpyxl
import pytest

from dealer_app.domain.errors import InvalidInput
from dealer_app.importing.readers import read_rows

HEADER_ZH = "门店编码,门店名称,经销商,大区,城市,门店类型,开业日期"
ROW_ZH = "S001,武汉光谷店,武汉某某汽车销售有限公司,华中,武汉,汽车融合店,2024年12月31日"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_gbk_csv_with_chinese_headers(tmp_path):
    text = f"{HEADER_ZH}\r\n{ROW_ZH}\r\n"
    path = write(tmp_path, "stores.csv", text.encode("gbk"))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # really not UTF-8
    table = read_rows(path)
    assert table.encoding == "gb18030"
    assert table.headers == HEADER_ZH.split(",")
    assert table.rows == [(2, ROW_ZH.split(","))]
    assert table.source == "stores.csv"


def test_gbk_character_only_on_the_last_line_is_still_found(tmp_path):
    lines = ["store_code,store_name"] + [f"S{i:04d},plain ascii" for i in range(20000)]
    lines.append("S9999,汉口店")
    path = write(tmp_path, "late.csv", "\n".join(lines).encode("gbk"))
    table = read_rows(path)
    assert table.encoding == "gb18030"
    assert table.rows[-1] == (20002, ["S9999", "汉口店"])


def test_utf8_bom_csv(tmp_path):
    text = f"{HEADER_ZH}\n{ROW_ZH}\n"
    path = write(tmp_path, "bom.csv", codecs.BOM_UTF8 + text.encode("utf-8"))
    table = read_rows(path)
    assert table.encoding == "utf-8-sig"
    assert table.headers[0] == "门店编码"  # no BOM glued to the first header
    assert table.rows == [(2, ROW_ZH.split(","))]


def test_plain_utf8_csv(tmp_path):
    path = write(tmp_path, "u.csv", f"{HEADER_ZH}\n{ROW_ZH}\n".encode())
    table = read_rows(path)
    assert table.encoding == "utf-8"
    assert table.rows[0][1][1] == "武汉光谷店"


def test_utf16_tab_separated_unicode_text(tmp_path):
    text = f"{HEADER_ZH}\n{ROW_ZH}\n".replace(",", "\t")
    path = write(tmp_path, "unicode.txt", text.encode("utf-16"))
    table = read_rows(path)
    assert table.delimiter == "\t"
    assert table.rows == [(2, ROW_ZH.split(","))]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(tmp_path, delimiter):
    text = delimiter.join(["store_code", "revenue", "city"]) + "\n"
    text += delimiter.join(["S1", '"1,234,567"', "武汉"]) + "\n"
    path = write(tmp_path, "d.csv", text.encode())
    table = read_rows(path)
    assert table.delimiter == delimiter
    assert table.rows == [(2, ["S1", "1,234,567", "武汉"])]


def test_quoted_cells_with_line_breaks_count_as_one_row(tmp_path):
    text = 'code,address\nS1,"line one\nline two"\nS2,x\n'
    table = read_rows(write(tmp_path, "q.csv", text.encode()))
    assert table.rows == [(2, ["S1", "line one\nline two"]), (3, ["S2", "x"])]


def test_empty_rows_are_skipped_but_keep_their_numbers(tmp_path):
    text = "code,name\nS1,a\n\n,\n  ,  \nS2,b\n\n"
    table = read_rows(write(tmp_path, "e.csv", text.encode()))
    assert table.rows == [(2, ["S1", "a"]), (6, ["S2", "b"])]
    assert table.skipped_empty == 4


def test_blank_lines_above_the_header_keep_the_numbering(tmp_path):
    text = "\n\ncode,name\nS1,a\n"
    table = read_rows(write(tmp_path, "top.csv", text.encode()))
    assert table.header_row == 3
    assert table.headers == ["code", "name"]
    assert table.rows == [(4, ["S1", "a"])]


def test_short_rows_are_padded_and_trailing_empty_headers_dropped(tmp_path):
    text = "code,name,city,,\nS1\n"
    table = read_rows(write(tmp_path, "short.csv", text.encode()))
    assert table.headers == ["code", "name", "city"]
    assert table.rows == [(2, ["S1", None, None])]


def test_xlsx_keeps_cell_types_and_row_numbers(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "门店"
    ws.append(["门店编码", "开业日期", "营业收入", "交付台数"])
    ws.append(["S001", dt.datetime(2024, 12, 31), 1234567, 12.0])
    ws.append([None, None, None, None])  # empty row 3
    ws.append(["S002", 45657, "1,234", 3])  # a serial number typed as a number
    ws["B2"].number_format = "yyyy-mm-dd"
    wb.create_sheet("second").append(["ignored"])
    path = tmp_path / "stores.xlsx"
    wb.save(path)

    table = read_rows(path)
    assert table.headers == ["门店编码", "开业日期", "营业收入", "交付台数"]
    assert table.rows == [
        (2, ["S001", dt.datetime(2024, 12, 31), 1234567, 12]),
        (4, ["S002", 45657, "1,234", 3]),
    ]
    assert type(table.rows[0][1][1]) is dt.datetime
    assert type(table.rows[1][1][1]) is int


def test_xlsx_with_a_wrong_dimension_is_read_whole(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for i in range(5):
        ws.append([f"h{i}" if i == 0 else f"S{i}", i])
    path = tmp_path / "dim.xlsx"
    wb.save(path)
    # rewrite <dimension ref="A1:B5"/> as "A1", as some exporters do
    import zipfile

    fixed = tmp_path / "fixed.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(fixed, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:B5" />', b'<dimension ref="A1" />')
                assert b'<dimension ref="A1" />' in data
            dst.writestr(item, data)
    table = read_rows(fixed)
    assert [n for n, _ in table.rows] == [2, 3, 4, 5]
    assert table.rows[-1] == (5, ["S4", 4])


def test_xlsx_saved_with_a_csv_name_is_read_as_xlsx(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["code"])
    wb.active.append(["S1"])
    path = tmp_path / "really.csv"
    wb.save(path)
    assert read_rows(path).rows == [(2, ["S1"])]


def unreadable(path):
    with pytest.raises(InvalidInput) as err:
        read_rows(path)
    assert err.value.code == "import.unreadable"
    assert path.name in err.value.message
    return err.value


def test_missing_file(tmp_path):
    err = unreadable(tmp_path / "nope.csv")
    assert "does not exist" in err.message


def test_unknown_extension(tmp_path):
    err = unreadable(write(tmp_path, "stores.pdf", b"%PDF-1.4"))
    assert "save the sheet as .xlsx or .csv" in err.message


def test_old_xls_asks_for_xlsx(tmp_path):
    err = unreadable(write(tmp_path, "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100))
    assert "save it as .xlsx" in err.message


def test_damaged_xlsx(tmp_path):
    err = unreadable(write(tmp_path, "bad.xlsx", b"PK\x03\x04 not really a zip"))
    assert "save it again from Excel" in err.message
    unreadable(write(tmp_path, "text.xlsx", b"code,name\n"))


def test_text_in_no_known_encoding(tmp_path):
    err = unreadable(write(tmp_path, "bin.csv", b"code\n\xff\xfe\xfd\x80\x81"))
    assert "neither UTF-8 nor GBK" in err.message


def test_folder_is_unreadable(tmp_path):
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    assert "folder" in unreadable(folder).message


@pytest.mark.parametrize("data", [b"", b"\n\n  \n", codecs.BOM_UTF8, b",,,\n,,\n"])
def test_empty_csv(tmp_path, data):
    with pytest.raises(InvalidInput) as err:
        read_rows(write(tmp_path, "empty.csv", data))
    assert err.value.code == "import.empty"
    assert "empty.csv" in err.value.message


def test_empty_xlsx(tmp_path):
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(InvalidInput) as err:
        read_rows(path)
    assert err.value.code == "import.empty"


# --- streamed: rows read as they are used (a 2,000,000-row performance sheet) ----------------


def test_streamed_rows_are_the_same_rows_read_once(tmp_path):
    from dealer_app.importing.readers import streamed_rows

    lines = ["门店编码,月份,交付台数"] + [f"S{i:03d},2025-03,{i}" for i in range(1, 8)]
    lines.insert(4, "")  # an empty line: skipped, counted, numbering kept
    path = write(tmp_path, "perf.csv", ("\n".join(lines) + "\n").encode("gbk"))
    whole = read_rows(path)
    with streamed_rows(path) as table:
        assert table.headers == whole.headers and table.encoding == whole.encoding
        assert not isinstance(table.rows, list)
        assert table.expected_rows >= 7  # about the line count, for progress
        rows = list(table.rows)
        assert list(table.rows) == []  # one pass
        assert table.skipped_empty == 1
    assert rows == whole.rows and whole.skipped_empty == 1


def test_a_bad_line_far_down_is_reported_when_reached(tmp_path):
    from dealer_app.importing.readers import streamed_rows

    good = "".join(f"S{i:03d},2025-03,{i}\n" for i in range(1, 50)).encode()
    huge = b"S999,2025-03," + b"9" * 200_000 + b"\n"  # over the csv module's field limit
    path = write(tmp_path, "perf.csv", b"store_code,month,vehicles\n" + good + huge)
    with streamed_rows(path) as table:  # the header is fine
        seen = []
        with pytest.raises(InvalidInput) as refused:
            for row in table.rows:
                seen.append(row)
    assert refused.value.code == "import.unreadable"
    assert len(seen) == 49
    with pytest.raises(InvalidInput) as whole:
        read_rows(path)
    assert whole.value.message == refused.value.message


def test_streamed_xlsx(tmp_path):
    from dealer_app.importing.readers import streamed_rows

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["store_code", "month", "vehicles"])
    for i in range(1, 6):
        ws.append([f"S{i:03d}", "2025-03", i])
    path = tmp_path / "perf.xlsx"
    wb.save(path)
    with streamed_rows(path) as table:
        assert table.expected_rows == 5
        assert [n for n, _ in table.rows] == [2, 3, 4, 5, 6]
