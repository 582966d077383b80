"""Logging to a rotating file in the data folder; errors a user cannot cause end up there."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from dealer_app.paths import log_dir

LOG_FILE_NAME = "dealer-desk.log"
_configured = False


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Idempotent. Returns the log file's path."""
    global _configured
    path = log_file()
    if _configured:
        return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = True
    return path
