"""Errors a user can cause, each a stable code with its parameters (a `Msg`), never prose.

The faces say them in the user's language through `dealer_app.i18n`; `str(error)` is the English
sentence, for logs and scripts. Nothing here is a bug: bugs are ordinary exceptions, logged to
the data folder.
"""

from __future__ import annotations

from typing import Any

from dealer_app.domain.messages import Msg


class Coded:
    """An exception that is a `Msg`: a stable code and its parameters."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)  # type: ignore[call-arg]
        self.code = code
        self.params = params

    @property
    def msg(self) -> Msg:
        return Msg(self.code, self.params)

    @property
    def message(self) -> str:
        """The English sentence (logs, scripts, tests); faces say `msg` in the user's language."""
        return str(self.msg)

    def __str__(self) -> str:
        return str(self.msg)


class DealerError(Coded, Exception):
    """Base of every error a user can cause. Exit code 1 on the command line."""

    exit_code = 1


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


class LedgerWriteRefused(DealerError):
    """The file system refused a write (read-only file or folder, disk full, a size limit, a
    side file another account owns): nothing was changed, the ledger is not damaged."""


class LedgerUnusable(DealerError):
    """The file is not a ledger, is damaged, or was written by a newer version."""


class LedgerUnreachable(DealerError):
    """A server ledger cannot be reached, or the connection to it was lost: whatever was under
    way was rolled back by the server; the program reconnects when asked again."""


class RowError(InvalidInput):
    """Carries every bad row of an import; nothing was written."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        super().__init__("import.bad_rows", count=len(problems), problems=problems)
        self.problems = problems


class InputError(Coded, ValueError):
    """A value a person typed or a file held is wrong. A ValueError (what the parsers promise)
    that carries a stable code and its parameters, like `DealerError`."""


class ImportProblem:
    """One bad cell or row: row number as the user sees it in the spreadsheet (header = row 1),
    the column's header (or None for the whole row) and what is wrong, as a `Msg`.

    Two problems are equal when row, column and message are."""

    __slots__ = ("row", "column", "msg")

    def __init__(self, row: int, column: str | None, msg: Msg) -> None:
        self.row = row
        self.column = column
        self.msg = msg

    @classmethod
    def of(cls, row: int, column: str | None, error: ValueError) -> ImportProblem:
        """The problem a parser's error describes."""
        if isinstance(error, InputError):
            return cls(row, column, error.msg)
        return cls(row, column, Msg("text.verbatim", {"text": str(error)}))

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return str(self.msg)

    def as_msg(self) -> Msg:
        """The whole problem, where included, as one message."""
        if self.column:
            return Msg(
                "import.problem_at_cell",
                {"row": self.row, "column": self.column, "problem": self.msg},
            )
        return Msg("import.problem_at_row", {"row": self.row, "problem": self.msg})

    def __str__(self) -> str:
        return str(self.as_msg())

    def __repr__(self) -> str:
        return f"ImportProblem({self.row!r}, {self.column!r}, {self.msg!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ImportProblem) and (self.row, self.column, self.msg) == (
            other.row,
            other.column,
            other.msg,
        )

    def __hash__(self) -> int:
        return hash((self.row, self.column, self.msg.code))
