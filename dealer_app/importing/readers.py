"""Read a CSV or XLSX file into a `Table` of raw cells, numbered as the user sees the sheet.

CSV files from Chinese offices come in UTF-8, UTF-8 with a BOM (Excel's "CSV UTF-8"), GBK
(Chinese Excel's plain "CSV"), or UTF-16 (Excel's "Unicode text"); separated by commas,
semicolons or tabs. XLSX cells keep their Python types (datetime, int, float, str) so that the
parsers see a real date cell as a date, not as text.

Row numbers are the spreadsheet's: the first line or row of the file is 1. The header is the first
non-empty row (normally row 1, so the first data row is 2); fully empty rows are skipped but keep
their numbers, so a message about "row 7" points at row 7 in Excel.
"""

from __future__ import annotations

import codecs
import csv
import gc
import logging
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dealer_app.domain.errors import InvalidInput

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and any password-protected workbook
_DELIMITERS = (",", ";", "\t")
_SNIFF_BYTES = 64 * 1024


@dataclass(slots=True)
class Table:
    """A sheet's header and its non-empty rows as `(row number, cells)`.

    Cells are raw: str for CSV; None, str, int, float, bool or datetime for XLSX. Every row has at
    least as many cells as there are headers (short rows are padded with None).
    """

    headers: list[str]
    #: a list (`read_rows`), or a one-pass iterator read as it is consumed (`streamed_rows`)
    rows: list[tuple[int, list[Any]]] | Iterator[tuple[int, list[Any]]]
    source: str = ""  # the file's name, for messages
    header_row: int = 1
    encoding: str | None = None  # CSV only: the encoding that was detected
    delimiter: str | None = None  # CSV only
    skipped_empty: int = field(default=0)  # fully empty rows below the header (final once read)
    expected_rows: int = 0  # streamed: about how many data rows there are, for progress


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of small objects are made.

    Building 2 million rows makes the collector walk every row again and again although no row
    is part of a reference cycle: reading a 2-million-row CSV takes 6 s with it, 1.2 s without.
    Reference counting still frees everything as usual. The collector is resumed only if it
    was running before, so nesting and a caller's own gc.disable() are respected.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_rows(path: Path | str) -> Table:
    """Read the first sheet of an .xlsx/.xlsm file, or a .csv/.txt/.tsv file.

    Raises InvalidInput `import.unreadable` when the file cannot be opened or is not a
    spreadsheet, and `import.empty` when it holds no header row.
    """
    with streamed_rows(path) as table:
        table.rows = list(table.rows)
    return table


@contextmanager
def streamed_rows(path: Path | str) -> Iterator[Table]:
    """`read_rows` whose `rows` are read from the file as they are iterated, once, while the
    context is open: a 2,000,000-row sheet held as a list takes about 1.1 GB, read this way
    only the rows in use. The header is read on entry (InvalidInput as for `read_rows`); a file
    that turns out unreadable further down raises `import.unreadable` from the iteration.
    `expected_rows` estimates the number of data rows, for progress."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise _unreadable(path, "missing") from None
    except OSError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise _unreadable(path, "folder")
    if mode is not None and not stat.S_ISREG(mode):  # a pipe or a device would never end
        raise _unreadable(path, "not_regular")
    try:
        with path.open("rb") as f:
            head = f.read(_SNIFF_BYTES)
    except FileNotFoundError:
        raise _unreadable(path, "missing") from None
    except IsADirectoryError:
        raise _unreadable(path, "folder") from None
    except PermissionError:
        raise _unreadable(path, "locked") from None
    except OSError as exc:
        raise _unreadable(
            path, "os_error", detail=str(getattr(exc, "strerror", None) or exc)
        ) from None

    if head.startswith(_OLE_MAGIC):
        raise _unreadable(path, "xls")
    if head.startswith(_ZIP_MAGIC) and suffix in XLSX_SUFFIXES | TEXT_SUFFIXES:
        # An .xlsx saved under a .csv name is still an .xlsx.
        with paused_gc(), _open_xlsx(path) as table:
            yield table
        return
    if suffix in XLSX_SUFFIXES:
        raise _unreadable(path, "bad_xlsx")
    if suffix in TEXT_SUFFIXES:
        with paused_gc(), _open_csv(path, head) as table:
            yield table
        return
    raise _unreadable(path, "suffix", suffix=suffix) if suffix else _unreadable(path, "no_suffix")


def _unreadable(path: Path, why: str, **details: str) -> InvalidInput:
    """`why`: a code (import.unreadable|reason=...) saying what is wrong with the file."""
    return InvalidInput(
        "import.unreadable",
        file=path.name,
        reason=why,
        **details,
    )


def _empty(path: Path) -> InvalidInput:
    return InvalidInput(
        "import.empty",
        file=path.name,
    )


def _is_blank_row(row: Iterable[Any]) -> bool:
    for cell in row:
        if cell is None:
            continue
        if isinstance(cell, str):
            if cell and not cell.isspace():
                return False
            continue
        return False
    return True


def _clean_header(cell: Any) -> str:
    if cell is None:
        return ""
    return str(cell).replace("\ufeff", "").strip()


def _table(path: Path, numbered: Iterator[tuple[int, Any]]) -> Table:
    """A Table over (row number, cells): the header is the first non-blank row, read now; the
    rows after it are read as `table.rows` is iterated, blank ones skipped (and counted), short
    ones padded to the header's width."""
    for number, cells in numbered:
        if _is_blank_row(cells):
            continue
        headers = [_clean_header(c) for c in cells]
        while headers and not headers[-1]:
            headers.pop()
        if headers:
            table = Table(headers, iter(()), path.name, number)
            table.rows = _data_rows(numbered, len(headers), table)
            return table
    raise _empty(path)


#: The most data rows a file may hold (a year of monthly rows for 250,000 stores).
MAX_ROWS = 3_000_000


def _data_rows(
    numbered: Iterator[tuple[int, Any]], width: int, table: Table
) -> Iterator[tuple[int, list[Any]]]:
    rows = 0
    for number, cells in numbered:
        if not cells or _is_blank_row(cells):
            table.skipped_empty += 1
            continue
        rows += 1
        if rows > MAX_ROWS:
            raise InvalidInput("import.too_many_rows", file=table.source, most=MAX_ROWS)
        if type(cells) is not list:
            cells = list(cells)
        if len(cells) < width:
            cells.extend([None] * (width - len(cells)))
        yield number, cells


# ------------------------------------------------------------------------------------------ CSV


def _detect_encoding(path: Path, head: bytes) -> str:
    """UTF-8 (with or without a BOM), UTF-16 with a BOM, GBK/GB18030 or Big5; a Japanese
    Shift-JIS file, or one that fits none of them well, is refused rather than read as mojibake.

    GB18030 decodes nearly any bytes, so a file that decodes is judged by its Han characters:
    mainland store data is almost all characters of GB2312 (the common simplified ones).
    Shift-JIS or Big5 text read as GBK is a jumble of rare characters instead."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    # Decode the whole file strictly, in chunks: a GBK character may first appear on the last
    # line. GBK text is almost never valid UTF-8 by accident, so UTF-8 is tried first.
    if _decodes(path, "utf-8") is not None:
        return "utf-8"
    gbk = _decodes(path, "gb18030")
    if gbk is not None and _common_share(gbk, "gb2312") >= 0.9:
        return "gb18030"
    japanese = _decodes(path, "shift_jis")
    if japanese is not None and _kana_share(japanese) >= 0.05:
        raise _unreadable(path, "shift_jis")
    big5 = _decodes(path, "big5")
    if (
        big5 is not None
        and _common_share(big5, "big5") >= 0.9
        and _common_share(big5, "gb2312") < 0.9
    ):
        return "big5"
    raise _unreadable(path, "encoding")


#: How much text of a file the encoding checks keep to judge it (the decode itself reads all).
_JUDGED_CHARS = 200_000


def _decodes(path: Path, encoding: str) -> str | None:
    """The start of the file's text in `encoding` (None when it does not decode, anywhere)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    kept: list[str] = []
    size = 0
    try:
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                text = decoder.decode(chunk)
                if size < _JUDGED_CHARS:
                    kept.append(text)
                    size += len(text)
        kept.append(decoder.decode(b"", final=True))
    except UnicodeDecodeError:
        return None
    return "".join(kept)[:_JUDGED_CHARS]


def _han(text: str) -> list[str]:
    return [c for c in text if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"]


def _common_share(text: str, encoding: str) -> float:
    """The share of its Han characters that `encoding`'s common set holds (1.0 without any)."""
    han = _han(text)
    if not han:
        return 1.0
    common = 0
    for c in han:
        try:
            c.encode(encoding)
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(han)


def _kana_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    kana = [c for c in letters if "\u3040" <= c <= "\u30ff" or "\uff66" <= c <= "\uff9f"]
    return len(kana) / len(letters) if letters else 0.0


def _sniff_delimiter(sample: str) -> str:
    """The separator used most in the first non-empty line, outside quotes; ',' when unclear."""
    for line in sample.splitlines():
        if not line.strip():
            continue
        counts = dict.fromkeys(_DELIMITERS, 0)
        quoted = False
        for ch in line:
            if ch == '"':
                quoted = not quoted
            elif not quoted and ch in counts:
                counts[ch] += 1
        best = max(_DELIMITERS, key=lambda d: counts[d])  # ties go to ',' (first)
        return best if counts[best] else ","
    return ","


@contextmanager
def _open_csv(path: Path, head: bytes) -> Iterator[Table]:
    encoding = _detect_encoding(path, head)
    sample = head.decode(encoding, errors="ignore")
    delimiter = _sniff_delimiter(sample)
    try:
        f = path.open(encoding=encoding, newline="", errors="strict")
    except OSError as exc:
        raise _unreadable(path, "cut_short", detail=str(exc)) from None
    with f:
        reader = csv.reader(f, delimiter=delimiter)
        table = _table(path, _csv_lines(path, reader))
        table.encoding = encoding
        table.delimiter = delimiter
        table.expected_rows = max(_line_count(path) - table.header_row, 0)
        yield table


def _csv_lines(path: Path, reader: Any) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of the CSV reader, its errors as `import.unreadable`."""
    try:
        yield from enumerate(reader, start=1)
    except csv.Error as exc:
        raise _unreadable(path, "csv_line", line=str(reader.line_num), detail=str(exc)) from None
    except (UnicodeDecodeError, OSError) as exc:
        raise _unreadable(path, "cut_short", detail=str(exc)) from None


def _line_count(path: Path) -> int:
    """Line breaks in the file (fast, bytes): about the number of rows, for progress."""
    count = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            count += chunk.count(b"\n")
    return count + 1


# ----------------------------------------------------------------------------------------- XLSX


@contextmanager
def _open_xlsx(path: Path) -> Iterator[Table]:
    import openpyxl  # imported here: loading it costs time and a CSV import does not need it

    _check_archive(path)
    # A file object, not the path: openpyxl judges a path by its extension, and an .xlsx saved
    # under a .csv name is still a workbook. Read-only mode reads from it until the end.
    with path.open("rb") as f:
        try:
            workbook = openpyxl.load_workbook(f, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
            logger.info("cannot open %s as xlsx", path, exc_info=True)
            raise _unreadable(path, "workbook", detail=type(exc).__name__) from None
        try:
            if not workbook.worksheets:
                raise _empty(path)
            sheet = workbook.worksheets[0]
            expected = sheet.max_row or 0  # as the file says; may be wrong, only for progress
            # Some programs write a wrong <dimension> (often "A1"); read every row there is.
            sheet.reset_dimensions()
            table = _table(path, _sheet_rows(path, sheet))
            table.expected_rows = max(expected - table.header_row, 0)
            yield table
        finally:
            workbook.close()


#: What a workbook may unpack to: a member (its shared strings, a sheet) and all of them. A
#: sheet of 3,000,000 rows is about 400 MB of XML; the shared strings of real sheets are a few
#: MB, and openpyxl holds them all in memory.
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024
MAX_WORKBOOK_BYTES = 1024 * 1024 * 1024


def _check_archive(path: Path) -> None:
    """Refuse a workbook whose parts unpack beyond the caps (a "zip bomb": 1.5 MB that
    unpacks to gigabytes). The sizes are the archive's own; a part that lies about its size is
    cut at what it declared (Python's zipfile stops there), so the caps hold either way."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _unreadable(path, "workbook", detail=type(exc).__name__) from None
    total = 0
    for m in members:
        total += m.file_size
        cap = (
            MAX_SHARED_STRINGS_BYTES if "sharedstrings" in m.filename.lower() else MAX_MEMBER_BYTES
        )
        if m.file_size > cap or total > MAX_WORKBOOK_BYTES:
            raise InvalidInput(
                "import.too_big", file=path.name, part=m.filename, mb=m.file_size // 2**20
            )


def _sheet_rows(path: Path, sheet: Any) -> Iterator[tuple[int, Any]]:
    """(row number, cells) of the sheet, its errors as `import.unreadable`."""
    try:
        yield from enumerate(sheet.iter_rows(values_only=True), start=1)
    except InvalidInput:
        raise
    except Exception as exc:
        logger.info("cannot read %s", path, exc_info=True)
        raise _unreadable(path, "sheet", detail=type(exc).__name__) from None
