"""Per-desktop state (window geometry, column widths, last user, recent ledgers, language).

Business settings live in the ledger (services.settings); this file holds only what belongs to
one person's desktop. It is an INI file in the data folder rather than the platform's native
store, so `DEALER_APP_DATA_DIR` isolates tests and portable installs completely.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from dealer_app.paths import data_dir

SETTINGS_FILE = "desktop.ini"
MAX_RECENT = 8


def settings_path() -> Path:
    return data_dir() / SETTINGS_FILE


def settings() -> QSettings:
    """A QSettings on the desktop file. Cheap to create; create one where you need it."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def get_str(key: str, default: str = "") -> str:
    value = settings().value(key, default)
    return value if isinstance(value, str) else default


def set_value(key: str, value: object) -> None:
    s = settings()
    s.setValue(key, value)
    s.sync()


def recent_ledgers() -> list[Path | str]:
    """Recent ledgers: files (paths) and shared ledgers (URLs without a password)."""
    from dealer_app.ui.locations import as_location

    value = settings().value("recent_ledgers", [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        value = [value]
    return [as_location(v) for v in (value or []) if v]


def add_recent_ledger(path: Path | str) -> list[Path | str]:
    from dealer_app.ui.locations import as_location, is_server

    path = as_location(path)
    if not is_server(path):
        path = Path(path).resolve()
    items = [path] + [p for p in recent_ledgers() if p != path]
    items = items[:MAX_RECENT]
    set_value("recent_ledgers", [str(p) for p in items])
    return items


def restore_state(widget: Any, key: str) -> bool:
    """Give `widget` (a header, splitter ...) the state saved under `key` with its `saveState()`,
    if there is one. Returns whether a state was restored."""
    state = settings().value(key)
    if isinstance(state, QByteArray) and not state.isEmpty():
        return bool(widget.restoreState(state))
    return False
