"""Write tables to CSV or XLSX for people to open in Excel or WPS, safely.

Text that starts like a formula (= + - @, or a tab or carriage return) is prefixed with an
apostrophe, as OWASP's CSV injection guidance advises, so that a store name such as
"=HYPERLINK(...)" typed into the ledger is shown, never run. Numbers and dates are written as
numbers and dates, not as text, so they stay usable (and need no prefix).

Files are written to a temporary name next to the target and then renamed, so a failed export
never leaves half a file under the name the user chose.
"""

from __future__ import annotations

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


def write_xlsx(
    path: Path | str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet: str = "Sheet1",
) -> None:
    """Write a one-sheet XLSX: a bold header row, dates as date cells, text made safe."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    path = Path(path)
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(title=sheet[:31] or "Sheet1")
    bold = Font(bold=True)

    def clean(text: str) -> str:
        # XML cannot hold most control characters, and openpyxl refuses them.
        return ILLEGAL_CHARACTERS_RE.sub("", text)[: _XLSX_MAX_TEXT - 1]

    def cell(value: Any) -> Any:
        value = _plain(value, clean)
        if isinstance(value, dt.date):
            c = WriteOnlyCell(ws, value=value)
            c.number_format = (
                "yyyy-mm-dd hh:mm:ss" if isinstance(value, dt.datetime) else "yyyy-mm-dd"
            )
            return c
        return value

    header_cells = []
    for h in headers:
        c = WriteOnlyCell(ws, value=_plain(str(h), clean))
        c.font = bold
        header_cells.append(c)
    ws.append(header_cells)
    for row in rows:
        ws.append([cell(v) for v in row])
    tmp = _temporary(path)
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
