"""Subsidies with their payout letter (if issued) and print count. Only approved and paid
subsidies can have a letter, so only their rows can be selected; the others may be listed (greyed)
so a user looking for one sees why it cannot be printed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor

from dealer_app.domain.models import Subsidy, SubsidyStatus
from dealer_app.ui.formatting import subsidy_status_label, yuan
from dealer_app.ui.models.rows_table import Column, RowsTableModel, when_text
from dealer_app.ui.models.subsidy_table import STATUS_COLOURS

_C = "LetterTableModel"
LETTER_STATUSES = frozenset({SubsidyStatus.APPROVED, SubsidyStatus.PAID})

(
    COL_ID,
    COL_STORE,
    COL_NAME,
    COL_REGION,
    COL_AMOUNT,
    COL_STATUS,
    COL_NUMBER,
    COL_PRINTED,
    COL_ISSUED,
) = range(9)

_GREY = QColor("#9ca3af")
_VOID = QT_TRANSLATE_NOOP(_C, "void")


@dataclass(frozen=True)
class LetterRow:
    subsidy: Subsidy
    letter: Any = None  # services.letters' LetterRecord, or None before the letter is issued

    @property
    def id(self) -> int:
        return self.subsidy.id

    @property
    def can_have_letter(self) -> bool:
        return self.subsidy.status in LETTER_STATUSES

    @property
    def number(self) -> str:
        return self.letter.number if self.letter is not None else ""

    @property
    def void(self) -> bool:
        return self.letter is not None and self.letter.void

    @property
    def print_count(self) -> int:
        return self.letter.print_count if self.letter is not None else 0


class LetterTableModel(RowsTableModel):
    CONTEXT = _C

    def __init__(self, region_name: Callable[[str], str] = str) -> None:
        super().__init__()
        self.region_name = region_name
        s = lambda r: r.subsidy  # noqa: E731 - a column accessor
        self.COLUMNS = [
            Column(QT_TRANSLATE_NOOP(_C, "Subsidy"), lambda r: str(r.id), lambda r: r.id, True, 70),
            Column(
                QT_TRANSLATE_NOOP(_C, "Store"),
                lambda r: s(r).store_code,
                lambda r: (s(r).store_code, r.id),
                width=90,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Name"),
                lambda r: s(r).store_name,
                lambda r: s(r).store_name,
                width=200,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Region"),
                lambda r: self.region_name(s(r).region),
                lambda r: (s(r).region, r.id),
                width=110,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Amount"),
                lambda r: yuan(s(r).amount),
                lambda r: (s(r).amount, r.id),
                True,
                96,
                money=lambda r: s(r).amount,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Status"),
                lambda r: subsidy_status_label(s(r).status),
                lambda r: (list(SubsidyStatus).index(s(r).status), r.id),
                width=86,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Letter number"),
                lambda r: (
                    r.number + (" · " + QCoreApplication.translate(_C, _VOID) if r.void else "")
                ),
                lambda r: (r.number, r.id),
                width=190,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Printed"),
                lambda r: str(r.print_count) if r.letter is not None else "",
                lambda r: (r.print_count if r.letter is not None else -1, r.id),
                True,
                70,
            ),
            Column(
                QT_TRANSLATE_NOOP(_C, "Issued"),
                lambda r: when_text(r.letter.created_at) if r.letter is not None else "",
                lambda r: (r.letter.created_at if r.letter is not None else "", r.id),
                width=124,
            ),
        ]

    def haystack(self, row: LetterRow) -> str:
        s = row.subsidy
        return " ".join(
            (str(s.id), s.store_code, s.store_name, self.region_name(s.region), row.number)
        )

    def selectable(self, row: LetterRow) -> bool:
        return row.can_have_letter

    def foreground(self, row: LetterRow, col: int) -> Any:
        if not row.can_have_letter:
            return QBrush(_GREY)
        if col == COL_STATUS:
            return QBrush(STATUS_COLOURS.get(row.subsidy.status, QColor("#111827")))
        return None

    def tooltip(self, row: LetterRow, col: int) -> str | None:
        if not row.can_have_letter:
            return QCoreApplication.translate(
                _C,
                "Subsidy {id} is {status}: letters are issued only for approved or paid subsidies.",
            ).format(id=row.id, status=subsidy_status_label(row.subsidy.status).lower())
        if col == COL_PRINTED and row.letter is not None:
            if row.print_count == 0:
                return QCoreApplication.translate(
                    _C, "Not printed yet: the next print is the original."
                )
            return QCoreApplication.translate(
                _C, "Prints and saves so far: {n}. Every further print is marked 副本 / COPY."
            ).format(n=row.print_count)
        return None
