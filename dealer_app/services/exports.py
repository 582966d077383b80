"""Tables out to Excel for the faces (the window's grids, the command line's `--xlsx`): the
safe writer of importing/export.py, reached through the services like everything else."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from dealer_app.domain.errors import InvalidInput


def write_table(
    path: Path | str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet: str,
    about: Sequence[str] = (),
    money: Iterable[int] = (),
    totals: str | None = None,
    widths: Sequence[int] = (),
) -> Path:
    """Write the table to the XLSX file `path` (importing/export.py `write_xlsx`: text that could
    start a formula kept as text, money as numbers, a totals row); a file that cannot be written
    is said plainly."""
    from dealer_app.importing.export import write_xlsx

    path = Path(path)
    try:
        write_xlsx(
            path,
            headers,
            rows,
            sheet=sheet,
            about=about,
            money=money,
            totals=totals,
            widths=widths,
        )
    except OSError as exc:
        raise InvalidInput(
            "cli.xlsx_failed", path=str(path), detail=str(getattr(exc, "strerror", None) or exc)
        ) from exc
    return path
