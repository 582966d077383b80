"""Reading is bounded: a workbook that unpacks to gigabytes, a file of too many rows, a pipe,
and text in an encoding that is not Chinese are refused plainly; Big5 is read as Big5."""

from __future__ import annotations

import os
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from english import en, zh

from dealer_app.domain.errors import InvalidInput
from dealer_app.importing import readers
from dealer_app.importing.readers import read_rows

HEADER = "门店编码,门店名称,经销商,大区,省份,城市,门店类型,开业日期,状态\n"
ROW = "A001,武汉光谷汽车融合店,湖北华通汽车销售服务有限公司,华中,湖北,武汉,汽车融合店,2024-12-31,营业中\n"


def _refused(path: Path) -> InvalidInput:
    with pytest.raises(InvalidInput) as info:
        read_rows(path)
    return info.value


def test_a_workbook_that_unpacks_to_gigabytes_is_refused_before_it_is_read(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["门店编码", "门店名称"])
    path = tmp_path / "bomb.xlsx"
    wb.save(path)
    bomb = tmp_path / "bomb2.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        # One shared string of 65 MB of one letter: a few kilobytes compressed.
        with dst.open("xl/sharedStrings.xml", "w") as f:
            for _ in range(65):
                f.write(b"A" * 2**20)
    assert bomb.stat().st_size < 1_000_000
    refused = _refused(bomb)
    assert refused.code == "import.too_big" and "sharedStrings" in refused.params["part"]
    assert "unpacks to 65 MB" in en(refused.msg) and "解压后有 65 MB" in zh(refused.msg)


def test_too_many_rows_is_a_plain_refusal(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_ROWS", 3)
    path = tmp_path / "many.csv"
    path.write_text(HEADER + ROW * 4, encoding="utf-8")
    refused = _refused(path)
    assert refused.code == "import.too_many_rows" and "split it" in en(refused.msg)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_a_pipe_is_refused_not_waited_on(tmp_path):
    pipe = tmp_path / "stores.csv"
    os.mkfifo(pipe)
    refused = _refused(pipe)
    assert refused.params["reason"] == "not_regular"


def test_japanese_shift_jis_is_refused_not_read_as_gbk(tmp_path):
    path = tmp_path / "jp.csv"
    path.write_bytes("店舗コード,店舗名\nA001,東京トヨタ自動車販売株式会社\n".encode("shift_jis"))
    refused = _refused(path)
    assert refused.params["reason"] == "shift_jis" and "Shift-JIS" in en(refused.msg)


def test_big5_is_read_as_big5(tmp_path):
    path = tmp_path / "tw.csv"
    path.write_bytes(
        "門市編碼,門市名稱,經銷商\nA001,台北光華汽車融合店,台灣華通汽車銷售服務有限公司\n".encode(
            "big5"
        )
    )
    table = read_rows(path)
    assert table.encoding == "big5" and table.rows[0][1][1] == "台北光華汽車融合店"


def test_gbk_is_still_gbk(tmp_path):
    path = tmp_path / "cn.csv"
    path.write_bytes((HEADER + ROW).encode("gbk"))
    table = read_rows(path)
    assert table.encoding == "gb18030" and table.rows[0][1][1] == "武汉光谷汽车融合店"
