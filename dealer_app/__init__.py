"""Dealer Desk: a car maker's dealer network, its subsidies, closures and payout letters."""

import os
import sys

DIST_NAME = "dealer-app"


def _installed_version() -> str:
    """The version pip (or the bundle's build) recorded for this package, from pyproject.toml.

    Read straight from the first `dealer_app-<version>.dist-info` on `sys.path`, which is where
    `importlib.metadata` finds it too: importing `importlib.metadata` costs about 20 ms (email,
    zipfile, csv), paid by every command and the application's start. That module is the
    fallback when no such folder is found (an egg or a zip import)."""
    prefix = DIST_NAME.replace("-", "_") + "-"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # not a folder (a zip file), or gone
            continue
        for name in names:
            if name.startswith(prefix) and name.endswith(".dist-info"):
                version = _metadata_version(os.path.join(entry or ".", name, "METADATA"))
                if version:
                    return version
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DIST_NAME)
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"


def _metadata_version(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("Version:"):
                    return line.partition(":")[2].strip()
                if not line.strip():  # the headers end at the first empty line
                    break
    except OSError:
        pass
    return None


__version__ = _installed_version()
