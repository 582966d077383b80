"""A payee's bank details: what they are, how each is checked, and when they count as new.

A partner is paid to one account: the bank (开户银行), the branch that keeps the account
(开户行), its 12-digit CNAPS code (联行号, the People's Bank's clearing code a batch transfer
routes by), the account number and the account's name (户名, the partner's company name as the
bank holds it). Changing them is the classic fraud, so a change takes effect only when a second
person confirms it (services/banking.py), and a payment to an account that took effect in the
last RECENT_DAYS days is flagged in the batch review.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace

from dealer_app.domain.messages import Msg

#: A payment to details that took effect within this many days is flagged in the batch review.
RECENT_DAYS = 30
MAX_TEXT = 100
MAX_ACCOUNT = 40
CNAPS_DIGITS = 12


@dataclass(frozen=True, slots=True)
class BankDetails:
    bank: str = ""  # 开户银行: 招商银行
    branch: str = ""  # 开户行: 招商银行武汉分行营业部
    cnaps: str = ""  # 联行号: 308521015015
    account: str = ""  # 账号, digits (spaces kept as typed, in groups of four)
    account_name: str = ""  # 户名: the partner's name as the bank holds it

    def normalised(self) -> BankDetails:
        return replace(
            self,
            bank=self.bank.strip(),
            branch=self.branch.strip(),
            cnaps=self.cnaps.strip(),
            account=" ".join(self.account.split()),
            account_name=self.account_name.strip(),
        )

    @property
    def account_digits(self) -> str:
        return digits_of(self.account)

    @property
    def complete(self) -> bool:
        """Everything a batch-transfer file needs."""
        return all(getattr(self, f) for f in FIELDS) and cnaps_problem(self.cnaps) is None


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(BankDetails))


def digits_of(account: str) -> str:
    """An account number as the bank compares it: its digits, without spaces or hyphens."""
    return "".join(c for c in str(account or "") if c not in " -\u3000\t")


def _text_problem(value: str, code: str) -> Msg | None:
    if not value or len(value) > MAX_TEXT or any(ord(c) < 32 for c in value):
        return Msg(code, {"most": MAX_TEXT})
    return None


def cnaps_problem(code: str) -> Msg | None:
    """A CNAPS bank code (联行号) is exactly 12 digits; the People's Bank publishes no check digit
    a program could verify, so the form is what can be checked here."""
    text = str(code or "").strip()
    if len(text) != CNAPS_DIGITS or not text.isascii() or not text.isdigit():
        return Msg("bank.cnaps_invalid", {"value": text})
    if set(text) == {"0"}:
        return Msg("bank.cnaps_invalid", {"value": text})
    return None


def account_problem(account: str) -> Msg | None:
    digits = digits_of(account)
    if not digits.isascii() or not digits.isdigit() or not 6 <= len(digits) <= MAX_ACCOUNT:
        return Msg("bank.account_invalid", {"most": MAX_ACCOUNT})
    return None


def problems(details: BankDetails) -> dict[str, Msg]:
    """Each field's problem (all at once, as a form shows them); empty when the details hold."""
    d = details.normalised()
    found = {
        "bank": _text_problem(d.bank, "bank.bank_invalid"),
        "branch": _text_problem(d.branch, "bank.branch_invalid"),
        "cnaps": cnaps_problem(d.cnaps),
        "account": account_problem(d.account),
        "account_name": _text_problem(d.account_name, "bank.account_name_invalid"),
    }
    return {k: v for k, v in found.items() if v is not None}


def changed_fields(before: BankDetails, after: BankDetails) -> list[str]:
    return [f for f in FIELDS if getattr(before, f) != getattr(after, f)]


def recently_changed(since: str | None, today: dt.date, days: int = RECENT_DAYS) -> bool:
    """Whether details that took effect at `since` (an ISO timestamp; None: before the ledger
    kept it) are younger than `days` days on `today`."""
    if not since:
        return False
    return (today - dt.date.fromisoformat(since[:10])).days < days
