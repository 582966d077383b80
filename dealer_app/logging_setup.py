"""Logging to a rotating file in the data folder; errors a user cannot cause end up there."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

from dealer_app.paths import APP_AUTHOR, APP_NAME

LOG_FILE_NAME = "dealer-desk.log"
_configured = False


def log_file() -> Path:
    """The log file's path (nothing created: `setup_logging` does, or says it cannot)."""
    override = os.environ.get("DEALER_APP_DATA_DIR")
    base = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return base / "logs" / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Idempotent. Returns the log file's path."""
    global _configured
    path = log_file()
    if _configured:
        return path
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as exc:
        # An unwritable log (a read-only data folder, a full disk) never stops the program:
        # errors go to the terminal instead, said once.
        import sys

        from dealer_app import i18n

        detail = str(exc.strerror or exc)
        print(i18n.t("log.unwritable", path=str(path), detail=detail), file=sys.stderr)
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = True
    return path
