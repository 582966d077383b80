"""A ledger location as the screens show it: a file path, or a shared ledger's URL (a string,
without any password)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from dealer_app.paths import default_ledger_path
from dealer_app.services.location import display_location, is_server_location

Location = Path | str


def as_location(value: object) -> Location:
    """A stored or typed location: a URL stays text, anything else is a path."""
    text = str(value).strip()
    return display_location(text) if is_server_location(text) else Path(text).expanduser()


def is_server(location: Location) -> bool:
    return is_server_location(location)


def short_name(location: Location) -> str:
    """For titles and file names: a file's stem; a shared ledger's database name."""
    if is_server(location):
        parts = urlsplit(str(location))
        return parts.path.strip("/") or parts.hostname or "ledger"
    return Path(location).stem


def title_name(location: Location) -> str:
    """The window title's: a file's name; a shared ledger's database@server."""
    if is_server(location):
        parts = urlsplit(str(location))
        return f"{short_name(location)}@{parts.hostname or 'localhost'}"
    return Path(location).name


def folder_for(location: Location) -> Path:
    """Where file dialogs start: beside a ledger file; for a shared ledger, the data folder."""
    return default_ledger_path().parent if is_server(location) else Path(location).parent


def same_location(a: Location, b: Location) -> bool:
    if is_server(a) or is_server(b):
        return str(a) == str(b)
    from dealer_app.paths import same_file

    return same_file(Path(a), Path(b))
