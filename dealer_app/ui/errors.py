"""A DealerError's code and parameters -> the message shown, in the interface language.

The sentences themselves live in `dealer_app.ui.messages` (one template per error code, marked
for translation); this module adds the import report's layout. An English interface shows the
services' own messages; a code without a template shows the English message, which is always
correct, just not translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dealer_app.domain.errors import DealerError, RowError
from dealer_app.ui.messages import error_message, input_text


def error_text(error: DealerError) -> str:
    """The text to show for `error` in the current interface language."""
    if isinstance(error, RowError):
        n = len(error.problems)
        head = (
            QCoreApplication.translate("Errors", "1 problem in the file; nothing was imported:")
            if n == 1
            else QCoreApplication.translate(
                "Errors", "{n} problems in the file; nothing was imported:"
            ).format(n=n)
        )
        return head + "\n" + "\n".join(problem_text(p) for p in error.problems)
    return error_message(error)


def problem_text(p) -> str:  # noqa: ANN001 - an ImportProblem
    if p.column:
        where = QCoreApplication.translate("Errors", "row {row}, column {column}").format(
            row=p.row, column=p.column
        )
    else:
        where = QCoreApplication.translate("Errors", "row {row}").format(row=p.row)
    return f"{where}: {problem_message(p)}"


def problem_message(p) -> str:  # noqa: ANN001 - an ImportProblem
    """The problem's sentence without its row and column, in the interface language."""
    return input_text(getattr(p, "code", None), getattr(p, "params", {}), p.message)
