"""Ledger locations for both faces: a file path or a PostgreSQL URL (storage/location.py)."""

from dealer_app.storage.location import display_location, is_server_location, url_user

__all__ = ["display_location", "is_server_location", "url_user"]
