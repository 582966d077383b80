"""Writing a bank's batch-transfer file in a profile's layout (domain/bank_files.py).

Every cell is text, made safe as importing/export.py makes it: a payee name that starts with
= + - or @ is written with a leading apostrophe, never as a formula (the bank's upload and
anyone opening the file in Excel or WPS see it as text). A CSV in GBK that meets a character GBK
cannot hold says which row and character, instead of writing a '?' the bank would pay to. The
file is written to a temporary name and renamed, so a failed export leaves no half file.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence
from pathlib import Path

from dealer_app.domain.bank_files import Profile
from dealer_app.domain.errors import InvalidInput
from dealer_app.importing.export import safe_cell, write_bytes


def csv_bytes(profile: Profile, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for title in profile.title_rows:
        writer.writerow([safe_cell(title)])
    writer.writerow([safe_cell(h) for h in headers])
    for row in rows:
        writer.writerow([safe_cell(str(v)) for v in row])
    text = buffer.getvalue()
    try:
        return text.encode(profile.encoding)
    except UnicodeEncodeError as exc:
        bad = text[exc.start : exc.end]
        line = text.count("\n", 0, exc.start) + 1
        raise InvalidInput(
            "bankfile.encoding", char=bad, line=line, encoding=profile.encoding.upper()
        ) from None


def xlsx_bytes(profile: Profile, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = profile.sheet
    for title in profile.title_rows:
        ws.append([safe_cell(title)])
    ws.append([safe_cell(h) for h in headers])
    header_row = len(profile.title_rows) + 1
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([safe_cell(str(v)) for v in row])
    for r in ws.iter_rows(min_row=header_row + 1):
        for cell in r:
            cell.data_type = "s"  # text, always (account numbers keep their digits)
            cell.number_format = "@"
    for i, h in enumerate(headers, 1):
        width = max([len(str(h)) * 2] + [len(str(r[i - 1])) + 2 for r in rows[:200]])
        ws.column_dimensions[ws.cell(header_row, i).column_letter].width = min(width, 40)
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def file_bytes(profile: Profile, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    if profile.format == "csv":
        return csv_bytes(profile, headers, rows)
    return xlsx_bytes(profile, headers, rows)


def write_bank_file(
    path: Path, profile: Profile, headers: Sequence[str], rows: Sequence[Sequence[str]]
) -> str:
    """Write the file; its SHA-256 (what the audit entry records)."""
    data = file_bytes(profile, headers, rows)
    write_bytes(path, data)
    return hashlib.sha256(data).hexdigest()
