"""Dealer Desk: a car maker's dealer network, its subsidies, closures and payout letters."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dealer-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
