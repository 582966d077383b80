"""Errors a user can cause, each with a stable code, its parameters and a plain English message.

The UI turns `code` + `params` into a translated message; the CLI prints `message`.
Nothing here is a bug: bugs are ordinary exceptions, logged to the data folder.
"""

from __future__ import annotations

from typing import Any


class DealerError(Exception):
    """Base of every error a user can cause. Exit code 1 on the command line."""

    exit_code = 1

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class InvalidInput(DealerError):
    """The input is wrong: a field, a file, a value out of range."""


class NotFound(DealerError):
    """A store, policy, subsidy, user ... named by the user does not exist."""


class PermissionDenied(DealerError):
    """The acting user's role or region does not allow this, or four eyes forbid it."""


class Conflict(DealerError):
    """The action does not fit the current state (wrong status, a duplicate, a closed store)."""


class BudgetExceeded(Conflict):
    """Approving would take a policy's approved + paid total above its budget."""


class AuthenticationFailed(DealerError):
    """Wrong user name or password, or the account is locked."""


class LedgerBusy(DealerError):
    """Another program held the ledger for longer than the busy timeout."""


class LedgerUnusable(DealerError):
    """The file is not a ledger, is damaged, or was written by a newer version."""


class RowError(InvalidInput):
    """Carries every bad row of an import; nothing was written."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        lines = [str(p) for p in problems]
        super().__init__(
            "import.bad_rows",
            f"{len(problems)} problem(s) in the file; nothing was imported:\n" + "\n".join(lines),
            count=len(problems),
        )
        self.problems = problems


class InputError(ValueError):
    """A value a person typed or a file held is wrong. A ValueError (what the parsers promise)
    that also carries a stable code and its parameters, like `DealerError`, so the GUI can say
    it in the user's language; `str()` is the English sentence."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


class CodedText(str):
    """An English sentence (it is a `str`) that also carries a code and parameters, so the GUI
    can show it in the user's language: for messages kept as text, such as the per-field
    problems of `services.stores.validate_store`."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, text: str, **params: Any) -> CodedText:
        self = super().__new__(cls, text)
        self.code = code
        self.params = params
        return self


class ImportProblem:
    """One bad cell or row: row number as the user sees it in the spreadsheet (header = row 1).

    `message` is the English sentence; `code` and `params`, when given, let the GUI translate
    it (ui/messages.py). Two problems are equal when row, column and message are."""

    __slots__ = ("row", "column", "message", "code", "params")

    def __init__(
        self,
        row: int,
        column: str | None,
        message: str,
        code: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        self.row = row
        self.column = column
        self.message = message
        self.code = code
        self.params = params or {}

    @classmethod
    def of(cls, row: int, column: str | None, error: ValueError) -> ImportProblem:
        """The problem a parser's error describes (with its code when it has one)."""
        if isinstance(error, InputError):
            return cls(row, column, error.message, error.code, error.params)
        return cls(row, column, str(error))

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"

    def __repr__(self) -> str:
        return f"ImportProblem({self.row!r}, {self.column!r}, {self.message!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ImportProblem) and (self.row, self.column, self.message) == (
            other.row,
            other.column,
            other.message,
        )
