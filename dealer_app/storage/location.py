"""A ledger location: a file path (the embedded default) or a PostgreSQL URL
(`postgresql://USER@HOST:PORT/DB?sslmode=verify-full`, any libpq option). Cheap to import: the
desktop application reads locations before it needs any database driver."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

SCHEMES = ("postgresql://", "postgres://")


def is_server_location(location: object) -> bool:
    """Whether a ledger location names a PostgreSQL server (else it is a file path)."""
    return str(location).strip().lower().startswith(SCHEMES)


def display_location(url: str) -> str:
    """`url` without a password, for titles, messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def url_user(url: str) -> str | None:
    return urlsplit(url).username or None
