"""The audit log as a table (services.audit.entries: newest first, at most a few thousand rows),
and the plain-text summaries of an entry's JSON data that the table and the details panel show.

The entries are plain objects with id, at, user, action, entity, entity_id, data (a dict); the
model keeps them in memory (the service caps the list) and sorts them itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

COL_ID, COL_TIME, COL_USER, COL_ACTION, COL_ENTITY, COL_SUMMARY = range(6)

HEADERS = [
    QT_TRANSLATE_NOOP("AuditTableModel", "#"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
    QT_TRANSLATE_NOOP("AuditTableModel", "User"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Entity"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Summary"),
]

_FLAGGED_BG = QColor("#fee2e2")
_FLAGGED_FG = QColor("#991b1b")
_NOTED_BG = QColor("#fef3c7")  # four eyes: an approval that may have been one person's
_MISSING = object()
SUMMARY_MAX = 220


# -- text helpers (pure; unit-testable) ---------------------------------------------------------
def time_text(at: str) -> str:
    """2025-12-16T14:29:00+08:00 -> 2025-12-16 14:29:00 (the offset goes to the tooltip)."""
    if len(at) >= 19 and at[10] == "T":
        return f"{at[:10]} {at[11:19]}"
    return at


def value_text(value: Any) -> str:
    """A JSON value in one short line: None as '–', ints grouped, lists joined."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return "[" + ", ".join(value_text(v) for v in value) + "]"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """Nested dicts as dotted keys: {"a": {"b": 1}} -> {"a.b": 1}; other values stay whole."""
    if not isinstance(value, dict):
        return {prefix or "value": value}
    out: dict[str, Any] = {}
    for key in sorted(value, key=str):
        path = f"{prefix}.{key}" if prefix else str(key)
        item = value[key]
        if isinstance(item, dict) and item:
            out.update(flatten(item, path))
        else:
            out[path] = item
    return out


def _is_change(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"before", "after"}


def changes(data: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(field, before, after) for every field that differs in the entry's before/after pairs:
    the top-level {"before": …, "after": …} and nested ones such as store_status. A field
    missing on one side is shown as None there."""
    out: list[tuple[str, Any, Any]] = []

    def walk(before: Any, after: Any, prefix: str) -> None:
        b = flatten(before, prefix) if isinstance(before, dict) else {prefix or "value": before}
        a = flatten(after, prefix) if isinstance(after, dict) else {prefix or "value": after}
        if before is None:
            b = {}
        if after is None:
            a = {}
        for key in sorted(set(b) | set(a)):
            old, new = b.get(key, _MISSING), a.get(key, _MISSING)
            if old != new:
                out.append(
                    (key, None if old is _MISSING else old, None if new is _MISSING else new)
                )

    if not isinstance(data, dict):
        return out
    if "before" in data or "after" in data:
        walk(data.get("before"), data.get("after"), "")
    for key in sorted(data, key=str):
        if key not in ("before", "after") and _is_change(data[key]):
            walk(data[key]["before"], data[key]["after"], str(key))
    return out


#: The recorded fields people meet most, said in the interface language (others as recorded).
KEY_WORDS = {
    "status": QT_TRANSLATE_NOOP("AuditTableModel", "status"),
    "amount": QT_TRANSLATE_NOOP("AuditTableModel", "amount"),
    "comment": QT_TRANSLATE_NOOP("AuditTableModel", "comment"),
    "reference": QT_TRANSLATE_NOOP("AuditTableModel", "reference"),
    "role": QT_TRANSLATE_NOOP("AuditTableModel", "role"),
    "region": QT_TRANSLATE_NOOP("AuditTableModel", "region"),
    "name": QT_TRANSLATE_NOOP("AuditTableModel", "name"),
    "city": QT_TRANSLATE_NOOP("AuditTableModel", "city"),
    "address": QT_TRANSLATE_NOOP("AuditTableModel", "address"),
    "store": QT_TRANSLATE_NOOP("AuditTableModel", "store"),
    "subsidy": QT_TRANSLATE_NOOP("AuditTableModel", "subsidy"),
    "budget": QT_TRANSLATE_NOOP("AuditTableModel", "budget"),
    "committed_after": QT_TRANSLATE_NOOP("AuditTableModel", "committed after"),
    "estimated_loss": QT_TRANSLATE_NOOP("AuditTableModel", "estimated loss"),
    "digest": QT_TRANSLATE_NOOP("AuditTableModel", "digest"),
    "print": QT_TRANSLATE_NOOP("AuditTableModel", "print"),
    "copy": QT_TRANSLATE_NOOP("AuditTableModel", "copy"),
    "province": QT_TRANSLATE_NOOP("AuditTableModel", "province"),
    "code": QT_TRANSLATE_NOOP("AuditTableModel", "code"),
    "store_type": QT_TRANSLATE_NOOP("AuditTableModel", "store type"),
    "established_on": QT_TRANSLATE_NOOP("AuditTableModel", "opening date"),
    "closed_on": QT_TRANSLATE_NOOP("AuditTableModel", "closing date"),
    "partner_name": QT_TRANSLATE_NOOP("AuditTableModel", "partner"),
    "partner_credit_code": QT_TRANSLATE_NOOP("AuditTableModel", "credit code"),
    "tier": QT_TRANSLATE_NOOP("AuditTableModel", "tier"),
    "store_status": QT_TRANSLATE_NOOP("AuditTableModel", "store status"),
    "bank": QT_TRANSLATE_NOOP("AuditTableModel", "bank"),
    "branch": QT_TRANSLATE_NOOP("AuditTableModel", "branch"),
    "cnaps": QT_TRANSLATE_NOOP("AuditTableModel", "CNAPS code"),
    "account": QT_TRANSLATE_NOOP("AuditTableModel", "account"),
    "account_name": QT_TRANSLATE_NOOP("AuditTableModel", "account name"),
    "partner": QT_TRANSLATE_NOOP("AuditTableModel", "partner"),
    "reason": QT_TRANSLATE_NOOP("AuditTableModel", "reason"),
    "count": QT_TRANSLATE_NOOP("AuditTableModel", "payments"),
    "total": QT_TRANSLATE_NOOP("AuditTableModel", "total"),
    "batch": QT_TRANSLATE_NOOP("AuditTableModel", "batch"),
    "line": QT_TRANSLATE_NOOP("AuditTableModel", "payment"),
    "value_date": QT_TRANSLATE_NOOP("AuditTableModel", "value date"),
    "file": QT_TRANSLATE_NOOP("AuditTableModel", "file"),
    "rows": QT_TRANSLATE_NOOP("AuditTableModel", "rows"),
    "paid": QT_TRANSLATE_NOOP("AuditTableModel", "paid"),
    "failed": QT_TRANSLATE_NOOP("AuditTableModel", "failed"),
    "already": QT_TRANSLATE_NOOP("AuditTableModel", "already recorded"),
    "vouchers": QT_TRANSLATE_NOOP("AuditTableModel", "vouchers"),
    "first": QT_TRANSLATE_NOOP("AuditTableModel", "from"),
    "last": QT_TRANSLATE_NOOP("AuditTableModel", "to"),
}


def key_words(key: str) -> str:
    """A recorded field's name in words (the last part of a dotted key)."""
    head, _, last = key.rpartition(".")
    found = KEY_WORDS.get(last)
    if found is None:
        return key
    word = QCoreApplication.translate("AuditTableModel", found)
    return f"{head}.{word}" if head else word


def _value_words(key: str, value: Any) -> str:
    """A status as the screens say it ("approved" → 已批准), any other value as recorded."""
    last = key.rpartition(".")[2]
    if last in ("status", "store_status") and isinstance(value, str):
        from dealer_app import i18n

        kinds = ("store_status",) if last == "store_status" else (
            "subsidy_status", "closure_status", "store_status")  # fmt: skip
        for kind in kinds:
            if i18n.has(f"label.{kind}.{value}"):
                return i18n.label(kind, value)
        for kind in ("batch_status", "bank_status"):
            if i18n.has(f"word.{kind}.{value}"):
                return i18n.fmt(f"word.{kind}", value)
    return value_text(value)


def _sep() -> str:
    """The separator between a field and its value: "：" in Chinese, ": " in English."""
    from dealer_app import i18n

    return "：" if i18n.is_chinese() else ": "


def action_words(action: str) -> str:
    """An audit action in the interface language ("approve subsidies"), else its code."""
    from dealer_app import i18n

    found = i18n.catalogue(i18n.language()).get(f"word.action.{action}")
    return found if found else action


#: entity -> (its "what" message, the parameter its id fills)
_WHAT = {"store": ("what.store", "store"), "subsidy": ("what.subsidy", "id"),
         "closure": ("what.closure", "id"), "letter": ("what.letter", "number"),
         "user": ("what.user", "name"), "policy": ("what.policy", "code"),
         "ledger": ("what.ledger", "name"), "partner": ("what.partner", "id"),
         "batch": ("what.batch", "number"), "bank_results": ("what.result_file", "name"),
         "vouchers": ("what.voucher_export", "id")}  # fmt: skip


def entity_words(entity: str, entity_id: str) -> str:
    """What an entry is about, in words ("subsidy 12", "门店 C001"); else as recorded."""
    from dealer_app import i18n
    from dealer_app.domain.messages import Msg

    found = _WHAT.get(entity)
    if found is None:
        return f"{entity} {entity_id}".strip()
    code, param = found
    return i18n.text(Msg(code, {param: entity_id}))


def summary(data: dict[str, Any]) -> str:
    """One line for the table: the changes first ('role: hq_finance → admin'), then the
    entry's other simple fields ('store: RT00193; estimated_loss: 27,260')."""
    if not isinstance(data, dict):
        return value_text(data)
    parts: list[str] = []
    sep = _sep()
    if data.get("before") is None and isinstance(data.get("after"), dict):
        created = QCoreApplication.translate("AuditTableModel", "new")
        parts.append(f"{created}{sep}" + _fields(data["after"]))
    else:
        for key, old, new in changes(data):
            parts.append(
                f"{key_words(key)}{sep}{_value_words(key, old)} → {_value_words(key, new)}"
            )
    for key in sorted(data, key=str):
        value = data[key]
        if key in ("before", "after") or _is_change(value):
            continue
        if isinstance(value, dict):
            continue  # snapshots (metrics…) live in the details panel
        if value in ("", None) or (isinstance(value, list) and not value):
            continue  # empty comments and lists say nothing in one line
        parts.append(f"{key_words(key)}{sep}{value_text(value)}")
    text = ("；" if sep == "：" else "; ").join(parts)
    return text if len(text) <= SUMMARY_MAX else text[: SUMMARY_MAX - 1] + "…"


def _fields(d: dict[str, Any]) -> str:
    from dealer_app import i18n

    joiner = "、" if i18n.is_chinese() else ", "
    return joiner.join(f"{key_words(k)}={value_text(v)}" for k, v in flatten(d).items())


def pretty_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=str)


# -- the model ---------------------------------------------------------------------------------
class AuditTableModel(QAbstractTableModel):
    """Entries newest first. `set_flagged(ids)` marks entries that audit verify named."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Any] = []
        self._summaries: list[str] = []
        self.flagged: frozenset[int] = frozenset()
        #: entry id -> why its approval may have been one person's (four eyes), shown on it
        self.notes: dict[int, str] = {}
        self.sort_column = COL_ID
        self.sort_order = Qt.SortOrder.DescendingOrder

    def set_entries(self, entries: Sequence[Any]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._sort()
        self.endResetModel()

    def set_flagged(self, ids: Iterable[int]) -> None:
        self.flagged = frozenset(ids)
        if self.entries:
            last = self.index(len(self.entries) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_notes(self, notes: dict[int, str]) -> None:
        self.notes = dict(notes)
        if self.entries:
            last = self.index(len(self.entries) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def entry_at(self, row: int) -> Any:
        return self.entries[row]

    def row_of(self, entry_id: int) -> int | None:
        return next((i for i, e in enumerate(self.entries) if e.id == entry_id), None)

    def _sort(self) -> None:
        keys = {
            COL_ID: lambda e: e.id,
            COL_TIME: lambda e: (e.at, e.id),
            COL_USER: lambda e: (e.user, e.id),
            COL_ACTION: lambda e: (e.action, e.id),
            COL_ENTITY: lambda e: (e.entity, e.entity_id, e.id),
            COL_SUMMARY: lambda e: (summary(e.data), e.id),
        }
        self.entries.sort(
            key=keys[self.sort_column], reverse=self.sort_order == Qt.SortOrder.DescendingOrder
        )
        self._summaries = [summary(e.data) for e in self.entries]

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditTableModel", HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        e, col = self.entries[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_ID:
                return str(e.id)
            if col == COL_TIME:
                return time_text(e.at)
            if col == COL_USER:
                return e.user
            if col == COL_ACTION:
                return action_words(e.action)
            if col == COL_ENTITY:
                return entity_words(e.entity, e.entity_id)
            if col == COL_SUMMARY:
                return self._summaries[index.row()]
        elif role == Qt.ItemDataRole.ToolTipRole:
            if e.id in self.notes:
                return self.notes[e.id]
            if col == COL_TIME:
                return e.at
            if col in (COL_ACTION, COL_ENTITY):  # the raw record, one hover away
                return f"{e.action} · {e.entity} {e.entity_id}".strip()
            if col == COL_SUMMARY:
                return self._summaries[index.row()]
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == COL_ID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.BackgroundRole and e.id in self.flagged:
            return QBrush(_FLAGGED_BG)
        elif role == Qt.ItemDataRole.BackgroundRole and e.id in self.notes:
            return QBrush(_NOTED_BG)
        elif role == Qt.ItemDataRole.ForegroundRole and e.id in self.flagged:
            return QBrush(_FLAGGED_FG)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.beginResetModel()
        self._sort()
        self.endResetModel()
