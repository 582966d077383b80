"""A workbook of reports: one sheet per report, a bold frozen header, money as numbers with
thousands separators, a totals row, and a bar chart of the money columns where asked. Text is
made safe (importing/export.py): nothing a ledger holds can start a formula."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dealer_app.importing.export import MONEY_FORMAT, safe_cell, write_bytes


@dataclass(frozen=True, slots=True)
class Sheet:
    title: str
    about: list[str]
    headers: list[str]
    rows: list[list[Any]]
    money: list[int] = field(default_factory=list)
    totals: str | None = None
    chart: str | None = None  # a bar chart of the money columns (but the last) by first column


def _value(v: Any) -> Any:
    return safe_cell(v) if isinstance(v, str) else v


def write_report(path: Path, sheets: Sequence[Sheet]) -> Path:
    import io

    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE6F0")
    for s in sheets:
        ws = wb.create_sheet(s.title[:31])
        for line in s.about:
            ws.append([_value(line)])
        if s.about:
            ws.append([])
        header_row = ws.max_row + 1 if s.about else 1
        ws.append([_value(h) for h in s.headers])
        for c in ws[header_row]:
            c.font, c.fill = bold, fill
        for row in s.rows:
            ws.append([_value(v) for v in row])
        last = ws.max_row
        for r in ws.iter_rows(min_row=header_row + 1, max_row=last):
            for i in s.money:
                r[i].number_format = MONEY_FORMAT
        if s.totals and s.rows:
            line: list[Any] = [s.totals] + [None] * (len(s.headers) - 1)
            for i in range(1, len(s.headers)):
                if all(isinstance(r[i], int) for r in s.rows):
                    line[i] = sum(r[i] for r in s.rows)
            ws.append(line)
            for c in ws[ws.max_row]:
                c.font = bold
                if c.column - 1 in s.money:
                    c.number_format = MONEY_FORMAT
        ws.freeze_panes = ws.cell(header_row + 1, 1)
        for i, h in enumerate(s.headers, 1):
            width = max(
                [len(str(h)) * 2 + 2]
                + [
                    len(f"{r[i - 1]:,}") + 3
                    if isinstance(r[i - 1], int)
                    else len(str(r[i - 1] or "")) + 2
                    for r in s.rows[:200]
                ]
            )
            ws.column_dimensions[ws.cell(header_row, i).column_letter].width = min(width, 60)
        if s.chart and s.rows and len(s.money) > 1:
            chart = BarChart()
            chart.type, chart.grouping, chart.overlap = "col", "stacked", 100
            chart.title = s.chart
            chart.height, chart.width = 9, 18
            series = s.money[:-1]  # the last money column is the row's total
            data = Reference(
                ws, min_col=series[0] + 1, max_col=series[-1] + 1, min_row=header_row, max_row=last
            )
            cats = Reference(ws, min_col=1, min_row=header_row + 1, max_row=last)
            chart.add_data(data, titles_from_data=True)
            chart.set_categories(cats)
            ws.add_chart(chart, ws.cell(ws.max_row + 3, 1).coordinate)  # fmt: skip
    buffer = io.BytesIO()
    wb.save(buffer)
    write_bytes(path, buffer.getvalue())
    return path
