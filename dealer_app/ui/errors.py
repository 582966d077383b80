"""A DealerError's code and parameters -> the message shown, in the interface language.

The services write plain English messages; the codes below have translatable templates so a
Chinese interface shows Chinese for the errors a user meets most. Any other code shows the
service's English message, which is always correct, just not translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dealer_app.domain.errors import DealerError, RowError
from dealer_app.ui import i18n

_CTX = "Errors"

TEMPLATES: dict[str, str] = {
    "auth.failed": QT_TRANSLATE_NOOP(
        "Errors", "Wrong user name or password. Check both and try again."
    ),
    "auth.locked": QT_TRANSLATE_NOOP(
        "Errors", "The account {name} is locked. Ask an administrator to unlock it."
    ),
    "auth.locked_for_now": QT_TRANSLATE_NOOP(
        "Errors",
        "Too many wrong passwords: the account {name} is locked until {time}. "
        "Try again then, or ask an administrator to unlock it.",
    ),
    "ledger.busy": QT_TRANSLATE_NOOP(
        "Errors", "The ledger is busy: another program is writing to it. Try again in a moment."
    ),
    "ledger.not_sqlite": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a Dealer Desk ledger (it is not an SQLite database). "
        "Open a different file, or restore the latest backup.",
    ),
    "ledger.damaged": QT_TRANSLATE_NOOP(
        "Errors", "{path} is damaged and cannot be opened. Restore the latest backup."
    ),
    "ledger.truncated": QT_TRANSLATE_NOOP(
        "Errors", "{path} is damaged (the file is cut short). Restore the latest backup."
    ),
    "ledger.foreign": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is an SQLite database but not a Dealer Desk ledger. Open a different file.",
    ),
    "ledger.newer": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} was written by a newer Dealer Desk. Update Dealer Desk to open it.",
    ),
    "ledger.missing": QT_TRANSLATE_NOOP("Errors", "There is no ledger at {path}."),
    "ui.not_signed_in": QT_TRANSLATE_NOOP("Errors", "Sign in first: no ledger is open."),
}


def _params(error: DealerError) -> dict:
    params = dict(error.params)
    until = params.get("until")
    if isinstance(until, str):
        params["time"] = until[11:16]
    return params


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
    template = TEMPLATES.get(error.code)
    if template is None or not i18n.is_chinese():
        return error.message
    try:
        return QCoreApplication.translate(_CTX, template).format(**_params(error))
    except (KeyError, IndexError, ValueError):
        return error.message


def problem_text(p) -> str:  # noqa: ANN001 - an ImportProblem
    if p.column:
        where = QCoreApplication.translate("Errors", "row {row}, column {column}").format(
            row=p.row, column=p.column
        )
    else:
        where = QCoreApplication.translate("Errors", "row {row}").format(row=p.row)
    return f"{where}: {p.message}"
