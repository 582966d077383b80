"""Where things live on disk: the data folder, the default ledger, logs, backups, resources.

No Qt here: the command line and the services use it too.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "DealerDesk"
APP_AUTHOR = "DealerDesk"
LEDGER_FILENAME = "ledger.sqlite3"


def data_dir() -> Path:
    """The user's data folder (created on demand). `DEALER_APP_DATA_DIR` overrides it (tests, kiosks)."""
    override = os.environ.get("DEALER_APP_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    # Private when we create it (0700 on Linux and macOS): the ledger, its backups and the logs
    # live here. A folder that exists keeps its permissions.
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def default_ledger_path() -> Path:
    return data_dir() / LEDGER_FILENAME


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def same_file(a: Path | str, b: Path | str) -> bool:
    """True when `a` and `b` name the same file (relative paths, `..` and links resolved)."""
    return Path(a).resolve() == Path(b).resolve()


def backup_dir_for(ledger: Path) -> Path:
    """Automatic backups of a ledger sit beside it in `<name>-backups/`."""
    return ledger.parent / f"{ledger.stem}-backups"


def resource_path(*parts: str) -> Path:
    """A file shipped in resources/ (installed as the package `dealer_app.resources`)."""
    try:
        base = resources.files("dealer_app.resources")
        candidate = Path(str(base.joinpath(*parts)))
        if candidate.exists():
            return candidate
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "resources" / Path(*parts)
