"""Write tables to CSV or XLSX for people to open in Excel or WPS, safely.

Text that starts like a formula (= + - @, or a tab or carriage return) is prefixed with an
apostrophe, as OWASP's CSV injection guidance advises, so that a store name such as
"=HYPERLINK(...)" typed into the ledger is shown, never run. Numbers and dates are written as
numbers and dates, not as text, so they stay usable (and need no prefix).

Files are written to a temporary name next to the target and then renamed, so a failed export
never leaves half a file under the name the user chose.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_XLSX_MAX_TEXT = 32767  # Excel's limit for one cell


def safe_cell(value: str) -> str:
    """`value` with a leading ' when a spreadsheet could take it for a formula."""
    if value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _plain(value: Any, clean: Callable[[str], str] | None = None) -> Any:
    """A cell value: numbers and dates as they are, anything else as safe text.

    `clean` runs on text before it is made safe, so that removing characters can never uncover
    a leading '='.
    """
    if value is None:
        return None
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | Decimal | dt.date):
        return value
    text = str(value)
    if clean is not None:
        text = clean(text)
    return safe_cell(text)


def _csv_cell(value: Any) -> Any:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def write_bytes(path: Path, data: bytes) -> None:
    """`data` to `path` whole or not at all (a temporary name, then renamed); a file that
    cannot be written is said plainly."""
    from dealer_app.domain.errors import InvalidInput

    tmp = _temporary(path)
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        raise InvalidInput(
            "cli.xlsx_failed", path=str(path), detail=str(getattr(exc, "strerror", None) or exc)
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def write_csv(path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Write a CSV in UTF-8 with a BOM, so that Chinese Excel shows the Chinese correctly."""
    path = Path(path)
    tmp = _temporary(path)
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow([_csv_cell(h) for h in headers])
            for row in rows:
                writer.writerow([_csv_cell(v) for v in row])
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


#: Money in a spreadsheet: whole yuan with thousands separators.
MONEY_FORMAT = "#,##0"


def write_xlsx(
    path: Path | str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet: str = "Sheet1",
    about: Sequence[str] = (),
    money: Iterable[int] = (),
    totals: str | None = None,
    widths: Sequence[int] = (),
) -> None:
    """Write a one-sheet XLSX: a bold header row, dates as date cells, text made safe.

    `about`: lines written above the table (what it is, the filter applied), the header row
    frozen under them. `money`: the columns holding yuan (formatted with separators).
    `totals`: a label for a totals row summing the money columns. `widths`: column widths in
    characters."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    if not path.parent.is_dir():  # said before a sheet is begun (a failed save leaves it open)
        raise FileNotFoundError(2, "No such file or directory", str(path.parent))
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(title=sheet[:31] or "Sheet1")
    bold = Font(bold=True)
    money_cols = set(money)
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    if about:
        ws.freeze_panes = f"A{len(about) + 3}"  # under the lines, a blank row and the header
    elif headers:
        ws.freeze_panes = "A2"

    def clean(text: str) -> str:
        # XML cannot hold most control characters, and openpyxl refuses them.
        return ILLEGAL_CHARACTERS_RE.sub("", text)[: _XLSX_MAX_TEXT - 1]

    def cell(value: Any, col: int = -1) -> Any:
        value = _plain(value, clean)
        if isinstance(value, dt.date):
            c = WriteOnlyCell(ws, value=value)
            c.number_format = (
                "yyyy-mm-dd hh:mm:ss" if isinstance(value, dt.datetime) else "yyyy-mm-dd"
            )
            return c
        if col in money_cols and isinstance(value, int | float | Decimal):
            c = WriteOnlyCell(ws, value=value)
            c.number_format = MONEY_FORMAT
            return c
        return value

    for line in about:
        ws.append([_plain(str(line), clean)])
    if about:
        ws.append([])
    header_cells = []
    for h in headers:
        c = WriteOnlyCell(ws, value=_plain(str(h), clean))
        c.font = bold
        header_cells.append(c)
    ws.append(header_cells)
    sums = dict.fromkeys(money_cols, 0)
    for row in rows:
        ws.append([cell(v, i) for i, v in enumerate(row)])
        for i in money_cols:
            if i < len(row) and isinstance(row[i], int | float | Decimal):
                sums[i] += row[i]
    if totals is not None and headers:
        line: list[Any] = [None] * len(headers)
        for i, total in sums.items():
            c = WriteOnlyCell(ws, value=total)
            c.number_format = MONEY_FORMAT
            c.font = bold
            line[i] = c
        label = WriteOnlyCell(ws, value=_plain(totals, clean))
        label.font = bold
        first = 0 if 0 not in money_cols else None
        if first is not None:
            line[first] = label
        ws.append(line)
    tmp = _temporary(path)
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(Exception):  # a failed save leaves the sheet's writer open
            workbook.close()
        raise
    finally:
        tmp.unlink(missing_ok=True)
