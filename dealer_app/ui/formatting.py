"""How values look on screen, in the interface language: enum labels, money, counts, dates,
region names. The words come from the one catalogue (`dealer_app.i18n`); this module only
names what the screens ask for most."""

from __future__ import annotations

import datetime as dt

from dealer_app import i18n
from dealer_app.domain.models import Policy, Region


def store_type_label(value: str | None) -> str:
    return i18n.label("store_type", value)


def store_status_label(value: str | None) -> str:
    return i18n.label("store_status", value)


def subsidy_status_label(value: str | None) -> str:
    return i18n.label("subsidy_status", value)


def closure_status_label(value: str | None) -> str:
    return i18n.label("closure_status", value)


def role_label(value: str | None) -> str:
    return i18n.label("role", value)


def tier_label(value: str | None) -> str:
    return i18n.label("tier", value)


def policy_title(policy: Policy) -> str:
    """ "YE2025 — 2025年度经销商年终补贴" in Chinese, "YE2025 — 2025 year-end dealer subsidy" in
    English: a policy's code and its name in the interface's language."""
    zh, en = policy.names()
    return f"{policy.code} — {(zh if i18n.is_chinese() else en) or zh or en}"


def policy_name(policy: Policy) -> str:
    """A policy's name in the interface's language (the other when it has only one)."""
    zh, en = policy.names()
    return (zh if i18n.is_chinese() else en) or zh or en or policy.name


def region_label(region: Region | None, code: str = "") -> str:
    if region is None:
        return i18n.fmt("region", code)
    return region.name_zh if i18n.is_chinese() else region.name_en


def yuan(amount: int) -> str:
    """Whole yuan with grouping: ¥1,234,567."""
    return i18n.fmt("yuan", amount)


def yuan_compact(amount: int) -> str:
    """Large amounts for cards and bars: ¥27.26 M / 2,726万元 (Chinese counts in 万 and 亿)."""
    return i18n.fmt("wan", amount)


def count(n: int) -> str:
    return i18n.fmt("num", n)


def date_text(value: dt.date | str | None) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else value.isoformat()
