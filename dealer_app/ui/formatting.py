"""How values look on screen: enum labels, money, dates, region names, in the interface language.

Constant tables are marked with QT_TRANSLATE_NOOP so pyside6-lupdate extracts them; lookups
translate at call time (after the translators are installed).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from dealer_app.domain.models import Region, Role, StoreStatus, StoreType, SubsidyStatus
from dealer_app.ui import i18n

_CTX = "Labels"

STORE_TYPE_LABELS: dict[str, str] = {
    StoreType.CAR_INTEGRATION_STORE: QT_TRANSLATE_NOOP("Labels", "Car integration store"),
    StoreType.DELIVERY_CENTER: QT_TRANSLATE_NOOP("Labels", "Delivery centre"),
    StoreType.SERVICE_CENTER: QT_TRANSLATE_NOOP("Labels", "Service centre"),
    StoreType.STORE_IN_STORE: QT_TRANSLATE_NOOP("Labels", "Store-in-store"),
    StoreType.RETAIL_STORE: QT_TRANSLATE_NOOP("Labels", "Retail store"),
}

STORE_STATUS_LABELS: dict[str, str] = {
    StoreStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    StoreStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    StoreStatus.CLOSING: QT_TRANSLATE_NOOP("Labels", "Closing"),
    StoreStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
}

SUBSIDY_STATUS_LABELS: dict[str, str] = {
    SubsidyStatus.PROPOSED: QT_TRANSLATE_NOOP("Labels", "Proposed"),
    SubsidyStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    SubsidyStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
    SubsidyStatus.PAID: QT_TRANSLATE_NOOP("Labels", "Paid"),
    SubsidyStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

ROLE_LABELS: dict[str, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
    Role.HQ_FINANCE: QT_TRANSLATE_NOOP("Labels", "HQ finance"),
    Role.REGIONAL_MANAGER: QT_TRANSLATE_NOOP("Labels", "Regional manager"),
}

TIER_LABELS: dict[str, str] = {
    "established_by_2024": QT_TRANSLATE_NOOP("Labels", "Established by 2024"),
    "new_in_2025": QT_TRANSLATE_NOOP("Labels", "New in 2025"),
}


def _label(table: dict[str, str], value: str | None) -> str:
    if value is None:
        return ""
    source = table.get(value)
    return QCoreApplication.translate(_CTX, source) if source else str(value)


def store_type_label(value: str | None) -> str:
    return _label(STORE_TYPE_LABELS, value)


def store_status_label(value: str | None) -> str:
    return _label(STORE_STATUS_LABELS, value)


def subsidy_status_label(value: str | None) -> str:
    return _label(SUBSIDY_STATUS_LABELS, value)


def role_label(value: str | None) -> str:
    return _label(ROLE_LABELS, value)


def tier_label(value: str | None) -> str:
    return _label(TIER_LABELS, value)


def region_label(region: Region | None, code: str = "") -> str:
    if region is None:
        return code
    return region.name_zh if i18n.is_chinese() else region.name_en


def yuan(amount: int) -> str:
    """Whole yuan with grouping: ¥1,234,567."""
    sign = "-" if amount < 0 else ""
    return f"{sign}¥{abs(amount):,}"


def yuan_compact(amount: int) -> str:
    """Large amounts for KPI cards: ¥27.26 M / 2,726万元 (Chinese counts in 万 and 亿)."""
    sign = "-" if amount < 0 else ""
    n = abs(amount)
    if i18n.is_chinese():
        if n >= 100_000_000:
            return f"{sign}{n / 100_000_000:,.2f}亿元"
        if n >= 10_000:
            return (
                f"{sign}{n / 10_000:,.0f}万元" if n >= 1_000_000 else f"{sign}{n / 10_000:,.1f}万元"
            )
        return f"{sign}{n:,}元"
    if n >= 1_000_000_000:
        return f"{sign}¥{n / 1_000_000_000:,.2f} B"
    if n >= 1_000_000:
        return f"{sign}¥{n / 1_000_000:,.2f} M"
    return f"{sign}¥{n:,}"


def count(n: int) -> str:
    return QLocale().toString(n)


def date_text(value: dt.date | str | None) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else value.isoformat()
